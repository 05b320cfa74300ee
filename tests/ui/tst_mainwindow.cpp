#include "accessibilityaudit.h"
#include "catalogues.h"
#include "inventoryfixture.h"
#include "uifakeprovider.h"

#include "core/database.h"
#include "core/eventstore.h"
#include "core/providerstore.h"
#include "core/supervisor.h"
#include "ui/detailspane.h"
#include "ui/events/eventlistmodel.h"
#include "ui/events/eventspanel.h"
#include "ui/inventoryfilterproxy.h"
#include "ui/mainwindow.h"
#include "ui/providerwizard.h"
#include "ui/refreshstatuswidget.h"
#include "ui/workersdialog.h"
#include "ui/workersmodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>

#include <memory>

using namespace Vantage;
using namespace Vantage::Testing;
using Kind = InventoryTreeModel::Kind;

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsCachedInventoryAtOnce();
    void firstLaunchShowsHosts_data();
    void firstLaunchShowsHosts();
    void firstRefreshOpensNewProvider();
    void restoresGeometrySplitterAndHeader();
    void staleProviderGreysItsInventory();
    void ctrlFFiltersAndEscapeRestores();
    void refreshKeepsSelectionAndExpansion();
    void refreshProgressAndStaleInStatusBar();
    void removeProviderAsksFirst();
    void workersViewFollowsTheTable();
    void eventsArriveLiveAndSelectTheirObject();
    void actionsShortcutsAndContextMenu();
    void controlsHaveAccessibleNames();
    void everyControlIsNamed();
    void germanCatalogueShows();
    void addProviderThroughWizardThenRefresh();
    void screenshot();

private:
    static qint64 currentId(MainWindow &w)
    {
        return w.inventoryView()->currentIndex().data(InventoryTreeModel::IdRole).toLongLong();
    }
    // Answers the next modal message box by clicking the button with that object name.
    static void answerMessageBox(const QString &buttonName, QString *seenText = nullptr)
    {
        QTimer::singleShot(0, [buttonName, seenText] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                qWarning("no message box");
                return;
            }
            if (seenText)
                *seenText = box->text() + u'\n' + box->informativeText();
            box->findChild<QAbstractButton *>(buttonName)->click();
        });
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_manager = 0;
    qint64 m_provider = 0;
};

void tst_MainWindow::initTestCase()
{
    // The window keeps its layout in QSettings: tests use a scratch location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installCatalogue(QStringLiteral("en")));
    registerUiFakeProviders();
}

void tst_MainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(InventoryFixture::open(*m_dir, &error), qPrintable(error));
    m_provider = InventoryFixture::addLargeProvider(QStringLiteral("lab"), 2, 3, 50, &m_manager);
    InventoryFixture::setRefreshStatus(m_manager, QStringLiteral("ok"));
    QSettings(QStringLiteral("vantage"), QStringLiteral("vantage")).clear();
}

void tst_MainWindow::cleanup()
{
    Database::closeThreadConnection();
    m_dir.reset();
}

void tst_MainWindow::showsCachedInventoryAtOnce()
{
    QElapsedTimer timer;
    timer.start();
    MainWindow w(nullptr);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    qInfo("window with 300 cached VMs shown in %lld ms", qint64(timer.elapsed()));
    QCOMPARE(w.filterProxy()->rowCount(), 1);
    QCOMPARE(w.inventoryModel()->vmCount(), 300);
    QVERIFY(w.inventoryView()->isExpanded(w.filterProxy()->index(0, 0)));
    // The first provider is selected and described.
    QCOMPARE(currentId(w), m_provider);
    QCOMPARE(w.detailsPane()->title(), QStringLiteral("lab"));
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("inventoryCount"))->text(),
             QStringLiteral("300 VMs"));
    // And the numerus forms of the English catalogue are in use, singular included.
    QCOMPARE(w.inventoryModel()
                 ->index(0, InventoryTreeModel::SummaryColumn, w.inventoryModel()->index(0, 0))
                 .data()
                 .toString(),
             QStringLiteral("3 hosts"));
    QVERIFY(w.refreshStatus()->statusText(m_manager).startsWith(QStringLiteral("refreshed")));
}

