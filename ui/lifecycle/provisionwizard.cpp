#include "ui/lifecycle/provisionwizard.h"

#include "core/database.h"
#include "core/supervisor.h"
#include "ui/accessiblenames.h"
#include "ui/fieldreason.h"
#include "ui/lifecycle/lifecycleforms.h"
#include "ui/timeformat.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRadioButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QWizardPage>

namespace Vantage {

namespace {

using Forms = LifecycleForms;

QComboBox *combo(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    AccessibleNames::nameComboParts(box);
    return box;
}

QSpinBox *spin(const QString &objectName, const QString &accessibleName, int min, int max,
               const QString &suffix, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(objectName);
    box->setAccessibleName(accessibleName);
    box->setRange(min, max);
    box->setSuffix(suffix);
    box->setAccelerated(true);
    AccessibleNames::nameSpinBoxParts(box);
    return box;
}

QRadioButton *radio(const QString &objectName, const QString &text, QWidget *parent)
{
    auto *button = new QRadioButton(text, parent);
    button->setObjectName(objectName);
    button->setAccessibleName(QString(text).remove(u'&'));
    return button;
}

// A page whose completeness is "no reason shown", re-checked whenever one of its fields changes.
class CheckedPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;

    bool isComplete() const override
    {
        for (const QLabel *reason : m_reasons) {
            if (FieldReason::has(reason))
                return false;
        }
        return true;
    }

    void recheck()
    {
        // Fields change while the pages are built, before the wizard adopts them.
        if (!wizard())
            return;
        validate();
        emit completeChanged();
    }

protected:
    ProvisionWizard *provision() const { return static_cast<ProvisionWizard *>(wizard()); }
    virtual void validate() = 0;

    QLabel *addReason(QFormLayout *form, const QString &objectName, const QString &accessibleName)
    {
        QLabel *reason = FieldReason::label(objectName, accessibleName, this);
        form->addRow(QString(), reason);
        m_reasons.append(reason);
        return reason;
    }

    void initializePage() override { recheck(); }

private:
    QList<QLabel *> m_reasons;
};

} // namespace

struct ProvisionWizard::Pages
{
    // Source
    QComboBox *manager = nullptr;
    QRadioButton *clone = nullptr;
    QRadioButton *image = nullptr;
    QRadioButton *iso = nullptr;
    QComboBox *sourceVm = nullptr;
    QComboBox *imageVolume = nullptr;
    QComboBox *isoVolume = nullptr;
    // Name
    QLineEdit *name = nullptr;
    QSpinBox *count = nullptr;
    QListWidget *expanded = nullptr;
    // Hardware
    QSpinBox *vcpus = nullptr;
    QSpinBox *memoryMiB = nullptr;
    QSpinBox *diskGiB = nullptr;
    // Placement
    QComboBox *host = nullptr;
    QComboBox *pool = nullptr;
    QComboBox *network = nullptr;
    // Retirement
    QRadioButton *retireNever = nullptr;
    QRadioButton *retireOnDate = nullptr;
    QRadioButton *retireInDays = nullptr;
    QDateEdit *retireDate = nullptr;
    QSpinBox *retireDays = nullptr;
    QSpinBox *warnDays = nullptr;
    // Summary
    QTextBrowser *summary = nullptr;
    QCheckBox *start = nullptr;
};

