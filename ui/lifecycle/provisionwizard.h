#pragma once

#include "core/operations.h"
#include "core/requests.h"
#include "ui/lifecycle/managerinventory.h"

#include <QPointer>
#include <QWizard>

namespace Vantage {

class Supervisor;

// New VMs on one manager: Source (clone a shut-off VM or template, an image volume, or an ISO) →
// Name & count (web-{n} expands to web-1…web-N, each checked) → Hardware → Network & placement →
// Retirement → Summary. Every page checks its fields against the manager's cached inventory and
// says why next to the field; Next and Finish stay disabled until it is right. Finish submits one
// provision request with a task per VM.
class ProvisionWizard final : public QWizard
{
    Q_OBJECT

public:
    enum Page { SourcePage, NamePage, HardwarePage, PlacementPage, RetirementPage, SummaryPage };
    Q_ENUM(Page)

    enum class Source { Clone, Image, Iso };

    // managerId 0 picks the first manager that can create VMs; sourceVmRef preselects a clone.
    ProvisionWizard(Supervisor *supervisor, qint64 managerId, const QString &sourceVmRef = {},
                    QWidget *parent = nullptr);
    ~ProvisionWizard() override;

    int nextId() const override;
    void accept() override;

    const ManagerInventory &inventory() const { return m_inventory; }
    qint64 managerId() const { return m_inventory.managerId; }
    Source source() const;
    QString sourceRef() const; // a VM's or a volume's ems_ref
    QStringList names() const;
    // One spec per new VM, as Finish would submit them.
    QList<ProvisionSpec> specs() const;
    // 0 when not retiring; otherwise the moment, and the days of warning before it.
    qint64 retiresAtMs() const;
    int warnDays() const;
    NewRequest request() const;
    // The request Finish submitted; 0 before.
    qint64 requestId() const { return m_requestId; }

    // The disk size a VM from the chosen source gets when Hardware leaves it at 0.
    qint64 sourceDiskBytes() const;

    // The pages' controls, shared by the pages (defined in the .cpp).
    struct Pages;

signals:
    void submitted(qint64 requestId);
    void managerChanged();

private:
    void setManager(qint64 managerId);

    QPointer<Supervisor> m_supervisor;
    ManagerInventory m_inventory;
    qint64 m_requestId = 0;
    Pages *m_pages = nullptr; // Not owned: the pages are the wizard's children.
};

} // namespace Vantage
