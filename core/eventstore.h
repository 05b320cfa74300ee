#pragma once

#include "core/events.h"
#include <QCoreApplication>

#include <QList>
#include <QString>
#include <QStringList>

namespace Vantage {

// What the timeline and the event list ask for; empty fields do not filter.
struct EventFilter
{
    qint64 fromMs = 0;
    qint64 toMs = 0; // exclusive; 0: no upper bound
    QList<qint64> managerIds;
    QStringList eventTypes;
    InventoryKind targetKind = InventoryKind::Vm;
    qint64 targetId = 0; // with targetKind: the events of one object
    QString text;        // in message, raw name or target name, case-insensitive
    int limit = 0;       // 0: all; otherwise the newest `limit`
};

// The event stream and its gaps, on this thread's database connection.
class EventStore
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::EventStore)

public:
    // Stores the events in one transaction and fills in their ids and, where the target is in the
    // inventory already, their target ids.
    static bool store(QList<StoredEvent> *events, QString *error);

    // Oldest first.
    static QList<StoredEvent> events(const EventFilter &filter);
    static int count(const EventFilter &filter);

    // Links events stored before their object was in the inventory (a VM's "created" event comes
    // before the refresh that adds it) to the object's row. Returns how many were linked.
    static int resolveTargets(qint64 managerId);

    static qint64 openGap(qint64 managerId, qint64 startedAtMs, const QString &reason);
    static bool closeGap(qint64 gapId, qint64 endedAtMs);
    // Gaps of these managers (all when empty) that overlap the range.
    static QList<EventGap> gaps(const QList<qint64> &managerIds, qint64 fromMs, qint64 toMs);
};

} // namespace Vantage

Q_DECLARE_METATYPE(Vantage::EventFilter)
