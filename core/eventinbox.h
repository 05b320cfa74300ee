#pragma once

#include "core/events.h"

#include <QList>
#include <QMutex>
#include <QObject>

namespace Vantage {

// Where event catchers (on their threads, or a provider's callback thread) leave raw events for
// the shared event handler. Batches: the handler is told once per burst, not once per event.
class EventInbox : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void post(const RawEvent &event);
    void post(const QList<RawEvent> &events);
    QList<RawEvent> takeAll();
    int size() const;

signals:
    // Emitted when the inbox goes from empty to not empty.
    void eventsWaiting();

private:
    mutable QMutex m_mutex;
    QList<RawEvent> m_events;
};

} // namespace Vantage
