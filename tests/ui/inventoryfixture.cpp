#include "inventoryfixture.h"

#include "core/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Vantage::Testing {

bool InventoryFixture::open(const QTemporaryDir &dir, QString *error)
{
    return Database::initialize(dir.filePath(QStringLiteral("ui-test.sqlite")), error);
}

bool InventoryFixture::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(Database::connection());
    q.prepare(sql);
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec()) {
        qWarning("fixture SQL failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

qint64 InventoryFixture::insert(const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(Database::connection());
    q.prepare(sql);
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec()) {
        qWarning("fixture SQL failed: %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

QString InventoryFixture::nextRef()
{
    static int counter = 0;
    return QStringLiteral("ref-%1").arg(++counter);
}

qint64 InventoryFixture::addProvider(const QString &name, qint64 *managerId, const QString &type,
                                     const QString &endpoint)
{
    const qint64 providerId =
        insert(QStringLiteral("INSERT INTO providers (name, type, created_at) VALUES (?, ?, ?)"),
               {name, type, nowMs()});
    const qint64 manager =
        insert(QStringLiteral("INSERT INTO managers (provider_id, kind, type, name, endpoints) "
                              "VALUES (?, 'infra', ?, ?, ?)"),
               {providerId, type, name, QStringLiteral("[\"%1\"]").arg(endpoint)});
    if (managerId)
        *managerId = manager;
    return providerId;
}

void InventoryFixture::setRefreshStatus(qint64 managerId, const QString &status,
                                        const QString &error, qint64 atMs)
{
    const qint64 at = atMs > 0 ? atMs : nowMs();
    exec(QStringLiteral("UPDATE managers SET last_refresh_status = ?, last_refresh_error = ?, "
                        "last_refresh_at = ?, last_success_at = CASE WHEN ? = 'ok' THEN ? "
                        "ELSE last_success_at END WHERE id = ?"),
         {status, error.isEmpty() ? QVariant() : QVariant(error), at, status, at, managerId});
}

qint64 InventoryFixture::addDatacenter(qint64 managerId, const QString &name)
{
    return insert(
        QStringLiteral("INSERT INTO datacenters (manager_id, ems_ref, name) VALUES (?, ?, ?)"),
        {managerId, nextRef(), name});
}

qint64 InventoryFixture::addCluster(qint64 managerId, const QString &name)
{
    return insert(
        QStringLiteral("INSERT INTO clusters (manager_id, ems_ref, name) VALUES (?, ?, ?)"),
        {managerId, nextRef(), name});
}

qint64 InventoryFixture::addHost(qint64 managerId, qint64 clusterId, const QString &name)
{
    return insert(QStringLiteral("INSERT INTO hosts (manager_id, ems_ref, cluster_id, name, "
                                 "hostname, hypervisor, hypervisor_version, cpu_model, "
                                 "cpu_sockets, cpu_cores, cpu_threads, cpu_mhz, memory_bytes, "
                                 "power_state) VALUES (?, ?, ?, ?, ?, 'QEMU', '8.2.0', "
                                 "'AMD EPYC 7302', 2, 16, 64, 3000, ?, 'on')"),
                  {managerId, nextRef(), clusterId > 0 ? QVariant(clusterId) : QVariant(), name,
                   QString(name + QStringLiteral(".example.net")), qint64(256) << 30});
}

qint64 InventoryFixture::addVm(qint64 managerId, qint64 hostId, const QString &name,
                               const QString &power)
{
    static int serial = 0;
    ++serial;
    return insert(
        QStringLiteral("INSERT INTO vms (manager_id, ems_ref, host_id, name, uuid, "
                       "power_state, vcpus, memory_bytes, max_memory_bytes, os_type) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'hvm')"),
        {managerId, nextRef(), hostId > 0 ? QVariant(hostId) : QVariant(), name,
         QStringLiteral("6f1c2d3e-0000-4000-8000-%1").arg(serial, 12, 10, QLatin1Char('0')), power,
         1 + serial % 8, (qint64(1) << 30) * (1 + serial % 16), (qint64(1) << 30) * 16});
}

qint64 InventoryFixture::addNetwork(qint64 managerId, const QString &name)
{
    return insert(QStringLiteral("INSERT INTO networks (manager_id, ems_ref, name, bridge, "
                                 "forward_mode, active) VALUES (?, ?, ?, ?, 'nat', 1)"),
                  {managerId, nextRef(), name, QString(QStringLiteral("virbr-") + name)});
}

qint64 InventoryFixture::addStorage(qint64 managerId, const QString &name)
{
    return insert(QStringLiteral("INSERT INTO storages (manager_id, ems_ref, name, type, path, "
                                 "capacity_bytes, allocation_bytes, available_bytes, active) "
                                 "VALUES (?, ?, ?, 'dir', ?, ?, ?, ?, 1)"),
                  {managerId, nextRef(), name, QString(QStringLiteral("/var/lib/libvirt/") + name),
                   qint64(2) << 40, qint64(1) << 40, qint64(1) << 40});
}

qint64 InventoryFixture::addVolume(qint64 managerId, qint64 storageId, const QString &name)
{
    return insert(QStringLiteral("INSERT INTO storage_volumes (manager_id, ems_ref, storage_id, "
                                 "name, path, type, capacity_bytes, allocation_bytes) "
                                 "VALUES (?, ?, ?, ?, ?, 'qcow2', ?, ?)"),
                  {managerId, nextRef(), storageId, name, QString(QStringLiteral("/pool/") + name),
                   qint64(40) << 30, qint64(12) << 30});
}

qint64 InventoryFixture::addDisk(qint64 managerId, qint64 vmId, const QString &target,
                                 const QString &source)
{
    return insert(QStringLiteral("INSERT INTO disks (manager_id, ems_ref, vm_id, device, target, "
                                 "bus, source, format, capacity_bytes) "
                                 "VALUES (?, ?, ?, 'disk', ?, 'virtio', ?, 'qcow2', ?)"),
                  {managerId, nextRef(), vmId, target, source, qint64(40) << 30});
}

qint64 InventoryFixture::addNic(qint64 managerId, qint64 vmId, const QString &mac,
                                const QString &network)
{
    return insert(
        QStringLiteral("INSERT INTO nics (manager_id, ems_ref, vm_id, mac, model, "
                       "source_type, source) VALUES (?, ?, ?, ?, 'virtio', 'network', ?)"),
        {managerId, nextRef(), vmId, mac, network});
}

qint64 InventoryFixture::addLargeProvider(const QString &name, int clusters, int hostsPerCluster,
                                          int vmsPerHost, qint64 *managerId)
{
    QSqlDatabase db = Database::connection();
    db.transaction();
    qint64 manager = 0;
    const qint64 providerId = addProvider(name, &manager);
    int vm = 0;
    for (int c = 0; c < clusters; ++c) {
        const qint64 cluster =
            addCluster(manager, QStringLiteral("%1-cluster-%2").arg(name).arg(c));
        for (int h = 0; h < hostsPerCluster; ++h) {
            const qint64 host =
                addHost(manager, cluster, QStringLiteral("%1-host-%2-%3").arg(name).arg(c).arg(h));
            for (int v = 0; v < vmsPerHost; ++v) {
                addVm(manager, host,
                      QStringLiteral("%1-vm-%2").arg(name).arg(vm, 5, 10, QLatin1Char('0')),
                      vm % 3 == 0 ? QStringLiteral("off") : QStringLiteral("on"));
                ++vm;
            }
        }
    }
    addNetwork(manager, QStringLiteral("default"));
    const qint64 pool = addStorage(manager, QStringLiteral("images"));
    addVolume(manager, pool, QStringLiteral("base.qcow2"));
    addVolume(manager, pool, QStringLiteral("data.qcow2"));
    db.commit();
    if (managerId)
        *managerId = manager;
    return providerId;
}

} // namespace Vantage::Testing
