#include "core/eventinbox.h"

namespace Vantage {

void EventInbox::post(const RawEvent &event)
{
    bool wasEmpty;
    {
        QMutexLocker lock(&m_mutex);
        wasEmpty = m_events.isEmpty();
        m_events.append(event);
    }
    if (wasEmpty)
        emit eventsWaiting();
}

void EventInbox::post(const QList<RawEvent> &events)
{
    if (events.isEmpty())
        return;
    bool wasEmpty;
    {
        QMutexLocker lock(&m_mutex);
        wasEmpty = m_events.isEmpty();
        m_events.append(events);
    }
    if (wasEmpty)
        emit eventsWaiting();
}

QList<RawEvent> EventInbox::takeAll()
{
    QMutexLocker lock(&m_mutex);
    return std::exchange(m_events, {});
}

int EventInbox::size() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_events.size());
}

} // namespace Vantage
