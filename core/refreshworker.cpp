#include "core/refreshworker.h"

#include "core/database.h"
#include "core/logging.h"

#include <QElapsedTimer>

#include <algorithm>

namespace Vantage {

RefreshWorker::RefreshWorker(qint64 managerId, WorkQueue *queue, SessionPool *sessions)
    : Worker(QString::fromLatin1(WorkerKind::Refresh), managerId), m_queue(queue),
      m_sessions(sessions)
{
    m_rewatchTimer.setSingleShot(true);
}

void RefreshWorker::setRewatchBackoff(std::chrono::milliseconds first,
                                      std::chrono::milliseconds max)
{
    m_firstRewatch = first;
    m_maxRewatch = max;
}

void RefreshWorker::start()
{
    m_refresher = std::make_unique<Refresher>(managerId(), m_sessions);
    m_refresher->setBeforeFullCollect(
        [this](const std::shared_ptr<ManagerSession> &session) { watch(session); });
    m_heartbeat.setInterval(5000);
    connect(&m_heartbeat, &QTimer::timeout, this, &Worker::heartbeat);
    m_heartbeat.start();
    connect(&m_rewatchTimer, &QTimer::timeout, this, [this] {
        if (m_queue)
            m_queue->enqueue({managerId(), {}, RefreshReason::Reconnect});
    });
    connect(m_queue, &WorkQueue::refreshQueued, this, [this](qint64 id) {
        if (id == managerId())
            runPending();
    });
    emit heartbeat();
    runPending();
}

void RefreshWorker::finish()
{
    m_heartbeat.stop();
    m_rewatchTimer.stop();
    stopWatching();
    m_refresher.reset();
    Database::closeThreadConnection();
}

void RefreshWorker::cancelCurrent()
{
    QMutexLocker lock(&m_cancelMutex);
    if (m_cancel)
        m_cancel->cancel();
}

void RefreshWorker::runPending()
{
    while (!stopRequested() && m_queue) {
        const auto request = m_queue->take(managerId());
        if (!request)
            return;
        auto cancel = std::make_shared<CancelFlag>();
        {
            QMutexLocker lock(&m_cancelMutex);
            m_cancel = cancel;
        }
        emit statusChanged(QStringLiteral("refreshing"));
        bool announced = false;
        // Progress arrives per domain; the UI needs a few updates a second, not thousands.
        QElapsedTimer sinceProgress;
        sinceProgress.start();
        const auto progress = [&](const CollectProgress &step) {
            if (!announced) {
                // The first report comes once the manager's row says "running".
                announced = true;
                emit refreshStarted(managerId());
            }
            if (stopRequested())
                cancel->cancel();
            if (sinceProgress.elapsed() < 100 && step.done != step.total && step.done != 0)
                return;
            sinceProgress.restart();
            emit heartbeat();
            emit refreshProgress(managerId(), step.done, step.total, step.stage);
        };
        const RefreshOutcome outcome = m_refresher->run(*request, *cancel, progress);
        {
            QMutexLocker lock(&m_cancelMutex);
            m_cancel.reset();
        }
        emit refreshFinished(managerId(), outcome);
        emit statusChanged(QStringLiteral("ready"));
        emit heartbeat();
    }
}

void RefreshWorker::watch(const std::shared_ptr<ManagerSession> &session)
{
    if (session == m_watched || stopRequested() || !m_queue)
        return;
    stopWatching();
    // Both run on the session's own threads; the queue outlives every worker, and the worker
    // stops watching before it goes.
    WorkQueue *queue = m_queue.data();
    const qint64 id = managerId();
    const InventoryChangeCallback changed = [queue, id](const QList<InventoryTarget> &targets) {
        // An empty target list would be a full refresh.
        if (!targets.isEmpty())
            queue->enqueue({id, targets, RefreshReason::Change});
    };
    const int watch = ++m_watchCount;
    const ConnectionLostCallback lost = [this, watch](const QString &reason) {
        QMetaObject::invokeMethod(
            this, [this, watch, reason] { watchLost(watch, reason); }, Qt::QueuedConnection);
    };
    ProviderError failure;
    if (!session->watchInventory(changed, lost, &failure)) {
        // Most providers cannot watch; their events and full refreshes keep the inventory.
        qCDebug(lcWorkers) << "changes of manager" << managerId()
                           << "are not watched:" << failure.toString();
        return;
    }
    m_watched = session;
    m_watchedFor.start();
}

void RefreshWorker::stopWatching()
{
    if (m_watched)
        m_watched->unwatchInventory();
    m_watched.reset();
}

void RefreshWorker::watchLost(int watch, const QString &reason)
{
    if (!m_watched || watch != m_watchCount)
        return; // stopped or replaced meanwhile
    qCWarning(lcWorkers) << "changes of manager" << managerId() << "no longer watched:" << reason;
    // A watch that ran a good while before it failed starts the back-off afresh.
    if (m_watchedFor.elapsed() >= m_maxRewatch.count())
        m_watchLosses = 0;
    stopWatching();
    const auto delay = std::min(m_maxRewatch, m_firstRewatch * (1 << std::min(m_watchLosses, 16)));
    ++m_watchLosses;
    m_rewatchTimer.start(delay);
}

} // namespace Vantage
