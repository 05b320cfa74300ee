#include "core/eventcatcher.h"

#include "core/database.h"
#include "core/eventstore.h"
#include "core/logging.h"

#include <QCoreApplication>

#include <algorithm>

namespace Vantage {

EventCatcher::EventCatcher(qint64 managerId, SessionPool *sessions, EventInbox *inbox,
                           WorkQueue *queue)
    : Worker(QString::fromLatin1(WorkerKind::EventCatcher), managerId), m_sessions(sessions),
      m_inbox(inbox), m_queue(queue)
{
    m_reconnectTimer.setSingleShot(true);
}

void EventCatcher::setReconnectBackoff(std::chrono::milliseconds first,
                                       std::chrono::milliseconds max)
{
    m_firstBackoff = first;
    m_maxBackoff = max;
}

void EventCatcher::start()
{
    connect(&m_reconnectTimer, &QTimer::timeout, this, &EventCatcher::subscribe);
    m_heartbeat.setInterval(5000);
    connect(&m_heartbeat, &QTimer::timeout, this, &Worker::heartbeat);
    m_heartbeat.start();
    emit heartbeat();
    subscribe();
}

void EventCatcher::finish()
{
    m_reconnectTimer.stop();
    m_heartbeat.stop();
    if (m_session)
        m_session->unsubscribeEvents();
    m_session.reset();
    Database::closeThreadConnection();
}

void EventCatcher::subscribe()
{
    if (stopRequested())
        return;
    // Even when connecting or subscribing fails: the refresh shows what there is, or why not.
    const auto firstRefresh = [this] {
        if (std::exchange(m_refreshWhenSubscribed, false) && m_queue)
            m_queue->enqueue({managerId(), {}, RefreshReason::Startup});
    };
    QString error;
    std::shared_ptr<ManagerSession> session = m_sessions->acquire(managerId(), &error);
    if (!session) {
        firstRefresh();
        scheduleReconnect(error);
        return;
    }
    EventInbox *inbox = m_inbox.data();
    const qint64 id = managerId();
    // The sink runs on the provider's thread; the inbox outlives every catcher.
    const EventCallback sink = [inbox, id](const RawEvent &event) {
        RawEvent caught = event;
        caught.managerId = id;
        inbox->post(caught);
    };
    const ConnectionLostCallback lost = [this](const QString &reason) {
        QMetaObject::invokeMethod(
            this, [this, reason] { connectionLost(reason); }, Qt::QueuedConnection);
    };
    ProviderError failure;
    const bool subscribed = session->subscribeEvents(sink, lost, &failure);
    firstRefresh();
    if (!subscribed) {
        m_sessions->invalidate(managerId(), session);
        scheduleReconnect(failure.toString());
        return;
    }
    m_session = std::move(session);
    m_attempts = 0;
    emit statusChanged(QStringLiteral("running"));
    if (m_gap.id) {
        m_gap.endedAtMs = nowMs();
        EventStore::closeGap(m_gap.id, m_gap.endedAtMs);
        emit gapChanged(m_gap);
        m_gap = {};
        // Whatever happened while we were away is only in the manager's current state.
        if (m_queue)
            m_queue->enqueue({managerId(), {}, RefreshReason::Reconnect});
    }
}

void EventCatcher::connectionLost(const QString &reason)
{
    qCWarning(lcWorkers) << "events of manager" << managerId() << "interrupted:" << reason;
    if (m_session) {
        m_session->unsubscribeEvents();
        m_sessions->invalidate(managerId(), m_session);
        m_session.reset();
    }
    scheduleReconnect(reason);
}

void EventCatcher::scheduleReconnect(const QString &reason)
{
    if (stopRequested())
        return;
    if (!m_gap.id) {
        m_gap.managerId = managerId();
        m_gap.startedAtMs = nowMs();
        m_gap.reason = reason;
        m_gap.id = EventStore::openGap(managerId(), m_gap.startedAtMs, reason);
        emit gapChanged(m_gap);
    }
    const auto delay = std::min(m_maxBackoff, m_firstBackoff * (1 << std::min(m_attempts, 16)));
    ++m_attempts;
    emit statusChanged(QStringLiteral("reconnecting"));
    m_reconnectTimer.start(delay);
}

} // namespace Vantage
