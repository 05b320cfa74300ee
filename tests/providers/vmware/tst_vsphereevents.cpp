#include "providers/vmware/soapresponse.h"
#include "providers/vmware/vsphereclient.h"
#include "providers/vmware/vspheresession.h"
#include "tests/vcsim/vspheretesting.h"

#include <QMutex>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <atomic>
#include <csignal>

using namespace Vantage;
using namespace Vantage::Testing;

namespace {

// What a subscriber saw, filled from the session's poll thread.
struct Received
{
    mutable QMutex mutex;
    QList<RawEvent> events;
    QStringList lost;

    EventCallback sink()
    {
        return [this](const RawEvent &event) {
            QMutexLocker locker(&mutex);
            events.append(event);
        };
    }
    ConnectionLostCallback onLost()
    {
        return [this](const QString &reason) {
            QMutexLocker locker(&mutex);
            lost.append(reason);
        };
    }
    bool has(const QString &name, const QString &ref) const
    {
        QMutexLocker locker(&mutex);
        for (const RawEvent &event : events) {
            if (event.name == name && event.targetRef == ref)
                return true;
        }
        return false;
    }
    qsizetype count() const
    {
        QMutexLocker locker(&mutex);
        return events.size();
    }
    qsizetype lostCount() const
    {
        QMutexLocker locker(&mutex);
        return lost.size();
    }
};

// A loopback vCenter's answers: log in, create a collector, answer the first read of its latest
// page with no events and every later one (counted in *reads) with a cut-off answer.
QByteArray brokenEventsAnswer(const QByteArray &request, int *reads)
{
    if (const QByteArray login = LoopbackSoapServer::loginAnswer(
            request, "<eventManager type=\"EventManager\">em</eventManager>");
        !login.isEmpty()) {
        return login;
    }
    QByteArray body = "<Response/>";
    if (request.contains("<CurrentTime")) {
        body = "<CurrentTimeResponse><returnval>2026-11-25T12:00:00Z</returnval>"
               "</CurrentTimeResponse>";
    } else if (request.contains("<CreateCollectorForEvents")) {
        body = "<CreateCollectorForEventsResponse xmlns=\"urn:vim25\"><returnval "
               "type=\"EventHistoryCollector\">c1</returnval>"
               "</CreateCollectorForEventsResponse>";
    } else if (request.contains("<RetrievePropertiesEx")) {
        if ((*reads)++ > 0) {
            return LoopbackSoapServer::http(
                "<?xml version=\"1.0\"?><soapenv:Envelope xmlns:soapenv="
                "\"http://schemas.xmlsoap.org/soap/envelope/\">"
                "<soapenv:Body><RetrievePropertiesExResponse xmlns="
                "\"urn:vim25\"><returnval><objects><propSet><val>"
                "<Event><key>7</ke");
        }
        body = "<RetrievePropertiesExResponse xmlns=\"urn:vim25\"/>";
    }
    return LoopbackSoapServer::http(LoopbackSoapServer::envelope(body));
}

constexpr int Timeout = 30000;

} // namespace

class tst_VsphereEvents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void vmEvents();
    void unsubscribeStopsDelivery();
    void burstBeyondOneHundredIsDelivered();
    void lostWhenSimulatorKilled();
    void malformedEventsAnswer();

private:
    QString firstVm(VsphereSession &session, QString *name = nullptr);

    VcsimProcess m_vcsim;
};

void tst_VsphereEvents::initTestCase()
{
    QString error;
    QVERIFY2(m_vcsim.start({QStringLiteral("-cluster"), QStringLiteral("0"),
                            QStringLiteral("-standalone-host"), QStringLiteral("1"),
                            QStringLiteral("-vm"), QStringLiteral("2")},
                           &error),
             qPrintable(error));
}

QString tst_VsphereEvents::firstVm(VsphereSession &session, QString *name)
{
    InventoryCollection inventory;
    ProviderError error;
    if (!session.collectInventory(&inventory, CancelFlag(), {}, &error) || inventory.vms.isEmpty())
        return {};
    if (name)
        *name = inventory.vms.first().name;
    return inventory.vms.first().emsRef;
}

