#include "core/refreshworker.h"

#include "core/database.h"

#include <QElapsedTimer>

namespace Vantage {

RefreshWorker::RefreshWorker(qint64 managerId, WorkQueue *queue, SessionPool *sessions)
    : Worker(QString::fromLatin1(WorkerKind::Refresh), managerId), m_queue(queue),
      m_sessions(sessions)
{}

void RefreshWorker::start()
{
    m_refresher = std::make_unique<Refresher>(managerId(), m_sessions);
    m_heartbeat.setInterval(5000);
    connect(&m_heartbeat, &QTimer::timeout, this, &Worker::heartbeat);
    m_heartbeat.start();
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

} // namespace Vantage
