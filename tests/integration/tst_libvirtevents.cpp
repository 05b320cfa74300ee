// The events feature end to end, as a user gets it: a real database, the libvirt provider on
// libvirt's test driver, a real Supervisor with its event catcher, event handler and refresh
// worker on their threads. Changes are made through the session's own connection (the test
// driver keeps its state per connection), exactly as an operation would make them.
#include "core/database.h"
#include "core/eventhandler.h"
#include "core/eventstore.h"
#include "core/providerstore.h"
#include "core/supervisor.h"
#include "providers/libvirt/libvirtprovider.h"
#include "providers/libvirt/libvirtsession.h"
#include "tests/support/flowfixture.h"
#include "tests/support/testnodexml.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <memory>

using namespace Vantage;

namespace {

constexpr int refreshTimeoutMs = 30000;
constexpr int eventTimeoutMs = 10000;
constexpr auto shortDebounce = std::chrono::milliseconds(250);

// A domain the node file does not have; its UUID is none of the generated ones.
const QString newDomainName = QStringLiteral("fresh-vm");
const QString newDomainUuid = QStringLiteral("6b1c2d3e-4f50-4a61-8b72-93a4b5c6d7e8");

QString lastLibvirtError(const QString &what)
{
    const virErrorPtr e = virGetLastError();
    return what + u": " + QString::fromUtf8(e && e->message ? e->message : "failed");
}

// One call on the named domain; an empty string when libvirt did it, its error otherwise.
QString onDomain(virConnectPtr conn, const QString &name, int (*call)(virDomainPtr))
{
    virDomainPtr dom = virDomainLookupByName(conn, name.toUtf8().constData());
    if (!dom)
        return lastLibvirtError(u"lookup " + name);
    const int rc = call(dom);
    virDomainFree(dom);
    return rc == 0 ? QString() : lastLibvirtError(name);
}

QString defineAndStart(virConnectPtr conn, const QString &name, const QString &uuid)
{
    const QByteArray xml = QStringLiteral("<domain type='test'><name>%1</name><uuid>%2</uuid>"
                                          "<memory unit='MiB'>256</memory><vcpu>1</vcpu>"
                                          "<os><type arch='x86_64'>hvm</type></os></domain>")
                               .arg(name, uuid)
                               .toUtf8();
    virDomainPtr dom = virDomainDefineXML(conn, xml.constData());
    if (!dom)
        return lastLibvirtError(u"define " + name);
    const int rc = virDomainCreate(dom);
    virDomainFree(dom);
    return rc == 0 ? QString() : lastLibvirtError(u"start " + name);
}

QString powerStateOf(qint64 managerId, const QString &uuid)
{
    return scalar(
               QStringLiteral("SELECT power_state FROM vms WHERE manager_id = ? AND ems_ref = ?"),
               {managerId, uuid})
        .toString();
}

qint64 vmIdOf(qint64 managerId, const QString &uuid)
{
    return scalar(QStringLiteral("SELECT id FROM vms WHERE manager_id = ? AND ems_ref = ?"),
                  {managerId, uuid})
        .toLongLong();
}

// The statuses of this process's worker records of a kind.
QStringList workerStatuses(const QString &kind)
{
    QStringList statuses;
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("SELECT status FROM workers WHERE pid = ? AND kind = ?"));
    query.addBindValue(QCoreApplication::applicationPid());
    query.addBindValue(kind);
    query.exec();
    while (query.next())
        statuses.append(query.value(0).toString());
    return statuses;
}

} // namespace

class tst_LibvirtEvents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void lifecycleEventsAreStoredAndRefreshed();
    void burstOfEventsGivesFewRefreshes();
    void workersRunAndStopCleanly();

