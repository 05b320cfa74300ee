#include "providers/vmware/soapresponse.h"
#include "providers/vmware/vsphereclient.h"
#include "providers/vmware/vspheresession.h"
#include "tests/vcsim/vcsimprocess.h"

#include <QMutex>
#include <QSet>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <atomic>
#include <csignal>

using namespace Vantage;
using Vantage::Testing::VcsimProcess;

namespace {

ManagerConfig configFor(const VcsimProcess &vcsim)
{
    ManagerConfig config;
    config.type = QStringLiteral("vmware");
    config.endpoints = {vcsim.url().toString()};
    config.credentials = {QStringLiteral("user"), QStringLiteral("pass")};
    config.options.insert(
        QLatin1StringView(ManagerOption::TlsPinSha256),
        VsphereClient::fingerprint(QSslCertificate::fromPath(vcsim.certificatePath()).value(0)));
    return config;
}

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

// Runs a VM method that returns a task, e.g. "PowerOffVM_Task"; extra is the rest of its body.
bool runTask(VsphereClient &client, const char *method, const QString &vm,
             const QByteArray &extra = {})
{
    QByteArray answer;
    VsphereError error;
    const QByteArray name(method);
    if (!client.call("<" + name + ">" +
                         VsphereClient::moref("_this", QStringLiteral("VirtualMachine"), vm) +
                         extra + "</" + name + ">",
                     &answer, &error)) {
        qWarning() << error.toString();
        return false;
    }
    return true;
}

// A loopback vCenter of the test's own: logs in, creates a collector, answers the first read of
// its latest page with no events and every later one with a cut-off answer.
class BrokenEventsServer
{
public:
    BrokenEventsServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    QByteArray &request = m_pending[socket];
                    request += socket->readAll();
                    if (!request.contains("Envelope>"))
                        return;
                    socket->write(answer(request));
                    socket->disconnectFromHost();
                    m_pending.remove(socket);
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QString endpoint() const
    {
        return QStringLiteral("http://127.0.0.1:%1/sdk").arg(m_server.serverPort());
    }

private:
    QByteArray answer(const QByteArray &request)
    {
        QByteArray body;
        QByteArray headers;
        if (request.contains("<RetrieveServiceContent")) {
            body = "<RetrieveServiceContentResponse><returnval>"
                   "<rootFolder type=\"Folder\">group-d1</rootFolder>"
                   "<propertyCollector type=\"PropertyCollector\">pc</propertyCollector>"
                   "<viewManager type=\"ViewManager\">vm</viewManager>"
                   "<sessionManager type=\"SessionManager\">sm</sessionManager>"
                   "<eventManager type=\"EventManager\">em</eventManager>"
                   "</returnval></RetrieveServiceContentResponse>";
        } else if (request.contains("<Login")) {
            headers = "Set-Cookie: vmware_soap_session=\"abc\"; Path=/\r\n";
            body = "<LoginResponse><returnval><key>k1</key></returnval></LoginResponse>";
        } else if (request.contains("<CurrentTime")) {
            body = "<CurrentTimeResponse><returnval>2026-11-25T12:00:00Z</returnval>"
                   "</CurrentTimeResponse>";
        } else if (request.contains("<CreateCollectorForEvents")) {
            body = "<CreateCollectorForEventsResponse xmlns=\"urn:vim25\"><returnval "
                   "type=\"EventHistoryCollector\">c1</returnval>"
                   "</CreateCollectorForEventsResponse>";
        } else if (request.contains("<RetrievePropertiesEx")) {
            if (m_reads++ > 0) {
                const QByteArray cut = "<?xml version=\"1.0\"?><soapenv:Envelope xmlns:soapenv="
                                       "\"http://schemas.xmlsoap.org/soap/envelope/\">"
                                       "<soapenv:Body><RetrievePropertiesExResponse xmlns="
                                       "\"urn:vim25\"><returnval><objects><propSet><val>"
                                       "<Event><key>7</ke";
                return "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: " +
                       QByteArray::number(cut.size()) + "\r\nConnection: close\r\n\r\n" + cut;
            }
            body = "<RetrievePropertiesExResponse xmlns=\"urn:vim25\"/>";
        } else {
            body = "<Response/>";
        }
        const QByteArray envelope = "<?xml version=\"1.0\"?><soapenv:Envelope xmlns:soapenv="
                                    "\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>" +
                                    body + "</soapenv:Body></soapenv:Envelope>";
        return "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\n" + headers +
               "Content-Length: " + QByteArray::number(envelope.size()) +
               "\r\nConnection: close\r\n\r\n" + envelope;
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_pending;
    int m_reads = 0;
};

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
    const auto session = VsphereSession::open(configFor(m_vcsim), &error);
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

