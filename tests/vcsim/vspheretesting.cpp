#include "tests/vcsim/vspheretesting.h"

#include "providers/vmware/vsphereclient.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QTcpSocket>
#include <QThread>

#include <memory>

namespace Vantage::Testing {

QStringList clusterAndStandaloneHost(int clusterHosts, int vms)
{
    return {QStringLiteral("-cluster"),
            QStringLiteral("1"),
            QStringLiteral("-host"),
            QString::number(clusterHosts),
            QStringLiteral("-standalone-host"),
            QStringLiteral("1"),
            QStringLiteral("-vm"),
            QString::number(vms)};
}

QString tlsPin(const VcsimProcess &vcsim)
{
    return VsphereClient::fingerprint(QSslCertificate::fromPath(vcsim.certificatePath()).value(0));
}

ManagerConfig vsphereConfig(const QString &endpoint, const QString &pin)
{
    ManagerConfig config;
    config.type = QStringLiteral("vmware");
    config.endpoints = {endpoint};
    config.credentials = {QStringLiteral("user"), QStringLiteral("pass")};
    if (!pin.isEmpty())
        config.options.insert(QLatin1StringView(ManagerOption::TlsPinSha256), pin);
    return config;
}

ManagerConfig vsphereConfig(const VcsimProcess &vcsim)
{
    return vsphereConfig(vcsim.url().toString(), tlsPin(vcsim));
}

ProviderSpec vsphereProvider(const VcsimProcess &vcsim)
{
    const ManagerConfig config = vsphereConfig(vcsim);
    ProviderSpec provider;
    provider.name = QStringLiteral("Simulated vCenter");
    provider.type = config.type;
    provider.endpoints = config.endpoints;
    provider.credentials = config.credentials;
    provider.options = config.options;
    return provider;
}

bool runVmTask(VsphereClient &client, const char *method, const QString &vm,
               const QByteArray &extra)
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

void runAside(const std::function<void()> &call)
{
    std::unique_ptr<QThread> worker(QThread::create(call));
    worker->start();
    while (!worker->wait(10))
        QCoreApplication::processEvents();
}

LoopbackSoapServer::LoopbackSoapServer(Answer answer) : m_answer(std::move(answer))
{
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                QByteArray &request = m_pending[socket];
                request += socket->readAll();
                if (!request.contains("Envelope>"))
                    return;
                const QByteArray reply = m_answer(request);
                if (reply.isEmpty())
                    socket->abort();
                else
                    socket->write(reply);
                socket->disconnectFromHost();
                m_pending.remove(socket);
            });
        }
    });
    m_server.listen(QHostAddress::LocalHost);
}

QString LoopbackSoapServer::endpoint() const
{
    return QStringLiteral("http://127.0.0.1:%1/sdk").arg(m_server.serverPort());
}

QByteArray LoopbackSoapServer::envelope(const QByteArray &body)
{
    return "<?xml version=\"1.0\"?><soapenv:Envelope xmlns:soapenv="
           "\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:xsi="
           "\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>" +
           body + "</soapenv:Body></soapenv:Envelope>";
}

QByteArray LoopbackSoapServer::http(const QByteArray &content, const QByteArray &headers,
                                    int status)
{
    return "HTTP/1.1 " + QByteArray::number(status) +
           (status == 200 ? " OK" : " Internal Server Error") + "\r\nContent-Type: text/xml\r\n" +
           headers + "Content-Length: " + QByteArray::number(content.size()) +
           "\r\nConnection: close\r\n\r\n" + content;
}

QByteArray LoopbackSoapServer::loginAnswer(const QByteArray &request,
                                           const QByteArray &extraManagers)
{
    if (request.contains("<RetrieveServiceContent")) {
        return http(envelope("<RetrieveServiceContentResponse><returnval>"
                             "<rootFolder type=\"Folder\">group-d1</rootFolder>"
                             "<propertyCollector type=\"PropertyCollector\">pc</propertyCollector>"
                             "<viewManager type=\"ViewManager\">vm</viewManager>"
                             "<sessionManager type=\"SessionManager\">sm</sessionManager>" +
                             extraManagers + "</returnval></RetrieveServiceContentResponse>"));
    }
    if (request.contains("<Login")) {
        return http(envelope("<LoginResponse><returnval><key>k1</key></returnval></LoginResponse>"),
                    "Set-Cookie: vmware_soap_session=\"abc\"; Path=/\r\n");
    }
    return {};
}

} // namespace Vantage::Testing