namespace {

class SourceSelectPage final : public CheckedPage
{
public:
    SourceSelectPage(ProvisionWizard::Pages *p, QWidget *parent) : CheckedPage(parent), m_p(p)
    {
        setObjectName(QStringLiteral("sourcePage"));
        setTitle(ProvisionWizard::tr("Source"));
        setSubTitle(ProvisionWizard::tr("What the new VMs start from: a copy of a shut-off VM or "
                                        "template, a disk image, or an installation ISO."));
        auto *form = new QFormLayout(this);
        p->manager = combo(QStringLiteral("managerCombo"), ProvisionWizard::tr("Manager"), this);
        form->addRow(ProvisionWizard::tr("&Manager:"), p->manager);
        m_managerReason = addReason(form, QStringLiteral("managerReason"),
                                    ProvisionWizard::tr("Manager problem"));

        p->clone = radio(QStringLiteral("cloneRadio"),
                         ProvisionWizard::tr("&Clone a VM or template"), this);
        p->sourceVm =
            combo(QStringLiteral("sourceVmCombo"), ProvisionWizard::tr("VM to clone"), this);
        form->addRow(p->clone);
        form->addRow(ProvisionWizard::tr("&VM:"), p->sourceVm);
        p->image = radio(QStringLiteral("imageRadio"),
                         ProvisionWizard::tr("New VM from a disk &image"), this);
        p->imageVolume =
            combo(QStringLiteral("imageCombo"), ProvisionWizard::tr("Disk image"), this);
        form->addRow(p->image);
        form->addRow(ProvisionWizard::tr("I&mage:"), p->imageVolume);
        p->iso = radio(QStringLiteral("isoRadio"),
                       ProvisionWizard::tr("New VM installed from an IS&O"), this);
        p->isoVolume = combo(QStringLiteral("isoCombo"), ProvisionWizard::tr("ISO image"), this);
        form->addRow(p->iso);
        form->addRow(ProvisionWizard::tr("IS&O:"), p->isoVolume);
        m_cloneOnly = new QLabel(ProvisionWizard::tr("This manager makes new VMs by cloning a VM "
                                                     "or template only; disk images and ISOs are "
                                                     "sources on libvirt managers."),
                                 this);
        m_cloneOnly->setObjectName(QStringLiteral("cloneOnlyNote"));
        m_cloneOnly->setAccessibleName(ProvisionWizard::tr("Sources of this manager"));
        m_cloneOnly->setWordWrap(true);
        form->addRow(m_cloneOnly);
        m_form = form;
        m_sourceReason =
            addReason(form, QStringLiteral("sourceReason"), ProvisionWizard::tr("Source problem"));
        auto *group = new QButtonGroup(this);
        for (QRadioButton *b : {p->clone, p->image, p->iso})
            group->addButton(b);
        p->clone->setChecked(true);
        connect(group, &QButtonGroup::buttonToggled, this, [this] { updateEnabled(); });
        for (QComboBox *c : {p->sourceVm, p->imageVolume, p->isoVolume})
            connect(c, &QComboBox::currentIndexChanged, this, [this] { recheck(); });
        updateEnabled();
    }

    void fill(const ManagerInventory &inventory)
    {
        // Image and ISO sources are hidden where the provider only clones.
        for (QWidget *row :
             {static_cast<QWidget *>(m_p->image), static_cast<QWidget *>(m_p->iso),
              static_cast<QWidget *>(m_p->imageVolume), static_cast<QWidget *>(m_p->isoVolume)})
            m_form->setRowVisible(row, inventory.volumeSources);
        m_form->setRowVisible(m_cloneOnly, !inventory.volumeSources);
        if (!inventory.volumeSources)
            m_p->clone->setChecked(true);
        const QString previous = m_p->sourceVm->currentData().toString();
        m_p->sourceVm->clear();
        // Templates first: they are what clones are usually made from.
        for (const bool templates : {true, false}) {
            for (const ManagerInventory::Vm &vm : inventory.vms) {
                if (vm.isTemplate != templates)
                    continue;
                const QString label = vm.isTemplate
                                          ? ProvisionWizard::tr("%1 (template)").arg(vm.name)
                                      : vm.powerState == QLatin1String(PowerState::Off)
                                          ? vm.name
                                          : ProvisionWizard::tr("%1 (running)").arg(vm.name);
                m_p->sourceVm->addItem(label, vm.ref);
            }
        }
        const int keep = m_p->sourceVm->findData(previous);
        if (keep >= 0)
            m_p->sourceVm->setCurrentIndex(keep);
        m_p->imageVolume->clear();
        m_p->isoVolume->clear();
        for (const ManagerInventory::Volume &volume : inventory.volumes) {
            const ManagerInventory::Storage *pool = inventory.storage(volume.storageRef);
            const QString label = QStringLiteral("%1 — %2 (%3)")
                                      .arg(volume.name, pool ? pool->name : QString(),
                                           TimeFormat::bytes(volume.capacityBytes));
            (volume.isIso ? m_p->isoVolume : m_p->imageVolume)->addItem(label, volume.ref);
        }
        recheck();
    }

    void selectVm(const QString &ref)
    {
        const int i = m_p->sourceVm->findData(ref);
        if (i >= 0) {
            m_p->clone->setChecked(true);
            m_p->sourceVm->setCurrentIndex(i);
        }
    }

private:
    void updateEnabled()
    {
        m_p->sourceVm->setEnabled(m_p->clone->isChecked());
        m_p->imageVolume->setEnabled(m_p->image->isChecked());
        m_p->isoVolume->setEnabled(m_p->iso->isChecked());
        recheck();
    }