private:
    // Starts the supervisor (with a short debounce unless defaultDebounce), waits for the first
    // refresh and takes the manager's shared session.
    void startSupervisor(bool defaultDebounce = false);
    // Events are caught only once the catcher has subscribed: pause and resume a probe VM until
    // its events come through, then let the refresh they ask for finish.
    void waitForEventsToFlow();
    // Waits until no refresh is waiting or running and no more are started for a while.
    void settle();
    QList<StoredEvent> storedFor(const QString &uuid) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    TestNodeModel m_model;
    QString m_uri;
    qint64 m_managerId = 0;
    std::unique_ptr<Supervisor> m_supervisor;
    std::chrono::milliseconds m_debounce{1000}; // the event handler's
    std::shared_ptr<LibvirtSession> m_session;
    virConnectPtr m_conn = nullptr;
    QList<StoredEvent> m_stored; // everything eventsStored delivered, in order
    int m_refreshesStarted = 0;
    int m_refreshesFinished = 0;
    QList<RefreshOutcome> m_outcomes;

    // Running domains of the generated node (runState 1), each with its own role.
    TestNodeDomain m_pausedVm;  // suspended and resumed
    TestNodeDomain m_stoppedVm; // destroyed
    TestNodeDomain m_probeVm;   // shows that events flow
    TestNodeDomain m_burstVm;   // paused and resumed many times
};

void tst_LibvirtEvents::initTestCase()
{
    registerLibvirtProvider();
}

void tst_LibvirtEvents::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    QVERIFY2(Database::initialize(m_dir->filePath(QStringLiteral("vantage.sqlite")), &error),
             qPrintable(error));

    TestNodeSpec spec;
    spec.hostName = QStringLiteral("events-lab");
    spec.domains = 20;
    spec.seed = 4242;
    m_model = TestNodeXml::model(spec);
    const QString path = m_dir->filePath(spec.hostName + QStringLiteral(".xml"));
    QVERIFY2(TestNodeXml::writeFile(path, spec, &error), qPrintable(error));
    m_uri = TestNodeXml::uriForFile(path);

    QList<TestNodeDomain> running;
    for (const TestNodeDomain &domain : std::as_const(m_model.domains)) {
        if (domain.runState == 1)
            running.append(domain);
    }
    QVERIFY2(running.size() >= 4, "the generated node has too few running domains");
    m_pausedVm = running[0];
    m_stoppedVm = running[1];
    m_probeVm = running[2];
    m_burstVm = running[3];

    ProviderSpec provider;
    provider.name = QStringLiteral("Events Lab");
    provider.type = QStringLiteral("libvirt");
    provider.endpoints = {m_uri};
    const auto providerId = ProviderStore::addProvider(provider, &error);
    QVERIFY2(providerId, qPrintable(error));
    const QList<ManagerRow> managers = ProviderStore::managersOf(*providerId);
    QCOMPARE(managers.size(), 1);
    m_managerId = managers.first().id;

    m_stored.clear();
    m_outcomes.clear();
    m_refreshesStarted = 0;
    m_refreshesFinished = 0;
}

void tst_LibvirtEvents::cleanup()
{
    if (m_supervisor)
        m_supervisor->stop();
    m_conn = nullptr;
    m_session.reset();
    m_supervisor.reset();
    m_dir.reset();
}

void tst_LibvirtEvents::startSupervisor(bool defaultDebounce)
{
    m_supervisor = std::make_unique<Supervisor>();
    m_debounce = defaultDebounce ? std::chrono::milliseconds(1000) : shortDebounce;
    if (!defaultDebounce) {
        // The stock handler, only quicker to ask for its refreshes.
        setEventHandlerDebounce(*m_supervisor, shortDebounce);
    }
    connect(m_supervisor.get(), &Supervisor::eventsStored, this,
            [this](const QList<StoredEvent> &events) { m_stored.append(events); });
    connect(m_supervisor.get(), &Supervisor::refreshStarted, this,
            [this] { ++m_refreshesStarted; });
    connect(m_supervisor.get(), &Supervisor::refreshFinished, this,
            [this](qint64, const RefreshOutcome &outcome) {
                ++m_refreshesFinished;
                m_outcomes.append(outcome);
            });
    m_supervisor->start();

    QTRY_VERIFY_WITH_TIMEOUT(m_refreshesFinished >= 1, refreshTimeoutMs);
    QVERIFY2(m_outcomes.first().ok, qPrintable(m_outcomes.first().error));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM vms WHERE manager_id = ?"), {m_managerId})
                 .toInt(),
             m_model.domains.size());

    QString error;
    m_session = std::dynamic_pointer_cast<LibvirtSession>(
        m_supervisor->sessions()->acquire(m_managerId, &error));
    QVERIFY2(m_session, qPrintable(error));
    m_conn = m_session->connectionFor(m_uri);
    QVERIFY(m_conn);
}

