#include "core/metricsstore.h"

#include "core/inventoryids.h"

#include "core/database.h"
#include "core/events.h"
#include "core/logging.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Vantage {

namespace {

// "cpu_percent, memory_used_percent, ..." with each name passed through `pattern` (%1 = name).
QString columnList(const QString &pattern)
{
    QStringList parts;
    for (const MetricColumn column : metricColumns())
        parts << pattern.arg(metricColumnName(column));
    return parts.join(QStringLiteral(", "));
}

// The rollup columns in storage order: cpu_percent_avg, cpu_percent_min, cpu_percent_max, ...
QString rollupColumns()
{
    return columnList(QStringLiteral("%1_avg, %1_min, %1_max"));
}

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

std::optional<double> optionalFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

// `message` holds one %1 for the database's words.
bool exec(QSqlQuery &query, const QString &message, QString *error)
{
    if (query.exec())
        return true;
    *error = message.arg(query.lastError().text());
    return false;
}

qint64 floorTo(qint64 ms, qint64 unit)
{
    return ms - ((ms % unit) + unit) % unit;
}

} // namespace

bool MetricsStore::storeRealtime(const QList<MetricRates> &rows, QString *error)
{
    QList<MetricRates> copy = rows;
    return storeRealtime(&copy, error);
}

bool MetricsStore::storeRealtime(QList<MetricRates> *rows, QString *error)
{
    if (rows->isEmpty())
        return true;
    QSqlDatabase db = Database::connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen()) {
        *error = MetricsStore::tr("Metrics could not be stored: %1").arg(transaction.error());
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO metrics_realtime (manager_id, resource_kind, "
                                  "resource_id, ems_ref, timestamp, interval_ms, vcpus, gap, ") +
                   columnList(QStringLiteral("%1")) +
                   QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    InventoryIdLookup ids(db);
    const QString vmKind = inventoryKindName(InventoryKind::Vm);
    for (MetricRates &row : *rows) {
        if (!row.resourceId)
            row.resourceId = ids.idOf(row.managerId, row.kind, row.emsRef);
        const qint64 resourceId = row.resourceId;
        insert.addBindValue(row.managerId);
        insert.addBindValue(row.kind == InventoryKind::Vm ? vmKind : inventoryKindName(row.kind));
        insert.addBindValue(resourceId ? QVariant(resourceId) : QVariant());
        insert.addBindValue(row.emsRef);
        insert.addBindValue(row.timestampMs);
        insert.addBindValue(row.intervalMs);
        insert.addBindValue(row.vcpus > 0 ? QVariant(row.vcpus) : QVariant());
        insert.addBindValue(row.gap ? 1 : 0);
        for (const MetricColumn column : metricColumns())
            insert.addBindValue(optionalValue(row.value(column)));
        if (!insert.exec()) {
            *error =
                MetricsStore::tr("Metrics could not be stored: %1").arg(insert.lastError().text());
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = MetricsStore::tr("Metrics could not be stored: %1").arg(transaction.error());
        return false;
    }
    return true;
}

int MetricsStore::resolveResources(qint64 managerId)
{
    QSqlDatabase db = Database::connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen()) {
        qCWarning(lcDatabase) << "linking metrics failed:" << transaction.error();
        return -1;
    }
    int linked = 0;
    for (const QString &table :
         {QStringLiteral("metrics_realtime"), QStringLiteral("metrics_rollups")}) {
        for (const InventoryKind kind : {InventoryKind::Vm, InventoryKind::Host}) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("UPDATE %1 SET resource_id = (SELECT t.id FROM %2 t WHERE "
                                         "t.manager_id = %1.manager_id AND t.ems_ref = %1.ems_ref) "
                                         "WHERE resource_kind = ? AND resource_id IS NULL AND "
                                         "manager_id = ? AND EXISTS (SELECT 1 FROM %2 t WHERE "
                                         "t.manager_id = %1.manager_id AND t.ems_ref = %1.ems_ref)")
                              .arg(table, inventoryTableName(kind)));
            query.addBindValue(inventoryKindName(kind));
            query.addBindValue(managerId);
            if (!query.exec()) {
                qCWarning(lcDatabase) << "linking metrics failed:" << query.lastError().text();
                return -1;
            }
            linked += query.numRowsAffected();
        }
    }
    if (!transaction.commit()) {
        qCWarning(lcDatabase) << "linking metrics failed:" << transaction.error();
        return -1;
    }
    return linked;
}

