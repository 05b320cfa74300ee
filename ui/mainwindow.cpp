#include "ui/mainwindow.h"

#include "core/providerstore.h"
#include "core/smartstate/smartstatetask.h"
#include "core/supervisor.h"
#include "ui/accessiblenames.h"
#include "ui/charts/metricspanel.h"
#include "ui/charts/topconsumersview.h"
#include "ui/detailspane.h"
#include "ui/events/eventspanel.h"
#include "ui/inventoryfilterproxy.h"
#include "ui/lifecycle/lifecycleforms.h"
#include "ui/lifecycle/managerinventory.h"
#include "ui/lifecycle/poweractions.h"
#include "ui/lifecycle/provisionwizard.h"
#include "ui/lifecycle/reconfiguredialog.h"
#include "ui/lifecycle/retiredialog.h"
#include "ui/lifecycle/servicecatalogdialog.h"
#include "ui/providerwizard.h"
#include "ui/refreshstatuswidget.h"
#include "ui/reports/reportswindow.h"
#include "ui/reports/tableexport.h"
#include "ui/requests/requestspanel.h"
#include "ui/smartstate/smartstatepanel.h"
#include "ui/workersdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

#include <optional>

namespace Vantage {

using Kind = InventoryTreeModel::Kind;

static QSettings settings()
{
    return QSettings(QStringLiteral("vantage"), QStringLiteral("vantage"));
}

static QIcon themed(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QLatin1String(name), QApplication::style()->standardIcon(fallback));
}

namespace {
enum DetailsTab { PropertiesTab, TimelineTab, MetricsTab, SmartStateTab };
} // namespace

