#include "core/requesthandlers.h"

#include "core/database.h"
#include "core/provider.h"

#include <QElapsedTimer>
#include <QThread>

namespace Vantage {

namespace {

class RequestHandlers
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::RequestHandlers)

public:
    static bool provision(RequestTaskContext &context, QString *error);
    static void scheduleRetirementOfNew(RequestTaskContext &context, const QString &vmRef,
                                        const ProvisionSpec &spec);
    static bool removeProvisioned(RequestTaskContext &context, QString *error);
    static bool power(RequestTaskContext &context, QString *error);
    static bool reconfigure(RequestTaskContext &context, QString *error);
    static bool retire(RequestTaskContext &context, QString *error);
    static void retirementsFinished(const RequestRecord &request, const QList<TaskRecord> &tasks);
};

QString vmRefOf(const TaskRecord &task)
{
    return task.spec.value(QLatin1String(TaskKey::VmRef)).toString();
}

QString vmNameOf(const TaskRecord &task)
{
    const QString name = task.spec.value(QLatin1String(TaskKey::VmName)).toString();
    return name.isEmpty() ? vmRefOf(task) : name;
}

// The VM's power state as the manager has it now; *found false when the manager no longer has
// the VM.
bool readPowerState(ManagerSession *session, const QString &vmRef, QString *state, bool *found,
                    QString *error)
{
    InventoryCollection collection;
    ProviderError providerError;
    if (!session->collectTargets({{InventoryKind::Vm, vmRef}}, &collection, &providerError)) {
        *error = providerError.toString();
        return false;
    }
    *found = false;
    for (const VmRecord &vm : std::as_const(collection.vms)) {
        if (vm.emsRef == vmRef) {
            *found = true;
            *state = vm.powerState;
        }
    }
    return true;
}

// A manager's operation as part of the request task: its progress as the task's, mapped into
// [from, to] percent (a step of a longer task moves the bar only through its own part).
OperationControl taskProgress(RequestTaskContext &context, int from = 0, int to = 100)
{
    OperationControl control;
    control.progress = [&context, from, to](const CollectProgress &progress) {
        if (progress.total > 0)
            context.setProgress(from + int(qint64(to - from) * progress.done / progress.total));
    };
    return control;
}

// The same, also stopped when the request is cancelled or the runner stops: for provisioning
// only, which removes what it made when stopped and runs again in full when the request resumes.
// Other operations are short, or would not be undone by stopping (a reconfiguration that goes
// on in the manager, a removal a cancel's undo needs to finish).
OperationControl stoppable(RequestTaskContext &context)
{
    OperationControl control = taskProgress(context);
    control.stopRequested = [&context] { return context.shouldStop(); };
    return control;
}

bool powerOff(RequestTaskContext &context, const QString &vmRef, QString *error)
{
    ProviderError providerError;
    if (!context.session()->powerOperation(vmRef, PowerOperation::PowerOff, &providerError)) {
        *error = providerError.toString();
        return false;
    }
    context.log(RequestHandlers::tr("Powered off."));
    return true;
}

// Removes a VM, powering it off first when it is not off; a VM already gone counts as removed.
bool removeVm(RequestTaskContext &context, const QString &vmRef, bool deleteStorage, QString *error,
              const OperationControl &control)
{
    QString state;
    bool found = false;
    if (!readPowerState(context.session(), vmRef, &state, &found, error))
        return false;
    if (!found) {
        context.log(RequestHandlers::tr("The VM is gone already."));
        context.refreshVm(vmRef);
        return true;
    }
    if (state != QLatin1String(PowerState::Off) && !powerOff(context, vmRef, error))
        return false;
    ProviderError providerError;
    if (!context.session()->removeVm(vmRef, deleteStorage, &providerError, control)) {
        *error = providerError.toString();
        return false;
    }
    context.log(deleteStorage ? RequestHandlers::tr("Removed with its storage.")
                              : RequestHandlers::tr("Removed; its storage was kept."));
    context.refreshVm(vmRef);
    return true;
}

