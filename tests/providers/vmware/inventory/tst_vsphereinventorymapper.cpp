#include "providers/vmware/inventory/vsphereinventorymapper.h"
#include "providers/vmware/inventory/vsphereinventoryparser.h"

#include <QFile>
#include <QTest>

using namespace Vantage;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(VANTAGE_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

bool feed(VsphereInventoryMapper *mapper, const QString &name)
{
    const VsphereRetrieveResult result = VsphereInventoryParser::parse(
        fixture(name), [&](VsphereObject &&object) { mapper->add(object); });
    return result.ok();
}

// A host as the server would send it, with the given leaves.
VsphereObject host(const QString &ref, const QList<std::pair<QString, QString>> &values)
{
    VsphereObject object;
    object.ref = {QStringLiteral("HostSystem"), ref};
    for (const auto &[path, text] : values) {
        VsphereObject::Node node;
        node.name = path;
        node.text = text;
        node.end = qint32(object.nodes.size() + 1);
        object.nodes.append(node);
    }
    return object;
}

template <typename Record> const Record *find(const QList<Record> &records, const QString &emsRef)
{
    for (const Record &record : records) {
        if (record.emsRef == emsRef)
            return &record;
    }
    return nullptr;
}

} // namespace

class tst_VsphereInventoryMapper : public QObject
{
    Q_OBJECT

private slots:
    void smallModelCounts();
    void datacentersFoldersAndPools();
    void nestedFoldersAndPools();
    void clustersAndHosts();
    void vms();
    void disksAndNics();
    void storageAndNetworks();
    void edgeCases();
    void pagesGiveTheSameCollection();
    void targeted();
    void hostPowerStates_data();
    void hostPowerStates();
    void badNumber();
    void parentCycle();
};

void tst_VsphereInventoryMapper::smallModelCounts()
{
    VsphereInventoryMapper mapper;
    QVERIFY(feed(&mapper, QStringLiteral("retrieve-small.xml")));
    const InventoryCollection c = mapper.collection();
    QVERIFY(!c.targeted);
    QCOMPARE(c.datacenters.size(), 1);
    QCOMPARE(c.folders.size(), 4);       // the datacenter's vm, host, datastore and network folders
    QCOMPARE(c.resourcePools.size(), 2); // the cluster's and the standalone host's "Resources"
    QCOMPARE(c.clusters.size(), 1);
    QCOMPARE(c.hosts.size(), 3);
    QCOMPARE(c.vms.size(), 4);
    QCOMPARE(c.disks.size(), 8); // a disk and a CD-ROM each
    QCOMPARE(c.nics.size(), 4);
    QCOMPARE(c.storages.size(), 1);
    QCOMPARE(c.networks.size(), 3);
    QVERIFY(c.volumes.isEmpty());
    QVERIFY(mapper.warnings().isEmpty());
}