    void validate() override
    {
        FieldReason::set(m_managerReason,
                         m_p->manager->count() == 0
                             ? ProvisionWizard::tr("No provider here can create VMs. Add a "
                                                   "libvirt or VMware vSphere provider first "
                                                   "(Provider ▸ Add Provider).")
                             : QString());
        QString reason;
        const ManagerInventory &inventory = provision()->inventory();
        if (m_p->clone->isChecked()) {
            const ManagerInventory::Vm *vm = inventory.vm(m_p->sourceVm->currentData().toString());
            if (!vm)
                reason = ProvisionWizard::tr("Choose the VM or template to clone; this manager "
                                             "has none yet.");
            else if (!vm->isTemplate && !inventory.clonesRunning &&
                     vm->powerState != QLatin1String(PowerState::Off))
                reason = ProvisionWizard::tr("“%1” is not shut off. Shut it down first: only a "
                                             "shut-off VM's disks can be copied consistently.")
                             .arg(vm->name);
        } else if (m_p->image->isChecked() && m_p->imageVolume->currentIndex() < 0) {
            reason = ProvisionWizard::tr("No disk image is in this manager's storage pools. "
                                         "Upload one, refresh, and try again.");
        } else if (m_p->iso->isChecked() && m_p->isoVolume->currentIndex() < 0) {
            reason = ProvisionWizard::tr("No ISO (a volume named *.iso) is in this manager's "
                                         "storage pools. Upload one, refresh, and try again.");
        }
        FieldReason::set(m_sourceReason, reason);
    }

    ProvisionWizard::Pages *m_p;
    QFormLayout *m_form = nullptr;
    QLabel *m_cloneOnly = nullptr;
    QLabel *m_managerReason = nullptr;
    QLabel *m_sourceReason = nullptr;
};

class NameCountPage final : public CheckedPage
{
public:
    NameCountPage(ProvisionWizard::Pages *p, QWidget *parent) : CheckedPage(parent), m_p(p)
    {
        setObjectName(QStringLiteral("namePage"));
        setTitle(ProvisionWizard::tr("Name and Count"));
        setSubTitle(ProvisionWizard::tr("For several VMs, put {n} where the number goes: web-{n} "
                                        "makes web-1, web-2, …"));
        auto *form = new QFormLayout(this);
        p->name = new QLineEdit(this);
        p->name->setObjectName(QStringLiteral("nameEdit"));
        p->name->setAccessibleName(ProvisionWizard::tr("VM name"));
        p->name->setPlaceholderText(QStringLiteral("web-{n}"));
        p->name->setClearButtonEnabled(true);
        AccessibleNames::nameLineEditButtons(p->name);
        form->addRow(ProvisionWizard::tr("&Name:"), p->name);
        m_nameReason =
            addReason(form, QStringLiteral("nameReason"), ProvisionWizard::tr("Name problem"));
        p->count = spin(QStringLiteral("countSpin"), ProvisionWizard::tr("Number of VMs"), 1, 100,
                        {}, this);
        form->addRow(ProvisionWizard::tr("&Count:"), p->count);
        m_countReason =
            addReason(form, QStringLiteral("countReason"), ProvisionWizard::tr("Count problem"));
        p->expanded = new QListWidget(this);
        p->expanded->setObjectName(QStringLiteral("expandedNames"));
        p->expanded->setAccessibleName(ProvisionWizard::tr("Names of the new VMs"));
        p->expanded->setSelectionMode(QAbstractItemView::NoSelection);
        p->expanded->setFocusPolicy(Qt::TabFocus);
        AccessibleNames::nameViewParts(p->expanded);
        form->addRow(ProvisionWizard::tr("Will create:"), p->expanded);
        connect(p->name, &QLineEdit::textChanged, this, [this] { recheck(); });
        connect(p->count, &QSpinBox::valueChanged, this, [this] { recheck(); });
    }

private:
    void validate() override
    {
        const QString pattern = m_p->name->text().trimmed();
        const int count = m_p->count->value();
        QString countReason;
        if (count > 1 && !VmNames::hasCounter(pattern))
            countReason = ProvisionWizard::tr("To create %1 VMs, put {n} in the name where their "
                                              "number goes, e.g. %2-{n}.")
                              .arg(count)
                              .arg(pattern.isEmpty() ? QStringLiteral("web") : pattern);
        FieldReason::set(m_countReason, countReason);

        const QStringList names = VmNames::expand(pattern, count);
        m_p->expanded->clear();
        if (!pattern.isEmpty() && countReason.isEmpty())
            m_p->expanded->addItems(names);
        QString nameReason;
        const QSet<QString> &taken = provision()->inventory().vmNames;
        for (const QString &name : names) {
            const QString problem = VmNames::problem(name);
            if (!problem.isEmpty()) {
                nameReason = names.size() > 1 && !pattern.isEmpty()
                                 ? ProvisionWizard::tr("“%1”: %2").arg(name, problem)
                                 : problem;
                break;
            }
            if (taken.contains(name.toLower())) {
                nameReason = ProvisionWizard::tr("A VM named “%1” already exists on this "
                                                 "manager. Choose another name.")
                                 .arg(name);
                break;
            }
        }
        FieldReason::set(m_nameReason, nameReason);
    }

