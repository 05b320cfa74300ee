#include "providers/vmware/soapresponse.h"
#include "providers/vmware/vsphereclient.h"
#include "tests/vcsim/vcsimprocess.h"

#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <csignal>
#include <memory>

using namespace Vantage;
using Vantage::Testing::VcsimProcess;

namespace {

// A loopback HTTP server of the test's own that answers every request with reply (or never,
// when reply is empty), to feed the client what no vCenter sends.
class RawServer
{
public:
    explicit RawServer(QByteArray reply) : m_reply(std::move(reply))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_request += socket->readAll();
                    if (!m_reply.isEmpty() && m_request.contains("</soapenv:Envelope>")) {
                        socket->write(m_reply);
                        socket->disconnectFromHost();
                    }
                });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/sdk").arg(m_server.serverPort()));
    }
    QByteArray request() const { return m_request; }

private:
    QTcpServer m_server;
    QByteArray m_reply;
    QByteArray m_request;
};

QByteArray httpReply(const QByteArray &status, const QByteArray &body)
{
    return "HTTP/1.1 " + status +
           "\r\nContent-Type: text/xml\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n\r\n" + body;
}

// Runs a blocking client call on its own thread while this one serves the RawServer.
template <typename Call> bool runAside(Call call)
{
    bool result = false;
    std::unique_ptr<QThread> thread(QThread::create([&] { result = call(); }));
    thread->start();
    while (!thread->wait(10))
        QCoreApplication::processEvents();
    return result;
}

} // namespace

class tst_VsphereClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sdkUrl_data();
    void sdkUrl();
    void soapResponse();
    void untrustedCertificate();
    void pinnedCertificate();
    void wrongPin();
    void wrongPassword();
    void emptyPassword();
    void plainHttp();
    void reloginAfterTerminatedSession();
    void soapFault();
    void serverStopsMidCall();
    void keepAliveNoticesLostServer();
    void connectionRefused();
    void malformedXml();
    void httpErrorWithoutFault();
    void timeout();
    void cancel();

private:
    VsphereClient::Settings settingsFor(const VcsimProcess &vcsim) const;

    VcsimProcess m_vcsim;
    QString m_fingerprint;
};

void tst_VsphereClient::initTestCase()
{
    QString error;
    QVERIFY2(m_vcsim.start({QStringLiteral("-host"), QStringLiteral("2"), QStringLiteral("-vm"),
                            QStringLiteral("2")},
                           &error),
             qPrintable(error));
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromPath(m_vcsim.certificatePath(), QSsl::Pem);
    QCOMPARE(certificates.size(), 1);
    m_fingerprint = VsphereClient::fingerprint(certificates.first());
    QCOMPARE(m_fingerprint.size(), 32 * 3 - 1);
}

VsphereClient::Settings tst_VsphereClient::settingsFor(const VcsimProcess &vcsim) const
{
    VsphereClient::Settings settings;
    settings.url = vcsim.url();
    settings.user = QStringLiteral("user");
    settings.password = QStringLiteral("pass");
    if (vcsim.url().scheme() == u"https")
        settings.pinnedSha256 = m_fingerprint;
    return settings;
}

void tst_VsphereClient::sdkUrl_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("url"); // empty: refused

    QTest::newRow("host") << "vcenter.example.com"
                          << "https://vcenter.example.com/sdk";
    QTest::newRow("host and port") << "vc:8443"
                                   << "https://vc:8443/sdk";
    QTest::newRow("full") << " https://vc.example.com/sdk "
                          << "https://vc.example.com/sdk";
    QTest::newRow("no path") << "https://vc.example.com/"
                             << "https://vc.example.com/sdk";
    QTest::newRow("plain http") << "http://127.0.0.1:8989/sdk"
                                << "http://127.0.0.1:8989/sdk";
    QTest::newRow("other scheme") << "ftp://vc/sdk"
                                  << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("spaces") << "vc enter"
                            << "";
    QTest::newRow("user in address") << "https://root@vc/sdk"
                                     << "";
}

void tst_VsphereClient::sdkUrl()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, url);
    QString error;
    const QUrl result = VsphereClient::sdkUrl(endpoint, &error);
    if (url.isEmpty()) {
        QVERIFY(!result.isValid());
        QVERIFY(!error.isEmpty());
    } else {
        QCOMPARE(result.toString(), url);
        QVERIFY(error.isEmpty());
    }
}