void tst_VsphereInventoryMapper::datacentersFoldersAndPools()
{
    VsphereInventoryMapper mapper;
    QVERIFY(feed(&mapper, QStringLiteral("retrieve-small.xml")));
    const InventoryCollection c = mapper.collection();
    QCOMPARE(c.datacenters[0].emsRef, QStringLiteral("datacenter-2"));
    QCOMPARE(c.datacenters[0].name, QStringLiteral("DC0"));

    const struct
    {
        const char *ref, *name, *type;
    } folders[] = {{"folder-3", "vm", FolderType::Vm},
                   {"folder-4", "host", FolderType::Host},
                   {"folder-5", "datastore", FolderType::Datastore},
                   {"folder-6", "network", FolderType::Network}};
    for (const auto &e : folders) {
        const FolderRecord *folder = find(c.folders, QString::fromLatin1(e.ref));
        QVERIFY2(folder, e.ref);
        QCOMPARE(folder->name, QString::fromLatin1(e.name));
        QCOMPARE(folder->folderType, QString::fromLatin1(e.type));
        QCOMPARE(folder->parentRef, QStringLiteral("datacenter-2"));
        QCOMPARE(folder->datacenterRef, QStringLiteral("datacenter-2"));
    }

    // The cluster's root pool, and the standalone host's, whose compute resource is no cluster.
    const ResourcePoolRecord *clusterPool = find(c.resourcePools, QStringLiteral("resgroup-26"));
    QVERIFY(clusterPool);
    QCOMPARE(clusterPool->name, QStringLiteral("Resources"));
    QCOMPARE(clusterPool->parentRef, QStringLiteral("clustercomputeresource-27"));
    QCOMPARE(clusterPool->clusterRef, QStringLiteral("clustercomputeresource-27"));
    QCOMPARE(clusterPool->datacenterRef, QStringLiteral("datacenter-2"));
    QCOMPARE(clusterPool->cpuReservationMhz, 4121);
    QCOMPARE(clusterPool->cpuLimitMhz, 4121);
    QCOMPARE(clusterPool->memoryReservationBytes, Q_INT64_C(961) * 1024 * 1024);
    QCOMPARE(clusterPool->memoryLimitBytes, Q_INT64_C(961) * 1024 * 1024);
    const ResourcePoolRecord *hostPool = find(c.resourcePools, QStringLiteral("resgroup-22"));
    QVERIFY(hostPool);
    QCOMPARE(hostPool->parentRef, QStringLiteral("computeresource-23"));
    QVERIFY(hostPool->clusterRef.isEmpty());
    QCOMPARE(hostPool->datacenterRef, QStringLiteral("datacenter-2"));
}

// An object as the server would send it: its reference and leaves, each either text or a
// reference ("Type:value").
static VsphereObject object(const QString &type, const QString &ref,
                            const QList<std::pair<QString, QString>> &values)
{
    VsphereObject result;
    result.ref = {type, ref};
    for (const auto &[path, text] : values) {
        VsphereObject::Node node;
        node.name = path;
        const qsizetype colon = text.indexOf(u':');
        node.type = colon < 0 ? QString() : text.left(colon);
        node.text = colon < 0 ? text : text.mid(colon + 1);
        node.end = qint32(result.nodes.size() + 1);
        result.nodes.append(node);
    }
    return result;
}