    ProvisionWizard::Pages *m_p;
    QLabel *m_nameReason = nullptr;
    QLabel *m_countReason = nullptr;
};

class HardwareSpecPage final : public CheckedPage
{
public:
    HardwareSpecPage(ProvisionWizard::Pages *p, QWidget *parent) : CheckedPage(parent), m_p(p)
    {
        setObjectName(QStringLiteral("hardwarePage"));
        setTitle(ProvisionWizard::tr("Hardware"));
        setSubTitle(ProvisionWizard::tr("What each new VM gets. The limits are the largest "
                                        "host's; the host itself is chosen next."));
        auto *form = new QFormLayout(this);
        p->vcpus = spin(QStringLiteral("vcpuSpin"), ProvisionWizard::tr("Virtual CPUs"), 1, 4096,
                        {}, this);
        form->addRow(ProvisionWizard::tr("&vCPUs:"), p->vcpus);
        m_vcpuReason =
            addReason(form, QStringLiteral("vcpuReason"), ProvisionWizard::tr("vCPU problem"));
        p->memoryMiB = spin(QStringLiteral("memorySpin"), ProvisionWizard::tr("Memory in MiB"), 64,
                            64 * 1024 * 1024, ProvisionWizard::tr(" MiB"), this);
        p->memoryMiB->setSingleStep(256);
        p->memoryMiB->setValue(2048);
        form->addRow(ProvisionWizard::tr("&Memory:"), p->memoryMiB);
        m_memoryReason =
            addReason(form, QStringLiteral("memoryReason"), ProvisionWizard::tr("Memory problem"));
        p->diskGiB = spin(QStringLiteral("diskSpin"), ProvisionWizard::tr("Disk size in GiB"), 0,
                          1024 * 1024, ProvisionWizard::tr(" GiB"), this);
        form->addRow(ProvisionWizard::tr("&Disk:"), p->diskGiB);
        m_diskReason =
            addReason(form, QStringLiteral("diskReason"), ProvisionWizard::tr("Disk problem"));
        for (QSpinBox *s : {p->vcpus, p->memoryMiB, p->diskGiB})
            connect(s, &QSpinBox::valueChanged, this, [this] { recheck(); });
    }

    void initializePage() override
    {
        // A clone starts from its source's size; the user's changes stay when coming back.
        const ProvisionWizard *w = provision();
        const QString source = w->sourceRef();
        if (source != m_initializedFor) {
            m_initializedFor = source;
            if (const ManagerInventory::Vm *vm = w->inventory().vm(source);
                vm && w->source() == ProvisionWizard::Source::Clone) {
                m_p->vcpus->setValue(qMax(1, vm->vcpus));
                m_p->memoryMiB->setValue(int(qMax<qint64>(64, vm->memoryBytes / Forms::MiB)));
            }
            m_p->diskGiB->setValue(w->source() == ProvisionWizard::Source::Iso ? 20 : 0);
        }
        m_p->diskGiB->setSpecialValueText(w->source() == ProvisionWizard::Source::Iso
                                              ? QString()
                                              : ProvisionWizard::tr("As the source (%1)")
                                                    .arg(TimeFormat::bytes(w->sourceDiskBytes())));
        CheckedPage::initializePage();
    }

private:
    void validate() override
    {
        const ManagerInventory &inventory = provision()->inventory();
        const int threads = inventory.maxThreads();
        FieldReason::set(m_vcpuReason,
                         threads > 0 && m_p->vcpus->value() > threads
                             ? ProvisionWizard::tr("At most %1: no host of this manager has more "
                                                   "CPU threads.")
                                   .arg(threads)
                             : QString());
        const qint64 memory = qint64(m_p->memoryMiB->value()) * Forms::MiB;
        const qint64 hostMemory = inventory.maxMemoryBytes();
        FieldReason::set(m_memoryReason,
                         hostMemory > 0 && memory > hostMemory
                             ? ProvisionWizard::tr("At most %1: no host of this manager has more "
                                                   "memory.")
                                   .arg(TimeFormat::bytes(hostMemory))
                             : QString());
        QString disk;
        if (provision()->source() == ProvisionWizard::Source::Iso && m_p->diskGiB->value() == 0)
            disk = ProvisionWizard::tr("A VM installed from an ISO needs a blank disk: enter its "
                                       "size.");
        else if (m_p->diskGiB->value() > 0 &&
                 qint64(m_p->diskGiB->value()) * Forms::GiB < provision()->sourceDiskBytes())
            disk = ProvisionWizard::tr("At least %1, the size of the source's disk; disks are "
                                       "never shrunk.")
                       .arg(TimeFormat::bytes(provision()->sourceDiskBytes()));
        FieldReason::set(m_diskReason, disk);
    }