MainWindow::MainWindow(Supervisor *supervisor, QWidget *parent)
    : QMainWindow(parent), m_supervisor(supervisor)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Vantage"));
    setAccessibleName(tr("Vantage"));

    m_model = new InventoryTreeModel(this);
    m_proxy = new InventoryFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_filterEdit = new QLineEdit(left);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setAccessibleName(tr("Filter VMs by name"));
    m_filterEdit->setPlaceholderText(tr("Filter VMs by name (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    AccessibleNames::nameLineEditButtons(m_filterEdit);
    leftLayout->addWidget(m_filterEdit);
    auto *clearFilter = new QAction(m_filterEdit);
    clearFilter->setShortcut(Qt::Key_Escape);
    clearFilter->setShortcutContext(Qt::WidgetShortcut);
    connect(clearFilter, &QAction::triggered, m_filterEdit, &QLineEdit::clear);
    m_filterEdit->addAction(clearFilter);

    m_tree = new QTreeView(left);
    m_tree->setObjectName(QStringLiteral("inventoryTree"));
    m_tree->setAccessibleName(tr("Inventory"));
    m_tree->setModel(m_proxy);
    // Uniform rows let the view lay out 10,000 VMs without measuring each.
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAlternatingRowColors(true);
    // Power operations and retirement act on many VMs at once.
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(InventoryTreeModel::NameColumn, Qt::AscendingOrder);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->resizeSection(InventoryTreeModel::NameColumn, 240);
    // Wide enough for the longest state in the current language, its power dot and margins.
    int stateWidth = 0;
    for (const QString &text : InventoryTreeModel::stateTexts())
        stateWidth = qMax(stateWidth, m_tree->fontMetrics().horizontalAdvance(text));
    stateWidth += style()->pixelMetric(QStyle::PM_SmallIconSize) + 24;
    m_tree->header()->resizeSection(InventoryTreeModel::StateColumn, qMax(110, stateWidth));
    AccessibleNames::nameViewParts(m_tree);
    leftLayout->addWidget(m_tree, 1);

    m_details = new DetailsPane(this);
    m_objectTimeline = new EventsPanel(this);
    m_objectTimeline->setObjectName(QStringLiteral("objectTimeline"));
    m_detailsTabs = new QTabWidget(this);
    m_detailsTabs->setObjectName(QStringLiteral("detailsTabs"));
    m_detailsTabs->setAccessibleName(tr("Selected object"));
    m_detailsTabs->addTab(m_details, tr("&Properties"));
    m_detailsTabs->addTab(m_objectTimeline, tr("&Timeline"));
    m_metrics = new MetricsPanel(this);
    m_metrics->setObjectName(QStringLiteral("metricsPanel"));
    m_detailsTabs->addTab(m_metrics, tr("&Metrics"));
    m_smartState = new SmartStatePanel(this);
    m_smartState->setObjectName(QStringLiteral("smartStatePanel"));
    // Its lists want more height than a small screen leaves the details: scroll there rather
    // than push the window's minimum height up.
    auto *smartStateScroll = new QScrollArea(this);
    smartStateScroll->setObjectName(QStringLiteral("smartStateScroll"));
    smartStateScroll->setAccessibleName(tr("SmartState analysis"));
    smartStateScroll->setWidgetResizable(true);
    smartStateScroll->setFrameShape(QFrame::NoFrame);
    smartStateScroll->setWidget(m_smartState);
    m_detailsTabs->addTab(smartStateScroll, tr("&SmartState"));
    connect(m_smartState, &SmartStatePanel::scanRequested, this, &MainWindow::requestScan);
    m_detailsTabs->setTabEnabled(TimelineTab, false);
    m_detailsTabs->setTabEnabled(MetricsTab, false);
    m_detailsTabs->setTabEnabled(SmartStateTab, false);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_detailsTabs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_events = new EventsPanel(this);
    m_events->setObjectName(QStringLiteral("eventsPanel"));
    m_eventsDock = new QDockWidget(tr("Events"), this);
    m_eventsDock->setObjectName(QStringLiteral("eventsDock"));
    m_eventsDock->setAccessibleName(tr("Events"));
    m_eventsDock->setWidget(m_events);
    addDockWidget(Qt::BottomDockWidgetArea, m_eventsDock);
    // The inventory stays the main view; a saved layout replaces this.
    resizeDocks({m_eventsDock}, {240}, Qt::Vertical);
    connect(m_events, &EventsPanel::objectActivated, this, &MainWindow::selectEventObject);
    TableExport::installContextMenu(m_events->listView());

    m_topConsumers = new TopConsumersView(this);
    m_topConsumers->setObjectName(QStringLiteral("topConsumers"));
    m_topDock = new QDockWidget(tr("Top Consumers"), this);
    m_topDock->setObjectName(QStringLiteral("topConsumersDock"));
    m_topDock->setAccessibleName(tr("Top Consumers"));
    m_topDock->setWidget(m_topConsumers);
    addDockWidget(Qt::BottomDockWidgetArea, m_topDock);
    tabifyDockWidget(m_eventsDock, m_topDock);
    m_eventsDock->raise();
    connect(m_topConsumers, &TopConsumersView::objectActivated, this,
            &MainWindow::selectEventObject);
    m_requests = new RequestsPanel(supervisor, this);
    m_requestsDock = new QDockWidget(tr("Requests"), this);
    m_requestsDock->setObjectName(QStringLiteral("requestsDock"));
    m_requestsDock->setAccessibleName(tr("Requests"));
    m_requestsDock->setWidget(m_requests);
    TableExport::installContextMenu(m_requests->view());
    addDockWidget(Qt::BottomDockWidgetArea, m_requestsDock);
    tabifyDockWidget(m_topDock, m_requestsDock);
    m_eventsDock->raise();

    // A marker on a chart is an event: show it in the events list.
    connect(m_metrics, &MetricsPanel::eventActivated, this, [this](qint64 eventId) {
        m_eventsDock->show();
        m_eventsDock->raise();
        m_events->selectEvent(eventId);
    });

    m_status = new RefreshStatusWidget(supervisor, this);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addWidget(m_status, 1);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("inventoryCount"));
    statusBar()->addPermanentWidget(m_countLabel);

    m_power = new PowerActions(supervisor, m_tree, this);
    connect(m_power, &PowerActions::submitted, this, &MainWindow::onRequestsSubmitted);
    m_retiredReload = new QTimer(this);
    m_retiredReload->setSingleShot(true);
    m_retiredReload->setInterval(1000);
    connect(m_retiredReload, &QTimer::timeout, this, [this] {
        for (const ManagerRow &manager : ProviderStore::managers())
            m_model->updateManager(manager.id, true);
    });
    createActions();
    createMenus();

    connect(m_filterEdit, &QLineEdit::textChanged, this, &MainWindow::onFilterTextChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelection);
    connect(m_tree->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, &MainWindow::showContextMenu);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCountLabel);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateCountLabel);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateCountLabel);

    if (supervisor) {
        connect(supervisor, &Supervisor::refreshStarted, this, &MainWindow::onRefreshStarted);
        connect(supervisor, &Supervisor::refreshFinished, this, &MainWindow::onRefreshFinished);
        for (EventsPanel *panel : {m_events, m_objectTimeline}) {
            connect(supervisor, &Supervisor::eventsStored, panel, &EventsPanel::appendEvents);
            connect(supervisor, &Supervisor::gapChanged, panel, &EventsPanel::setGap);
        }
        connect(supervisor, &Supervisor::metricsStored, m_metrics, &MetricsPanel::appendRealtime);
        connect(supervisor, &Supervisor::requestsChanged, this, &MainWindow::onRequestsChanged);
    }

    // Offline first: whatever the database holds is on screen before any manager answers.
    m_model->reload();
    for (int i = 0; i < m_proxy->rowCount(); ++i)
        expandInitially(m_proxy->index(i, 0).data(InventoryTreeModel::IdRole).toLongLong());
    if (m_proxy->rowCount() > 0)
        m_tree->setCurrentIndex(m_proxy->index(0, 0));
    updateActions();
    resize(1200, 760);
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveSettings() const
{
    QSettings s = settings();
    s.beginGroup(QStringLiteral("mainwindow"));
    s.setValue(QStringLiteral("geometry"), saveGeometry());
    s.setValue(QStringLiteral("state"), saveState());
    s.setValue(QStringLiteral("splitter"), m_splitter->saveState());
    s.setValue(QStringLiteral("treeHeader"), m_tree->header()->saveState());
}

