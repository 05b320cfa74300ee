#include "core/operations.h"

#include "core/inventory.h"

namespace Vantage {

namespace {
struct OperationName
{
    PowerOperation operation;
    const char *name;
};
constexpr OperationName operationNames[] = {
    {PowerOperation::Start, "start"},        {PowerOperation::Shutdown, "shutdown"},
    {PowerOperation::PowerOff, "power_off"}, {PowerOperation::Reboot, "reboot"},
    {PowerOperation::Reset, "reset"},        {PowerOperation::Suspend, "suspend"},
    {PowerOperation::Resume, "resume"},
};
} // namespace

QList<PowerOperation> PowerOperations::all()
{
    QList<PowerOperation> operations;
    for (const OperationName &entry : operationNames)
        operations.append(entry.operation);
    return operations;
}

QString PowerOperations::name(PowerOperation operation)
{
    for (const OperationName &entry : operationNames) {
        if (entry.operation == operation)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<PowerOperation> PowerOperations::fromName(const QString &name)
{
    for (const OperationName &entry : operationNames) {
        if (name == QLatin1String(entry.name))
            return entry.operation;
    }
    return std::nullopt;
}

QString PowerOperations::displayName(PowerOperation operation)
{
    switch (operation) {
    case PowerOperation::Start:
        return tr("Start");
    case PowerOperation::Shutdown:
        return tr("Shut Down");
    case PowerOperation::PowerOff:
        return tr("Power Off");
    case PowerOperation::Reboot:
        return tr("Reboot");
    case PowerOperation::Reset:
        return tr("Reset");
    case PowerOperation::Suspend:
        return tr("Suspend");
    case PowerOperation::Resume:
        return tr("Resume");
    }
    return {};
}

bool PowerOperations::allowedIn(PowerOperation operation, const QString &powerState)
{
    const bool on = powerState == QLatin1String(PowerState::On);
    const bool off = powerState == QLatin1String(PowerState::Off) ||
                     powerState == QLatin1String(PowerState::Crashed);
    const bool suspended = powerState == QLatin1String(PowerState::Suspended) ||
                           powerState == QLatin1String(PowerState::Paused);
    const bool shuttingDown = powerState == QLatin1String(PowerState::ShuttingDown);
    switch (operation) {
    case PowerOperation::Start:
        return off;
    case PowerOperation::Shutdown:
    case PowerOperation::Reboot:
    case PowerOperation::Suspend:
        return on;
    case PowerOperation::PowerOff:
        // The way out of a guest that ignores its shutdown request.
        return on || suspended || shuttingDown;
    case PowerOperation::Reset:
        return on;
    case PowerOperation::Resume:
        return suspended;
    }
    return false;
}

bool PowerOperations::isDestructive(PowerOperation operation)
{
    return operation == PowerOperation::PowerOff || operation == PowerOperation::Reset;
}

QString PowerOperations::resultingState(PowerOperation operation)
{
    switch (operation) {
    case PowerOperation::Start:
    case PowerOperation::Reboot:
    case PowerOperation::Reset:
    case PowerOperation::Resume:
        return QString::fromLatin1(PowerState::On);
    case PowerOperation::Shutdown:
    case PowerOperation::PowerOff:
        return QString::fromLatin1(PowerState::Off);
    case PowerOperation::Suspend:
        return QString::fromLatin1(PowerState::Suspended);
    }
    return {};
}

} // namespace Vantage
