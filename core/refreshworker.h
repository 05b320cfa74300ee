#pragma once

#include "core/refresher.h"
#include "core/worker.h"
#include "core/workqueue.h"

#include <QPointer>
#include <QTimer>

#include <memory>

namespace Vantage {

// A manager's refresh worker: takes the manager's requests from the work queue one at a time and
// runs them with a Refresher, reporting progress as it goes.
class RefreshWorker final : public Worker
{
    Q_OBJECT

public:
    RefreshWorker(qint64 managerId, WorkQueue *queue, SessionPool *sessions);

    // Safe from any thread: the refresh running now stops at its next check.
    void cancelCurrent();

public slots:
    void start() override;
    void finish() override;

signals:
    void refreshStarted(qint64 managerId);
    void refreshProgress(qint64 managerId, int done, int total, const QString &stage);
    void refreshFinished(qint64 managerId, const Vantage::RefreshOutcome &outcome);

private:
    void runPending();

    QPointer<WorkQueue> m_queue;
    SessionPool *m_sessions; // Not owned; outlives the worker.
    std::unique_ptr<Refresher> m_refresher;
    QTimer m_heartbeat{this};             // a child, so it moves to the worker's thread with it
    std::shared_ptr<CancelFlag> m_cancel; // the running refresh's, replaced for each one
    QMutex m_cancelMutex;
};

} // namespace Vantage