void tst_MainWindow::ctrlFFiltersAndEscapeRestores()
{
    MainWindow w(nullptr);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    w.inventoryView()->setFocus();
    QTest::keyClick(w.inventoryView(), Qt::Key_F, Qt::ControlModifier);
    QTRY_COMPARE(QApplication::focusWidget(), w.filterEdit());
    QTest::keyClicks(w.filterEdit(), QStringLiteral("LAB-VM-00042"));
    QCOMPARE(w.filterProxy()->filterText(), QStringLiteral("LAB-VM-00042"));
    QCOMPARE(w.filterProxy()->matchCount(), 1);
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("inventoryCount"))->text(),
             QStringLiteral("1 of 300 VMs match"));
    // The match is visible: its ancestors were expanded.
    const QModelIndex vm = w.filterProxy()->mapFromSource(
        w.inventoryModel()->indexFor(Kind::Vm, 43)); // fixture ids start at 1
    QVERIFY(vm.isValid());
    QCOMPARE(vm.data().toString(), QStringLiteral("lab-vm-00042"));
    QVERIFY(w.inventoryView()->visualRect(vm).isValid());

    QTest::keyClick(w.filterEdit(), Qt::Key_Escape);
    QVERIFY(w.filterEdit()->text().isEmpty());
    QVERIFY(!w.filterProxy()->isFiltering());
    // Expansion from before the filter is back: the provider and its clusters open (300 VMs are
    // too many to open every host at start), the hosts closed.
    const QModelIndex provider = w.filterProxy()->index(0, 0);
    const QModelIndex cluster = w.filterProxy()->index(0, 0, provider);
    QVERIFY(w.inventoryView()->isExpanded(provider));
    QVERIFY(w.inventoryView()->isExpanded(cluster));
    QVERIFY(!w.inventoryView()->isExpanded(w.filterProxy()->index(0, 0, cluster)));
}

void tst_MainWindow::firstLaunchShowsHosts_data()
{
    QTest::addColumn<int>("vmsPerHost");
    QTest::addColumn<bool>("hostsOpen");
    // 2 clusters × 3 hosts: 198 VMs open every host, 204 only the clusters.
    QTest::newRow("small inventory") << 33 << true;
    QTest::newRow("large inventory") << 34 << false;
}

void tst_MainWindow::firstLaunchShowsHosts()
{
    QFETCH(int, vmsPerHost);
    QFETCH(bool, hostsOpen);
    QVERIFY(InventoryFixture::exec(QStringLiteral("DELETE FROM providers")));
    qint64 manager = 0;
    InventoryFixture::addLargeProvider(QStringLiteral("lab"), 2, 3, vmsPerHost, &manager);
    // A host outside any cluster sits right under the provider.
    const qint64 loose = InventoryFixture::addHost(manager, 0, QStringLiteral("loose-host"));
    InventoryFixture::addVm(manager, loose, QStringLiteral("loose-vm"));
    MainWindow w(nullptr);
    QTreeView *tree = w.inventoryView();
    auto proxyIndex = [&](Kind kind, qint64 id) {
        return w.filterProxy()->mapFromSource(w.inventoryModel()->indexFor(kind, id));
    };
    const QModelIndex provider = w.filterProxy()->index(0, 0);
    QVERIFY(tree->isExpanded(provider));
    int clusters = 0;
    int hosts = 0;
    for (int i = 0; i < w.filterProxy()->rowCount(provider); ++i) {
        const QModelIndex child = w.filterProxy()->index(i, 0, provider);
        const auto kind = Kind(child.data(InventoryTreeModel::KindRole).toInt());
        if (kind == Kind::Cluster) {
            ++clusters;
            // Every host of a cluster is visible.
            QVERIFY(tree->isExpanded(child));
            for (int j = 0; j < w.filterProxy()->rowCount(child); ++j, ++hosts)
                QCOMPARE(tree->isExpanded(w.filterProxy()->index(j, 0, child)), hostsOpen);
        } else if (kind == Kind::NetworkFolder || kind == Kind::StorageFolder) {
            QVERIFY(!tree->isExpanded(child));
        }
    }
    QCOMPARE(clusters, 2);
    QCOMPARE(hosts, 6);
    QCOMPARE(tree->isExpanded(proxyIndex(Kind::Host, loose)), hostsOpen);
}