void tst_VsphereClient::soapResponse()
{
    SoapResponse soap;
    QVERIFY(soap.parse("<e:Envelope xmlns:e='http://schemas.xmlsoap.org/soap/envelope/'><e:Body>"
                       "<R xmlns='urn:vim25'><returnval><a type='Folder'>group-d1</a>"
                       "<b>x &amp; y</b><b>2</b></returnval></R></e:Body></e:Envelope>"));
    QVERIFY(!soap.isFault());
    QCOMPARE(soap.text(u"returnval/a"), QStringLiteral("group-d1"));
    QCOMPARE(soap.type(u"returnval/a"), QStringLiteral("Folder"));
    QCOMPARE(soap.text(u"returnval/b"), QStringLiteral("x & y"));
    QCOMPARE(soap.count(u"returnval/b"), 2);

    QVERIFY(soap.parse("<e:Envelope xmlns:e='http://schemas.xmlsoap.org/soap/envelope/' "
                       "xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'><e:Body><e:Fault>"
                       "<faultcode>ServerFaultCode</faultcode><faultstring>no</faultstring>"
                       "<detail><InvalidLoginFault xsi:type='InvalidLogin'/></detail>"
                       "</e:Fault></e:Body></e:Envelope>"));
    QVERIFY(soap.isFault());
    QCOMPARE(soap.faultType(), QStringLiteral("InvalidLogin"));
    QCOMPARE(soap.faultString(), QStringLiteral("no"));

    QVERIFY(!soap.parse("<e:Envelope><e:Body>"));
    QVERIFY(!soap.parseError().isEmpty());
    QVERIFY(!soap.parse("<html>not soap</html>"));
}

void tst_VsphereClient::untrustedCertificate()
{
    VsphereClient::Settings settings = settingsFor(m_vcsim);
    settings.pinnedSha256.clear();
    VsphereClient client(settings);
    VsphereError error;
    QVERIFY(!client.open(&error));
    QCOMPARE(error.kind, VsphereError::Kind::UntrustedCertificate);
    QCOMPARE(error.certificateSha256, m_fingerprint);
    QVERIFY(!error.certificateChanged);
    QVERIFY2(error.message.contains(m_fingerprint), qPrintable(error.message));
    QVERIFY(!error.hint.isEmpty());
    QVERIFY(client.sessionKey().isEmpty());
}

void tst_VsphereClient::pinnedCertificate()
{
    VsphereClient::Settings settings = settingsFor(m_vcsim);
    // Pins are compared without regard to case or separators.
    settings.pinnedSha256 = m_fingerprint.toLower().remove(u':');
    VsphereClient client(settings);
    VsphereError error;
    QVERIFY2(client.open(&error), qPrintable(error.toString()));
    QVERIFY(client.isAlive());
    QCOMPARE(client.serviceContent().rootFolder, QStringLiteral("group-d1"));
    QVERIFY(!client.serviceContent().propertyCollector.isEmpty());
    QVERIFY(!client.serviceContent().viewManager.isEmpty());
    QVERIFY(!client.serviceContent().apiVersion.isEmpty());
    QVERIFY(!client.sessionKey().isEmpty());
    QString time;
    QVERIFY2(client.currentTime(&time, &error), qPrintable(error.toString()));
    QVERIFY(time.startsWith(u'2'));
    QCOMPARE(client.loginCount(), 1);
}

void tst_VsphereClient::wrongPin()
{
    VsphereClient::Settings settings = settingsFor(m_vcsim);
    settings.pinnedSha256 =
        QString(m_fingerprint)
            .replace(0, 2,
                     m_fingerprint.startsWith(u"00") ? QStringLiteral("11") : QStringLiteral("00"));
    VsphereClient client(settings);
    VsphereError error;
    QVERIFY(!client.open(&error));
    QCOMPARE(error.kind, VsphereError::Kind::PinMismatch);
    QCOMPARE(error.certificateSha256, m_fingerprint);
    QVERIFY(error.certificateChanged);
    QVERIFY(error.message.contains(m_fingerprint));
    QVERIFY(error.message.contains(settings.pinnedSha256));
}

