#pragma once

#include "core/database.h"
#include "core/eventstore.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

// Events for the events UI tests, stored through the real EventStore so that ids and target ids
// are what the event handler would have produced.
namespace Vantage::Testing {

inline StoredEvent makeEvent(qint64 managerId, qint64 timestampMs, const QString &type,
                             const QString &targetRef, const QString &targetName,
                             const QString &message, InventoryKind kind = InventoryKind::Vm)
{
    StoredEvent event;
    event.eventType = type;
    event.raw.managerId = managerId;
    event.raw.timestampMs = timestampMs;
    event.raw.source = QStringLiteral("uifake");
    event.raw.name = QStringLiteral("native_") + type;
    event.raw.targetKind = kind;
    event.raw.targetRef = targetRef;
    event.raw.targetName = targetName;
    event.raw.message = message;
    return event;
}

// Stores the events; returns them with ids and target ids, or an empty list on failure.
inline QList<StoredEvent> storeEvents(QList<StoredEvent> events)
{
    QString error;
    if (!EventStore::store(&events, &error)) {
        qWarning("storing events failed: %s", qPrintable(error));
        return {};
    }
    return events;
}

// The ems_ref of an inventory row (the fixture makes them up).
inline QString emsRefOf(InventoryKind kind, qint64 id)
{
    QSqlQuery query(Database::connection());
    query.prepare(
        QStringLiteral("SELECT ems_ref FROM %1 WHERE id = ?").arg(inventoryTableName(kind)));
    query.addBindValue(id);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

} // namespace Vantage::Testing