void tst_VsphereInventoryMapper::nestedFoldersAndPools()
{
    // A VM two folders deep and in a child pool of a child pool; an unlimited pool; a VM in a
    // vApp (whose parent is no folder).
    VsphereInventoryMapper mapper;
    mapper.add(object(u"Datacenter"_s, u"dc-1"_s, {{u"name"_s, u"Lab"_s}}));
    mapper.add(object(u"Folder"_s, u"group-v1"_s,
                      {{u"name"_s, u"vm"_s}, {u"parent"_s, u"Datacenter:dc-1"_s}}));
    mapper.add(object(u"Folder"_s, u"group-v2"_s,
                      {{u"name"_s, u"linux"_s}, {u"parent"_s, u"Folder:group-v1"_s}}));
    mapper.add(object(u"Folder"_s, u"group-h1"_s,
                      {{u"name"_s, u"host"_s}, {u"parent"_s, u"Datacenter:dc-1"_s}}));
    mapper.add(object(u"ClusterComputeResource"_s, u"domain-c1"_s,
                      {{u"name"_s, u"prod"_s}, {u"parent"_s, u"Folder:group-h1"_s}}));
    mapper.add(object(
        u"ResourcePool"_s, u"resgroup-1"_s,
        {{u"name"_s, u"Resources"_s}, {u"parent"_s, u"ClusterComputeResource:domain-c1"_s}}));
    mapper.add(object(u"ResourcePool"_s, u"resgroup-2"_s,
                      {{u"name"_s, u"web"_s}, {u"parent"_s, u"ResourcePool:resgroup-1"_s}}));
    mapper.add(object(u"ResourcePool"_s, u"resgroup-3"_s,
                      {{u"name"_s, u"frontends"_s},
                       {u"parent"_s, u"ResourcePool:resgroup-2"_s},
                       {u"config.cpuAllocation.limit"_s, u"-1"_s},
                       {u"config.memoryAllocation.limit"_s, u"-1"_s},
                       {u"config.memoryAllocation.reservation"_s, u"2048"_s}}));
    mapper.add(object(u"VirtualMachine"_s, u"vm-1"_s,
                      {{u"name"_s, u"web1"_s},
                       {u"parent"_s, u"Folder:group-v2"_s},
                       {u"resourcePool"_s, u"ResourcePool:resgroup-3"_s}}));
    mapper.add(object(u"VirtualMachine"_s, u"vm-2"_s,
                      {{u"name"_s, u"app1"_s},
                       {u"parent"_s, u"VirtualApp:resgroup-v9"_s},
                       {u"resourcePool"_s, u"VirtualApp:resgroup-v9"_s}}));
    const InventoryCollection c = mapper.collection();
    QVERIFY(mapper.warnings().isEmpty());

    const FolderRecord *linux = find(c.folders, u"group-v2"_s);
    QVERIFY(linux);
    QCOMPARE(linux->parentRef, u"group-v1"_s);
    QCOMPARE(linux->datacenterRef, u"dc-1"_s);
    const ResourcePoolRecord *frontends = find(c.resourcePools, u"resgroup-3"_s);
    QVERIFY(frontends);
    QCOMPARE(frontends->parentRef, u"resgroup-2"_s);
    QCOMPARE(frontends->clusterRef, u"domain-c1"_s);
    QCOMPARE(frontends->datacenterRef, u"dc-1"_s);
    QCOMPARE(frontends->cpuLimitMhz, -1);
    QCOMPARE(frontends->memoryLimitBytes, -1);
    QCOMPARE(frontends->memoryReservationBytes, Q_INT64_C(2048) * 1024 * 1024);
    QCOMPARE(frontends->cpuReservationMhz, 0); // not sent: the default

    const VmRecord *web = find(c.vms, u"vm-1"_s);
    QCOMPARE(web->folderRef, u"group-v2"_s);
    QCOMPARE(web->resourcePoolRef, u"resgroup-3"_s);
    QCOMPARE(web->datacenterRef, u"dc-1"_s);
    const VmRecord *app = find(c.vms, u"vm-2"_s);
    QVERIFY(app->folderRef.isEmpty());
    QCOMPARE(app->resourcePoolRef, u"resgroup-v9"_s);
    QVERIFY(app->datacenterRef.isEmpty()); // the vApp was not read here
}

void tst_VsphereInventoryMapper::clustersAndHosts()
{
    VsphereInventoryMapper mapper;
    QVERIFY(feed(&mapper, QStringLiteral("retrieve-small.xml")));
    const InventoryCollection c = mapper.collection();
    QCOMPARE(c.clusters[0].emsRef, QStringLiteral("clustercomputeresource-27"));
    QCOMPARE(c.clusters[0].name, QStringLiteral("DC0_C0"));
    QCOMPARE(c.clusters[0].datacenterRef, QStringLiteral("datacenter-2"));
    QCOMPARE(mapper.datacenterOf(QStringLiteral("clustercomputeresource-27")),
             QStringLiteral("datacenter-2"));

    const HostRecord *clustered = find(c.hosts, QStringLiteral("host-34"));
    QVERIFY(clustered);
    QCOMPARE(clustered->clusterRef, QStringLiteral("clustercomputeresource-27"));
    QCOMPARE(clustered->name, QStringLiteral("DC0_C0_H0"));
    QCOMPARE(clustered->hostname, QStringLiteral("DC0_C0_H0"));
    QCOMPARE(clustered->hypervisor, QStringLiteral("VMware ESXi"));
    QCOMPARE(clustered->hypervisorVersion, QStringLiteral("6.5.0"));
    QCOMPARE(clustered->cpuModel, QStringLiteral("Intel(R) Core(TM) i7-3615QM CPU @ 2.30GHz"));
    QCOMPARE(clustered->cpuSockets, 2);
    QCOMPARE(clustered->cpuCores, 2);
    QCOMPARE(clustered->cpuThreads, 2);
    QCOMPARE(clustered->cpuMhz, 2294);
    QCOMPARE(clustered->memoryBytes, Q_INT64_C(4294430720));
    QCOMPARE(clustered->powerState, QString::fromLatin1(PowerState::On));
    QCOMPARE(clustered->datacenterRef, QStringLiteral("datacenter-2"));
    QVERIFY(find(c.hosts, QStringLiteral("host-42")));
    QCOMPARE(find(c.hosts, QStringLiteral("host-42"))->clusterRef, clustered->clusterRef);

    // A standalone host's ComputeResource is no cluster; the host is still in its datacenter.
    const HostRecord *standalone = find(c.hosts, QStringLiteral("host-21"));
    QVERIFY(standalone);
    QVERIFY(standalone->clusterRef.isEmpty());
    QCOMPARE(standalone->name, QStringLiteral("DC0_H0"));
    QCOMPARE(standalone->datacenterRef, QStringLiteral("datacenter-2"));
}

