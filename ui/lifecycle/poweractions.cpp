#include "ui/lifecycle/poweractions.h"

#include "core/supervisor.h"
#include "ui/inventorytreemodel.h"
#include "ui/lifecycle/lifecycleforms.h"

#include <QAction>
#include <QApplication>
#include <QHash>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTreeView>

namespace Vantage {

namespace {

struct OperationLook
{
    PowerOperation operation;
    const char *objectName;
    const char *icon;
    QStyle::StandardPixmap fallback;
    QKeySequence shortcut;
};

const QList<OperationLook> &looks()
{
    static const QList<OperationLook> all = {
        {PowerOperation::Start, "actionStart", "media-playback-start", QStyle::SP_MediaPlay,
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S)},
        {PowerOperation::Shutdown, "actionShutdown", "system-shutdown", QStyle::SP_MediaStop,
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D)},
        {PowerOperation::PowerOff, "actionPowerOff", "process-stop", QStyle::SP_BrowserStop,
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)},
        {PowerOperation::Reboot, "actionReboot", "system-reboot", QStyle::SP_BrowserReload,
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)},
        {PowerOperation::Reset, "actionReset", "view-refresh", QStyle::SP_BrowserReload,
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X)},
        {PowerOperation::Suspend, "actionSuspend", "media-playback-pause", QStyle::SP_MediaPause,
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
        {PowerOperation::Resume, "actionResume", "media-playback-start", QStyle::SP_MediaPlay,
         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)},
    };
    return all;
}

// At most this many names are spelled out in a confirmation; the rest are counted.
constexpr int NamesListed = 10;

QString nameList(const QList<PowerActions::Vm> &vms)
{
    QStringList names;
    for (int i = 0; i < vms.size() && i < NamesListed; ++i)
        names << vms.at(i).name;
    QString text = names.join(QStringLiteral(", "));
    if (vms.size() > NamesListed)
        text += u' ' + PowerActions::tr("and %n more", nullptr, int(vms.size()) - NamesListed);
    return text;
}

} // namespace

PowerActions::PowerActions(Supervisor *supervisor, QTreeView *view, QWidget *dialogParent)
    : QObject(view), m_supervisor(supervisor), m_view(view), m_dialogParent(dialogParent)
{
    for (const OperationLook &look : looks()) {
        const QString name = PowerOperations::displayName(look.operation);
        auto *action =
            new QAction(QIcon::fromTheme(QLatin1String(look.icon),
                                         QApplication::style()->standardIcon(look.fallback)),
                        name, this);
        action->setObjectName(QLatin1String(look.objectName));
        action->setShortcut(look.shortcut);
        action->setToolTip(tr("%1 the selected VMs (%2)")
                               .arg(name, look.shortcut.toString(QKeySequence::NativeText)));
        const PowerOperation operation = look.operation;
        connect(action, &QAction::triggered, this, [this, operation] { run(operation); });
        m_actions.append(action);
    }
    updateEnabled();
}

QAction *PowerActions::action(PowerOperation operation) const
{
    const QList<PowerOperation> all = PowerOperations::all();
    const qsizetype i = all.indexOf(operation);
    return i >= 0 && i < m_actions.size() ? m_actions.at(i) : nullptr;
}

QList<PowerActions::Vm> PowerActions::selectedVms() const
{
    QList<Vm> vms;
    if (!m_view->selectionModel())
        return vms;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    vms.reserve(rows.size());
    for (const QModelIndex &index : rows) {
        if (InventoryTreeModel::Kind(index.data(InventoryTreeModel::KindRole).toInt()) !=
            InventoryTreeModel::Kind::Vm)
            continue;
        Vm vm;
        vm.managerId = index.data(InventoryTreeModel::ManagerIdRole).toLongLong();
        vm.ref = index.data(InventoryTreeModel::EmsRefRole).toString();
        vm.name = index.data(Qt::DisplayRole).toString();
        vm.powerState = index.data(InventoryTreeModel::PowerStateRole).toString();
        vm.operable = index.data(InventoryTreeModel::HasOperationsRole).toBool() &&
                      !index.data(InventoryTreeModel::IsTemplateRole).toBool();
        vms.append(vm);
    }
    return vms;
}

bool PowerActions::allowed(PowerOperation operation, const QList<Vm> &vms)
{
    if (vms.isEmpty())
        return false;
    for (const Vm &vm : vms) {
        if (!vm.operable || !PowerOperations::allowedIn(operation, vm.powerState))
            return false;
    }
    return true;
}

QList<NewRequest> PowerActions::requestsFor(PowerOperation operation, const QList<Vm> &vms,
                                            const QString &requester)
{
    QList<qint64> managers; // in the order first selected
    QHash<qint64, QList<VmSelection>> byManager;
    for (const Vm &vm : vms) {
        if (!byManager.contains(vm.managerId))
            managers.append(vm.managerId);
        byManager[vm.managerId].append({vm.ref, vm.name});
    }
    QList<NewRequest> requests;
    for (qint64 managerId : std::as_const(managers))
        requests.append(powerRequest(managerId, operation, byManager.value(managerId), requester));
    return requests;
}

void PowerActions::updateEnabled(const QList<Vm> &selected)
{
    for (PowerOperation operation : PowerOperations::all())
        action(operation)->setEnabled(allowed(operation, selected));
}

bool PowerActions::confirm(PowerOperation operation, const QList<Vm> &vms)
{
    const QString display = PowerOperations::displayName(operation);
    const QString question = vms.size() == 1
                                 ? tr("%1 the VM “%2”?").arg(display, vms.first().name)
                                 : tr("%1 %n VM(s)?", nullptr, int(vms.size())).arg(display);
    QMessageBox box(QMessageBox::Warning, tr("%1 VMs").arg(display), question,
                    QMessageBox::NoButton, m_dialogParent);
    box.setObjectName(QStringLiteral("powerConfirmation"));
    QString info = operation == PowerOperation::Reset
                       ? tr("The guest restarts at once, as if its reset button were pressed.")
                       : tr("The guest stops at once, as if its power cord were pulled.");
    info += u' ' + tr("Whatever it had not written to disk is lost.");
    if (vms.size() > 1)
        info += QStringLiteral("\n\n") + nameList(vms);
    box.setInformativeText(info);
    QPushButton *yes = box.addButton(display, QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmPowerButton"));
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelPowerButton"));
    box.setDefaultButton(cancel);
    LifecycleForms::nameButtons(&box);
    box.exec();
    return box.clickedButton() == yes;
}

QList<qint64> PowerActions::run(PowerOperation operation)
{
    const QList<Vm> vms = selectedVms();
    QList<qint64> ids;
    if (!allowed(operation, vms))
        return ids;
    if (PowerOperations::isDestructive(operation) && !confirm(operation, vms))
        return ids;
    for (const NewRequest &request : requestsFor(operation, vms, LifecycleForms::requester())) {
        const qint64 id = LifecycleForms::submit(m_supervisor, request, m_dialogParent);
        if (id == 0)
            break;
        ids.append(id);
    }
    if (!ids.isEmpty())
        emit submitted(ids);
    return ids;
}

} // namespace Vantage
