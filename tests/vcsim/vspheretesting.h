#pragma once

#include "core/provider.h"
#include "core/providerstore.h"
#include "tests/vcsim/vcsimprocess.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTcpServer>

#include <functional>

namespace Vantage {
class VsphereClient;
}

// What the vSphere provider's tests share: how they reach the simulator, and a loopback vCenter
// of a test's own for the answers no simulator gives.
namespace Vantage::Testing {

// The simulator's arguments for one cluster of clusterHosts hosts and one standalone host, with
// vms VMs in each of their root resource pools.
QStringList clusterAndStandaloneHost(int clusterHosts, int vms);

// The SHA-256 pin of the simulator's certificate, as an operator pins it.
QString tlsPin(const VcsimProcess &vcsim);

// A vmware manager at endpoint with credentials any vCenter of the tests accepts, pinned to pin
// when one is given.
ManagerConfig vsphereConfig(const QString &endpoint, const QString &pin = {});
// The simulator's URL, pinned to its certificate.
ManagerConfig vsphereConfig(const VcsimProcess &vcsim);
// The same as a provider to add to the database ("Simulated vCenter").
ProviderSpec vsphereProvider(const VcsimProcess &vcsim);

// Runs a VM method that returns a task, e.g. "PowerOffVM_Task"; extra is the rest of its body.
// A failure is logged as a warning.
bool runVmTask(VsphereClient &client, const char *method, const QString &vm,
               const QByteArray &extra = {});

// Runs a blocking call on a thread of its own while this thread serves a LoopbackSoapServer.
void runAside(const std::function<void()> &call);

// A loopback vCenter of a test's own: every whole SOAP request is handed to the test's answer,
// whose bytes (a whole HTTP response) are sent back before the connection closes. An empty answer
// drops the connection without a word.
class LoopbackSoapServer
{
public:
    using Answer = std::function<QByteArray(const QByteArray &request)>;

    explicit LoopbackSoapServer(Answer answer);
    LoopbackSoapServer(const LoopbackSoapServer &) = delete;
    LoopbackSoapServer &operator=(const LoopbackSoapServer &) = delete;

    // http://127.0.0.1:PORT/sdk
    QString endpoint() const;

    // A SOAP envelope around body (soapenv and xsi declared).
    static QByteArray envelope(const QByteArray &body);
    // A whole HTTP response carrying content, which closes the connection.
    static QByteArray http(const QByteArray &content, const QByteArray &headers = {},
                           int status = 200);
    // The answers that let a session log in: the service content (the property collector, view
    // and session managers, plus extraManagers) and the session cookie; empty for any other call.
    static QByteArray loginAnswer(const QByteArray &request, const QByteArray &extraManagers = {});

private:
    Answer m_answer;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_pending;
};

} // namespace Vantage::Testing