void tst_VsphereInventoryMapper::vms()
{
    VsphereInventoryMapper mapper;
    QVERIFY(feed(&mapper, QStringLiteral("retrieve-small.xml")));
    const InventoryCollection c = mapper.collection();
    const struct
    {
        const char *ref, *name, *host, *uuid, *pool;
    } expected[] = {
        {"vm-48", "DC0_H0_VM0", "host-21", "265104de-1472-547c-b873-6dc7883fb6cb", "resgroup-22"},
        {"vm-51", "DC0_H0_VM1", "host-21", "39365506-5a0a-5fd0-be10-9586ad53aaad", "resgroup-22"},
        {"vm-54", "DC0_C0_RP0_VM0", "host-42", "cd0681bf-2f18-5c00-9b9b-8197c0095348",
         "resgroup-26"},
        {"vm-57", "DC0_C0_RP0_VM1", "host-34", "f7c371d6-2003-5a48-9859-3bc9a8b08908",
         "resgroup-26"},
    };
    for (const auto &e : expected) {
        const VmRecord *vm = find(c.vms, QString::fromLatin1(e.ref));
        QVERIFY2(vm, e.ref);
        QCOMPARE(vm->name, QString::fromLatin1(e.name));
        QCOMPARE(vm->hostRef, QString::fromLatin1(e.host));
        QCOMPARE(vm->uuid, QString::fromLatin1(e.uuid));
        QCOMPARE(vm->powerState, QString::fromLatin1(PowerState::On));
        QCOMPARE(vm->vcpus, 1);
        QCOMPARE(vm->memoryBytes, Q_INT64_C(32) * 1024 * 1024);
        QCOMPARE(vm->maxMemoryBytes, vm->memoryBytes);
        QCOMPARE(vm->osType, QStringLiteral("otherGuest"));
        QVERIFY(!vm->isTemplate);
        QCOMPARE(vm->datacenterRef, QStringLiteral("datacenter-2"));
        QCOMPARE(vm->resourcePoolRef, QString::fromLatin1(e.pool));
        QCOMPARE(vm->folderRef, QStringLiteral("folder-3"));
    }
}

void tst_VsphereInventoryMapper::disksAndNics()
{
    VsphereInventoryMapper mapper;
    QVERIFY(feed(&mapper, QStringLiteral("retrieve-small.xml")));
    const InventoryCollection c = mapper.collection();
    const DiskRecord *disk = find(c.disks, QStringLiteral("vm-48/255511522"));
    QVERIFY(disk);
    QCOMPARE(disk->vmRef, QStringLiteral("vm-48"));
    QCOMPARE(disk->device, QStringLiteral("disk"));
    QCOMPARE(disk->bus, QStringLiteral("scsi"));
    QCOMPARE(disk->target, QStringLiteral("scsi0:0"));
    QCOMPARE(disk->source, QStringLiteral("[LocalDS_0] DC0_H0_VM0/disk1.vmdk"));
    QCOMPARE(disk->format, QStringLiteral("vmdk"));
    QCOMPARE(disk->capacityBytes, Q_INT64_C(1024) * 1024); // capacityInKB: 1024
    const DiskRecord *cdrom = find(c.disks, QStringLiteral("vm-48/1697971134"));
    QVERIFY(cdrom);
    QCOMPARE(cdrom->device, QStringLiteral("cdrom"));
    QCOMPARE(cdrom->capacityBytes, 0);
    QCOMPARE(mapper.datacenterOf(disk->emsRef), QStringLiteral("datacenter-2"));

    const NicRecord *nic = find(c.nics, QStringLiteral("vm-54/4000"));
    QVERIFY(nic);
    QCOMPARE(nic->vmRef, QStringLiteral("vm-54"));
    QCOMPARE(nic->mac, QStringLiteral("00:0c:29:33:34:38"));
    QCOMPARE(nic->model, QStringLiteral("e1000"));
    QCOMPARE(nic->sourceType, QStringLiteral("distributed"));
    QCOMPARE(nic->source, QStringLiteral("dvportgroup-13"));
}

