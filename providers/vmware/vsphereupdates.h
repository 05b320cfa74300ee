#pragma once

#include "core/provider.h"
#include "providers/vmware/inventory/vsphereobject.h"

#include <QCoreApplication>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

namespace Vantage {

class VsphereClient;
struct VsphereError;
struct VsphereUpdateSet;

// Watches the stored properties of every object below the root folder with a PropertyCollector
// of its own: one filter over a recursive ContainerView with the inventory's property sets, then
// WaitForUpdatesEx in a loop with the last version, each wait at most MaxWaitSeconds.
//
// Two threads of its own, so that the client's network thread never sits in a wait: one waits
// on the server (stop() cancels its call, which returns within the client's 100 ms check), the
// other holds the changed objects for CoalesceMs, so that the updates one operation spreads over
// several answers (a clone enters the VM, then sets its power state and host) give one
// onChanged, and makes every callback. The first answer lists everything and is not reported.
class VsphereUpdateWatcher
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::VsphereUpdateWatcher)

public:
    static constexpr int MaxWaitSeconds = 20; // well below the client's 60 s call timeout
    static constexpr int CoalesceMs = 200;
    static constexpr int MaxObjectUpdates = 10000; // per answer; a server may send fewer

    explicit VsphereUpdateWatcher(VsphereClient &client);
    ~VsphereUpdateWatcher();
    VsphereUpdateWatcher(const VsphereUpdateWatcher &) = delete;
    VsphereUpdateWatcher &operator=(const VsphereUpdateWatcher &) = delete;

    // Creates the collector, filter and view and reads the first (complete) answer, so that any
    // change after start() returns is reported. False with *error set otherwise, leaving nothing
    // behind on the server. A running watch is stopped first. onChanged gets each changed object
    // once per batch, never an empty list, and must not call stop(); onLost is called once when
    // a wait fails (and may call stop()), after which nothing more is reported.
    bool start(const InventoryChangeCallback &onChanged, const ConnectionLostCallback &onLost,
               ProviderError *error);
    // Returns within a few hundred milliseconds; afterwards no callback runs.
    void stop();

    // The inventory kind a vSphere object is stored as; none for the kinds the inventory does
    // not hold (tasks, standalone compute resources, ...).
    static std::optional<InventoryTarget> targetOf(const VsphereMoref &object);

private:
    // One WaitForUpdatesEx, parsed; false with *error when the call or the answer failed.
    bool wait(const QString &version, int maxWaitSeconds, VsphereUpdateSet *set,
              VsphereError *error, const CancelFlag *cancel);
    void waitLoop(QString version);
    void deliverLoop(const InventoryChangeCallback &onChanged,
                     const ConnectionLostCallback &onLost);
    // Destroys the collector (its filter and any wait with it) and the view, when the server is
    // reachable.
    void release();

    VsphereClient &m_client;
    VsphereMoref m_collector; // the watch's own; null when not watching
    VsphereMoref m_view;
    std::thread m_waitThread;
    std::thread m_deliverThread;
    std::unique_ptr<CancelFlag> m_waitCancel; // a flag cannot be reset: one per start()

    std::mutex m_mutex;
    std::condition_variable m_wake;
    // Guarded by m_mutex:
    bool m_stop = false;
    QList<InventoryTarget> m_pending;
    std::optional<QString> m_lost;
};

} // namespace Vantage
