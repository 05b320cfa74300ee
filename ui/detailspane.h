#pragma once

#include "ui/inventorytreemodel.h"

#include <QList>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QVariantMap>
#include <QWidget>

class QFormLayout;
class QLabel;
class QScrollArea;
class QTableWidget;
class QToolButton;
class QVBoxLayout;

namespace Vantage {

// Read-only properties of the selected inventory object, read from the database: a title, a stale
// banner when the object's manager failed its last refresh, a form of selectable values, and for
// VMs their disks and NICs. Values carry object names "detail_<key>" for tests and tools.
class DetailsPane final : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPane(QWidget *parent = nullptr);

    void showObject(InventoryTreeModel::Kind kind, qint64 id);
    void clear();
    // Re-reads what is shown (after a refresh touched it); clears when it is gone.
    void reload();

    bool isShowing() const { return m_id != 0; }
    InventoryTreeModel::Kind kind() const { return m_kind; }
    qint64 objectId() const { return m_id; }

    // The value shown for a key ("uuid", "power", "last_refresh"...); empty when not shown.
    QString fieldText(const QString &key) const;
    QString title() const;
    // The stale banner's text; empty when the data is current.
    QString staleText() const;
    // The retirement banner of a VM that was warned or whose retirement failed; empty otherwise.
    QString retirementText() const;
    // Re-reads a shown VM only when its retirement changed: requests change often while they
    // run, and rebuilding the page each time would lose the reader's place.
    void reloadIfRetirementChanged();
    // Everything shown, as "Label: value" lines, for the clipboard.
    QString plainText() const;

private:
    void startPage(const QIcon &icon, const QString &title, const QString &subtitle);
    void addSection(const QString &title);
    void addField(const QString &key, const QString &label, const QString &value);
    void addAgeField(const QString &key, const QString &label, qint64 thenMs,
                     const QString &prefix);
    QTableWidget *addTable(const QString &objectName, const QString &title,
                           const QStringList &headers, const QList<QStringList> &rows,
                           int stretchColumn);
    void addStaleBanner(const QList<qint64> &managerIds);
    void addRetirement(qint64 managerId, const QString &vmRef);
    // The shown VM's retirement row as text (empty when none), to notice a change.
    QString retirementKey() const;
    void showPlaceholder(const QString &text);
    void updateAges();

    void showProvider(qint64 id);
    void showFolder(InventoryTreeModel::Kind kind, qint64 providerId);
    void showDatacenter(qint64 id);
    // The datacenter a row names (vSphere's objects), as a field; nothing for a row without one.
    void addDatacenterField(const QVariantMap &values);
    void showCluster(qint64 id);
    void showHost(qint64 id);
    void showVm(qint64 id);
    void showRetiredVm(qint64 retirementId);
    void showNetwork(qint64 id);
    void showStorage(qint64 id);
    void showVolume(qint64 id);

    InventoryTreeModel::Kind m_kind = InventoryTreeModel::Kind::Provider;
    qint64 m_id = 0;

    QScrollArea *m_scroll = nullptr;
    QToolButton *m_copyButton = nullptr;
    QPointer<QWidget> m_page; // Owned by m_scroll; rebuilt per object.
    QVBoxLayout *m_pageLayout = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_staleBanner = nullptr;
    QPointer<QLabel> m_retirementBanner; // Owned by m_page; VMs only.
    QString m_retirementKey;
    QList<QPair<QPointer<QLabel>, QPair<qint64, QString>>> m_ageLabels;
    QTimer m_ageTimer;
};

} // namespace Vantage
