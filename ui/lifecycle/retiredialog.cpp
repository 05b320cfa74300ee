#include "ui/lifecycle/retiredialog.h"

#include "core/database.h"
#include "core/supervisor.h"
#include "ui/accessiblenames.h"
#include "ui/fieldreason.h"
#include "ui/lifecycle/lifecycleforms.h"
#include "ui/timeformat.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Vantage {

using Forms = LifecycleForms;

RetireDialog::RetireDialog(Supervisor *supervisor, const QList<Vm> &vms, QWidget *parent)
    : QDialog(parent), m_supervisor(supervisor), m_vms(vms)
{
    setObjectName(QStringLiteral("retireDialog"));
    setAccessibleName(tr("Retire VMs"));
    setWindowTitle(vms.size() == 1 ? tr("Retire %1").arg(vms.first().name)
                                   : tr("Retire %n VM(s)", nullptr, int(vms.size())));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Retiring shuts a VM down and removes it from its manager. Vantage keeps it listed as "
           "retired (View ▸ Show Retired VMs)."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("currentRetirement"));
    m_current->setWordWrap(true);
    m_current->hide();
    layout->addWidget(m_current);

    auto *form = new QFormLayout;
    m_now = new QRadioButton(tr("Retire &now"), this);
    m_now->setObjectName(QStringLiteral("retireNowRadio"));
    m_now->setAccessibleName(tr("Retire now"));
    m_onDate = new QRadioButton(tr("Retire on a &date"), this);
    m_onDate->setObjectName(QStringLiteral("retireOnDateRadio"));
    m_onDate->setAccessibleName(tr("Retire on a date"));
    m_inDays = new QRadioButton(tr("Retire &in"), this);
    m_inDays->setObjectName(QStringLiteral("retireInDaysRadio"));
    m_inDays->setAccessibleName(tr("Retire in a number of days"));
    auto *group = new QButtonGroup(this);
    for (QRadioButton *b : {m_now, m_onDate, m_inDays})
        group->addButton(b);
    m_date = new QDateEdit(QDate::currentDate().addDays(30), this);
    m_date->setObjectName(QStringLiteral("retireDateEdit"));
    m_date->setAccessibleName(tr("Retirement date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    AccessibleNames::nameSpinBoxParts(m_date);
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("retireDaysSpin"));
    m_days->setAccessibleName(tr("Days until retirement"));
    m_days->setRange(0, 3650);
    m_days->setValue(30);
    m_days->setSuffix(tr(" days"));
    AccessibleNames::nameSpinBoxParts(m_days);
    m_warnDays = new QSpinBox(this);
    m_warnDays->setObjectName(QStringLiteral("warnDaysSpin"));
    m_warnDays->setAccessibleName(tr("Days of warning before retirement"));
    m_warnDays->setRange(0, 365);
    m_warnDays->setSuffix(tr(" days"));
    m_warnDays->setValue(Forms::defaultWarnDays());
    AccessibleNames::nameSpinBoxParts(m_warnDays);
    m_deleteStorage = new QCheckBox(tr("Also &delete their disks from storage"), this);
    m_deleteStorage->setObjectName(QStringLiteral("deleteStorageCheck"));
    m_deleteStorage->setAccessibleName(tr("Delete disks from storage"));
    form->addRow(m_now);
    form->addRow(m_onDate, m_date);
    form->addRow(m_inDays, m_days);
    form->addRow(tr("&Warn before:"), m_warnDays);
    form->addRow(m_deleteStorage);
    layout->addLayout(form);
    m_reason = FieldReason::label(QStringLiteral("retireReason"), tr("Retirement problem"), this);
    layout->addWidget(m_reason);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("retireButton"));
    QPushButton *cancel = m_buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    // An existing schedule of a single VM is shown, prefilled, and can be cleared.
    if (vms.size() == 1) {
        const auto existing = RetirementStore::retirement(vms.first().managerId, vms.first().ref);
        if (existing && existing->state != QLatin1String("retired")) {
            m_current->setText(tr("Retirement scheduled for %1 (warned %n day(s) before).", nullptr,
                                  existing->warnDays)
                                   .arg(TimeFormat::dateTime(existing->retiresAtMs)));
            m_current->show();
            m_onDate->setChecked(true);
            m_date->setDate(QDateTime::fromMSecsSinceEpoch(existing->retiresAtMs).date());
            m_warnDays->setValue(existing->warnDays);
            m_deleteStorage->setChecked(existing->deleteStorage);
            QPushButton *clear =
                m_buttons->addButton(tr("C&lear Schedule"), QDialogButtonBox::ResetRole);
            clear->setObjectName(QStringLiteral("unscheduleButton"));
            clear->setAccessibleName(tr("Clear schedule"));
            connect(clear, &QPushButton::clicked, this, &RetireDialog::unschedule);
        }
    }
    if (!m_onDate->isChecked())
        m_inDays->setChecked(true);

    connect(group, &QButtonGroup::buttonToggled, this, &RetireDialog::validate);
    connect(m_date, &QDateEdit::dateChanged, this, &RetireDialog::validate);
    connect(m_days, &QSpinBox::valueChanged, this, &RetireDialog::validate);
    connect(m_warnDays, &QSpinBox::valueChanged, this, &RetireDialog::validate);
    validate();
    resize(480, 360);
}