void tst_VsphereEvents::vmEvents()
{
    VsphereError error;
    const auto session = VsphereSession::open(vsphereConfig(m_vcsim), &error);
    QVERIFY2(session, qPrintable(error.toString()));
    const QString vm = firstVm(*session);
    QVERIFY(!vm.isEmpty());

    Received received;
    ProviderError failure;
    QVERIFY2(session->subscribeEvents(received.sink(), received.onLost(), &failure),
             qPrintable(failure.toString()));
    // Nothing from before the subscription.
    QTest::qWait(VsphereSession::PollIntervalMs + 500);
    QCOMPARE(received.count(), 0);

    QVERIFY(runVmTask(session->client(), "PowerOffVM_Task", vm));
    QTRY_VERIFY_WITH_TIMEOUT(received.has(QStringLiteral("VmPoweredOffEvent"), vm), Timeout);
    QVERIFY(runVmTask(session->client(), "PowerOnVM_Task", vm));
    QTRY_VERIFY_WITH_TIMEOUT(received.has(QStringLiteral("VmPoweredOnEvent"), vm), Timeout);
    QVERIFY(runVmTask(session->client(), "SuspendVM_Task", vm));
    QTRY_VERIFY_WITH_TIMEOUT(received.has(QStringLiteral("VmSuspendedEvent"), vm), Timeout);
    // The simulator posts no VmRenamedEvent for Rename_Task; a reconfiguration it does report.
    QVERIFY(runVmTask(session->client(), "ReconfigVM_Task", vm,
                      "<spec><annotation>changed by the test</annotation></spec>"));
    QTRY_VERIFY_WITH_TIMEOUT(received.has(QStringLiteral("VmReconfiguredEvent"), vm), Timeout);

    // Another poll delivers nothing again.
    const qsizetype seen = received.count();
    QTest::qWait(2 * VsphereSession::PollIntervalMs + 500);
    session->unsubscribeEvents();
    QMutexLocker locker(&received.mutex);
    QCOMPARE(received.events.size(), seen);
    QSet<qint64> keys;
    for (const RawEvent &event : std::as_const(received.events)) {
        QCOMPARE(event.source, QStringLiteral("vmware"));
        QVERIFY(event.timestampMs > 0);
        const qint64 key = event.payload.value(QStringLiteral("key")).toLongLong();
        QVERIFY2(!keys.contains(key), qPrintable(event.name));
        keys.insert(key);
        if (event.name == u"VmPoweredOffEvent") {
            QCOMPARE(event.targetKind, InventoryKind::Vm);
            QVERIFY(!event.hostRef.isEmpty());
            QVERIFY(!event.message.isEmpty());
            QVERIFY(event.payload.contains(QStringLiteral("chainId")));
            QVERIFY(!event.payload.value(QStringLiteral("userName")).toString().isEmpty());
        }
    }
    QVERIFY(received.lost.isEmpty());
}

void tst_VsphereEvents::unsubscribeStopsDelivery()
{
    VsphereError error;
    const auto session = VsphereSession::open(vsphereConfig(m_vcsim), &error);
    QVERIFY2(session, qPrintable(error.toString()));
    const QString vm = firstVm(*session);

    Received received;
    ProviderError failure;
    QVERIFY(session->subscribeEvents(received.sink(), received.onLost(), &failure));
    session->unsubscribeEvents();
    QVERIFY(runVmTask(session->client(), "PowerOffVM_Task", vm));
    QTest::qWait(2 * VsphereSession::PollIntervalMs + 500);
    QCOMPARE(received.count(), 0);
    QCOMPARE(received.lostCount(), 0);

    // A second subscription starts from now: the power-off above is history.
    QVERIFY(session->subscribeEvents(received.sink(), received.onLost(), &failure));
    QVERIFY(runVmTask(session->client(), "PowerOnVM_Task", vm));
    QTRY_VERIFY_WITH_TIMEOUT(received.has(QStringLiteral("VmPoweredOnEvent"), vm), Timeout);
    QVERIFY(!received.has(QStringLiteral("VmPoweredOffEvent"), vm));
}

