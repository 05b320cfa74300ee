// The metrics feature end to end, as a user gets it: a real database, the libvirt provider on
// libvirt's test driver (test:///default, whose running domain "test" has a balloon, and a small
// generated node with running, paused and shut-off domains), a real Supervisor with a metrics
// collector per manager and the shared metrics processor on their threads, sampling every 300 ms.
#include "core/database.h"
#include "core/events.h"
#include "core/metricsstore.h"
#include "core/providerstore.h"
#include "core/supervisor.h"
#include "core/worker.h"
#include "providers/libvirt/libvirtprovider.h"
#include "tests/support/flowfixture.h"
#include "tests/support/testnodexml.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <libvirt/libvirt.h>

#include <limits>
#include <memory>

using namespace Vantage;

namespace {

constexpr auto metricsInterval = std::chrono::milliseconds(300);
constexpr int refreshTimeoutMs = 30000;
constexpr int rowsTimeoutMs = 10000;
// Realtime rows each VM must have got after its manager's first refresh.
constexpr int roundsWanted = 3;

// test:///default's one domain, running with 2 vCPUs and a balloon device.
const QString defaultVmRef = QStringLiteral("6695eb01-f6a4-8304-79aa-97f2502e193f");

qint64 idOf(InventoryKind kind, qint64 managerId, const QString &emsRef)
{
    return scalar(QStringLiteral("SELECT id FROM %1 WHERE manager_id = ? AND ems_ref = ?")
                      .arg(inventoryTableName(kind)),
                  {managerId, emsRef})
        .toLongLong();
}

// The manager ids of this process's worker records of a kind (0 for a shared worker).
QList<qint64> workerManagers(const QString &kind)
{
    QList<qint64> managers;
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("SELECT manager_id, status FROM workers WHERE pid = ? AND "
                                 "kind = ? ORDER BY manager_id"));
    query.addBindValue(QCoreApplication::applicationPid());
    query.addBindValue(kind);
    query.exec();
    while (query.next()) {
        if (query.value(1).toString() == QLatin1String("running"))
            managers.append(query.value(0).isNull() ? 0 : query.value(0).toLongLong());
    }
    return managers;
}

qint64 realtimeCount()
{
    return scalar(QStringLiteral("SELECT COUNT(*) FROM metrics_realtime")).toLongLong();
}

bool sameRef(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

class tst_LibvirtMetricsFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void workersAreRecorded();
    void rowsFlowIntoTheStore();
    void stoppingEndsTheFlow();

private:
    // Starts the supervisor and waits for both managers' first refresh.
    void startSupervisor();
    // Waits until every running VM has roundsWanted rows stamped after its manager's refresh.
    void waitForRounds();
    // The delivered VM rows of a manager stamped after its first refresh finished.
    QList<MetricRates> rowsAfterRefresh(qint64 managerId, InventoryKind kind) const;
    QSet<QString> runningRefs(qint64 managerId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    TestNodeModel m_model;
    qint64 m_defaultManager = 0; // test:///default
    qint64 m_nodeManager = 0;    // the generated node
    std::unique_ptr<Supervisor> m_supervisor;
    QList<MetricRates> m_delivered;        // everything metricsStored delivered, in order
    QHash<qint64, qint64> m_refreshedAtMs; // per manager, when its first refresh was reported
    QList<RefreshOutcome> m_outcomes;
};

void tst_LibvirtMetricsFlow::initTestCase()
{
    registerLibvirtProvider();
}

void tst_LibvirtMetricsFlow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    QVERIFY2(Database::initialize(m_dir->filePath(QStringLiteral("vantage.sqlite")), &error),
             qPrintable(error));

    TestNodeSpec spec;
    spec.hostName = QStringLiteral("metrics-lab");
    spec.domains = 12; // the rotation of run states covers shut-off and paused domains
    spec.seed = 777;
    m_model = TestNodeXml::model(spec);
    const QString path = m_dir->filePath(spec.hostName + QStringLiteral(".xml"));
    QVERIFY2(TestNodeXml::writeFile(path, spec, &error), qPrintable(error));

    const auto addManager = [&](const QString &name, const QString &uri) -> qint64 {
        ProviderSpec provider;
        provider.name = name;
        provider.type = QStringLiteral("libvirt");
        provider.endpoints = {uri};
        const auto providerId = ProviderStore::addProvider(provider, &error);
        if (!providerId)
            return 0;
        const QList<ManagerRow> managers = ProviderStore::managersOf(*providerId);
        return managers.size() == 1 ? managers.first().id : 0;
    };
    m_defaultManager = addManager(QStringLiteral("Default"), QStringLiteral("test:///default"));
    QVERIFY2(m_defaultManager > 0, qPrintable(error));
    m_nodeManager = addManager(QStringLiteral("Metrics Lab"), TestNodeXml::uriForFile(path));
    QVERIFY2(m_nodeManager > 0, qPrintable(error));

    m_delivered.clear();
    m_refreshedAtMs.clear();
    m_outcomes.clear();
}