// A rollup replaces the manager's rows of one interval and period: in the open transaction,
// delete them first. failure has a %1 for the database's words.
static bool startReplacing(const WriteTransaction &transaction, qint64 managerId,
                           const QString &interval, qint64 periodStartMs, const QString &failure,
                           QString *error)
{
    if (!transaction.isOpen()) {
        *error = failure.arg(transaction.error());
        return false;
    }
    QSqlQuery remove(Database::connection());
    remove.prepare(QStringLiteral("DELETE FROM metrics_rollups WHERE manager_id = ? AND "
                                  "interval = ? AND timestamp = ?"));
    remove.addBindValue(managerId);
    remove.addBindValue(interval);
    remove.addBindValue(periodStartMs);
    return exec(remove, failure, error);
}

bool MetricsStore::rollUpHour(qint64 managerId, qint64 hourStartMs, QString *error, qint64 slotMs)
{
    const qint64 from = floorTo(hourStartMs, hourMs);
    const qint64 to = from + hourMs;
    if (slotMs <= 0)
        slotMs = 20000;
    QSqlDatabase db = Database::connection();
    WriteTransaction transaction(db);
    if (!startReplacing(transaction, managerId, QStringLiteral("hourly"), from,
                        MetricsStore::tr("Hourly rollup failed: %1"), error))
        return false;

    // Every object from its own realtime rows.
    QSqlQuery objects(db);
    objects.prepare(
        QStringLiteral("INSERT INTO metrics_rollups (manager_id, resource_kind, resource_id, "
                       "ems_ref, interval, timestamp, sample_count, ") +
        rollupColumns() +
        QStringLiteral(") SELECT manager_id, resource_kind, max(resource_id), ems_ref, 'hourly', "
                       "?, count(*), ") +
        columnList(QStringLiteral("avg(%1), min(%1), max(%1)")) +
        QStringLiteral(" FROM metrics_realtime WHERE manager_id = ? AND timestamp >= ? AND "
                       "timestamp < ? GROUP BY resource_kind, ems_ref"));
    objects.addBindValue(from);
    objects.addBindValue(managerId);
    objects.addBindValue(from);
    objects.addBindValue(to);
    if (!exec(objects, MetricsStore::tr("Hourly rollup failed: %1"), error))
        return false;

    // Per slot, how objects combine into their parent: bytes/s and IOPS summed, CPU % weighted
    // by vCPUs, memory % averaged, each over the children that have a value in the slot.
    QStringList perSlot;
    for (const MetricColumn column : metricColumns()) {
        const QString name = metricColumnName(column);
        if (column == MetricColumn::CpuPercent) {
            perSlot << QStringLiteral("sum(r.%1 * r.vcpus) / sum(CASE WHEN r.%1 IS NOT NULL "
                                      "THEN r.vcpus END) AS %1")
                           .arg(name);
        } else if (isPercentColumn(column)) {
            perSlot << QStringLiteral("avg(r.%1) AS %1").arg(name);
        } else {
            perSlot << QStringLiteral("sum(r.%1) AS %1").arg(name);
        }
    }
    const QString combined = perSlot.join(QStringLiteral(", "));
    const QString overSlots = columnList(QStringLiteral("avg(s.%1), min(s.%1), max(s.%1)"));
    const QString insertRollup =
        QStringLiteral("INSERT INTO metrics_rollups (manager_id, resource_kind, resource_id, "
                       "ems_ref, interval, timestamp, sample_count, ") +
        rollupColumns() + QStringLiteral(") ");
    const QString failed = MetricsStore::tr("Hourly rollup failed: %1");

    // Every host's value per slot, in a scratch table: from its VMs (own = 0; vcpus = the sum of
    // the vCPUs of the VMs that have a CPU value) and from its own samples (own = 1).
    QSqlQuery scratch(db);
    if (!scratch.exec(QStringLiteral("DROP TABLE IF EXISTS temp.metrics_host_slots")) ||
        !scratch.exec(QStringLiteral("CREATE TEMP TABLE metrics_host_slots (host_id INTEGER, "
                                     "slot INTEGER, own INTEGER, vcpus REAL, ") +
                      columnList(QStringLiteral("%1 REAL")) + QStringLiteral(")"))) {
        *error = failed.arg(scratch.lastError().text());
        return false;
    }
    QSqlQuery fromVms(db);
    fromVms.prepare(
        QStringLiteral("INSERT INTO temp.metrics_host_slots SELECT v.host_id, r.timestamp / ?, 0, "
                       "sum(CASE WHEN r.cpu_percent IS NOT NULL THEN r.vcpus END), ") +
        combined +
        QStringLiteral(" FROM metrics_realtime r JOIN vms v ON v.id = r.resource_id "
                       "WHERE r.manager_id = ? AND r.resource_kind = 'vm' AND r.timestamp >= ? "
                       "AND r.timestamp < ? AND v.host_id IS NOT NULL "
                       "GROUP BY r.timestamp / ?, v.host_id"));
    fromVms.addBindValue(slotMs);
    fromVms.addBindValue(managerId);
    fromVms.addBindValue(from);
    fromVms.addBindValue(to);
    fromVms.addBindValue(slotMs);
    if (!exec(fromVms, failed, error))
        return false;

    // Hosts from their VMs: over the hour's slots.
    QSqlQuery hosts(db);
    hosts.prepare(
        insertRollup +
        QStringLiteral("SELECT ?, 'host', s.host_id, h.ems_ref, 'hourly', ?, count(*), ") +
        overSlots +
        QStringLiteral(" FROM temp.metrics_host_slots s JOIN hosts h ON h.id = s.host_id "
                       "WHERE s.own = 0 AND h.ems_ref NOT IN (SELECT ems_ref FROM "
                       "metrics_rollups WHERE manager_id = ? AND interval = 'hourly' AND "
                       "timestamp = ? AND resource_kind = 'host') "
                       "GROUP BY s.host_id"));
    hosts.addBindValue(managerId);
    hosts.addBindValue(from);
    hosts.addBindValue(managerId);
    hosts.addBindValue(from);
    if (!exec(hosts, failed, error))
        return false;

    // Hosts' own samples replace what their VMs give. A host sample without vCPUs weighs as the
    // vCPUs of its VMs in that slot (without either, its CPU % is left out of the parents').
    QSqlQuery own(db);
    own.prepare(
        QStringLiteral("INSERT INTO temp.metrics_host_slots SELECT h.id, r.timestamp / ?, 1, "
                       "avg(CASE WHEN r.cpu_percent IS NOT NULL THEN r.vcpus END), ") +
        columnList(QStringLiteral("avg(r.%1)")) +
        QStringLiteral(" FROM metrics_realtime r JOIN hosts h ON h.manager_id = r.manager_id "
                       "AND h.ems_ref = r.ems_ref WHERE r.manager_id = ? AND "
                       "r.resource_kind = 'host' AND r.timestamp >= ? AND r.timestamp < ? "
                       "GROUP BY r.timestamp / ?, h.id"));
    own.addBindValue(slotMs);
    own.addBindValue(managerId);
    own.addBindValue(from);
    own.addBindValue(to);
    own.addBindValue(slotMs);
    if (!exec(own, failed, error))
        return false;
    if (!scratch.exec(
            QStringLiteral("UPDATE temp.metrics_host_slots SET vcpus = (SELECT v.vcpus FROM "
                           "temp.metrics_host_slots v WHERE v.own = 0 AND v.host_id = "
                           "metrics_host_slots.host_id AND v.slot = metrics_host_slots.slot) "
                           "WHERE own = 1 AND vcpus IS NULL")) ||
        !scratch.exec(QStringLiteral("DELETE FROM temp.metrics_host_slots WHERE own = 0 AND "
                                     "host_id IN (SELECT host_id FROM temp.metrics_host_slots "
                                     "WHERE own = 1)"))) {
        *error = failed.arg(scratch.lastError().text());
        return false;
    }

    // Clusters from their hosts, and the manager from all its hosts: per slot over the hosts
    // that have a value in it, then over the hour's slots.
    QSqlQuery clusters(db);
    clusters.prepare(
        insertRollup +
        QStringLiteral("SELECT ?, 'cluster', c.id, c.ems_ref, 'hourly', ?, count(*), ") +
        overSlots + QStringLiteral(" FROM (SELECT h.cluster_id AS cluster_id, ") + combined +
        QStringLiteral(" FROM temp.metrics_host_slots r JOIN hosts h ON h.id = r.host_id "
                       "WHERE h.cluster_id IS NOT NULL GROUP BY r.slot, h.cluster_id) s "
                       "JOIN clusters c ON c.id = s.cluster_id GROUP BY s.cluster_id"));
    clusters.addBindValue(managerId);
    clusters.addBindValue(from);
    if (!exec(clusters, failed, error))
        return false;
    QSqlQuery manager(db);
    manager.prepare(insertRollup + QStringLiteral("SELECT ?, ?, ?, ?, 'hourly', ?, count(*), ") +
                    overSlots + QStringLiteral(" FROM (SELECT 0 AS g, ") + combined +
                    QStringLiteral(" FROM temp.metrics_host_slots r GROUP BY r.slot) s "
                                   "GROUP BY s.g"));
    manager.addBindValue(managerId);
    manager.addBindValue(inventoryKindName(InventoryKind::Manager));
    manager.addBindValue(managerId);
    manager.addBindValue(QString::number(managerId));
    manager.addBindValue(from);
    if (!exec(manager, failed, error))
        return false;
    if (!scratch.exec(QStringLiteral("DROP TABLE temp.metrics_host_slots"))) {
        *error = failed.arg(scratch.lastError().text());
        return false;
    }

    if (!transaction.commit()) {
        *error = MetricsStore::tr("Hourly rollup failed: %1").arg(transaction.error());
        return false;
    }
    return true;
}