QList<StoredEvent> tst_LibvirtEvents::storedFor(const QString &uuid) const
{
    QList<StoredEvent> events;
    for (const StoredEvent &event : m_stored) {
        if (event.raw.targetRef == uuid)
            events.append(event);
    }
    return events;
}

void tst_LibvirtEvents::waitForEventsToFlow()
{
    QElapsedTimer waited;
    waited.start();
    while (storedFor(m_probeVm.uuid).size() < 2) {
        QVERIFY2(waited.elapsed() < eventTimeoutMs, "no event came through the event catcher");
        QString failure = onDomain(m_conn, m_probeVm.name, virDomainSuspend);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        failure = onDomain(m_conn, m_probeVm.name, virDomainResume);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        for (int i = 0; i < 10 && storedFor(m_probeVm.uuid).size() < 2; ++i)
            QTest::qWait(50);
    }
    settle();
    QTRY_COMPARE_WITH_TIMEOUT(powerStateOf(m_managerId, m_probeVm.uuid), QStringLiteral("on"),
                              refreshTimeoutMs);
}

void tst_LibvirtEvents::settle()
{
    // Quiet means: nothing waiting, every refresh started has finished, and that stays so for
    // longer than the debounce (a refresh the handler is still holding back would show up).
    QElapsedTimer waited;
    waited.start();
    QElapsedTimer quiet;
    quiet.start();
    while (quiet.elapsed() < m_debounce.count() + 500) {
        QVERIFY2(waited.elapsed() < refreshTimeoutMs, "refreshes never settled");
        QTest::qWait(50);
        if (m_supervisor->queue()->pendingCount() != 0 || m_refreshesStarted != m_refreshesFinished)
            quiet.restart();
    }
}