void tst_VsphereClient::wrongPassword()
{
    VsphereClient::Settings settings = settingsFor(m_vcsim);
    settings.password = QStringLiteral("wrong");
    VsphereClient client(settings);
    VsphereError error;
    QVERIFY(!client.open(&error));
    QCOMPARE(error.kind, VsphereError::Kind::Fault);
    QCOMPARE(error.faultType, QStringLiteral("InvalidLogin"));
    QVERIFY2(error.message.contains(u"user name or password"), qPrintable(error.message));
    QVERIFY(!error.hint.isEmpty());
}

void tst_VsphereClient::emptyPassword()
{
    VsphereClient::Settings settings = settingsFor(m_vcsim);
    settings.password.clear();
    VsphereClient client(settings);
    VsphereError error;
    QVERIFY(!client.open(&error));
    QCOMPARE(error.faultType, QStringLiteral("InvalidLogin"));
    QVERIFY(!error.hint.isEmpty());
}

void tst_VsphereClient::plainHttp()
{
    VcsimProcess plain;
    QString message;
    QVERIFY2(plain.start({QStringLiteral("-http")}, &message), qPrintable(message));
    QCOMPARE(plain.url().scheme(), QStringLiteral("http"));
    VsphereClient client(settingsFor(plain));
    VsphereError error;
    QVERIFY2(client.open(&error), qPrintable(error.toString()));
    QString time;
    QVERIFY2(client.currentTime(&time, &error), qPrintable(error.toString()));
}

void tst_VsphereClient::reloginAfterTerminatedSession()
{
    VsphereClient client(settingsFor(m_vcsim));
    VsphereClient admin(settingsFor(m_vcsim));
    VsphereError error;
    QVERIFY2(client.open(&error), qPrintable(error.toString()));
    QVERIFY2(admin.open(&error), qPrintable(error.toString()));
    const QString firstKey = client.sessionKey();

    QByteArray response;
    QVERIFY2(admin.call("<TerminateSession>" +
                            VsphereClient::moref("_this", QStringLiteral("SessionManager"),
                                                 admin.serviceContent().sessionManager) +
                            "<sessionId>" + VsphereClient::xmlText(firstKey) +
                            "</sessionId></TerminateSession>",
                        &response, &error),
             qPrintable(error.toString()));

    QString time;
    QVERIFY2(client.currentTime(&time, &error), qPrintable(error.toString()));
    QCOMPARE(client.loginCount(), 2);
    QVERIFY(client.sessionKey() != firstKey);
    QCOMPARE(admin.loginCount(), 1);
}

void tst_VsphereClient::soapFault()
{
    VsphereClient client(settingsFor(m_vcsim));
    VsphereError error;
    QVERIFY2(client.open(&error), qPrintable(error.toString()));
    // vCenter refuses to terminate the caller's own session.
    QByteArray response;
    QVERIFY(!client.call("<TerminateSession>" +
                             VsphereClient::moref("_this", QStringLiteral("SessionManager"),
                                                  client.serviceContent().sessionManager) +
                             "<sessionId>" + VsphereClient::xmlText(client.sessionKey()) +
                             "</sessionId></TerminateSession>",
                         &response, &error));
    QCOMPARE(error.kind, VsphereError::Kind::Fault);
    QCOMPARE(error.faultType, QStringLiteral("InvalidArgument"));
    QVERIFY2(error.message.contains(u"TerminateSession"), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"InvalidArgument"), qPrintable(error.message));
    // The session survives a fault.
    QString time;
    QVERIFY2(client.currentTime(&time, &error), qPrintable(error.toString()));
    QVERIFY(client.isAlive());
}

void tst_VsphereClient::serverStopsMidCall()
{
    VcsimProcess slow;
    QString message;
    QVERIFY2(slow.start({QStringLiteral("-delay"), QStringLiteral("3000")}, &message),
             qPrintable(message));
    VsphereClient client(settingsFor(slow));
    VsphereError error;
    QVERIFY2(client.open(&error), qPrintable(error.toString()));

    // The call is under way on its own thread (every call takes the simulator 3 s) when the
    // simulator dies.
    QString time;
    bool answered = true;
    std::unique_ptr<QThread> caller(
        QThread::create([&] { answered = client.currentTime(&time, &error); }));
    caller->start();
    QTest::qWait(500);
    ::kill(pid_t(slow.processId()), SIGKILL);
    QVERIFY(caller->wait(30000));
    QVERIFY(!answered);
    QCOMPARE(error.kind, VsphereError::Kind::Network);
    // Qt sends a request again once when a kept-alive connection closes before any answer, so
    // the operator reads either the cut or the refusal of the second try.
    QVERIFY2(error.message.contains(u"closed the connection") ||
                 error.message.contains(u"refused the connection"),
             qPrintable(error.message));
    QVERIFY(!error.hint.isEmpty());
    QVERIFY(!client.isAlive());

    // A new simulator and session work at once.
    VsphereClient fresh(settingsFor(m_vcsim));
    QVERIFY2(fresh.open(&error), qPrintable(error.toString()));
    QVERIFY2(fresh.currentTime(&time, &error), qPrintable(error.toString()));
}

