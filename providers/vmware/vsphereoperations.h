#pragma once

#include "core/provider.h"

namespace Vantage {

class VsphereClient;

// Lifecycle operations as vSphere tasks (stub, being built).
class VsphereOperations
{
public:
    explicit VsphereOperations(VsphereClient &client);
    bool powerOperation(const QString &vmRef, PowerOperation operation, ProviderError *error);
    bool provisionVm(const ProvisionSpec &spec, QString *vmRef, ProviderError *error);
    bool reconfigureVm(const QString &vmRef, const ReconfigureSpec &spec, ProviderError *error);
    bool removeVm(const QString &vmRef, bool deleteStorage, ProviderError *error);

private:
    VsphereClient &m_client;
};

} // namespace Vantage