void tst_LibvirtEvents::lifecycleEventsAreStoredAndRefreshed()
{
    startSupervisor();
    if (QTest::currentTestFailed())
        return;
    waitForEventsToFlow();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(powerStateOf(m_managerId, m_stoppedVm.uuid), QStringLiteral("on"));
    QCOMPARE(vmIdOf(m_managerId, newDomainUuid), 0);
    const qint64 pausedId = vmIdOf(m_managerId, m_pausedVm.uuid);
    const qint64 stoppedId = vmIdOf(m_managerId, m_stoppedVm.uuid);
    QVERIFY(pausedId > 0 && stoppedId > 0);
    const qsizetype before = m_stored.size();

    QString failure = onDomain(m_conn, m_pausedVm.name, virDomainSuspend);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    failure = onDomain(m_conn, m_pausedVm.name, virDomainResume);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    failure = onDomain(m_conn, m_stoppedVm.name, virDomainDestroy);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    failure = defineAndStart(m_conn, newDomainName, newDomainUuid);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    // (1) Delivered to the UI mapped, in the order they happened, with their targets.
    struct Expected
    {
        QString type;
        QString rawName;
        QString uuid;
        QString name;
        qint64 targetId; // -1: the new domain's, 0 until it is in the inventory
    };
    const QList<Expected> expected = {
        {QStringLiteral("vm_suspended"), QStringLiteral("domain.suspended.paused"), m_pausedVm.uuid,
         m_pausedVm.name, pausedId},
        {QStringLiteral("vm_resumed"), QStringLiteral("domain.resumed.unpaused"), m_pausedVm.uuid,
         m_pausedVm.name, pausedId},
        {QStringLiteral("vm_power_off"), QStringLiteral("domain.stopped.destroyed"),
         m_stoppedVm.uuid, m_stoppedVm.name, stoppedId},
        {QStringLiteral("vm_created"), QStringLiteral("domain.defined.added"), newDomainUuid,
         newDomainName, -1},
        {QStringLiteral("vm_power_on"), QStringLiteral("domain.started.booted"), newDomainUuid,
         newDomainName, -1},
    };
    const auto ours = [&] {
        QList<StoredEvent> events;
        for (qsizetype i = before; i < m_stored.size(); ++i) {
            if (m_stored[i].raw.targetRef != m_probeVm.uuid)
                events.append(m_stored[i]);
        }
        return events;
    };
    QTRY_VERIFY_WITH_TIMEOUT(ours().size() >= expected.size(), eventTimeoutMs);
    QTest::qWait(200); // nothing more is expected
    const QList<StoredEvent> delivered = ours();
    QCOMPARE(delivered.size(), expected.size());
    // The refresh a vm_created asks for comes after it is stored: its VM is not known yet.
    QCOMPARE(delivered[3].targetId, 0);
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const StoredEvent &event = delivered[i];
        const Expected &want = expected[i];
        QCOMPARE(event.eventType, want.type);
        QCOMPARE(event.raw.name, want.rawName);
        QCOMPARE(event.raw.source, QStringLiteral("libvirt"));
        QCOMPARE(event.raw.managerId, m_managerId);
        QCOMPARE(event.raw.targetKind, InventoryKind::Vm);
        QCOMPARE(event.raw.targetRef, want.uuid);
        QCOMPARE(event.raw.targetName, want.name);
        if (want.targetId >= 0)
            QCOMPARE(event.targetId, want.targetId);
        else
            QVERIFY(event.targetId == 0 || event.targetId == vmIdOf(m_managerId, want.uuid));
        QVERIFY(event.id > 0);
        QVERIFY(!event.raw.message.isEmpty());
    }

    // (2) In the event stream, as the timeline and the event list read it.
    EventFilter filter;
    filter.managerIds = {m_managerId};
    QList<StoredEvent> inStore;
    for (const StoredEvent &event : EventStore::events(filter)) {
        if (event.raw.targetRef != m_probeVm.uuid)
            inStore.append(event);
    }
    QCOMPARE(inStore.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(inStore[i].id, delivered[i].id);
        QCOMPARE(inStore[i].eventType, expected[i].type);
        QCOMPARE(inStore[i].raw.name, expected[i].rawName);
        QCOMPARE(inStore[i].raw.targetRef, expected[i].uuid);
        if (expected[i].targetId >= 0) {
            QCOMPARE(inStore[i].targetId, expected[i].targetId);
        } else {
            // Unknown when stored; linked once a refresh brings the VM in, never to another.
            QVERIFY(inStore[i].targetId == 0 ||
                    inStore[i].targetId == vmIdOf(m_managerId, expected[i].uuid));
        }
    }
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM event_stream WHERE manager_id = ? AND "
                                   "target_ems_ref <> ?"),
                    {m_managerId, m_probeVm.uuid})
                 .toInt(),
             expected.size());
    QCOMPARE(scalar(QStringLiteral("SELECT event_type FROM event_stream WHERE target_ems_ref = ?"),
                    {m_stoppedVm.uuid})
                 .toString(),
             QStringLiteral("vm_power_off"));

    // (3) The targeted refresh they asked for brought the inventory up to date.
    QTRY_COMPARE_WITH_TIMEOUT(powerStateOf(m_managerId, m_stoppedVm.uuid), QStringLiteral("off"),
                              refreshTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(vmIdOf(m_managerId, newDomainUuid) > 0, refreshTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(powerStateOf(m_managerId, newDomainUuid), QStringLiteral("on"),
                              refreshTimeoutMs);
    QCOMPARE(scalar(QStringLiteral("SELECT name FROM vms WHERE ems_ref = ?"), {newDomainUuid})
                 .toString(),
             newDomainName);
    QCOMPARE(powerStateOf(m_managerId, m_pausedVm.uuid), QStringLiteral("on"));
    QCOMPARE(vmIdOf(m_managerId, m_pausedVm.uuid), pausedId); // updated, not replaced
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM vms WHERE manager_id = ?"), {m_managerId})
                 .toInt(),
             m_model.domains.size() + 1);
    settle();
    for (const RefreshOutcome &outcome : std::as_const(m_outcomes))
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
}

