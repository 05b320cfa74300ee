#include "providers/vmware/vsphereoperations.h"

#include "providers/vmware/vsphereclient.h"

namespace Vantage {

VsphereOperations::VsphereOperations(VsphereClient &client)
    : m_client(client)
{}

bool VsphereOperations::powerOperation(const QString &vmRef, PowerOperation operation,
                                       ProviderError *error)
{
    Q_UNUSED(vmRef);
    Q_UNUSED(operation);
    error->message = QStringLiteral("Not built yet.");
    return false;
}

bool VsphereOperations::provisionVm(const ProvisionSpec &spec, QString *vmRef, ProviderError *error)
{
    Q_UNUSED(spec);
    Q_UNUSED(vmRef);
    error->message = QStringLiteral("Not built yet.");
    return false;
}

bool VsphereOperations::reconfigureVm(const QString &vmRef, const ReconfigureSpec &spec,
                                      ProviderError *error)
{
    Q_UNUSED(vmRef);
    Q_UNUSED(spec);
    error->message = QStringLiteral("Not built yet.");
    return false;
}

bool VsphereOperations::removeVm(const QString &vmRef, bool deleteStorage, ProviderError *error)
{
    Q_UNUSED(vmRef);
    Q_UNUSED(deleteStorage);
    error->message = QStringLiteral("Not built yet.");
    return false;
}

} // namespace Vantage