void tst_VsphereInventoryMapper::storageAndNetworks()
{
    VsphereInventoryMapper mapper;
    QVERIFY(feed(&mapper, QStringLiteral("retrieve-small.xml")));
    const InventoryCollection c = mapper.collection();
    const StorageRecord &ds = c.storages[0];
    QCOMPARE(ds.emsRef, QStringLiteral("/tmp/govcsim-DC0-LocalDS_0-4042404563@folder-5"));
    QCOMPARE(ds.name, QStringLiteral("LocalDS_0"));
    QCOMPARE(ds.type, QStringLiteral("OTHER"));
    QCOMPARE(ds.path, QStringLiteral("/tmp/govcsim-DC0-LocalDS_0-4042404563"));
    QCOMPARE(ds.capacityBytes, Q_INT64_C(270553174016));
    QCOMPARE(ds.availableBytes, Q_INT64_C(230495645696));
    QCOMPARE(ds.allocationBytes, Q_INT64_C(270553174016) - Q_INT64_C(230495645696));
    QVERIFY(ds.active);
    QCOMPARE(ds.datacenterRef, QStringLiteral("datacenter-2"));

    const NetworkRecord *plain = find(c.networks, QStringLiteral("network-7"));
    QVERIFY(plain);
    QCOMPARE(plain->name, QStringLiteral("VM Network"));
    QVERIFY(plain->active);
    QVERIFY(plain->forwardMode.isEmpty());
    const NetworkRecord *portgroup = find(c.networks, QStringLiteral("dvportgroup-13"));
    QVERIFY(portgroup);
    QCOMPARE(portgroup->name, QStringLiteral("DC0_DVPG0"));
    QCOMPARE(portgroup->forwardMode, QStringLiteral("distributed"));
    QVERIFY(find(c.networks, QStringLiteral("dvportgroup-11")));
    for (const NetworkRecord &network : c.networks)
        QCOMPARE(network.datacenterRef, QStringLiteral("datacenter-2"));
}

void tst_VsphereInventoryMapper::edgeCases()
{
    VsphereInventoryMapper mapper;
    QVERIFY(feed(&mapper, QStringLiteral("retrieve-edgecases.xml")));
    const InventoryCollection c = mapper.collection();
    QCOMPARE(c.vms.size(), 2);
    const VmRecord *tpl = find(c.vms, QStringLiteral("vm-900"));
    QVERIFY(tpl);
    QCOMPARE(tpl->name, QStringLiteral("rhel9-template & co"));
    QVERIFY(tpl->isTemplate);
    QCOMPARE(tpl->powerState, QString::fromLatin1(PowerState::Off));
    QCOMPARE(tpl->osType, QStringLiteral("rhel9_64Guest"));
    QCOMPARE(tpl->vcpus, 4);
    QCOMPARE(tpl->memoryBytes, Q_INT64_C(8192) * 1024 * 1024);
    QVERIFY(tpl->hostRef.isEmpty()); // a template runs nowhere
    QVERIFY(tpl->resourcePoolRef.isEmpty());
    QCOMPARE(c.disks.size(), 1);
    QCOMPARE(c.disks[0].emsRef, QStringLiteral("vm-900/16000"));
    QCOMPARE(c.disks[0].bus, QStringLiteral("sata"));
    QCOMPARE(c.disks[0].target, QStringLiteral("sata0:1"));
    QCOMPARE(c.disks[0].capacityBytes, Q_INT64_C(42949672960));
    QCOMPARE(c.nics.size(), 1);
    QCOMPARE(c.nics[0].model, QStringLiteral("vmxnet3"));
    QCOMPARE(c.nics[0].sourceType, QStringLiteral("network"));
    QCOMPARE(c.nics[0].source, QStringLiteral("network-7"));
    QCOMPARE(c.nics[0].mac, QStringLiteral("00:50:56:aa:bb:cc"));

    const VmRecord *suspended = find(c.vms, QStringLiteral("vm-901"));
    QVERIFY(suspended);
    QCOMPARE(suspended->powerState, QString::fromLatin1(PowerState::Suspended));
    QCOMPARE(suspended->hostRef, QStringLiteral("host-77"));
    QCOMPARE(c.hosts.size(), 1);
    QCOMPARE(c.hosts[0].powerState, QString::fromLatin1(PowerState::Off));
    QVERIFY(c.hosts[0].clusterRef.isEmpty());
    QCOMPARE(c.hosts[0].hypervisor, QStringLiteral("VMware ESXi"));
    QVERIFY(mapper.datacenterOf(QStringLiteral("vm-900")).isEmpty()); // no parents asked here
}

