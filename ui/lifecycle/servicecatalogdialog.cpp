#include "ui/lifecycle/servicecatalogdialog.h"

#include "core/supervisor.h"
#include "ui/accessiblenames.h"
#include "ui/fieldreason.h"
#include "ui/lifecycle/lifecycleforms.h"
#include "ui/timeformat.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Vantage {

using Forms = LifecycleForms;

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int PositionRole = Qt::UserRole + 2;

enum ItemColumn { ItemName, ItemSource, ItemVcpus, ItemMemory, ItemDepends, ItemColumns };

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(QString(text).remove(u'&').remove(QStringLiteral("…")));
    return b;
}

QLineEdit *lineEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    return edit;
}
} // namespace

ServiceCatalogDialog::ServiceCatalogDialog(Supervisor *supervisor, QWidget *parent)
    : QDialog(parent), m_supervisor(supervisor)
{
    setObjectName(QStringLiteral("serviceCatalogDialog"));
    setWindowTitle(tr("Service Catalog"));
    setAccessibleName(tr("Service Catalog"));

    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("catalogSplitter"));
    splitter->setChildrenCollapsible(false);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_templates = new QListWidget(left);
    m_templates->setObjectName(QStringLiteral("templateList"));
    m_templates->setAccessibleName(tr("Service templates"));
    AccessibleNames::nameViewParts(m_templates);
    leftLayout->addWidget(m_templates, 1);
    auto *leftButtons = new QHBoxLayout;
    m_newButton = button(tr("&New"), QStringLiteral("newTemplateButton"), left);
    m_removeButton = button(tr("&Remove…"), QStringLiteral("removeTemplateButton"), left);
    leftButtons->addWidget(m_newButton);
    leftButtons->addWidget(m_removeButton);
    leftLayout->addLayout(leftButtons);

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    m_name = lineEdit(QStringLiteral("templateNameEdit"), tr("Template name"), right);
    form->addRow(tr("&Name:"), m_name);
    m_description =
        lineEdit(QStringLiteral("templateDescriptionEdit"), tr("Template description"), right);
    form->addRow(tr("&Description:"), m_description);
    m_manager = new QComboBox(right);
    m_manager->setObjectName(QStringLiteral("templateManagerCombo"));
    m_manager->setAccessibleName(tr("Manager"));
    AccessibleNames::nameComboParts(m_manager);
    for (const OperableManager &manager : operableManagers())
        m_manager->addItem(manager.label, manager.id);
    form->addRow(tr("&Manager:"), m_manager);
    rightLayout->addLayout(form);

    m_itemTable = new QTableWidget(0, ItemColumns, right);
    m_itemTable->setObjectName(QStringLiteral("itemsTable"));
    m_itemTable->setAccessibleName(tr("Items of the template"));
    m_itemTable->setHorizontalHeaderLabels(
        {tr("VM name"), tr("Clone of"), tr("vCPUs"), tr("Memory"), tr("Depends on")});
    m_itemTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_itemTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_itemTable->verticalHeader()->hide();
    m_itemTable->horizontalHeader()->setStretchLastSection(true);
    AccessibleNames::nameViewParts(m_itemTable);
    rightLayout->addWidget(m_itemTable, 1);

    auto *itemBox = new QGroupBox(tr("Item"), right);
    auto *itemForm = new QFormLayout(itemBox);
    m_itemName = lineEdit(QStringLiteral("itemNameEdit"), tr("Item VM name"), itemBox);
    itemForm->addRow(tr("VM n&ame:"), m_itemName);
    m_itemSource = new QComboBox(itemBox);
    m_itemSource->setObjectName(QStringLiteral("itemSourceCombo"));
    m_itemSource->setAccessibleName(tr("VM or template to clone"));
    AccessibleNames::nameComboParts(m_itemSource);
    itemForm->addRow(tr("&Clone of:"), m_itemSource);
    m_itemVcpus = new QSpinBox(itemBox);
    m_itemVcpus->setObjectName(QStringLiteral("itemVcpuSpin"));
    m_itemVcpus->setAccessibleName(tr("Item virtual CPUs"));
    m_itemVcpus->setRange(1, 4096);
    m_itemVcpus->setValue(1);
    AccessibleNames::nameSpinBoxParts(m_itemVcpus);
    itemForm->addRow(tr("&vCPUs:"), m_itemVcpus);
    m_itemMemory = new QSpinBox(itemBox);
    m_itemMemory->setObjectName(QStringLiteral("itemMemorySpin"));
    m_itemMemory->setAccessibleName(tr("Item memory in MiB"));
    m_itemMemory->setRange(64, 64 * 1024 * 1024);
    m_itemMemory->setSingleStep(256);
    m_itemMemory->setSuffix(tr(" MiB"));
    m_itemMemory->setValue(2048);
    AccessibleNames::nameSpinBoxParts(m_itemMemory);
    itemForm->addRow(tr("Memor&y:"), m_itemMemory);
    m_itemDepends = new QListWidget(itemBox);
    m_itemDepends->setObjectName(QStringLiteral("itemDependsList"));
    m_itemDepends->setAccessibleName(tr("Items this one waits for"));
    m_itemDepends->setMaximumHeight(80);
    AccessibleNames::nameViewParts(m_itemDepends);
    itemForm->addRow(tr("Waits &for:"), m_itemDepends);
    m_itemReason = FieldReason::label(QStringLiteral("itemReason"), tr("Item problem"), itemBox);
    itemForm->addRow(QString(), m_itemReason);
    auto *itemButtons = new QHBoxLayout;
    m_addItemButton = button(tr("&Add Item"), QStringLiteral("addItemButton"), itemBox);
    m_updateItemButton = button(tr("&Update Item"), QStringLiteral("updateItemButton"), itemBox);
    m_removeItemButton = button(tr("Remo&ve Item"), QStringLiteral("removeItemButton"), itemBox);
    itemButtons->addWidget(m_addItemButton);
    itemButtons->addWidget(m_updateItemButton);
    itemButtons->addWidget(m_removeItemButton);
    itemButtons->addStretch(1);
    itemForm->addRow(itemButtons);
    rightLayout->addWidget(itemBox);
    m_reason = FieldReason::label(QStringLiteral("templateReason"), tr("Template problem"), right);
    rightLayout->addWidget(m_reason);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    auto *buttons = new QHBoxLayout;
    m_saveButton = button(tr("&Save"), QStringLiteral("saveTemplateButton"), this);
    m_orderButton = button(tr("&Order"), QStringLiteral("orderButton"), this);
    m_orderButton->setToolTip(tr("Submit a request that provisions every item of the saved "
                                 "template"));
    m_closeButton = button(tr("Close"), QStringLiteral("closeButton"), this);
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_orderButton);
    buttons->addWidget(m_closeButton);
    layout->addLayout(buttons);

    connect(m_templates, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item || m_loading)
            return;
        if (const auto t = ServiceTemplateStore::serviceTemplate(item->data(IdRole).toLongLong()))
            showTemplate(*t);
    });
    connect(m_newButton, &QPushButton::clicked, this, &ServiceCatalogDialog::newTemplate);
    connect(m_removeButton, &QPushButton::clicked, this, [this] { removeSelected(); });
    connect(m_name, &QLineEdit::textEdited, this, &ServiceCatalogDialog::changed);
    connect(m_description, &QLineEdit::textEdited, this, &ServiceCatalogDialog::changed);
    connect(m_manager, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        setManager(m_manager->currentData().toLongLong());
        changed();
    });
    connect(m_itemTable, &QTableWidget::currentCellChanged, this,
            [this](int row) { loadItemEditor(row); });
    connect(m_itemName, &QLineEdit::textChanged, this, &ServiceCatalogDialog::validate);
    connect(m_itemSource, &QComboBox::currentIndexChanged, this, [this] {
        if (const ManagerInventory::Vm *vm = m_inventory.vm(m_itemSource->currentData().toString());
            vm && !m_loading) {
            m_itemVcpus->setValue(qMax(1, vm->vcpus));
            m_itemMemory->setValue(int(qMax<qint64>(64, vm->memoryBytes / Forms::MiB)));
        }
        validate();
    });
    connect(m_itemVcpus, &QSpinBox::valueChanged, this, &ServiceCatalogDialog::validate);
    connect(m_itemMemory, &QSpinBox::valueChanged, this, &ServiceCatalogDialog::validate);
    connect(m_addItemButton, &QPushButton::clicked, this, &ServiceCatalogDialog::addItem);
    connect(m_updateItemButton, &QPushButton::clicked, this, &ServiceCatalogDialog::updateItem);
    connect(m_removeItemButton, &QPushButton::clicked, this, &ServiceCatalogDialog::removeItem);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_orderButton, &QPushButton::clicked, this, [this] { order(); });
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);

    reloadList(0);
    if (m_templates->count() > 0)
        m_templates->setCurrentRow(0);
    else
        newTemplate();
    resize(900, 620);
}

