#pragma once

#include "core/eventinbox.h"
#include "core/eventmapping.h"
#include "core/worker.h"
#include "core/workqueue.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <optional>

namespace Vantage {

// The shared event handler: drains the inbox, maps each raw event to its generic type with the
// provider's mapping table, stores the batch, tells the UI, and asks for targeted refreshes as
// the refresh policy says, debounced so that a burst of events on one VM gives one refresh.
class EventHandler final : public Worker
{
    Q_OBJECT

public:
    EventHandler(EventInbox *inbox, WorkQueue *queue);

    void setDebounce(std::chrono::milliseconds debounce) { m_debounce = debounce; }

public slots:
    void start() override;
    void finish() override;

signals:
    void eventsStored(const QList<Vantage::StoredEvent> &events);

private:
    void drain();
    void flushRefreshes();
    const EventMapping *mappingFor(const QString &source);

    QPointer<EventInbox> m_inbox;
    QPointer<WorkQueue> m_queue;
    std::chrono::milliseconds m_debounce{1000};
    // Children, so that they move to the worker's thread with it.
    QTimer m_debounceTimer{this};
    QTimer m_retryTimer{this};
    QTimer m_heartbeat{this};
    QList<StoredEvent> m_unsaved; // mapped but not yet stored: the next drain tries again
    QHash<QString, std::optional<EventMapping>> m_mappings; // per source; empty when invalid
    QHash<qint64, QList<InventoryTarget>> m_pendingTargets;
    QSet<qint64> m_pendingFull;
};

} // namespace Vantage
