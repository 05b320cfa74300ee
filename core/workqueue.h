#pragma once

#include "core/inventory.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

#include <optional>

namespace Vantage {

// Where a refresh request came from; shown in logs and the status bar.
// Change: the manager reported that these objects' properties changed (a watched session).
enum class RefreshReason { Startup, User, Schedule, Event, Reconnect, Change };

struct RefreshRequest
{
    qint64 managerId = 0;
    QList<InventoryTarget> targets; // empty: a full refresh
    RefreshReason reason = RefreshReason::User;
    bool isFull() const { return targets.isEmpty(); }
};

// Pending refresh work, one slot per manager (ManageIQ's MiqQueue, in memory). A request for a
// manager that already has one waiting coalesces with it: a full refresh absorbs everything, and
// targeted requests merge their targets. Thread-safe; workers are told by a queued signal.
class WorkQueue : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // True when the request made new work, false when it was absorbed by a waiting one.
    bool enqueue(const RefreshRequest &request);
    std::optional<RefreshRequest> take(qint64 managerId);
    bool hasPending(qint64 managerId) const;
    int pendingCount() const;
    void discard(qint64 managerId);

signals:
    void refreshQueued(qint64 managerId);

private:
    mutable QMutex m_mutex;
    QHash<qint64, RefreshRequest> m_pending;
};

} // namespace Vantage