void ServiceCatalogDialog::reloadList(qint64 select)
{
    m_loading = true;
    m_templates->clear();
    for (const ServiceTemplate &t : ServiceTemplateStore::templates()) {
        auto *item = new QListWidgetItem(t.name, m_templates);
        item->setData(IdRole, t.id);
        item->setToolTip(t.itemsError.isEmpty() ? t.description : t.itemsError);
        if (t.id == select)
            m_templates->setCurrentItem(item);
    }
    m_loading = false;
}

void ServiceCatalogDialog::selectTemplate(qint64 templateId)
{
    for (int i = 0; i < m_templates->count(); ++i) {
        if (m_templates->item(i)->data(IdRole).toLongLong() == templateId)
            m_templates->setCurrentRow(i);
    }
}

void ServiceCatalogDialog::newTemplate()
{
    ServiceTemplate fresh;
    fresh.managerId = m_manager->currentData().toLongLong();
    m_loading = true;
    m_templates->setCurrentItem(nullptr);
    m_loading = false;
    showTemplate(fresh);
    m_name->setFocus();
}

void ServiceCatalogDialog::showTemplate(const ServiceTemplate &serviceTemplate)
{
    m_loading = true;
    m_editedId = serviceTemplate.id;
    m_name->setText(serviceTemplate.name);
    m_description->setText(serviceTemplate.description);
    const int managerRow = m_manager->findData(serviceTemplate.managerId);
    if (managerRow >= 0)
        m_manager->setCurrentIndex(managerRow);
    m_loading = false;
    setManager(m_manager->currentData().toLongLong());
    m_items = serviceTemplate.items;
    m_dirty = false;
    fillItems();
    loadItemEditor(-1);
    FieldReason::set(m_reason, serviceTemplate.itemsError);
    validate();
}

