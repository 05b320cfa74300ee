#include "core/database.h"
#include "core/persister.h"
#include "core/providerstore.h"

#include "fakeprovider.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

using namespace Vantage;
using namespace Vantage::Testing;

class tst_Persister : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void insertsEverything();
    void unchangedWritesNothing();
    void updatesChangedRows();
    void deletesGoneRows();
    void targetedTouchesOnlyTargets();
    void targetedAbsentTargetIsDeleted();
    void managersAreIsolated();
    void failureRollsBack();
    void hierarchyRoundTrip();
    void hierarchyTargeted();

private:
    qint64 addManager(const QString &name);
    static InventoryCollection sample(int vmCount);
    // vSphere's shape: a datacenter with folders, a cluster with a root and a child pool, a
    // clustered and a standalone host, VMs placed in pools and folders.
    static InventoryCollection vsphereSample();
    static int count(const QString &sql);

    QTemporaryDir m_dir;
    qint64 m_manager = 0;
};

qint64 tst_Persister::addManager(const QString &name)
{
    QString error;
    const auto id = ProviderStore::addProvider(
        {name, QStringLiteral("fake"), {QStringLiteral("fake://x")}, {}, {}}, &error);
    return ProviderStore::managersOf(id.value()).first().id;
}

InventoryCollection tst_Persister::sample(int vmCount)
{
    InventoryCollection c;
    c.clusters << ClusterRecord{QStringLiteral("c1"), QStringLiteral("Cluster")};
    c.hosts << HostRecord{QStringLiteral("h1"), QStringLiteral("c1"), QStringLiteral("host-1")};
    c.networks << NetworkRecord{QStringLiteral("n1"), QStringLiteral("h1"),
                                QStringLiteral("default")};
    c.storages << StorageRecord{QStringLiteral("p1"), QStringLiteral("h1"), QStringLiteral("pool")};
    c.volumes << StorageVolumeRecord{QStringLiteral("v1"), QStringLiteral("p1"),
                                     QStringLiteral("disk.img")};
    for (int i = 0; i < vmCount; ++i) {
        const QString ref = QStringLiteral("vm-%1").arg(i);
        VmRecord vm;
        vm.emsRef = ref;
        vm.hostRef = QStringLiteral("h1");
        vm.name = QStringLiteral("guest-%1").arg(i);
        vm.powerState = QString::fromLatin1(PowerState::On);
        vm.vcpus = 2;
        vm.memoryBytes = 1 << 30;
        c.vms << vm;
        c.disks << DiskRecord{ref + QStringLiteral("/vda"), ref, QStringLiteral("disk"),
                              QStringLiteral("vda")};
        c.nics << NicRecord{ref + QStringLiteral("/mac"), ref, QStringLiteral("52:54:00:00:00:01")};
    }
    return c;
}

InventoryCollection tst_Persister::vsphereSample()
{
    const QString dc = QStringLiteral("datacenter-2");
    InventoryCollection c;
    c.datacenters << DatacenterRecord{dc, QStringLiteral("DC0")};
    c.folders << FolderRecord{QStringLiteral("group-v3"), dc, dc, QStringLiteral("vm"),
                              QString::fromLatin1(FolderType::Vm)}
              << FolderRecord{QStringLiteral("group-v9"), QStringLiteral("group-v3"), dc,
                              QStringLiteral("web"), QString::fromLatin1(FolderType::Vm)};
    c.clusters << ClusterRecord{QStringLiteral("domain-c7"), QStringLiteral("DC0_C0"), dc};
    ResourcePoolRecord root;
    root.emsRef = QStringLiteral("resgroup-8");
    root.parentRef = QStringLiteral("domain-c7");
    root.clusterRef = QStringLiteral("domain-c7");
    root.datacenterRef = dc;
    root.name = QStringLiteral("Resources");
    ResourcePoolRecord child = root;
    child.emsRef = QStringLiteral("resgroup-20");
    child.parentRef = root.emsRef;
    child.name = QStringLiteral("DC0_C0_RP1");
    child.cpuReservationMhz = 500;
    child.memoryLimitBytes = qint64(4) << 30;
    c.resourcePools << root << child;
    HostRecord clustered{QStringLiteral("host-34"), QStringLiteral("domain-c7"),
                         QStringLiteral("DC0_C0_H0")};
    clustered.datacenterRef = dc;
    HostRecord standalone{QStringLiteral("host-21"), {}, QStringLiteral("DC0_H0")};
    standalone.datacenterRef = dc;
    c.hosts << clustered << standalone;
    StorageRecord datastore{QStringLiteral("datastore-5"), {}, QStringLiteral("LocalDS_0")};
    datastore.datacenterRef = dc;
    c.storages << datastore;
    NetworkRecord network{QStringLiteral("network-7"), {}, QStringLiteral("VM Network")};
    network.datacenterRef = dc;
    c.networks << network;
    for (const auto &[ref, host, pool, folder] :
         {std::tuple{"vm-1", "host-34", "resgroup-20", "group-v9"},
          std::tuple{"vm-2", "host-21", "resgroup-8", "group-v3"}}) {
        VmRecord vm;
        vm.emsRef = QString::fromLatin1(ref);
        vm.name = vm.emsRef;
        vm.hostRef = QString::fromLatin1(host);
        vm.resourcePoolRef = QString::fromLatin1(pool);
        vm.folderRef = QString::fromLatin1(folder);
        vm.datacenterRef = dc;
        c.vms << vm;
    }
    return c;
}

