#pragma once

#include "core/provider.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QWaitCondition>

#include <memory>

struct _virConnect; // libvirt's connection; kept out of this header so users need no libvirt
struct _virDomain;

namespace Vantage {

// A libvirt manager: one connection per endpoint URI, all hosts of one cluster. Connections are
// opened once and never replaced, so isAlive() needs no lock; collections take m_collectMutex so
// that two workers never walk the same hosts at once. libvirt connections are themselves
// thread-safe.
class LibvirtEventHub;

// Events (subscribeEvents) arrive on libvirt's event loop thread through LibvirtEventHub; every
// connection has keepalive on and is watched for closing, which isAlive() reflects.
class LibvirtSession final : public ManagerSession
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::LibvirtSession)

public:
    // Opens every endpoint; nullptr with *error set when any of them fails.
    static std::shared_ptr<LibvirtSession> open(const ManagerConfig &config, ProviderError *error);

    ~LibvirtSession() override;
    LibvirtSession(const LibvirtSession &) = delete;
    LibvirtSession &operator=(const LibvirtSession &) = delete;

    bool isAlive() const override;
    bool collectInventory(InventoryCollection *out, const CancelFlag &cancel,
                          const ProgressCallback &progress, ProviderError *error) override;
    bool collectTargets(const QList<InventoryTarget> &targets, InventoryCollection *out,
                        ProviderError *error) override;
    bool subscribeEvents(const EventCallback &sink, const ConnectionLostCallback &onLost,
                         ProviderError *error) override;
    void unsubscribeEvents() override;
    // One bulk virConnectGetAllDomainStats per host; groups the driver leaves out (the test
    // driver gives only the state) are read per domain instead. Running and paused domains get a
    // sample, shut-off ones none; every host gets one. Never waits for a running inventory
    // collection.
    bool collectMetrics(QList<MetricCounters> *out, ProviderError *error) override;

    // Lifecycle operations (libvirtoperations.cpp). Operations on one VM run one at a time;
    // different VMs are changed in parallel. Device changes that the driver cannot hot-plug
    // (libvirt's test driver attaches and detaches nothing) rewrite the VM's definition instead.
    bool powerOperation(const QString &vmRef, PowerOperation operation, ProviderError *error,
                        const OperationControl &control = {}) override;
    bool provisionVm(const ProvisionSpec &spec, QString *vmRef, ProviderError *error,
                     const OperationControl &control = {}) override;
    bool reconfigureVm(const QString &vmRef, const ReconfigureSpec &spec, ProviderError *error,
                       const OperationControl &control = {}) override;
    bool removeVm(const QString &vmRef, bool deleteStorage, ProviderError *error,
                  const OperationControl &control = {}) override;
    bool diskSources(const QString &vmRef, QList<DiskSource> *out, ProviderError *error) override;

    // What libvirt's close callback does when a connection to uri drops. For tests: the
    // in-process test driver never closes a connection under us.
    void simulateConnectionClosed(const QString &uri);

    // The open connection to the host at uri (as configured; surrounding spaces ignored), or
    // nullptr when the session has no such endpoint. This is the hook for operations (start,
    // stop, ...) and for tests: they must act through the session's own connection, since the
    // test driver keeps its state per connection. Owned by the session and valid while it lives;
    // never close it. libvirt connections are thread-safe.
    _virConnect *connectionFor(const QString &uri) const;

    // Cheap counts for verify(): no XML is read.
    bool countObjects(int *hosts, int *vms, ProviderError *error) const;

private:
    struct Host
    {
        QString uri;
        _virConnect *conn = nullptr; // Owned.
        QString emsRef;
        QString label;
        QString cpuModel; // from the capabilities, when libvirt knows the host's CPU model
    };

    explicit LibvirtSession(const ManagerConfig &config);

    bool openHost(const QString &uri, const Credentials &credentials, Host *host,
                  ProviderError *error);
    void identifyHost(Host *host);
    bool collectHost(const Host &host, HostRecord *out, ProviderError *error) const;
    bool collectNetworks(const Host &host, InventoryCollection *out, ProviderError *error) const;
    bool collectStorage(const Host &host, InventoryCollection *out,
                        QHash<QString, qint64> *capacityByPath, ProviderError *error) const;

    // Disk targets and NIC MACs of a domain, for the per-domain metrics fallback only (drivers
    // whose bulk stats lack the BLOCK or INTERFACE group). Filled from every inventory and
    // targeted collection, so metrics never re-read domain XML; a domain missing here (no
    // inventory yet) has its XML read once. A device that no longer exists drops the entry.
    struct DeviceNames
    {
        QList<QByteArray> diskTargets;
        QList<QByteArray> nicMacs;
    };
    void rememberDevices(const InventoryCollection &collection, bool replaceAll);
    DeviceNames devicesOf(_virDomain *dom, const QString &ref, bool *ok);
    void forgetDevices(const QString &ref);
    bool collectHostMetrics(const Host &host, QList<MetricCounters> *out,
                            ProviderError *error) const;

    // The lifecycle operations' helpers, in libvirtoperations.cpp.
    struct Operations;

    // Credentials are used while opening and not kept: a lost connection means a new session.
    QString m_clusterName;
    QList<Host> m_hosts;
    QMutex m_collectMutex;
    QMutex m_metricsMutex; // one metrics collection at a time, independent of m_collectMutex
    mutable QMutex m_devicesMutex;
    QHash<QString, DeviceNames> m_devices;     // by the VM's ems_ref
    std::shared_ptr<LibvirtEventHub> m_events; // libvirt's callbacks share it
    QMutex m_busyMutex;
    QWaitCondition m_busyReleased;
    QSet<QString> m_busy; // VMs (and names of VMs being made) an operation is changing
};

} // namespace Vantage