// A VM retired by a request nobody scheduled (Retire now) gets its retirement row first, so it
// stays listed as retired with what it was; a scheduled one is taken over by this request.
void keepRetirementRecord(RequestTaskContext &context, const QString &vmRef, bool deleteStorage)
{
    const qint64 managerId = context.request().managerId;
    QString error;
    auto retirement = RetirementStore::retirement(managerId, vmRef);
    if (!retirement || (retirement->state != QLatin1String("retiring") &&
                        retirement->state != QLatin1String("retired"))) {
        if (!RetirementStore::schedule(managerId, vmRef, nowMs(), 0, deleteStorage, &error))
            context.log(RequestHandlers::tr("No retirement record kept: %1").arg(error));
        retirement = RetirementStore::retirement(managerId, vmRef);
    }
    if (retirement && retirement->state != QLatin1String("retired") &&
        retirement->requestId != context.request().id &&
        !RetirementStore::markRetiring({retirement->id}, context.request().id, &error))
        context.log(error);
}

bool RequestHandlers::provision(RequestTaskContext &context, QString *error)
{
    const ProvisionSpec spec = provisionSpecFromJson(context.task().spec);
    const QString invalid = validateProvisionSpec(spec);
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    context.log(tr("Creating VM %1.").arg(spec.name));
    QString vmRef;
    ProviderError providerError;
    if (!context.session()->provisionVm(spec, &vmRef, &providerError, stoppable(context))) {
        *error = providerError.toString();
        return false;
    }
    context.setResultRef(vmRef);
    context.refreshVm(vmRef);
    context.log(tr("Created VM %1.").arg(spec.name));
    scheduleRetirementOfNew(context, vmRef, spec);
    return true;
}

void RequestHandlers::scheduleRetirementOfNew(RequestTaskContext &context, const QString &vmRef,
                                              const ProvisionSpec &spec)
{
    const QJsonObject &taskSpec = context.task().spec;
    const qint64 retiresAt = taskSpec.value(QLatin1String("retires_at")).toInteger();
    if (retiresAt <= 0)
        return;
    const QJsonObject knownVm{{QStringLiteral("name"), spec.name},
                              {QStringLiteral("vcpus"), spec.vcpus},
                              {QStringLiteral("memory_bytes"), double(spec.memoryBytes)}};
    QString error;
    // The VM exists and works: a retirement that could not be kept is logged, not a failure.
    if (RetirementStore::schedule(context.request().managerId, vmRef, retiresAt,
                                  taskSpec.value(QLatin1String("warn_days")).toInt(), false, &error,
                                  knownVm))
        context.log(tr("Retirement of %1 scheduled.").arg(spec.name));
    else
        context.log(tr("The retirement of %1 was not scheduled: %2").arg(spec.name, error));
}

bool RequestHandlers::removeProvisioned(RequestTaskContext &context, QString *error)
{
    const QString vmRef = context.task().resultEmsRef;
    if (vmRef.isEmpty())
        return true;
    if (!removeVm(context, vmRef, true, error, taskProgress(context)))
        return false;
    // A retirement date given in the wizard must not outlive the VM it was for.
    QString unscheduleError;
    if (!RetirementStore::unschedule(context.request().managerId, vmRef, &unscheduleError))
        context.log(unscheduleError);
    return true;
}

bool RequestHandlers::power(RequestTaskContext &context, QString *error)
{
    const QString name =
        context.request().options.value(QLatin1String(RequestOption::Operation)).toString();
    const auto operation = PowerOperations::fromName(name);
    if (!operation) {
        *error = tr("The request names no known power operation (“%1”).").arg(name);
        return false;
    }
    const QString vmRef = vmRefOf(context.task());
    if (vmRef.isEmpty()) {
        *error = tr("The task names no VM.");
        return false;
    }
    ProviderError providerError;
    if (!context.session()->powerOperation(vmRef, *operation, &providerError,
                                           taskProgress(context))) {
        *error = tr("%1: %2").arg(vmNameOf(context.task()), providerError.toString());
        return false;
    }
    context.refreshVm(vmRef);
    return true;
}

bool RequestHandlers::reconfigure(RequestTaskContext &context, QString *error)
{
    const QString vmRef = vmRefOf(context.task());
    if (vmRef.isEmpty()) {
        *error = tr("The task names no VM.");
        return false;
    }
    const ReconfigureSpec spec = reconfigureSpecFromJson(context.task().spec);
    const QString invalid = validateReconfigureSpec(spec);
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    ProviderError providerError;
    if (!context.session()->reconfigureVm(vmRef, spec, &providerError, taskProgress(context))) {
        *error = providerError.toString();
        return false;
    }
    context.log(spec.live ? tr("Reconfigured, live and in its definition.")
                          : tr("Reconfigured; takes effect at the next boot."));
    context.refreshVm(vmRef);
    return true;
}