bool MetricsStore::rollUpDay(qint64 managerId, qint64 dayStartMs, QString *error)
{
    const qint64 from = floorTo(dayStartMs, dayMs);
    const qint64 to = from + dayMs;
    QSqlDatabase db = Database::connection();
    WriteTransaction transaction(db);
    if (!startReplacing(transaction, managerId, QStringLiteral("daily"), from,
                        MetricsStore::tr("Daily rollup failed: %1"), error))
        return false;

    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO metrics_rollups (manager_id, resource_kind, resource_id, "
                       "ems_ref, interval, timestamp, sample_count, ") +
        rollupColumns() +
        QStringLiteral(") SELECT manager_id, resource_kind, max(resource_id), ems_ref, 'daily', "
                       "?, sum(sample_count), ") +
        columnList(QStringLiteral("sum(%1_avg * sample_count) / sum(CASE WHEN %1_avg IS NOT NULL "
                                  "THEN sample_count END), min(%1_min), max(%1_max)")) +
        QStringLiteral(" FROM metrics_rollups WHERE manager_id = ? AND interval = 'hourly' AND "
                       "timestamp >= ? AND timestamp < ? GROUP BY resource_kind, ems_ref"));
    insert.addBindValue(from);
    insert.addBindValue(managerId);
    insert.addBindValue(from);
    insert.addBindValue(to);
    if (!exec(insert, MetricsStore::tr("Daily rollup failed: %1"), error))
        return false;
    if (!transaction.commit()) {
        *error = MetricsStore::tr("Daily rollup failed: %1").arg(transaction.error());
        return false;
    }
    return true;
}