void tst_MainWindow::firstRefreshOpensNewProvider()
{
    // A provider added before its first refresh holds nothing yet: it opens once it does.
    qint64 manager = 0;
    const qint64 provider = InventoryFixture::addProvider(QStringLiteral("zz-new"), &manager);
    Supervisor supervisor;
    MainWindow w(&supervisor);
    const qint64 cluster = InventoryFixture::addCluster(manager, QStringLiteral("rack"));
    const qint64 host = InventoryFixture::addHost(manager, cluster, QStringLiteral("kvm-01"));
    InventoryFixture::addVm(manager, host, QStringLiteral("new-vm"));
    InventoryFixture::setRefreshStatus(manager, QStringLiteral("ok"));
    RefreshOutcome outcome;
    outcome.ok = true;
    outcome.changes.inserted = 3;
    emit supervisor.refreshStarted(manager);
    emit supervisor.refreshFinished(manager, outcome);
    auto proxyIndex = [&](Kind kind, qint64 id) {
        return w.filterProxy()->mapFromSource(w.inventoryModel()->indexFor(kind, id));
    };
    QVERIFY(w.inventoryView()->isExpanded(proxyIndex(Kind::Provider, provider)));
    QVERIFY(w.inventoryView()->isExpanded(proxyIndex(Kind::Cluster, cluster)));
    // 301 VMs in all: hosts stay closed.
    QVERIFY(!w.inventoryView()->isExpanded(proxyIndex(Kind::Host, host)));

    // What the user closes stays closed after the next refresh.
    w.inventoryView()->collapse(proxyIndex(Kind::Provider, provider));
    emit supervisor.refreshStarted(manager);
    emit supervisor.refreshFinished(manager, outcome);
    QVERIFY(!w.inventoryView()->isExpanded(proxyIndex(Kind::Provider, provider)));
}