void tst_LibvirtMetricsFlow::cleanup()
{
    if (m_supervisor)
        m_supervisor->stop();
    m_supervisor.reset();
    m_dir.reset();
}

void tst_LibvirtMetricsFlow::startSupervisor()
{
    m_supervisor = std::make_unique<Supervisor>();
    m_supervisor->setMetricsInterval(metricsInterval);
    connect(m_supervisor.get(), &Supervisor::metricsStored, this,
            [this](const QList<MetricRates> &rows) { m_delivered.append(rows); });
    connect(m_supervisor.get(), &Supervisor::refreshFinished, this,
            [this](qint64 managerId, const RefreshOutcome &outcome) {
                // Reported after the inventory was committed: a round stamped later finds it.
                if (!m_refreshedAtMs.contains(managerId))
                    m_refreshedAtMs.insert(managerId, QDateTime::currentMSecsSinceEpoch());
                m_outcomes.append(outcome);
            });
    m_supervisor->start();

    QTRY_VERIFY_WITH_TIMEOUT(m_refreshedAtMs.contains(m_defaultManager) &&
                                 m_refreshedAtMs.contains(m_nodeManager),
                             refreshTimeoutMs);
    for (const RefreshOutcome &outcome : std::as_const(m_outcomes))
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM vms WHERE manager_id = ?"), {m_nodeManager})
            .toInt(),
        m_model.domains.size());
    QVERIFY(idOf(InventoryKind::Vm, m_defaultManager, defaultVmRef) > 0);
}

QSet<QString> tst_LibvirtMetricsFlow::runningRefs(qint64 managerId) const
{
    if (managerId == m_defaultManager)
        return {defaultVmRef};
    QSet<QString> refs;
    for (const TestNodeDomain &domain : m_model.domains) {
        if (domain.runState != VIR_DOMAIN_SHUTOFF)
            refs.insert(domain.uuid.toLower());
    }
    return refs;
}

QList<MetricRates> tst_LibvirtMetricsFlow::rowsAfterRefresh(qint64 managerId,
                                                            InventoryKind kind) const
{
    QList<MetricRates> rows;
    const qint64 after = m_refreshedAtMs.value(managerId, std::numeric_limits<qint64>::max());
    for (const MetricRates &row : m_delivered) {
        if (row.managerId == managerId && row.kind == kind && row.timestampMs > after)
            rows.append(row);
    }
    return rows;
}

void tst_LibvirtMetricsFlow::waitForRounds()
{
    const auto complete = [this] {
        for (const qint64 manager : {m_defaultManager, m_nodeManager}) {
            QHash<QString, int> perVm;
            for (const MetricRates &row : rowsAfterRefresh(manager, InventoryKind::Vm))
                ++perVm[row.emsRef.toLower()];
            for (const QString &ref : runningRefs(manager)) {
                if (perVm.value(ref) < roundsWanted)
                    return false;
            }
        }
        return true;
    };
    QTRY_VERIFY_WITH_TIMEOUT(complete(), rowsTimeoutMs);
}

