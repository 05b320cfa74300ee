#pragma once

#include "core/eventinbox.h"
#include "core/eventmapping.h"
#include "core/worker.h"
#include "core/workqueue.h"

#include <QElapsedTimer>
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
//
// More than BurstEvents events of one manager that ask for a refresh, arriving within
// BurstWindow, mean the manager is changing wholesale (a host failing over, a mass power-on) or
// its event source is overflowing: the manager gets one full refresh instead of many targeted
// ones, and the count starts again.
class EventHandler final : public Worker
{
    Q_OBJECT

public:
    static constexpr int BurstEvents = 100;
    static constexpr std::chrono::milliseconds BurstWindow{2000};

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
    // Forgets arrivals older than BurstWindow and turns a manager with more than BurstEvents
    // left into a full refresh.
    void detectBursts(qint64 nowMs);
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
    // Per manager, when its refresh-asking events arrived (m_clock's ms), oldest first, within
    // the last BurstWindow.
    QHash<qint64, QList<qint64>> m_arrivals;
    QElapsedTimer m_clock;
};

} // namespace Vantage
