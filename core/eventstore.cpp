#include "core/eventstore.h"

#include "core/database.h"
#include "core/inventoryids.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Vantage {

namespace {

const QString eventColumns = QStringLiteral(
    "id, manager_id, timestamp, source, raw_name, event_type, target_kind, target_ems_ref, "
    "target_id, target_name, host_ems_ref, message, payload");

StoredEvent eventFrom(const QSqlQuery &query)
{
    StoredEvent event;
    event.id = query.value(0).toLongLong();
    event.raw.managerId = query.value(1).toLongLong();
    event.raw.timestampMs = query.value(2).toLongLong();
    event.raw.source = query.value(3).toString();
    event.raw.name = query.value(4).toString();
    event.eventType = query.value(5).toString();
    event.raw.targetKind = inventoryKindFromName(query.value(6).toString());
    event.raw.targetRef = query.value(7).toString();
    event.targetId = query.value(8).toLongLong();
    event.raw.targetName = query.value(9).toString();
    event.raw.hostRef = query.value(10).toString();
    event.raw.message = query.value(11).toString();
    const QString payload = query.value(12).toString();
    if (!payload.isEmpty())
        event.raw.payload = QJsonDocument::fromJson(payload.toUtf8()).object().toVariantMap();
    return event;
}

// The WHERE clause and its values for a filter.
QString whereOf(const EventFilter &filter, QVariantList *values)
{
    QStringList conditions;
    if (filter.fromMs) {
        conditions << QStringLiteral("timestamp >= ?");
        *values << filter.fromMs;
    }
    if (filter.toMs) {
        conditions << QStringLiteral("timestamp < ?");
        *values << filter.toMs;
    }
    if (!filter.managerIds.isEmpty()) {
        QStringList marks;
        for (const qint64 id : filter.managerIds) {
            marks << QStringLiteral("?");
            *values << id;
        }
        conditions << QStringLiteral("manager_id IN (%1)").arg(marks.join(u','));
    }
    if (!filter.eventTypes.isEmpty()) {
        QStringList marks;
        for (const QString &type : filter.eventTypes) {
            marks << QStringLiteral("?");
            *values << type;
        }
        conditions << QStringLiteral("event_type IN (%1)").arg(marks.join(u','));
    }
    if (filter.targetId) {
        conditions << QStringLiteral("target_kind = ? AND target_id = ?");
        *values << inventoryKindName(filter.targetKind) << filter.targetId;
    }
    if (!filter.text.isEmpty()) {
        // LIKE is case-insensitive for ASCII in SQLite; the pattern's own wildcards are escaped.
        QString pattern = filter.text;
        pattern.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        pattern = u'%' + pattern + u'%';
        conditions << QStringLiteral("(message LIKE ? ESCAPE '\\' OR raw_name LIKE ? ESCAPE '\\' "
                                     "OR target_name LIKE ? ESCAPE '\\')");
        *values << pattern << pattern << pattern;
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

bool EventStore::store(QList<StoredEvent> *events, QString *error)
{
    if (events->isEmpty())
        return true;
    QSqlDatabase db = Database::connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen()) {
        *error = EventStore::tr("Events could not be stored: %1").arg(transaction.error());
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO event_stream (manager_id, timestamp, source, raw_name, event_type, "
        "target_kind, target_ems_ref, target_id, target_name, host_ems_ref, message, payload) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    InventoryIdLookup ids(db);
    for (StoredEvent &event : *events) {
        const RawEvent &raw = event.raw;
        if (!raw.targetRef.isEmpty())
            event.targetId = ids.idOf(raw.managerId, raw.targetKind, raw.targetRef);
        insert.addBindValue(raw.managerId);
        insert.addBindValue(raw.timestampMs);
        insert.addBindValue(raw.source);
        insert.addBindValue(raw.name);
        insert.addBindValue(event.eventType);
        insert.addBindValue(raw.targetRef.isEmpty() ? QVariant()
                                                    : QVariant(inventoryKindName(raw.targetKind)));
        insert.addBindValue(raw.targetRef.isEmpty() ? QVariant() : QVariant(raw.targetRef));
        insert.addBindValue(event.targetId ? QVariant(event.targetId) : QVariant());
        insert.addBindValue(raw.targetName.isEmpty() ? QVariant() : QVariant(raw.targetName));
        insert.addBindValue(raw.hostRef.isEmpty() ? QVariant() : QVariant(raw.hostRef));
        insert.addBindValue(raw.message);
        insert.addBindValue(
            raw.payload.isEmpty()
                ? QVariant()
                : QVariant(QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(raw.payload))
                                                 .toJson(QJsonDocument::Compact))));
        if (!insert.exec()) {
            *error =
                EventStore::tr("Events could not be stored: %1").arg(insert.lastError().text());
            return false;
        }
        event.id = insert.lastInsertId().toLongLong();
    }
    if (!transaction.commit()) {
        *error = EventStore::tr("Events could not be stored: %1").arg(transaction.error());
        return false;
    }
    return true;
}

QList<StoredEvent> EventStore::events(const EventFilter &filter)
{
    QVariantList values;
    QString sql = QStringLiteral("SELECT ") + eventColumns + QStringLiteral(" FROM event_stream") +
                  whereOf(filter, &values);
    if (filter.limit > 0) {
        // The newest `limit`, returned oldest first.
        sql = QStringLiteral("SELECT * FROM (") + sql +
              QStringLiteral(" ORDER BY timestamp DESC, id DESC LIMIT %1)").arg(filter.limit);
    }
    sql += QStringLiteral(" ORDER BY timestamp, id");
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    QList<StoredEvent> result;
    if (!query.exec()) {
        qCWarning(lcDatabase) << "reading events failed:" << query.lastError().text();
        return result;
    }
    while (query.next())
        result << eventFrom(query);
    return result;
}

int EventStore::count(const EventFilter &filter)
{
    QVariantList values;
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM event_stream") + whereOf(filter, &values));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

int EventStore::resolveTargets(qint64 managerId)
{
    int linked = 0;
    for (const InventoryKind kind : {InventoryKind::Vm, InventoryKind::Host, InventoryKind::Network,
                                     InventoryKind::Storage, InventoryKind::Cluster}) {
        QSqlQuery query(Database::connection());
        query.prepare(
            QStringLiteral(
                "UPDATE event_stream SET target_id = (SELECT t.id FROM %1 t WHERE t.manager_id = "
                "event_stream.manager_id AND t.ems_ref = event_stream.target_ems_ref) "
                "WHERE manager_id = ? AND target_kind = ? AND target_id IS NULL AND EXISTS (SELECT "
                "1 "
                "FROM %1 t WHERE t.manager_id = event_stream.manager_id AND t.ems_ref = "
                "event_stream.target_ems_ref)")
                .arg(inventoryTableName(kind)));
        query.addBindValue(managerId);
        query.addBindValue(inventoryKindName(kind));
        if (query.exec())
            linked += query.numRowsAffected();
        else
            qCWarning(lcDatabase) << "linking events failed:" << query.lastError().text();
    }
    return linked;
}

qint64 EventStore::openGap(qint64 managerId, qint64 startedAtMs, const QString &reason)
{
    QSqlQuery query(Database::connection());
    query.prepare(
        QStringLiteral("INSERT INTO event_gaps (manager_id, started_at, reason) VALUES (?, ?, ?)"));
    query.addBindValue(managerId);
    query.addBindValue(startedAtMs);
    query.addBindValue(reason);
    if (!query.exec()) {
        qCWarning(lcDatabase) << "event gap not recorded:" << query.lastError().text();
        return 0;
    }
    return query.lastInsertId().toLongLong();
}

bool EventStore::closeGap(qint64 gapId, qint64 endedAtMs)
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("UPDATE event_gaps SET ended_at = ? WHERE id = ?"));
    query.addBindValue(endedAtMs);
    query.addBindValue(gapId);
    return query.exec();
}

QList<EventGap> EventStore::gaps(const QList<qint64> &managerIds, qint64 fromMs, qint64 toMs)
{
    QString sql = QStringLiteral("SELECT id, manager_id, started_at, ended_at, reason FROM "
                                 "event_gaps WHERE (ended_at IS NULL OR ended_at >= ?)");
    QVariantList values{fromMs};
    if (toMs) {
        sql += QStringLiteral(" AND started_at < ?");
        values << toMs;
    }
    if (!managerIds.isEmpty()) {
        QStringList marks;
        for (const qint64 id : managerIds) {
            marks << QStringLiteral("?");
            values << id;
        }
        sql += QStringLiteral(" AND manager_id IN (%1)").arg(marks.join(u','));
    }
    QSqlQuery query(Database::connection());
    query.prepare(sql + QStringLiteral(" ORDER BY started_at"));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    QList<EventGap> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        result << EventGap{query.value(0).toLongLong(), query.value(1).toLongLong(),
                           query.value(2).toLongLong(), query.value(3).toLongLong(),
                           query.value(4).toString()};
    }
    return result;
}

} // namespace Vantage