    ProvisionWizard::Pages *m_p;
    QLabel *m_vcpuReason = nullptr;
    QLabel *m_memoryReason = nullptr;
    QLabel *m_diskReason = nullptr;
    QString m_initializedFor;
};

class PlacementSelectPage final : public CheckedPage
{
public:
    PlacementSelectPage(ProvisionWizard::Pages *p, QWidget *parent) : CheckedPage(parent), m_p(p)
    {
        setObjectName(QStringLiteral("placementPage"));
        setTitle(ProvisionWizard::tr("Network and Placement"));
        setSubTitle(ProvisionWizard::tr("Which host runs the new VMs, which storage pool holds "
                                        "their disks, and which network they join."));
        auto *form = new QFormLayout(this);
        p->host = combo(QStringLiteral("hostCombo"), ProvisionWizard::tr("Host"), this);
        form->addRow(ProvisionWizard::tr("&Host:"), p->host);
        m_hostReason =
            addReason(form, QStringLiteral("hostReason"), ProvisionWizard::tr("Host problem"));
        p->pool = combo(QStringLiteral("poolCombo"), ProvisionWizard::tr("Storage pool"), this);
        form->addRow(ProvisionWizard::tr("Storage &pool:"), p->pool);
        m_poolReason = addReason(form, QStringLiteral("poolReason"),
                                 ProvisionWizard::tr("Storage pool problem"));
        p->network = combo(QStringLiteral("networkCombo"), ProvisionWizard::tr("Network"), this);
        form->addRow(ProvisionWizard::tr("&Network:"), p->network);
        for (QComboBox *c : {p->host, p->pool, p->network})
            connect(c, &QComboBox::currentIndexChanged, this, [this] { recheck(); });
    }

    void fill(const ManagerInventory &inventory)
    {
        m_p->host->clear();
        for (const ManagerInventory::Host &host : inventory.hosts)
            m_p->host->addItem(ProvisionWizard::tr("%1 — %n thread(s), %2", nullptr, host.threads)
                                   .arg(host.name, TimeFormat::bytes(host.memoryBytes)),
                               host.ref);
        m_p->pool->clear();
        for (const ManagerInventory::Storage &pool : inventory.storages)
            m_p->pool->addItem(ProvisionWizard::tr("%1 — %2 free")
                                   .arg(pool.name, TimeFormat::bytes(pool.availableBytes)),
                               pool.ref);
        m_p->network->clear();
        m_p->network->addItem(ProvisionWizard::tr("None (or as the clone source)"), QString());
        for (const ManagerInventory::Network &network : inventory.networks)
            m_p->network->addItem(network.name, network.ref);
        if (m_p->network->count() > 1)
            m_p->network->setCurrentIndex(1);
    }

    void initializePage() override
    {
        // A clone goes on its source's host unless the user chose another.
        const ProvisionWizard *w = provision();
        if (!m_hostChosen && w->source() == ProvisionWizard::Source::Clone) {
            if (const ManagerInventory::Vm *vm = w->inventory().vm(w->sourceRef())) {
                const int i = m_p->host->findData(vm->hostRef);
                if (i >= 0)
                    m_p->host->setCurrentIndex(i);
            }
        }
        CheckedPage::initializePage();
    }

private:
    void validate() override
    {
        m_hostChosen = m_hostChosen || m_p->host->hasFocus();
        const ManagerInventory &inventory = provision()->inventory();
        QString host;
        const ManagerInventory::Host *h = inventory.host(m_p->host->currentData().toString());
        const qint64 memory = qint64(m_p->memoryMiB->value()) * Forms::MiB;
        if (!h)
            host = ProvisionWizard::tr("This manager has no host yet: refresh it first.");
        else if (h->threads > 0 && m_p->vcpus->value() > h->threads)
            host = ProvisionWizard::tr("%1 has %n CPU thread(s), fewer than the %2 vCPUs asked "
                                       "for. Choose another host or go back and lower them.",
                                       nullptr, h->threads)
                       .arg(h->name)
                       .arg(m_p->vcpus->value());
        else if (h->memoryBytes > 0 && memory > h->memoryBytes)
            host = ProvisionWizard::tr("%1 has %2 of memory, less than the %3 asked for.")
                       .arg(h->name, TimeFormat::bytes(h->memoryBytes), TimeFormat::bytes(memory));
        FieldReason::set(m_hostReason, host);

        QString pool;
        const ManagerInventory::Storage *s = inventory.storage(m_p->pool->currentData().toString());
        const qint64 perVm = m_p->diskGiB->value() > 0 ? qint64(m_p->diskGiB->value()) * Forms::GiB
                                                       : provision()->sourceDiskBytes();
        const qint64 needed = perVm * qMax(1, int(provision()->names().size()));
        if (!s)
            pool = ProvisionWizard::tr("This manager has no storage pool to hold the new disks.");
        else if (!s->active)
            pool = ProvisionWizard::tr("The pool %1 is inactive. Start it, or choose another.")
                       .arg(s->name);
        else if (needed > s->availableBytes)
            pool =
                ProvisionWizard::tr("%1 has %2 free; the new disks need %3.")
                    .arg(s->name, TimeFormat::bytes(s->availableBytes), TimeFormat::bytes(needed));
        FieldReason::set(m_poolReason, pool);
    }