int tst_Persister::count(const QString &sql)
{
    QSqlQuery query(Database::connection());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void tst_Persister::init()
{
    registerFakeProvider();
    QString error;
    QVERIFY2(
        Database::initialize(
            m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), &error),
        qPrintable(error));
    m_manager = addManager(QStringLiteral("m"));
}

void tst_Persister::insertsEverything()
{
    InventoryChanges changes;
    QString error;
    QVERIFY2(Persister(m_manager).persist(sample(3), &changes, &error), qPrintable(error));
    QCOMPARE(changes.inserted, 1 + 1 + 1 + 1 + 1 + 3 * 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM vms WHERE host_id IS NOT NULL")), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM disks d JOIN vms v ON v.id = d.vm_id")), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM hosts WHERE cluster_id IS NOT NULL")), 1);
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM storage_volumes WHERE storage_id IS NOT NULL")),
        1);
}

void tst_Persister::unchangedWritesNothing()
{
    InventoryChanges changes;
    QString error;
    QVERIFY(Persister(m_manager).persist(sample(5), &changes, &error));
    const int totalChangesBefore = count(QStringLiteral("SELECT total_changes()"));
    QVERIFY(Persister(m_manager).persist(sample(5), &changes, &error));
    QCOMPARE(changes.rowsWritten(), 0);
    QCOMPARE(count(QStringLiteral("SELECT total_changes()")), totalChangesBefore);
}

void tst_Persister::updatesChangedRows()
{
    InventoryChanges changes;
    QString error;
    QVERIFY(Persister(m_manager).persist(sample(3), &changes, &error));
    const int idBefore = count(QStringLiteral("SELECT id FROM vms WHERE ems_ref = 'vm-1'"));
    InventoryCollection changed = sample(3);
    changed.vms[1].powerState = QString::fromLatin1(PowerState::Off);
    changed.disks[2].source = QStringLiteral("/var/lib/new.qcow2");
    QVERIFY(Persister(m_manager).persist(changed, &changes, &error));
    QCOMPARE(changes.updated, 2);
    QCOMPARE(changes.inserted, 0);
    QCOMPARE(changes.deleted, 0);
    QCOMPARE(
        count(QStringLiteral("SELECT id FROM vms WHERE ems_ref = 'vm-1' AND power_state = 'off'")),
        idBefore);
}

void tst_Persister::deletesGoneRows()
{
    InventoryChanges changes;
    QString error;
    QVERIFY(Persister(m_manager).persist(sample(3), &changes, &error));
    QVERIFY(Persister(m_manager).persist(sample(1), &changes, &error));
    QCOMPARE(changes.deleted, 2); // the two VMs; their disks and NICs go with them
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM vms")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM disks")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM nics")), 1);
}