void tst_LibvirtMetricsFlow::workersAreRecorded()
{
    startSupervisor();
    if (QTest::currentTestFailed())
        return;
    // One collector per manager, one shared processor.
    QTRY_COMPARE_WITH_TIMEOUT(workerManagers(QString::fromLatin1(WorkerKind::MetricsCollector)),
                              (QList<qint64>{std::min(m_defaultManager, m_nodeManager),
                                             std::max(m_defaultManager, m_nodeManager)}),
                              5000);
    QCOMPARE(workerManagers(QString::fromLatin1(WorkerKind::MetricsProcessor)), QList<qint64>{0});
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM workers WHERE kind = ?"),
                    {QString::fromLatin1(WorkerKind::MetricsProcessor)})
                 .toInt(),
             1);
    QCOMPARE(m_supervisor->runningWorkerCount(),
             scalar(QStringLiteral("SELECT COUNT(*) FROM workers WHERE pid = ?"),
                    {QCoreApplication::applicationPid()})
                 .toInt());
}

void tst_LibvirtMetricsFlow::rowsFlowIntoTheStore()
{
    startSupervisor();
    if (QTest::currentTestFailed())
        return;
    waitForRounds();
    if (QTest::currentTestFailed())
        return;

    for (const qint64 manager : {m_defaultManager, m_nodeManager}) {
        const QSet<QString> running = runningRefs(manager);
        const QList<MetricRates> rows = rowsAfterRefresh(manager, InventoryKind::Vm);
        QSet<QString> seen;
        for (const MetricRates &row : rows) {
            const QString ref = row.emsRef.toLower();
            seen.insert(ref);
            QVERIFY2(running.contains(ref),
                     qPrintable(u"a row for a VM that is not running: " + row.emsRef));
            // Linked to the VM's inventory row.
            const qint64 vmId = idOf(InventoryKind::Vm, manager, row.emsRef);
            QVERIFY(vmId > 0);
            QCOMPARE(row.resourceId, vmId);
            QVERIFY(row.intervalMs > 0);
            QVERIFY2(row.cpuPercent.has_value(), qPrintable(row.emsRef));
            QVERIFY2(*row.cpuPercent >= 0 && *row.cpuPercent <= 100,
                     qPrintable(QString::number(*row.cpuPercent)));
            if (manager == m_defaultManager) {
                // test:///default's balloon: available 2 GiB, usable 1 GiB.
                QVERIFY(row.memoryUsedPercent.has_value());
                QVERIFY(*row.memoryUsedPercent >= 0 && *row.memoryUsedPercent <= 100);
                QCOMPARE(qRound(*row.memoryUsedPercent), 50);
                QCOMPARE(row.vcpus, 2);
            } else {
                // The generated domains have no balloon: the guest's used memory is unknown.
                QVERIFY(!row.memoryUsedPercent.has_value());
            }

            // Stored as delivered.
            QSqlQuery query(Database::connection());
            query.prepare(QStringLiteral(
                "SELECT resource_id, cpu_percent, memory_used_percent, interval_ms FROM "
                "metrics_realtime WHERE manager_id = ? AND resource_kind = ? AND ems_ref = ? AND "
                "timestamp = ?"));
            query.addBindValue(manager);
            query.addBindValue(inventoryKindName(InventoryKind::Vm));
            query.addBindValue(row.emsRef);
            query.addBindValue(row.timestampMs);
            QVERIFY(query.exec());
            QVERIFY2(query.next(), qPrintable(u"not in metrics_realtime: " + row.emsRef));
            QCOMPARE(query.value(0).toLongLong(), vmId);
            QCOMPARE(query.value(1).toDouble(), *row.cpuPercent);
            QCOMPARE(query.value(2).isNull(), !row.memoryUsedPercent.has_value());
            QCOMPARE(query.value(3).toLongLong(), row.intervalMs);
            QVERIFY(!query.next()); // one row per VM and round
        }
        QCOMPARE(seen, running);
        qInfo() << "manager" << manager << ":" << rows.size() << "VM rows after the refresh for"
                << seen.size() << "running VMs";

        // The host has its rows too, linked to its inventory row.
        const QList<MetricRates> hostRows = rowsAfterRefresh(manager, InventoryKind::Host);
        QVERIFY(!hostRows.isEmpty());
        for (const MetricRates &row : hostRows) {
            QCOMPARE(row.resourceId, idOf(InventoryKind::Host, manager, row.emsRef));
            QVERIFY(row.resourceId > 0);
        }
    }

    // Shut-off domains get no rows, neither delivered nor stored.
    int shutOff = 0;
    for (const TestNodeDomain &domain : std::as_const(m_model.domains)) {
        if (domain.runState != VIR_DOMAIN_SHUTOFF)
            continue;
        ++shutOff;
        for (const MetricRates &row : std::as_const(m_delivered))
            QVERIFY2(!sameRef(row.emsRef, domain.uuid), qPrintable(domain.name));
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM metrics_realtime WHERE "
                                       "lower(ems_ref) = ?"),
                        {domain.uuid.toLower()})
                     .toInt(),
                 0);
        const qint64 vmId = idOf(InventoryKind::Vm, m_nodeManager, domain.uuid.toLower());
        QVERIFY(vmId > 0);
        QVERIFY(MetricsStore::series(InventoryKind::Vm, vmId, MetricInterval::Realtime, 0, 0)
                    .isEmpty());
    }
    QVERIFY(shutOff > 0);

    // The chart's read: the VM's realtime rows, oldest first, the delivered ones among them.
    for (const qint64 manager : {m_defaultManager, m_nodeManager}) {
        const QString ref =
            manager == m_defaultManager ? defaultVmRef : *runningRefs(manager).begin();
        const qint64 vmId = idOf(InventoryKind::Vm, manager, ref);
        const QList<MetricPoint> points =
            MetricsStore::series(InventoryKind::Vm, vmId, MetricInterval::Realtime, 0, 0);
        QHash<qint64, const MetricPoint *> byTime;
        for (qsizetype i = 0; i < points.size(); ++i) {
            const MetricPoint &point = points[i];
            if (i > 0)
                QVERIFY(point.timestampMs > points[i - 1].timestampMs);
            QCOMPARE(point.resourceId, vmId);
            QCOMPARE(point.managerId, manager);
            QCOMPARE(point.interval, MetricInterval::Realtime);
            QCOMPARE(point.sampleCount, 1);
            byTime.insert(point.timestampMs, &point);
        }
        int matched = 0;
        for (const MetricRates &row : rowsAfterRefresh(manager, InventoryKind::Vm)) {
            if (!sameRef(row.emsRef, ref))
                continue;
            const MetricPoint *point = byTime.value(row.timestampMs);
            QVERIFY2(point, qPrintable(QString::number(row.timestampMs)));
            QVERIFY(point->column(MetricColumn::CpuPercent).avg == row.cpuPercent);
            QVERIFY(point->column(MetricColumn::MemoryUsedPercent).avg == row.memoryUsedPercent);
            ++matched;
        }
        QVERIFY(matched >= roundsWanted);
        // From a point in the middle on: only the later ones.
        const qint64 from = points[points.size() / 2].timestampMs;
        const QList<MetricPoint> later =
            MetricsStore::series(InventoryKind::Vm, vmId, MetricInterval::Realtime, from, 0);
        QCOMPARE(later.size(), points.size() - points.size() / 2);
        QCOMPARE(later.first().timestampMs, from);
    }
}

