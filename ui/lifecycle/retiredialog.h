#pragma once

#include "core/requests.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace Vantage {

class Supervisor;

// Retires VMs now (a retire request: shut down and removed, their storage too when asked), or
// schedules it for a date or in N days with a warning N days before (RetirementStore, run by the
// retirement scheduler). An existing schedule is shown and can be cleared.
class RetireDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Vm
    {
        qint64 managerId = 0;
        QString ref;
        QString name;
    };

    RetireDialog(Supervisor *supervisor, const QList<Vm> &vms, QWidget *parent = nullptr);

    bool isValid() const { return m_valid; }
    bool retiresNow() const;
    // The moment a scheduled retirement happens; 0 for "now".
    qint64 retiresAtMs() const;
    // One retire request per manager (tasks: vm_ref, vm_name, delete_storage).
    QList<NewRequest> requests() const;
    QList<qint64> requestIds() const { return m_requestIds; }

    void accept() override;

signals:
    // A retirement was requested, scheduled or cleared: what shows of these VMs changed.
    void retirementChanged();

private:
    void validate();
    bool confirmNow();
    void unschedule();

    QPointer<Supervisor> m_supervisor;
    QList<Vm> m_vms;
    bool m_valid = false;
    QList<qint64> m_requestIds;

    QRadioButton *m_now = nullptr;
    QRadioButton *m_onDate = nullptr;
    QRadioButton *m_inDays = nullptr;
    QDateEdit *m_date = nullptr;
    QSpinBox *m_days = nullptr;
    QSpinBox *m_warnDays = nullptr;
    QCheckBox *m_deleteStorage = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_current = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Vantage
