#pragma once

#include "core/persister.h"
#include "core/refresher.h"
#include "core/workqueue.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

class QThread;

namespace Vantage {

class Worker;

// The application's server object: starts a refresh worker on its own QThread per enabled
// manager, records each in the workers table, watches heartbeats, restarts a failed worker with
// back-off, schedules periodic refreshes, and stops everything cleanly. Lives on the main thread.
class Supervisor : public QObject
{
    Q_OBJECT

public:
    using WorkerFactory = std::function<Worker *(qint64 managerId, WorkQueue *queue)>;

    explicit Supervisor(QObject *parent = nullptr);
    ~Supervisor() override;

    // Replaces how workers of a kind are made (tests use failing workers).
    void setWorkerFactory(const QString &kind, WorkerFactory factory);
    void setRefreshInterval(std::chrono::milliseconds interval);
    void setRestartBackoff(std::chrono::milliseconds first, std::chrono::milliseconds max);

    // Starts workers for every enabled manager; with refreshOnStart, queues a refresh of each.
    void start(bool refreshOnStart = true);
    // Request stop, quit, wait: in that order, for every worker. Idempotent.
    void stop();
    // Starts workers for managers added since, stops those of managers removed.
    void syncManagers();

    void requestRefresh(qint64 managerId, RefreshReason reason = RefreshReason::User,
                        const QList<InventoryTarget> &targets = {});
    void requestRefreshAll(RefreshReason reason = RefreshReason::User);
    // Cancels the refresh running for the manager, if any, and drops any waiting one.
    void cancelRefresh(qint64 managerId);

    WorkQueue *queue() { return &m_queue; }
    int runningWorkerCount() const;

signals:
    void refreshStarted(qint64 managerId);
    void refreshProgress(qint64 managerId, int done, int total, const QString &stage);
    void refreshFinished(qint64 managerId, const Vantage::RefreshOutcome &outcome);
    // The workers table changed (a worker started, stopped, failed or beat).
    void workersChanged();

private:
    struct WorkerSlot;

    void startWorker(qint64 managerId, const QString &kind);
    void stopWorker(WorkerSlot *slot);
    void onWorkerFailed(WorkerSlot *slot, const QString &error);
    void writeWorkerRecord(WorkerSlot *slot, const QString &status, const QString &error = {});

    WorkQueue m_queue;
    QHash<QString, WorkerFactory> m_factories;
    QList<WorkerSlot *> m_slots; // Owned.
    QTimer m_scheduleTimer;
    std::chrono::milliseconds m_firstBackoff{1000};
    std::chrono::milliseconds m_maxBackoff{60000};
    bool m_running = false;
};

} // namespace Vantage