void ServiceCatalogDialog::setManager(qint64 managerId)
{
    m_inventory = ManagerInventory::load(managerId);
    m_loading = true;
    m_itemSource->clear();
    for (const ManagerInventory::Vm &vm : m_inventory.vms) {
        if (vm.isTemplate || m_inventory.clonesRunning ||
            vm.powerState == QLatin1String(PowerState::Off))
            m_itemSource->addItem(vm.isTemplate ? tr("%1 (template)").arg(vm.name) : vm.name,
                                  vm.ref);
    }
    m_loading = false;
}

void ServiceCatalogDialog::fillItems()
{
    m_itemTable->setRowCount(int(m_items.size()));
    for (int i = 0; i < m_items.size(); ++i) {
        const NewTask &item = m_items.at(i);
        const ProvisionSpec spec = provisionSpecFromJson(item.spec);
        const ManagerInventory::Vm *source = m_inventory.vm(spec.sourceVmRef);
        QStringList depends;
        for (int position : item.dependsOn) {
            if (position >= 0 && position < m_items.size())
                depends << m_items.at(position).description;
        }
        const QStringList cells = {item.description, source ? source->name : spec.sourceVmRef,
                                   QString::number(spec.vcpus), TimeFormat::bytes(spec.memoryBytes),
                                   depends.join(QStringLiteral(", "))};
        for (int c = 0; c < ItemColumns; ++c)
            m_itemTable->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_itemTable->resizeColumnsToContents();
}

void ServiceCatalogDialog::fillDependencies(int row, const QList<int> &checked)
{
    m_itemDepends->clear();
    for (int i = 0; i < m_items.size(); ++i) {
        if (i == row)
            continue;
        auto *item = new QListWidgetItem(m_items.at(i).description, m_itemDepends);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(i) ? Qt::Checked : Qt::Unchecked);
        item->setData(PositionRole, i);
    }
}

