#include "providers/vmware/vsphereprovider.h"

#include "core/providerregistry.h"
#include "providers/vmware/vsphereprovidertype.h"

namespace Vantage {

void registerVsphereProvider()
{
    auto &registry = ProviderRegistry::instance();
    if (registry.find(VsphereProviderType::typeId()))
        return;
    registry.registerType(std::make_unique<VsphereProviderType>());
}

} // namespace Vantage