    ProvisionWizard::Pages *m_p;
    QLabel *m_hostReason = nullptr;
    QLabel *m_poolReason = nullptr;
    bool m_hostChosen = false;
};

class RetirementPlanPage final : public CheckedPage
{
public:
    RetirementPlanPage(ProvisionWizard::Pages *p, QWidget *parent) : CheckedPage(parent), m_p(p)
    {
        setObjectName(QStringLiteral("retirementPage"));
        setTitle(ProvisionWizard::tr("Retirement"));
        setSubTitle(ProvisionWizard::tr("Whether the new VMs are retired (shut down and removed) "
                                        "automatically, and how long before you are warned."));
        auto *form = new QFormLayout(this);
        p->retireNever = radio(QStringLiteral("retireNeverRadio"),
                               ProvisionWizard::tr("&Keep until retired by hand"), this);
        p->retireOnDate = radio(QStringLiteral("retireOnDateRadio"),
                                ProvisionWizard::tr("Retire on a &date"), this);
        p->retireInDays = radio(QStringLiteral("retireInDaysRadio"),
                                ProvisionWizard::tr("Retire after a number of d&ays"), this);
        auto *group = new QButtonGroup(this);
        for (QRadioButton *b : {p->retireNever, p->retireOnDate, p->retireInDays})
            group->addButton(b);
        p->retireNever->setChecked(true);
        p->retireDate = new QDateEdit(QDate::currentDate().addDays(30), this);
        p->retireDate->setObjectName(QStringLiteral("retireDateEdit"));
        p->retireDate->setAccessibleName(ProvisionWizard::tr("Retirement date"));
        p->retireDate->setCalendarPopup(true);
        p->retireDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        AccessibleNames::nameSpinBoxParts(p->retireDate);
        p->retireDays =
            spin(QStringLiteral("retireDaysSpin"), ProvisionWizard::tr("Days until retirement"), 0,
                 3650, ProvisionWizard::tr(" days"), this);
        p->retireDays->setValue(30);
        p->warnDays = spin(QStringLiteral("warnDaysSpin"),
                           ProvisionWizard::tr("Days of warning before retirement"), 0, 365,
                           ProvisionWizard::tr(" days"), this);
        p->warnDays->setValue(Forms::defaultWarnDays());
        form->addRow(p->retireNever);
        form->addRow(p->retireOnDate, p->retireDate);
        form->addRow(p->retireInDays, p->retireDays);
        form->addRow(ProvisionWizard::tr("&Warn before:"), p->warnDays);
        m_reason = addReason(form, QStringLiteral("retireReason"),
                             ProvisionWizard::tr("Retirement problem"));
        connect(group, &QButtonGroup::buttonToggled, this, [this] { recheck(); });
        connect(p->retireDate, &QDateEdit::dateChanged, this, [this] { recheck(); });
        connect(p->retireDays, &QSpinBox::valueChanged, this, [this] { recheck(); });
        connect(p->warnDays, &QSpinBox::valueChanged, this, [this] { recheck(); });
    }

private:
    void validate() override
    {
        m_p->retireDate->setEnabled(m_p->retireOnDate->isChecked());
        m_p->retireDays->setEnabled(m_p->retireInDays->isChecked());
        m_p->warnDays->setEnabled(!m_p->retireNever->isChecked());
        QString reason;
        const bool retiring = !m_p->retireNever->isChecked();
        const qint64 days = m_p->retireOnDate->isChecked()
                                ? QDate::currentDate().daysTo(m_p->retireDate->date())
                                : qint64(m_p->retireDays->value());
        if (retiring && days < 1)
            reason = m_p->retireOnDate->isChecked()
                         ? ProvisionWizard::tr("Choose a date after today.")
                         : ProvisionWizard::tr("Retire after at least one day.");
        else if (retiring && m_p->warnDays->value() >= days)
            reason = ProvisionWizard::tr("The warning would come before the VMs exist: warn at "
                                         "most %n day(s) before.",
                                         nullptr, int(days - 1));
        FieldReason::set(m_reason, reason);
    }

    ProvisionWizard::Pages *m_p;
    QLabel *m_reason = nullptr;
};

class SummaryShowPage final : public QWizardPage
{
public:
    SummaryShowPage(ProvisionWizard::Pages *p, QWidget *parent) : QWizardPage(parent), m_p(p)
    {
        setObjectName(QStringLiteral("summaryPage"));
        setTitle(ProvisionWizard::tr("Summary"));
        setSubTitle(ProvisionWizard::tr("Finish submits one request; its progress shows in the "
                                        "Requests view (Ctrl+R)."));
        auto *layout = new QVBoxLayout(this);
        p->summary = new QTextBrowser(this);
        p->summary->setObjectName(QStringLiteral("summaryText"));
        p->summary->setAccessibleName(ProvisionWizard::tr("Summary of the request"));
        layout->addWidget(p->summary);
        p->start = new QCheckBox(ProvisionWizard::tr("&Start the VMs once created"), this);
        p->start->setObjectName(QStringLiteral("startCheck"));
        p->start->setAccessibleName(ProvisionWizard::tr("Start the VMs once created"));
        layout->addWidget(p->start);
    }

