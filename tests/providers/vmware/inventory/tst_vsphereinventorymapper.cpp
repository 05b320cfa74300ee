#include "providers/vmware/inventory/vsphereinventorymapper.h"
#include "providers/vmware/inventory/vsphereinventoryparser.h"

#include <QFile>
#include <QTest>

using namespace Vantage;

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

void tst_VsphereInventoryMapper::clustersAndHosts()
{
    VsphereInventoryMapper mapper;
    QVERIFY(feed(&mapper, QStringLiteral("retrieve-small.xml")));
    const InventoryCollection c = mapper.collection();
    QCOMPARE(c.clusters[0].emsRef, QStringLiteral("clustercomputeresource-27"));
    QCOMPARE(c.clusters[0].name, QStringLiteral("DC0/DC0_C0"));
    QCOMPARE(mapper.datacenterOf(QStringLiteral("clustercomputeresource-27")),
             QStringLiteral("DC0"));

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
    QVERIFY(find(c.hosts, QStringLiteral("host-42")));
    QCOMPARE(find(c.hosts, QStringLiteral("host-42"))->clusterRef, clustered->clusterRef);

    // A standalone host's ComputeResource is no cluster.
    const HostRecord *standalone = find(c.hosts, QStringLiteral("host-21"));
    QVERIFY(standalone);
    QVERIFY(standalone->clusterRef.isEmpty());
    QCOMPARE(standalone->name, QStringLiteral("DC0_H0"));
    QCOMPARE(mapper.datacenterOf(QStringLiteral("host-21")), QStringLiteral("DC0"));
}

void tst_VsphereInventoryMapper::vms()
{
    VsphereInventoryMapper mapper;
    QVERIFY(feed(&mapper, QStringLiteral("retrieve-small.xml")));
    const InventoryCollection c = mapper.collection();
    const struct
    {
        const char *ref, *name, *host, *uuid;
    } expected[] = {
        {"vm-48", "DC0_H0_VM0", "host-21", "265104de-1472-547c-b873-6dc7883fb6cb"},
        {"vm-51", "DC0_H0_VM1", "host-21", "39365506-5a0a-5fd0-be10-9586ad53aaad"},
        {"vm-54", "DC0_C0_RP0_VM0", "host-42", "cd0681bf-2f18-5c00-9b9b-8197c0095348"},
        {"vm-57", "DC0_C0_RP0_VM1", "host-34", "f7c371d6-2003-5a48-9859-3bc9a8b08908"},
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
        QCOMPARE(mapper.datacenterOf(vm->emsRef), QStringLiteral("DC0"));
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
    QCOMPARE(mapper.datacenterOf(disk->emsRef), QStringLiteral("DC0"));

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
    QCOMPARE(ds.availableBytes, Q_INT64_C(233512108032));
    QCOMPARE(ds.allocationBytes, Q_INT64_C(270553174016) - Q_INT64_C(233512108032));
    QVERIFY(ds.active);
    QCOMPARE(mapper.datacenterOf(ds.emsRef), QStringLiteral("DC0"));

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
    QCOMPARE(c.clusters[0].name, QStringLiteral("DC0/DC0_C0")); // as a full refresh names it
    QCOMPARE(c.vms.size(), 1);
    QCOMPARE(c.vms[0].emsRef, QStringLiteral("vm-48"));
    QCOMPARE(c.vms[0].hostRef, QStringLiteral("host-21"));
    QCOMPARE(c.disks.size(), 2);
    QCOMPARE(c.nics.size(), 1);
    QVERIFY(c.hosts.isEmpty()); // gone: absent, so the persister deletes it
    QVERIFY(c.networks.isEmpty());
    QVERIFY(c.storages.isEmpty());
    QCOMPARE(mapper.datacenterOf(QStringLiteral("vm-48")), QStringLiteral("DC0"));
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
