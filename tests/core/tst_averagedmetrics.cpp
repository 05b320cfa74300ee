// Samples in the averages form (MetricCounters::averaged, as vSphere reports them): the
// processor's checks, and the way through the processor worker into realtime rows and rollups,
// which must be the same as for counters.
#include "core/database.h"
#include "core/metricsprocessorworker.h"
#include "core/metricsstore.h"
#include "core/persister.h"
#include "core/providerstore.h"

#include "fakeprovider.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Vantage;
using namespace Vantage::Testing;

using Rates = std::optional<MetricRates>;

namespace {

constexpr qint64 t0 = 1'000'000'000'000;

// A VM's 20 s average: 12.5 % CPU, 40 % memory, 2048 B/s read, 5 write IOPS; the rest unknown.
MetricCounters averagedSample(qint64 at = t0, const QString &ref = QStringLiteral("vm-1"))
{
    MetricCounters sample;
    sample.managerId = 1;
    sample.kind = InventoryKind::Vm;
    sample.emsRef = ref;
    sample.timestampMs = at;
    sample.vcpus = 2;
    MetricRates averaged;
    averaged.intervalMs = 20000;
    averaged.cpuPercent = 12.5;
    averaged.memoryUsedPercent = 40;
    averaged.diskReadBps = 2048;
    averaged.diskWriteIops = 5;
    sample.averaged = averaged;
    return sample;
}

} // namespace

class tst_AveragedMetrics : public QObject
{
    Q_OBJECT

private slots:
    void passesThrough();
    void checksValues_data();
    void checksValues();
    void firstSampleCountsAndRepeatsDoNot();
    void gapAfterMissedSamples();
    void countersAndAveragesOfOneProcessor();
    void rollsUpLikeCounters();
};

void tst_AveragedMetrics::passesThrough()
{
    MetricCounters sample = averagedSample();
    // The copies inside the average are not the sample's identity.
    sample.averaged->emsRef = QStringLiteral("something else");
    sample.averaged->timestampMs = 5;
    const Rates rates = MetricsProcessor::averagedRates(nullptr, sample, {});
    QVERIFY(rates);
    QCOMPARE(rates->managerId, 1);
    QCOMPARE(rates->kind, InventoryKind::Vm);
    QCOMPARE(rates->emsRef, QStringLiteral("vm-1"));
    QCOMPARE(rates->timestampMs, t0);
    QCOMPARE(rates->intervalMs, 20000);
    QCOMPARE(rates->vcpus, 2);
    QVERIFY(!rates->gap);
    QVERIFY(!rates->cpuClamped);
    QCOMPARE(rates->cpuPercent, 12.5);
    QCOMPARE(rates->memoryUsedPercent, 40.0);
    QCOMPARE(rates->diskReadBps, 2048.0);
    QCOMPARE(rates->diskWriteIops, 5.0);
    QCOMPARE(rates->netRxBps, std::nullopt);
}

void tst_AveragedMetrics::checksValues_data()
{
    QTest::addColumn<MetricColumn>("column");
    QTest::addColumn<double>("given");
    QTest::addColumn<std::optional<double>>("stored");
    QTest::addColumn<bool>("cpuClamped");

    QTest::newRow("cpu above 100")
        << MetricColumn::CpuPercent << 104.0 << std::optional<double>(100) << true;
    QTest::newRow("memory above 100")
        << MetricColumn::MemoryUsedPercent << 130.0 << std::optional<double>(100) << false;
    QTest::newRow("negative rate")
        << MetricColumn::NetTxBps << -1.0 << std::optional<double>() << false;
    QTest::newRow("not a number") << MetricColumn::DiskReadBps
                                  << std::numeric_limits<double>::quiet_NaN()
                                  << std::optional<double>() << false;
    QTest::newRow("large rate kept")
        << MetricColumn::NetRxBps << 1.25e9 << std::optional<double>(1.25e9) << false;
}

void tst_AveragedMetrics::checksValues()
{
    QFETCH(MetricColumn, column);
    QFETCH(double, given);
    QFETCH(std::optional<double>, stored);
    QFETCH(bool, cpuClamped);
    MetricCounters sample = averagedSample();
    sample.averaged->setValue(column, given);
    const Rates rates = MetricsProcessor::averagedRates(nullptr, sample, {});
    QVERIFY(rates);
    QCOMPARE(rates->value(column), stored);
    QCOMPARE(rates->cpuClamped, cpuClamped);
}

