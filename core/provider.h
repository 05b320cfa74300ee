#pragma once

#include "core/events.h"
#include "core/inventory.h"
#include "core/metrics.h"
#include "core/operations.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <atomic>
#include <functional>
#include <memory>

namespace Vantage {

// Manager kinds follow ManageIQ's ExtManagementSystem families.
namespace ManagerKind {
inline constexpr auto Infrastructure = "infra";
inline constexpr auto Cloud = "cloud";
inline constexpr auto Configuration = "configuration";
inline constexpr auto Provisioning = "provisioning";
inline constexpr auto Container = "container";
} // namespace ManagerKind

struct Credentials
{
    QString user;
    QString password;
    bool isEmpty() const { return user.isEmpty() && password.isEmpty(); }
};

// Everything a provider needs to reach one manager. Credentials are filled in from the keychain
// just before connecting and never stored alongside the rest.
struct ManagerConfig
{
    qint64 id = 0;
    QString providerName;
    QString type;
    QString name;
    QStringList endpoints;
    QVariantMap options;
    Credentials credentials;
};

// Reported while collecting; stage is a short user-facing phrase ("Reading domains").
struct CollectProgress
{
    int done = 0;
    int total = 0;
    QString stage;
};

// Long calls check this often and return early when it is set.
class CancelFlag
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic_bool m_cancelled = false;
};

using ProgressCallback = std::function<void(const CollectProgress &)>;

// How the caller of a lifecycle operation follows and stops it. progress gets the percent done
// (total 100) from the calling thread; stopRequested, when set, is asked between the manager's
// steps, and true ends the operation early (the manager is asked to cancel what it still does,
// and what the operation made so far is removed).
struct OperationControl
{
    ProgressCallback progress;
    std::function<bool()> stopRequested;
};

// The objects whose stored properties the manager says have changed (only the kinds and refs;
// the refresh worker reads them again with collectTargets).
using InventoryChangeCallback = std::function<void(const QList<InventoryTarget> &changed)>;

// Keys of ManagerConfig::options that more than one part of Vantage reads or writes.
namespace ManagerOption {
// The SHA-256 fingerprint ("AB:CD:...", 32 pairs) of a TLS certificate the operator accepted
// although no installed authority signed it: exactly that certificate is trusted.
inline constexpr auto TlsPinSha256 = "tls_pin_sha256";
} // namespace ManagerOption

// Failures are phrased for an operator: what went wrong, and what to do about it.
struct ProviderError
{
    QString message;
    QString hint;
    // Set when the server's certificate is not trusted or differs from the pinned one: what the
    // operator may compare and then store under ManagerOption::TlsPinSha256.
    QString certificateSha256;
    // A pin was stored and the server now shows another certificate.
    bool certificateChanged = false;
    QString toString() const { return hint.isEmpty() ? message : message + u' ' + hint; }
};

// One live connection to one manager. The refresh worker, event catcher, metrics collector and
// operations of a manager share one session (libvirt's test driver keeps its state per
// connection), so implementations must be safe to call from several threads.
class ManagerSession
{
public:
    virtual ~ManagerSession() = default;

    virtual bool isAlive() const = 0;

    // A full collection; false with *error set when the manager could not be read.
    virtual bool collectInventory(InventoryCollection *out, const CancelFlag &cancel,
                                  const ProgressCallback &progress, ProviderError *error) = 0;

    // Only the targets; a target the manager no longer has is simply left out of *out.
    virtual bool collectTargets(const QList<InventoryTarget> &targets, InventoryCollection *out,
                                ProviderError *error) = 0;

    // Starts delivering the manager's native events to sink (from any thread) until
    // unsubscribeEvents() returns; onLost is called once if the connection drops. False with
    // *error set when the provider has no events or subscribing failed. One subscriber at a time.
    virtual bool subscribeEvents(const EventCallback &sink, const ConnectionLostCallback &onLost,
                                 ProviderError *error)
    {
        Q_UNUSED(sink);
        Q_UNUSED(onLost);
        error->message = QStringLiteral("This provider reports no events.");
        return false;
    }
    // After it returns, sink and onLost are no longer called.
    virtual void unsubscribeEvents() {}

    // Starts reporting property changes of the manager's objects to onChanged (from any thread)
    // until unwatchInventory() returns; onLost is called once if the watch fails. False when the
    // provider cannot watch (the refresh worker then relies on events and full refreshes).
    virtual bool watchInventory(const InventoryChangeCallback &onChanged,
                                const ConnectionLostCallback &onLost, ProviderError *error)
    {
        Q_UNUSED(onChanged);
        Q_UNUSED(onLost);
        error->message = QStringLiteral("This provider does not report inventory changes.");
        return false;
    }
    // After it returns, onChanged and onLost are no longer called.
    virtual void unwatchInventory() {}

