#include "inventoryfixture.h"

#include "core/database.h"
#include "ui/inventoryfilterproxy.h"
#include "ui/inventorytreemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <memory>

using namespace Vantage;
using Vantage::Testing::InventoryFixture;
using Kind = InventoryTreeModel::Kind;

class tst_InventoryFilterProxy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void emptyFilterShowsEverything();
    void findsOneVmAndKeepsAncestors();
    void caseInsensitiveSubstring_data();
    void caseInsensitiveSubstring();
    void noMatchShowsNothing();
    void largeInventoryFilterIsFast();
    void newMatchingVmAppearsAfterUpdate();
    void sortingKeepsFoldersLast();
    void datacentersOfMatchesStay();

private:
    void makeModels();
    QStringList visibleVmNames() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<InventoryTreeModel> m_model;
    std::unique_ptr<InventoryFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_manager = 0;
};

void tst_InventoryFilterProxy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(InventoryFixture::open(*m_dir, &error), qPrintable(error));
}

void tst_InventoryFilterProxy::cleanup()
{
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
    Database::closeThreadConnection();
    m_dir.reset();
}

void tst_InventoryFilterProxy::makeModels()
{
    m_model = std::make_unique<InventoryTreeModel>();
    m_model->reload();
    m_proxy = std::make_unique<InventoryFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

QStringList tst_InventoryFilterProxy::visibleVmNames() const
{
    QStringList names;
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int i = 0; i < m_proxy->rowCount(parent); ++i) {
            const QModelIndex child = m_proxy->index(i, 0, parent);
            if (child.data(InventoryTreeModel::KindRole).toInt() == int(Kind::Vm))
                names << child.data().toString();
            walk(child);
        }
    };
    walk({});
    return names;
}

void tst_InventoryFilterProxy::emptyFilterShowsEverything()
{
    InventoryFixture::addLargeProvider(QStringLiteral("p"), 2, 2, 5, &m_manager);
    makeModels();
    QCOMPARE(visibleVmNames().size(), 20);
    m_proxy->setFilterText(QStringLiteral("vm-0001"));
    QCOMPARE(visibleVmNames().size(), 10);
    m_proxy->setFilterText(QStringLiteral("  "));
    QVERIFY(!m_proxy->isFiltering());
    QCOMPARE(visibleVmNames().size(), 20);
}

void tst_InventoryFilterProxy::findsOneVmAndKeepsAncestors()
{
    const qint64 provider =
        InventoryFixture::addLargeProvider(QStringLiteral("p"), 2, 3, 10, &m_manager);
    makeModels();
    m_proxy->setFilterText(QStringLiteral("p-vm-00042"));
    QCOMPARE(m_proxy->matchCount(), 1);
    QCOMPARE(visibleVmNames(), QStringList{QStringLiteral("p-vm-00042")});

    // Exactly the path provider → cluster → host → VM; no folders, no other hosts.
    QCOMPARE(m_proxy->rowCount(), 1);
    const QModelIndex p = m_proxy->index(0, 0);
    QCOMPARE(p.data(InventoryTreeModel::IdRole).toLongLong(), provider);
    QCOMPARE(m_proxy->rowCount(p), 1);
    const QModelIndex cluster = m_proxy->index(0, 0, p);
    QCOMPARE(cluster.data(InventoryTreeModel::KindRole).toInt(), int(Kind::Cluster));
    QCOMPARE(m_proxy->rowCount(cluster), 1);
    const QModelIndex host = m_proxy->index(0, 0, cluster);
    QCOMPARE(host.data().toString(), QStringLiteral("p-host-1-1"));
    QCOMPARE(m_proxy->rowCount(host), 1);
}

void tst_InventoryFilterProxy::caseInsensitiveSubstring_data()
{
    QTest::addColumn<QString>("needle");
    QTest::addColumn<int>("matches");
    QTest::newRow("exact") << "Web-Frontend-01" << 1;
    QTest::newRow("lower") << "web-frontend" << 2;
    QTest::newRow("upper") << "DATABASE" << 1;
    QTest::newRow("middle") << "front" << 2;
    QTest::newRow("host names do not count") << "node" << 0;
}

void tst_InventoryFilterProxy::caseInsensitiveSubstring()
{
    QFETCH(QString, needle);
    QFETCH(int, matches);
    InventoryFixture::addProvider(QStringLiteral("p"), &m_manager);
    const qint64 host = InventoryFixture::addHost(m_manager, 0, QStringLiteral("node"));
    InventoryFixture::addVm(m_manager, host, QStringLiteral("Web-Frontend-01"));
    InventoryFixture::addVm(m_manager, host, QStringLiteral("web-frontend-02"));
    InventoryFixture::addVm(m_manager, host, QStringLiteral("database"));
    makeModels();
    m_proxy->setFilterText(needle);
    QCOMPARE(visibleVmNames().size(), matches);
    QCOMPARE(m_proxy->matchCount(), matches);
}

void tst_InventoryFilterProxy::noMatchShowsNothing()
{
    InventoryFixture::addLargeProvider(QStringLiteral("p"), 1, 1, 5, &m_manager);
    makeModels();
    m_proxy->setFilterText(QStringLiteral("no such vm"));
    QCOMPARE(m_proxy->rowCount(), 0);
    QCOMPARE(m_proxy->matchCount(), 0);
}

