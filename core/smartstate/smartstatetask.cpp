#include "core/smartstate/smartstatetask.h"

#include "core/database.h"
#include "core/smartstate/smartstatescanner.h"
#include "core/smartstate/smartstatestore.h"

#include <QSqlQuery>

namespace Vantage {

QJsonObject SmartStateTaskSpec::toJson() const
{
    return {{QStringLiteral("manager_id"), managerId},
            {QStringLiteral("vm_ref"), vmEmsRef},
            {QStringLiteral("vm_name"), vmName},
            {QStringLiteral("allow_running"), allowRunning},
            {QStringLiteral("profile"), profile}};
}

SmartStateTaskSpec SmartStateTaskSpec::fromJson(const QJsonObject &json)
{
    SmartStateTaskSpec spec;
    spec.managerId = json.value(QStringLiteral("manager_id")).toInteger();
    spec.vmEmsRef = json.value(QStringLiteral("vm_ref")).toString();
    spec.vmName = json.value(QStringLiteral("vm_name")).toString();
    spec.allowRunning = json.value(QStringLiteral("allow_running")).toBool();
    spec.profile = json.value(QStringLiteral("profile")).toString(QStringLiteral("default"));
    return spec;
}

bool SmartStateTask::run(ManagerSession &session, const SmartStateTaskSpec &spec,
                         const CancelFlag &cancel, const ProgressCallback &progress, qint64 *scanId,
                         QString *error)
{
    *scanId = 0;
    const qint64 startedAt = nowMs();
    SmartStateResult result;
    const auto store = [&](const char *status, const QString &message) {
        QString storeError;
        *scanId = SmartStateStore::save(spec.managerId, spec.vmEmsRef, spec.vmName, startedAt,
                                        QLatin1String(status), message, result, &storeError);
        if (*scanId == 0)
            *error = message.isEmpty() ? storeError : message + u' ' + storeError;
        return *scanId != 0;
    };

    QSqlQuery query(Database::connection());
    query.prepare(
        QStringLiteral("SELECT power_state FROM vms WHERE manager_id = ? AND ems_ref = ?"));
    query.addBindValue(spec.managerId);
    query.addBindValue(spec.vmEmsRef);
    if (!query.exec() || !query.next()) {
        *error = tr("VM %1 is not in the inventory; refresh the provider and try again.")
                     .arg(spec.vmName);
        return false;
    }
    const QString powerState = query.value(0).toString();
    // An open statement keeps this connection on its snapshot; storing the scan later would then
    // fail at once with "database is locked" whenever another connection had written meanwhile.
    query.finish();
    const bool stopped = powerState == QLatin1String(PowerState::Off) ||
                         powerState == QLatin1String(PowerState::Crashed);
    if (!stopped && !spec.allowRunning) {
        *error = tr("VM %1 is running (%2): its disks change while they are read. Shut it "
                    "down first, or confirm a crash-consistent scan.")
                     .arg(spec.vmName, powerState);
        store(ScanStatus::Error, *error);
        return false;
    }

    QList<DiskSource> disks;
    ProviderError providerError;
    if (!session.diskSources(spec.vmEmsRef, &disks, &providerError)) {
        *error = tr("Cannot find the disks of %1: %2").arg(spec.vmName, providerError.toString());
        store(ScanStatus::Error, *error);
        return false;
    }
    SmartStateScanner scanner(SmartStateStore::profile(spec.profile));
    QString scanError;
    if (!scanner.scan(disks, cancel, progress, &result, &scanError)) {
        *error = scanError;
        store(cancel.isCancelled() ? ScanStatus::Cancelled : ScanStatus::Error, scanError);
        return false;
    }
    return store(ScanStatus::Ok, {});
}

RequestHandler SmartStateTask::handler()
{
    RequestHandler handler;
    handler.stopOnFailure = false;
    handler.runTask = [](RequestTaskContext &context, QString *error) {
        ManagerSession *session = context.session();
        if (!session) {
            *error = tr("The manager is not connected.");
            return false;
        }
        SmartStateTaskSpec spec = SmartStateTaskSpec::fromJson(context.task().spec);
        spec.managerId = context.request().managerId;
        CancelFlag cancel;
        QString lastStage;
        const auto progress = [&](const CollectProgress &step) {
            if (context.shouldStop())
                cancel.cancel();
            if (step.total > 0)
                context.setProgress(step.done * 100 / step.total);
            if (step.stage != lastStage) {
                lastStage = step.stage;
                context.log(step.stage);
            }
        };
        qint64 scanId = 0;
        const bool ok = run(*session, spec, cancel, progress, &scanId, error);
        if (scanId != 0)
            context.log(tr("Stored as scan %1.").arg(scanId));
        if (ok)
            context.setProgress(100);
        return ok;
    };
    return handler;
}

NewRequest SmartStateTask::request(qint64 managerId, const QList<QPair<QString, QString>> &vms,
                                   const QString &requester, bool allowRunning,
                                   const QString &profile)
{
    NewRequest request;
    request.type = QLatin1String(SmartStateRequest::Type);
    request.description = vms.size() == 1
                              ? tr("SmartState analysis of %1").arg(vms.first().second)
                              : tr("SmartState analysis of %n VM(s)", nullptr, int(vms.size()));
    request.requester = requester;
    request.managerId = managerId;
    for (const auto &[ref, name] : vms) {
        SmartStateTaskSpec spec{managerId, ref, name, allowRunning, profile};
        request.tasks.append({tr("Scan %1").arg(name), spec.toJson(), {}});
    }
    return request;
}

} // namespace Vantage
