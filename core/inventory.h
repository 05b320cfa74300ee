#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// What a provider's collector returns: the manager's objects as plain values, each named by its
// ems_ref (the manager's own stable id). Parents are referenced by ems_ref too; the persister
// turns references into row ids. Providers never see the database.
namespace Vantage {

// vSphere's top container: clusters, hosts, VMs, datastores and networks each belong to one.
// libvirt has none, so every datacenterRef below stays empty there.
struct DatacenterRecord
{
    QString emsRef;
    QString name;
};

// What a folder holds, as vSphere sorts a datacenter's content.
namespace FolderType {
inline constexpr auto Datacenter = "datacenter";
inline constexpr auto Vm = "vm";
inline constexpr auto Host = "host";
inline constexpr auto Datastore = "datastore";
inline constexpr auto Network = "network";
} // namespace FolderType

struct FolderRecord
{
    QString emsRef;
    // The parent folder's or datacenter's ems_ref: folders nest to any depth, so the parent is
    // kept as a reference rather than a row id the same write would have to produce first.
    QString parentRef;
    QString datacenterRef;
    QString name;
    QString folderType; // a FolderType word; empty when the server did not say
};

// A vSphere resource pool. Its parent is another pool or, for a cluster's (or a standalone
// host's) root pool "Resources", the compute resource; clusterRef names the cluster above it.
struct ResourcePoolRecord
{
    QString emsRef;
    QString parentRef;
    QString clusterRef;
    QString datacenterRef;
    QString name;
    qint64 cpuReservationMhz = 0;
    qint64 cpuLimitMhz = -1; // -1: unlimited
    qint64 memoryReservationBytes = 0;
    qint64 memoryLimitBytes = -1; // -1: unlimited
};

struct ClusterRecord
{
    QString emsRef;
    QString name;
    QString datacenterRef;
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
    // Also set for a host outside any cluster, so the tree still places it in its datacenter.
    QString datacenterRef;
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
    QString datacenterRef;
    QString resourcePoolRef; // empty for a template, which runs in no pool
    QString folderRef;
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
    QString datacenterRef;
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
    QString datacenterRef;
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
    Datacenter,
    Folder,
    Cluster,
    ResourcePool,
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

    QList<DatacenterRecord> datacenters;
    QList<FolderRecord> folders;
    QList<ClusterRecord> clusters;
    QList<ResourcePoolRecord> resourcePools;
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
