#include "catalogues.h"
#include "inventoryfixture.h"

#include "core/database.h"
#include "core/requests.h"
#include "ui/detailspane.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QPointer>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>
#include <tuple>

using namespace Vantage;
using Vantage::Testing::InventoryFixture;
using Kind = InventoryTreeModel::Kind;

class tst_DetailsPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void nothingSelected();
    void vmShowsPropertiesDisksAndNics();
    void providerShowsEndpointsAndRefreshAge();
    void staleProviderShowsErrorEverywhere();
    void hostShowsHardware();
    void networkStorageAndVolume();
    void goneObjectClears();
    void valuesAreSelectableAndCopyable();
    void vmRetirementDateAndWarning();
    void retiredVmFromItsSnapshot();
    void vsphereHierarchy();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_manager = 0;
    qint64 m_provider = 0;
};

void tst_DetailsPane::initTestCase()
{
    QVERIFY(Vantage::Testing::installCatalogue(QStringLiteral("en")));
}

void tst_DetailsPane::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(InventoryFixture::open(*m_dir, &error), qPrintable(error));
    m_provider =
        InventoryFixture::addProvider(QStringLiteral("lab"), &m_manager, QStringLiteral("uifake"),
                                      QStringLiteral("uifake://lab.example.net"));
}

void tst_DetailsPane::cleanup()
{
    Database::closeThreadConnection();
    m_dir.reset();
}

void tst_DetailsPane::nothingSelected()
{
    DetailsPane pane;
    QVERIFY(!pane.isShowing());
    QCOMPARE(pane.title(), QStringLiteral("Nothing selected"));
    QVERIFY(pane.findChild<QLabel *>(QStringLiteral("detailsPlaceholder")));
}

void tst_DetailsPane::vmShowsPropertiesDisksAndNics()
{
    const qint64 host = InventoryFixture::addHost(m_manager, 0, QStringLiteral("node1"));
    const qint64 vm = InventoryFixture::addVm(m_manager, host, QStringLiteral("web01"), "paused");
    InventoryFixture::addDisk(m_manager, vm, QStringLiteral("vda"),
                              QStringLiteral("/pool/a.qcow2"));
    InventoryFixture::addDisk(m_manager, vm, QStringLiteral("vdb"),
                              QStringLiteral("/pool/b.qcow2"));
    InventoryFixture::addNic(m_manager, vm, QStringLiteral("52:54:00:aa:bb:cc"),
                             QStringLiteral("default"));
    QVERIFY(InventoryFixture::exec(
        QStringLiteral("UPDATE vms SET vcpus = 4, memory_bytes = ?, max_memory_bytes = ?, "
                       "uuid = 'c7a5fdbd-cdaf-9455-926a-d65c16db1809' WHERE id = ?"),
        {qint64(4) << 30, qint64(8) << 30, vm}));

    DetailsPane pane;
    pane.showObject(Kind::Vm, vm);
    QCOMPARE(pane.title(), QStringLiteral("web01"));
    QCOMPARE(pane.fieldText(QStringLiteral("name")), QStringLiteral("web01"));
    QCOMPARE(pane.fieldText(QStringLiteral("uuid")),
             QStringLiteral("c7a5fdbd-cdaf-9455-926a-d65c16db1809"));
    QCOMPARE(pane.fieldText(QStringLiteral("power")), QStringLiteral("Paused"));
    QCOMPARE(pane.fieldText(QStringLiteral("vcpus")), QStringLiteral("4"));
    QCOMPARE(pane.fieldText(QStringLiteral("memory")), QStringLiteral("4.0 GiB (maximum 8.0 GiB)"));
    QCOMPARE(pane.fieldText(QStringLiteral("os")), QStringLiteral("hvm"));
    QCOMPARE(pane.fieldText(QStringLiteral("host")), QStringLiteral("node1"));
    QVERIFY(pane.staleText().isEmpty());

    auto *disks = pane.findChild<QTableWidget *>(QStringLiteral("disksTable"));
    QVERIFY(disks);
    QCOMPARE(disks->rowCount(), 2);
    QCOMPARE(disks->item(0, 0)->text(), QStringLiteral("vda"));
    QCOMPARE(disks->item(1, 3)->text(), QStringLiteral("/pool/b.qcow2"));
    QCOMPARE(disks->item(0, 5)->text(), QStringLiteral("40.0 GiB"));
    auto *nics = pane.findChild<QTableWidget *>(QStringLiteral("nicsTable"));
    QVERIFY(nics);
    QCOMPARE(nics->rowCount(), 1);
    QCOMPARE(nics->item(0, 0)->text(), QStringLiteral("52:54:00:aa:bb:cc"));
    QCOMPARE(nics->item(0, 3)->text(), QStringLiteral("default"));
    QCOMPARE(nics->editTriggers(), QAbstractItemView::NoEditTriggers);
}