bool RequestHandlers::retire(RequestTaskContext &context, QString *error)
{
    const QString vmRef = vmRefOf(context.task());
    const QString vmName = vmNameOf(context.task());
    if (vmRef.isEmpty()) {
        *error = tr("The task names no VM.");
        return false;
    }
    const bool deleteStorage =
        context.task().spec.value(QLatin1String(TaskKey::DeleteStorage)).toBool();
    keepRetirementRecord(context, vmRef, deleteStorage);
    ManagerSession *session = context.session();
    QString state;
    bool found = false;
    if (!readPowerState(session, vmRef, &state, &found, error))
        return false;
    if (found && state == QLatin1String(PowerState::On)) {
        ProviderError providerError;
        if (session->powerOperation(vmRef, PowerOperation::Shutdown, &providerError)) {
            context.log(tr("Asked the guest to shut down."));
            context.setProgress(10);
            // The guest takes its time; past the timeout it is powered off.
            const auto &settings = context.settings();
            QElapsedTimer waited;
            waited.start();
            QElapsedTimer sincePoll;
            sincePoll.start();
            while (state != QLatin1String(PowerState::Off) && found &&
                   waited.elapsed() < settings.shutdownTimeout.count()) {
                if (context.shouldStop()) {
                    *error = tr("Stopped while waiting for %1 to shut down.").arg(vmName);
                    return false;
                }
                QThread::msleep(std::min<qint64>(100, settings.shutdownPoll.count()));
                if (sincePoll.elapsed() < settings.shutdownPoll.count())
                    continue;
                sincePoll.restart();
                if (!readPowerState(session, vmRef, &state, &found, error))
                    return false;
                // Progress through the wait, which also tells the supervisor the runner lives.
                context.setProgress(10 +
                                    int(40 * waited.elapsed() /
                                        std::max<qint64>(1, settings.shutdownTimeout.count())));
            }
            if (state == QLatin1String(PowerState::Off))
                context.log(tr("The guest shut down."));
            else if (found)
                context.log(tr("The guest did not shut down within %n second(s).", nullptr,
                               int(settings.shutdownTimeout.count() / 1000)));
        } else {
            context.log(
                tr("The guest could not be asked to shut down: %1").arg(providerError.toString()));
        }
    }
    context.setProgress(50);
    if (!removeVm(context, vmRef, deleteStorage, error, taskProgress(context, 50, 100)))
        return false;
    if (!RetirementStore::markRetired(context.request().managerId, vmRef, context.request().id,
                                      error))
        return false;
    context.storeEvent(QStringLiteral("vm_retired"), vmRef, vmName,
                       deleteStorage ? tr("VM %1 retired; its storage was deleted.").arg(vmName)
                                     : tr("VM %1 retired.").arg(vmName));
    return true;
}

void RequestHandlers::retirementsFinished(const RequestRecord &request,
                                          const QList<TaskRecord> &tasks)
{
    for (const TaskRecord &task : tasks) {
        if (task.status == QLatin1String(RequestStatus::Ok))
            continue;
        QString error;
        RetirementStore::markFailed(request.managerId, vmRefOf(task),
                                    task.message.isEmpty() ? request.message : task.message,
                                    &error);
    }
}

} // namespace

void registerBuiltInRequestHandlers(QHash<QString, RequestHandler> *handlers)
{
    RequestHandler provision;
    provision.runTask = &RequestHandlers::provision;
    provision.undoTask = &RequestHandlers::removeProvisioned;
    handlers->insert(QString::fromLatin1(RequestType::Provision), provision);
    handlers->insert(QString::fromLatin1(RequestType::Service), provision);

    RequestHandler power;
    power.runTask = &RequestHandlers::power;
    power.stopOnFailure = false;
    handlers->insert(QString::fromLatin1(RequestType::Power), power);

    RequestHandler reconfigure;
    reconfigure.runTask = &RequestHandlers::reconfigure;
    handlers->insert(QString::fromLatin1(RequestType::Reconfigure), reconfigure);

    RequestHandler retire;
    retire.runTask = &RequestHandlers::retire;
    retire.stopOnFailure = false;
    retire.finished = &RequestHandlers::retirementsFinished;
    handlers->insert(QString::fromLatin1(RequestType::Retire), retire);
}

} // namespace Vantage
