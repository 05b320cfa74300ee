#pragma once

#include "core/operations.h"
#include "core/requests.h"
#include "ui/lifecycle/managerinventory.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace Vantage {

class Supervisor;

// Changes one VM's vCPUs, memory, disks and NICs, now (live, on the running VM as well) or at its
// next boot. Each field is checked against the host (threads, memory), the VM's maximum memory
// for a live change, and the pools' free space; the reason shows beside it and Submit stays
// disabled until every field is right and something changes. Submits one reconfigure request.
class ReconfigureDialog final : public QDialog
{
    Q_OBJECT

public:
    ReconfigureDialog(Supervisor *supervisor, qint64 vmId, QWidget *parent = nullptr);

    bool isValid() const { return m_valid; }
    ReconfigureSpec spec() const;
    NewRequest request() const;
    qint64 requestId() const { return m_requestId; }

    void accept() override;

signals:
    void submitted(qint64 requestId);

private:
    void validate();
    void addDisk();
    void addNic();

    QPointer<Supervisor> m_supervisor;
    ManagerInventory m_inventory;
    QString m_vmRef;
    QString m_vmName;
    QString m_hostRef;
    bool m_running = false;
    int m_vcpus = 0;
    qint64 m_memoryBytes = 0;
    qint64 m_maxMemoryBytes = 0;
    QList<DiskAddition> m_addDisks;
    QList<NicAddition> m_addNics;
    bool m_valid = false;
    qint64 m_requestId = 0;

    QSpinBox *m_vcpuSpin = nullptr;
    QLabel *m_vcpuReason = nullptr;
    QSpinBox *m_memorySpin = nullptr;
    QLabel *m_memoryReason = nullptr;
    QListWidget *m_disks = nullptr; // checked: kept
    QComboBox *m_diskPool = nullptr;
    QSpinBox *m_diskSize = nullptr;
    QPushButton *m_addDiskButton = nullptr;
    QLabel *m_diskReason = nullptr;
    QListWidget *m_nics = nullptr; // checked: kept
    QComboBox *m_nicNetwork = nullptr;
    QPushButton *m_addNicButton = nullptr;
    QRadioButton *m_live = nullptr;
    QRadioButton *m_nextBoot = nullptr;
    QLabel *m_changeReason = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Vantage