void tst_DetailsPane::providerShowsEndpointsAndRefreshAge()
{
    InventoryFixture::addVm(m_manager, 0, QStringLiteral("one"));
    InventoryFixture::setRefreshStatus(m_manager, QStringLiteral("ok"), {},
                                       nowMs() - 3 * 3600 * 1000 - 5000);
    DetailsPane pane;
    pane.showObject(Kind::Provider, m_provider);
    QCOMPARE(pane.title(), QStringLiteral("lab"));
    QCOMPARE(pane.fieldText(QStringLiteral("endpoints")),
             QStringLiteral("uifake://lab.example.net"));
    QVERIFY2(pane.fieldText(QStringLiteral("last_refresh")).startsWith(QStringLiteral("3 h ago (")),
             qPrintable(pane.fieldText(QStringLiteral("last_refresh"))));
    QCOMPARE(pane.fieldText(QStringLiteral("status")), QStringLiteral("OK"));
    // Counts read as words: one of a kind is singular, none plural.
    QCOMPARE(pane.fieldText(QStringLiteral("inventory")),
             QStringLiteral("0 clusters, 0 hosts, 1 VM, 0 networks, 0 storage pools"));
    QCOMPARE(pane.fieldText(QStringLiteral("credentials")), QStringLiteral("None"));
    QVERIFY(pane.staleText().isEmpty());
}

void tst_DetailsPane::staleProviderShowsErrorEverywhere()
{
    const qint64 vm = InventoryFixture::addVm(m_manager, 0, QStringLiteral("kept"));
    InventoryFixture::setRefreshStatus(m_manager, QStringLiteral("ok"), {}, nowMs() - 86400000);
    InventoryFixture::setRefreshStatus(m_manager, QStringLiteral("error"),
                                       QStringLiteral("Cannot reach lab.example.net: connection "
                                                      "refused."));
    DetailsPane pane;
    pane.showObject(Kind::Provider, m_provider);
    QCOMPARE(pane.fieldText(QStringLiteral("status")), QStringLiteral("Failed (stale)"));
    QVERIFY(pane.fieldText(QStringLiteral("error")).contains(QStringLiteral("connection refused")));
    QVERIFY(pane.staleText().contains(QStringLiteral("Stale")));
    QVERIFY(pane.staleText().contains(QStringLiteral("connection refused")));
    QVERIFY(pane.staleText().contains(QStringLiteral("1 d ago")));

    // The VM is still shown, with the same warning.
    pane.showObject(Kind::Vm, vm);
    QCOMPARE(pane.fieldText(QStringLiteral("name")), QStringLiteral("kept"));
    QVERIFY(pane.staleText().contains(QStringLiteral("connection refused")));
}

void tst_DetailsPane::hostShowsHardware()
{
    const qint64 cluster = InventoryFixture::addCluster(m_manager, QStringLiteral("prod"));
    const qint64 host = InventoryFixture::addHost(m_manager, cluster, QStringLiteral("node1"));
    InventoryFixture::addVm(m_manager, host, QStringLiteral("a"));
    InventoryFixture::addVm(m_manager, host, QStringLiteral("b"));
    DetailsPane pane;
    pane.showObject(Kind::Host, host);
    QCOMPARE(pane.fieldText(QStringLiteral("hypervisor")), QStringLiteral("QEMU 8.2.0"));
    QCOMPARE(pane.fieldText(QStringLiteral("cpu")),
             QStringLiteral("2 sockets, 16 cores, 64 threads"));
    QCOMPARE(pane.fieldText(QStringLiteral("memory")), QStringLiteral("256.0 GiB"));
    QCOMPARE(pane.fieldText(QStringLiteral("cluster")), QStringLiteral("prod"));
    QCOMPARE(pane.fieldText(QStringLiteral("vms")), QStringLiteral("2"));

    pane.showObject(Kind::Cluster, cluster);
    QCOMPARE(pane.fieldText(QStringLiteral("hosts")), QStringLiteral("1"));
    QCOMPARE(pane.fieldText(QStringLiteral("vms")), QStringLiteral("2"));
}