void tst_LibvirtMetricsFlow::stoppingEndsTheFlow()
{
    startSupervisor();
    if (QTest::currentTestFailed())
        return;
    waitForRounds();
    if (QTest::currentTestFailed())
        return;

    QElapsedTimer stopping;
    stopping.start();
    m_supervisor->stop();
    QVERIFY2(stopping.elapsed() < 5000, qPrintable(QString::number(stopping.elapsed())));
    QCOMPARE(m_supervisor->runningWorkerCount(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM workers WHERE pid = ?"),
                    {QCoreApplication::applicationPid()})
                 .toInt(),
             0);

    // Whatever was queued before the stop has been delivered; nothing comes after it.
    QCoreApplication::processEvents();
    const qsizetype delivered = m_delivered.size();
    const qint64 stored = realtimeCount();
    QVERIFY(stored > 0);
    QTest::qWait(int(4 * metricsInterval.count()));
    QCOMPARE(m_delivered.size(), delivered);
    QCOMPARE(realtimeCount(), stored);
    m_supervisor->stop(); // idempotent
    m_supervisor.reset();
    QTest::qWait(int(2 * metricsInterval.count()));
    QCOMPARE(m_delivered.size(), delivered);
    QCOMPARE(realtimeCount(), stored);
}

QTEST_GUILESS_MAIN(tst_LibvirtMetricsFlow)
#include "tst_libvirtmetricsflow.moc"
