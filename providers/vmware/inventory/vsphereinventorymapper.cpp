#include "providers/vmware/inventory/vsphereinventorymapper.h"

#include <QSet>

namespace Vantage {

namespace {

constexpr qint64 MiB = 1024 * 1024;

QString vmPowerState(const QString &state)
{
    if (state == u"poweredOn")
        return QString::fromLatin1(PowerState::On);
    if (state == u"poweredOff")
        return QString::fromLatin1(PowerState::Off);
    if (state == u"suspended")
        return QString::fromLatin1(PowerState::Suspended);
    return QString::fromLatin1(PowerState::Unknown);
}

// A host in standby (DPM) is powered down; a host vCenter cannot reach has no known state.
QString hostPowerState(const QString &state, const QString &connection)
{
    if (connection == u"disconnected" || connection == u"notResponding")
        return QString::fromLatin1(PowerState::Unknown);
    if (state == u"poweredOn")
        return QString::fromLatin1(PowerState::On);
    if (state == u"poweredOff" || state == u"standBy")
        return QString::fromLatin1(PowerState::Off);
    return QString::fromLatin1(PowerState::Unknown);
}

// "VirtualLsiLogicController" → "scsi": the bus a disk hangs on, named like libvirt's.
QString controllerBus(const QString &type)
{
    if (type.contains(u"IDE"))
        return QStringLiteral("ide");
    if (type.contains(u"SATA") || type.contains(u"AHCI"))
        return QStringLiteral("sata");
    if (type.contains(u"NVME", Qt::CaseInsensitive))
        return QStringLiteral("nvme");
    if (type.contains(u"SCSI") || type.contains(u"LsiLogic") || type.contains(u"BusLogic"))
        return QStringLiteral("scsi");
    if (type.contains(u"USB"))
        return QStringLiteral("usb");
    return {};
}

// What a folder may hold ("childType": Folder plus one kind of object) as a FolderType word.
QString folderType(const VsphereObject &object)
{
    for (const qsizetype item : object.children(object.find(u"childType"))) {
        const QString &child = object.nodes[item].text;
        if (child == u"VirtualMachine")
            return QString::fromLatin1(FolderType::Vm);
        if (child == u"ComputeResource")
            return QString::fromLatin1(FolderType::Host);
        if (child == u"Datastore")
            return QString::fromLatin1(FolderType::Datastore);
        if (child == u"Network")
            return QString::fromLatin1(FolderType::Network);
        if (child == u"Datacenter")
            return QString::fromLatin1(FolderType::Datacenter);
    }
    return {};
}

bool isEthernetCard(const QString &type)
{
    return type == u"VirtualE1000" || type == u"VirtualE1000e" || type == u"VirtualPCNet32" ||
           type == u"VirtualVmxnet" || type == u"VirtualVmxnet2" || type == u"VirtualVmxnet3" ||
           type == u"VirtualVmxnet3Vrdma" || type == u"VirtualSriovEthernetCard";
}

} // namespace

void VsphereInventoryMapper::add(const VsphereObject &object)
{
    const QString &type = object.ref.type;
    const QString &ref = object.ref.value;
    const QString name = object.value(u"name");
    m_containers.insert(ref, {type, object.refAt(object.find(u"parent"))});

    if (type == u"Datacenter") {
        m_datacenters.append({ref, name});
    } else if (type == u"Folder") {
        addFolder(object);
    } else if (type == u"ClusterComputeResource") {
        m_clusters.append({ref, name, {}});
    } else if (type == u"ResourcePool") {
        addResourcePool(object);
    } else if (type == u"HostSystem") {
        addHost(object);
    } else if (type == u"VirtualMachine") {
        addVm(object);
    } else if (type == u"Datastore") {
        StorageRecord storage;
        storage.emsRef = ref;
        storage.name = name;
        storage.type = object.value(u"summary.type");
        storage.path = object.value(u"summary.url");
        storage.capacityBytes = number(object, u"summary.capacity");
        storage.availableBytes = number(object, u"summary.freeSpace");
        storage.allocationBytes = qMax<qint64>(0, storage.capacityBytes - storage.availableBytes);
        storage.active = object.value(u"summary.accessible") == u"true";
        m_storages.append(storage);
    } else if (type == u"Network" || type == u"DistributedVirtualPortgroup" ||
               type == u"OpaqueNetwork") {
        NetworkRecord network;
        network.emsRef = ref;
        network.name = name;
        // A port group has no "accessible" summary of its own here; it exists while its switch
        // does.
        const QString accessible = object.value(u"summary.accessible");
        network.active = accessible.isEmpty() || accessible == u"true";
        if (type == u"DistributedVirtualPortgroup")
            network.forwardMode = QStringLiteral("distributed");
        m_networks.append(network);
    }
}

void VsphereInventoryMapper::addFolder(const VsphereObject &object)
{
    FolderRecord folder;
    folder.emsRef = object.ref.value;
    folder.name = object.value(u"name");
    folder.parentRef = object.value(u"parent");
    folder.folderType = folderType(object);
    m_folders.append(folder);
}

void VsphereInventoryMapper::addResourcePool(const VsphereObject &object)
{
    ResourcePoolRecord pool;
    pool.emsRef = object.ref.value;
    pool.name = object.value(u"name");
    pool.parentRef = object.value(u"parent");
    // Absent values keep the record's defaults (no reservation, no limit); -1 is vSphere's own
    // "unlimited".
    const auto read = [&](QStringView path, qint64 unit, qint64 *field) {
        if (object.find(path) < 0)
            return;
        const qint64 value = number(object, path);
        *field = value < 0 ? -1 : value * unit;
    };
    read(u"config.cpuAllocation.reservation", 1, &pool.cpuReservationMhz);
    read(u"config.cpuAllocation.limit", 1, &pool.cpuLimitMhz);
    read(u"config.memoryAllocation.reservation", MiB, &pool.memoryReservationBytes);
    read(u"config.memoryAllocation.limit", MiB, &pool.memoryLimitBytes);
    m_resourcePools.append(pool);
}

void VsphereInventoryMapper::addHost(const VsphereObject &object)
{
    HostRecord host;
    host.emsRef = object.ref.value;
    host.name = object.value(u"name");
    host.hostname = host.name;
    host.cpuModel = object.value(u"summary.hardware.cpuModel");
    host.cpuSockets = int(number(object, u"summary.hardware.numCpuPkgs"));
    host.cpuCores = int(number(object, u"summary.hardware.numCpuCores"));
    host.cpuThreads = int(number(object, u"summary.hardware.numCpuThreads"));
    host.cpuMhz = number(object, u"summary.hardware.cpuMhz");
    host.memoryBytes = number(object, u"summary.hardware.memorySize");
    host.hypervisor = object.value(u"summary.config.product.name");
    if (host.hypervisor.isEmpty())
        host.hypervisor = QStringLiteral("VMware ESXi");
    host.hypervisorVersion = object.value(u"summary.config.product.version");
    host.powerState = hostPowerState(object.value(u"runtime.powerState"),
                                     object.value(u"runtime.connectionState"));
    m_hosts.append(host);
}

void VsphereInventoryMapper::addVm(const VsphereObject &object)
{
    VmRecord vm;
    vm.emsRef = object.ref.value;
    vm.name = object.value(u"name");
    vm.hostRef = object.value(u"runtime.host");
    vm.uuid = object.value(u"config.uuid");
    vm.powerState = vmPowerState(object.value(u"runtime.powerState"));
    vm.vcpus = int(number(object, u"config.hardware.numCPU"));
    vm.memoryBytes = number(object, u"config.hardware.memoryMB") * MiB;
    vm.maxMemoryBytes = vm.memoryBytes;
    vm.osType = object.value(u"config.guestId");
    vm.isTemplate = object.value(u"config.template") == u"true";
    vm.resourcePoolRef = object.value(u"resourcePool");
    // A VM inside a vApp has the vApp as its parent, which is no folder.
    const VsphereMoref parent = object.refAt(object.find(u"parent"));
    if (parent.type == u"Folder")
        vm.folderRef = parent.value;
    m_vms.append(vm);
    addDevices(object, vm.emsRef);
}

void VsphereInventoryMapper::addDevices(const VsphereObject &object, const QString &vmRef)
{
    const qsizetype array = object.find(u"config.hardware.device");
    const QList<qsizetype> devices = object.children(array);
    // Controllers first: a disk names its controller by key.
    QHash<QString, std::pair<QString, QString>> controllers; // key → (bus, bus number)
    for (qsizetype device : devices) {
        const QString bus = controllerBus(object.nodes[device].type);
        if (!bus.isEmpty() && object.nodes[device].type.endsWith(u"Controller"))
            controllers.insert(object.childValue(device, u"key"),
                               {bus, object.childValue(device, u"busNumber")});
    }
    for (qsizetype device : devices) {
        const QString &type = object.nodes[device].type;
        const QString key = object.childValue(device, u"key");
        if (type == u"VirtualDisk" || type == u"VirtualCdrom" || type == u"VirtualFloppy") {
            DiskRecord disk;
            disk.emsRef = vmRef + u'/' + key;
            disk.vmRef = vmRef;
            disk.device = type == u"VirtualDisk"    ? QStringLiteral("disk")
                          : type == u"VirtualCdrom" ? QStringLiteral("cdrom")
                                                    : QStringLiteral("floppy");
            const auto controller = controllers.value(object.childValue(device, u"controllerKey"));
            disk.bus = controller.first;
            // "scsi0:1", as vSphere's own UI names a disk's place.
            if (!controller.first.isEmpty())
                disk.target = controller.first + controller.second + u':' +
                              object.childValue(device, u"unitNumber");
            disk.source = object.childValue(device, u"backing.fileName");
            if (type == u"VirtualDisk") {
                disk.format = QStringLiteral("vmdk");
                bool ok = false;
                disk.capacityBytes = object.childValue(device, u"capacityInBytes").toLongLong(&ok);
                if (!ok)
                    disk.capacityBytes =
                        object.childValue(device, u"capacityInKB").toLongLong() * 1024;
            }
            m_disks.append(disk);
        } else if (isEthernetCard(type)) {
            NicRecord nic;
            nic.emsRef = vmRef + u'/' + key;
            nic.vmRef = vmRef;
            nic.mac = object.childValue(device, u"macAddress");
            nic.model = type.mid(7).toLower(); // "VirtualVmxnet3" → "vmxnet3"
            const qsizetype backing = object.children(device, u"backing").value(0, -1);
            const QString portgroup = object.childValue(backing, u"port.portgroupKey");
            if (!portgroup.isEmpty()) {
                nic.sourceType = QStringLiteral("distributed");
                nic.source = portgroup;
            } else {
                nic.sourceType = QStringLiteral("network");
                const QString network = object.childValue(backing, u"network");
                nic.source =
                    network.isEmpty() ? object.childValue(backing, u"deviceName") : network;
            }
            m_nics.append(nic);
        }
    }
}

qint64 VsphereInventoryMapper::number(const VsphereObject &object, QStringView path)
{
    const QString text = object.value(path);
    if (text.isEmpty())
        return 0;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok) {
        m_warnings.append(tr("%1 of %2 is not a number: \"%3\"")
                              .arg(path.toString(), object.ref.value, text.left(40)));
        return 0;
    }
    return value;
}