// More than 100 events within one poll interval all arrive, so the event handler can tell a
// burst (and answer it with one full refresh) instead of seeing a capped page.
void tst_VsphereEvents::burstBeyondOneHundredIsDelivered()
{
    VsphereError error;
    const auto session = VsphereSession::open(vsphereConfig(m_vcsim), &error);
    QVERIFY2(session, qPrintable(error.toString()));
    const QString vm = firstVm(*session);
    QVERIFY(!vm.isEmpty());

    Received received;
    ProviderError failure;
    QVERIFY(session->subscribeEvents(received.sink(), received.onLost(), &failure));
    constexpr int Cycles = 80;
    for (int i = 0; i < Cycles; ++i) {
        QVERIFY(runVmTask(session->client(), "PowerOffVM_Task", vm));
        QVERIFY(runVmTask(session->client(), "PowerOnVM_Task", vm));
    }
    const auto powerEvents = [&received] {
        QMutexLocker locker(&received.mutex);
        return std::count_if(
            received.events.cbegin(), received.events.cend(), [](const RawEvent &event) {
                return event.name == u"VmPoweredOffEvent" || event.name == u"VmPoweredOnEvent";
            });
    };
    QTRY_COMPARE_WITH_TIMEOUT(powerEvents(), 2 * Cycles, Timeout);
    session->unsubscribeEvents();
    QCOMPARE(received.lostCount(), 0);
}

void tst_VsphereEvents::lostWhenSimulatorKilled()
{
    VcsimProcess doomed;
    QString message;
    QVERIFY2(doomed.start({QStringLiteral("-vm"), QStringLiteral("1")}, &message),
             qPrintable(message));
    VsphereError error;
    const auto session = VsphereSession::open(vsphereConfig(doomed), &error);
    QVERIFY2(session, qPrintable(error.toString()));
    Received received;
    ProviderError failure;
    QVERIFY(session->subscribeEvents(received.sink(), received.onLost(), &failure));
    ::kill(pid_t(doomed.processId()), SIGKILL);
    QTRY_COMPARE_WITH_TIMEOUT(received.lostCount(), 1, Timeout);
    QTest::qWait(2 * VsphereSession::PollIntervalMs + 500);
    QCOMPARE(received.lostCount(), 1);
    QVERIFY(!received.lost.first().isEmpty());
    // The catcher unsubscribes after a loss; that must not wait for the dead server.
    session->unsubscribeEvents();
}

void tst_VsphereEvents::malformedEventsAnswer()
{
    int reads = 0;
    LoopbackSoapServer server(
        [&reads](const QByteArray &request) { return brokenEventsAnswer(request, &reads); });
    const ManagerConfig config = vsphereConfig(server.endpoint());
    Received received;
    std::shared_ptr<VsphereSession> session;
    ProviderError failure;
    bool subscribed = false;
    // The session blocks its caller, so it runs aside while this thread serves.
    runAside([&] {
        VsphereError error;
        session = VsphereSession::open(config, &error);
        if (!session) {
            failure = error;
            return;
        }
        subscribed = session->subscribeEvents(received.sink(), received.onLost(), &failure);
    });
    QVERIFY2(subscribed, qPrintable(failure.toString()));
    QTRY_COMPARE_WITH_TIMEOUT(received.lostCount(), 1, Timeout);
    QVERIFY2(received.lost.first().contains(u"events that cannot be read"),
             qPrintable(received.lost.first()));
    QCOMPARE(received.count(), 0);
    // Unsubscribing sends DestroyCollector, which this thread must serve.
    std::unique_ptr<QThread> closer(QThread::create([&] { session->unsubscribeEvents(); }));
    closer->start();
    while (!closer->wait(10))
        QCoreApplication::processEvents();
    QCOMPARE(received.lostCount(), 1);
}

QTEST_MAIN(tst_VsphereEvents)
#include "tst_vsphereevents.moc"