qint64 MetricsStore::purge(qint64 realtimeOlderThanMs, qint64 hourlyOlderThanMs,
                           qint64 dailyOlderThanMs, qint64 now)
{
    if (!now)
        now = nowMs();
    QSqlDatabase db = Database::connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen()) {
        qCWarning(lcDatabase) << "purging metrics failed:" << transaction.error();
        return -1;
    }
    // Per manager, so that the (manager_id, timestamp) indexes serve the deletes.
    QList<qint64> managers;
    QSqlQuery list(db);
    if (!list.exec(QStringLiteral("SELECT id FROM managers"))) {
        qCWarning(lcDatabase) << "purging metrics failed:" << list.lastError().text();
        return -1;
    }
    while (list.next())
        managers << list.value(0).toLongLong();

    QSqlQuery realtime(db);
    realtime.prepare(
        QStringLiteral("DELETE FROM metrics_realtime WHERE manager_id = ? AND timestamp < ?"));
    QSqlQuery rollups(db);
    rollups.prepare(QStringLiteral("DELETE FROM metrics_rollups WHERE manager_id = ? AND "
                                   "interval = ? AND timestamp < ?"));
    qint64 removed = 0;
    for (const qint64 manager : std::as_const(managers)) {
        realtime.addBindValue(manager);
        realtime.addBindValue(now - realtimeOlderThanMs);
        bool ok = realtime.exec();
        removed += realtime.numRowsAffected();
        const std::pair<MetricInterval, qint64> intervals[] = {
            {MetricInterval::Hourly, hourlyOlderThanMs}, {MetricInterval::Daily, dailyOlderThanMs}};
        for (const auto &[interval, age] : intervals) {
            rollups.addBindValue(manager);
            rollups.addBindValue(metricIntervalName(interval));
            rollups.addBindValue(now - age);
            ok = ok && rollups.exec();
            removed += rollups.numRowsAffected();
        }
        if (!ok) {
            qCWarning(lcDatabase) << "purging metrics failed:" << realtime.lastError().text()
                                  << rollups.lastError().text();
            return -1;
        }
    }
    if (!transaction.commit()) {
        qCWarning(lcDatabase) << "purging metrics failed:" << transaction.error();
        return -1;
    }
    return removed;
}