void tst_MainWindow::restoresGeometrySplitterAndHeader()
{
    QList<int> splitterSizes;
    int nameWidth = 0;
    {
        MainWindow w(nullptr);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.resize(900, 600);
        auto *splitter = w.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({300, splitter->width() - 300 - splitter->handleWidth()});
        splitterSizes = splitter->sizes();
        w.inventoryView()->header()->resizeSection(InventoryTreeModel::NameColumn, 321);
        w.inventoryView()->sortByColumn(InventoryTreeModel::StateColumn, Qt::DescendingOrder);
        nameWidth = w.inventoryView()->header()->sectionSize(InventoryTreeModel::NameColumn);
        QVERIFY(w.close());
    }
    MainWindow w(nullptr);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.size(), QSize(900, 600));
    QCOMPARE(w.findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), splitterSizes);
    QHeaderView *header = w.inventoryView()->header();
    QCOMPARE(header->sectionSize(InventoryTreeModel::NameColumn), nameWidth);
    QCOMPARE(header->sortIndicatorSection(), int(InventoryTreeModel::StateColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
}

void tst_MainWindow::staleProviderGreysItsInventory()
{
    Supervisor supervisor;
    MainWindow w(&supervisor);
    QVERIFY(w.selectObject(Kind::Vm, 77));
    const QPersistentModelIndex vm = w.inventoryView()->currentIndex();
    const QPersistentModelIndex host = vm.parent();
    auto greyed = [](const QModelIndex &index) {
        return index.data(Qt::ForegroundRole).value<QBrush>() ==
               QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    };
    QVERIFY(!greyed(vm));
    QVERIFY(!greyed(host));

    InventoryFixture::setRefreshStatus(m_manager, QStringLiteral("error"),
                                       QStringLiteral("connection refused"));
    RefreshOutcome failed;
    failed.error = QStringLiteral("connection refused");
    emit supervisor.refreshStarted(m_manager);
    emit supervisor.refreshFinished(m_manager, failed);
    // The same rows, now greyed, each column, and said so to screen readers and in tooltips.
    QCOMPARE(w.inventoryView()->currentIndex(), QModelIndex(vm));
    QVERIFY(vm.data(InventoryTreeModel::StaleRole).toBool());
    QVERIFY(greyed(vm));
    QVERIFY(greyed(QModelIndex(vm).siblingAtColumn(InventoryTreeModel::SummaryColumn)));
    QVERIFY(greyed(host));
    QVERIFY(greyed(host.parent())); // cluster
    QVERIFY(vm.data(Qt::AccessibleTextRole).toString().endsWith(QStringLiteral(", stale")));
    QVERIFY(vm.data(Qt::ToolTipRole).toString().contains(QStringLiteral("failed")));
    QVERIFY(greyed(w.filterProxy()->index(0, InventoryTreeModel::StateColumn)));

    // The next good refresh brings the colours back.
    InventoryFixture::setRefreshStatus(m_manager, QStringLiteral("ok"));
    RefreshOutcome ok;
    ok.ok = true;
    emit supervisor.refreshStarted(m_manager);
    emit supervisor.refreshFinished(m_manager, ok);
    QVERIFY(!vm.data(InventoryTreeModel::StaleRole).toBool());
    QVERIFY(!greyed(vm));
    QVERIFY(!greyed(host));
}

void tst_MainWindow::refreshKeepsSelectionAndExpansion()
{
    Supervisor supervisor;
    MainWindow w(&supervisor);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // Select a VM deep in the tree.
    const qint64 vmId = 77;
    QVERIFY(w.selectObject(Kind::Vm, vmId));
    const QModelIndex hostIndex = w.inventoryView()->currentIndex().parent();
    QVERIFY(w.inventoryView()->isExpanded(hostIndex));
    QCOMPARE(w.detailsPane()->objectId(), vmId);
    const qint64 hostId = hostIndex.data(InventoryTreeModel::IdRole).toLongLong();

    // The refresh adds a VM to the same host and removes another.
    const qint64 added = InventoryFixture::addVm(m_manager, hostId, QStringLiteral("lab-vm-0007a"));
    QVERIFY(InventoryFixture::exec(QStringLiteral("DELETE FROM vms WHERE id = 76")));
    QSignalSpy reset(w.inventoryModel(), &QAbstractItemModel::modelReset);
    RefreshOutcome outcome;
    outcome.ok = true;
    outcome.changes.inserted = 1;
    outcome.changes.deleted = 1;
    emit supervisor.refreshStarted(m_manager);
    emit supervisor.refreshFinished(m_manager, outcome);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(currentId(w), vmId);
    QCOMPARE(w.inventoryView()->currentIndex().data().toString(), QStringLiteral("lab-vm-00076"));
    QVERIFY(w.inventoryView()->isExpanded(w.inventoryView()->currentIndex().parent()));
    QVERIFY(
        w.filterProxy()->mapFromSource(w.inventoryModel()->indexFor(Kind::Vm, added)).isValid());
    QVERIFY(!w.inventoryModel()->indexFor(Kind::Vm, 76).isValid());
    QCOMPARE(w.detailsPane()->objectId(), vmId);
}

void tst_MainWindow::refreshProgressAndStaleInStatusBar()
{
    Supervisor supervisor;
    MainWindow w(&supervisor);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QString bar = QStringLiteral("refreshProgress_%1").arg(m_manager);
    const QString cancel = QStringLiteral("cancelRefresh_%1").arg(m_manager);

    emit supervisor.refreshStarted(m_manager);
    QVERIFY(w.refreshStatus()->isRefreshing(m_manager));
    QVERIFY(w.findChild<QProgressBar *>(bar)->isVisible());
    QVERIFY(w.findChild<QToolButton *>(cancel)->isVisible());
    QCOMPARE(w.filterProxy()->index(0, 1).data().toString(), QStringLiteral("Refreshing…"));
    emit supervisor.refreshProgress(m_manager, 3, 10, QStringLiteral("Reading domains"));
    QCOMPARE(w.refreshStatus()->statusText(m_manager), QStringLiteral("Reading domains"));
    QCOMPARE(w.findChild<QProgressBar *>(bar)->value(), 3);
    QCOMPARE(w.findChild<QProgressBar *>(bar)->maximum(), 10);
    // Cancel goes to the supervisor, which has nothing running here: no crash, nothing else.
    QTest::mouseClick(w.findChild<QToolButton *>(cancel), Qt::LeftButton);

    InventoryFixture::setRefreshStatus(m_manager, QStringLiteral("error"),
                                       QStringLiteral("Cannot reach lab: connection refused."));
    RefreshOutcome failed;
    failed.error = QStringLiteral("Cannot reach lab: connection refused.");
    emit supervisor.refreshFinished(m_manager, failed);
    QVERIFY(!w.refreshStatus()->isRefreshing(m_manager));
    QVERIFY(!w.findChild<QProgressBar *>(bar)->isVisible());
    QVERIFY2(w.refreshStatus()->statusText(m_manager).contains(QStringLiteral("failed")),
             qPrintable(w.refreshStatus()->statusText(m_manager)));
    QVERIFY(w.refreshStatus()->statusText(m_manager).contains(QStringLiteral("stale")));
    // The tree keeps the inventory, marked stale; the details say why.
    const QModelIndex provider = w.filterProxy()->index(0, 0);
    QCOMPARE(provider.siblingAtColumn(1).data().toString(), QStringLiteral("Stale"));
    QCOMPARE(w.inventoryModel()->vmCount(), 300);
    QCOMPARE(currentId(w), m_provider);
    QVERIFY(w.detailsPane()->staleText().contains(QStringLiteral("connection refused")));
}

void tst_MainWindow::removeProviderAsksFirst()
{
    Supervisor supervisor;
    MainWindow w(&supervisor);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    w.inventoryView()->setFocus();
    QCOMPARE(currentId(w), m_provider);

    // Cancelling keeps everything.
    QString question;
    answerMessageBox(QStringLiteral("cancelRemoveButton"), &question);
    QTest::keyClick(w.inventoryView(), Qt::Key_Delete);
    QVERIFY(question.contains(QStringLiteral("“lab”")));
    QVERIFY(question.contains(QStringLiteral("inventory")));
    QVERIFY(question.contains(QStringLiteral("deleted")));
    QVERIFY(ProviderStore::providerByName(QStringLiteral("lab")));
    QCOMPARE(w.filterProxy()->rowCount(), 1);

    w.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&w));
    answerMessageBox(QStringLiteral("confirmRemoveButton"));
    QTest::keyClick(w.inventoryView(), Qt::Key_Delete);
    QVERIFY(!ProviderStore::providerByName(QStringLiteral("lab")));
    QCOMPARE(w.filterProxy()->rowCount(), 0);
    QCOMPARE(w.inventoryModel()->vmCount(), 0);
    QVERIFY(!w.detailsPane()->isShowing());
    QVERIFY(!w.findChild<QAction *>(QStringLiteral("actionRemoveProvider"))->isEnabled());
}

