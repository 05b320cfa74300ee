#include "inventoryfixture.h"

#include "core/database.h"
#include "core/requests.h"
#include "ui/inventorytreemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Vantage;
using Vantage::Testing::InventoryFixture;
using Kind = InventoryTreeModel::Kind;

class tst_InventoryTreeModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyDatabase();
    void layoutOfOneProvider();
    void powerStateText_data();
    void powerStateText();
    void staleProviderIsMarked();
    void refreshingProviderIsMarked();
    void insertedVmIsInsertedNotReset();
    void removedVmIsRemovedKeepingOthers();
    void renamedVmMovesAndKeepsItsIndex();
    void vmMigratedToAnotherHost();
    void unchangedUpdateEmitsNothing();
    void syncProvidersAddsAndRemoves();
    void otherProvidersAreLeftAlone();
    void largeInventoryLoadsQuickly();
    void retiredVmsShownWhenAsked();
    void vmRolesForRequests();
    void vsphereHierarchy();
    void datacenterChangesArePatched();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<InventoryTreeModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    void makeModel()
    {
        m_model = std::make_unique<InventoryTreeModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_model->reload();
    }

    QModelIndex find(Kind kind, qint64 id) const { return m_model->indexFor(kind, id); }
};

void tst_InventoryTreeModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    QVERIFY2(InventoryFixture::open(*m_dir, &error), qPrintable(error));
}

void tst_InventoryTreeModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    Database::closeThreadConnection();
    m_dir.reset();
}

void tst_InventoryTreeModel::emptyDatabase()
{
    makeModel();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->columnCount(), int(InventoryTreeModel::ColumnCount));
    QCOMPARE(m_model->vmCount(), 0);
    QCOMPARE(m_model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
}