    QVERIFY(runTask(session->client(), "PowerOffVM_Task", vm));
    QTRY_VERIFY_WITH_TIMEOUT(received.has(QStringLiteral("VmPoweredOffEvent"), vm), Timeout);
    QVERIFY(runTask(session->client(), "PowerOnVM_Task", vm));
    QTRY_VERIFY_WITH_TIMEOUT(received.has(QStringLiteral("VmPoweredOnEvent"), vm), Timeout);
    QVERIFY(runTask(session->client(), "SuspendVM_Task", vm));
    QTRY_VERIFY_WITH_TIMEOUT(received.has(QStringLiteral("VmSuspendedEvent"), vm), Timeout);
    // The simulator posts no VmRenamedEvent for Rename_Task; a reconfiguration it does report.
    QVERIFY(runTask(session->client(), "ReconfigVM_Task", vm,
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
    const auto session = VsphereSession::open(configFor(m_vcsim), &error);
    QVERIFY2(session, qPrintable(error.toString()));
    const QString vm = firstVm(*session);

    Received received;
    ProviderError failure;
    QVERIFY(session->subscribeEvents(received.sink(), received.onLost(), &failure));
    session->unsubscribeEvents();
    QVERIFY(runTask(session->client(), "PowerOffVM_Task", vm));
    QTest::qWait(2 * VsphereSession::PollIntervalMs + 500);
    QCOMPARE(received.count(), 0);
    QCOMPARE(received.lostCount(), 0);

    // A second subscription starts from now: the power-off above is history.
    QVERIFY(session->subscribeEvents(received.sink(), received.onLost(), &failure));
    QVERIFY(runTask(session->client(), "PowerOnVM_Task", vm));
    QTRY_VERIFY_WITH_TIMEOUT(received.has(QStringLiteral("VmPoweredOnEvent"), vm), Timeout);
    QVERIFY(!received.has(QStringLiteral("VmPoweredOffEvent"), vm));
}

// More than 100 events within one poll interval all arrive, so the event handler can tell a
// burst (and answer it with one full refresh) instead of seeing a capped page.
void tst_VsphereEvents::burstBeyondOneHundredIsDelivered()
{
    VsphereError error;
    const auto session = VsphereSession::open(configFor(m_vcsim), &error);
    QVERIFY2(session, qPrintable(error.toString()));
    const QString vm = firstVm(*session);
    QVERIFY(!vm.isEmpty());

    Received received;
    ProviderError failure;
    QVERIFY(session->subscribeEvents(received.sink(), received.onLost(), &failure));
    constexpr int Cycles = 80;
    for (int i = 0; i < Cycles; ++i) {
        QVERIFY(runTask(session->client(), "PowerOffVM_Task", vm));
        QVERIFY(runTask(session->client(), "PowerOnVM_Task", vm));
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
    const auto session = VsphereSession::open(configFor(doomed), &error);
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
    BrokenEventsServer server;
    ManagerConfig config;
    config.endpoints = {server.endpoint()};
    config.credentials = {QStringLiteral("user"), QStringLiteral("pass")};
    Received received;
    std::shared_ptr<VsphereSession> session;
    ProviderError failure;
    bool subscribed = false;
    // The session blocks its caller, so it runs aside while this thread serves.
    std::unique_ptr<QThread> worker(QThread::create([&] {
        VsphereError error;
        session = VsphereSession::open(config, &error);
        if (!session) {
            failure = error;
            return;
        }
        subscribed = session->subscribeEvents(received.sink(), received.onLost(), &failure);
    }));
    worker->start();
    while (!worker->wait(10))
        QCoreApplication::processEvents();
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