void tst_VsphereInventoryMapper::pagesGiveTheSameCollection()
{
    VsphereInventoryMapper whole;
    QVERIFY(feed(&whole, QStringLiteral("retrieve-small.xml")));
    VsphereInventoryMapper paged;
    QVERIFY(feed(&paged, QStringLiteral("paged-1.xml")));
    QVERIFY(feed(&paged, QStringLiteral("paged-2.xml")));
    const InventoryCollection a = whole.collection();
    const InventoryCollection b = paged.collection();
    QCOMPARE(b.hosts.size(), a.hosts.size());
    QCOMPARE(b.vms.size(), a.vms.size());
    QCOMPARE(b.disks.size(), a.disks.size());
    QCOMPARE(b.nics.size(), a.nics.size());
    QCOMPARE(b.networks.size(), a.networks.size());
    QCOMPARE(b.storages.size(), a.storages.size());
    QCOMPARE(b.clusters[0].name, a.clusters[0].name);
    QCOMPARE(b.clusters[0].datacenterRef, a.clusters[0].datacenterRef);
    QCOMPARE(b.datacenters.size(), a.datacenters.size());
    QCOMPARE(b.folders.size(), a.folders.size());
    QCOMPARE(b.resourcePools.size(), a.resourcePools.size());
    for (const VmRecord &vm : a.vms) {
        QCOMPARE(find(b.vms, vm.emsRef)->datacenterRef, vm.datacenterRef);
        QCOMPARE(find(b.vms, vm.emsRef)->folderRef, vm.folderRef);
        QCOMPARE(find(b.vms, vm.emsRef)->resourcePoolRef, vm.resourcePoolRef);
    }
    for (const HostRecord &host : a.hosts)
        QCOMPARE(find(b.hosts, host.emsRef)->clusterRef, host.clusterRef);
}

void tst_VsphereInventoryMapper::targeted()
{
    // retrieveObjects for vm-48 and the cluster: the answer holds their ancestors too.
    VsphereInventoryMapper mapper;
    QVERIFY(feed(&mapper, QStringLiteral("retrieve-objects.xml")));
    const QList<InventoryTarget> targets{
        {InventoryKind::Vm, QStringLiteral("vm-48")},
        {InventoryKind::Cluster, QStringLiteral("clustercomputeresource-27")},
        {InventoryKind::Host, QStringLiteral("host-gone")}};
    const InventoryCollection c = mapper.collection(targets);
    QVERIFY(c.targeted);
    QCOMPARE(c.targets, targets);
    QCOMPARE(c.clusters.size(), 1);
    QCOMPARE(c.clusters[0].name, QStringLiteral("DC0_C0"));
    // Placed from the ancestors read along, as a full refresh places them.
    QCOMPARE(c.clusters[0].datacenterRef, QStringLiteral("datacenter-2"));
    QCOMPARE(c.vms.size(), 1);
    QCOMPARE(c.vms[0].emsRef, QStringLiteral("vm-48"));
    QCOMPARE(c.vms[0].hostRef, QStringLiteral("host-21"));
    QCOMPARE(c.vms[0].datacenterRef, QStringLiteral("datacenter-2"));
    QCOMPARE(c.vms[0].folderRef, QStringLiteral("folder-3"));
    QCOMPARE(c.vms[0].resourcePoolRef, QStringLiteral("resgroup-22"));
    // The ancestors themselves are no targets: not written.
    QVERIFY(c.datacenters.isEmpty());
    QVERIFY(c.folders.isEmpty());
    QVERIFY(c.resourcePools.isEmpty());
    QCOMPARE(c.disks.size(), 2);
    QCOMPARE(c.nics.size(), 1);
    QVERIFY(c.hosts.isEmpty()); // gone: absent, so the persister deletes it
    QVERIFY(c.networks.isEmpty());
    QVERIFY(c.storages.isEmpty());
}