void ServiceCatalogDialog::loadItemEditor(int row)
{
    m_loading = true;
    if (row >= 0 && row < m_items.size()) {
        const NewTask &item = m_items.at(row);
        const ProvisionSpec spec = provisionSpecFromJson(item.spec);
        m_itemName->setText(item.description);
        m_itemSource->setCurrentIndex(m_itemSource->findData(spec.sourceVmRef));
        m_itemVcpus->setValue(spec.vcpus);
        m_itemMemory->setValue(int(qMax<qint64>(64, spec.memoryBytes / Forms::MiB)));
        fillDependencies(row, item.dependsOn);
    } else {
        m_itemName->clear();
        fillDependencies(-1, {});
    }
    m_loading = false;
    validate();
}

std::optional<NewTask> ServiceCatalogDialog::itemFromEditor(QString *problem) const
{
    const QString name = m_itemName->text().trimmed();
    const int editing = m_itemTable->currentRow();
    *problem = VmNames::problem(name);
    const ManagerInventory::Vm *source = m_inventory.vm(m_itemSource->currentData().toString());
    if (problem->isEmpty()) {
        for (int i = 0; i < m_items.size(); ++i) {
            if (i != editing && m_items.at(i).description.compare(name, Qt::CaseInsensitive) == 0)
                *problem = tr("Another item is already named “%1”.").arg(name);
        }
    }
    if (problem->isEmpty() && m_inventory.vmNames.contains(name.toLower()))
        *problem = tr("A VM named “%1” already exists on this manager.").arg(name);
    if (problem->isEmpty() && !source)
        *problem = m_itemSource->count() == 0
                       ? tr("This manager has no shut-off VM or template to clone.")
                       : tr("Choose the VM or template to clone.");
    const ManagerInventory::Host *host = source ? m_inventory.host(source->hostRef) : nullptr;
    const int threads = host ? host->threads : m_inventory.maxThreads();
    const qint64 memory = host ? host->memoryBytes : m_inventory.maxMemoryBytes();
    if (problem->isEmpty() && threads > 0 && m_itemVcpus->value() > threads)
        *problem = tr("At most %1 vCPUs: the host has no more CPU threads.").arg(threads);
    if (problem->isEmpty() && memory > 0 && qint64(m_itemMemory->value()) * Forms::MiB > memory)
        *problem = tr("At most %1 of memory: the host has no more.").arg(TimeFormat::bytes(memory));
    if (!problem->isEmpty())
        return std::nullopt;

    ProvisionSpec spec;
    spec.name = name;
    spec.sourceVmRef = source->ref;
    spec.hostRef = source->hostRef;
    // Clones land in the pool with the most room; the runner checks the space again.
    qint64 best = -1;
    for (const ManagerInventory::Storage &pool : m_inventory.storages) {
        if (pool.active && pool.availableBytes > best) {
            best = pool.availableBytes;
            spec.storageRef = pool.ref;
        }
    }
    spec.vcpus = m_itemVcpus->value();
    spec.memoryBytes = qint64(m_itemMemory->value()) * Forms::MiB;
    NewTask item;
    item.description = name;
    item.spec = provisionSpecToJson(spec);
    for (int i = 0; i < m_itemDepends->count(); ++i) {
        if (m_itemDepends->item(i)->checkState() == Qt::Checked)
            item.dependsOn.append(m_itemDepends->item(i)->data(PositionRole).toInt());
    }
    return item;
}

void ServiceCatalogDialog::addItem()
{
    QString problem;
    const auto item = itemFromEditor(&problem);
    if (!item)
        return;
    m_items.append(*item);
    fillItems();
    m_itemTable->setCurrentCell(int(m_items.size()) - 1, 0);
    changed();
}

void ServiceCatalogDialog::updateItem()
{
    const int row = m_itemTable->currentRow();
    QString problem;
    const auto item = itemFromEditor(&problem);
    if (!item || row < 0)
        return;
    m_items[row] = *item;
    fillItems();
    m_itemTable->setCurrentCell(row, 0);
    changed();
}

void ServiceCatalogDialog::removeItem()
{
    const int row = m_itemTable->currentRow();
    if (row < 0 || row >= m_items.size())
        return;
    m_items.removeAt(row);
    // Later items move up one place; a dependency on the removed one goes with it.
    for (NewTask &item : m_items) {
        QList<int> kept;
        for (int position : std::as_const(item.dependsOn)) {
            if (position != row)
                kept.append(position > row ? position - 1 : position);
        }
        item.dependsOn = kept;
    }
    fillItems();
    loadItemEditor(m_itemTable->currentRow());
    changed();
}