void tst_Persister::targetedTouchesOnlyTargets()
{
    InventoryChanges changes;
    QString error;
    QVERIFY(Persister(m_manager).persist(sample(3), &changes, &error));
    InventoryCollection targeted;
    targeted.targeted = true;
    targeted.targets << InventoryTarget{InventoryKind::Vm, QStringLiteral("vm-2")};
    VmRecord vm = sample(3).vms[2];
    vm.name = QStringLiteral("renamed");
    targeted.vms << vm;
    targeted.disks << DiskRecord{QStringLiteral("vm-2/vdb"), QStringLiteral("vm-2"),
                                 QStringLiteral("disk"), QStringLiteral("vdb")};
    QVERIFY2(Persister(m_manager).persist(targeted, &changes, &error), qPrintable(error));
    // Renamed, old disk gone, new disk in, NIC gone (not in the targeted answer).
    QCOMPARE(changes.updated, 1);
    QCOMPARE(changes.inserted, 1);
    QCOMPARE(changes.deleted, 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM vms")), 3);
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM vms WHERE name = 'renamed' AND host_id IS NOT NULL")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM disks")), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM hosts")), 1);
}

void tst_Persister::targetedAbsentTargetIsDeleted()
{
    InventoryChanges changes;
    QString error;
    QVERIFY(Persister(m_manager).persist(sample(3), &changes, &error));
    InventoryCollection targeted;
    targeted.targeted = true;
    targeted.targets << InventoryTarget{InventoryKind::Vm, QStringLiteral("vm-0")};
    QVERIFY(Persister(m_manager).persist(targeted, &changes, &error));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM vms")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM vms WHERE ems_ref = 'vm-0'")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM disks")), 2);
}

void tst_Persister::managersAreIsolated()
{
    const qint64 other = addManager(QStringLiteral("other"));
    InventoryChanges changes;
    QString error;
    QVERIFY(Persister(m_manager).persist(sample(3), &changes, &error));
    QVERIFY(Persister(other).persist(sample(2), &changes, &error));
    QCOMPARE(changes.inserted, 5 + 2 * 3); // same ems_refs, separate rows
    QVERIFY(Persister(other).persist(InventoryCollection{}, &changes, &error));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM vms")), 3);
}

void tst_Persister::failureRollsBack()
{
    InventoryChanges changes;
    QString error;
    QVERIFY(Persister(m_manager).persist(sample(3), &changes, &error));
    // A disk of a VM the collection does not have cannot be stored: the whole refresh must
    // leave the previous inventory as it was.
    InventoryCollection broken = sample(1);
    broken.disks << DiskRecord{QStringLiteral("ghost/vda"), QStringLiteral("ghost")};
    QVERIFY(!Persister(m_manager).persist(broken, &changes, &error));
    QVERIFY(error.contains(QStringLiteral("nothing was changed")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM vms")), 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM disks")), 3);
}

void tst_Persister::hierarchyRoundTrip()
{
    InventoryChanges changes;
    QString error;
    QVERIFY2(Persister(m_manager).persist(vsphereSample(), &changes, &error), qPrintable(error));
    QCOMPARE(changes.inserted, 1 + 2 + 1 + 2 + 2 + 1 + 1 + 2);
    const int dc = count(QStringLiteral("SELECT id FROM datacenters WHERE name = 'DC0'"));
    QVERIFY(dc > 0);
    for (const char *table :
         {"folders", "clusters", "resource_pools", "hosts", "storages", "networks", "vms"}) {
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM %1 WHERE datacenter_id = %2")
                           .arg(QLatin1String(table))
                           .arg(dc)),
                 count(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resource_pools p JOIN clusters c ON "
                                  "c.id = p.cluster_id WHERE c.name = 'DC0_C0'")),
             2);
    QCOMPARE(count(QStringLiteral("SELECT cpu_reservation_mhz FROM resource_pools WHERE "
                                  "ems_ref = 'resgroup-20'")),
             500);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resource_pools WHERE "
                                  "ems_ref = 'resgroup-8' AND cpu_limit_mhz = -1 AND "
                                  "memory_limit_bytes = -1")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM folders WHERE ems_ref = 'group-v9' AND "
                                  "parent_ref = 'group-v3' AND folder_type = 'vm'")),
             1);
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM vms v JOIN resource_pools p ON p.id = v.resource_pool_id "
                 "JOIN folders f ON f.id = v.folder_id WHERE v.ems_ref = 'vm-1' AND "
                 "p.name = 'DC0_C0_RP1' AND f.name = 'web'")),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM hosts WHERE ems_ref = 'host-21' AND "
                                  "cluster_id IS NULL AND datacenter_id IS NOT NULL")),
             1);

    // The same collection again writes nothing.
    const int totalChangesBefore = count(QStringLiteral("SELECT total_changes()"));
    QVERIFY(Persister(m_manager).persist(vsphereSample(), &changes, &error));
    QCOMPARE(changes.rowsWritten(), 0);
    QCOMPARE(count(QStringLiteral("SELECT total_changes()")), totalChangesBefore);

    // A gone pool and folder: deleted, and their VM's references cleared with the VM updated.
    InventoryCollection smaller = vsphereSample();
    smaller.resourcePools.removeLast();
    smaller.folders.removeLast();
    smaller.vms[0].resourcePoolRef = QStringLiteral("resgroup-8");
    smaller.vms[0].folderRef = QStringLiteral("group-v3");
    QVERIFY2(Persister(m_manager).persist(smaller, &changes, &error), qPrintable(error));
    QCOMPARE(changes.deleted, 2);
    QCOMPARE(changes.updated, 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM vms v JOIN resource_pools p ON "
                                  "p.id = v.resource_pool_id WHERE p.ems_ref = 'resgroup-8'")),
             2);
}

