#include "core/events.h"

namespace Vantage {

namespace {
struct KindName
{
    InventoryKind kind;
    const char *name;
    const char *table;
};
constexpr KindName kindNames[] = {
    {InventoryKind::Datacenter, "datacenter", "datacenters"},
    {InventoryKind::Folder, "folder", "folders"},
    {InventoryKind::Cluster, "cluster", "clusters"},
    {InventoryKind::ResourcePool, "resource_pool", "resource_pools"},
    {InventoryKind::Host, "host", "hosts"},
    {InventoryKind::Network, "network", "networks"},
    {InventoryKind::Storage, "storage", "storages"},
    {InventoryKind::StorageVolume, "storage_volume", "storage_volumes"},
    {InventoryKind::Vm, "vm", "vms"},
    {InventoryKind::Disk, "disk", "disks"},
    {InventoryKind::Nic, "nic", "nics"},
    {InventoryKind::Manager, "manager", "managers"},
};
} // namespace

const QStringList &EventType::all()
{
    static const QStringList types = {
        QStringLiteral("vm_created"),
        QStringLiteral("vm_deleted"),
        QStringLiteral("vm_power_on"),
        QStringLiteral("vm_power_off"),
        QStringLiteral("vm_suspended"),
        QStringLiteral("vm_resumed"),
        QStringLiteral("vm_reconfigured"),
        QStringLiteral("vm_migrated"),
        QStringLiteral("vm_rebooted"),
        QStringLiteral("vm_crashed"),
        QStringLiteral("vm_device_added"),
        QStringLiteral("vm_device_removed"),
        // Vantage's own: retirement warns, then retires (core/retirementscheduler.h).
        QStringLiteral("vm_retirement_warning"),
        QStringLiteral("vm_retired"),
        QStringLiteral("host_connected"),
        QStringLiteral("host_disconnected"),
        QStringLiteral("network_created"),
        QStringLiteral("network_deleted"),
        QStringLiteral("network_started"),
        QStringLiteral("network_stopped"),
        QStringLiteral("storage_created"),
        QStringLiteral("storage_deleted"),
        QStringLiteral("storage_started"),
        QStringLiteral("storage_stopped"),
        QString::fromLatin1(Other),
    };
    return types;
}

bool EventType::isKnown(const QString &type)
{
    return all().contains(type);
}

InventoryKind EventType::targetKindOf(const QString &type)
{
    if (type.startsWith(QStringLiteral("host_")))
        return InventoryKind::Host;
    if (type.startsWith(QStringLiteral("network_")))
        return InventoryKind::Network;
    if (type.startsWith(QStringLiteral("storage_")))
        return InventoryKind::Storage;
    return InventoryKind::Vm;
}

QString inventoryKindName(InventoryKind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

QString inventoryTableName(InventoryKind kind)
{
    for (const KindName &entry : kindNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.table);
    }
    return {};
}

InventoryKind inventoryKindFromName(const QString &name, bool *ok)
{
    for (const KindName &entry : kindNames) {
        if (name == QLatin1String(entry.name)) {
            if (ok)
                *ok = true;
            return entry.kind;
        }
    }
    if (ok)
        *ok = false;
    return InventoryKind::Vm;
}

} // namespace Vantage
