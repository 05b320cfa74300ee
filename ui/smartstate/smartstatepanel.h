#pragma once

#include "core/smartstate/smartstatestore.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QJsonObject;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTreeView;

namespace Vantage {

// A VM's SmartState analysis in its details tab: the last (or a chosen) scan's status, OS and
// hostname, and its packages, users, groups, enabled services, collected files and the disks'
// partitions and volumes as read (which one held the root, why others were not read), each a
// sortable list narrowed by the filter box; "Compare with…" lists what changed since another
// scan. Reads the database of the UI thread; a scan itself runs as a request, asked for with
// scanRequested().
class SmartStatePanel final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { PackagesTab, UsersTab, GroupsTab, ServicesTab, FilesTab, DisksTab, DifferencesTab };

    explicit SmartStatePanel(QWidget *parent = nullptr);

    // The VM (its id in the vms table) whose scans to show; 0 shows nothing.
    void setVm(qint64 vmId);
    qint64 vmId() const { return m_vmId; }
    // The scan shown; 0 for none.
    qint64 shownScanId() const;

    QTabWidget *tabs() const { return m_tabs; }
    QTreeView *view(Tab tab) const;

public slots:
    // Reads the VM's scans again (a scan request finished) and shows the newest.
    void reload();
    void showScan(qint64 scanId);
    // Lists, in the Differences tab, what changed between the shown scan and this one (the
    // older of the two is "before").
    void compareWith(qint64 otherScanId);
    // Asks for a scan; a VM that is not shut off is scanned only after the operator confirms a
    // crash-consistent read.
    void requestScan();
    // Opens the default scan profile for editing (which files a scan collects).
    void editProfile();

signals:
    void scanRequested(qint64 managerId, const QString &vmEmsRef, const QString &vmName,
                       bool allowRunning);

private:
    QTreeView *addList(Tab tab, const QString &title, const char *objectName,
                       const QStringList &headers);
    void showResult(const SmartStateScan &scan);
    void addVolumeRows(const QJsonObject &disk);
    void clearLists();
    // The shown VM's manager, ref, name and power state as the inventory has them now.
    void readVm();
    void setFilter(const QString &text);

    qint64 m_vmId = 0;
    qint64 m_managerId = 0;
    QString m_vmRef;
    QString m_vmName;
    QString m_powerState;
    std::optional<SmartStateScan> m_shown;

    QLabel *m_status;
    QLabel *m_os;
    QLabel *m_hostname;
    QComboBox *m_scanPicker;
    QComboBox *m_comparePicker;
    QPushButton *m_compareButton;
    QPushButton *m_scanButton;
    QPushButton *m_profileButton;
    QLineEdit *m_filter;
    QTabWidget *m_tabs;
    QList<QStandardItemModel *> m_models;     // by Tab
    QList<QSortFilterProxyModel *> m_proxies; // by Tab
    QList<QTreeView *> m_views;               // by Tab
};

} // namespace Vantage
