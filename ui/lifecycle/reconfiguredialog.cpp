#include "ui/lifecycle/reconfiguredialog.h"

#include "core/database.h"
#include "core/supervisor.h"
#include "ui/accessiblenames.h"
#include "ui/fieldreason.h"
#include "ui/lifecycle/lifecycleforms.h"
#include "ui/timeformat.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QVBoxLayout>

namespace Vantage {

using Forms = LifecycleForms;

namespace {
constexpr int RefRole = Qt::UserRole + 1;
constexpr int AddedRole = Qt::UserRole + 2; // position in the additions; -1 for existing ones

QListWidget *checkList(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    list->setObjectName(objectName);
    list->setAccessibleName(accessibleName);
    list->setMaximumHeight(110);
    AccessibleNames::nameViewParts(list);
    return list;
}

void addCheckItem(QListWidget *list, const QString &text, const QString &ref, int added)
{
    auto *item = new QListWidgetItem(text, list);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Checked);
    item->setData(RefRole, ref);
    item->setData(AddedRole, added);
}
} // namespace

ReconfigureDialog::ReconfigureDialog(Supervisor *supervisor, qint64 vmId, QWidget *parent)
    : QDialog(parent), m_supervisor(supervisor)
{
    setObjectName(QStringLiteral("reconfigureDialog"));
    setAccessibleName(tr("Reconfigure VM"));

    QSqlQuery q(Database::connection());
    q.prepare(QStringLiteral("SELECT v.manager_id, v.ems_ref, v.name, v.vcpus, v.memory_bytes, "
                             "v.max_memory_bytes, v.power_state, h.ems_ref FROM vms v "
                             "LEFT JOIN hosts h ON h.id = v.host_id WHERE v.id = ?"));
    q.addBindValue(vmId);
    if (q.exec() && q.next()) {
        m_inventory = ManagerInventory::load(q.value(0).toLongLong());
        m_vmRef = q.value(1).toString();
        m_vmName = q.value(2).toString();
        m_vcpus = q.value(3).toInt();
        m_memoryBytes = q.value(4).toLongLong();
        m_maxMemoryBytes = q.value(5).toLongLong();
        m_running = q.value(6).toString() == QLatin1String(PowerState::On);
        m_hostRef = q.value(7).toString();
    }
    setWindowTitle(tr("Reconfigure %1").arg(m_vmName));

    auto *layout = new QVBoxLayout(this);
    auto *hardware = new QGroupBox(tr("Processors and memory"), this);
    auto *form = new QFormLayout(hardware);
    m_vcpuSpin = new QSpinBox(hardware);
    m_vcpuSpin->setObjectName(QStringLiteral("vcpuSpin"));
    m_vcpuSpin->setAccessibleName(tr("Virtual CPUs"));
    m_vcpuSpin->setRange(1, 4096);
    m_vcpuSpin->setValue(qMax(1, m_vcpus));
    AccessibleNames::nameSpinBoxParts(m_vcpuSpin);
    form->addRow(tr("&vCPUs:"), m_vcpuSpin);
    m_vcpuReason = FieldReason::label(QStringLiteral("vcpuReason"), tr("vCPU problem"), hardware);
    form->addRow(QString(), m_vcpuReason);
    m_memorySpin = new QSpinBox(hardware);
    m_memorySpin->setObjectName(QStringLiteral("memorySpin"));
    m_memorySpin->setAccessibleName(tr("Memory in MiB"));
    m_memorySpin->setRange(64, 64 * 1024 * 1024);
    m_memorySpin->setSingleStep(256);
    m_memorySpin->setSuffix(tr(" MiB"));
    m_memorySpin->setValue(int(qMax<qint64>(64, m_memoryBytes / Forms::MiB)));
    AccessibleNames::nameSpinBoxParts(m_memorySpin);
    form->addRow(tr("&Memory:"), m_memorySpin);
    m_memoryReason =
        FieldReason::label(QStringLiteral("memoryReason"), tr("Memory problem"), hardware);
    form->addRow(QString(), m_memoryReason);
    layout->addWidget(hardware);

    auto *disks = new QGroupBox(tr("Disks (clear a box to remove that disk)"), this);
    auto *diskLayout = new QVBoxLayout(disks);
    m_disks = checkList(QStringLiteral("disksList"), tr("Disks"), disks);
    diskLayout->addWidget(m_disks);
    auto *diskRow = new QHBoxLayout;
    m_diskPool = new QComboBox(disks);
    m_diskPool->setObjectName(QStringLiteral("diskPoolCombo"));
    m_diskPool->setAccessibleName(tr("Storage pool of the new disk"));
    AccessibleNames::nameComboParts(m_diskPool);
    for (const ManagerInventory::Storage &pool : m_inventory.storages)
        m_diskPool->addItem(
            tr("%1 — %2 free").arg(pool.name, TimeFormat::bytes(pool.availableBytes)), pool.ref);
    m_diskSize = new QSpinBox(disks);
    m_diskSize->setObjectName(QStringLiteral("diskSizeSpin"));
    m_diskSize->setAccessibleName(tr("Size of the new disk in GiB"));
    m_diskSize->setRange(1, 1024 * 1024);
    m_diskSize->setValue(10);
    m_diskSize->setSuffix(tr(" GiB"));
    AccessibleNames::nameSpinBoxParts(m_diskSize);
    m_addDiskButton = new QPushButton(tr("Add &Disk"), disks);
    m_addDiskButton->setObjectName(QStringLiteral("addDiskButton"));
    m_addDiskButton->setAccessibleName(tr("Add disk"));
    m_addDiskButton->setEnabled(m_diskPool->count() > 0);
    diskRow->addWidget(m_diskPool, 1);
    diskRow->addWidget(m_diskSize);
    diskRow->addWidget(m_addDiskButton);
    diskLayout->addLayout(diskRow);
    m_diskReason = FieldReason::label(QStringLiteral("diskReason"), tr("Disk problem"), disks);
    diskLayout->addWidget(m_diskReason);
    layout->addWidget(disks);

    auto *nics = new QGroupBox(tr("Network interfaces (clear a box to remove it)"), this);
    auto *nicLayout = new QVBoxLayout(nics);
    m_nics = checkList(QStringLiteral("nicsList"), tr("Network interfaces"), nics);
    nicLayout->addWidget(m_nics);
    auto *nicRow = new QHBoxLayout;
    m_nicNetwork = new QComboBox(nics);
    m_nicNetwork->setObjectName(QStringLiteral("nicNetworkCombo"));
    m_nicNetwork->setAccessibleName(tr("Network of the new interface"));
    AccessibleNames::nameComboParts(m_nicNetwork);
    for (const ManagerInventory::Network &network : m_inventory.networks)
        m_nicNetwork->addItem(network.name, network.ref);
    m_addNicButton = new QPushButton(tr("Add &Interface"), nics);
    m_addNicButton->setObjectName(QStringLiteral("addNicButton"));
    m_addNicButton->setAccessibleName(tr("Add network interface"));
    m_addNicButton->setEnabled(m_nicNetwork->count() > 0);
    nicRow->addWidget(m_nicNetwork, 1);
    nicRow->addWidget(m_addNicButton);
    nicLayout->addLayout(nicRow);
    layout->addWidget(nics);

    auto *when = new QGroupBox(tr("When"), this);
    auto *whenLayout = new QVBoxLayout(when);
    m_live = new QRadioButton(tr("Apply &now (live, on the running VM as well)"), when);
    m_live->setObjectName(QStringLiteral("liveRadio"));
    m_live->setAccessibleName(tr("Apply now"));
    m_nextBoot = new QRadioButton(tr("Apply at next &boot"), when);
    m_nextBoot->setObjectName(QStringLiteral("nextBootRadio"));
    m_nextBoot->setAccessibleName(tr("Apply at next boot"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_live);
    group->addButton(m_nextBoot);
    m_live->setEnabled(m_running);
    if (!m_running)
        m_live->setToolTip(tr("The VM is not running: changes take effect when it starts."));
    (m_running ? m_live : m_nextBoot)->setChecked(true);
    whenLayout->addWidget(m_live);
    whenLayout->addWidget(m_nextBoot);
    layout->addWidget(when);

    m_changeReason =
        FieldReason::label(QStringLiteral("changeReason"), tr("Why Submit is off"), this);
    layout->addWidget(m_changeReason);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Submit"));
    ok->setObjectName(QStringLiteral("submitButton"));
    ok->setAccessibleName(tr("Submit"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    {
        QSqlQuery d(Database::connection());
        d.prepare(QStringLiteral("SELECT d.ems_ref, d.target, d.source, d.capacity_bytes, "
                                 "d.device FROM disks d JOIN vms v ON v.id = d.vm_id "
                                 "WHERE v.id = ? ORDER BY d.target"));
        d.addBindValue(vmId);
        d.exec();
        while (d.next()) {
            QString text = d.value(1).toString() + QStringLiteral(" — ") + d.value(2).toString();
            if (!d.value(3).isNull())
                text += QStringLiteral(" (%1)").arg(TimeFormat::bytes(d.value(3).toLongLong()));
            addCheckItem(m_disks, text, d.value(0).toString(), -1);
        }
        QSqlQuery n(Database::connection());
        n.prepare(QStringLiteral("SELECT ems_ref, mac, source, model FROM nics WHERE vm_id = ? "
                                 "ORDER BY mac"));
        n.addBindValue(vmId);
        n.exec();
        while (n.next())
            addCheckItem(
                m_nics,
                tr("%1 on %2 (%3)")
                    .arg(n.value(1).toString(), n.value(2).toString(), n.value(3).toString()),
                n.value(0).toString(), -1);
    }

    connect(m_vcpuSpin, &QSpinBox::valueChanged, this, &ReconfigureDialog::validate);
    connect(m_memorySpin, &QSpinBox::valueChanged, this, &ReconfigureDialog::validate);
    connect(m_disks, &QListWidget::itemChanged, this, &ReconfigureDialog::validate);
    connect(m_nics, &QListWidget::itemChanged, this, &ReconfigureDialog::validate);
    connect(group, &QButtonGroup::buttonToggled, this, &ReconfigureDialog::validate);
    connect(m_addDiskButton, &QPushButton::clicked, this, &ReconfigureDialog::addDisk);
    connect(m_addNicButton, &QPushButton::clicked, this, &ReconfigureDialog::addNic);
    validate();
    resize(560, 640);
}

void ReconfigureDialog::addDisk()
{
    const QString pool = m_diskPool->currentData().toString();
    const qint64 bytes = qint64(m_diskSize->value()) * Forms::GiB;
    m_addDisks.append({pool, bytes});
    addCheckItem(m_disks,
                 tr("New disk — %1 in %2")
                     .arg(TimeFormat::bytes(bytes),
                          m_inventory.storage(pool) ? m_inventory.storage(pool)->name : pool),
                 QString(), int(m_addDisks.size()) - 1);
    validate();
}

void ReconfigureDialog::addNic()
{
    NicAddition nic;
    nic.networkRef = m_nicNetwork->currentData().toString();
    m_addNics.append(nic);
    addCheckItem(m_nics, tr("New interface on %1").arg(m_nicNetwork->currentText()), QString(),
                 int(m_addNics.size()) - 1);
    validate();
}

ReconfigureSpec ReconfigureDialog::spec() const
{
    ReconfigureSpec spec;
    if (m_vcpuSpin->value() != m_vcpus)
        spec.vcpus = m_vcpuSpin->value();
    const qint64 memory = qint64(m_memorySpin->value()) * Forms::MiB;
    if (m_memorySpin->value() != int(qMax<qint64>(64, m_memoryBytes / Forms::MiB)))
        spec.memoryBytes = memory;
    for (int i = 0; i < m_disks->count(); ++i) {
        const QListWidgetItem *item = m_disks->item(i);
        const int added = item->data(AddedRole).toInt();
        const bool kept = item->checkState() == Qt::Checked;
        if (added >= 0 && kept)
            spec.addDisks.append(m_addDisks.at(added));
        else if (added < 0 && !kept)
            spec.removeDiskRefs.append(item->data(RefRole).toString());
    }
    for (int i = 0; i < m_nics->count(); ++i) {
        const QListWidgetItem *item = m_nics->item(i);
        const int added = item->data(AddedRole).toInt();
        const bool kept = item->checkState() == Qt::Checked;
        if (added >= 0 && kept)
            spec.addNics.append(m_addNics.at(added));
        else if (added < 0 && !kept)
            spec.removeNicRefs.append(item->data(RefRole).toString());
    }
    spec.live = m_live->isChecked();
    return spec;
}

void ReconfigureDialog::validate()
{
    const ReconfigureSpec s = spec();
    const ManagerInventory::Host *host = m_inventory.host(m_hostRef);
    QString vcpu;
    if (host && host->threads > 0 && m_vcpuSpin->value() > host->threads)
        vcpu = tr("At most %1: the host %2 has no more CPU threads.")
                   .arg(host->threads)
                   .arg(host->name);
    FieldReason::set(m_vcpuReason, vcpu);

    QString memory;
    const qint64 bytes = qint64(m_memorySpin->value()) * Forms::MiB;
    if (host && host->memoryBytes > 0 && bytes > host->memoryBytes)
        memory = tr("At most %1: the host %2 has no more memory.")
                     .arg(TimeFormat::bytes(host->memoryBytes), host->name);
    else if (s.live && s.memoryBytes > 0 && m_maxMemoryBytes > 0 && bytes > m_maxMemoryBytes)
        memory = tr("A running VM grows only up to its maximum memory, %1. Apply at next boot to "
                    "go beyond it.")
                     .arg(TimeFormat::bytes(m_maxMemoryBytes));
    FieldReason::set(m_memoryReason, memory);

    QString disk;
    QHash<QString, qint64> perPool;
    for (const DiskAddition &addition : s.addDisks)
        perPool[addition.storageRef] += addition.capacityBytes;
    for (auto it = perPool.cbegin(); it != perPool.cend(); ++it) {
        const ManagerInventory::Storage *pool = m_inventory.storage(it.key());
        if (pool && it.value() > pool->availableBytes) {
            disk = tr("%1 has %2 free; the new disks need %3. Uncheck one or pick another pool.")
                       .arg(pool->name, TimeFormat::bytes(pool->availableBytes),
                            TimeFormat::bytes(it.value()));
            break;
        }
    }
    FieldReason::set(m_diskReason, disk);

    const bool changes = s.vcpus > 0 || s.memoryBytes > 0 || !s.addDisks.isEmpty() ||
                         !s.removeDiskRefs.isEmpty() || !s.addNics.isEmpty() ||
                         !s.removeNicRefs.isEmpty();
    const bool fieldsOk = vcpu.isEmpty() && memory.isEmpty() && disk.isEmpty();
    FieldReason::set(m_changeReason, m_vmRef.isEmpty() ? tr("The VM is no longer in the inventory.")
                                     : !changes && fieldsOk
                                         ? tr("Change something to submit a request.")
                                         : QString());
    m_valid = changes && fieldsOk && !m_vmRef.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_valid);
}

NewRequest ReconfigureDialog::request() const
{
    return reconfigureRequest(m_inventory.managerId, {m_vmRef, m_vmName}, spec(),
                              Forms::requester());
}

void ReconfigureDialog::accept()
{
    if (!m_valid)
        return;
    const qint64 id = Forms::submit(m_supervisor, request(), this);
    if (id == 0)
        return;
    m_requestId = id;
    emit submitted(id);
    QDialog::accept();
}

} // namespace Vantage