    void initializePage() override
    {
        const auto *w = static_cast<ProvisionWizard *>(wizard());
        const QList<ProvisionSpec> specs = w->specs();
        if (specs.isEmpty())
            return;
        const ProvisionSpec &first = specs.first();
        const ManagerInventory &inventory = w->inventory();
        QString source;
        switch (w->source()) {
        case ProvisionWizard::Source::Clone:
            source =
                ProvisionWizard::tr("Clone of %1")
                    .arg(inventory.vm(first.sourceVmRef) ? inventory.vm(first.sourceVmRef)->name
                                                         : first.sourceVmRef);
            break;
        case ProvisionWizard::Source::Image:
            source = ProvisionWizard::tr("Disk image %1").arg(m_p->imageVolume->currentText());
            break;
        case ProvisionWizard::Source::Iso:
            source = ProvisionWizard::tr("Installed from %1").arg(m_p->isoVolume->currentText());
            break;
        }
        const auto row = [](const QString &label, const QString &value) {
            return QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
        };
        QString html = QStringLiteral("<table cellspacing='4'>");
        html += row(ProvisionWizard::tr("Manager:"), m_p->manager->currentText());
        html += row(ProvisionWizard::tr("Source:"), source);
        html += row(ProvisionWizard::tr("VMs:"), w->names().join(QStringLiteral(", ")));
        html += row(ProvisionWizard::tr("vCPUs:"), QString::number(first.vcpus));
        html += row(ProvisionWizard::tr("Memory:"), TimeFormat::bytes(first.memoryBytes));
        html += row(ProvisionWizard::tr("Disk:"), first.diskBytes > 0
                                                      ? TimeFormat::bytes(first.diskBytes)
                                                      : ProvisionWizard::tr("as the source"));
        html += row(ProvisionWizard::tr("Host:"), m_p->host->currentText());
        html += row(ProvisionWizard::tr("Storage pool:"), m_p->pool->currentText());
        html += row(ProvisionWizard::tr("Network:"), m_p->network->currentText());
        html += row(ProvisionWizard::tr("Retirement:"),
                    w->retiresAtMs() > 0
                        ? ProvisionWizard::tr("%1, warned %n day(s) before", nullptr, w->warnDays())
                              .arg(TimeFormat::dateTime(w->retiresAtMs()))
                        : ProvisionWizard::tr("none"));
        html += QStringLiteral("</table>");
        m_p->summary->setHtml(html);
    }

private:
    ProvisionWizard::Pages *m_p;
};

} // namespace

