#include "core/persister.h"

#include "core/database.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace Vantage {

namespace {

using RefMap = QHash<QString, qint64>; // ems_ref -> row id, per table

// Values are compared as they come back from SQLite: integers as qlonglong, empty as NULL.
QVariant normalized(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QString: {
        const QString text = value.toString();
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QVariant(value.toLongLong());
    default:
        return value.isNull() ? QVariant() : value;
    }
}

QVariant idOrNull(const RefMap &parents, const QString &ref)
{
    const auto it = parents.constFind(ref);
    return it == parents.constEnd() ? QVariant() : QVariant(*it);
}

struct Row
{
    QString emsRef;
    QVariantList values; // in TableSpec::columns order, normalised
};

struct TableSpec
{
    const char *table;
    QStringList columns;
    // For tables whose rows belong to another object (a VM's disks), a targeted refresh of the
    // owner replaces all of its rows. ownerColumn names the column, ownerKind the owner's kind.
    const char *ownerColumn = nullptr;
    InventoryKind ownerKind = InventoryKind::Vm;
};

class TablePersister
{
public:
    TablePersister(QSqlDatabase db, qint64 managerId, const InventoryCollection &collection,
                   InventoryChanges *changes)
        : m_db(db), m_managerId(managerId), m_collection(collection), m_changes(changes)
    {}

    QString error;

    // Writes the difference for one table; *ids gets every ems_ref -> id of the table afterwards.
    bool apply(InventoryKind kind, const TableSpec &spec, const QList<Row> &rows, RefMap *ids)
    {
        QHash<QString, QPair<qint64, QVariantList>> existing;
        if (!loadExisting(kind, spec, &existing))
            return false;

        QSqlQuery insert(m_db), update(m_db), remove(m_db);
        const QString columnList = spec.columns.join(u", ");
        QStringList marks, assignments;
        for (const QString &column : spec.columns) {
            marks << QStringLiteral("?");
            assignments << column + QStringLiteral(" = ?");
        }
        insert.prepare(QStringLiteral("INSERT INTO %1 (manager_id, ems_ref, %2) VALUES (?, ?, %3)")
                           .arg(QLatin1String(spec.table), columnList, marks.join(u", ")));
        update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                           .arg(QLatin1String(spec.table), assignments.join(u", ")));
        remove.prepare(
            QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(QLatin1String(spec.table)));

        for (const Row &row : rows) {
            const auto it = existing.find(row.emsRef);
            if (it == existing.end()) {
                insert.addBindValue(m_managerId);
                insert.addBindValue(row.emsRef);
                for (const QVariant &value : row.values)
                    insert.addBindValue(value);
                if (!run(insert))
                    return false;
                ids->insert(row.emsRef, insert.lastInsertId().toLongLong());
                ++m_changes->inserted;
                continue;
            }
            const qint64 id = it->first;
            if (it->second != row.values) {
                for (const QVariant &value : row.values)
                    update.addBindValue(value);
                update.addBindValue(id);
                if (!run(update))
                    return false;
                ++m_changes->updated;
            }
            ids->insert(row.emsRef, id);
            existing.erase(it);
        }
        for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
            remove.addBindValue(it->first);
            if (!run(remove))
                return false;
            // A later table of the same write must not name the row just deleted.
            ids->remove(it.key());
            ++m_changes->deleted;
        }
        return true;
    }

    // ems_ref -> id for a table, to resolve the parent references of another.
    bool loadIds(const char *table, RefMap *ids)
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(QStringLiteral("SELECT ems_ref, id FROM %1 WHERE manager_id = ?")
                          .arg(QLatin1String(table)));
        query.addBindValue(m_managerId);
        if (!run(query))
            return false;
        while (query.next())
            ids->insert(query.value(0).toString(), query.value(1).toLongLong());
        return true;
    }

