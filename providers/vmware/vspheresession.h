#pragma once

#include "core/provider.h"
#include "providers/vmware/vsphereclient.h"

#include <QCoreApplication>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace Vantage {

class VsphereInventoryMapper;
class VsphereOperations;
class VspherePerformance;
class VsphereUpdateWatcher;
struct VsphereEvent;

// One vCenter (or ESXi host) as a manager: one VsphereClient, logged in for the session's life
// and logged in again by the client when vCenter drops the session. The client's calls are
// synchronous and may come from any thread, so the session needs no lock of its own.
//
// Events come from an EventHistoryCollector whose latestPage is read every PollIntervalMs on a
// thread of the session's own (ReadNextEvents' cursor does not move on to newer events on every
// server, the simulator's among them): the client's network thread must never sit in a poll
// interval, and a thread waiting on a condition variable lets unsubscribeEvents() stop it at once.
class VsphereSession final : public ManagerSession
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::VsphereSession)

public:
    // Logs in to the first endpoint; nullptr with *error set otherwise.
    static std::shared_ptr<VsphereSession> open(const ManagerConfig &config, VsphereError *error);
    static VsphereClient::Settings settingsFor(const ManagerConfig &config, QString *error);

    ~VsphereSession() override;

    bool isAlive() const override;
    // A recursive ContainerView of the root folder read in pages of RetrievePropertiesEx; *out
    // changes only when every page was read.
    bool collectInventory(InventoryCollection *out, const CancelFlag &cancel,
                          const ProgressCallback &progress, ProviderError *error) override;
    // VMs, hosts, clusters, datastores and networks by moref; other kinds are left out.
    bool collectTargets(const QList<InventoryTarget> &targets, InventoryCollection *out,
                        ProviderError *error) override;

    // A collector of the events from now on, read every PollIntervalMs; each vSphere event once,
    // named by its type (VmPoweredOnEvent, ...). A failed read calls onLost and stops polling.
    bool subscribeEvents(const EventCallback &sink, const ConnectionLostCallback &onLost,
                         ProviderError *error) override;
    void unsubscribeEvents() override;
    static constexpr int PollIntervalMs = 2000;
    // What subscribeEvents() delivers for a vSphere event.
    static RawEvent rawEvent(const VsphereEvent &event);

    // Property changes from a PropertyCollector's WaitForUpdatesEx (vsphereupdates.h).
    bool watchInventory(const InventoryChangeCallback &onChanged,
                        const ConnectionLostCallback &onLost, ProviderError *error) override;
    void unwatchInventory() override;

    // PerformanceManager realtime counters of VMs and hosts (vsphereperformance.h).
    bool collectMetrics(QList<MetricCounters> *out, ProviderError *error) override;

    // Each a vSphere task, polled until it ends (vsphereoperations.h).
    bool powerOperation(const QString &vmRef, PowerOperation operation, ProviderError *error,
                        const OperationControl &control = {}) override;
    bool provisionVm(const ProvisionSpec &spec, QString *vmRef, ProviderError *error,
                     const OperationControl &control = {}) override;
    bool reconfigureVm(const QString &vmRef, const ReconfigureSpec &spec, ProviderError *error,
                       const OperationControl &control = {}) override;
    bool removeVm(const QString &vmRef, bool deleteStorage, ProviderError *error,
                  const OperationControl &control = {}) override;

    // Hosts and VMs (templates included) below the root folder, read through container views
    // without their properties: verify()'s summary.
    bool countObjects(int *hosts, int *vms, VsphereError *error);

    VsphereClient &client() { return *m_client; }

private:
    explicit VsphereSession(const VsphereClient::Settings &settings);
    int countOfType(const QString &type, VsphereError *error, bool *ok);
    // One RetrievePropertiesEx of these objects (and their ancestors, to name datacenters).
    bool retrieveObjects(const QList<InventoryTarget> &targets, VsphereInventoryMapper *mapper,
                         VsphereError *error);
    // Hands a retrieval answer's objects to mapper; *token is set when more pages follow.
    bool readPage(const QByteArray &answer, VsphereInventoryMapper *mapper, QString *token,
                  VsphereError *error) const;

    // The events of the collector's latest page after the last one read, oldest first; false
    // with *error otherwise.
    bool readNewEvents(QList<VsphereEvent> *events, VsphereError *error, const CancelFlag *cancel);
    void pollEvents(const EventCallback &sink, const ConnectionLostCallback &onLost);

    std::unique_ptr<VsphereClient> m_client;
    std::unique_ptr<VsphereUpdateWatcher> m_updates;
    std::unique_ptr<VspherePerformance> m_performance;
    std::unique_ptr<VsphereOperations> m_operations;

    // Events: the thread and the collector exist between subscribe and unsubscribe; the poll
    // thread alone touches m_collector and m_lastEventKey while it runs.
    std::thread m_pollThread;
    std::mutex m_pollMutex;
    std::condition_variable m_pollWake;
    bool m_pollStop = false; // guarded by m_pollMutex
    std::unique_ptr<CancelFlag> m_pollCancel;
    QString m_collector;
    qint64 m_lastEventKey = 0;
};

} // namespace Vantage