void tst_MainWindow::eventsArriveLiveAndSelectTheirObject()
{
    Supervisor supervisor; // not started: the test speaks for its event handler
    MainWindow w(&supervisor);
    w.show();
    QSqlQuery vm(Database::connection());
    QVERIFY(vm.exec(QStringLiteral("SELECT ems_ref, name FROM vms WHERE id = 43")) && vm.next());
    QList<StoredEvent> events(1);
    events[0].eventType = QStringLiteral("vm_power_off");
    events[0].raw.managerId = m_manager;
    events[0].raw.timestampMs = nowMs();
    events[0].raw.source = QStringLiteral("fake");
    events[0].raw.name = QStringLiteral("stopped");
    events[0].raw.targetKind = InventoryKind::Vm;
    events[0].raw.targetRef = vm.value(0).toString();
    events[0].raw.targetName = vm.value(1).toString();
    events[0].raw.message = vm.value(1).toString() + QStringLiteral(" stopped");
    QString error;
    QVERIFY2(EventStore::store(&events, &error), qPrintable(error));
    QCOMPARE(events.first().targetId, 43);

    // Live, from the supervisor's signal, without a reload.
    emit supervisor.eventsStored(events);
    QCOMPARE(w.eventsPanel()->model()->rowCount(), 1);

    // Selecting the event selects its VM in the tree.
    QVERIFY(w.eventsPanel()->selectEvent(events.first().id));
    QTRY_COMPARE(currentId(w), 43);
    QCOMPARE(w.inventoryView()->currentIndex().data(InventoryTreeModel::KindRole).toInt(),
             int(Kind::Vm));

    // The VM's own timeline tab lists it; a provider has no such tab.
    QVERIFY(w.detailsTabs()->isTabEnabled(1));
    QVERIFY(w.detailsTabs()->isTabEnabled(2)); // and its metrics
    w.detailsTabs()->setCurrentIndex(1);
    QTRY_COMPARE(w.objectTimeline()->model()->rowCount(), 1);
    QVERIFY(w.selectObject(Kind::Provider, m_provider));
    QVERIFY(!w.detailsTabs()->isTabEnabled(1));
    QVERIFY(w.detailsTabs()->isTabEnabled(2)); // its manager's rolled-up metrics
    QVERIFY(w.selectObject(Kind::NetworkFolder, m_provider));
    QVERIFY(!w.detailsTabs()->isTabEnabled(1));
    QVERIFY(!w.detailsTabs()->isTabEnabled(2));
    QCOMPARE(w.detailsTabs()->currentIndex(), 0);
}

void tst_MainWindow::workersViewFollowsTheTable()
{
    QVERIFY(InventoryFixture::exec(
        QStringLiteral("INSERT INTO workers (kind, manager_id, thread, pid, status, started_at, "
                       "heartbeat_at, restart_count, last_error) VALUES "
                       "('refresh', ?, 'refresh-1', 1, 'ready', ?, ?, 0, NULL), "
                       "('refresh', ?, 'refresh-2', 1, 'failed', ?, ?, 3, 'libvirt went away')"),
        {m_manager, nowMs() - 60000, nowMs() - 2000, m_manager, nowMs() - 60000, nowMs() - 90000}));
    Supervisor supervisor;
    MainWindow w(&supervisor);
    w.show();
    w.findChild<QAction *>(QStringLiteral("actionWorkers"))->trigger();
    auto *dialog = w.findChild<WorkersDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QAbstractItemModel *view = dialog->view()->model();
    QCOMPARE(view->rowCount(), 2);
    QCOMPARE(view->columnCount(), int(WorkersModel::ColumnCount));
    QStringList errors;
    for (int r = 0; r < view->rowCount(); ++r)
        errors << view->index(r, WorkersModel::ErrorColumn).data().toString();
    QVERIFY(errors.contains(QStringLiteral("libvirt went away")));
    QCOMPARE(dialog->model()->index(1, WorkersModel::HeartbeatColumn).data().toString(),
             QStringLiteral("1 min ago"));
    QCOMPARE(dialog->model()->index(0, WorkersModel::ManagerColumn).data().toString(),
             QStringLiteral("lab"));

    QSignalSpy inserted(dialog->model(), &QAbstractItemModel::rowsInserted);
    QVERIFY(InventoryFixture::exec(QStringLiteral("UPDATE workers SET status = 'stopped' "
                                                  "WHERE thread = 'refresh-1'")));
    emit supervisor.workersChanged();
    QCOMPARE(dialog->model()->index(0, WorkersModel::StatusColumn).data().toString(),
             QStringLiteral("stopped"));
    QCOMPARE(inserted.count(), 0); // updated in place, not rebuilt
    // And the once-a-second timer picks up what nobody announced.
    QVERIFY(
        InventoryFixture::exec(QStringLiteral("DELETE FROM workers WHERE thread = 'refresh-2'")));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->model()->rowCount(), 1, 3000);
}

