#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// What a provider's collector returns: the manager's objects as plain values, each named by its
// ems_ref (the manager's own stable id). Parents are referenced by ems_ref too; the persister
// turns references into row ids. Providers never see the database.
namespace Vantage {

struct ClusterRecord
{
    QString emsRef;
    QString name;
};

struct HostRecord
{
    QString emsRef;
    QString clusterRef;
    QString name;
    QString hostname;
    QString uri;
    QString hypervisor;
    QString hypervisorVersion;
    QString cpuModel;
    int cpuSockets = 0;
    int cpuCores = 0;
    int cpuThreads = 0;
    qint64 cpuMhz = 0;
    qint64 memoryBytes = 0;
    QString powerState; // "on", "off", "unknown"
};

// Power states are generic words so that every provider maps into the same vocabulary.
namespace PowerState {
inline constexpr auto On = "on";
inline constexpr auto Off = "off";
inline constexpr auto Suspended = "suspended";
inline constexpr auto Paused = "paused";
inline constexpr auto ShuttingDown = "shutting_down";
inline constexpr auto Crashed = "crashed";
inline constexpr auto Unknown = "unknown";
} // namespace PowerState

struct VmRecord
{
    QString emsRef;
    QString hostRef;
    QString name;
    QString uuid;
    QString powerState;
    int vcpus = 0;
    qint64 memoryBytes = 0;
    qint64 maxMemoryBytes = 0;
    QString osType;
    bool isTemplate = false;
    QString rawDescription; // the manager's own description (libvirt domain XML, ...)
};

struct DiskRecord
{
    QString emsRef;
    QString vmRef;
    QString device; // disk, cdrom, floppy, lun
    QString target; // vda, sda, ...
    QString bus;
    QString source; // file path, volume, or network name
    QString format; // raw, qcow2, ...
    qint64 capacityBytes = 0;
};

struct NicRecord
{
    QString emsRef;
    QString vmRef;
    QString mac;
    QString model;
    QString sourceType; // network, bridge, direct, user
    QString source;     // network or bridge name
};

struct NetworkRecord
{
    QString emsRef;
    QString hostRef;
    QString name;
    QString uuid;
    QString bridge;
    QString forwardMode;
    bool active = false;
};

struct StorageRecord
{
    QString emsRef;
    QString hostRef;
    QString name;
    QString uuid;
    QString type; // dir, logical, netfs, datastore, ...
    QString path;
    qint64 capacityBytes = 0;
    qint64 allocationBytes = 0;
    qint64 availableBytes = 0;
    bool active = false;
};

struct StorageVolumeRecord
{
    QString emsRef;
    QString storageRef;
    QString name;
    QString path;
    QString type;
    qint64 capacityBytes = 0;
    qint64 allocationBytes = 0;
};

// The kinds of inventory object, in the order they must be persisted (parents first).
// Manager comes last and is not an inventory table: it names a whole manager in metric rollups
// (resource_id = the manager's id); inventoryTableName gives "managers".
enum class InventoryKind {
    Cluster,
    Host,
    Network,
    Storage,
    StorageVolume,
    Vm,
    Disk,
    Nic,
    Manager, // a whole manager, for metric rollups; no table of inventory rows
};

struct InventoryTarget
{
    InventoryKind kind = InventoryKind::Vm;
    QString emsRef;
    friend bool operator==(const InventoryTarget &, const InventoryTarget &) = default;
};

// A full collection replaces the manager's whole inventory. A targeted one speaks only for its
// targets: a target present is inserted or updated (with its disks and NICs), a target absent
// is deleted, and nothing else is touched.
struct InventoryCollection
{
    bool targeted = false;
    QList<InventoryTarget> targets;

    QList<ClusterRecord> clusters;
    QList<HostRecord> hosts;
    QList<NetworkRecord> networks;
    QList<StorageRecord> storages;
    QList<StorageVolumeRecord> volumes;
    QList<VmRecord> vms;
    QList<DiskRecord> disks;
    QList<NicRecord> nics;
};

} // namespace Vantage

Q_DECLARE_METATYPE(Vantage::InventoryTarget)
