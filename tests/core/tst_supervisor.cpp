#include "core/database.h"
#include "core/providerstore.h"
#include "core/supervisor.h"
#include "core/worker.h"

#include "fakeprovider.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vantage;
using namespace Vantage::Testing;

namespace {

// Fails as soon as it starts, the first `failures` times one is made.
class FlakyWorker final : public Worker
{
    Q_OBJECT
public:
    FlakyWorker(qint64 managerId, bool fail)
        : Worker(QStringLiteral("refresh"), managerId), m_fail(fail)
    {}
    void start() override
    {
        if (m_fail)
            emit failed(QStringLiteral("simulated crash"));
        else
            emit heartbeat();
    }

private:
    bool m_fail;
};

// The event handler, metrics processor, request runner and retirement scheduler serve every
// manager.
constexpr int sharedWorkers = 4;

QVariant scalar(const QString &sql)
{
    QSqlQuery query(Database::connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

} // namespace

class tst_Supervisor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void refreshesEachManagerOnStart();
    void recordsWorkersAndStopsCleanly();
    void restartsFailedWorkerWithBackoff();
    void failedRefreshKeepsInventory();
    void syncStopsWorkersOfRemovedManagers();
    void duplicateRequestsCoalesce();
    void sessionIsReusedUntilTheManagerIsEdited();
    void managerWithEventsRefreshesOnceSubscribed();

private:
    qint64 addManager(const QString &name);
    QTemporaryDir m_dir;
};

qint64 tst_Supervisor::addManager(const QString &name)
{
    QString error;
    const auto id = ProviderStore::addProvider(
        {name, QStringLiteral("fake"), {QStringLiteral("fake://x")}, {}, {}}, &error);
    return ProviderStore::managersOf(id.value()).first().id;
}

void tst_Supervisor::init()
{
    registerFakeProvider();
    QString error;
    QVERIFY(Database::initialize(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), &error));
    QMutexLocker lock(&fakeInventory().mutex);
    fakeInventory().unreachable = false;
    fakeInventory().collections = 0;
    fakeInventory().connects = 0;
    fakeInventory().collection = {};
    fakeInventory().collection.hosts << HostRecord{QStringLiteral("h"), {}, QStringLiteral("host")};
    VmRecord vm;
    vm.emsRef = QStringLiteral("vm1");
    vm.hostRef = QStringLiteral("h");
    vm.name = QStringLiteral("web-01");
    fakeInventory().collection.vms << vm;
}

void tst_Supervisor::refreshesEachManagerOnStart()
{
    const qint64 a = addManager(QStringLiteral("a"));
    const qint64 b = addManager(QStringLiteral("b"));
    Supervisor supervisor;
    QSignalSpy finished(&supervisor, &Supervisor::refreshFinished);
    supervisor.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    QSet<qint64> refreshed;
    for (const auto &args : finished) {
        refreshed.insert(args.at(0).toLongLong());
        QVERIFY2(args.at(1).value<RefreshOutcome>().ok,
                 qPrintable(args.at(1).value<RefreshOutcome>().error));
    }
    QCOMPARE(refreshed, (QSet<qint64>{a, b}));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vms")).toInt(), 2);
    QCOMPARE(ProviderStore::manager(a)->lastRefreshStatus, QStringLiteral("ok"));
    QVERIFY(ProviderStore::manager(a)->lastSuccessAt > 0);
}

