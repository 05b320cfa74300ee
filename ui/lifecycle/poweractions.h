#pragma once

#include "core/operations.h"
#include "core/requests.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QTreeView;
class QWidget;

namespace Vantage {

class Supervisor;

// Start, Shut Down, Power Off, Reboot, Reset, Suspend and Resume for the VMs selected in the
// inventory tree: one action each, enabled only when the operation is valid for every selected
// VM's power state and its provider implements operations. Triggering one asks first for the
// destructive ones, then submits one power request per manager. Everything is read from the
// model's roles, so 1,000 selected VMs cost no database round trip.
class PowerActions final : public QObject
{
    Q_OBJECT

public:
    struct Vm
    {
        qint64 managerId = 0;
        QString ref;
        QString name;
        QString powerState;
        bool operable = false; // a VM (not a template) of a provider with operations
    };

    PowerActions(Supervisor *supervisor, QTreeView *view, QWidget *dialogParent);

    QAction *action(PowerOperation operation) const;
    QList<QAction *> actions() const { return m_actions; }

    // The selected rows that are VMs, in view order.
    QList<Vm> selectedVms() const;
    static bool allowed(PowerOperation operation, const QList<Vm> &vms);
    // One request per manager, one task per VM (spec: vm_ref, vm_name).
    static QList<NewRequest> requestsFor(PowerOperation operation, const QList<Vm> &vms,
                                         const QString &requester);

    void updateEnabled() { updateEnabled(selectedVms()); }
    void updateEnabled(const QList<Vm> &selected);
    // Asks first when destructive; the ids of the requests submitted (none when declined).
    QList<qint64> run(PowerOperation operation);

signals:
    void submitted(const QList<qint64> &requestIds);

private:
    bool confirm(PowerOperation operation, const QList<Vm> &vms);

    QPointer<Supervisor> m_supervisor;
    QTreeView *m_view = nullptr;       // Not owned.
    QWidget *m_dialogParent = nullptr; // Not owned.
    QList<QAction *> m_actions;        // Owned (children), in PowerOperations::all() order.
};

} // namespace Vantage