ProvisionWizard::ProvisionWizard(Supervisor *supervisor, qint64 managerId,
                                 const QString &sourceVmRef, QWidget *parent)
    : QWizard(parent), m_supervisor(supervisor), m_pages(new Pages)
{
    setObjectName(QStringLiteral("provisionWizard"));
    setWindowTitle(tr("Provision VMs"));
    setAccessibleName(tr("Provision VMs"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    auto *source = new SourceSelectPage(m_pages, this);
    auto *placement = new PlacementSelectPage(m_pages, this);
    setPage(SourcePage, source);
    setPage(NamePage, new NameCountPage(m_pages, this));
    setPage(HardwarePage, new HardwareSpecPage(m_pages, this));
    setPage(PlacementPage, placement);
    setPage(RetirementPage, new RetirementPlanPage(m_pages, this));
    setPage(SummaryPage, new SummaryShowPage(m_pages, this));
    setStartId(SourcePage);
    for (const WizardButton which :
         {BackButton, NextButton, CommitButton, FinishButton, CancelButton, HelpButton}) {
        QAbstractButton *b = button(which);
        static const char *names[] = {"backButton",   "nextButton",   "commitButton",
                                      "finishButton", "cancelButton", "helpButton"};
        b->setObjectName(QLatin1String(names[which]));
        b->setAccessibleName(
            b->text().remove(u'&').remove(QStringLiteral(" >")).remove(QStringLiteral("< ")));
    }
    button(HelpButton)->setAccessibleName(tr("Help"));
    button(CommitButton)->setAccessibleName(tr("Commit"));

    for (const OperableManager &manager : operableManagers())
        m_pages->manager->addItem(manager.label, manager.id);
    connect(this, &ProvisionWizard::managerChanged, this, [this, source, placement] {
        source->fill(m_inventory);
        placement->fill(m_inventory);
    });
    connect(m_pages->manager, &QComboBox::currentIndexChanged, this,
            [this] { setManager(m_pages->manager->currentData().toLongLong()); });
    const int wanted = m_pages->manager->findData(managerId);
    if (wanted >= 0)
        m_pages->manager->setCurrentIndex(wanted);
    setManager(m_pages->manager->currentData().toLongLong());
    if (!sourceVmRef.isEmpty())
        source->selectVm(sourceVmRef);
    resize(680, 560);
}

ProvisionWizard::~ProvisionWizard()
{
    delete m_pages;
}

void ProvisionWizard::setManager(qint64 managerId)
{
    if (managerId == m_inventory.managerId && managerId != 0)
        return;
    m_inventory = ManagerInventory::load(managerId);
    emit managerChanged();
}

int ProvisionWizard::nextId() const
{
    switch (currentId()) {
    case SourcePage:
        return NamePage;
    case NamePage:
        return HardwarePage;
    case HardwarePage:
        return PlacementPage;
    case PlacementPage:
        return RetirementPage;
    case RetirementPage:
        return SummaryPage;
    default:
        return -1;
    }
}

ProvisionWizard::Source ProvisionWizard::source() const
{
    if (m_pages->image->isChecked())
        return Source::Image;
    if (m_pages->iso->isChecked())
        return Source::Iso;
    return Source::Clone;
}

QString ProvisionWizard::sourceRef() const
{
    switch (source()) {
    case Source::Clone:
        return m_pages->sourceVm->currentData().toString();
    case Source::Image:
        return m_pages->imageVolume->currentData().toString();
    case Source::Iso:
        return m_pages->isoVolume->currentData().toString();
    }
    return {};
}

QStringList ProvisionWizard::names() const
{
    return VmNames::expand(m_pages->name->text().trimmed(), m_pages->count->value());
}

qint64 ProvisionWizard::sourceDiskBytes() const
{
    const QString ref = sourceRef();
    switch (source()) {
    case Source::Clone: {
        const ManagerInventory::Vm *vm = m_inventory.vm(ref);
        if (!vm)
            return 0;
        QSqlQuery q(Database::connection());
        q.prepare(QStringLiteral("SELECT COALESCE(SUM(capacity_bytes), 0) FROM disks "
                                 "WHERE vm_id = ? AND (device IS NULL OR device = 'disk')"));
        q.addBindValue(vm->id);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
    case Source::Image:
        for (const ManagerInventory::Volume &volume : m_inventory.volumes) {
            if (volume.ref == ref)
                return volume.capacityBytes;
        }
        return 0;
    case Source::Iso:
        return 0;
    }
    return 0;
}

QList<ProvisionSpec> ProvisionWizard::specs() const
{
    QList<ProvisionSpec> specs;
    for (const QString &name : names()) {
        ProvisionSpec spec;
        spec.name = name;
        spec.hostRef = m_pages->host->currentData().toString();
        if (source() == Source::Clone) {
            spec.sourceVmRef = sourceRef();
        } else {
            spec.sourceVolumeRef = sourceRef();
            spec.sourceIsIso = source() == Source::Iso;
        }
        spec.storageRef = m_pages->pool->currentData().toString();
        spec.vcpus = m_pages->vcpus->value();
        spec.memoryBytes = qint64(m_pages->memoryMiB->value()) * LifecycleForms::MiB;
        spec.diskBytes = qint64(m_pages->diskGiB->value()) * LifecycleForms::GiB;
        spec.networkRef = m_pages->network->currentData().toString();
        spec.start = m_pages->start->isChecked();
        specs.append(spec);
    }
    return specs;
}

qint64 ProvisionWizard::retiresAtMs() const
{
    if (m_pages->retireOnDate->isChecked())
        return m_pages->retireDate->date().startOfDay().toMSecsSinceEpoch();
    if (m_pages->retireInDays->isChecked())
        return nowMs() + qint64(m_pages->retireDays->value()) * 24 * 3600 * 1000;
    return 0;
}

int ProvisionWizard::warnDays() const
{
    return m_pages->warnDays->value();
}

NewRequest ProvisionWizard::request() const
{
    NewRequest request = provisionRequest(managerId(), specs(), LifecycleForms::requester());
    const qint64 retiresAt = retiresAtMs();
    if (retiresAt > 0) {
        // The runner schedules each new VM's retirement once it exists.
        for (NewTask &task : request.tasks) {
            task.spec.insert(QStringLiteral("retires_at"), retiresAt);
            task.spec.insert(QStringLiteral("warn_days"), warnDays());
        }
    }
    return request;
}

void ProvisionWizard::accept()
{
    const qint64 id = LifecycleForms::submit(m_supervisor, request(), this);
    if (id == 0)
        return;
    m_requestId = id;
    emit submitted(id);
    QWizard::accept();
}

} // namespace Vantage