void tst_VsphereInventoryMapper::hostPowerStates_data()
{
    QTest::addColumn<QString>("power");
    QTest::addColumn<QString>("connection");
    QTest::addColumn<QString>("expected");
    QTest::newRow("on") << "poweredOn"
                        << "connected" << PowerState::On;
    QTest::newRow("off") << "poweredOff"
                         << "connected" << PowerState::Off;
    QTest::newRow("standby") << "standBy"
                             << "connected" << PowerState::Off;
    QTest::newRow("unknown") << "unknown"
                             << "connected" << PowerState::Unknown;
    QTest::newRow("disconnected") << "poweredOn"
                                  << "disconnected" << PowerState::Unknown;
    QTest::newRow("not responding") << "poweredOn"
                                    << "notResponding" << PowerState::Unknown;
}

void tst_VsphereInventoryMapper::hostPowerStates()
{
    QFETCH(QString, power);
    QFETCH(QString, connection);
    QFETCH(QString, expected);
    VsphereInventoryMapper mapper;
    mapper.add(
        host(QStringLiteral("host-1"), {{QStringLiteral("runtime.powerState"), power},
                                        {QStringLiteral("runtime.connectionState"), connection}}));
    QCOMPARE(mapper.collection().hosts[0].powerState, expected);
}

void tst_VsphereInventoryMapper::badNumber()
{
    // A damaged number keeps its default and says so; the rest of the host is kept.
    VsphereInventoryMapper mapper;
    mapper.add(host(QStringLiteral("host-1"),
                    {{QStringLiteral("name"), QStringLiteral("esx1")},
                     {QStringLiteral("summary.hardware.memorySize"), QStringLiteral("lots")},
                     {QStringLiteral("summary.hardware.numCpuCores"), QStringLiteral("8")}}));
    const InventoryCollection c = mapper.collection();
    QCOMPARE(c.hosts.size(), 1);
    QCOMPARE(c.hosts[0].name, QStringLiteral("esx1"));
    QCOMPARE(c.hosts[0].memoryBytes, 0);
    QCOMPARE(c.hosts[0].cpuCores, 8);
    QCOMPARE(mapper.warnings().size(), 1);
    QVERIFY2(mapper.warnings()[0].contains(u"summary.hardware.memorySize"),
             qPrintable(mapper.warnings()[0]));
}

void tst_VsphereInventoryMapper::parentCycle()
{
    // Folders naming each other as parents must not hang the datacenter lookup.
    VsphereInventoryMapper mapper;
    for (const auto &[ref, parent] :
         {std::pair{"group-1", "group-2"}, std::pair{"group-2", "group-1"}}) {
        VsphereObject folder;
        folder.ref = {QStringLiteral("Folder"), QString::fromLatin1(ref)};
        folder.nodes.append({QStringLiteral("parent"), QStringLiteral("Folder"),
                             QString::fromLatin1(parent), -1, 1});
        mapper.add(folder);
    }
    QVERIFY(mapper.datacenterOf(QStringLiteral("group-1")).isEmpty());
    QVERIFY(mapper.datacenterOf(QStringLiteral("nothing")).isEmpty());
}

QTEST_GUILESS_MAIN(tst_VsphereInventoryMapper)
#include "tst_vsphereinventorymapper.moc"
