#pragma once

#include "core/requests.h"
#include "ui/lifecycle/managerinventory.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Vantage {

class Supervisor;

// The service catalog: service templates (a named bundle of VMs cloned from existing VMs or
// templates, with dependencies between them) listed, added, edited and removed; Order submits
// one service request that provisions every item, dependencies first.
class ServiceCatalogDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ServiceCatalogDialog(Supervisor *supervisor, QWidget *parent = nullptr);

    // The template being edited, as Save would store it.
    ServiceTemplate editedTemplate() const;
    bool isDirty() const { return m_dirty; }
    // Why Save is disabled; empty when the template can be saved.
    QString problem() const;

    bool save();
    qint64 order();
    bool removeSelected();
    void newTemplate();
    void selectTemplate(qint64 templateId);

signals:
    void ordered(qint64 requestId);

private:
    void reloadList(qint64 select);
    void showTemplate(const ServiceTemplate &serviceTemplate);
    void setManager(qint64 managerId);
    void fillItems();
    void loadItemEditor(int row);
    void fillDependencies(int row, const QList<int> &checked);
    std::optional<NewTask> itemFromEditor(QString *problem) const;
    void addItem();
    void updateItem();
    void removeItem();
    void changed();
    void validate();

    QPointer<Supervisor> m_supervisor;
    ManagerInventory m_inventory;
    qint64 m_editedId = 0;
    QList<NewTask> m_items;
    bool m_dirty = false;
    bool m_loading = false;

    QListWidget *m_templates = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_manager = nullptr;
    QTableWidget *m_itemTable = nullptr;
    QLineEdit *m_itemName = nullptr;
    QComboBox *m_itemSource = nullptr;
    QSpinBox *m_itemVcpus = nullptr;
    QSpinBox *m_itemMemory = nullptr;
    QListWidget *m_itemDepends = nullptr;
    QPushButton *m_addItemButton = nullptr;
    QPushButton *m_updateItemButton = nullptr;
    QPushButton *m_removeItemButton = nullptr;
    QLabel *m_itemReason = nullptr;
    QLabel *m_reason = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_orderButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace Vantage