private:
    QStringList targetRefs(InventoryKind kind) const
    {
        QStringList refs;
        for (const InventoryTarget &target : m_collection.targets) {
            if (target.kind == kind)
                refs << target.emsRef;
        }
        return refs;
    }

    bool loadExisting(InventoryKind kind, const TableSpec &spec,
                      QHash<QString, QPair<qint64, QVariantList>> *existing)
    {
        QString sql =
            QStringLiteral("SELECT t.id, t.ems_ref, t.%1 FROM %2 t WHERE t.manager_id = ?")
                .arg(spec.columns.join(QStringLiteral(", t.")), QLatin1String(spec.table));
        QStringList refs;
        if (m_collection.targeted) {
            refs = targetRefs(kind);
            QStringList ownerRefs = spec.ownerColumn ? targetRefs(spec.ownerKind) : QStringList();
            if (refs.isEmpty() && ownerRefs.isEmpty())
                return true;
            QStringList conditions;
            if (!refs.isEmpty())
                conditions << QStringLiteral("t.ems_ref IN (%1)").arg(placeholders(refs.size()));
            if (!ownerRefs.isEmpty()) {
                const char *ownerTable = spec.ownerKind == InventoryKind::Vm ? "vms" : "storages";
                conditions << QStringLiteral("t.%1 IN (SELECT id FROM %2 WHERE manager_id = ? AND "
                                             "ems_ref IN (%3))")
                                  .arg(QLatin1String(spec.ownerColumn), QLatin1String(ownerTable),
                                       placeholders(ownerRefs.size()));
            }
            sql += QStringLiteral(" AND (") + conditions.join(QStringLiteral(" OR ")) + u')';
            if (!ownerRefs.isEmpty()) {
                refs << QString(); // a marker: the manager id comes before the owner refs
                refs << ownerRefs;
            }
        }
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(sql);
        query.addBindValue(m_managerId);
        for (const QString &ref : std::as_const(refs)) {
            if (ref.isNull())
                query.addBindValue(m_managerId);
            else
                query.addBindValue(ref);
        }
        if (!run(query))
            return false;
        const int columnCount = int(spec.columns.size());
        existing->reserve(1024);
        while (query.next()) {
            QVariantList values;
            values.reserve(columnCount);
            for (int i = 0; i < columnCount; ++i)
                values << normalized(query.value(2 + i));
            existing->insert(query.value(1).toString(), {query.value(0).toLongLong(), values});
        }
        return true;
    }

    static QString placeholders(qsizetype count)
    {
        QString marks;
        marks.reserve(count * 2);
        for (qsizetype i = 0; i < count; ++i)
            marks += i ? QStringLiteral(",?") : QStringLiteral("?");
        return marks;
    }

    bool run(QSqlQuery &query)
    {
        if (query.exec())
            return true;
        error = query.lastError().text();
        return false;
    }

    QSqlDatabase m_db;
    qint64 m_managerId;
    const InventoryCollection &m_collection;
    InventoryChanges *m_changes;
};