void tst_InventoryTreeModel::layoutOfOneProvider()
{
    qint64 m = 0;
    const qint64 p = InventoryFixture::addProvider(QStringLiteral("lab"), &m);
    const qint64 cluster = InventoryFixture::addCluster(m, QStringLiteral("prod"));
    const qint64 clustered = InventoryFixture::addHost(m, cluster, QStringLiteral("node1"));
    const qint64 loose = InventoryFixture::addHost(m, 0, QStringLiteral("standalone"));
    const qint64 vmB = InventoryFixture::addVm(m, clustered, QStringLiteral("web-b"));
    const qint64 vmA = InventoryFixture::addVm(m, clustered, QStringLiteral("Web-a"), "off");
    const qint64 orphan = InventoryFixture::addVm(m, 0, QStringLiteral("no-host"));
    const qint64 net = InventoryFixture::addNetwork(m, QStringLiteral("default"));
    const qint64 pool = InventoryFixture::addStorage(m, QStringLiteral("images"));
    const qint64 vol = InventoryFixture::addVolume(m, pool, QStringLiteral("disk.qcow2"));
    makeModel();

    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex provider = m_model->index(0, 0);
    QCOMPARE(provider, find(Kind::Provider, p));
    QCOMPARE(provider.data().toString(), QStringLiteral("lab"));
    QCOMPARE(provider.data(InventoryTreeModel::KindRole).toInt(), int(Kind::Provider));
    // Clusters, hosts outside a cluster, VMs outside a host, then the two folders.
    QCOMPARE(m_model->rowCount(provider), 5);
    QCOMPARE(m_model->index(0, 0, provider), find(Kind::Cluster, cluster));
    QCOMPARE(m_model->index(1, 0, provider), find(Kind::Host, loose));
    QCOMPARE(m_model->index(2, 0, provider), find(Kind::Vm, orphan));
    const QModelIndex networks = m_model->index(3, 0, provider);
    const QModelIndex storage = m_model->index(4, 0, provider);
    QCOMPARE(networks.data(InventoryTreeModel::KindRole).toInt(), int(Kind::NetworkFolder));
    QCOMPARE(storage.data(InventoryTreeModel::KindRole).toInt(), int(Kind::StorageFolder));
    QCOMPARE(m_model->index(0, 0, networks), find(Kind::Network, net));
    QCOMPARE(m_model->index(0, 0, storage), find(Kind::Storage, pool));
    QCOMPARE(find(Kind::Volume, vol).parent(), find(Kind::Storage, pool));

    const QModelIndex host = find(Kind::Host, clustered);
    QCOMPARE(host.parent(), find(Kind::Cluster, cluster));
    // Case-insensitive by name.
    QCOMPARE(m_model->index(0, 0, host), find(Kind::Vm, vmA));
    QCOMPARE(m_model->index(1, 0, host), find(Kind::Vm, vmB));
    QCOMPARE(m_model->vmCount(), 3);

    const QModelIndex vm = find(Kind::Vm, vmA);
    QCOMPARE(vm.data(InventoryTreeModel::ManagerIdRole).toLongLong(), m);
    QCOMPARE(vm.data(InventoryTreeModel::ProviderIdRole).toLongLong(), p);
    QCOMPARE(vm.siblingAtColumn(InventoryTreeModel::StateColumn).data().toString(),
             QStringLiteral("Powered off"));
    QVERIFY(!vm.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(vm.siblingAtColumn(InventoryTreeModel::SummaryColumn)
                .data()
                .toString()
                .contains(QStringLiteral("vCPU")));
    QVERIFY(m_model->flags(vm) & Qt::ItemNeverHasChildren);
}

void tst_InventoryTreeModel::powerStateText_data()
{
    QTest::addColumn<QString>("power");
    QTest::addColumn<QString>("text");
    QTest::newRow("on") << "on"
                        << "Running";
    QTest::newRow("off") << "off"
                         << "Powered off";
    QTest::newRow("paused") << "paused"
                            << "Paused";
    QTest::newRow("suspended") << "suspended"
                               << "Suspended";
    QTest::newRow("crashed") << "crashed"
                             << "Crashed";
    QTest::newRow("shutting_down") << "shutting_down"
                                   << "Shutting down";
    QTest::newRow("garbage") << "???"
                             << "Unknown";
}

void tst_InventoryTreeModel::powerStateText()
{
    QFETCH(QString, power);
    QFETCH(QString, text);
    qint64 m = 0;
    InventoryFixture::addProvider(QStringLiteral("p"), &m);
    const qint64 vm = InventoryFixture::addVm(m, 0, QStringLiteral("vm"), power);
    makeModel();
    const QModelIndex index = find(Kind::Vm, vm);
    QCOMPARE(index.siblingAtColumn(InventoryTreeModel::StateColumn).data().toString(), text);
    QCOMPARE(index.data(InventoryTreeModel::PowerStateRole).toString(), power);
}

void tst_InventoryTreeModel::staleProviderIsMarked()
{
    qint64 m = 0;
    const qint64 p = InventoryFixture::addProvider(QStringLiteral("p"), &m);
    const qint64 vm = InventoryFixture::addVm(m, 0, QStringLiteral("kept"));
    InventoryFixture::setRefreshStatus(m, QStringLiteral("ok"));
    makeModel();
    QModelIndex provider = find(Kind::Provider, p);
    QVERIFY(!provider.data(InventoryTreeModel::StaleRole).toBool());
    QCOMPARE(provider.siblingAtColumn(1).data().toString(), QStringLiteral("OK"));

    InventoryFixture::setRefreshStatus(m, QStringLiteral("error"),
                                       QStringLiteral("Connection refused by lab.example.net."));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->updateManager(m, false);
    // The provider, and greyed with it what it holds: its VM and its two folders.
    QCOMPARE(changed.count(), 4);
    provider = find(Kind::Provider, p);
    QVERIFY(provider.data(InventoryTreeModel::StaleRole).toBool());
    QVERIFY(find(Kind::Vm, vm).data(InventoryTreeModel::StaleRole).toBool());
    QVERIFY(find(Kind::Vm, vm).data(Qt::ForegroundRole).isValid());
    QCOMPARE(provider.siblingAtColumn(1).data().toString(), QStringLiteral("Stale"));
    QVERIFY(provider.siblingAtColumn(1)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Connection refused")));
    QVERIFY(provider.siblingAtColumn(1).data(Qt::ForegroundRole).isValid());
    // The cached inventory stays.
    QVERIFY(find(Kind::Vm, vm).isValid());
}

void tst_InventoryTreeModel::refreshingProviderIsMarked()
{
    qint64 m = 0;
    const qint64 p = InventoryFixture::addProvider(QStringLiteral("p"), &m);
    makeModel();
    QCOMPARE(find(Kind::Provider, p).siblingAtColumn(1).data().toString(),
             QStringLiteral("Not refreshed yet"));
    m_model->setManagerRefreshing(m, true);
    QCOMPARE(find(Kind::Provider, p).siblingAtColumn(1).data().toString(),
             QStringLiteral("Refreshing…"));
    InventoryFixture::setRefreshStatus(m, QStringLiteral("ok"));
    m_model->setManagerRefreshing(m, false);
    QCOMPARE(find(Kind::Provider, p).siblingAtColumn(1).data().toString(), QStringLiteral("OK"));
}

void tst_InventoryTreeModel::insertedVmIsInsertedNotReset()
{
    qint64 m = 0;
    InventoryFixture::addProvider(QStringLiteral("p"), &m);
    const qint64 host = InventoryFixture::addHost(m, 0, QStringLiteral("h"));
    const qint64 a = InventoryFixture::addVm(m, host, QStringLiteral("a"));
    const qint64 c = InventoryFixture::addVm(m, host, QStringLiteral("c"));
    makeModel();
    const QPersistentModelIndex keptA = find(Kind::Vm, a);
    const QPersistentModelIndex keptC = find(Kind::Vm, c);

    const qint64 b = InventoryFixture::addVm(m, host, QStringLiteral("b"));
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->updateManager(m);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(0).value<QModelIndex>(), find(Kind::Host, host));
    QCOMPARE(inserted.first().at(1).toInt(), 1);
    QCOMPARE(find(Kind::Vm, b).row(), 1);
    QVERIFY(keptA.isValid() && keptC.isValid());
    QCOMPARE(keptA.data().toString(), QStringLiteral("a"));
    QCOMPARE(keptC.row(), 2);
    QCOMPARE(m_model->vmCount(), 3);
}

void tst_InventoryTreeModel::removedVmIsRemovedKeepingOthers()
{
    qint64 m = 0;
    InventoryFixture::addProvider(QStringLiteral("p"), &m);
    const qint64 host = InventoryFixture::addHost(m, 0, QStringLiteral("h"));
    QList<qint64> vms;
    for (int i = 0; i < 6; ++i)
        vms << InventoryFixture::addVm(m, host, QStringLiteral("vm%1").arg(i));
    makeModel();
    const QPersistentModelIndex last = find(Kind::Vm, vms.last());

    QVERIFY(InventoryFixture::exec(QStringLiteral("DELETE FROM vms WHERE id IN (?, ?, ?)"),
                                   {vms[1], vms[2], vms[4]}));
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->updateManager(m);
    // Two contiguous runs: rows 4, then 1..2.
    QCOMPARE(removed.count(), 2);
    QVERIFY(last.isValid());
    QCOMPARE(last.row(), 2);
    QCOMPARE(m_model->vmCount(), 3);
    QVERIFY(!find(Kind::Vm, vms[1]).isValid());
}

void tst_InventoryTreeModel::renamedVmMovesAndKeepsItsIndex()
{
    qint64 m = 0;
    InventoryFixture::addProvider(QStringLiteral("p"), &m);
    const qint64 host = InventoryFixture::addHost(m, 0, QStringLiteral("h"));
    InventoryFixture::addVm(m, host, QStringLiteral("alpha"));
    InventoryFixture::addVm(m, host, QStringLiteral("beta"));
    const qint64 gamma = InventoryFixture::addVm(m, host, QStringLiteral("gamma"));
    makeModel();
    const QPersistentModelIndex kept = find(Kind::Vm, gamma);
    QCOMPARE(kept.row(), 2);

    QVERIFY(InventoryFixture::exec(QStringLiteral("UPDATE vms SET name = 'aardvark', "
                                                  "power_state = 'paused' WHERE id = ?"),
                                   {gamma}));
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->updateManager(m);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(changed.count(), 1);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), 0);
    QCOMPARE(kept.data().toString(), QStringLiteral("aardvark"));
    QCOMPARE(kept.data(InventoryTreeModel::PowerStateRole).toString(), QStringLiteral("paused"));
}

