#pragma once

#include "core/refresher.h"
#include "core/worker.h"
#include "core/workqueue.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

namespace Vantage {

// A manager's refresh worker: takes the manager's requests from the work queue one at a time and
// runs them with a Refresher, reporting progress as it goes.
//
// Where the session can watch the manager's property changes (ManagerSession::watchInventory),
// the worker starts watching just before each full collection (again only when the session
// changed) and queues a targeted refresh of whatever the manager reports changed. A watch that
// fails asks for a full refresh, which watches again: after FirstRewatch, doubling with each
// loss in a row up to MaxRewatch, so a manager that breaks every watch is not read in full in a
// loop. The Supervisor's schedule adds a full refresh every day.
class RefreshWorker final : public Worker
{
    Q_OBJECT

public:
    RefreshWorker(qint64 managerId, WorkQueue *queue, SessionPool *sessions);

    // Safe from any thread: the refresh running now stops at its next check.
    void cancelCurrent();

    static constexpr std::chrono::milliseconds FirstRewatch{1000};
    static constexpr std::chrono::milliseconds MaxRewatch{std::chrono::minutes(5)};
    void setRewatchBackoff(std::chrono::milliseconds first, std::chrono::milliseconds max);

public slots:
    void start() override;
    void finish() override;

signals:
    void refreshStarted(qint64 managerId);
    void refreshProgress(qint64 managerId, int done, int total, const QString &stage);
    void refreshFinished(qint64 managerId, const Vantage::RefreshOutcome &outcome);

private:
    void runPending();
    void watch(const std::shared_ptr<ManagerSession> &session);
    void stopWatching();
    // watch: which watch was lost (m_watchCount when it started); a stale loss is ignored.
    void watchLost(int watch, const QString &reason);

    QPointer<WorkQueue> m_queue;
    SessionPool *m_sessions; // Not owned; outlives the worker.
    std::unique_ptr<Refresher> m_refresher;
    QTimer m_heartbeat{this};             // a child, so it moves to the worker's thread with it
    std::shared_ptr<CancelFlag> m_cancel; // the running refresh's, replaced for each one
    QMutex m_cancelMutex;

    // The session whose changes are watched; null when none is.
    std::shared_ptr<ManagerSession> m_watched;
    QElapsedTimer m_watchedFor;
    QTimer m_rewatchTimer{this};
    int m_watchCount = 0;
    int m_watchLosses = 0; // in a row
    std::chrono::milliseconds m_firstRewatch = FirstRewatch;
    std::chrono::milliseconds m_maxRewatch = MaxRewatch;
};

} // namespace Vantage