void tst_MainWindow::actionsShortcutsAndContextMenu()
{
    Supervisor supervisor;
    MainWindow w(&supervisor);
    auto action = [&](const char *name) { return w.findChild<QAction *>(QLatin1String(name)); };
    QCOMPARE(action("actionRefresh")->shortcut(), QKeySequence(Qt::Key_F5));
    QVERIFY(action("actionRefreshAll")->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_F5)));
    QVERIFY(action("actionRefreshAll")->shortcuts().contains(QKeySequence(Qt::SHIFT | Qt::Key_F5)));
    QCOMPARE(action("actionAddProvider")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
    QCOMPARE(action("actionRemoveProvider")->shortcut(), QKeySequence(QKeySequence::Delete));
    QCOMPARE(action("actionQuit")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));
    QCOMPARE(action("actionFind")->shortcut(), QKeySequence(QKeySequence::Find));
    auto *menu = w.findChild<QMenu *>(QStringLiteral("inventoryContextMenu"));
    QVERIFY(menu);
    QVERIFY(menu->actions().contains(action("actionRefresh")));
    QVERIFY(menu->actions().contains(action("actionEditProvider")));
    QVERIFY(menu->actions().contains(action("actionRemoveProvider")));

    // Ctrl+N opens the wizard; Escape closes it.
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.activateWindow();
    QTest::keyClick(w.inventoryView(), Qt::Key_N, Qt::ControlModifier);
    auto *wizard = w.findChild<ProviderWizard *>();
    QVERIFY(wizard);
    QVERIFY(!wizard->isEditing());
    wizard->reject();

    // Edit opens the wizard prefilled for the selected provider.
    action("actionEditProvider")->trigger();
    ProviderWizard *edit = nullptr;
    for (auto *candidate : w.findChildren<ProviderWizard *>()) {
        if (candidate->isEditing())
            edit = candidate;
    }
    QVERIFY(edit);
    QCOMPARE(edit->providerId(), m_provider);
    edit->reject();
}

