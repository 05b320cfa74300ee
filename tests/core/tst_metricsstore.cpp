#include "core/database.h"
#include "core/metricsstore.h"
#include "core/persister.h"
#include "core/providerstore.h"

#include "fakeprovider.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vantage;
using namespace Vantage::Testing;

namespace {

// 2026-01-01 10:00 UTC and the start of that day.
constexpr qint64 day = 1767225600000;
constexpr qint64 hour = day + 10 * MetricsStore::hourMs;
constexpr qint64 minute = 60000;
// The tests' collector interval: one sample per 20 minutes keeps the hand-computed values few.
constexpr qint64 slot = 20 * minute;

} // namespace

class tst_MetricsStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void storesAndReadsRealtime();
    void gapAndVcpusRoundTrip();
    void laterInventoryLinksEarlierRows();
    void hourlyPerObject();
    void hostFromVmsWithVmAppearingMidHour();
    void hostOwnSamplesTakePrecedence();
    void rerunReplacesTheHour();
    void dailyWeightedBySampleCount();
    void purge();
    void clusterAndManagerFromHosts();
    void clusterAndManagerDaily();
    void managerWithoutDataHasNoRow();

private:
    void addCluster();
    MetricRates row(const QString &ref, qint64 at, std::optional<double> cpu,
                    std::optional<double> memory, std::optional<double> diskRead,
                    std::optional<double> netRx, int vcpus,
                    InventoryKind kind = InventoryKind::Vm) const;
    qint64 idOf(const QString &table, const QString &ref) const;
    MetricPoint hourly(InventoryKind kind, const QString &ref, qint64 at = hour) const;
    static int rowCount(const QString &table);

    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_manager = 0;
};

MetricRates tst_MetricsStore::row(const QString &ref, qint64 at, std::optional<double> cpu,
                                  std::optional<double> memory, std::optional<double> diskRead,
                                  std::optional<double> netRx, int vcpus, InventoryKind kind) const
{
    MetricRates r;
    r.managerId = m_manager;
    r.kind = kind;
    r.emsRef = ref;
    r.timestampMs = at;
    r.intervalMs = slot;
    r.vcpus = vcpus;
    r.cpuPercent = cpu;
    r.memoryUsedPercent = memory;
    r.diskReadBps = diskRead;
    r.netRxBps = netRx;
    return r;
}

qint64 tst_MetricsStore::idOf(const QString &table, const QString &ref) const
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("SELECT id FROM %1 WHERE ems_ref = ?").arg(table));
    query.addBindValue(ref);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

MetricPoint tst_MetricsStore::hourly(InventoryKind kind, const QString &ref, qint64 at) const
{
    const QString table =
        kind == InventoryKind::Host ? QStringLiteral("hosts") : QStringLiteral("vms");
    return MetricsStore::series(kind, idOf(table, ref), MetricInterval::Hourly, at,
                                at + MetricsStore::hourMs)
        .value(0);
}