void tst_DetailsPane::networkStorageAndVolume()
{
    const qint64 net = InventoryFixture::addNetwork(m_manager, QStringLiteral("default"));
    const qint64 pool = InventoryFixture::addStorage(m_manager, QStringLiteral("images"));
    const qint64 vol = InventoryFixture::addVolume(m_manager, pool, QStringLiteral("a.qcow2"));
    DetailsPane pane;
    pane.showObject(Kind::Network, net);
    QCOMPARE(pane.fieldText(QStringLiteral("bridge")), QStringLiteral("virbr-default"));
    QCOMPARE(pane.fieldText(QStringLiteral("forward_mode")), QStringLiteral("nat"));
    QCOMPARE(pane.fieldText(QStringLiteral("active")), QStringLiteral("Yes"));
    pane.showObject(Kind::Storage, pool);
    QCOMPARE(pane.fieldText(QStringLiteral("capacity")), QStringLiteral("2.0 TiB"));
    QCOMPARE(pane.fieldText(QStringLiteral("volumes")), QStringLiteral("1"));
    pane.showObject(Kind::Volume, vol);
    QCOMPARE(pane.fieldText(QStringLiteral("pool")), QStringLiteral("images"));
    QCOMPARE(pane.fieldText(QStringLiteral("type")), QStringLiteral("qcow2"));
    pane.showObject(Kind::StorageFolder, m_provider);
    QCOMPARE(pane.fieldText(QStringLiteral("count")), QStringLiteral("1"));
}

void tst_DetailsPane::goneObjectClears()
{
    const qint64 vm = InventoryFixture::addVm(m_manager, 0, QStringLiteral("doomed"));
    DetailsPane pane;
    pane.showObject(Kind::Vm, vm);
    QVERIFY(pane.isShowing());
    QVERIFY(InventoryFixture::exec(QStringLiteral("DELETE FROM vms WHERE id = ?"), {vm}));
    pane.reload();
    QVERIFY(!pane.isShowing());
    QVERIFY(pane.fieldText(QStringLiteral("name")).isEmpty());
}