void ServiceCatalogDialog::changed()
{
    if (m_loading)
        return;
    m_dirty = true;
    validate();
}

ServiceTemplate ServiceCatalogDialog::editedTemplate() const
{
    ServiceTemplate t;
    t.id = m_editedId;
    t.name = m_name->text().trimmed();
    t.description = m_description->text().trimmed();
    t.managerId = m_manager->currentData().toLongLong();
    t.items = m_items;
    return t;
}

QString ServiceCatalogDialog::problem() const
{
    const ServiceTemplate t = editedTemplate();
    if (m_manager->count() == 0)
        return tr("No provider here can create VMs. Add a libvirt or VMware vSphere provider "
                  "first.");
    if (t.name.isEmpty())
        return tr("Give the template a name.");
    for (const ServiceTemplate &other : ServiceTemplateStore::templates()) {
        if (other.id != t.id && other.name.compare(t.name, Qt::CaseInsensitive) == 0)
            return tr("A template named “%1” already exists.").arg(t.name);
    }
    if (t.items.isEmpty())
        return tr("Add at least one item: a VM to clone.");
    return validateDependencies(t.items);
}

void ServiceCatalogDialog::validate()
{
    QString itemProblem;
    const bool itemOk = itemFromEditor(&itemProblem).has_value();
    // An empty editor is no mistake yet: say nothing until something is typed.
    FieldReason::set(m_itemReason, m_itemName->text().isEmpty() ? QString() : itemProblem);
    const int row = m_itemTable->currentRow();
    // The editor shows the selected item: adding it again would only make a duplicate.
    const bool sameAsSelected =
        row >= 0 && row < m_items.size() &&
        m_items.at(row).description.compare(m_itemName->text().trimmed(), Qt::CaseInsensitive) == 0;
    m_addItemButton->setEnabled(itemOk && !sameAsSelected);
    m_updateItemButton->setEnabled(itemOk && row >= 0);
    m_removeItemButton->setEnabled(row >= 0);
    const QString problem = this->problem();
    if (m_dirty || m_editedId == 0)
        FieldReason::set(m_reason, (m_dirty || !m_name->text().isEmpty()) ? problem : QString());
    m_saveButton->setEnabled(problem.isEmpty() && (m_dirty || m_editedId == 0));
    m_orderButton->setEnabled(problem.isEmpty() && !m_dirty && m_editedId != 0);
    m_removeButton->setEnabled(m_editedId != 0);
}

bool ServiceCatalogDialog::save()
{
    QString error;
    const qint64 id = ServiceTemplateStore::save(editedTemplate(), &error);
    if (id == 0) {
        FieldReason::set(m_reason, error);
        return false;
    }
    m_editedId = id;
    m_dirty = false;
    reloadList(id);
    validate();
    return true;
}

qint64 ServiceCatalogDialog::order()
{
    if (m_dirty || m_editedId == 0)
        return 0;
    const auto t = ServiceTemplateStore::serviceTemplate(m_editedId);
    if (!t)
        return 0;
    const qint64 id = Forms::submit(
        m_supervisor, ServiceTemplateStore::orderRequest(*t, Forms::requester()), this);
    if (id != 0)
        emit ordered(id);
    return id;
}

bool ServiceCatalogDialog::removeSelected()
{
    if (m_editedId == 0)
        return false;
    QMessageBox box(QMessageBox::Warning, tr("Remove Service Template"),
                    tr("Remove the service template “%1”?").arg(m_name->text()),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("removeTemplateConfirmation"));
    box.setInformativeText(tr("VMs ordered from it stay; only the template goes."));
    QPushButton *yes = box.addButton(tr("&Remove"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmRemoveTemplateButton"));
    QPushButton *no = box.addButton(QMessageBox::Cancel);
    no->setObjectName(QStringLiteral("cancelRemoveTemplateButton"));
    box.setDefaultButton(no);
    LifecycleForms::nameButtons(&box);
    box.exec();
    if (box.clickedButton() != yes)
        return false;
    QString error;
    if (!ServiceTemplateStore::remove(m_editedId, &error)) {
        FieldReason::set(m_reason, error);
        return false;
    }
    reloadList(0);
    if (m_templates->count() > 0)
        m_templates->setCurrentRow(0);
    else
        newTemplate();
    return true;
}

} // namespace Vantage