void tst_LibvirtEvents::burstOfEventsGivesFewRefreshes()
{
    startSupervisor();
    if (QTest::currentTestFailed())
        return;
    waitForEventsToFlow();
    if (QTest::currentTestFailed())
        return;
    const int refreshesBefore = m_refreshesFinished;
    const qsizetype burstBefore = storedFor(m_burstVm.uuid).size();

    constexpr int pairs = 25;
    for (int i = 0; i < pairs; ++i) {
        QString failure = onDomain(m_conn, m_burstVm.name, virDomainSuspend);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        failure = onDomain(m_conn, m_burstVm.name, virDomainResume);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
    QTRY_COMPARE_WITH_TIMEOUT(storedFor(m_burstVm.uuid).size() - burstBefore, 2 * pairs,
                              eventTimeoutMs);
    const QList<StoredEvent> burst = storedFor(m_burstVm.uuid).mid(burstBefore);
    for (int i = 0; i < burst.size(); ++i) {
        QCOMPARE(burst[i].eventType,
                 i % 2 == 0 ? QStringLiteral("vm_suspended") : QStringLiteral("vm_resumed"));
    }
    QCOMPARE(EventStore::count([&] {
                 EventFilter filter;
                 filter.managerIds = {m_managerId};
                 filter.targetId = vmIdOf(m_managerId, m_burstVm.uuid);
                 return filter;
             }()),
             2 * pairs);

    settle();
    const int refreshes = m_refreshesFinished - refreshesBefore;
    qInfo() << 2 * pairs << "events gave" << refreshes << "refreshes";
    QVERIFY2(refreshes >= 1, "the burst asked for no refresh");
    // One debounce window should take the whole burst; a second refresh may follow when the
    // burst straddles the window's end.
    QVERIFY2(
        refreshes <= 3,
        qPrintable(QStringLiteral("%1 refreshes for %2 events").arg(refreshes).arg(2 * pairs)));
    QCOMPARE(powerStateOf(m_managerId, m_burstVm.uuid), QStringLiteral("on"));
    for (const RefreshOutcome &outcome : std::as_const(m_outcomes))
        QVERIFY2(outcome.ok, qPrintable(outcome.error));
}

void tst_LibvirtEvents::workersRunAndStopCleanly()
{
    startSupervisor(/*defaultDebounce=*/true);
    if (QTest::currentTestFailed())
        return;

    // One event catcher for the manager, one shared handler, one refresh worker.
    QCOMPARE(workerStatuses(QString::fromLatin1(WorkerKind::EventCatcher)),
             QStringList{QStringLiteral("running")});
    QCOMPARE(workerStatuses(QString::fromLatin1(WorkerKind::EventHandler)),
             QStringList{QStringLiteral("running")});
    QCOMPARE(workerStatuses(QString::fromLatin1(WorkerKind::Refresh)).size(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT manager_id FROM workers WHERE kind = ?"),
                    {QString::fromLatin1(WorkerKind::EventCatcher)})
                 .toLongLong(),
             m_managerId);
    QVERIFY(scalar(QStringLiteral("SELECT manager_id FROM workers WHERE kind = ?"),
                   {QString::fromLatin1(WorkerKind::EventHandler)})
                .isNull());
    // Every worker running has its record, and there is no other.
    QCOMPARE(m_supervisor->runningWorkerCount(),
             scalar(QStringLiteral("SELECT count(*) FROM workers WHERE pid = ?"),
                    {QCoreApplication::applicationPid()})
                 .toInt());

    // The stock handler (1 s debounce) refreshes too.
    waitForEventsToFlow();
    if (QTest::currentTestFailed())
        return;

    // Stopping with a refresh held back by the debounce: it ends without waiting it out.
    QString failure = onDomain(m_conn, m_pausedVm.name, virDomainSuspend);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QTRY_VERIFY_WITH_TIMEOUT(!storedFor(m_pausedVm.uuid).isEmpty(), eventTimeoutMs);

    QElapsedTimer stopping;
    stopping.start();
    m_supervisor->stop();
    QVERIFY2(stopping.elapsed() < 5000, qPrintable(QString::number(stopping.elapsed())));
    QCOMPARE(m_supervisor->runningWorkerCount(), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM workers WHERE pid = ?"),
                    {QCoreApplication::applicationPid()})
                 .toInt(),
             0);
    m_supervisor->stop(); // idempotent

    // Nothing is caught any more: the catcher unsubscribed from the session it shared.
    const qsizetype stored = m_stored.size();
    failure = onDomain(m_conn, m_pausedVm.name, virDomainResume);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QTest::qWait(300);
    QCOMPARE(m_stored.size(), stored);
    QCOMPARE(m_supervisor->inbox()->size(), 0);

    // The supervisor may go while the session it handed out lives on.
    m_supervisor.reset();
    failure = onDomain(m_conn, m_pausedVm.name, virDomainSuspend);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QTest::qWait(100);
}

QTEST_GUILESS_MAIN(tst_LibvirtEvents)
#include "tst_libvirtevents.moc"