int tst_MetricsStore::rowCount(const QString &table)
{
    QSqlQuery query(Database::connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void tst_MetricsStore::init()
{
    registerFakeProvider();
    QString error;
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(Database::initialize(m_dir->filePath(QStringLiteral("v.sqlite")), &error));
    const auto provider = ProviderStore::addProvider(
        {QStringLiteral("p"), QStringLiteral("fake"), {QStringLiteral("fake://x")}, {}, {}},
        &error);
    QVERIFY2(provider, qPrintable(error));
    m_manager = ProviderStore::managersOf(*provider).first().id;

    // h1 runs vm-a (2 vCPUs) and vm-b (1 vCPU); h2 runs vm-c and reports its own samples.
    InventoryCollection inventory;
    for (const QString &ref : {QStringLiteral("h1"), QStringLiteral("h2")}) {
        HostRecord host;
        host.emsRef = ref;
        host.name = ref;
        inventory.hosts << host;
    }
    const std::tuple<const char *, const char *, int> vms[] = {
        {"vm-a", "h1", 2}, {"vm-b", "h1", 1}, {"vm-c", "h2", 4}};
    for (const auto &[ref, hostRef, vcpus] : vms) {
        VmRecord vm;
        vm.emsRef = QString::fromLatin1(ref);
        vm.hostRef = QString::fromLatin1(hostRef);
        vm.name = vm.emsRef;
        vm.vcpus = vcpus;
        inventory.vms << vm;
    }
    InventoryChanges changes;
    QVERIFY2(Persister(m_manager).persist(inventory, &changes, &error), qPrintable(error));

    // Hour 10:00: vm-a all hour, vm-b only from 10:40 (it was created at 10:30), vm-c, h2's own
    // sample, and a VM that is not in the inventory yet. vm-a's 11:00 sample is the next hour's.
    const QList<MetricRates> rows{
        row(QStringLiteral("vm-a"), hour, 10, 40, 100, 10, 2),
        row(QStringLiteral("vm-a"), hour + 20 * minute, 20, 40, 200, 10, 2),
        row(QStringLiteral("vm-a"), hour + 40 * minute, 30, 40, 300, 10, 2),
        row(QStringLiteral("vm-b"), hour + 40 * minute, 70, 60, 1000, std::nullopt, 1),
        row(QStringLiteral("vm-c"), hour + 20 * minute, 50, 50, 500, 50, 4),
        row(QStringLiteral("h2"), hour + 20 * minute, 5, 20, 7000, 70, 0, InventoryKind::Host),
        row(QStringLiteral("vm-ghost"), hour + 20 * minute, 1, 1, 1, 1, 1),
        row(QStringLiteral("vm-a"), hour + 60 * minute, 80, 40, 900, 10, 2),
    };
    QVERIFY2(MetricsStore::storeRealtime(rows, &error), qPrintable(error));
}

void tst_MetricsStore::storesAndReadsRealtime()
{
    QCOMPARE(rowCount(QStringLiteral("metrics_realtime")), 8);
    const QList<MetricPoint> points =
        MetricsStore::series(InventoryKind::Vm, idOf(QStringLiteral("vms"), QStringLiteral("vm-a")),
                             MetricInterval::Realtime, hour, hour + MetricsStore::hourMs);
    QCOMPARE(points.size(), 3); // the 11:00 sample is outside [from, to)
    QCOMPARE(points.at(0).timestampMs, hour);
    QCOMPARE(points.at(2).timestampMs, hour + 40 * minute);
    QCOMPARE(points.at(1).column(MetricColumn::CpuPercent).avg, 20.0);
    QCOMPARE(points.at(1).column(MetricColumn::CpuPercent).max, 20.0);
    QCOMPARE(points.at(1).column(MetricColumn::DiskWriteBps).avg, std::nullopt);
    QCOMPARE(points.at(1).sampleCount, 1);
    QCOMPARE(points.at(1).intervalMs, slot);
    QCOMPARE(points.at(1).emsRef, QStringLiteral("vm-a"));

    // No upper bound.
    QCOMPARE(MetricsStore::series(InventoryKind::Vm,
                                  idOf(QStringLiteral("vms"), QStringLiteral("vm-a")),
                                  MetricInterval::Realtime, 0, 0)
                 .size(),
             4);
    // The unknown VM is stored without an object id.
    QSqlQuery query(Database::connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT resource_id IS NULL FROM metrics_realtime WHERE ems_ref = 'vm-ghost'")));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toBool());
}

void tst_MetricsStore::gapAndVcpusRoundTrip()
{
    MetricRates late = row(QStringLiteral("vm-c"), hour + 3 * MetricsStore::hourMs, 1, 2, 3, 4, 4);
    late.intervalMs = 5 * slot;
    late.gap = true;
    QString error;
    QVERIFY2(MetricsStore::storeRealtime({late}, &error), qPrintable(error));
    const QList<MetricPoint> points =
        MetricsStore::series(InventoryKind::Vm, idOf(QStringLiteral("vms"), QStringLiteral("vm-c")),
                             MetricInterval::Realtime, hour + MetricsStore::hourMs, 0);
    QCOMPARE(points.size(), 1);
    QVERIFY(points.first().gap);
    QCOMPARE(points.first().intervalMs, 5 * slot);
    QCOMPARE(points.first().column(MetricColumn::NetRxBps).min, 4.0);
    QSqlQuery query(Database::connection());
    QVERIFY(query.exec(QStringLiteral("SELECT vcpus FROM metrics_realtime WHERE gap = 1")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 4);
    // Not an earlier hour's concern: the 10:00 series of vm-c is unchanged.
    QCOMPARE(MetricsStore::series(InventoryKind::Vm,
                                  idOf(QStringLiteral("vms"), QStringLiteral("vm-c")),
                                  MetricInterval::Realtime, hour, hour + MetricsStore::hourMs)
                 .size(),
             1);
}

void tst_MetricsStore::laterInventoryLinksEarlierRows()
{
    QString error;
    QVERIFY(MetricsStore::rollUpHour(m_manager, hour, &error, slot));
    QCOMPARE(MetricsStore::resolveResources(m_manager), 0);

    // The refresh that adds vm-ghost (on h1) comes after its first samples.
    InventoryCollection added;
    added.targeted = true;
    added.targets << InventoryTarget{InventoryKind::Vm, QStringLiteral("vm-ghost")};
    VmRecord ghost;
    ghost.emsRef = QStringLiteral("vm-ghost");
    ghost.hostRef = QStringLiteral("h1");
    ghost.name = ghost.emsRef;
    added.vms << ghost;
    InventoryChanges changes;
    QVERIFY2(Persister(m_manager).persist(added, &changes, &error), qPrintable(error));
    const qint64 id = idOf(QStringLiteral("vms"), QStringLiteral("vm-ghost"));
    QVERIFY(id > 0);
    QCOMPARE(MetricsStore::resolveResources(m_manager), 2); // its realtime and its hourly row
    QCOMPARE(MetricsStore::series(InventoryKind::Vm, id, MetricInterval::Realtime, 0, 0).size(), 1);
    QCOMPARE(MetricsStore::series(InventoryKind::Vm, id, MetricInterval::Hourly, 0, 0).size(), 1);
}

void tst_MetricsStore::hourlyPerObject()
{
    QString error;
    QVERIFY2(MetricsStore::rollUpHour(m_manager, hour + 5 * minute, &error, slot),
             qPrintable(error)); // rounded down to 10:00

    const MetricPoint a = hourly(InventoryKind::Vm, QStringLiteral("vm-a"));
    QCOMPARE(a.timestampMs, hour);
    QCOMPARE(a.intervalMs, MetricsStore::hourMs);
    QCOMPARE(a.sampleCount, 3);
    QCOMPARE(a.column(MetricColumn::CpuPercent).avg, 20.0);
    QCOMPARE(a.column(MetricColumn::CpuPercent).min, 10.0);
    QCOMPARE(a.column(MetricColumn::CpuPercent).max, 30.0);
    QCOMPARE(a.column(MetricColumn::DiskReadBps).avg, 200.0);
    QCOMPARE(a.column(MetricColumn::MemoryUsedPercent).avg, 40.0);
    QCOMPARE(a.column(MetricColumn::NetTxBps).avg, std::nullopt);

    const MetricPoint b = hourly(InventoryKind::Vm, QStringLiteral("vm-b"));
    QCOMPARE(b.sampleCount, 1);
    QCOMPARE(b.column(MetricColumn::CpuPercent).avg, 70.0);
    QCOMPARE(b.column(MetricColumn::NetRxBps).avg, std::nullopt);

    // The VM that is not in the inventory is rolled up by its ems_ref.
    QSqlQuery query(Database::connection());
    QVERIFY(query.exec(QStringLiteral("SELECT sample_count, resource_id IS NULL FROM "
                                      "metrics_rollups WHERE ems_ref = 'vm-ghost'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    QVERIFY(query.value(1).toBool());
}

void tst_MetricsStore::hostFromVmsWithVmAppearingMidHour()
{
    QString error;
    QVERIFY2(MetricsStore::rollUpHour(m_manager, hour, &error, slot), qPrintable(error));

    // h1 per 20-minute slot (vm-b only in the third):
    //   cpu, vCPU-weighted: 10, 20, (30*2 + 70*1) / 3 = 43.33 -> avg 24.44, min 10, max 43.33
    //   memory, per VM:     40, 40, (40 + 60) / 2 = 50        -> avg 43.33, min 40, max 50
    //   disk read, summed:  100, 200, 300 + 1000 = 1300       -> avg 533.33, min 100, max 1300
    //   net rx (vm-b has none): 10, 10, 10                    -> avg 10
    const MetricPoint h1 = hourly(InventoryKind::Host, QStringLiteral("h1"));
    QCOMPARE(h1.emsRef, QStringLiteral("h1"));
    QCOMPARE(h1.sampleCount, 3);
    const MetricSummary cpu = h1.column(MetricColumn::CpuPercent);
    QVERIFY(qFuzzyCompare(*cpu.avg, (10 + 20 + 130.0 / 3) / 3));
    QCOMPARE(*cpu.min, 10.0);
    QVERIFY(qFuzzyCompare(*cpu.max, 130.0 / 3));
    const MetricSummary memory = h1.column(MetricColumn::MemoryUsedPercent);
    QVERIFY(qFuzzyCompare(*memory.avg, 130.0 / 3));
    QCOMPARE(*memory.min, 40.0);
    QCOMPARE(*memory.max, 50.0);
    const MetricSummary disk = h1.column(MetricColumn::DiskReadBps);
    QVERIFY(qFuzzyCompare(*disk.avg, 1600.0 / 3));
    QCOMPARE(*disk.min, 100.0);
    QCOMPARE(*disk.max, 1300.0);
    QCOMPARE(h1.column(MetricColumn::NetRxBps).avg, 10.0);
    QCOMPARE(h1.column(MetricColumn::DiskWriteBps).avg, std::nullopt);

    // Nothing for the hour after, which has only vm-a's 11:00 sample until it is rolled up.
    QCOMPARE(
        hourly(InventoryKind::Host, QStringLiteral("h1"), hour + MetricsStore::hourMs).sampleCount,
        0);
    QVERIFY2(MetricsStore::rollUpHour(m_manager, hour + MetricsStore::hourMs, &error, slot),
             qPrintable(error));
    const MetricPoint next =
        hourly(InventoryKind::Host, QStringLiteral("h1"), hour + MetricsStore::hourMs);
    QCOMPARE(next.sampleCount, 1);
    QCOMPARE(next.column(MetricColumn::CpuPercent).avg, 80.0);
}

void tst_MetricsStore::hostOwnSamplesTakePrecedence()
{
    QString error;
    QVERIFY2(MetricsStore::rollUpHour(m_manager, hour, &error, slot), qPrintable(error));
    const MetricPoint h2 = hourly(InventoryKind::Host, QStringLiteral("h2"));
    QCOMPARE(h2.sampleCount, 1);
    QCOMPARE(h2.column(MetricColumn::CpuPercent).avg, 5.0);
    QCOMPARE(h2.column(MetricColumn::DiskReadBps).avg, 7000.0);
    QSqlQuery query(Database::connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM metrics_rollups WHERE "
                                      "resource_kind = 'host' AND ems_ref = 'h2'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void tst_MetricsStore::rerunReplacesTheHour()
{
    QString error;
    QVERIFY(MetricsStore::rollUpHour(m_manager, hour, &error, slot));
    const int rows = rowCount(QStringLiteral("metrics_rollups"));
    QCOMPARE(rows, 7); // vm-a, vm-b, vm-c, vm-ghost, h2 (own), h1 (from VMs), the manager
    QVERIFY(MetricsStore::rollUpHour(m_manager, hour, &error, slot));
    QCOMPARE(rowCount(QStringLiteral("metrics_rollups")), rows);

    // A late sample for 10:50 arrives; rolling up again takes it in.
    QVERIFY(MetricsStore::storeRealtime(
        {row(QStringLiteral("vm-a"), hour + 50 * minute, 60, 40, 400, 10, 2)}, &error));
    QVERIFY(MetricsStore::rollUpHour(m_manager, hour, &error, slot));
    QCOMPARE(rowCount(QStringLiteral("metrics_rollups")), rows);
    const MetricPoint a = hourly(InventoryKind::Vm, QStringLiteral("vm-a"));
    QCOMPARE(a.sampleCount, 4);
    QCOMPARE(a.column(MetricColumn::CpuPercent).avg, 30.0);
    QCOMPARE(a.column(MetricColumn::CpuPercent).max, 60.0);
}

void tst_MetricsStore::dailyWeightedBySampleCount()
{
    QString error;
    QVERIFY(MetricsStore::rollUpHour(m_manager, hour, &error, slot));
    QVERIFY(MetricsStore::rollUpHour(m_manager, hour + MetricsStore::hourMs, &error, slot));
    QVERIFY2(MetricsStore::rollUpDay(m_manager, hour, &error), qPrintable(error));

    // vm-a: 10:00 avg 20 over 3 samples, 11:00 avg 80 over 1: (20*3 + 80) / 4 = 35, not 50.
    const qint64 vmA = idOf(QStringLiteral("vms"), QStringLiteral("vm-a"));
    const QList<MetricPoint> days =
        MetricsStore::series(InventoryKind::Vm, vmA, MetricInterval::Daily, day, 0);
    QCOMPARE(days.size(), 1);
    const MetricPoint a = days.first();
    QCOMPARE(a.timestampMs, day);
    QCOMPARE(a.intervalMs, MetricsStore::dayMs);
    QCOMPARE(a.sampleCount, 4);
    QCOMPARE(a.column(MetricColumn::CpuPercent).avg, 35.0);
    QCOMPARE(a.column(MetricColumn::CpuPercent).min, 10.0);
    QCOMPARE(a.column(MetricColumn::CpuPercent).max, 80.0);
    QCOMPARE(a.column(MetricColumn::DiskReadBps).avg, (200.0 * 3 + 900) / 4);
    QCOMPARE(a.column(MetricColumn::DiskWriteBps).avg, std::nullopt);

    // h1: 10:00 cpu avg 24.44 over 3 slots, 11:00 avg 80 over 1.
    const QList<MetricPoint> hostDays = MetricsStore::series(
        InventoryKind::Host, idOf(QStringLiteral("hosts"), QStringLiteral("h1")),
        MetricInterval::Daily, day, day + MetricsStore::dayMs);
    QCOMPARE(hostDays.size(), 1);
    QCOMPARE(hostDays.first().sampleCount, 4);
    QVERIFY(qFuzzyCompare(*hostDays.first().column(MetricColumn::CpuPercent).avg,
                          (10 + 20 + 130.0 / 3 + 80) / 4));

    // Hourly series, oldest first; re-running the day replaces it.
    const QList<MetricPoint> hours =
        MetricsStore::series(InventoryKind::Vm, vmA, MetricInterval::Hourly, day, 0);
    QCOMPARE(hours.size(), 2);
    QCOMPARE(hours.at(0).timestampMs, hour);
    QCOMPARE(hours.at(1).timestampMs, hour + MetricsStore::hourMs);
    QVERIFY(MetricsStore::rollUpDay(m_manager, day, &error));
    QCOMPARE(MetricsStore::series(InventoryKind::Vm, vmA, MetricInterval::Daily, 0, 0).size(), 1);
}

void tst_MetricsStore::purge()
{
    QString error;
    QVERIFY(MetricsStore::rollUpHour(m_manager, hour, &error, slot));
    QVERIFY(MetricsStore::rollUpDay(m_manager, day, &error));
    QCOMPARE(rowCount(QStringLiteral("metrics_realtime")), 8);
    QCOMPARE(rowCount(QStringLiteral("metrics_rollups")), 14); // 7 hourly, 7 daily

    // 4 h after 10:40: the samples up to 10:40 are older than 4 h, vm-a's 11:00 one is not.
    const qint64 now = hour + 40 * minute + MetricsStore::defaultRealtimeRetentionMs + 1;
    QCOMPARE(MetricsStore::purge(MetricsStore::defaultRealtimeRetentionMs,
                                 MetricsStore::defaultHourlyRetentionMs,
                                 MetricsStore::defaultDailyRetentionMs, now),
             7);
    QCOMPARE(rowCount(QStringLiteral("metrics_realtime")), 1);
    QCOMPARE(rowCount(QStringLiteral("metrics_rollups")), 14);

    // Seven months later the hourly rows go, the daily ones stay; after two years those go too.
    QCOMPARE(MetricsStore::purge(
                 MetricsStore::defaultRealtimeRetentionMs, MetricsStore::defaultHourlyRetentionMs,
                 MetricsStore::defaultDailyRetentionMs, day + 214 * MetricsStore::dayMs),
             8);
    QCOMPARE(rowCount(QStringLiteral("metrics_realtime")), 0);
    QCOMPARE(rowCount(QStringLiteral("metrics_rollups")), 7);
    QCOMPARE(MetricsStore::purge(
                 MetricsStore::defaultRealtimeRetentionMs, MetricsStore::defaultHourlyRetentionMs,
                 MetricsStore::defaultDailyRetentionMs, day + 732 * MetricsStore::dayMs),
             7);
    QCOMPARE(rowCount(QStringLiteral("metrics_rollups")), 0);

    // With the defaults and today's clock nothing of today is purged.
    QVERIFY(
        MetricsStore::storeRealtime({row(QStringLiteral("vm-a"), nowMs(), 1, 1, 1, 1, 2)}, &error));
    QCOMPARE(MetricsStore::purge(), 0);
}

// The inventory again, with cluster c1 holding h1, h3 (vm-d, 3 vCPUs) and h4 (no samples at all);
// h2 stays outside any cluster. vm-d has samples at 10:00 and 10:20 only.
void tst_MetricsStore::addCluster()
{
    InventoryCollection inventory;
    ClusterRecord cluster;
    cluster.emsRef = QStringLiteral("c1");
    cluster.name = cluster.emsRef;
    inventory.clusters << cluster;
    const std::pair<const char *, const char *> hosts[] = {
        {"h1", "c1"}, {"h2", ""}, {"h3", "c1"}, {"h4", "c1"}};
    for (const auto &[ref, clusterRef] : hosts) {
        HostRecord host;
        host.emsRef = QString::fromLatin1(ref);
        host.clusterRef = QString::fromLatin1(clusterRef);
        host.name = host.emsRef;
        inventory.hosts << host;
    }
    const std::tuple<const char *, const char *, int> vms[] = {
        {"vm-a", "h1", 2}, {"vm-b", "h1", 1}, {"vm-c", "h2", 4}, {"vm-d", "h3", 3}};
    for (const auto &[ref, hostRef, vcpus] : vms) {
        VmRecord vm;
        vm.emsRef = QString::fromLatin1(ref);
        vm.hostRef = QString::fromLatin1(hostRef);
        vm.name = vm.emsRef;
        vm.vcpus = vcpus;
        inventory.vms << vm;
    }
    QString error;
    InventoryChanges changes;
    QVERIFY2(Persister(m_manager).persist(inventory, &changes, &error), qPrintable(error));
    QVERIFY(idOf(QStringLiteral("clusters"), QStringLiteral("c1")) > 0);
    QVERIFY2(MetricsStore::storeRealtime(
                 {row(QStringLiteral("vm-d"), hour, 40, 20, 50, 5, 3),
                  row(QStringLiteral("vm-d"), hour + 20 * minute, 60, 30, 150, 15, 3)},
                 &error),
             qPrintable(error));
}

void tst_MetricsStore::clusterAndManagerFromHosts()
{
    addCluster();
    QString error;
    QVERIFY2(MetricsStore::rollUpHour(m_manager, hour, &error, slot), qPrintable(error));

    // Per 20-minute slot, h1 (from vm-a, vm-b; weight 2, 2, 3 vCPUs) and h3 (from vm-d, 3 vCPUs;
    // no sample in the third slot); h4 has no data and counts nowhere:
    //   h1:  cpu 10, 20, 43.33  memory 40, 40, 50  disk 100, 200, 1300  net 10, 10, 10
    //   h3:  cpu 40, 60, -      memory 20, 30, -   disk 50, 150, -      net 5, 15, -
    //   c1:  cpu (10*2 + 40*3) / 5 = 28, (20*2 + 60*3) / 5 = 44, 43.33
    //        memory 30, 35, 50   disk 150, 350, 1300   net 15, 25, 10
    const qint64 clusterId = idOf(QStringLiteral("clusters"), QStringLiteral("c1"));
    const QList<MetricPoint> clusterHours =
        MetricsStore::series(InventoryKind::Cluster, clusterId, MetricInterval::Hourly, hour,
                             hour + MetricsStore::hourMs);
    QCOMPARE(clusterHours.size(), 1);
    const MetricPoint c1 = clusterHours.first();
    QCOMPARE(c1.emsRef, QStringLiteral("c1"));
    QCOMPARE(c1.kind, InventoryKind::Cluster);
    QCOMPARE(c1.sampleCount, 3);
    QVERIFY(qFuzzyCompare(*c1.column(MetricColumn::CpuPercent).avg, (28 + 44 + 130.0 / 3) / 3));
    QVERIFY(qFuzzyCompare(*c1.column(MetricColumn::CpuPercent).min, 28.0));
    QVERIFY(qFuzzyCompare(*c1.column(MetricColumn::CpuPercent).max, 44.0));
    // h4 (no data) and h3's missing third slot do not pull memory down: not (30 + 35 + 25) / 3.
    QVERIFY(qFuzzyCompare(*c1.column(MetricColumn::MemoryUsedPercent).avg, 115.0 / 3));
    QCOMPARE(*c1.column(MetricColumn::MemoryUsedPercent).max, 50.0);
    QCOMPARE(*c1.column(MetricColumn::DiskReadBps).avg, 600.0);
    QCOMPARE(*c1.column(MetricColumn::DiskReadBps).min, 150.0);
    QCOMPARE(*c1.column(MetricColumn::DiskReadBps).max, 1300.0);
    QVERIFY(qFuzzyCompare(*c1.column(MetricColumn::NetRxBps).avg, 50.0 / 3));
    QCOMPARE(c1.column(MetricColumn::DiskWriteBps).avg, std::nullopt);

    // The manager adds h2 (its own sample in the second slot: cpu 5 without vCPUs, so weighted by
    // vm-c's 4; memory 20, disk 7000, net 70):
    //   cpu 28, (20*2 + 5*4 + 60*3) / 9 = 26.67, 43.33   memory 30, (40 + 20 + 30) / 3 = 30, 50
    //   disk 150, 200 + 7000 + 150 = 7350, 1300          net 15, 95, 10
    const QList<MetricPoint> managerHours =
        MetricsStore::series(InventoryKind::Manager, m_manager, MetricInterval::Hourly, hour,
                             hour + MetricsStore::hourMs);
    QCOMPARE(managerHours.size(), 1);
    const MetricPoint manager = managerHours.first();
    QCOMPARE(manager.emsRef, QString::number(m_manager));
    QCOMPARE(manager.sampleCount, 3);
    QVERIFY(qFuzzyCompare(*manager.column(MetricColumn::CpuPercent).avg,
                          (28 + 240.0 / 9 + 130.0 / 3) / 3));
    QVERIFY(qFuzzyCompare(*manager.column(MetricColumn::CpuPercent).min, 240.0 / 9));
    QVERIFY(qFuzzyCompare(*manager.column(MetricColumn::MemoryUsedPercent).avg, 110.0 / 3));
    QVERIFY(qFuzzyCompare(*manager.column(MetricColumn::DiskReadBps).avg, 8800.0 / 3));
    QCOMPARE(*manager.column(MetricColumn::DiskReadBps).min, 150.0);
    QCOMPARE(*manager.column(MetricColumn::DiskReadBps).max, 7350.0);
    QCOMPARE(*manager.column(MetricColumn::NetRxBps).max, 95.0);

    // Summed columns: the manager's total over its slots is the sum of the hosts' totals.
    double hostTotal = 0;
    for (const char *ref : {"h1", "h2", "h3"}) {
        const MetricPoint host = hourly(InventoryKind::Host, QString::fromLatin1(ref));
        QVERIFY2(host.sampleCount > 0, ref);
        hostTotal += *host.column(MetricColumn::DiskReadBps).avg * host.sampleCount;
    }
    QCOMPARE(hostTotal, 8800.0);
    QVERIFY(qFuzzyCompare(*manager.column(MetricColumn::DiskReadBps).avg * manager.sampleCount,
                          hostTotal));
    QCOMPARE(hourly(InventoryKind::Host, QStringLiteral("h4")).sampleCount, 0);

    // Re-running replaces the hour's cluster and manager rows.
    const int rows = rowCount(QStringLiteral("metrics_rollups"));
    QVERIFY2(MetricsStore::rollUpHour(m_manager, hour, &error, slot), qPrintable(error));
    QCOMPARE(rowCount(QStringLiteral("metrics_rollups")), rows);
}

void tst_MetricsStore::clusterAndManagerDaily()
{
    addCluster();
    QString error;
    QVERIFY2(MetricsStore::rollUpHour(m_manager, hour, &error, slot), qPrintable(error));
    QVERIFY2(MetricsStore::rollUpHour(m_manager, hour + MetricsStore::hourMs, &error, slot),
             qPrintable(error));
    QVERIFY2(MetricsStore::rollUpDay(m_manager, day, &error), qPrintable(error));

    // 11:00 has only vm-a's sample (cpu 80, disk 900): one slot for c1 and the manager.
    const qint64 clusterId = idOf(QStringLiteral("clusters"), QStringLiteral("c1"));
    QCOMPARE(MetricsStore::series(InventoryKind::Cluster, clusterId, MetricInterval::Hourly, day, 0)
                 .size(),
             2);
    const QList<MetricPoint> clusterDays =
        MetricsStore::series(InventoryKind::Cluster, clusterId, MetricInterval::Daily, day, 0);
    QCOMPARE(clusterDays.size(), 1);
    QCOMPARE(clusterDays.first().timestampMs, day);
    QCOMPARE(clusterDays.first().sampleCount, 4);
    QVERIFY(qFuzzyCompare(*clusterDays.first().column(MetricColumn::CpuPercent).avg,
                          (28 + 44 + 130.0 / 3 + 80) / 4));
    QCOMPARE(*clusterDays.first().column(MetricColumn::CpuPercent).max, 80.0);
    QCOMPARE(*clusterDays.first().column(MetricColumn::DiskReadBps).avg, (1800.0 + 900) / 4);

    const QList<MetricPoint> managerDays =
        MetricsStore::series(InventoryKind::Manager, m_manager, MetricInterval::Daily, day, 0);
    QCOMPARE(managerDays.size(), 1);
    QCOMPARE(managerDays.first().sampleCount, 4);
    QVERIFY(qFuzzyCompare(*managerDays.first().column(MetricColumn::DiskReadBps).avg,
                          (8800.0 + 900) / 4));
    QCOMPARE(*managerDays.first().column(MetricColumn::DiskReadBps).max, 7350.0);
}

void tst_MetricsStore::managerWithoutDataHasNoRow()
{
    addCluster();
    QString error;
    const qint64 empty = hour + 5 * MetricsStore::hourMs;
    QVERIFY2(MetricsStore::rollUpHour(m_manager, empty, &error, slot), qPrintable(error));
    QVERIFY2(MetricsStore::rollUpDay(m_manager, empty, &error), qPrintable(error));
    QSqlQuery query(Database::connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM metrics_rollups")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(MetricsStore::series(InventoryKind::Manager, m_manager, MetricInterval::Hourly, 0, 0)
                .isEmpty());
}

QTEST_GUILESS_MAIN(tst_MetricsStore)
#include "tst_metricsstore.moc"