void tst_AveragedMetrics::firstSampleCountsAndRepeatsDoNot()
{
    MetricsProcessor processor;
    QVERIFY(processor.process(averagedSample(t0)));
    QCOMPARE(processor.trackedObjects(), 1);
    // vCenter may hand the same 20 s average over again, or an older one.
    QVERIFY(!processor.process(averagedSample(t0)));
    QVERIFY(!processor.process(averagedSample(t0 - 20000)));
    const Rates next = processor.process(averagedSample(t0 + 20000));
    QVERIFY(next);
    QCOMPARE(next->timestampMs, t0 + 20000);
    QVERIFY(!next->gap);

    MetricCounters noInterval = averagedSample(t0 + 40000);
    noInterval.averaged->intervalMs = 0;
    QVERIFY(!processor.process(noInterval));
    // A dropped sample leaves the previous one in place.
    QVERIFY(processor.process(averagedSample(t0 + 40000)));

    processor.forget(1, InventoryKind::Vm, QStringLiteral("vm-1"));
    QCOMPARE(processor.trackedObjects(), 0);
}

void tst_AveragedMetrics::gapAfterMissedSamples()
{
    // The collector's interval does not matter: a sample covers its own 20 s.
    MetricsProcessor processor(MetricsProcessor::Options{300, 3});
    QVERIFY(processor.process(averagedSample(t0)));
    const Rates three = processor.process(averagedSample(t0 + 60000));
    QVERIFY(three && !three->gap);
    const Rates missed = processor.process(averagedSample(t0 + 60000 + 80000));
    QVERIFY(missed);
    QVERIFY(missed->gap);
    QCOMPARE(missed->intervalMs, 20000);
}

void tst_AveragedMetrics::countersAndAveragesOfOneProcessor()
{
    MetricsProcessor processor;
    MetricCounters counters;
    counters.managerId = 2;
    counters.emsRef = QStringLiteral("vm-1");
    counters.timestampMs = t0;
    counters.vcpus = 1;
    counters.cpuTimeNs = 0;
    QVERIFY(processor.process(averagedSample(t0)));
    QVERIFY(!processor.process(counters)); // another manager's VM: a first sample
    counters.timestampMs += 20000;
    counters.cpuTimeNs = 10'000'000'000;
    const QList<MetricRates> rates = processor.process({counters, averagedSample(t0 + 20000)});
    QCOMPARE(rates.size(), 2);
    QCOMPARE(rates.at(0).cpuPercent, 50.0);
    QCOMPARE(rates.at(1).cpuPercent, 12.5);
}

