#pragma once

#include "core/provider.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMutex>
#include <QString>
#include <QUrl>

#include <atomic>
#include <memory>

class QSslCertificate;
class QThread;

namespace Vantage {

class SoapResponse;
class VsphereTransport;

// How a vSphere call failed, for callers that react differently (the wizard's pin flow, the
// session's re-login); the operator reads the ProviderError part.
struct VsphereError : ProviderError
{
    enum class Kind {
        None,
        Network,              // refused, reset, unreachable, timed out
        UntrustedCertificate, // certificateSha256 is what the operator may choose to pin
        PinMismatch,          // certificateChanged: a pin is stored, the server shows another
        Fault,                // a SOAP fault: faultType names it ("InvalidLogin", ...)
        Malformed,            // not XML, or not the answer asked for
        Http,                 // an HTTP status without a SOAP fault
        Cancelled,
    };
    Kind kind = Kind::None;
    QString faultType;
};

// A vSphere Web Services client: SOAP over HTTP(S) to https://HOST/sdk, one login session.
//
// Threading: the refresh worker, the event catcher and operations call it from their own threads,
// so every call is synchronous for its caller. The network work itself happens on one thread the
// client owns, where its QNetworkAccessManager, its connection cache and the keep-alive timer
// live; callers hand a request over and wait on a semaphore (checking their cancel flag while
// they wait). One manager per client keeps a certificate accepted through one client's pin out
// of every other client's connections. Calls from different threads run in parallel.
class VsphereClient final
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::VsphereClient)

public:
    struct Settings
    {
        QUrl url; // https://host[:port]/sdk or http://...
        QString user;
        QString password;
        QString pinnedSha256; // accept exactly the certificate with this fingerprint
        int timeoutMs = 60000;
        int keepAliveMs = 5 * 60 * 1000;
    };

    // What RetrieveServiceContent names: the morefs later calls are sent to.
    struct ServiceContent
    {
        QString rootFolder;
        QString propertyCollector;
        QString viewManager;
        QString sessionManager;
        QString eventManager; // empty when the server has no events
        QString apiVersion;
        QString fullName; // "VMware vCenter Server 7.0.0 build-..."
        QString instanceUuid;
    };

    explicit VsphereClient(const Settings &settings);
    ~VsphereClient(); // logs out when logged in and the server was reachable
    VsphereClient(const VsphereClient &) = delete;
    VsphereClient &operator=(const VsphereClient &) = delete;

    // RetrieveServiceContent, then Login. False with *error set otherwise.
    bool open(VsphereError *error);
    void logout();

    // Sends one SOAP body (the method element, e.g. "<CurrentTime><_this ...>") and returns the
    // whole response envelope. A NotAuthenticated fault (an expired or terminated session) logs
    // in again once and repeats the call. A SOAP fault is an error whose message has the fault's
    // type and text.
    bool call(const QByteArray &method, QByteArray *response, VsphereError *error,
              const CancelFlag *cancel = nullptr);
    // The same with a whole envelope, as VsphereInventoryQuery builds them.
    bool callEnvelope(const QByteArray &envelope, QByteArray *response, VsphereError *error,
                      const CancelFlag *cancel = nullptr);

    // Reads a small successful answer; false with a Malformed *error when it is not SOAP.
    bool read(const QByteArray &response, SoapResponse *soap, VsphereError *error) const;

    // CurrentTime on the ServiceInstance: the cheapest call that needs a session.
    bool currentTime(QString *time, VsphereError *error);

    const ServiceContent &serviceContent() const { return m_content; }
    QString sessionKey() const;
    QUrl url() const { return m_settings.url; }
    // False after a call could not reach the server or the keep-alive found the session gone.
    bool isAlive() const { return m_alive.load(); }
    int loginCount() const { return m_logins.load(); }

    // "https://host/sdk" from "host", "host:port" or a full http(s) URL; an empty URL with
    // *error set for anything else.
    static QUrl sdkUrl(const QString &endpoint, QString *error);
    // SHA-256 of the DER certificate as upper-case hex pairs joined by colons, as vSphere shows it.
    static QString fingerprint(const QSslCertificate &certificate);
    // Escapes text for an element's content.
    static QByteArray xmlText(const QString &text);
    // <name type="Type">value</name>
    static QByteArray moref(const char *element, const QString &type, const QString &value);

private:
    // One HTTP exchange with the given session cookie; no re-login. *setCookie receives the
    // reply's Set-Cookie header. timeoutMs 0: the settings' timeout.
    bool send(const QByteArray &envelope, const QByteArray &sessionCookie, QByteArray *response,
              VsphereError *error, const CancelFlag *cancel, QByteArray *setCookie,
              int timeoutMs = 0);
    bool login(VsphereError *error); // with m_loginMutex held
    void keepAlive();                // on the network thread
    QByteArray cookie() const;
    QByteArray soapAction() const;
    static QByteArray currentTimeMethod();
    static QByteArray envelope(const QByteArray &method);

    Settings m_settings;
    ServiceContent m_content;
    QThread *m_thread = nullptr;             // Owned.
    VsphereTransport *m_transport = nullptr; // Owned; lives on m_thread.
    QMutex m_loginMutex;                     // one (re-)login at a time
    mutable QMutex m_cookieMutex;            // guards the two below, held only briefly: the
                                             // keep-alive reads them on the network thread
    QByteArray m_cookie;                     // "vmware_soap_session=..."
    QString m_sessionKey;
    std::atomic_bool m_alive = false;
    std::atomic_int m_logins = 0;
};

} // namespace Vantage
