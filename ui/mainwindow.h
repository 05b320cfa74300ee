#pragma once

#include "core/refresher.h"
#include "ui/inventorytreemodel.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QDockWidget;
class QTabWidget;
class QTimer;
class QTreeView;

namespace Vantage {

class DetailsPane;
class PowerActions;
class ProvisionWizard;
class ReconfigureDialog;
class ReportsWindow;
class RequestsPanel;
class RetireDialog;
class ServiceCatalogDialog;
class SmartStatePanel;
class EventsPanel;
class MetricsPanel;
class TopConsumersView;
class InventoryFilterProxy;
class ProviderWizard;
class RefreshStatusWidget;
class Supervisor;
class WorkersDialog;

// The console: the inventory tree with its filter on the left, the selected object's details on
// the right, refresh progress and ages in the status bar. It shows what the database holds at
// once and follows the supervisor's refreshes; it talks to workers only through the supervisor.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Supervisor *supervisor, QWidget *parent = nullptr);
    ~MainWindow() override;

    InventoryTreeModel *inventoryModel() const { return m_model; }
    InventoryFilterProxy *filterProxy() const { return m_proxy; }
    QTreeView *inventoryView() const { return m_tree; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    DetailsPane *detailsPane() const { return m_details; }
    RefreshStatusWidget *refreshStatus() const { return m_status; }
    // Every manager's events, in a dock under the tree.
    EventsPanel *eventsPanel() const { return m_events; }
    // The selected object's own timeline, a tab beside its details.
    EventsPanel *objectTimeline() const { return m_objectTimeline; }
    QTabWidget *detailsTabs() const { return m_detailsTabs; }
    // The selected VM's or host's charts, a tab beside its details.
    MetricsPanel *metricsPanel() const { return m_metrics; }
    TopConsumersView *topConsumers() const { return m_topConsumers; }
    // Power operations on the selected VMs.
    PowerActions *powerActions() const { return m_power; }
    // Every request, in a dock (Ctrl+R).
    RequestsPanel *requestsPanel() const { return m_requests; }
    // The selected VM's SmartState analysis, a tab beside its details.
    SmartStatePanel *smartStatePanel() const { return m_smartState; }

    // Selects (and scrolls to, expanding its ancestors) an object; false when it is not shown.
    bool selectObject(InventoryTreeModel::Kind kind, qint64 id);
    // The provider of the selected object; 0 when nothing is selected.
    qint64 selectedProviderId() const;

    void refreshSelected();
    void refreshAll();
    ProviderWizard *addProvider();
    ProviderWizard *editProvider();
    // Asks first; true when the provider was removed.
    bool removeProvider();
    WorkersDialog *showWorkers();
    // Report definitions with a live preview and CSV export (Ctrl+Shift+R).
    ReportsWindow *showReports();
    // Lifecycle: each opens its window (not modal) for the selection and returns it; nullptr when
    // the selection does not allow it.
    ProvisionWizard *provisionVms();
    ReconfigureDialog *reconfigureSelected();
    RetireDialog *retireSelected();
    ServiceCatalogDialog *showServiceCatalog();
    void setShowRetired(bool show);

    // At most this many VMs in all, and first launch opens hosts too, showing every VM.
    static constexpr int ExpandHostsUpToVms = 200;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Opens a provider the first time it holds inventory: its clusters, so hosts show, and its
    // hosts too when the whole inventory is small. Later the user's expansion is left alone.
    void expandInitially(qint64 providerId);
    void saveSettings() const;
    void restoreSettings();
    void createActions();
    void createMenus();
    void updateActions();
    void showSelection();
    void showContextMenu(const QPoint &pos);
    void onProviderSaved(qint64 providerId);
    void onRefreshStarted(qint64 managerId);
    void onRefreshFinished(qint64 managerId, const RefreshOutcome &outcome);
    void onFilterTextChanged(const QString &text);
    void updateCountLabel();
    void showObjectTimeline(InventoryTreeModel::Kind kind, qint64 id, const QString &name);
    void selectEventObject(InventoryKind kind, qint64 id);
    void onRequestsSubmitted(const QList<qint64> &requestIds);
    void onRequestsChanged();
    void requestScan(qint64 managerId, const QString &vmRef, const QString &vmName,
                     bool allowRunning);

    QPointer<Supervisor> m_supervisor;
    InventoryTreeModel *m_model = nullptr;   // Owned (child).
    InventoryFilterProxy *m_proxy = nullptr; // Owned (child).
    QTreeView *m_tree = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_countLabel = nullptr;
    DetailsPane *m_details = nullptr;
    QTabWidget *m_detailsTabs = nullptr;
    EventsPanel *m_objectTimeline = nullptr;
    MetricsPanel *m_metrics = nullptr;
    SmartStatePanel *m_smartState = nullptr;
    TopConsumersView *m_topConsumers = nullptr;
    QDockWidget *m_topDock = nullptr;
    EventsPanel *m_events = nullptr;
    QDockWidget *m_eventsDock = nullptr;
    QSplitter *m_splitter = nullptr;
    RefreshStatusWidget *m_status = nullptr;
    QPointer<WorkersDialog> m_workers;
    QPointer<ReportsWindow> m_reports;
    PowerActions *m_power = nullptr; // Owned (child of the tree).
    RequestsPanel *m_requests = nullptr;
    QDockWidget *m_requestsDock = nullptr;
    QPointer<ServiceCatalogDialog> m_catalog;
    // Requests change in bursts while they run: retired VMs are re-read once per burst.
    QTimer *m_retiredReload = nullptr;

    // Expansion before a filter was typed, by (kind, id), restored when it is cleared.
    QList<QPair<int, qint64>> m_expandedBeforeFilter;
    // Providers already opened by expandInitially.
    QSet<qint64> m_initiallyExpanded;

    QAction *m_refreshAction = nullptr;
    QAction *m_refreshAllAction = nullptr;
    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_removeAction = nullptr;
    QAction *m_workersAction = nullptr;
    QAction *m_reportsAction = nullptr;
    QAction *m_eventsAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_expandAllAction = nullptr;
    QAction *m_collapseAllAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_provisionAction = nullptr;
    QAction *m_reconfigureAction = nullptr;
    QAction *m_retireAction = nullptr;
    QAction *m_catalogAction = nullptr;
    QAction *m_showRetiredAction = nullptr;
    QAction *m_requestsAction = nullptr;
    QMenu *m_contextMenu = nullptr;
};

} // namespace Vantage
