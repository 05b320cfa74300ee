// RefreshWorker with a session that watches its manager's changes: when the watch starts, what a
// reported change queues, and what a lost watch leads to. The session is a small one of the
// test's own; the database, queue, pool and refresher are the real ones.
#include "core/database.h"
#include "core/providerregistry.h"
#include "core/providerstore.h"
#include "core/refreshworker.h"

#include <QMutex>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Vantage;

namespace {

// What the watching session was asked, in order, and the callbacks of its current watch.
struct WatchLog
{
    QMutex mutex;
    QStringList calls; // "watch", "collect", "targets vm-1 vm-2", "unwatch"
    InventoryChangeCallback onChanged;
    ConnectionLostCallback onLost;
    int watches = 0;
};

WatchLog &watchLog()
{
    static WatchLog log;
    return log;
}

VmRecord vm(const QString &ref, const QString &power)
{
    VmRecord record;
    record.emsRef = ref;
    record.name = ref;
    record.powerState = power;
    return record;
}

class WatchingSession final : public ManagerSession
{
public:
    bool isAlive() const override { return true; }
    bool collectInventory(InventoryCollection *out, const CancelFlag &, const ProgressCallback &,
                          ProviderError *) override
    {
        log(QStringLiteral("collect"));
        out->vms = {vm(QStringLiteral("vm-1"), QStringLiteral("on")),
                    vm(QStringLiteral("vm-2"), QStringLiteral("on"))};
        return true;
    }
    bool collectTargets(const QList<InventoryTarget> &targets, InventoryCollection *out,
                        ProviderError *) override
    {
        QStringList refs;
        for (const InventoryTarget &target : targets) {
            refs.append(target.emsRef);
            out->vms.append(vm(target.emsRef, QStringLiteral("off")));
        }
        log(QStringLiteral("targets ") + refs.join(u' '));
        return true;
    }
    bool watchInventory(const InventoryChangeCallback &onChanged,
                        const ConnectionLostCallback &onLost, ProviderError *) override
    {
        QMutexLocker lock(&watchLog().mutex);
        watchLog().calls.append(QStringLiteral("watch"));
        watchLog().onChanged = onChanged;
        watchLog().onLost = onLost;
        ++watchLog().watches;
        return true;
    }
    void unwatchInventory() override
    {
        QMutexLocker lock(&watchLog().mutex);
        if (!watchLog().onChanged)
            return;
        watchLog().calls.append(QStringLiteral("unwatch"));
        watchLog().onChanged = nullptr;
        watchLog().onLost = nullptr;
    }

private:
    static void log(const QString &call)
    {
        QMutexLocker lock(&watchLog().mutex);
        watchLog().calls.append(call);
    }
};

class WatchingType final : public ProviderType
{
public:
    QString id() const override { return QStringLiteral("watching"); }
    QString displayName() const override { return QStringLiteral("Watching"); }
    QString managerKind() const override
    {
        return QString::fromLatin1(ManagerKind::Infrastructure);
    }
    EndpointDescription endpointDescription() const override
    {
        return {QStringLiteral("URL"), QStringLiteral("watch://"), false, false};
    }
    QString validateEndpoint(const QString &) const override { return {}; }
    std::shared_ptr<ManagerSession> connect(const ManagerConfig &, ProviderError *) const override
    {
        return std::make_shared<WatchingSession>();
    }
    VerifyResult verify(const ManagerConfig &) const override { return {true, {}, {}}; }
};

// Calls the watch's callbacks from a thread of their own, as a provider does.
void fromProviderThread(const std::function<void()> &call)
{
    std::thread(call).join();
}

} // namespace

class tst_RefreshWorker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void watchesBeforeFullCollectAndRefreshesChanges();
    void lostWatchAsksForFullRefreshThenWatchesAgain();
    void finishStopsWatching();

private:
    QString powerOf(const QString &ref) const;

    QTemporaryDir m_dir;
    qint64 m_manager = 0;
};

void tst_RefreshWorker::initTestCase()
{
    ProviderRegistry::instance().registerType(std::make_unique<WatchingType>());
}

void tst_RefreshWorker::init()
{
    QString error;
    QVERIFY(Database::initialize(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), &error));
    const auto provider = ProviderStore::addProvider(
        {QStringLiteral("p"), QStringLiteral("watching"), {QStringLiteral("watch://x")}, {}, {}},
        &error);
    QVERIFY2(provider, qPrintable(error));
    m_manager = ProviderStore::managersOf(*provider).first().id;
    QMutexLocker lock(&watchLog().mutex);
    watchLog().calls.clear();
    watchLog().onChanged = nullptr;
    watchLog().onLost = nullptr;
    watchLog().watches = 0;
}

