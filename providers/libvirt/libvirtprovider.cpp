#include "providers/libvirt/libvirtprovider.h"

#include "core/providerregistry.h"
#include "providers/libvirt/libvirtprovidertype.h"

namespace Vantage {

void registerLibvirtProvider()
{
    auto &registry = ProviderRegistry::instance();
    if (registry.find(LibvirtProviderType::typeId()))
        return;
    registry.registerType(std::make_unique<LibvirtProviderType>());
}

} // namespace Vantage
