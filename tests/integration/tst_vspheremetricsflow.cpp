// vSphere metrics end to end: a real database, the vmware provider on the vCenter simulator, a
// real Supervisor with its metrics collector and the shared metrics processor on their threads,
// sampling every 300 ms. vSphere hands over 20 s averages, not counters: every round must become
// rows the charts read, realtime and rolled up per VM, host, cluster and manager.
#include "core/database.h"
#include "core/metricsstore.h"
#include "core/providerstore.h"
#include "core/supervisor.h"
#include "providers/vmware/vsphereclient.h"
#include "providers/vmware/vsphereprovider.h"
#include "tests/support/flowfixture.h"
#include "tests/vcsim/vspheretesting.h"

#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vantage;
using namespace Vantage::Testing;

namespace {

constexpr auto MetricsInterval = std::chrono::milliseconds(300);
constexpr int TimeoutMs = 60000;
constexpr int RoundsWanted = 3;

QSet<QString> refsOf(const QString &sql, qint64 managerId)
{
    QSet<QString> refs;
    QSqlQuery query(Database::connection());
    query.prepare(sql);
    query.addBindValue(managerId);
    query.exec();
    while (query.next())
        refs.insert(query.value(0).toString());
    return refs;
}

} // namespace

class tst_VsphereMetricsFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundsBecomeChartRows();

private:
    VcsimProcess m_vcsim;
};

void tst_VsphereMetricsFlow::initTestCase()
{
    registerVsphereProvider();
    // A cluster of 2 hosts and a standalone host, 2 VMs in each root pool.
    QString error;
    QVERIFY2(m_vcsim.start(clusterAndStandaloneHost(2, 2), &error), qPrintable(error));
}

void tst_VsphereMetricsFlow::roundsBecomeChartRows()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const qint64 managerId = databaseWithProvider(dir.path(), vsphereProvider(m_vcsim), &error);
    QVERIFY2(managerId, qPrintable(error));

    Supervisor supervisor;
    supervisor.setMetricsInterval(MetricsInterval);
    QList<MetricRates> delivered;
    int refreshes = 0;
    connect(&supervisor, &Supervisor::metricsStored, this,
            [&](const QList<MetricRates> &rows) { delivered.append(rows); });
    countGoodRefreshes(supervisor, &refreshes);
    supervisor.start();
    QTRY_VERIFY_WITH_TIMEOUT(refreshes >= 1, TimeoutMs);

    const QSet<QString> vms = refsOf(
        QStringLiteral("SELECT ems_ref FROM vms WHERE manager_id = ? AND power_state = 'on'"),
        managerId);
    const QSet<QString> hosts =
        refsOf(QStringLiteral("SELECT ems_ref FROM hosts WHERE manager_id = ?"), managerId);
    QCOMPARE(vms.size(), 4);
    QCOMPARE(hosts.size(), 3);

    // Rounds stored after the inventory was: each with the object's row id.
    const auto linkedRows = [&](InventoryKind kind, const QString &ref) {
        int rows = 0;
        for (const MetricRates &row : std::as_const(delivered))
            rows += row.kind == kind && row.emsRef == ref && row.resourceId > 0 ? 1 : 0;
        return rows;
    };
    const auto complete = [&] {
        for (const QString &ref : vms) {
            if (linkedRows(InventoryKind::Vm, ref) < RoundsWanted)
                return false;
        }
        for (const QString &ref : hosts) {
            if (linkedRows(InventoryKind::Host, ref) < RoundsWanted)
                return false;
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(complete(), TimeoutMs);
    for (const MetricRates &row : std::as_const(delivered)) {
        QCOMPARE(row.managerId, managerId);
        QCOMPARE(row.intervalMs, 20000); // vSphere's own interval, not the collector's
        QVERIFY2(row.cpuPercent && *row.cpuPercent >= 0 && *row.cpuPercent <= 100,
                 qPrintable(row.emsRef));
        QVERIFY2(row.memoryUsedPercent && *row.memoryUsedPercent <= 100, qPrintable(row.emsRef));
        QVERIFY2(row.netRxBps && *row.netRxBps >= 0, qPrintable(row.emsRef));
        QVERIFY(row.vcpus > 0);
    }

    // Stopping lets the processor roll up what it stored.
    supervisor.stop();

    const auto idOf = [&](const QString &table, const QString &ref) {
        return scalar(QStringLiteral("SELECT id FROM %1 WHERE manager_id = ? AND ems_ref = ?")
                          .arg(table),
                      {managerId, ref})
            .toLongLong();
    };
    const QString vm = *vms.cbegin();
    const qint64 vmId = idOf(QStringLiteral("vms"), vm);
    const QList<MetricPoint> realtime =
        MetricsStore::series(InventoryKind::Vm, vmId, MetricInterval::Realtime, 0, 0);
    QVERIFY(realtime.size() >= RoundsWanted);
    for (qsizetype i = 1; i < realtime.size(); ++i)
        QVERIFY(realtime[i].timestampMs > realtime[i - 1].timestampMs);
    const QList<MetricPoint> vmHours =
        MetricsStore::series(InventoryKind::Vm, vmId, MetricInterval::Hourly, 0, 0);
    QVERIFY(!vmHours.isEmpty());
    QVERIFY(vmHours.last().column(MetricColumn::CpuPercent).avg);

    const QString host = *hosts.cbegin();
    QVERIFY(!MetricsStore::series(InventoryKind::Host, idOf(QStringLiteral("hosts"), host),
                                  MetricInterval::Hourly, 0, 0)
                 .isEmpty());
    const qint64 clusterId =
        scalar(QStringLiteral("SELECT id FROM clusters WHERE manager_id = ?"), {managerId})
            .toLongLong();
    QVERIFY(clusterId > 0);
    const QList<MetricPoint> clusterHours =
        MetricsStore::series(InventoryKind::Cluster, clusterId, MetricInterval::Hourly, 0, 0);
    QVERIFY(!clusterHours.isEmpty());
    QVERIFY(*clusterHours.last().column(MetricColumn::NetRxBps).avg > 0);
    const QList<MetricPoint> managerDays =
        MetricsStore::series(InventoryKind::Manager, managerId, MetricInterval::Daily, 0, 0);
    QVERIFY(!managerDays.isEmpty());
    QVERIFY(managerDays.last().sampleCount > 0);
}

QTEST_GUILESS_MAIN(tst_VsphereMetricsFlow)
#include "tst_vspheremetricsflow.moc"