void tst_InventoryFilterProxy::largeInventoryFilterIsFast()
{
    InventoryFixture::addLargeProvider(QStringLiteral("big"), 4, 25, 100, &m_manager);
    m_model = std::make_unique<InventoryTreeModel>();
    m_model->reload();
    m_proxy = std::make_unique<InventoryFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
    // A real view, sorted, with every host expanded: the worst case for the proxy's mappings.
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setModel(m_proxy.get());
    view.setSortingEnabled(true);
    view.sortByColumn(0, Qt::AscendingOrder);
    view.expandAll();
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    const QStringList needles = {QStringLiteral("big-vm-04242"), QStringLiteral("7"),
                                 QStringLiteral("no such vm"), QString(),
                                 QStringLiteral("BIG-VM-0999")};
    QList<qint64> times;
    for (const QString &needle : needles) {
        QElapsedTimer timer;
        timer.start();
        m_proxy->setFilterText(needle);
        times << timer.nsecsElapsed() / 1000;
    }
    QCOMPARE(visibleVmNames().size(), 10); // big-vm-09990 .. big-vm-09999
    qInfo("filter times (µs): %s", qPrintable([&] {
              QStringList s;
              for (qint64 t : times)
                  s << QString::number(t);
              return s.join(QStringLiteral(", "));
          }()));
    std::sort(times.begin(), times.end());
    QVERIFY2(times[times.size() / 2] < 50'000, "median filter time over 50 ms");
}

void tst_InventoryFilterProxy::newMatchingVmAppearsAfterUpdate()
{
    InventoryFixture::addProvider(QStringLiteral("p"), &m_manager);
    const qint64 host = InventoryFixture::addHost(m_manager, 0, QStringLiteral("h"));
    InventoryFixture::addVm(m_manager, host, QStringLiteral("alpha"));
    makeModels();
    m_proxy->setFilterText(QStringLiteral("beta"));
    QCOMPARE(m_proxy->rowCount(), 0);
    InventoryFixture::addVm(m_manager, host, QStringLiteral("beta-1"));
    m_model->updateManager(m_manager);
    QTRY_COMPARE(visibleVmNames(), QStringList{QStringLiteral("beta-1")});
    QCOMPARE(m_proxy->matchCount(), 1);
}

void tst_InventoryFilterProxy::sortingKeepsFoldersLast()
{
    qint64 m = 0;
    InventoryFixture::addProvider(QStringLiteral("p"), &m);
    InventoryFixture::addHost(m, 0, QStringLiteral("aaa-host"));
    InventoryFixture::addHost(m, 0, QStringLiteral("zzz-host"));
    makeModels();
    const QModelIndex p = m_proxy->index(0, 0);
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        m_proxy->sort(0, order);
        QCOMPARE(m_proxy->rowCount(p), 4);
        QCOMPARE(m_proxy->index(0, 0, p).data().toString(), order == Qt::AscendingOrder
                                                                ? QStringLiteral("aaa-host")
                                                                : QStringLiteral("zzz-host"));
        QCOMPARE(m_proxy->index(2, 0, p).data(InventoryTreeModel::KindRole).toInt() >=
                     int(Kind::NetworkFolder),
                 true);
        QCOMPARE(m_proxy->index(3, 0, p).data(InventoryTreeModel::KindRole).toInt() >=
                     int(Kind::NetworkFolder),
                 true);
    }
}

void tst_InventoryFilterProxy::datacentersOfMatchesStay()
{
    // vSphere: DC0 → cluster → host → VM, and DC1 with a host and a VM of its own.
    InventoryFixture::addProvider(QStringLiteral("vcenter"), &m_manager);
    const qint64 dc0 = InventoryFixture::addDatacenter(m_manager, QStringLiteral("DC0"));
    const qint64 dc1 = InventoryFixture::addDatacenter(m_manager, QStringLiteral("DC1"));
    const qint64 cluster = InventoryFixture::addCluster(m_manager, QStringLiteral("DC0_C0"));
    const qint64 host0 = InventoryFixture::addHost(m_manager, cluster, QStringLiteral("esx0"));
    const qint64 host1 = InventoryFixture::addHost(m_manager, 0, QStringLiteral("esx1"));
    InventoryFixture::addVm(m_manager, host0, QStringLiteral("web-1"));
    InventoryFixture::addVm(m_manager, host1, QStringLiteral("db-1"));
    for (const char *table : {"clusters", "hosts", "vms"})
        InventoryFixture::exec(QStringLiteral("UPDATE %1 SET datacenter_id = ?").arg(table), {dc0});
    InventoryFixture::exec(QStringLiteral("UPDATE hosts SET datacenter_id = ? WHERE id = ?"),
                           {dc1, host1});
    makeModels();

    m_proxy->setFilterText(QStringLiteral("WEB"));
    QCOMPARE(visibleVmNames(), QStringList{QStringLiteral("web-1")});
    QVERIFY(m_proxy->mapFromSource(m_model->indexFor(Kind::Datacenter, dc0)).isValid());
    QVERIFY(m_proxy->mapFromSource(m_model->indexFor(Kind::Cluster, cluster)).isValid());
    QVERIFY(!m_proxy->mapFromSource(m_model->indexFor(Kind::Datacenter, dc1)).isValid());
    m_proxy->setFilterText(QString());
    QCOMPARE(visibleVmNames().size(), 2);
    QVERIFY(m_proxy->mapFromSource(m_model->indexFor(Kind::Datacenter, dc1)).isValid());
}

QTEST_MAIN(tst_InventoryFilterProxy)
#include "tst_inventoryfilterproxy.moc"
