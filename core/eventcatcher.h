#pragma once

#include "core/eventinbox.h"
#include "core/sessionpool.h"
#include "core/worker.h"
#include "core/workqueue.h"

#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

namespace Vantage {

// A manager's event catcher: subscribes to the manager's events on the shared session and posts
// them to the inbox. When the connection is lost it opens a gap ("events may be missing from
// T1"), reconnects with back-off, closes the gap and asks for a full refresh once back.
class EventCatcher final : public Worker
{
    Q_OBJECT

public:
    EventCatcher(qint64 managerId, SessionPool *sessions, EventInbox *inbox, WorkQueue *queue);

    void setReconnectBackoff(std::chrono::milliseconds first, std::chrono::milliseconds max);
    // Queue a full refresh right after the first subscription: a change made before it would
    // otherwise be in neither the inventory nor the event stream.
    void setRefreshWhenSubscribed(bool refresh) { m_refreshWhenSubscribed = refresh; }

public slots:
    void start() override;
    void finish() override;

signals:
    void gapChanged(const Vantage::EventGap &gap);

private:
    void subscribe();
    void connectionLost(const QString &reason);
    void scheduleReconnect(const QString &reason);

    SessionPool *m_sessions;
    QPointer<EventInbox> m_inbox;
    QPointer<WorkQueue> m_queue;
    std::shared_ptr<ManagerSession> m_session;
    // Children, so that they move to the worker's thread with it.
    QTimer m_reconnectTimer{this};
    QTimer m_heartbeat{this};
    std::chrono::milliseconds m_firstBackoff{1000};
    std::chrono::milliseconds m_maxBackoff{60000};
    int m_attempts = 0;
    bool m_refreshWhenSubscribed = false;
    EventGap m_gap; // open while m_gap.id != 0
};

} // namespace Vantage