void tst_MainWindow::controlsHaveAccessibleNames()
{
    MainWindow w(nullptr);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    for (const char *name :
         {"filterEdit", "inventoryTree", "detailsPane", "refreshStatus", "copyDetailsButton"}) {
        auto *widget = w.findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    const auto lineEdits = w.findChildren<QLineEdit *>();
    for (const QLineEdit *edit : lineEdits)
        QVERIFY2(!edit->accessibleName().isEmpty(), qPrintable(edit->objectName()));
    // Columns sort.
    QVERIFY(w.inventoryView()->isSortingEnabled());
}

void tst_MainWindow::everyControlIsNamed()
{
    Supervisor supervisor;
    MainWindow w(&supervisor);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // A VM shows the most: its disk and NIC tables; a refresh shows progress and Cancel.
    QVERIFY(w.selectObject(Kind::Vm, 77));
    InventoryFixture::addDisk(m_manager, 77, QStringLiteral("vda"), QStringLiteral("/img/a.qcow2"));
    w.detailsPane()->reload();
    emit supervisor.refreshStarted(m_manager);
    QStringList problems = unnamedControls(&w);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(w.selectObject(Kind::Provider, m_provider));
    problems = unnamedControls(&w);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    // Dialogs the window opens.
    WorkersDialog *workers = w.showWorkers();
    QVERIFY(QTest::qWaitForWindowExposed(workers));
    problems = unnamedControls(workers);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_MainWindow::germanCatalogueShows()
{
    QTranslator *german = installCatalogue(QStringLiteral("de"));
    QVERIFY(german);
    const auto removeGerman = qScopeGuard([german] {
        QCoreApplication::removeTranslator(german);
        delete german;
    });
    MainWindow w(nullptr);
    auto action = [&](const char *name) { return w.findChild<QAction *>(QLatin1String(name)); };
    QCOMPARE(action("actionRefresh")->text(), QStringLiteral("&Aktualisieren"));
    QCOMPARE(action("actionAddProvider")->text(), QStringLiteral("Provider &hinzufügen…"));
    QCOMPARE(w.findChild<QMenu *>(QStringLiteral("viewMenu"))->title(), QStringLiteral("&Ansicht"));
    QCOMPARE(w.filterEdit()->placeholderText(), QStringLiteral("VMs nach Namen filtern (Strg+F)"));
    // Both German plural forms.
    QCOMPARE(w.findChild<QLabel *>(QStringLiteral("inventoryCount"))->text(),
             QStringLiteral("300 VMs"));
    const QModelIndex provider = w.inventoryModel()->index(0, 0);
    QCOMPARE(w.inventoryModel()->index(0, InventoryTreeModel::SummaryColumn, provider).data(),
             QVariant(QStringLiteral("3 Hosts")));
    QVERIFY(w.selectObject(Kind::Vm, 2));
    QCOMPARE(w.detailsPane()->fieldText(QStringLiteral("power")), QStringLiteral("Läuft"));
    QVERIFY(w.selectObject(Kind::Provider, m_provider));
    QVERIFY2(
        w.detailsPane()
            ->fieldText(QStringLiteral("inventory"))
            .startsWith(QStringLiteral("2 Cluster, 6 Hosts, 300 VMs, 1 Netzwerk, 1 Speicherpool")),
        qPrintable(w.detailsPane()->fieldText(QStringLiteral("inventory"))));
    // The state column fits the longest German state.
    QVERIFY(w.inventoryView()->header()->sectionSize(InventoryTreeModel::StateColumn) >
            w.inventoryView()->fontMetrics().horizontalAdvance(QStringLiteral("Ausgeschaltet")));
}

void tst_MainWindow::addProviderThroughWizardThenRefresh()
{
    {
        QMutexLocker lock(&uiFakeInventory().mutex);
        InventoryCollection c;
        HostRecord host;
        host.emsRef = QStringLiteral("h1");
        host.name = QStringLiteral("fake-host");
        host.powerState = QStringLiteral("on");
        c.hosts << host;
        VmRecord vm;
        vm.emsRef = QStringLiteral("vm1");
        vm.hostRef = QStringLiteral("h1");
        vm.name = QStringLiteral("fresh-vm");
        vm.powerState = QStringLiteral("on");
        vm.vcpus = 2;
        vm.memoryBytes = qint64(2) << 30;
        c.vms << vm;
        uiFakeInventory().collection = c;
    }
    Supervisor supervisor;
    supervisor.start(false);
    MainWindow w(&supervisor);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ProviderWizard *wizard = w.addProvider();
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    auto *types = wizard->findChild<QListWidget *>(QStringLiteral("typeList"));
    types->setCurrentItem(types->findItems(QStringLiteral("UI Fake"), Qt::MatchExactly).front());
    wizard->next();
    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("fresh"));
    wizard->next();
    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("endpointEdit_0")),
                     QStringLiteral("uifake://fresh"));
    wizard->next();
    QSignalSpy verified(wizard, &ProviderWizard::verifyFinished);
    wizard->next();
    QVERIFY(verified.wait(5000));
    QSignalSpy finished(&supervisor, &Supervisor::refreshFinished);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);

    const auto provider = ProviderStore::providerByName(QStringLiteral("fresh"));
    QVERIFY(provider);
    // Selected at once, before its first refresh.
    QTRY_COMPARE(currentId(w), provider->id);
    QVERIFY(finished.wait(10000));
    QSqlQuery q(Database::connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM vms WHERE name = 'fresh-vm'")) && q.next());
    const QModelIndex vm = w.inventoryModel()->indexFor(Kind::Vm, q.value(0).toLongLong());
    QVERIFY(vm.isValid());
    QCOMPARE(vm.parent().data().toString(), QStringLiteral("fake-host"));
    QCOMPARE(vm.parent().parent().data(InventoryTreeModel::IdRole).toLongLong(), provider->id);
    QCOMPARE(w.inventoryModel()->vmCount(), 301);
    QVERIFY(w.refreshStatus()
                ->statusText(ProviderStore::managersOf(provider->id).front().id)
                .startsWith(QStringLiteral("refreshed")));
    supervisor.stop();
}

