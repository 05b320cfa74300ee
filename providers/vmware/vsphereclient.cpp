#include "providers/vmware/vsphereclient.h"

#include "providers/vmware/soapresponse.h"
#include "providers/vmware/vspherelogging.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkReply>
#include <QPointer>
#include <QSemaphore>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QThread>
#include <QTimer>

#include <functional>

namespace Vantage {

namespace {

// Sent before the server's own version is known; vCenter accepts older versions.
constexpr auto MinimumApiVersion = "6.7";
constexpr int LogoutTimeoutMs = 5000;

// One HTTP exchange handed to the network thread. The caller waits on done; everything below
// it is written on the network thread before done is released.
struct Exchange
{
    QUrl url;
    QByteArray envelope;
    QByteArray soapAction;
    QByteArray cookie;
    QString pinnedSha256;
    int timeoutMs = 0;
    std::function<void(const Exchange &)> onDone; // on the network thread, for the keep-alive

    QSemaphore done;
    QPointer<QNetworkReply> reply;
    bool cancelled = false;
    int httpStatus = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    QString peerSha256;
    bool certificateRejected = false;
    QByteArray setCookie;
    QByteArray body;
};

QString normalizedFingerprint(const QString &text)
{
    QString hex;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            hex.append(c.toUpper());
    }
    return hex;
}

// The name of the method element at the start of text, without a namespace prefix.
QString elementName(const QByteArray &text)
{
    qsizetype end = 1;
    while (end < text.size() && text.at(end) != ' ' && text.at(end) != '>' && text.at(end) != '/')
        ++end;
    const QByteArray name = text.mid(1, end - 1);
    return QString::fromLatin1(name.mid(name.indexOf(':') + 1));
}

// The method an envelope calls, for messages: the first element inside its Body.
QString methodName(const QByteArray &envelope)
{
    const qsizetype body = envelope.indexOf("Body");
    const qsizetype start = body < 0 ? -1 : envelope.indexOf('<', body);
    return start < 0 ? QString() : elementName(envelope.mid(start));
}

} // namespace

// Lives on the client's network thread; owns the QNetworkAccessManager and the keep-alive timer.
class VsphereTransport final : public QObject
{
public:
    void start(const std::shared_ptr<Exchange> &exchange)
    {
        if (!m_network)
            m_network = new QNetworkAccessManager(this);
        QNetworkRequest request(exchange->url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("text/xml; charset=utf-8"));
        request.setRawHeader("SOAPAction", exchange->soapAction);
        // The session cookie is the client's alone, not a shared cookie jar's.
        request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
        request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
        if (!exchange->cookie.isEmpty())
            request.setRawHeader("Cookie", exchange->cookie);
        request.setTransferTimeout(exchange->timeoutMs);
        QNetworkReply *reply = m_network->post(request, exchange->envelope);
        exchange->reply = reply;
        QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                         [reply, exchange](const QList<QSslError> &errors) {
                             QSslCertificate certificate =
                                 reply->sslConfiguration().peerCertificate();
                             if (certificate.isNull() && !errors.isEmpty())
                                 certificate = errors.first().certificate();
                             exchange->peerSha256 = VsphereClient::fingerprint(certificate);
                             if (!exchange->pinnedSha256.isEmpty() &&
                                 normalizedFingerprint(exchange->pinnedSha256) ==
                                     normalizedFingerprint(exchange->peerSha256)) {
                                 reply->ignoreSslErrors(errors);
                                 return;
                             }
                             exchange->certificateRejected = true;
                             qCInfo(lcVsphere) << "certificate of" << exchange->url.host()
                                               << "rejected:" << errors;
                         });
        // Drained as it arrives, into a buffer sized from Content-Length: an inventory page can
        // be tens of MiB, and Qt's buffer plus a final copy would hold it twice.
        QObject::connect(reply, &QNetworkReply::readyRead, this, [reply, exchange] {
            if (exchange->body.isEmpty()) {
                const qint64 length =
                    reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
                if (length > 0)
                    exchange->body.reserve(length);
            }
            exchange->body += reply->readAll();
        });
        QObject::connect(reply, &QNetworkReply::finished, this, [reply, exchange] {
            exchange->httpStatus =
                reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            exchange->networkError = reply->error();
            exchange->networkErrorString = reply->errorString();
            exchange->setCookie = reply->rawHeader("Set-Cookie");
            if (reply->isOpen()) // not after an abort
                exchange->body += reply->readAll();
            reply->deleteLater();
            if (exchange->onDone)
                exchange->onDone(*exchange);
            exchange->done.release();
        });
    }

    void cancel(const std::shared_ptr<Exchange> &exchange)
    {
        // Once finished, the caller may already be reading the exchange: leave it alone.
        if (!exchange->reply || exchange->reply->isFinished())
            return;
        exchange->cancelled = true;
        exchange->reply->abort();
    }

    void startKeepAlive(int intervalMs, std::function<void()> tick)
    {
        if (!m_keepAlive) {
            m_keepAlive = new QTimer(this);
            QObject::connect(m_keepAlive, &QTimer::timeout, this, [this] { m_tick(); });
        }
        m_tick = std::move(tick);
        m_keepAlive->start(intervalMs);
    }

    void stopKeepAlive()
    {
        if (m_keepAlive)
            m_keepAlive->stop();
    }