template <typename Record, typename ToValues>
QList<Row> rowsOf(const QList<Record> &records, ToValues toValues)
{
    QList<Row> rows;
    rows.reserve(records.size());
    for (const Record &record : records) {
        Row row{record.emsRef, toValues(record)};
        for (QVariant &value : row.values)
            value = normalized(value);
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace

Persister::Persister(qint64 managerId) : m_managerId(managerId) {}

bool Persister::persist(const InventoryCollection &collection, InventoryChanges *changes,
                        QString *error)
{
    static const TableSpec datacenters{"datacenters", {QStringLiteral("name")}};
    static const TableSpec folders{
        "folders", QStringLiteral("datacenter_id parent_ref name folder_type").split(u' ')};
    static const TableSpec clusters{"clusters", QStringLiteral("datacenter_id name").split(u' ')};
    static const TableSpec resourcePools{
        "resource_pools",
        QStringLiteral("datacenter_id cluster_id parent_ref name cpu_reservation_mhz "
                       "cpu_limit_mhz memory_reservation_bytes memory_limit_bytes")
            .split(u' ')};
    static const TableSpec hosts{
        "hosts", QStringLiteral("datacenter_id cluster_id name hostname uri hypervisor "
                                "hypervisor_version cpu_model cpu_sockets cpu_cores cpu_threads "
                                "cpu_mhz memory_bytes power_state")
                     .split(u' ')};
    static const TableSpec networks{
        "networks",
        QStringLiteral("datacenter_id host_id name uuid bridge forward_mode active").split(u' ')};
    static const TableSpec storages{
        "storages", QStringLiteral("datacenter_id host_id name uuid type path capacity_bytes "
                                   "allocation_bytes available_bytes active")
                        .split(u' ')};
    static const TableSpec volumes{
        "storage_volumes",
        QStringLiteral("storage_id name path type capacity_bytes allocation_bytes").split(u' '),
        "storage_id", InventoryKind::Storage};
    static const TableSpec vms{
        "vms", QStringLiteral("datacenter_id resource_pool_id folder_id host_id name uuid "
                              "power_state vcpus memory_bytes max_memory_bytes os_type "
                              "is_template raw_description")
                   .split(u' ')};
    static const TableSpec disks{
        "disks", QStringLiteral("vm_id device target bus source format capacity_bytes").split(u' '),
        "vm_id", InventoryKind::Vm};
    static const TableSpec nics{"nics",
                                QStringLiteral("vm_id mac model source_type source").split(u' '),
                                "vm_id", InventoryKind::Vm};

    QElapsedTimer timer;
    timer.start();
    InventoryChanges counted;
    QSqlDatabase db = Database::connection();
    if (!db.isOpen()) {
        *error = Persister::tr("The database is not open: %1").arg(db.lastError().text());
        return false;
    }
    WriteTransaction transaction(db);
    if (!transaction.isOpen()) {
        *error =
            Persister::tr("The database cannot start a transaction: %1").arg(transaction.error());
        return false;
    }
    TablePersister tables(db, m_managerId, collection, &counted);
    RefMap datacenterIds, folderIds, clusterIds, poolIds, hostIds, storageIds, vmIds, unused;

    // A targeted collection holds only its targets, so references to other parents are
    // resolved from what the database already has.
    if (collection.targeted) {
        if (!tables.loadIds("datacenters", &datacenterIds) ||
            !tables.loadIds("folders", &folderIds) || !tables.loadIds("clusters", &clusterIds) ||
            !tables.loadIds("resource_pools", &poolIds) || !tables.loadIds("hosts", &hostIds) ||
            !tables.loadIds("storages", &storageIds)) {
            *error = Persister::tr("Saving the inventory failed, nothing was changed: %1")
                         .arg(tables.error);
            return false;
        }
    }
    bool ok = tables.apply(InventoryKind::Datacenter, datacenters,
                           rowsOf(collection.datacenters,
                                  [](const DatacenterRecord &d) { return QVariantList{d.name}; }),
                           &datacenterIds);
    ok = ok && tables.apply(InventoryKind::Folder, folders,
                            rowsOf(collection.folders,
                                   [&](const FolderRecord &f) {
                                       return QVariantList{idOrNull(datacenterIds, f.datacenterRef),
                                                           f.parentRef, f.name, f.folderType};
                                   }),
                            &folderIds);
    ok = ok && tables.apply(
                   InventoryKind::Cluster, clusters,
                   rowsOf(collection.clusters,
                          [&](const ClusterRecord &c) {
                              return QVariantList{idOrNull(datacenterIds, c.datacenterRef), c.name};
                          }),
                   &clusterIds);
    ok = ok && tables.apply(InventoryKind::ResourcePool, resourcePools,
                            rowsOf(collection.resourcePools,
                                   [&](const ResourcePoolRecord &p) {
                                       return QVariantList{idOrNull(datacenterIds, p.datacenterRef),
                                                           idOrNull(clusterIds, p.clusterRef),
                                                           p.parentRef,
                                                           p.name,
                                                           p.cpuReservationMhz,
                                                           p.cpuLimitMhz,
                                                           p.memoryReservationBytes,
                                                           p.memoryLimitBytes};
                                   }),
                            &poolIds);
    ok = ok && tables.apply(InventoryKind::Host, hosts,
                            rowsOf(collection.hosts,
                                   [&](const HostRecord &h) {
                                       return QVariantList{idOrNull(datacenterIds, h.datacenterRef),
                                                           idOrNull(clusterIds, h.clusterRef),
                                                           h.name,
                                                           h.hostname,
                                                           h.uri,
                                                           h.hypervisor,
                                                           h.hypervisorVersion,
                                                           h.cpuModel,
                                                           h.cpuSockets,
                                                           h.cpuCores,
                                                           h.cpuThreads,
                                                           h.cpuMhz,
                                                           h.memoryBytes,
                                                           h.powerState};
                                   }),
                            &hostIds);
    ok = ok && tables.apply(InventoryKind::Network, networks,
                            rowsOf(collection.networks,
                                   [&](const NetworkRecord &n) {
                                       return QVariantList{idOrNull(datacenterIds, n.datacenterRef),
                                                           idOrNull(hostIds, n.hostRef),
                                                           n.name,
                                                           n.uuid,
                                                           n.bridge,
                                                           n.forwardMode,
                                                           n.active};
                                   }),
                            &unused);
    ok = ok && tables.apply(InventoryKind::Storage, storages,
                            rowsOf(collection.storages,
                                   [&](const StorageRecord &s) {
                                       return QVariantList{idOrNull(datacenterIds, s.datacenterRef),
                                                           idOrNull(hostIds, s.hostRef),
                                                           s.name,
                                                           s.uuid,
                                                           s.type,
                                                           s.path,
                                                           s.capacityBytes,
                                                           s.allocationBytes,
                                                           s.availableBytes,
                                                           s.active};
                                   }),
                            &storageIds);
    ok = ok && tables.apply(InventoryKind::StorageVolume, volumes,
                            rowsOf(collection.volumes,
                                   [&](const StorageVolumeRecord &v) {
                                       return QVariantList{idOrNull(storageIds, v.storageRef),
                                                           v.name,
                                                           v.path,
                                                           v.type,
                                                           v.capacityBytes,
                                                           v.allocationBytes};
                                   }),
                            &unused);
    ok = ok && tables.apply(InventoryKind::Vm, vms,
                            rowsOf(collection.vms,
                                   [&](const VmRecord &v) {
                                       return QVariantList{idOrNull(datacenterIds, v.datacenterRef),
                                                           idOrNull(poolIds, v.resourcePoolRef),
                                                           idOrNull(folderIds, v.folderRef),
                                                           idOrNull(hostIds, v.hostRef),
                                                           v.name,
                                                           v.uuid,
                                                           v.powerState,
                                                           v.vcpus,
                                                           v.memoryBytes,
                                                           v.maxMemoryBytes,
                                                           v.osType,
                                                           v.isTemplate,
                                                           v.rawDescription};
                                   }),
                            &vmIds);
    ok = ok &&
         tables.apply(
             InventoryKind::Disk, disks,
             rowsOf(collection.disks,
                    [&](const DiskRecord &d) {
                        return QVariantList{
                            idOrNull(vmIds, d.vmRef), d.device, d.target, d.bus, d.source, d.format,
                            d.capacityBytes};
                    }),
             &unused);
    ok = ok && tables.apply(InventoryKind::Nic, nics,
                            rowsOf(collection.nics,
                                   [&](const NicRecord &n) {
                                       return QVariantList{idOrNull(vmIds, n.vmRef), n.mac, n.model,
                                                           n.sourceType, n.source};
                                   }),
                            &unused);
    if (!ok) {
        *error =
            Persister::tr("Saving the inventory failed, nothing was changed: %1").arg(tables.error);
        return false;
    }
    if (!transaction.commit()) {
        *error = Persister::tr("Saving the inventory failed, nothing was changed: %1")
                     .arg(transaction.error());
        return false;
    }
    *changes = counted;
    qCDebug(lcDatabase) << "persisted manager" << m_managerId << "in" << timer.elapsed()
                        << "ms:" << counted.inserted << "inserted" << counted.updated << "updated"
                        << counted.deleted << "deleted";
    return true;
}

} // namespace Vantage