// With VANTAGE_SCREENSHOT=<file.png>, a realistic inventory is shown and grabbed to that file;
// VANTAGE_SCREENSHOT_LANGUAGE=de grabs it in German.
void tst_MainWindow::screenshot()
{
    const QString path = qEnvironmentVariable("VANTAGE_SCREENSHOT");
    if (path.isEmpty())
        QSKIP("set VANTAGE_SCREENSHOT=<file.png> to grab the main window");
    const QString language = qEnvironmentVariable("VANTAGE_SCREENSHOT_LANGUAGE");
    if (!language.isEmpty())
        QVERIFY(installCatalogue(language));
    QVERIFY(InventoryFixture::exec(QStringLiteral("DELETE FROM providers")));
    QSqlDatabase db = Database::connection();
    db.transaction();
    qint64 prod = 0;
    InventoryFixture::addProvider(QStringLiteral("prod-kvm"), &prod, QStringLiteral("uifake"),
                                  QStringLiteral("uifake://kvm-prod.example.net"));
    const QStringList roles = {QStringLiteral("web"),    QStringLiteral("api"),
                               QStringLiteral("db"),     QStringLiteral("cache"),
                               QStringLiteral("worker"), QStringLiteral("build"),
                               QStringLiteral("mail"),   QStringLiteral("ldap")};
    const QStringList states = {QStringLiteral("on"),     QStringLiteral("on"),
                                QStringLiteral("on"),     QStringLiteral("off"),
                                QStringLiteral("paused"), QStringLiteral("on"),
                                QStringLiteral("crashed")};
    int n = 0;
    qint64 shownVm = 0;
    for (const QString &rack : {QStringLiteral("rack-a"), QStringLiteral("rack-b")}) {
        const qint64 cluster = InventoryFixture::addCluster(prod, rack);
        for (int h = 1; h <= 4; ++h) {
            const qint64 host = InventoryFixture::addHost(
                prod, cluster,
                QStringLiteral("kvm-%1%2").arg(rack.right(1)).arg(h, 2, 10, QLatin1Char('0')));
            for (int v = 0; v < 30; ++v, ++n) {
                const qint64 vm = InventoryFixture::addVm(prod, host,
                                                          QStringLiteral("%1-%2")
                                                              .arg(roles[n % roles.size()])
                                                              .arg(n, 3, 10, QLatin1Char('0')),
                                                          states[n % states.size()]);
                if (n == 10) {
                    shownVm = vm;
                    InventoryFixture::addDisk(
                        prod, vm, QStringLiteral("vda"),
                        QStringLiteral("/var/lib/libvirt/images/db-010.qcow2"));
                    InventoryFixture::addDisk(
                        prod, vm, QStringLiteral("vdb"),
                        QStringLiteral("/var/lib/libvirt/images/db-010-data.qcow2"));
                    InventoryFixture::addNic(prod, vm, QStringLiteral("52:54:00:3f:12:0a"),
                                             QStringLiteral("prod-net"));
                    InventoryFixture::addNic(prod, vm, QStringLiteral("52:54:00:3f:12:0b"),
                                             QStringLiteral("backup-net"));
                }
            }
        }
    }
    InventoryFixture::addNetwork(prod, QStringLiteral("prod-net"));
    InventoryFixture::addNetwork(prod, QStringLiteral("backup-net"));
    const qint64 pool = InventoryFixture::addStorage(prod, QStringLiteral("images"));
    InventoryFixture::addVolume(prod, pool, QStringLiteral("db-010.qcow2"));
    qint64 lab = 0;
    InventoryFixture::addProvider(QStringLiteral("lab-libvirt"), &lab, QStringLiteral("uifake"),
                                  QStringLiteral("uifake://lab.example.net"));
    const qint64 labHost = InventoryFixture::addHost(lab, 0, QStringLiteral("lab01"));
    for (int v = 0; v < 12; ++v)
        InventoryFixture::addVm(lab, labHost, QStringLiteral("test-%1").arg(v), states[v % 7]);
    db.commit();
    InventoryFixture::setRefreshStatus(prod, QStringLiteral("ok"), {}, nowMs() - 7 * 60 * 1000);
    InventoryFixture::setRefreshStatus(lab, QStringLiteral("ok"), {}, nowMs() - 5 * 3600 * 1000);
    InventoryFixture::setRefreshStatus(
        lab, QStringLiteral("error"),
        QStringLiteral("Cannot connect to lab.example.net: connection refused."),
        nowMs() - 20 * 60 * 1000);

    Supervisor supervisor;
    MainWindow w(&supervisor);
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.selectObject(Kind::Vm, shownVm));
    emit supervisor.refreshStarted(prod);
    emit supervisor.refreshProgress(prod, 140, 240, QStringLiteral("Reading domains"));
    QTest::qWait(200);
    QVERIFY(w.grab().save(path));
    qInfo("saved %s", qPrintable(path));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
