#include "core/database.h"
#include "core/persister.h"
#include "core/providerstore.h"

#include "fakeprovider.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

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

private:
    qint64 addManager(const QString &name);
    static InventoryCollection sample(int vmCount);
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

QTEST_GUILESS_MAIN(tst_Persister)
#include "tst_persister.moc"