bool RetireDialog::retiresNow() const
{
    return m_now->isChecked();
}

qint64 RetireDialog::retiresAtMs() const
{
    if (m_onDate->isChecked())
        return m_date->date().startOfDay().toMSecsSinceEpoch();
    if (m_inDays->isChecked())
        return nowMs() + qint64(m_days->value()) * 24 * 3600 * 1000;
    return 0;
}

void RetireDialog::validate()
{
    m_date->setEnabled(m_onDate->isChecked());
    m_days->setEnabled(m_inDays->isChecked());
    m_warnDays->setEnabled(!m_now->isChecked());
    QString reason;
    const bool later = !m_now->isChecked();
    const qint64 days = m_onDate->isChecked() ? QDate::currentDate().daysTo(m_date->date())
                                              : qint64(m_days->value());
    if (m_vms.isEmpty())
        reason = tr("No VM is selected.");
    else if (later && days < 1)
        reason = m_onDate->isChecked() ? tr("Choose a date after today, or retire now.")
                                       : tr("Retire in at least one day, or retire now.");
    else if (later && m_warnDays->value() >= days)
        reason = tr("The warning would come before today: warn at most %n day(s) before.", nullptr,
                    int(days - 1));
    FieldReason::set(m_reason, reason);
    m_valid = reason.isEmpty();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(m_now->isChecked() ? tr("&Retire Now") : tr("&Schedule"));
    ok->setAccessibleName(ok->text().remove(u'&'));
    ok->setEnabled(m_valid);
}

QList<NewRequest> RetireDialog::requests() const
{
    QList<qint64> managers; // in the order given
    QHash<qint64, QList<VmSelection>> byManager;
    for (const Vm &vm : m_vms) {
        if (!byManager.contains(vm.managerId))
            managers.append(vm.managerId);
        byManager[vm.managerId].append({vm.ref, vm.name});
    }
    QList<NewRequest> requests;
    for (qint64 managerId : std::as_const(managers))
        requests.append(retireRequest(managerId, byManager.value(managerId),
                                      m_deleteStorage->isChecked(), Forms::requester()));
    return requests;
}

bool RetireDialog::confirmNow()
{
    QStringList names;
    for (const Vm &vm : m_vms)
        names << vm.name;
    QMessageBox box(QMessageBox::Warning, windowTitle(),
                    m_vms.size() == 1 ? tr("Retire “%1” now?").arg(m_vms.first().name)
                                      : tr("Retire %n VM(s) now?", nullptr, int(m_vms.size())),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("retireConfirmation"));
    QString info = m_deleteStorage->isChecked()
                       ? tr("They are shut down and removed, and their disks are deleted. This "
                            "cannot be undone.")
                       : tr("They are shut down and removed from their manager; their disks "
                            "stay in storage.");
    if (m_vms.size() > 1)
        info +=
            QStringLiteral("\n\n") + names.mid(0, 10).join(QStringLiteral(", ")) +
            (names.size() > 10 ? tr(" and %n more", nullptr, int(names.size()) - 10) : QString());
    box.setInformativeText(info);
    QPushButton *yes = box.addButton(tr("&Retire Now"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmRetireButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelRetireButton"));
    box.setDefaultButton(cancel);
    LifecycleForms::nameButtons(&box);
    box.exec();
    return box.clickedButton() == yes;
}

void RetireDialog::accept()
{
    if (!m_valid)
        return;
    if (m_now->isChecked()) {
        if (!confirmNow())
            return;
        for (const NewRequest &request : requests()) {
            const qint64 id = Forms::submit(m_supervisor, request, this);
            if (id == 0)
                return;
            m_requestIds.append(id);
        }
    } else {
        const qint64 at = retiresAtMs();
        for (const Vm &vm : std::as_const(m_vms)) {
            QString error;
            if (!RetirementStore::schedule(vm.managerId, vm.ref, at, m_warnDays->value(),
                                           m_deleteStorage->isChecked(), &error)) {
                QMessageBox::critical(
                    this, tr("Retirement Not Scheduled"),
                    tr("The retirement of “%1” could not be scheduled: %2").arg(vm.name, error));
                return;
            }
        }
        // A date within the hour would otherwise wait for the scheduler's hourly check.
        if (m_supervisor)
            m_supervisor->wakeRetirementScheduler();
    }
    emit retirementChanged();
    QDialog::accept();
}

void RetireDialog::unschedule()
{
    const Vm &vm = m_vms.first();
    QString error;
    if (!RetirementStore::unschedule(vm.managerId, vm.ref, &error)) {
        QMessageBox::critical(
            this, tr("Schedule Not Cleared"),
            tr("The retirement of “%1” could not be cleared: %2").arg(vm.name, error));
        return;
    }
    emit retirementChanged();
    QDialog::accept();
}

} // namespace Vantage