    // The latest sample of every running VM and host of the manager (cumulative counters, or the
    // manager's own averages: see MetricCounters), in as few calls as the manager allows; a
    // manager that averages may add the samples since the last call, each with its own time.
    // False with *error set when it could not be read or the provider has no metrics.
    virtual bool collectMetrics(QList<MetricCounters> *out, ProviderError *error)
    {
        Q_UNUSED(out);
        error->message = QStringLiteral("This provider reports no metrics.");
        return false;
    }

    // Lifecycle operations (see core/operations.h). Each returns when the manager has accepted
    // the change (a graceful shutdown returns once asked, not once the guest is off); false with
    // *error set, worded for an operator, when it refused or the provider has no operations.
    // A manager that runs them as tasks reports their progress and stops waiting as control
    // says; overrides repeat the empty default.
    virtual bool powerOperation(const QString &vmRef, PowerOperation operation,
                                ProviderError *error, const OperationControl &control = {})
    {
        Q_UNUSED(vmRef);
        Q_UNUSED(operation);
        Q_UNUSED(control);
        return noOperations(error);
    }
    // Creates the VM (and its disks); *vmRef is the new VM's ems_ref. On failure nothing it
    // created is left behind.
    virtual bool provisionVm(const ProvisionSpec &spec, QString *vmRef, ProviderError *error,
                             const OperationControl &control = {})
    {
        Q_UNUSED(spec);
        Q_UNUSED(vmRef);
        Q_UNUSED(control);
        return noOperations(error);
    }
    virtual bool reconfigureVm(const QString &vmRef, const ReconfigureSpec &spec,
                               ProviderError *error, const OperationControl &control = {})
    {
        Q_UNUSED(vmRef);
        Q_UNUSED(spec);
        Q_UNUSED(control);
        return noOperations(error);
    }
    // Removes a shut-off VM from the manager; with deleteStorage its disk volumes too. Used by
    // retirement and by the rollback of a failed request.
    virtual bool removeVm(const QString &vmRef, bool deleteStorage, ProviderError *error,
                          const OperationControl &control = {})
    {
        Q_UNUSED(vmRef);
        Q_UNUSED(deleteStorage);
        Q_UNUSED(control);
        return noOperations(error);
    }
    // The VM's disk images, for SmartState analysis.
    virtual bool diskSources(const QString &vmRef, QList<DiskSource> *out, ProviderError *error)
    {
        Q_UNUSED(vmRef);
        Q_UNUSED(out);
        error->message = QStringLiteral("This provider gives no access to disk images.");
        return false;
    }

private:
    static bool noOperations(ProviderError *error)
    {
        error->message = QStringLiteral("This provider cannot change its VMs.");
        return false;
    }
};

// What the Add Provider wizard shows for a type's endpoint field.
struct EndpointDescription
{
    QString label;         // "URI"
    QString placeholder;   // "qemu:///system"
    bool multiple = false; // several endpoints form one cluster
    bool needsCredentials = false;
};

struct VerifyResult
{
    bool ok = false;
    QString summary; // "2 hosts, 34 VMs" on success
    ProviderError error;
};

// A provider type: a factory for sessions. Registered once in the ProviderRegistry.
class ProviderType
{
public:
    virtual ~ProviderType() = default;

    virtual QString id() const = 0;          // "libvirt"
    virtual QString displayName() const = 0; // "libvirt (KVM/QEMU)"
    virtual QString managerKind() const = 0; // ManagerKind::Infrastructure
    virtual EndpointDescription endpointDescription() const = 0;

    // Checks endpoint syntax before anything connects; empty when fine.
    virtual QString validateEndpoint(const QString &endpoint) const = 0;

    virtual std::shared_ptr<ManagerSession> connect(const ManagerConfig &config,
                                                    ProviderError *error) const = 0;

    // Connects, reads a little, disconnects: the wizard's Verify step and `provider add`.
    virtual VerifyResult verify(const ManagerConfig &config) const = 0;

    // The mapping of native event names to generic types, as JSON data (see EventMapping).
    // Empty when the type reports no events.
    virtual QByteArray eventMappingJson() const { return {}; }

    // Whether its sessions' collectMetrics() works; a metrics collector runs only where it does.
    virtual bool hasMetrics() const { return false; }

    // Whether its sessions implement the lifecycle operations; the UI offers them only then.
    virtual bool hasOperations() const { return false; }
    // Whether provisionVm() also builds a VM from an image or ISO volume
    // (ProvisionSpec::sourceVolumeRef), not only by cloning a VM or template.
    virtual bool provisionsFromVolumes() const { return true; }
    // Whether provisionVm() clones a running VM too (consistently, as vSphere does through a
    // snapshot); otherwise only shut-off VMs and templates.
    virtual bool clonesRunningVms() const { return false; }
};

} // namespace Vantage
