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
    m_containers.insert(ref, {type, name, object.value(u"parent")});

    if (type == u"ClusterComputeResource") {
        m_clusters.append({ref, name});
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
    m_hostParents.insert(host.emsRef, object.refAt(object.find(u"parent")));
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
    for (ClusterRecord cluster : m_clusters) {
        const QString datacenter = datacenterOf(cluster.emsRef);
        if (!datacenter.isEmpty())
            cluster.name = datacenter + u'/' + cluster.name;
        collection.clusters.append(cluster);
    }
    for (HostRecord host : m_hosts) {
        // A standalone host's parent is its own ComputeResource: no cluster.
        const VsphereMoref parent = m_hostParents.value(host.emsRef);
        if (parent.type == u"ClusterComputeResource")
            host.clusterRef = parent.value;
        collection.hosts.append(host);
    }
    collection.networks = m_networks;
    collection.storages = m_storages;
    collection.vms = m_vms;
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
    keep(&c.clusters, InventoryKind::Cluster, own);
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
    // Bounded: a parent cycle in a damaged answer must not hang the refresh.
    for (int hops = 0; hops < 64; ++hops) {
        const auto it = m_containers.constFind(ref);
        if (it == m_containers.constEnd())
            return {};
        if (it->type == u"Datacenter")
            return it->name;
        ref = it->parent;
    }
    return {};
}

} // namespace Vantage