QString tst_RefreshWorker::powerOf(const QString &ref) const
{
    QSqlQuery query(Database::connection());
    query.prepare(
        QStringLiteral("SELECT power_state FROM vms WHERE manager_id = ? AND ems_ref = ?"));
    query.addBindValue(m_manager);
    query.addBindValue(ref);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

void tst_RefreshWorker::watchesBeforeFullCollectAndRefreshesChanges()
{
    WorkQueue queue;
    SessionPool sessions;
    RefreshWorker worker(m_manager, &queue, &sessions);
    QList<RefreshOutcome> outcomes;
    connect(&worker, &RefreshWorker::refreshFinished, this,
            [&](qint64, const RefreshOutcome &outcome) { outcomes.append(outcome); });
    worker.start();
    queue.enqueue({m_manager, {}, RefreshReason::Startup});
    QTRY_COMPARE(outcomes.size(), 1);
    QVERIFY2(outcomes.first().ok, qPrintable(outcomes.first().error));
    QVERIFY(!outcomes.first().targeted);
    {
        QMutexLocker lock(&watchLog().mutex);
        QCOMPARE(watchLog().calls,
                 (QStringList{QStringLiteral("watch"), QStringLiteral("collect")}));
    }

    InventoryChangeCallback changed;
    {
        QMutexLocker lock(&watchLog().mutex);
        changed = watchLog().onChanged;
    }
    QVERIFY(changed);
    fromProviderThread([&] { changed({{InventoryKind::Vm, QStringLiteral("vm-2")}}); });
    QTRY_COMPARE(outcomes.size(), 2);
    QVERIFY(outcomes.last().ok);
    QVERIFY(outcomes.last().targeted);
    QCOMPARE(powerOf(QStringLiteral("vm-2")), QStringLiteral("off"));
    QCOMPARE(powerOf(QStringLiteral("vm-1")), QStringLiteral("on"));

    // Another full refresh on the same session keeps the watch it has.
    queue.enqueue({m_manager, {}, RefreshReason::User});
    QTRY_COMPARE(outcomes.size(), 3);
    {
        QMutexLocker lock(&watchLog().mutex);
        QCOMPARE(watchLog().calls,
                 (QStringList{QStringLiteral("watch"), QStringLiteral("collect"),
                              QStringLiteral("targets vm-2"), QStringLiteral("collect")}));
    }
    worker.finish();
}

void tst_RefreshWorker::lostWatchAsksForFullRefreshThenWatchesAgain()
{
    WorkQueue queue;
    SessionPool sessions;
    RefreshWorker worker(m_manager, &queue, &sessions);
    worker.setRewatchBackoff(std::chrono::milliseconds(10), std::chrono::milliseconds(40));
    QList<RefreshOutcome> outcomes;
    connect(&worker, &RefreshWorker::refreshFinished, this,
            [&](qint64, const RefreshOutcome &outcome) { outcomes.append(outcome); });
    worker.start();
    queue.enqueue({m_manager, {}, RefreshReason::Startup});
    QTRY_COMPARE(outcomes.size(), 1);

    for (int loss = 1; loss <= 3; ++loss) {
        ConnectionLostCallback lost;
        {
            QMutexLocker lock(&watchLog().mutex);
            lost = watchLog().onLost;
        }
        QVERIFY(lost);
        fromProviderThread([&] { lost(QStringLiteral("the server went away")); });
        // The watch is stopped, a full refresh follows and watches again.
        QTRY_COMPARE(outcomes.size(), 1 + loss);
        QVERIFY(!outcomes.last().targeted);
        QMutexLocker lock(&watchLog().mutex);
        QCOMPARE(watchLog().watches, 1 + loss);
        QCOMPARE(watchLog().calls.mid(watchLog().calls.size() - 3),
                 (QStringList{QStringLiteral("unwatch"), QStringLiteral("watch"),
                              QStringLiteral("collect")}));
    }
    worker.finish();
}

void tst_RefreshWorker::finishStopsWatching()
{
    WorkQueue queue;
    SessionPool sessions;
    RefreshWorker worker(m_manager, &queue, &sessions);
    QSignalSpy finished(&worker, &RefreshWorker::refreshFinished);
    worker.start();
    queue.enqueue({m_manager, {}, RefreshReason::Startup});
    QTRY_COMPARE(finished.count(), 1);
    worker.finish();
    QMutexLocker lock(&watchLog().mutex);
    QCOMPARE(watchLog().calls.last(), QStringLiteral("unwatch"));
    QVERIFY(!watchLog().onChanged);
}

QTEST_GUILESS_MAIN(tst_RefreshWorker)
#include "tst_refreshworker.moc"