void tst_InventoryTreeModel::vmMigratedToAnotherHost()
{
    qint64 m = 0;
    InventoryFixture::addProvider(QStringLiteral("p"), &m);
    const qint64 h1 = InventoryFixture::addHost(m, 0, QStringLiteral("h1"));
    const qint64 h2 = InventoryFixture::addHost(m, 0, QStringLiteral("h2"));
    const qint64 vm = InventoryFixture::addVm(m, h1, QStringLiteral("mover"));
    makeModel();
    QCOMPARE(find(Kind::Vm, vm).parent(), find(Kind::Host, h1));
    QVERIFY(InventoryFixture::exec(QStringLiteral("UPDATE vms SET host_id = ? WHERE id = ?"),
                                   {h2, vm}));
    m_model->updateManager(m);
    QCOMPARE(find(Kind::Vm, vm).parent(), find(Kind::Host, h2));
    QCOMPARE(m_model->rowCount(find(Kind::Host, h1)), 0);
    QCOMPARE(m_model->vmCount(), 1);
}

void tst_InventoryTreeModel::unchangedUpdateEmitsNothing()
{
    qint64 m = 0;
    InventoryFixture::addLargeProvider(QStringLiteral("p"), 2, 2, 10, &m);
    makeModel();
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->updateManager(m);
    QCOMPARE(changed.count() + inserted.count() + removed.count() + reset.count(), 0);
}