private:
    QNetworkAccessManager *m_network = nullptr; // Owned (child).
    QTimer *m_keepAlive = nullptr;              // Owned (child).
    std::function<void()> m_tick;
};

VsphereClient::VsphereClient(const Settings &settings)
    : m_settings(settings), m_thread(new QThread), m_transport(new VsphereTransport)
{
    m_thread->setObjectName(QStringLiteral("vsphere %1").arg(settings.url.host()));
    m_transport->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_transport, &QObject::deleteLater);
    m_thread->start();
}

VsphereClient::~VsphereClient()
{
    logout();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

bool VsphereClient::open(VsphereError *error)
{
    QByteArray response;
    if (!send(envelope("<RetrieveServiceContent>"
                       "<_this type=\"ServiceInstance\">ServiceInstance</_this>"
                       "</RetrieveServiceContent>"),
              {}, &response, error, nullptr, nullptr))
        return false;
    SoapResponse soap;
    if (!read(response, &soap, error))
        return false;
    m_content.rootFolder = soap.text(u"returnval/rootFolder");
    m_content.propertyCollector = soap.text(u"returnval/propertyCollector");
    m_content.viewManager = soap.text(u"returnval/viewManager");
    m_content.sessionManager = soap.text(u"returnval/sessionManager");
    m_content.eventManager = soap.text(u"returnval/eventManager");
    m_content.apiVersion = soap.text(u"returnval/about/apiVersion");
    m_content.fullName = soap.text(u"returnval/about/fullName");
    m_content.instanceUuid = soap.text(u"returnval/about/instanceUuid");
    if (m_content.rootFolder.isEmpty() || m_content.propertyCollector.isEmpty() ||
        m_content.sessionManager.isEmpty()) {
        error->kind = VsphereError::Kind::Malformed;
        error->message = tr("%1 answered, but not with a vSphere service description.")
                             .arg(m_settings.url.toDisplayString());
        error->hint = tr("Check that the address is a vCenter or ESXi API endpoint (…/sdk).");
        return false;
    }
    QMutexLocker relogin(&m_loginMutex);
    return login(error);
}

bool VsphereClient::login(VsphereError *error)
{
    if (m_settings.user.isEmpty() || m_settings.password.isEmpty()) {
        error->kind = VsphereError::Kind::Fault;
        error->faultType = QStringLiteral("InvalidLogin");
        error->message = tr("No user name or password is set for %1.").arg(m_settings.url.host());
        error->hint = tr("Enter the credentials of a vCenter user with read access.");
        return false;
    }
    const QByteArray method =
        "<Login>" + moref("_this", QStringLiteral("SessionManager"), m_content.sessionManager) +
        "<userName>" + xmlText(m_settings.user) + "</userName><password>" +
        xmlText(m_settings.password) + "</password></Login>";
    QByteArray response;
    QByteArray setCookie;
    if (!send(envelope(method), {}, &response, error, nullptr, &setCookie)) {
        if (error->faultType == u"InvalidLogin") {
            error->message = tr("%1 refused the user name or password.").arg(m_settings.url.host());
            error->hint = tr("Check the credentials; the account may also be locked or expired.");
        }
        return false;
    }
    QByteArray cookie;
    for (const QNetworkCookie &c : QNetworkCookie::parseCookies(setCookie)) {
        if (c.name() == "vmware_soap_session")
            cookie = c.name() + '=' + c.value();
    }
    if (cookie.isEmpty()) {
        error->kind = VsphereError::Kind::Malformed;
        error->message =
            tr("%1 accepted the login but sent no session cookie.").arg(m_settings.url.host());
        error->hint = tr("Check that no proxy strips cookies between here and vCenter.");
        return false;
    }
    SoapResponse soap;
    if (!read(response, &soap, error))
        return false;
    {
        QMutexLocker lock(&m_cookieMutex);
        m_cookie = cookie;
        m_sessionKey = soap.text(u"returnval/key");
    }
    ++m_logins;
    m_alive = true;
    qCInfo(lcVsphere) << "logged in to" << m_settings.url.host() << "as" << m_settings.user;
    if (m_settings.keepAliveMs > 0) {
        QMetaObject::invokeMethod(m_transport, [this] {
            m_transport->startKeepAlive(m_settings.keepAliveMs, [this] { keepAlive(); });
        });
    }
    return true;
}

void VsphereClient::keepAlive()
{
    // Runs on the network thread, so it must not wait: it sends and forgets. A session found
    // gone is not logged in again here; the next call does that.
    auto exchange = std::make_shared<Exchange>();
    exchange->url = m_settings.url;
    exchange->envelope = envelope(currentTimeMethod());
    exchange->soapAction = soapAction();
    exchange->cookie = cookie();
    exchange->pinnedSha256 = m_settings.pinnedSha256;
    exchange->timeoutMs = m_settings.timeoutMs;
    exchange->onDone = [this](const Exchange &done) {
        m_alive = done.httpStatus != 0;
        if (!m_alive)
            qCWarning(lcVsphere) << "keep-alive to" << m_settings.url.host()
                                 << "failed:" << done.networkErrorString;
    };
    m_transport->start(exchange);
}

void VsphereClient::logout()
{
    const QByteArray sessionCookie = cookie();
    if (sessionCookie.isEmpty())
        return;
    QMetaObject::invokeMethod(m_transport, [this] { m_transport->stopKeepAlive(); });
    // Logging out is a courtesy to vCenter's session limit; a server already found unreachable
    // is not waited for, and a hung one only briefly (this runs when a session is dropped).
    if (m_alive) {
        QByteArray response;
        VsphereError ignored;
        send(envelope("<Logout>" +
                      moref("_this", QStringLiteral("SessionManager"), m_content.sessionManager) +
                      "</Logout>"),
             sessionCookie, &response, &ignored, nullptr, nullptr,
             qMin(m_settings.timeoutMs, LogoutTimeoutMs));
    }
    QMutexLocker lock(&m_cookieMutex);
    m_cookie.clear();
    m_sessionKey.clear();
}

bool VsphereClient::call(const QByteArray &method, QByteArray *response, VsphereError *error,
                         const CancelFlag *cancel)
{
    return callEnvelope(envelope(method), response, error, cancel);
}

bool VsphereClient::callEnvelope(const QByteArray &envelope, QByteArray *response,
                                 VsphereError *error, const CancelFlag *cancel)
{
    const QByteArray used = cookie();
    if (send(envelope, used, response, error, cancel, nullptr))
        return true;
    if (error->kind != VsphereError::Kind::Fault || error->faultType != u"NotAuthenticated")
        return false;
    {
        QMutexLocker relogin(&m_loginMutex);
        // Another thread may have logged in again while this one waited.
        if (cookie() == used) {
            qCInfo(lcVsphere) << "session on" << m_settings.url.host()
                              << "expired; logging in again";
            VsphereError loginError;
            if (!login(&loginError)) {
                *error = loginError;
                return false;
            }
        }
    }
    *error = {};
    return send(envelope, cookie(), response, error, cancel, nullptr);
}

bool VsphereClient::read(const QByteArray &response, SoapResponse *soap, VsphereError *error) const
{
    if (soap->parse(response) && !soap->isFault())
        return true;
    error->kind = VsphereError::Kind::Malformed;
    error->message = soap->isFault()
                         ? tr("%1 sent a fault with a success status: %2 (%3).")
                               .arg(m_settings.url.host(), soap->faultString(), soap->faultType())
                         : tr("%1 sent an answer that is not a SOAP message (%2).")
                               .arg(m_settings.url.host(), soap->parseError());
    error->hint = tr("Check that the address is a vCenter or ESXi API endpoint, and that no proxy "
                     "rewrites its answers.");
    return false;
}

bool VsphereClient::currentTime(QString *time, VsphereError *error)
{
    QByteArray response;
    if (!call(currentTimeMethod(), &response, error))
        return false;
    SoapResponse soap;
    if (!read(response, &soap, error))
        return false;
    *time = soap.text(u"returnval");
    return true;
}

QString VsphereClient::sessionKey() const
{
    QMutexLocker lock(&m_cookieMutex);
    return m_sessionKey;
}

QByteArray VsphereClient::cookie() const
{
    QMutexLocker lock(&m_cookieMutex);
    return m_cookie;
}

QByteArray VsphereClient::soapAction() const
{
    const QString version = m_content.apiVersion.isEmpty() ? QString::fromLatin1(MinimumApiVersion)
                                                           : m_content.apiVersion;
    return "urn:vim25/" + version.toLatin1();
}

QByteArray VsphereClient::currentTimeMethod()
{
    return QByteArrayLiteral("<CurrentTime><_this type=\"ServiceInstance\">ServiceInstance</_this>"
                             "</CurrentTime>");
}

QByteArray VsphereClient::envelope(const QByteArray &method)
{
    // The method element carries vim25's namespace; callers write it without.
    QByteArray qualified = method;
    qualified.insert(1 + elementName(method).size(), " xmlns=\"urn:vim25\"");
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
           "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>" +
           qualified + "</soapenv:Body></soapenv:Envelope>";
}

bool VsphereClient::send(const QByteArray &envelope, const QByteArray &sessionCookie,
                         QByteArray *response, VsphereError *error, const CancelFlag *cancel,
                         QByteArray *setCookie, int timeoutMs)
{
    Q_ASSERT(QThread::currentThread() != m_thread);
    const QString name = methodName(envelope);
    const QString host = m_settings.url.port() > 0
                             ? m_settings.url.host() + u':' + QString::number(m_settings.url.port())
                             : m_settings.url.host();
    if (cancel && cancel->isCancelled()) {
        error->kind = VsphereError::Kind::Cancelled;
        error->message = tr("The call %1 to %2 was cancelled.").arg(name, host);
        return false;
    }
    auto exchange = std::make_shared<Exchange>();
    exchange->url = m_settings.url;
    exchange->envelope = envelope;
    exchange->soapAction = soapAction();
    exchange->cookie = sessionCookie;
    exchange->pinnedSha256 = m_settings.pinnedSha256;
    exchange->timeoutMs = timeoutMs > 0 ? timeoutMs : m_settings.timeoutMs;
    QMetaObject::invokeMethod(m_transport, [this, exchange] { m_transport->start(exchange); });
    bool cancelSent = false;
    while (!exchange->done.tryAcquire(1, 100)) {
        if (!cancelSent && cancel && cancel->isCancelled()) {
            QMetaObject::invokeMethod(m_transport,
                                      [this, exchange] { m_transport->cancel(exchange); });
            cancelSent = true;
        }
    }

    if (exchange->cancelled) {
        error->kind = VsphereError::Kind::Cancelled;
        error->message = tr("The call %1 to %2 was cancelled.").arg(name, host);
        return false;
    }
    if (exchange->certificateRejected) {
        error->certificateSha256 = exchange->peerSha256;
        error->certificateChanged = !m_settings.pinnedSha256.isEmpty();
        if (m_settings.pinnedSha256.isEmpty()) {
            error->kind = VsphereError::Kind::UntrustedCertificate;
            error->message = tr("The certificate of %1 is not trusted. Its SHA-256 fingerprint is "
                                "%2.")
                                 .arg(host, exchange->peerSha256);
            error->hint = tr("If vCenter shows the same fingerprint, trust this certificate; "
                             "otherwise install the certificate authority that signed it.");
        } else {
            error->kind = VsphereError::Kind::PinMismatch;
            error->message = tr("The certificate of %1 has changed: its SHA-256 fingerprint is %2, "
                                "the trusted one is %3.")
                                 .arg(host, exchange->peerSha256, m_settings.pinnedSha256);
            error->hint = tr("If the certificate was replaced on purpose, trust the new one; "
                             "otherwise someone may be intercepting the connection.");
        }
        return false;
    }
    if (exchange->httpStatus == 0) {
        m_alive = false;
        error->kind = VsphereError::Kind::Network;
        switch (exchange->networkError) {
        case QNetworkReply::ConnectionRefusedError:
            error->message = tr("%1 refused the connection.").arg(host);
            error->hint = tr("Check the host name and port, and that the vCenter services run.");
            break;
        case QNetworkReply::RemoteHostClosedError:
            error->message = tr("%1 closed the connection during %2.").arg(host, name);
            error->hint = tr("vCenter may be restarting; try again in a few minutes.");
            break;
        case QNetworkReply::HostNotFoundError:
            error->message = tr("The host name %1 is not known.").arg(m_settings.url.host());
            error->hint = tr("Check its spelling and this computer's DNS settings.");
            break;
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
            error->message = tr("%1 did not answer %2 within %3 seconds.")
                                 .arg(host, name)
                                 .arg(m_settings.timeoutMs / 1000);
            error->hint = tr("Check the network between here and vCenter, and its load.");
            break;
        default:
            error->message = tr("Cannot reach %1: %2.").arg(host, exchange->networkErrorString);
            error->hint = tr("Check the address and the network between here and vCenter.");
            break;
        }
        return false;
    }
    m_alive = true;

    // vSphere sends faults with status 500. A successful answer is read by the caller only: an
    // inventory page is far too big to be walked twice.
    if (exchange->httpStatus != 200) {
        SoapResponse soap;
        if (soap.parse(exchange->body) && soap.isFault()) {
            error->kind = VsphereError::Kind::Fault;
            error->faultType = soap.faultType();
            error->message = soap.faultString().isEmpty()
                                 ? tr("%1 refused %2: %3.").arg(host, name, soap.faultType())
                                 : tr("%1 refused %2: %3 (%4).")
                                       .arg(host, name, soap.faultString(), soap.faultType());
            return false;
        }
        error->kind = VsphereError::Kind::Http;
        error->message =
            tr("%1 answered %2 with HTTP status %3.").arg(host, name).arg(exchange->httpStatus);
        error->hint = exchange->httpStatus == 404
                          ? tr("Check the address: the vSphere API is at https://HOST/sdk.")
                          : tr("Check that the address is a vCenter or ESXi API endpoint.");
        return false;
    }
    *response = std::move(exchange->body);
    if (setCookie)
        *setCookie = exchange->setCookie;
    return true;
}

QUrl VsphereClient::sdkUrl(const QString &endpoint, QString *error)
{
    const QString text = endpoint.trimmed();
    QUrl url;
    if (text.contains(u"://")) {
        url = QUrl(text, QUrl::StrictMode);
    } else {
        url = QUrl(QStringLiteral("https://") + text, QUrl::StrictMode);
    }
    if (!url.isValid() || url.host().isEmpty()) {
        *error = tr("\"%1\" is not a host name or an https://…/sdk address.").arg(endpoint);
        return {};
    }
    if (url.scheme() != u"https" && url.scheme() != u"http") {
        *error = tr("The address must start with https:// (or http:// for a test server).");
        return {};
    }
    if (!url.userInfo().isEmpty()) {
        *error = tr("Leave the user name out of the address; enter it as the credentials.");
        return {};
    }
    if (url.path().isEmpty() || url.path() == u"/")
        url.setPath(QStringLiteral("/sdk"));
    return url;
}

QString VsphereClient::fingerprint(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex(':').toUpper());
}

QByteArray VsphereClient::xmlText(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray VsphereClient::moref(const char *element, const QString &type, const QString &value)
{
    return QByteArray("<") + element + " type=\"" + xmlText(type) + "\">" + xmlText(value) + "</" +
           element + '>';
}

} // namespace Vantage