InventoryCollection VsphereInventoryMapper::collection() const
{
    InventoryCollection collection;
    collection.datacenters = m_datacenters;
    const auto placed = [this](auto records) {
        for (auto &record : records)
            record.datacenterRef = datacenterOf(record.emsRef);
        return records;
    };
    collection.folders = placed(m_folders);
    collection.clusters = placed(m_clusters);
    collection.resourcePools = placed(m_resourcePools);
    for (ResourcePoolRecord &pool : collection.resourcePools)
        pool.clusterRef = ancestorOf(pool.emsRef, u"ClusterComputeResource");
    collection.hosts = placed(m_hosts);
    for (HostRecord &host : collection.hosts) {
        // A standalone host's parent is its own ComputeResource: no cluster.
        const Container container = m_containers.value(host.emsRef);
        if (container.parent.type == u"ClusterComputeResource")
            host.clusterRef = container.parent.value;
    }
    collection.networks = placed(m_networks);
    collection.storages = placed(m_storages);
    collection.vms = placed(m_vms);
    collection.disks = m_disks;
    collection.nics = m_nics;
    return collection;
}

InventoryCollection VsphereInventoryMapper::collection(const QList<InventoryTarget> &targets) const
{
    QHash<InventoryKind, QSet<QString>> wanted;
    for (const InventoryTarget &target : targets)
        wanted[target.kind].insert(target.emsRef);
    const auto keep = [&](auto *records, InventoryKind kind, auto refOf) {
        const QSet<QString> refs = wanted.value(kind);
        records->removeIf([&](const auto &record) { return !refs.contains(refOf(record)); });
    };
    const auto own = [](const auto &record) { return record.emsRef; };
    InventoryCollection c = collection();
    c.targeted = true;
    c.targets = targets;
    keep(&c.datacenters, InventoryKind::Datacenter, own);
    keep(&c.folders, InventoryKind::Folder, own);
    keep(&c.clusters, InventoryKind::Cluster, own);
    keep(&c.resourcePools, InventoryKind::ResourcePool, own);
    keep(&c.hosts, InventoryKind::Host, own);
    keep(&c.networks, InventoryKind::Network, own);
    keep(&c.storages, InventoryKind::Storage, own);
    keep(&c.volumes, InventoryKind::StorageVolume, own);
    keep(&c.vms, InventoryKind::Vm, own);
    keep(&c.disks, InventoryKind::Vm, [](const DiskRecord &disk) { return disk.vmRef; });
    keep(&c.nics, InventoryKind::Vm, [](const NicRecord &nic) { return nic.vmRef; });
    return c;
}

QString VsphereInventoryMapper::datacenterOf(const QString &emsRef) const
{
    // A device ("vm-1/2000") belongs to its VM's datacenter.
    QString ref = emsRef;
    if (!m_containers.contains(ref) && ref.contains(u'/'))
        ref.truncate(ref.lastIndexOf(u'/'));
    return ancestorOf(ref, u"Datacenter");
}

QString VsphereInventoryMapper::ancestorOf(const QString &emsRef, QStringView type) const
{
    QString ref = emsRef;
    // Bounded: a parent cycle in a damaged answer must not hang the refresh.
    for (int hops = 0; hops < 64; ++hops) {
        const auto it = m_containers.constFind(ref);
        if (it == m_containers.constEnd() || it->parent.isNull())
            return {};
        if (it->parent.type == type)
            return it->parent.value;
        ref = it->parent.value;
    }
    return {};
}

} // namespace Vantage