void tst_Supervisor::recordsWorkersAndStopsCleanly()
{
    addManager(QStringLiteral("a"));
    Supervisor supervisor;
    supervisor.start(false);
    // The manager's refresh worker and the shared ones (the fake type has no events or metrics).
    QCOMPARE(supervisor.runningWorkerCount(), sharedWorkers + 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM workers WHERE status = 'running' AND "
                                   "kind = 'refresh' AND thread LIKE 'refresh-%'"))
                 .toInt(),
             1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM workers WHERE kind = 'event_handler' "
                                   "AND manager_id IS NULL"))
                 .toInt(),
             1);
    supervisor.stop();
    QCOMPARE(supervisor.runningWorkerCount(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM workers")).toInt(), 0);
    supervisor.stop(); // idempotent
}

void tst_Supervisor::restartsFailedWorkerWithBackoff()
{
    addManager(QStringLiteral("a"));
    Supervisor supervisor;
    int made = 0;
    supervisor.setWorkerFactory(QStringLiteral("refresh"),
                                [&](qint64 managerId, const WorkerContext &) {
                                    return new FlakyWorker(managerId, ++made <= 2);
                                });
    supervisor.setRestartBackoff(std::chrono::milliseconds(50), std::chrono::milliseconds(400));
    QElapsedTimer timer;
    timer.start();
    supervisor.start(false);
    QTRY_COMPARE_WITH_TIMEOUT(made, 3, 10000);
    // Two back-offs: 50 ms then 100 ms.
    QVERIFY(timer.elapsed() >= 150);
    const auto refreshRecord = [](const char *column) {
        return scalar(QStringLiteral("SELECT %1 FROM workers WHERE kind = 'refresh'")
                          .arg(QLatin1String(column)));
    };
    QTRY_COMPARE(refreshRecord("status").toString(), QStringLiteral("running"));
    QCOMPARE(refreshRecord("restart_count").toInt(), 2);
    QCOMPARE(refreshRecord("last_error").toString(), QStringLiteral("simulated crash"));
    QCOMPARE(supervisor.runningWorkerCount(), sharedWorkers + 1);
}

void tst_Supervisor::failedRefreshKeepsInventory()
{
    const qint64 a = addManager(QStringLiteral("a"));
    Supervisor supervisor;
    QSignalSpy finished(&supervisor, &Supervisor::refreshFinished);
    supervisor.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    {
        QMutexLocker lock(&fakeInventory().mutex);
        fakeInventory().unreachable = true;
    }
    supervisor.requestRefresh(a);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    const auto outcome = finished.at(1).at(1).value<RefreshOutcome>();
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.error.contains(QStringLiteral("cannot be reached")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vms")).toInt(), 1);
    const auto manager = ProviderStore::manager(a);
    QCOMPARE(manager->lastRefreshStatus, QStringLiteral("error"));
    QVERIFY(manager->lastSuccessAt > 0 && manager->lastSuccessAt <= manager->lastRefreshAt);
}

void tst_Supervisor::syncStopsWorkersOfRemovedManagers()
{
    addManager(QStringLiteral("a"));
    const qint64 b = addManager(QStringLiteral("b"));
    Supervisor supervisor;
    supervisor.start(false);
    QCOMPARE(supervisor.runningWorkerCount(), sharedWorkers + 2);
    QString error;
    QVERIFY(ProviderStore::removeProvider(ProviderStore::manager(b)->providerId, &error));
    supervisor.syncManagers();
    QCOMPARE(supervisor.runningWorkerCount(), sharedWorkers + 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM workers WHERE kind = 'refresh'")).toInt(),
             1);
}

void tst_Supervisor::duplicateRequestsCoalesce()
{
    const qint64 a = addManager(QStringLiteral("a"));
    Supervisor supervisor;
    QSignalSpy finished(&supervisor, &Supervisor::refreshFinished);
    // Queued before the worker exists: ten requests are one refresh.
    supervisor.start(false);
    supervisor.stop();
    for (int i = 0; i < 10; ++i)
        supervisor.requestRefresh(a);
    QCOMPARE(supervisor.queue()->pendingCount(), 1);
    supervisor.start(false);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(fakeInventory().collections, 1);
}

void tst_Supervisor::sessionIsReusedUntilTheManagerIsEdited()
{
    const qint64 a = addManager(QStringLiteral("a"));
    Supervisor supervisor;
    QSignalSpy finished(&supervisor, &Supervisor::refreshFinished);
    supervisor.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    supervisor.requestRefresh(a);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    QCOMPARE(fakeInventory().connects, 1);

    QString error;
    QVERIFY(ProviderStore::updateProvider(
        ProviderStore::manager(a)->providerId,
        {QStringLiteral("a"), QStringLiteral("fake"), {QStringLiteral("fake://elsewhere")}, {}, {}},
        &error));
    supervisor.requestRefresh(a);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 10000);
    QCOMPARE(fakeInventory().connects, 2);
}

void tst_Supervisor::managerWithEventsRefreshesOnceSubscribed()
{
    {
        QMutexLocker lock(&fakeInventory().mutex);
        fakeInventory().eventMapping = R"({"source": "fake", "events": {"on": "vm_power_on"}})";
    }
    const auto noEvents = qScopeGuard([] {
        QMutexLocker lock(&fakeInventory().mutex);
        fakeInventory().eventMapping.clear();
    });
    addManager(QStringLiteral("a"));
    Supervisor supervisor;
    QSignalSpy finished(&supervisor, &Supervisor::refreshFinished);
    supervisor.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(supervisor.runningWorkerCount(), sharedWorkers + 2); // refresh, catcher
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM workers WHERE kind = 'event_catcher'")).toInt(),
        1);
    QVERIFY(fakeInventory().sink);
    QTest::qWait(200);
    QCOMPARE(finished.count(), 1);
    supervisor.stop();
    QVERIFY(!fakeInventory().sink);
}

QTEST_GUILESS_MAIN(tst_Supervisor)
#include "tst_supervisor.moc"
