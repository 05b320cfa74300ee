// Metrics benchmark: a collection round of libvirt and of vSphere (on the simulator), then one day
// of realtime rows (20 s samples) for 1,000 VMs on 20 hosts, stored the way the metrics processor
// stores them (MetricsStore::storeRealtime, one collector round of every VM per call, ten rounds
// per transaction), then rolled up: every hour (objects and hosts from their VMs) and the day. The
// realtime rows are 4.32 million at the full size. Then the chart a user opens on top of that: 30
// days of hourly rollups of one VM in the metrics panel.

#include "core/database.h"
#include "core/metricsstore.h"
#include "core/persister.h"
#include "core/providerregistry.h"
#include "core/providerstore.h"
#include "providers/libvirt/libvirtprovider.h"
#include "providers/vmware/vsphereclient.h"
#include "providers/vmware/vsphereperformance.h"
#include "providers/vmware/vspheresession.h"
#include "tests/support/benchmark.h"
#include "tests/support/testnodexml.h"
#include "tests/vcsim/vcsimprocess.h"
#include "ui/charts/metricspanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QPixmap>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>
#include <limits>
#include <optional>

using namespace Vantage;

namespace {

std::optional<qint64> addManager(int vms, int hosts)
{
    QString error;
    const auto provider = ProviderStore::addProvider({QStringLiteral("bench"),
                                                      QStringLiteral("benchmetrics"),
                                                      {QStringLiteral("bench://one")},
                                                      {},
                                                      {}},
                                                     &error);
    if (!provider) {
        std::fprintf(stderr, "cannot add provider: %s\n", qPrintable(error));
        return std::nullopt;
    }
    const qint64 manager = ProviderStore::managersOf(*provider).first().id;
    InventoryCollection inventory;
    for (int h = 0; h < hosts; ++h) {
        HostRecord host;
        host.emsRef = QStringLiteral("host-%1").arg(h);
        host.name = host.emsRef;
        inventory.hosts << host;
    }
    for (int v = 0; v < vms; ++v) {
        VmRecord vm;
        vm.emsRef = QStringLiteral("vm-%1").arg(v);
        vm.hostRef = QStringLiteral("host-%1").arg(v % hosts);
        vm.name = vm.emsRef;
        vm.vcpus = 1 + v % 4;
        inventory.vms << vm;
    }
    InventoryChanges changes;
    if (!Persister(manager).persist(inventory, &changes, &error)) {
        std::fprintf(stderr, "cannot persist inventory: %s\n", qPrintable(error));
        return std::nullopt;
    }
    return manager;
}

qint64 count(const QString &sql)
{
    QSqlQuery query(Database::connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// One vSphere collection round of `vms` running VMs and their 5 hosts on the vCenter simulator,
// best of five after the first (which also reads the counter ids and the entity list): wall time
// (QueryPerf calls to a local server, batches of VspherePerformance::DefaultBatchSize) and CPU.
bool vsphereCollectFigure(int vms)
{
    Testing::VcsimProcess vcsim;
    QString error;
    if (!vcsim.start({QStringLiteral("-cluster"), QStringLiteral("1"), QStringLiteral("-host"),
                      QStringLiteral("4"), QStringLiteral("-standalone-host"), QStringLiteral("1"),
                      QStringLiteral("-vm"), QString::number(std::max(1, vms / 2))},
                     &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    ManagerConfig config;
    config.endpoints = {vcsim.url().toString()};
    config.credentials = {QStringLiteral("user"), QStringLiteral("pass")};
    config.options.insert(
        QLatin1StringView(ManagerOption::TlsPinSha256),
        VsphereClient::fingerprint(QSslCertificate::fromPath(vcsim.certificatePath()).value(0)));
    VsphereError failure;
    const auto session = VsphereSession::open(config, &failure);
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(failure.toString()));
        return false;
    }
    VspherePerformance performance(session->client());
    double bestWallMs = std::numeric_limits<double>::max();
    double bestCpuMs = std::numeric_limits<double>::max();
    qsizetype samples = 0;
    for (int round = 0; round < 6; ++round) {
        QList<MetricCounters> out;
        ProviderError collectFailure;
        QElapsedTimer wall;
        wall.start();
        const std::clock_t cpu = std::clock();
        if (!performance.collect(&out, &collectFailure)) {
            std::fprintf(stderr, "%s\n", qPrintable(collectFailure.toString()));
            return false;
        }
        if (round == 0)
            continue;
        bestWallMs = std::min(bestWallMs, wall.nsecsElapsed() / 1e6);
        bestCpuMs = std::min(bestCpuMs, double(std::clock() - cpu) * 1000 / CLOCKS_PER_SEC);
        samples = out.size();
    }
    std::printf("vSphere round: %lld samples in %d QueryPerf calls\n", qint64(samples),
                performance.lastQueryCount());
    printFigure(QStringLiteral("metrics_collect_vsphere_%1_vms_ms").arg(vms), bestWallMs, "ms");
    printFigure(QStringLiteral("metrics_collect_vsphere_%1_vms_cpu_ms").arg(vms), bestCpuMs, "ms");
    return true;
}

// CPU of one collection round over `domains` generated test-driver domains, best of five, after
// the inventory was read once (as the collector runs beside the refresh worker).
bool collectFigure(int domains, const QTemporaryDir &dir)
{
    TestNodeSpec spec;
    spec.hostName = QStringLiteral("metrics");
    spec.domains = domains;
    const QString node = dir.filePath(QStringLiteral("metrics.xml"));
    QString error;
    if (!TestNodeXml::writeFile(node, spec, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    registerLibvirtProvider();
    ManagerConfig config;
    config.type = QStringLiteral("libvirt");
    config.endpoints = {TestNodeXml::uriForFile(node)};
    ProviderError failure;
    const auto session =
        ProviderRegistry::instance().find(QStringLiteral("libvirt"))->connect(config, &failure);
    InventoryCollection inventory;
    if (!session || !session->collectInventory(&inventory, CancelFlag(), {}, &failure)) {
        std::fprintf(stderr, "%s\n", qPrintable(failure.toString()));
        return false;
    }
    const auto cpuNs = [] {
        timespec ts{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    };
    qint64 best = std::numeric_limits<qint64>::max();
    for (int round = 0; round < 5; ++round) {
        QList<MetricCounters> samples;
        const qint64 start = cpuNs();
        if (!session->collectMetrics(&samples, &failure)) {
            std::fprintf(stderr, "%s\n", qPrintable(failure.toString()));
            return false;
        }
        best = std::min(best, cpuNs() - start);
    }
    printFigure(QStringLiteral("metrics_collect_%1_domains_cpu_ms").arg(domains),
                double(best) / 1e6, "ms");
    return true;
}

// 30 days of hourly rollups up to now for one VM, rolled up from three realtime rows an hour (so
// the chart has its min-max band), then the time from choosing the VM in a metrics panel set to
// the last 30 days, hourly, until the chart is painted.
bool chartFigure(qint64 managerId, qint64 vmId, const QString &vmRef, qint64 intervalMs)
{
    constexpr int days = 30;
    constexpr int samplesPerHour = 3;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 firstHour =
        now - now % MetricsStore::hourMs - (days * 24 - 1) * MetricsStore::hourMs;
    QList<MetricRates> rows;
    rows.reserve(days * 24 * samplesPerHour);
    for (int h = 0; h < days * 24; ++h) {
        for (int s = 0; s < samplesPerHour; ++s) {
            MetricRates r;
            r.managerId = managerId;
            r.kind = InventoryKind::Vm;
            r.emsRef = vmRef;
            r.resourceId = vmId;
            r.timestampMs =
                firstHour + h * MetricsStore::hourMs + s * MetricsStore::hourMs / samplesPerHour;
            r.intervalMs = intervalMs;
            r.vcpus = 1;
            const double phase = double((h * 7 + s * 31) % 100);
            r.cpuPercent = phase;
            r.memoryUsedPercent = 20 + phase / 2;
            r.diskReadBps = phase * 4096;
            r.diskWriteBps = phase * 1024;
            r.diskReadIops = phase;
            r.diskWriteIops = phase / 4;
            r.netRxBps = phase * 1500;
            r.netTxBps = phase * 500;
            rows << r;
        }
    }
    QString error;
    if (!MetricsStore::storeRealtime(rows, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    for (int h = 0; h < days * 24; ++h) {
        if (!MetricsStore::rollUpHour(managerId, firstHour + h * MetricsStore::hourMs, &error,
                                      intervalMs)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return false;
        }
    }

    // The panel is on screen already, as in the main window's Metrics tab.
    MetricsPanel panel;
    panel.resize(1000, 600);
    panel.setRangePreset(MetricsPanel::RangePreset::LastMonth);
    panel.setInterval(MetricInterval::Hourly);
    panel.show();
    QCoreApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    panel.setObject(InventoryKind::Vm, vmId, vmRef);
    const QPixmap painted = panel.grab();
    const double openMs = timer.nsecsElapsed() / 1e6;
    const QList<MetricPoint> points =
        MetricsStore::series(InventoryKind::Vm, vmId, MetricInterval::Hourly, firstHour, 0);
    std::printf("hourly points of the VM in the last 30 days: %lld\n", qint64(points.size()));
    printFigure(QStringLiteral("metrics_chart_30d_hourly_open_ms"), openMs, "ms");
    if (points.size() != days * 24 || panel.showsPlaceholder() || painted.isNull()) {
        std::fprintf(stderr, "the chart did not show the 30 days\n");
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Metrics storage and rollup benchmark"));
    parser.addHelpOption();
    const QCommandLineOption vmsOption(QStringLiteral("vms"), QStringLiteral("VMs (1000)."),
                                       QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption hoursOption(QStringLiteral("hours"),
                                         QStringLiteral("Hours of samples (24)."),
                                         QStringLiteral("n"), QStringLiteral("24"));
    const QCommandLineOption hostsOption(QStringLiteral("hosts"),
                                         QStringLiteral("Hosts the VMs run on (VMs / 50)."),
                                         QStringLiteral("n"));
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QStringLiteral("Write this new database file and keep it (default: a temporary one)."),
        QStringLiteral("path"));
    parser.addOptions({vmsOption, hoursOption, hostsOption, databaseOption});
    parser.process(app);
    const int vms = std::max(1, parser.value(vmsOption).toInt());
    const int hours = std::max(1, parser.value(hoursOption).toInt());
    const int hosts = parser.isSet(hostsOption) ? std::max(1, parser.value(hostsOption).toInt())
                                                : std::max(1, vms / 50);
    constexpr qint64 intervalMs = 20000;
    constexpr int roundsPerTransaction = 10;

    QTemporaryDir nodeDir;
    if (!collectFigure(vms, nodeDir) || !vsphereCollectFigure(vms))
        return 1;

    ProviderRegistry::instance().registerType(
        std::make_unique<InertProviderType>(QStringLiteral("benchmetrics")));
    QTemporaryDir dir;
    QString error;
    if (!Database::initialize(parser.isSet(databaseOption)
                                  ? parser.value(databaseOption)
                                  : dir.filePath(QStringLiteral("bench.sqlite")),
                              &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const std::optional<qint64> manager = addManager(vms, hosts);
    if (!manager)
        return 1;
    QStringList vmRefs;
    for (int v = 0; v < vms; ++v)
        vmRefs << QStringLiteral("vm-%1").arg(v);
    QList<qint64> vmIds;
    {
        QSqlQuery query(Database::connection());
        query.exec(QStringLiteral("SELECT id FROM vms ORDER BY id"));
        while (query.next())
            vmIds << query.value(0).toLongLong();
    }

    // Rounds every 20 s from 2026-01-01 00:00 UTC.
    const qint64 start = 1767225600000;
    const qint64 rounds = hours * MetricsStore::hourMs / intervalMs;
    QElapsedTimer timer;
    timer.start();
    QList<MetricRates> batch;
    batch.reserve(vms * roundsPerTransaction);
    for (qint64 round = 0; round < rounds; ++round) {
        const qint64 at = start + round * intervalMs;
        for (int v = 0; v < vms; ++v) {
            MetricRates r;
            r.managerId = *manager;
            r.kind = InventoryKind::Vm;
            r.emsRef = vmRefs.at(v);
            r.resourceId = vmIds.value(v);
            r.timestampMs = at;
            r.intervalMs = intervalMs;
            r.vcpus = 1 + v % 4;
            const double phase = double((round * 7 + v * 13) % 100);
            r.cpuPercent = phase;
            r.memoryUsedPercent = 20 + phase / 2;
            r.diskReadBps = phase * 4096;
            r.diskWriteBps = phase * 1024;
            r.diskReadIops = phase;
            r.diskWriteIops = phase / 4;
            r.netRxBps = phase * 1500;
            r.netTxBps = phase * 500;
            batch << r;
        }
        if ((round + 1) % roundsPerTransaction == 0 || round + 1 == rounds) {
            if (!MetricsStore::storeRealtime(batch, &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            batch.clear();
        }
    }
    const double insertS = timer.nsecsElapsed() / 1e9;
    const qint64 realtimeRows = count(QStringLiteral("SELECT count(*) FROM metrics_realtime"));
    const QString size = (hours == 24 ? QStringLiteral("day") : QStringLiteral("%1h").arg(hours)) +
                         QStringLiteral("_%1vms").arg(vms);
    std::printf("realtime rows: %lld\n", realtimeRows);
    printFigure(QStringLiteral("metrics_insert_%1_s").arg(size), insertS, "s");
    printFigure(QStringLiteral("metrics_insert_rows_per_s"), realtimeRows / insertS, "rows/s");

    timer.restart();
    const std::clock_t rollupCpuStart = std::clock();
    QElapsedTimer hourTimer;
    double slowestHourS = 0;
    for (int h = 0; h < hours; ++h) {
        hourTimer.start();
        if (!MetricsStore::rollUpHour(*manager, start + h * MetricsStore::hourMs, &error,
                                      intervalMs)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        slowestHourS = std::max(slowestHourS, hourTimer.nsecsElapsed() / 1e9);
    }
    const double hourlyS = timer.nsecsElapsed() / 1e9;
    for (qint64 day = start; day < start + hours * MetricsStore::hourMs;
         day += MetricsStore::dayMs) {
        if (!MetricsStore::rollUpDay(*manager, day, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
    }
    const double rollupS = timer.nsecsElapsed() / 1e9;
    // On a shared machine the wall time depends on the neighbours; the CPU time much less.
    const double rollupCpuS = double(std::clock() - rollupCpuStart) / CLOCKS_PER_SEC;

    const qint64 hourlyRows =
        count(QStringLiteral("SELECT count(*) FROM metrics_rollups WHERE interval = 'hourly'"));
    const qint64 dailyRows =
        count(QStringLiteral("SELECT count(*) FROM metrics_rollups WHERE interval = 'daily'"));
    const qint64 days = (hours + 23) / 24;
    const qint64 objects = vms + hosts + 1; // and the manager (the hosts are in no cluster)
    std::printf("hourly rows: %lld (expected %lld), daily rows: %lld (expected %lld)\n", hourlyRows,
                qint64(hours) * objects, dailyRows, days * objects);
    printFigure(QStringLiteral("metrics_rollup_hour_slowest_%1vms_s").arg(vms), slowestHourS, "s");
    printFigure(QStringLiteral("metrics_rollup_hourly_%1_s").arg(size), hourlyS, "s");
    printFigure(QStringLiteral("metrics_rollup_%1_s").arg(size), rollupS, "s");
    printFigure(QStringLiteral("metrics_rollup_%1_cpu_s").arg(size), rollupCpuS, "s");
    if (hourlyRows != qint64(hours) * objects || dailyRows != days * objects) {
        std::fprintf(stderr, "unexpected rollup row counts\n");
        return 1;
    }

    if (!chartFigure(*manager, vmIds.value(0), vmRefs.at(0), intervalMs))
        return 1;
    return 0;
}