void tst_AveragedMetrics::rollsUpLikeCounters()
{
    registerFakeProvider();
    QTemporaryDir dir;
    QString error;
    QVERIFY(Database::initialize(dir.filePath(QStringLiteral("v.sqlite")), &error));
    const auto provider = ProviderStore::addProvider(
        {QStringLiteral("p"), QStringLiteral("fake"), {QStringLiteral("fake://x")}, {}, {}},
        &error);
    QVERIFY2(provider, qPrintable(error));
    const qint64 manager = ProviderStore::managersOf(*provider).first().id;

    // Cluster c1 of h1 (reports its own samples, 8 threads) and h2 (only its VM's); vm-a (2 vCPUs)
    // on h1, vm-b (4 vCPUs) on h2.
    InventoryCollection inventory;
    ClusterRecord cluster;
    cluster.emsRef = QStringLiteral("c1");
    cluster.name = cluster.emsRef;
    inventory.clusters << cluster;
    for (const QString &ref : {QStringLiteral("h1"), QStringLiteral("h2")}) {
        HostRecord host;
        host.emsRef = ref;
        host.name = ref;
        host.clusterRef = cluster.emsRef;
        inventory.hosts << host;
    }
    const std::tuple<const char *, const char *, int> vms[] = {{"vm-a", "h1", 2},
                                                               {"vm-b", "h2", 4}};
    for (const auto &[ref, hostRef, vcpus] : vms) {
        VmRecord vm;
        vm.emsRef = QString::fromLatin1(ref);
        vm.hostRef = QString::fromLatin1(hostRef);
        vm.name = vm.emsRef;
        vm.vcpus = vcpus;
        inventory.vms << vm;
    }
    InventoryChanges changes;
    QVERIFY2(Persister(manager).persist(inventory, &changes, &error), qPrintable(error));

    const auto sample = [&](const char *ref, InventoryKind kind, qint64 at, int vcpus, double cpu,
                            double diskRead) {
        MetricCounters s;
        s.managerId = manager;
        s.kind = kind;
        s.emsRef = QString::fromLatin1(ref);
        s.timestampMs = at;
        s.vcpus = vcpus;
        MetricRates averaged;
        averaged.intervalMs = 20000;
        averaged.cpuPercent = cpu;
        averaged.memoryUsedPercent = 50;
        averaged.diskReadBps = diskRead;
        s.averaged = averaged;
        return s;
    };
    // Two rounds, 20 s apart, in an hour that is over; each round stamped with vCenter's time.
    const qint64 hour = (nowMs() / MetricsStore::hourMs - 2) * MetricsStore::hourMs;
    const qint64 first = hour + 20000;
    const qint64 second = hour + 40000;

    MetricsProcessorWorker worker(std::chrono::seconds(20));
    QSignalSpy stored(&worker, &MetricsProcessorWorker::metricsStored);
    worker.start();
    worker.process({sample("vm-a", InventoryKind::Vm, first, 2, 10, 100),
                    sample("vm-b", InventoryKind::Vm, first, 4, 40, 500),
                    sample("h1", InventoryKind::Host, first, 8, 20, 1000)});
    worker.process({sample("vm-a", InventoryKind::Vm, second, 2, 30, 300),
                    sample("vm-b", InventoryKind::Vm, second, 4, 40, 500),
                    sample("h1", InventoryKind::Host, second, 8, 20, 1000)});
    // Every sample of both rounds is a row: averages need no first sample to compare with.
    QCOMPARE(stored.count(), 2);
    QCOMPARE(stored.at(0).first().value<QList<MetricRates>>().size(), 3);
    worker.maintain();

    const auto idOf = [](const QString &table, const QString &ref) {
        QSqlQuery query(Database::connection());
        query.prepare(QStringLiteral("SELECT id FROM %1 WHERE ems_ref = ?").arg(table));
        query.addBindValue(ref);
        return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
    };
    const auto hourly = [&](InventoryKind kind, qint64 id) {
        const QList<MetricPoint> points =
            MetricsStore::series(kind, id, MetricInterval::Hourly, hour, hour + 1);
        return points.size() == 1 ? points.first() : MetricPoint{};
    };
    const qint64 vmA = idOf(QStringLiteral("vms"), QStringLiteral("vm-a"));
    QCOMPARE(MetricsStore::series(InventoryKind::Vm, vmA, MetricInterval::Realtime, 0, 0).size(),
             2);
    const MetricPoint a = hourly(InventoryKind::Vm, vmA);
    QCOMPARE(a.sampleCount, 2);
    QCOMPARE(*a.column(MetricColumn::CpuPercent).avg, 20.0);
    QCOMPARE(*a.column(MetricColumn::CpuPercent).min, 10.0);
    QCOMPARE(*a.column(MetricColumn::CpuPercent).max, 30.0);

    // h2 from its VM; h1 from its own samples, which take precedence over vm-a's.
    const MetricPoint h2 =
        hourly(InventoryKind::Host, idOf(QStringLiteral("hosts"), QStringLiteral("h2")));
    QCOMPARE(h2.sampleCount, 2);
    QCOMPARE(*h2.column(MetricColumn::DiskReadBps).avg, 500.0);
    const MetricPoint h1 =
        hourly(InventoryKind::Host, idOf(QStringLiteral("hosts"), QStringLiteral("h1")));
    QCOMPARE(*h1.column(MetricColumn::DiskReadBps).avg, 1000.0);

    // Per slot the cluster sums the hosts' rates and weights CPU by vCPUs: h1 8 threads at 20 %,
    // h2 its VM's 4 vCPUs at 40 %.
    const MetricPoint c1 =
        hourly(InventoryKind::Cluster, idOf(QStringLiteral("clusters"), QStringLiteral("c1")));
    QCOMPARE(c1.sampleCount, 2);
    QCOMPARE(*c1.column(MetricColumn::DiskReadBps).avg, 1500.0);
    QVERIFY(qFuzzyCompare(*c1.column(MetricColumn::CpuPercent).avg, (20.0 * 8 + 40 * 4) / 12));
    const MetricPoint all = hourly(InventoryKind::Manager, manager);
    QCOMPARE(*all.column(MetricColumn::DiskReadBps).avg, 1500.0);

    const qint64 day = hour - hour % MetricsStore::dayMs;
    const QList<MetricPoint> daily =
        MetricsStore::series(InventoryKind::Vm, vmA, MetricInterval::Daily, day, day + 1);
    QCOMPARE(daily.size(), 1);
    QCOMPARE(*daily.first().column(MetricColumn::CpuPercent).avg, 20.0);
    worker.finish();
}

QTEST_GUILESS_MAIN(tst_AveragedMetrics)
#include "tst_averagedmetrics.moc"