void tst_DetailsPane::valuesAreSelectableAndCopyable()
{
    const qint64 vm = InventoryFixture::addVm(m_manager, 0, QStringLiteral("copy-me"));
    DetailsPane pane;
    pane.showObject(Kind::Vm, vm);
    auto *uuid = pane.findChild<QLabel *>(QStringLiteral("detail_uuid"));
    QVERIFY(uuid);
    QVERIFY(uuid->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(uuid->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    QCOMPARE(uuid->accessibleName(), QStringLiteral("UUID"));
    QVERIFY(pane.plainText().contains(QStringLiteral("UUID: ") + uuid->text()));
    auto *copy = pane.findChild<QToolButton *>(QStringLiteral("copyDetailsButton"));
    QVERIFY(copy && copy->isEnabled());
    copy->click();
    QCOMPARE(QApplication::clipboard()->text(), pane.plainText());
}

static QString refOf(qint64 vmId)
{
    QSqlQuery q(Database::connection());
    q.prepare(QStringLiteral("SELECT ems_ref FROM vms WHERE id = ?"));
    q.addBindValue(vmId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

void tst_DetailsPane::vmRetirementDateAndWarning()
{
    const qint64 host = InventoryFixture::addHost(m_manager, 0, QStringLiteral("h1"));
    const qint64 vm = InventoryFixture::addVm(m_manager, host, QStringLiteral("web"));
    DetailsPane pane;
    pane.showObject(Kind::Vm, vm);
    QCOMPARE(pane.fieldText(QStringLiteral("retirement")), QStringLiteral("Not scheduled"));
    QVERIFY(pane.retirementText().isEmpty());

    const qint64 day = qint64(24) * 3600 * 1000;
    QString error;
    QVERIFY2(
        RetirementStore::schedule(m_manager, refOf(vm), nowMs() + 3 * day - 60000, 7, true, &error),
        qPrintable(error));
    pane.reload();
    QVERIFY2(pane.fieldText(QStringLiteral("retirement")).contains(QStringLiteral("warned 7 day")),
             qPrintable(pane.fieldText(QStringLiteral("retirement"))));
    QVERIFY(pane.retirementText().isEmpty()); // not warned yet

    // Nothing changed: the page stays as it is.
    const QPointer<QLabel> before = pane.findChild<QLabel *>(QStringLiteral("detail_retirement"));
    QVERIFY(before);
    pane.reloadIfRetirementChanged();
    QVERIFY(before); // not rebuilt

    QVERIFY(InventoryFixture::exec(
        QStringLiteral("UPDATE retirements SET state = 'warned', warned_at = ?"), {nowMs()}));
    pane.reloadIfRetirementChanged();
    QVERIFY2(pane.retirementText().contains(QStringLiteral("in 3 day")),
             qPrintable(pane.retirementText()));
    QVERIFY(pane.findChild<QLabel *>(QStringLiteral("retirementBanner"))->isVisible() ||
            !pane.isVisible());

    QVERIFY(InventoryFixture::exec(
        QStringLiteral("UPDATE retirements SET state = 'failed', message = 'no such domain'")));
    pane.reload();
    QVERIFY(pane.retirementText().contains(QStringLiteral("no such domain")));
}

void tst_DetailsPane::retiredVmFromItsSnapshot()
{
    const qint64 host = InventoryFixture::addHost(m_manager, 0, QStringLiteral("h1"));
    const qint64 vm = InventoryFixture::addVm(m_manager, host, QStringLiteral("gone"));
    QString error;
    QVERIFY(RetirementStore::schedule(m_manager, refOf(vm), nowMs() + 1000, 0, false, &error));
    QVERIFY(InventoryFixture::exec(
        QStringLiteral("UPDATE retirements SET state = 'retired', retired_at = ?"), {nowMs()}));
    QVERIFY(InventoryFixture::exec(QStringLiteral("DELETE FROM vms WHERE id = ?"), {vm}));
    QSqlQuery q(Database::connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM retirements")) && q.next());
    DetailsPane pane;
    pane.showObject(Kind::RetiredVm, q.value(0).toLongLong());
    QCOMPARE(pane.title(), QStringLiteral("gone"));
    QCOMPARE(pane.fieldText(QStringLiteral("host")), QStringLiteral("h1"));
    QVERIFY(pane.fieldText(QStringLiteral("uuid")).startsWith(QStringLiteral("6f1c2d3e")));
    QCOMPARE(pane.fieldText(QStringLiteral("delete_storage")), QStringLiteral("No"));
    // A retirement row that is gone clears the pane.
    QVERIFY(InventoryFixture::exec(QStringLiteral("DELETE FROM retirements")));
    pane.reload();
    QVERIFY(!pane.isShowing());
}

void tst_DetailsPane::vsphereHierarchy()
{
    // A datacenter with a cluster, its root pool and a child pool, a VM two folders deep.
    const qint64 dc = InventoryFixture::addDatacenter(m_manager, QStringLiteral("DC0"));
    const qint64 cluster = InventoryFixture::addCluster(m_manager, QStringLiteral("DC0_C0"));
    const qint64 host = InventoryFixture::addHost(m_manager, cluster, QStringLiteral("esx1"));
    const qint64 vm = InventoryFixture::addVm(m_manager, host, QStringLiteral("web1"));
    for (const char *table : {"clusters", "hosts", "vms"})
        QVERIFY(InventoryFixture::exec(
            QStringLiteral("UPDATE %1 SET datacenter_id = ?").arg(QLatin1String(table)), {dc}));
    for (const auto &[ref, parent, name] : {std::tuple{"group-v1", "datacenter-2", "vm"},
                                            std::tuple{"group-v2", "group-v1", "linux"}})
        QVERIFY(InventoryFixture::exec(
            QStringLiteral("INSERT INTO folders (manager_id, ems_ref, datacenter_id, parent_ref, "
                           "name, folder_type) VALUES (?, ?, ?, ?, ?, 'vm')"),
            {m_manager, QString::fromLatin1(ref), dc, QString::fromLatin1(parent),
             QString::fromLatin1(name)}));
    QVERIFY(InventoryFixture::exec(
        QStringLiteral("INSERT INTO resource_pools (manager_id, ems_ref, datacenter_id, "
                       "cluster_id, parent_ref, name, cpu_reservation_mhz, cpu_limit_mhz, "
                       "memory_reservation_bytes, memory_limit_bytes) VALUES "
                       "(?, 'resgroup-1', ?, ?, 'domain-c1', 'Resources', 0, -1, 0, -1), "
                       "(?, 'resgroup-2', ?, ?, 'resgroup-1', 'web', 1000, 2000, ?, -1)"),
        {m_manager, dc, cluster, m_manager, dc, cluster, qint64(2) << 30}));
    QVERIFY(InventoryFixture::exec(
        QStringLiteral("UPDATE vms SET resource_pool_id = (SELECT id FROM resource_pools WHERE "
                       "ems_ref = 'resgroup-2'), folder_id = (SELECT id FROM folders WHERE "
                       "ems_ref = 'group-v2') WHERE id = ?"),
        {vm}));

    DetailsPane pane;
    pane.showObject(Kind::Datacenter, dc);
    QCOMPARE(pane.title(), QStringLiteral("DC0"));
    QCOMPARE(pane.fieldText(QStringLiteral("clusters")), QStringLiteral("1"));
    QCOMPARE(pane.fieldText(QStringLiteral("hosts")), QStringLiteral("1"));
    QCOMPARE(pane.fieldText(QStringLiteral("vms")), QStringLiteral("1"));
    QCOMPARE(pane.fieldText(QStringLiteral("resource_pools")), QStringLiteral("2"));
    QCOMPARE(pane.fieldText(QStringLiteral("folders")), QStringLiteral("2"));

    pane.showObject(Kind::Vm, vm);
    QCOMPARE(pane.fieldText(QStringLiteral("datacenter")), QStringLiteral("DC0"));
    QCOMPARE(pane.fieldText(QStringLiteral("resource_pool")), QStringLiteral("Resources / web"));
    QCOMPARE(pane.fieldText(QStringLiteral("folder")), QStringLiteral("vm / linux"));

    pane.showObject(Kind::Host, host);
    QCOMPARE(pane.fieldText(QStringLiteral("datacenter")), QStringLiteral("DC0"));

    pane.showObject(Kind::Cluster, cluster);
    QCOMPARE(pane.fieldText(QStringLiteral("datacenter")), QStringLiteral("DC0"));
    auto *pools = pane.findChild<QTableWidget *>(QStringLiteral("resourcePoolsTable"));
    QVERIFY(pools);
    QCOMPARE(pools->rowCount(), 2);
    QCOMPARE(pools->item(1, 0)->text(), QStringLiteral("Resources / web"));
    QCOMPARE(pools->item(1, 1)->text(), QStringLiteral("1000 MHz"));
    QCOMPARE(pools->item(1, 2)->text(), QStringLiteral("2000 MHz"));
    QCOMPARE(pools->item(1, 3)->text(), QStringLiteral("2.0 GiB"));
    QCOMPARE(pools->item(1, 4)->text(), QStringLiteral("Unlimited"));
    QCOMPARE(pools->item(1, 5)->text(), QStringLiteral("1"));
    QVERIFY(!pools->accessibleName().isEmpty());

    const qint64 datastore = InventoryFixture::addStorage(m_manager, QStringLiteral("LocalDS_0"));
    const qint64 network = InventoryFixture::addNetwork(m_manager, QStringLiteral("VM Network"));
    QVERIFY(InventoryFixture::exec(QStringLiteral("UPDATE storages SET datacenter_id = ?"), {dc}));
    QVERIFY(InventoryFixture::exec(QStringLiteral("UPDATE networks SET datacenter_id = ?"), {dc}));
    pane.showObject(Kind::Storage, datastore);
    QCOMPARE(pane.fieldText(QStringLiteral("datacenter")), QStringLiteral("DC0"));
    pane.showObject(Kind::Network, network);
    QCOMPARE(pane.fieldText(QStringLiteral("datacenter")), QStringLiteral("DC0"));
    pane.showObject(Kind::Datacenter, dc);
    QCOMPARE(pane.fieldText(QStringLiteral("storages")), QStringLiteral("1"));
    QCOMPARE(pane.fieldText(QStringLiteral("networks")), QStringLiteral("1"));

    // libvirt's objects name no datacenter: no such field.
    const qint64 plainHost = InventoryFixture::addHost(m_manager, 0, QStringLiteral("node1"));
    pane.showObject(Kind::Host, plainHost);
    QVERIFY(pane.fieldText(QStringLiteral("datacenter")).isEmpty());
}

QTEST_MAIN(tst_DetailsPane)
#include "tst_detailspane.moc"