void tst_VsphereClient::keepAliveNoticesLostServer()
{
    VcsimProcess doomed;
    QString message;
    QVERIFY2(doomed.start({QStringLiteral("-vm"), QStringLiteral("1")}, &message),
             qPrintable(message));
    VsphereClient::Settings settings = settingsFor(doomed);
    settings.keepAliveMs = 100;
    VsphereClient client(settings);
    VsphereError error;
    QVERIFY2(client.open(&error), qPrintable(error.toString()));
    QVERIFY(client.isAlive());
    doomed.stop();
    // Without any call of ours, the keep-alive finds the server gone.
    QTRY_VERIFY_WITH_TIMEOUT(!client.isAlive(), 20000);
}

void tst_VsphereClient::connectionRefused()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    VsphereClient::Settings settings;
    settings.url = QUrl(QStringLiteral("https://127.0.0.1:%1/sdk").arg(port));
    settings.user = QStringLiteral("user");
    settings.password = QStringLiteral("pass");
    VsphereClient client(settings);
    VsphereError error;
    QVERIFY(!client.open(&error));
    QCOMPARE(error.kind, VsphereError::Kind::Network);
    QVERIFY2(error.message.contains(u"refused the connection"), qPrintable(error.message));
    QVERIFY(!error.hint.isEmpty());
}

void tst_VsphereClient::malformedXml()
{
    RawServer server(httpReply("200 OK", "<soapenv:Envelope><soapenv:Body><oops"));
    VsphereClient::Settings settings;
    settings.url = server.url();
    VsphereClient client(settings);
    VsphereError error;
    QVERIFY(!runAside([&] { return client.open(&error); }));
    QCOMPARE(error.kind, VsphereError::Kind::Malformed);
    QVERIFY2(error.message.contains(u"not a SOAP message"), qPrintable(error.message));
    QVERIFY(!error.hint.isEmpty());
    QVERIFY(server.request().contains("RetrieveServiceContent xmlns=\"urn:vim25\""));
}

void tst_VsphereClient::httpErrorWithoutFault()
{
    RawServer server(httpReply("404 Not Found", "<html>nothing here</html>"));
    VsphereClient::Settings settings;
    settings.url = server.url();
    VsphereClient client(settings);
    VsphereError error;
    QVERIFY(!runAside([&] { return client.open(&error); }));
    QCOMPARE(error.kind, VsphereError::Kind::Http);
    QVERIFY2(error.message.contains(u"404"), qPrintable(error.message));
    QVERIFY(error.hint.contains(u"/sdk"));
}

void tst_VsphereClient::timeout()
{
    RawServer silent({});
    VsphereClient::Settings settings;
    settings.url = silent.url();
    settings.timeoutMs = 300;
    VsphereClient client(settings);
    VsphereError error;
    QVERIFY(!runAside([&] { return client.open(&error); }));
    QCOMPARE(error.kind, VsphereError::Kind::Network);
    QVERIFY2(error.message.contains(u"did not answer"), qPrintable(error.message));
}

void tst_VsphereClient::cancel()
{
    RawServer silent({});
    VsphereClient::Settings settings;
    settings.url = silent.url();
    VsphereClient client(settings);
    VsphereError error;
    CancelFlag flag;
    flag.cancel();
    QByteArray response;
    QVERIFY(!runAside([&] { return client.call("<CurrentTime/>", &response, &error, &flag); }));
    QCOMPARE(error.kind, VsphereError::Kind::Cancelled);
}

QTEST_GUILESS_MAIN(tst_VsphereClient)
#include "tst_vsphereclient.moc"