void tst_Persister::hierarchyTargeted()
{
    InventoryChanges changes;
    QString error;
    QVERIFY(Persister(m_manager).persist(vsphereSample(), &changes, &error));

    // A VM moved to another pool and folder: resolved from the rows already stored.
    InventoryCollection moved;
    moved.targeted = true;
    moved.targets << InventoryTarget{InventoryKind::Vm, QStringLiteral("vm-2")};
    moved.vms << vsphereSample().vms[1];
    moved.vms[0].resourcePoolRef = QStringLiteral("resgroup-20");
    moved.vms[0].folderRef = QStringLiteral("group-v9");
    QVERIFY2(Persister(m_manager).persist(moved, &changes, &error), qPrintable(error));
    QCOMPARE(changes.updated, 1);
    QCOMPARE(changes.rowsWritten(), 1);
    QCOMPARE(count(QStringLiteral(
                 "SELECT count(*) FROM vms v JOIN resource_pools p ON p.id = v.resource_pool_id "
                 "JOIN folders f ON f.id = v.folder_id JOIN datacenters d ON "
                 "d.id = v.datacenter_id WHERE v.ems_ref = 'vm-2' AND p.name = 'DC0_C0_RP1' AND "
                 "f.name = 'web' AND d.name = 'DC0'")),
             1);

    // A pool changed and a folder renamed, each a target of its own kind.
    InventoryCollection changed;
    changed.targeted = true;
    changed.targets << InventoryTarget{InventoryKind::ResourcePool, QStringLiteral("resgroup-20")}
                    << InventoryTarget{InventoryKind::Folder, QStringLiteral("group-v9")};
    changed.resourcePools << vsphereSample().resourcePools[1];
    changed.resourcePools[0].cpuLimitMhz = 2000;
    changed.folders << vsphereSample().folders[1];
    changed.folders[0].name = QStringLiteral("web servers");
    QVERIFY2(Persister(m_manager).persist(changed, &changes, &error), qPrintable(error));
    QCOMPARE(changes.updated, 2);
    QCOMPARE(changes.rowsWritten(), 2);
    QCOMPARE(count(QStringLiteral("SELECT cpu_limit_mhz FROM resource_pools WHERE "
                                  "ems_ref = 'resgroup-20'")),
             2000);

    // A datacenter gone: deleted alone; what it held stays, no longer placed in it.
    InventoryCollection gone;
    gone.targeted = true;
    gone.targets << InventoryTarget{InventoryKind::Datacenter, QStringLiteral("datacenter-2")};
    QVERIFY2(Persister(m_manager).persist(gone, &changes, &error), qPrintable(error));
    QCOMPARE(changes.deleted, 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM datacenters")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM clusters WHERE datacenter_id IS NULL")), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM vms")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM resource_pools")), 2);
}

QTEST_GUILESS_MAIN(tst_Persister)
#include "tst_persister.moc"