void MainWindow::restoreSettings()
{
    QSettings s = settings();
    s.beginGroup(QStringLiteral("mainwindow"));
    // Each piece is optional: what is missing or unreadable keeps the default layout.
    restoreGeometry(s.value(QStringLiteral("geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("state")).toByteArray());
    m_splitter->restoreState(s.value(QStringLiteral("splitter")).toByteArray());
    m_tree->header()->restoreState(s.value(QStringLiteral("treeHeader")).toByteArray());
}

void MainWindow::expandInitially(qint64 providerId)
{
    if (m_initiallyExpanded.contains(providerId) || m_proxy->isFiltering())
        return;
    const QModelIndex provider =
        m_proxy->mapFromSource(m_model->indexFor(Kind::Provider, providerId));
    if (!provider.isValid())
        return;
    m_tree->expand(provider);
    // Until its first refresh a provider holds only its two empty folders: try again then.
    bool hasInventory = false;
    const bool expandHosts = m_model->vmCount() <= ExpandHostsUpToVms;
    // A vSphere provider's clusters and hosts sit one level down, in their datacenters.
    QList<QModelIndex> containers{provider};
    for (int c = 0; c < containers.size(); ++c) {
        const QModelIndex container = containers[c];
        for (int i = 0; i < m_proxy->rowCount(container); ++i) {
            const QModelIndex child = m_proxy->index(i, 0, container);
            const auto kind = Kind(child.data(InventoryTreeModel::KindRole).toInt());
            if (kind == Kind::NetworkFolder || kind == Kind::StorageFolder)
                continue;
            hasInventory = true;
            if (kind == Kind::Datacenter) {
                m_tree->expand(child);
                containers.append(child);
            } else if (kind == Kind::Cluster) {
                m_tree->expand(child);
                for (int j = 0; expandHosts && j < m_proxy->rowCount(child); ++j)
                    m_tree->expand(m_proxy->index(j, 0, child));
            } else if (kind == Kind::Host && expandHosts) {
                m_tree->expand(child);
            }
        }
    }
    if (hasInventory)
        m_initiallyExpanded.insert(providerId);
}

void MainWindow::createActions()
{
    m_addAction =
        new QAction(themed("list-add", QStyle::SP_FileDialogNewFolder), tr("&Add Provider…"), this);
    m_addAction->setObjectName(QStringLiteral("actionAddProvider"));
    m_addAction->setShortcut(QKeySequence::New);
    m_addAction->setToolTip(tr("Add a provider to inventory (Ctrl+N)"));
    connect(m_addAction, &QAction::triggered, this, [this] { addProvider(); });

    m_editAction = new QAction(themed("document-properties", QStyle::SP_FileDialogDetailedView),
                               tr("&Edit Provider…"), this);
    m_editAction->setObjectName(QStringLiteral("actionEditProvider"));
    m_editAction->setToolTip(tr("Change the selected provider's name, endpoints or credentials"));
    connect(m_editAction, &QAction::triggered, this, [this] { editProvider(); });

    m_removeAction =
        new QAction(themed("list-remove", QStyle::SP_TrashIcon), tr("&Remove Provider…"), this);
    m_removeAction->setObjectName(QStringLiteral("actionRemoveProvider"));
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setToolTip(tr("Remove the selected provider and its inventory (Delete)"));
    connect(m_removeAction, &QAction::triggered, this, [this] { removeProvider(); });

    m_refreshAction =
        new QAction(themed("view-refresh", QStyle::SP_BrowserReload), tr("&Refresh"), this);
    m_refreshAction->setObjectName(QStringLiteral("actionRefresh"));
    m_refreshAction->setShortcut(Qt::Key_F5);
    m_refreshAction->setToolTip(tr("Refresh the selected provider's inventory (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshSelected);

    m_refreshAllAction =
        new QAction(themed("view-refresh", QStyle::SP_BrowserReload), tr("Refresh &All"), this);
    m_refreshAllAction->setObjectName(QStringLiteral("actionRefreshAll"));
    m_refreshAllAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_F5), QKeySequence(Qt::SHIFT | Qt::Key_F5)});
    m_refreshAllAction->setToolTip(tr("Refresh every provider (Ctrl+F5)"));
    connect(m_refreshAllAction, &QAction::triggered, this, &MainWindow::refreshAll);

    m_workersAction = new QAction(themed("utilities-system-monitor", QStyle::SP_ComputerIcon),
                                  tr("&Workers"), this);
    m_workersAction->setObjectName(QStringLiteral("actionWorkers"));
    m_workersAction->setToolTip(tr("Show the background workers and their health"));
    connect(m_workersAction, &QAction::triggered, this, [this] { showWorkers(); });

    m_reportsAction = new QAction(themed("x-office-spreadsheet", QStyle::SP_FileDialogDetailedView),
                                  tr("&Reports…"), this);
    m_reportsAction->setObjectName(QStringLiteral("actionReports"));
    m_reportsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_reportsAction->setToolTip(tr("Reports on the inventory, events, metrics and requests, "
                                   "exported as CSV (Ctrl+Shift+R)"));
    connect(m_reportsAction, &QAction::triggered, this, [this] { showReports(); });

    m_findAction =
        new QAction(themed("edit-find", QStyle::SP_FileDialogContentsView), tr("&Find VM…"), this);
    m_findAction->setObjectName(QStringLiteral("actionFind"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });

    m_expandAllAction = new QAction(tr("E&xpand All"), this);
    m_expandAllAction->setObjectName(QStringLiteral("actionExpandAll"));
    connect(m_expandAllAction, &QAction::triggered, m_tree, &QTreeView::expandAll);
    m_collapseAllAction = new QAction(tr("&Collapse All"), this);
    m_collapseAllAction->setObjectName(QStringLiteral("actionCollapseAll"));
    connect(m_collapseAllAction, &QAction::triggered, m_tree, &QTreeView::collapseAll);

    m_quitAction =
        new QAction(themed("application-exit", QStyle::SP_DialogCloseButton), tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_provisionAction =
        new QAction(themed("document-new", QStyle::SP_FileIcon), tr("&Provision VMs…"), this);
    m_provisionAction->setObjectName(QStringLiteral("actionProvision"));
    m_provisionAction->setIconText(tr("Provision"));
    m_provisionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_provisionAction->setToolTip(
        tr("Create VMs: clones, or new ones from an image or ISO (Ctrl+Shift+N)"));
    connect(m_provisionAction, &QAction::triggered, this, [this] { provisionVms(); });

    m_reconfigureAction = new QAction(themed("configure", QStyle::SP_FileDialogDetailedView),
                                      tr("Re&configure…"), this);
    m_reconfigureAction->setObjectName(QStringLiteral("actionReconfigure"));
    m_reconfigureAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_reconfigureAction->setToolTip(
        tr("Change the selected VM's CPUs, memory, disks or network interfaces (Ctrl+Shift+E)"));
    connect(m_reconfigureAction, &QAction::triggered, this, [this] { reconfigureSelected(); });

    m_retireAction = new QAction(themed("edit-delete", QStyle::SP_TrashIcon), tr("Re&tire…"), this);
    m_retireAction->setObjectName(QStringLiteral("actionRetire"));
    m_retireAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_retireAction->setToolTip(
        tr("Retire the selected VMs now or on a date, with a warning first (Ctrl+Shift+T)"));
    connect(m_retireAction, &QAction::triggered, this, [this] { retireSelected(); });

    m_catalogAction = new QAction(themed("view-list-details", QStyle::SP_FileDialogListView),
                                  tr("Service &Catalog…"), this);
    m_catalogAction->setObjectName(QStringLiteral("actionServiceCatalog"));
    m_catalogAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_catalogAction->setToolTip(tr("Edit and order service templates (Ctrl+Shift+L)"));
    connect(m_catalogAction, &QAction::triggered, this, [this] { showServiceCatalog(); });

    m_showRetiredAction = new QAction(tr("Show &Retired VMs"), this);
    m_showRetiredAction->setObjectName(QStringLiteral("actionShowRetired"));
    m_showRetiredAction->setCheckable(true);
    m_showRetiredAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_showRetiredAction->setToolTip(
        tr("List retired VMs, greyed, under their provider (Ctrl+Shift+H)"));
    connect(m_showRetiredAction, &QAction::toggled, this, &MainWindow::setShowRetired);

    m_aboutAction = new QAction(tr("&About Vantage"), this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Vantage"),
                           tr("<p><b>Vantage</b> %1</p><p>A console for hybrid infrastructure: "
                              "providers, hosts, VMs, networks and storage in one inventory.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&Provider"));
    file->setObjectName(QStringLiteral("providerMenu"));
    file->addAction(m_addAction);
    file->addAction(m_editAction);
    file->addAction(m_removeAction);
    file->addSeparator();
    file->addAction(m_refreshAction);
    file->addAction(m_refreshAllAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *vm = menuBar()->addMenu(tr("V&M"));
    vm->setObjectName(QStringLiteral("vmMenu"));
    vm->addActions(m_power->actions());
    vm->addSeparator();
    vm->addAction(m_provisionAction);
    vm->addAction(m_reconfigureAction);
    vm->addAction(m_retireAction);
    vm->addSeparator();
    vm->addAction(m_catalogAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(m_findAction);
    view->addAction(m_expandAllAction);
    view->addAction(m_collapseAllAction);
    view->addSeparator();
    m_eventsAction = m_eventsDock->toggleViewAction();
    m_eventsAction->setObjectName(QStringLiteral("actionEvents"));
    m_eventsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_eventsAction->setToolTip(tr("Show or hide the event timeline of every provider"));
    view->addAction(m_eventsAction);
    QAction *topAction = m_topDock->toggleViewAction();
    topAction->setObjectName(QStringLiteral("actionTopConsumers"));
    topAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    topAction->setToolTip(tr("Show or hide the VMs using the most CPU, memory, disk or network"));
    view->addAction(topAction);
    // Shows, raises and focuses rather than toggles: the dock starts as a tab behind Events,
    // where a toggle would hide it instead of bringing it forward.
    m_requestsAction = new QAction(themed("view-list-details", QStyle::SP_FileDialogListView),
                                   tr("&Requests"), this);
    m_requestsAction->setObjectName(QStringLiteral("actionRequests"));
    m_requestsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_requestsAction->setToolTip(tr("Show the requests and their approvals (Ctrl+R)"));
    connect(m_requestsAction, &QAction::triggered, this, [this] {
        m_requestsDock->show();
        m_requestsDock->raise();
        m_requests->view()->setFocus(Qt::ShortcutFocusReason);
    });
    view->addAction(m_requestsAction);
    view->addAction(m_workersAction);
    view->addAction(m_reportsAction);
    view->addSeparator();
    view->addAction(m_showRetiredAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(m_aboutAction);
    AccessibleNames::nameMenuBarButtons(menuBar());

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setAccessibleName(tr("Main toolbar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_addAction);
    toolBar->addAction(m_editAction);
    toolBar->addAction(m_removeAction);
    toolBar->addSeparator();
    toolBar->addAction(m_refreshAction);
    toolBar->addAction(m_refreshAllAction);
    toolBar->addSeparator();
    toolBar->addAction(m_power->action(PowerOperation::Start));
    toolBar->addAction(m_power->action(PowerOperation::Shutdown));
    toolBar->addAction(m_power->action(PowerOperation::PowerOff));
    toolBar->addAction(m_provisionAction);
    toolBar->addSeparator();
    toolBar->addAction(m_workersAction);
    AccessibleNames::nameToolBarButtons(toolBar);

    m_contextMenu = new QMenu(this);
    m_contextMenu->setObjectName(QStringLiteral("inventoryContextMenu"));
    m_contextMenu->addAction(m_refreshAction);
    m_contextMenu->addAction(m_editAction);
    m_contextMenu->addAction(m_removeAction);
    m_contextMenu->addSeparator();
    QMenu *power = m_contextMenu->addMenu(tr("&Power"));
    power->setObjectName(QStringLiteral("powerContextMenu"));
    power->addActions(m_power->actions());
    m_contextMenu->addAction(m_provisionAction);
    m_contextMenu->addAction(m_reconfigureAction);
    m_contextMenu->addAction(m_retireAction);
    m_contextMenu->addSeparator();
    TableExport::addActions(m_contextMenu, m_tree);
}

bool MainWindow::selectObject(Kind kind, qint64 id)
{
    const QModelIndex source = m_model->indexFor(kind, id);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid())
        return false;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

qint64 MainWindow::selectedProviderId() const
{
    const QModelIndex current = m_tree->currentIndex();
    return current.isValid() ? current.data(InventoryTreeModel::ProviderIdRole).toLongLong() : 0;
}

void MainWindow::updateActions()
{
    const bool provider = selectedProviderId() != 0;
    m_refreshAction->setEnabled(provider && m_supervisor);
    m_editAction->setEnabled(provider);
    m_removeAction->setEnabled(provider);
    m_refreshAllAction->setEnabled(m_supervisor && m_model->rowCount() > 0);
    m_workersAction->setEnabled(true);

    // Read from the model's roles: a thousand selected VMs cost no query.
    const QList<PowerActions::Vm> vms = m_power->selectedVms();
    m_power->updateEnabled(vms);
    bool operable = !vms.isEmpty();
    for (const PowerActions::Vm &vm : vms)
        operable = operable && vm.operable;
    m_reconfigureAction->setEnabled(operable && vms.size() == 1);
    m_retireAction->setEnabled(operable);
    bool canProvision = false;
    for (int i = 0; i < m_model->rowCount() && !canProvision; ++i)
        canProvision = m_model->index(i, 0).data(InventoryTreeModel::HasOperationsRole).toBool();
    m_provisionAction->setEnabled(canProvision);
    m_catalogAction->setEnabled(canProvision);
    updateCountLabel();
}

void MainWindow::updateCountLabel()
{
    if (m_proxy->isFiltering()) {
        m_countLabel->setText(
            tr("%1 of %n VM(s) match", nullptr, m_model->vmCount()).arg(m_proxy->matchCount()));
    } else {
        m_countLabel->setText(tr("%n VM(s)", nullptr, m_model->vmCount()));
    }
}

void MainWindow::showSelection()
{
    const QModelIndex current = m_tree->currentIndex();
    if (current.isValid()) {
        const Kind kind = Kind(current.data(InventoryTreeModel::KindRole).toInt());
        const qint64 id = current.data(InventoryTreeModel::IdRole).toLongLong();
        m_details->showObject(kind, id);
        showObjectTimeline(kind, id, current.data(Qt::DisplayRole).toString());
    } else {
        m_details->clear();
        showObjectTimeline(Kind::Provider, 0, {});
    }
    updateActions();
}

namespace {
// The tree's kinds that events can be about, and the inventory kind they are stored under.
std::optional<InventoryKind> inventoryKindOf(InventoryTreeModel::Kind kind)
{
    switch (kind) {
    case InventoryTreeModel::Kind::Cluster:
        return InventoryKind::Cluster;
    case InventoryTreeModel::Kind::Host:
        return InventoryKind::Host;
    case InventoryTreeModel::Kind::Vm:
        return InventoryKind::Vm;
    case InventoryTreeModel::Kind::Network:
        return InventoryKind::Network;
    case InventoryTreeModel::Kind::Storage:
        return InventoryKind::Storage;
    case InventoryTreeModel::Kind::Volume:
        return InventoryKind::StorageVolume;
    default:
        return std::nullopt;
    }
}
} // namespace

void MainWindow::showObjectTimeline(Kind kind, qint64 id, const QString &name)
{
    const auto eventKind = inventoryKindOf(kind);
    const bool hasTimeline = eventKind && id != 0;
    m_detailsTabs->setTabEnabled(TimelineTab, hasTimeline);
    if (hasTimeline)
        m_objectTimeline->setFixedObject(*eventKind, id, name);

    // Metrics: VMs and hosts are sampled; clusters and providers (their manager) are rolled up.
    std::optional<QPair<InventoryKind, qint64>> metricsOf;
    if (kind == Kind::Vm || kind == Kind::Host || kind == Kind::Cluster) {
        metricsOf = qMakePair(*eventKind, id);
    } else if (kind == Kind::Provider) {
        const QList<ManagerRow> managers = ProviderStore::managersOf(id);
        if (!managers.isEmpty())
            metricsOf = qMakePair(InventoryKind::Manager, managers.first().id);
    }
    m_detailsTabs->setTabEnabled(MetricsTab, metricsOf.has_value());
    if (metricsOf)
        m_metrics->setObject(metricsOf->first, metricsOf->second, name);
    const bool isVm = kind == Kind::Vm && id != 0;
    m_detailsTabs->setTabEnabled(SmartStateTab, isVm);
    m_smartState->setVm(isVm ? id : 0);
    if (!m_detailsTabs->isTabEnabled(m_detailsTabs->currentIndex()))
        m_detailsTabs->setCurrentIndex(PropertiesTab);
}

void MainWindow::selectEventObject(InventoryKind kind, qint64 id)
{
    for (const Kind treeKind :
         {Kind::Cluster, Kind::Host, Kind::Vm, Kind::Network, Kind::Storage, Kind::Volume}) {
        if (inventoryKindOf(treeKind) == kind) {
            selectObject(treeKind, id);
            return;
        }
    }
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tree->indexAt(pos);
    if (!index.isValid())
        return;
    // A right click inside the selection keeps it: the menu acts on every selected VM.
    if (m_tree->selectionModel()->isSelected(index))
        m_tree->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    else
        m_tree->setCurrentIndex(index);
    m_contextMenu->popup(m_tree->viewport()->mapToGlobal(pos));
}

void MainWindow::onFilterTextChanged(const QString &text)
{
    const bool wasFiltering = m_proxy->isFiltering();
    const bool willFilter = !text.trimmed().isEmpty();
    if (!wasFiltering && willFilter) {
        m_expandedBeforeFilter.clear();
        // Only expanded nodes are walked: collapsed VM lists cost nothing here.
        std::function<void(const QModelIndex &)> remember = [&](const QModelIndex &parent) {
            for (int i = 0; i < m_proxy->rowCount(parent); ++i) {
                const QModelIndex child = m_proxy->index(i, 0, parent);
                if (!m_tree->isExpanded(child))
                    continue;
                m_expandedBeforeFilter.append(
                    {child.data(InventoryTreeModel::KindRole).toInt(),
                     child.data(InventoryTreeModel::IdRole).toLongLong()});
                remember(child);
            }
        };
        remember({});
    }
    m_proxy->setFilterText(text);
    if (willFilter) {
        m_tree->expandAll();
    } else if (wasFiltering) {
        m_tree->collapseAll();
        for (const auto &[kind, id] : std::as_const(m_expandedBeforeFilter))
            m_tree->expand(m_proxy->mapFromSource(m_model->indexFor(Kind(kind), id)));
        if (m_tree->currentIndex().isValid())
            m_tree->scrollTo(m_tree->currentIndex());
    }
    updateCountLabel();
}

void MainWindow::refreshSelected()
{
    const qint64 providerId = selectedProviderId();
    if (!m_supervisor || providerId == 0)
        return;
    for (const ManagerRow &manager : ProviderStore::managersOf(providerId))
        m_supervisor->requestRefresh(manager.id);
}

void MainWindow::refreshAll()
{
    if (m_supervisor)
        m_supervisor->requestRefreshAll();
}

ProviderWizard *MainWindow::addProvider()
{
    auto *wizard = new ProviderWizard(m_supervisor, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ProviderWizard::providerSaved, this, &MainWindow::onProviderSaved);
    wizard->open();
    return wizard;
}

ProviderWizard *MainWindow::editProvider()
{
    const qint64 providerId = selectedProviderId();
    if (providerId == 0)
        return nullptr;
    auto *wizard = new ProviderWizard(m_supervisor, providerId, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ProviderWizard::providerSaved, this, &MainWindow::onProviderSaved);
    wizard->open();
    return wizard;
}

bool MainWindow::removeProvider()
{
    const qint64 providerId = selectedProviderId();
    if (providerId == 0)
        return false;
    const QModelIndex source = m_model->indexFor(Kind::Provider, providerId);
    const QString name = source.data().toString();

    QMessageBox box(QMessageBox::Warning, tr("Remove Provider"),
                    tr("Remove the provider “%1”?").arg(name), QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("removeConfirmation"));
    box.setInformativeText(
        tr("Its cached inventory (hosts, VMs, networks, storage) will be deleted from Vantage, "
           "along with its stored credentials. The machines themselves are not touched."));
    QPushButton *remove = box.addButton(tr("&Remove Provider"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelRemoveButton"));
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != remove)
        return false;

    QString error;
    if (!ProviderStore::removeProvider(providerId, &error)) {
        QMessageBox::critical(this, tr("Remove Provider"),
                              tr("The provider “%1” could not be removed: %2").arg(name, error));
        return false;
    }
    if (m_supervisor)
        m_supervisor->syncManagers();
    m_model->syncProviders();
    m_events->reload(); // its manager filter lists the providers
    m_status->reloadManagers();
    showSelection();
    return true;
}

WorkersDialog *MainWindow::showWorkers()
{
    if (!m_workers)
        m_workers = new WorkersDialog(m_supervisor, this);
    m_workers->show();
    m_workers->raise();
    m_workers->activateWindow();
    return m_workers;
}

void MainWindow::onProviderSaved(qint64 providerId)
{
    m_model->syncProviders();
    m_events->reload();
    m_status->reloadManagers();
    selectObject(Kind::Provider, providerId);
    expandInitially(providerId);
    showSelection();
}

void MainWindow::onRefreshStarted(qint64 managerId)
{
    m_model->setManagerRefreshing(managerId, true);
}

void MainWindow::onRefreshFinished(qint64 managerId, const RefreshOutcome &outcome)
{
    m_model->setManagerRefreshing(managerId, false);
    m_model->updateManager(managerId, outcome.changes.any());
    updateActions();
    // The details may describe something that just changed or went away.
    const auto manager = ProviderStore::manager(managerId);
    if (manager)
        expandInitially(manager->providerId);
    if (m_details->isShowing() && manager && manager->providerId == selectedProviderId())
        m_details->reload();
}

ProvisionWizard *MainWindow::provisionVms()
{
    if (!m_provisionAction->isEnabled())
        return nullptr;
    const QModelIndex current = m_tree->currentIndex();
    qint64 managerId = current.data(InventoryTreeModel::ManagerIdRole).toLongLong();
    if (managerId == 0 && selectedProviderId() != 0) {
        const QList<ManagerRow> managers = ProviderStore::managersOf(selectedProviderId());
        managerId = managers.isEmpty() ? 0 : managers.first().id;
    }
    // A selected shut-off VM or template is what the user most likely wants to clone.
    QString sourceRef;
    if (Kind(current.data(InventoryTreeModel::KindRole).toInt()) == Kind::Vm)
        sourceRef = current.data(InventoryTreeModel::EmsRefRole).toString();
    auto *wizard = new ProvisionWizard(m_supervisor, managerId, sourceRef, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ProvisionWizard::submitted, this,
            [this](qint64 id) { onRequestsSubmitted({id}); });
    wizard->open();
    return wizard;
}

ReconfigureDialog *MainWindow::reconfigureSelected()
{
    if (!m_reconfigureAction->isEnabled())
        return nullptr;
    const QModelIndexList rows = m_tree->selectionModel()->selectedRows(0);
    if (rows.size() != 1)
        return nullptr;
    auto *dialog = new ReconfigureDialog(
        m_supervisor, rows.first().data(InventoryTreeModel::IdRole).toLongLong(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReconfigureDialog::submitted, this,
            [this](qint64 id) { onRequestsSubmitted({id}); });
    dialog->open();
    return dialog;
}

RetireDialog *MainWindow::retireSelected()
{
    if (!m_retireAction->isEnabled())
        return nullptr;
    QList<RetireDialog::Vm> vms;
    for (const PowerActions::Vm &vm : m_power->selectedVms())
        vms.append({vm.managerId, vm.ref, vm.name});
    auto *dialog = new RetireDialog(m_supervisor, vms, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RetireDialog::retirementChanged, this, [this, dialog] {
        if (!dialog->requestIds().isEmpty())
            onRequestsSubmitted(dialog->requestIds());
        if (m_details->isShowing())
            m_details->reload();
    });
    dialog->open();
    return dialog;
}

ServiceCatalogDialog *MainWindow::showServiceCatalog()
{
    if (!m_catalog) {
        m_catalog = new ServiceCatalogDialog(m_supervisor, this);
        m_catalog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_catalog, &ServiceCatalogDialog::ordered, this,
                [this](qint64 id) { onRequestsSubmitted({id}); });
    }
    m_catalog->show();
    m_catalog->raise();
    m_catalog->activateWindow();
    return m_catalog;
}

void MainWindow::setShowRetired(bool show)
{
    m_showRetiredAction->setChecked(show);
    m_model->setShowRetired(show);
}

void MainWindow::onRequestsSubmitted(const QList<qint64> &requestIds)
{
    m_requests->reload();
    if (!requestIds.isEmpty())
        m_requests->selectRequest(requestIds.last());
    const bool approval = m_supervisor && m_supervisor->approvalRequired();
    statusBar()->showMessage(approval
                                 ? tr("%n request(s) submitted; they wait for approval (Ctrl+R).",
                                      nullptr, int(requestIds.size()))
                                 : tr("%n request(s) submitted; follow them in Requests (Ctrl+R).",
                                      nullptr, int(requestIds.size())),
                             8000);
}

void MainWindow::onRequestsChanged()
{
    // A scan request may have stored a new analysis of the VM shown.
    m_smartState->reload();
    // A retirement date, a warning, or a VM that left: what the details show may have changed.
    m_details->reloadIfRetirementChanged();
    if (m_model->showRetired() && !m_retiredReload->isActive())
        m_retiredReload->start();
}

ReportsWindow *MainWindow::showReports()
{
    if (!m_reports) {
        m_reports = new ReportsWindow(this);
        m_reports->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_reports->show();
    m_reports->raise();
    m_reports->activateWindow();
    return m_reports;
}

void MainWindow::requestScan(qint64 managerId, const QString &vmRef, const QString &vmName,
                             bool allowRunning)
{
    const NewRequest request = SmartStateTask::request(managerId, {qMakePair(vmRef, vmName)},
                                                       LifecycleForms::requester(), allowRunning);
    if (const qint64 id = LifecycleForms::submit(m_supervisor, request, this))
        onRequestsSubmitted({id});
}

} // namespace Vantage