void tst_InventoryTreeModel::syncProvidersAddsAndRemoves()
{
    qint64 m1 = 0;
    const qint64 p1 = InventoryFixture::addProvider(QStringLiteral("b-provider"), &m1);
    InventoryFixture::addVm(m1, 0, QStringLiteral("one"));
    makeModel();
    QCOMPARE(m_model->rowCount(), 1);

    qint64 m2 = 0;
    const qint64 p2 = InventoryFixture::addProvider(QStringLiteral("a-provider"), &m2);
    const qint64 vm2 = InventoryFixture::addVm(m2, 0, QStringLiteral("two"));
    m_model->syncProviders();
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(find(Kind::Provider, p2).row(), 0); // sorted by name
    QCOMPARE(find(Kind::Vm, vm2).parent(), find(Kind::Provider, p2));

    QVERIFY(InventoryFixture::exec(QStringLiteral("DELETE FROM providers WHERE id = ?"), {p1}));
    m_model->syncProviders();
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(!find(Kind::Provider, p1).isValid());
    QCOMPARE(m_model->vmCount(), 1);
}

void tst_InventoryTreeModel::otherProvidersAreLeftAlone()
{
    qint64 m1 = 0;
    qint64 m2 = 0;
    InventoryFixture::addProvider(QStringLiteral("one"), &m1);
    const qint64 p2 = InventoryFixture::addProvider(QStringLiteral("two"), &m2);
    makeModel();
    InventoryFixture::addVm(m1, 0, QStringLiteral("late"));
    const qint64 unseen = InventoryFixture::addVm(m2, 0, QStringLiteral("not yet"));
    m_model->updateManager(m1);
    // Only manager 1's provider was re-read.
    QVERIFY(!find(Kind::Vm, unseen).isValid());
    QCOMPARE(m_model->rowCount(find(Kind::Provider, p2)), 2);
    QCOMPARE(m_model->vmCount(), 1);
}