QList<MetricPoint> MetricsStore::series(InventoryKind kind, qint64 resourceId,
                                        MetricInterval interval, qint64 fromMs, qint64 toMs)
{
    const bool realtime = interval == MetricInterval::Realtime;
    QString sql = realtime ? QStringLiteral("SELECT manager_id, ems_ref, timestamp, interval_ms, "
                                            "1, gap, ") +
                                 columnList(QStringLiteral("%1, %1, %1")) +
                                 QStringLiteral(" FROM metrics_realtime WHERE resource_kind = ? "
                                                "AND resource_id = ? AND timestamp >= ?")
                           : QStringLiteral("SELECT manager_id, ems_ref, timestamp, ?, "
                                            "sample_count, 0, ") +
                                 rollupColumns() +
                                 QStringLiteral(" FROM metrics_rollups WHERE resource_kind = ? "
                                                "AND resource_id = ? AND interval = ? AND "
                                                "timestamp >= ?");
    if (toMs)
        sql += QStringLiteral(" AND timestamp < ?");
    sql += QStringLiteral(" ORDER BY timestamp");
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (!realtime)
        query.addBindValue(interval == MetricInterval::Hourly ? hourMs : dayMs);
    query.addBindValue(inventoryKindName(kind));
    query.addBindValue(resourceId);
    if (!realtime)
        query.addBindValue(metricIntervalName(interval));
    query.addBindValue(fromMs);
    if (toMs)
        query.addBindValue(toMs);
    QList<MetricPoint> points;
    if (!query.exec()) {
        qCWarning(lcDatabase) << "reading metrics failed:" << query.lastError().text();
        return points;
    }
    while (query.next()) {
        MetricPoint point;
        point.managerId = query.value(0).toLongLong();
        point.kind = kind;
        point.resourceId = resourceId;
        point.emsRef = query.value(1).toString();
        point.interval = interval;
        point.timestampMs = query.value(2).toLongLong();
        point.intervalMs = query.value(3).toLongLong();
        point.sampleCount = query.value(4).toInt();
        point.gap = query.value(5).toBool();
        for (int c = 0; c < metricColumnCount; ++c) {
            MetricSummary &summary = point.columns.at(size_t(c));
            summary.avg = optionalFrom(query.value(6 + 3 * c));
            summary.min = optionalFrom(query.value(7 + 3 * c));
            summary.max = optionalFrom(query.value(8 + 3 * c));
        }
        points << point;
    }
    return points;
}

} // namespace Vantage
