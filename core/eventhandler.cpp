#include "core/eventhandler.h"

#include "core/database.h"
#include "core/eventstore.h"
#include "core/logging.h"
#include "core/providerregistry.h"

#include <algorithm>

namespace Vantage {

namespace {
// After a failed write the batch waits this long before the next try; nothing is dropped.
constexpr int retryDelayMs = 1000;
} // namespace

EventHandler::EventHandler(EventInbox *inbox, WorkQueue *queue)
    : Worker(QString::fromLatin1(WorkerKind::EventHandler), 0), m_inbox(inbox), m_queue(queue)
{
    m_debounceTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    m_clock.start();
}

void EventHandler::start()
{
    connect(&m_debounceTimer, &QTimer::timeout, this, &EventHandler::flushRefreshes);
    connect(&m_retryTimer, &QTimer::timeout, this, &EventHandler::drain);
    m_heartbeat.setInterval(5000);
    connect(&m_heartbeat, &QTimer::timeout, this, &Worker::heartbeat);
    m_heartbeat.start();
    if (m_inbox)
        connect(m_inbox, &EventInbox::eventsWaiting, this, &EventHandler::drain);
    emit heartbeat();
    drain();
}

void EventHandler::finish()
{
    // Events already taken are stored before the thread ends; refreshes still waiting go out.
    drain();
    flushRefreshes();
    // Timers must stop on their own thread, which is about to end.
    m_retryTimer.stop();
    m_heartbeat.stop();
    Database::closeThreadConnection();
}

const EventMapping *EventHandler::mappingFor(const QString &source)
{
    auto it = m_mappings.find(source);
    if (it == m_mappings.end()) {
        std::optional<EventMapping> mapping;
        if (const ProviderType *type = ProviderRegistry::instance().find(source)) {
            QString error;
            mapping = EventMapping::fromJson(type->eventMappingJson(), &error);
            if (!mapping) {
                qCWarning(lcWorkers)
                    << "events of" << source << "are stored as \"other\":" << error;
            }
        }
        it = m_mappings.insert(source, mapping);
    }
    return it->has_value() ? &**it : nullptr;
}

void EventHandler::drain()
{
    if (!m_inbox || m_retryTimer.isActive())
        return;
    QList<StoredEvent> batch = std::exchange(m_unsaved, {});
    const QList<RawEvent> raw = m_inbox->takeAll();
    batch.reserve(batch.size() + raw.size());
    const QString other = QString::fromLatin1(EventType::Other);
    for (const RawEvent &event : raw) {
        const EventMapping *mapping = mappingFor(event.source);
        batch.append(StoredEvent{0, mapping ? mapping->typeOf(event.name) : other, 0, event});
    }
    if (batch.isEmpty())
        return;
    QString error;
    if (!EventStore::store(&batch, &error)) {
        qCWarning(lcWorkers) << error << "- retrying";
        emit statusChanged(QStringLiteral("retrying"));
        m_unsaved = batch;
        m_retryTimer.start(retryDelayMs);
        return;
    }
    emit eventsStored(batch);
    emit heartbeat();

    const RefreshPolicy &policy = RefreshPolicy::standard();
    const qint64 arrivedMs = m_clock.elapsed();
    for (const StoredEvent &event : std::as_const(batch)) {
        const qint64 managerId = event.raw.managerId;
        const RefreshPolicy::Action action = policy.actionFor(event.eventType);
        if (action != RefreshPolicy::Action::None)
            m_arrivals[managerId].append(arrivedMs);
        switch (action) {
        case RefreshPolicy::Action::None:
            break;
        case RefreshPolicy::Action::Target:
            // Targeted refresh knows VMs; anything else is refreshed whole.
            if (event.raw.targetKind == InventoryKind::Vm && !event.raw.targetRef.isEmpty()) {
                const InventoryTarget target{InventoryKind::Vm, event.raw.targetRef};
                auto &targets = m_pendingTargets[managerId];
                if (!targets.contains(target))
                    targets.append(target);
                break;
            }
            [[fallthrough]];
        case RefreshPolicy::Action::Full:
            m_pendingFull.insert(managerId);
            break;
        }
    }
    detectBursts(arrivedMs);
    if ((!m_pendingTargets.isEmpty() || !m_pendingFull.isEmpty()) && !m_debounceTimer.isActive())
        m_debounceTimer.start(m_debounce);
}

void EventHandler::detectBursts(qint64 nowMs)
{
    for (auto it = m_arrivals.begin(); it != m_arrivals.end();) {
        QList<qint64> &arrivals = it.value();
        const auto recent = std::find_if(arrivals.cbegin(), arrivals.cend(), [&](qint64 ms) {
            return nowMs - ms < BurstWindow.count();
        });
        arrivals.erase(arrivals.cbegin(), recent);
        if (arrivals.size() > BurstEvents) {
            qCInfo(lcWorkers) << arrivals.size() << "events of manager" << it.key() << "within"
                              << BurstWindow.count() << "ms: one full refresh instead";
            m_pendingFull.insert(it.key());
            arrivals.clear();
        }
        if (arrivals.isEmpty())
            it = m_arrivals.erase(it);
        else
            ++it;
    }
}

void EventHandler::flushRefreshes()
{
    m_debounceTimer.stop();
    if (!m_queue)
        return;
    for (const qint64 managerId : std::as_const(m_pendingFull)) {
        m_queue->enqueue({managerId, {}, RefreshReason::Event});
        m_pendingTargets.remove(managerId);
    }
    for (auto it = m_pendingTargets.cbegin(); it != m_pendingTargets.cend(); ++it)
        m_queue->enqueue({it.key(), it.value(), RefreshReason::Event});
    m_pendingFull.clear();
    m_pendingTargets.clear();
}

} // namespace Vantage