void tst_InventoryTreeModel::largeInventoryLoadsQuickly()
{
    qint64 manager = 0;
    InventoryFixture::addLargeProvider(QStringLiteral("big"), 4, 25, 100, &manager);
    m_model = std::make_unique<InventoryTreeModel>();
    QElapsedTimer timer;
    timer.start();
    m_model->reload();
    const qint64 loadMs = timer.elapsed();
    QCOMPARE(m_model->vmCount(), 10000);
    qInfo("10,000 VMs loaded in %lld ms", loadMs);
    // The launch budget is 500 ms for everything; the model must leave most of it to the rest.
    QVERIFY2(loadMs < 400, qPrintable(QStringLiteral("%1 ms").arg(loadMs)));

    // One VM changed among 10,000: a patch, not a reload.
    QVERIFY(InventoryFixture::exec(
        QStringLiteral("UPDATE vms SET power_state = 'off' WHERE name = 'big-vm-04243'")));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    timer.restart();
    m_model->updateManager(manager);
    qInfo("10,000 VM provider re-read and compared in %lld ms", qint64(timer.elapsed()));
    QCOMPARE(changed.count(), 1);
    // The tester walks the whole tree; attach it last so the timings above are the model's own.
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_InventoryTreeModel::retiredVmsShownWhenAsked()
{
    qint64 manager = 0;
    const qint64 provider = InventoryFixture::addProvider(QStringLiteral("lab"), &manager);
    const qint64 host = InventoryFixture::addHost(manager, 0, QStringLiteral("h1"));
    const qint64 vm = InventoryFixture::addVm(manager, host, QStringLiteral("old"));
    QSqlQuery q(Database::connection());
    QVERIFY(q.exec(QStringLiteral("SELECT ems_ref FROM vms WHERE id = %1").arg(vm)) && q.next());
    const QString ref = q.value(0).toString();
    QString error;
    QVERIFY2(RetirementStore::schedule(manager, ref, nowMs() + 1000, 0, false, &error),
             qPrintable(error));
    // Retired, and gone from the manager's inventory.
    QVERIFY(InventoryFixture::exec(
        QStringLiteral("UPDATE retirements SET state = 'retired', retired_at = ?"), {nowMs()}));
    QVERIFY(InventoryFixture::exec(QStringLiteral("DELETE FROM vms WHERE id = ?"), {vm}));
    makeModel();
    QVERIFY(!find(Kind::Vm, vm).isValid());
    const QModelIndex providerIndex = find(Kind::Provider, provider);
    const int rowsBefore = m_model->rowCount(providerIndex);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setShowRetired(true);
    QCOMPARE(reset.count(), 0); // patched in place, selection and expansion stay
    QCOMPARE(m_model->rowCount(providerIndex), rowsBefore + 1);
    QModelIndex retired;
    for (int i = 0; i < m_model->rowCount(providerIndex); ++i) {
        const QModelIndex child = m_model->index(i, 0, providerIndex);
        if (Kind(child.data(InventoryTreeModel::KindRole).toInt()) == Kind::RetiredVm)
            retired = child;
    }
    QVERIFY(retired.isValid());
    QCOMPARE(retired.data().toString(), QStringLiteral("old"));
    QCOMPARE(retired.siblingAtColumn(InventoryTreeModel::StateColumn).data().toString(),
             QStringLiteral("Retired"));
    QVERIFY(retired.data(Qt::ForegroundRole).isValid()); // greyed
    QCOMPARE(retired.data(InventoryTreeModel::EmsRefRole).toString(), ref);
    QCOMPARE(m_model->vmCount(), 0);

    m_model->setShowRetired(false);
    QCOMPARE(m_model->rowCount(providerIndex), rowsBefore);
}

void tst_InventoryTreeModel::vmRolesForRequests()
{
    qint64 manager = 0;
    InventoryFixture::addProvider(QStringLiteral("lab"), &manager);
    const qint64 vm =
        InventoryFixture::addVm(manager, 0, QStringLiteral("t"), QStringLiteral("off"));
    QVERIFY(InventoryFixture::exec(QStringLiteral("UPDATE vms SET is_template = 1")));
    makeModel();
    const QModelIndex index = find(Kind::Vm, vm);
    QVERIFY(!index.data(InventoryTreeModel::EmsRefRole).toString().isEmpty());
    QVERIFY(index.data(InventoryTreeModel::IsTemplateRole).toBool());
    // The "uifake" type of the fixture has no operations (none is registered here at all).
    QVERIFY(!index.data(InventoryTreeModel::HasOperationsRole).toBool());
}

// A vSphere-shaped manager: two datacenters, DC0 with a cluster (a host and two VMs), a
// standalone host with a VM and a template placed nowhere but its datacenter.
struct VsphereLayout
{
    qint64 provider = 0, manager = 0, dc0 = 0, dc1 = 0, cluster = 0, clustered = 0, standalone = 0,
           vm1 = 0, vm2 = 0, vm3 = 0, templ = 0, otherHost = 0;
};

static VsphereLayout addVsphereLayout()
{
    VsphereLayout l;
    l.provider = InventoryFixture::addProvider(QStringLiteral("vcenter"), &l.manager);
    l.dc0 = InventoryFixture::addDatacenter(l.manager, QStringLiteral("DC0"));
    l.dc1 = InventoryFixture::addDatacenter(l.manager, QStringLiteral("DC1"));
    l.cluster = InventoryFixture::addCluster(l.manager, QStringLiteral("DC0_C0"));
    l.clustered = InventoryFixture::addHost(l.manager, l.cluster, QStringLiteral("DC0_C0_H0"));
    l.standalone = InventoryFixture::addHost(l.manager, 0, QStringLiteral("DC0_H0"));
    l.otherHost = InventoryFixture::addHost(l.manager, 0, QStringLiteral("DC1_H0"));
    l.vm1 = InventoryFixture::addVm(l.manager, l.clustered, QStringLiteral("DC0_C0_VM0"));
    l.vm2 = InventoryFixture::addVm(l.manager, l.clustered, QStringLiteral("DC0_C0_VM1"));
    l.vm3 = InventoryFixture::addVm(l.manager, l.standalone, QStringLiteral("DC0_H0_VM0"));
    l.templ = InventoryFixture::addVm(l.manager, 0, QStringLiteral("centos-template"), "off");
    InventoryFixture::exec(QStringLiteral("UPDATE vms SET is_template = 1 WHERE id = ?"),
                           {l.templ});
    for (const char *table : {"clusters", "hosts", "vms"})
        InventoryFixture::exec(QStringLiteral("UPDATE %1 SET datacenter_id = ?").arg(table),
                               {l.dc0});
    InventoryFixture::exec(QStringLiteral("UPDATE hosts SET datacenter_id = ? WHERE id = ?"),
                           {l.dc1, l.otherHost});
    return l;
}

void tst_InventoryTreeModel::vsphereHierarchy()
{
    const VsphereLayout l = addVsphereLayout();
    // A libvirt provider beside it keeps its own tree.
    qint64 libvirtManager = 0;
    InventoryFixture::addProvider(QStringLiteral("lab"), &libvirtManager);
    const qint64 libvirtCluster = InventoryFixture::addCluster(libvirtManager, QStringLiteral("c"));
    const qint64 libvirtHost = InventoryFixture::addHost(libvirtManager, libvirtCluster, "node");
    InventoryFixture::addVm(libvirtManager, libvirtHost, QStringLiteral("guest"));
    makeModel();

    // Provider → datacenters (by name), then the Networks and Storage folders.
    const QModelIndex provider = find(Kind::Provider, l.provider);
    QCOMPARE(m_model->rowCount(provider), 4);
    const QModelIndex dc0 = m_model->index(0, 0, provider);
    QCOMPARE(dc0, find(Kind::Datacenter, l.dc0));
    QCOMPARE(dc0.data().toString(), QStringLiteral("DC0"));
    QCOMPARE(dc0.data(InventoryTreeModel::KindRole).toInt(), int(Kind::Datacenter));
    QCOMPARE(dc0.data(InventoryTreeModel::ManagerIdRole).toLongLong(), l.manager);
    QVERIFY(!dc0.data(Qt::DecorationRole).value<QIcon>().isNull());
    QCOMPARE(dc0.data(Qt::AccessibleTextRole).toString(), QStringLiteral("DC0"));
    const QString summary =
        dc0.siblingAtColumn(InventoryTreeModel::SummaryColumn).data().toString();
    for (const char *part : {"1 cluster", "2 host", "4 VM"})
        QVERIFY2(summary.contains(QLatin1String(part)), qPrintable(summary));
    QCOMPARE(m_model->index(1, 0, provider), find(Kind::Datacenter, l.dc1));

    // Datacenter → cluster → host → VM; in the datacenter also its standalone host and the
    // template that runs nowhere.
    QCOMPARE(m_model->rowCount(dc0), 3);
    QCOMPARE(m_model->index(0, 0, dc0), find(Kind::Cluster, l.cluster));
    QCOMPARE(m_model->index(1, 0, dc0), find(Kind::Host, l.standalone));
    QCOMPARE(m_model->index(2, 0, dc0), find(Kind::Vm, l.templ));
    QCOMPARE(find(Kind::Host, l.clustered).parent(), find(Kind::Cluster, l.cluster));
    QCOMPARE(find(Kind::Vm, l.vm1).parent(), find(Kind::Host, l.clustered));
    QCOMPARE(find(Kind::Vm, l.vm2).parent(), find(Kind::Host, l.clustered));
    QCOMPARE(find(Kind::Vm, l.vm3).parent(), find(Kind::Host, l.standalone));
    QCOMPARE(find(Kind::Host, l.otherHost).parent(), find(Kind::Datacenter, l.dc1));
    QCOMPARE(m_model->vmCount(), 4 + 1); // with the libvirt guest

    // Networks and datastores stay in the provider's folders, naming their datacenter.
    const qint64 network = InventoryFixture::addNetwork(l.manager, QStringLiteral("VM Network"));
    InventoryFixture::exec(QStringLiteral("UPDATE networks SET datacenter_id = ? WHERE id = ?"),
                           {l.dc1, network});
    m_model->updateManager(l.manager);
    QVERIFY(find(Kind::Network, network)
                .siblingAtColumn(InventoryTreeModel::SummaryColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("DC1")));
    QCOMPARE(find(Kind::Network, network).parent().data(InventoryTreeModel::KindRole).toInt(),
             int(Kind::NetworkFolder));

    // The libvirt provider has no datacenter level.
    const QModelIndex lab = find(Kind::Host, libvirtHost).parent().parent();
    QCOMPARE(lab.data(InventoryTreeModel::KindRole).toInt(), int(Kind::Provider));
    QCOMPARE(find(Kind::Cluster, libvirtCluster).parent(), lab);

    // A VM name filter keeps the datacenter as an ancestor.
    const QSet<quintptr> kept = m_model->vmNameMatches(QStringLiteral("h0_vm0"));
    QVERIFY(kept.contains(find(Kind::Datacenter, l.dc0).internalId()));
    QVERIFY(kept.contains(find(Kind::Host, l.standalone).internalId()));
    QVERIFY(!kept.contains(find(Kind::Datacenter, l.dc1).internalId()));
}

void tst_InventoryTreeModel::datacenterChangesArePatched()
{
    const VsphereLayout l = addVsphereLayout();
    makeModel();
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);

    // The standalone host moves to DC1 (removed from one datacenter, added to the other): it
    // moves with its VM, patched, not reset.
    InventoryFixture::exec(QStringLiteral("UPDATE hosts SET datacenter_id = ? WHERE id = ?"),
                           {l.dc1, l.standalone});
    m_model->updateManager(l.manager);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(find(Kind::Host, l.standalone).parent(), find(Kind::Datacenter, l.dc1));
    QCOMPARE(find(Kind::Vm, l.vm3).parent(), find(Kind::Host, l.standalone));
    QCOMPARE(m_model->vmCount(), 4);

    // A datacenter gone (its rows' datacenter_id cleared by the schema): what it held goes to the
    // provider, nothing is lost.
    InventoryFixture::exec(QStringLiteral("DELETE FROM datacenters WHERE id = ?"), {l.dc1});
    m_model->updateManager(l.manager);
    QCOMPARE(resets.size(), 0);
    QVERIFY(!find(Kind::Datacenter, l.dc1).isValid());
    QCOMPARE(find(Kind::Host, l.otherHost).parent(), find(Kind::Provider, l.provider));
    QCOMPARE(find(Kind::Host, l.standalone).parent(), find(Kind::Provider, l.provider));
    QCOMPARE(m_model->vmCount(), 4);
}

QTEST_MAIN(tst_InventoryTreeModel)
#include "tst_inventorytreemodel.moc"
