#include "providers/libvirt/libvirtprovider.h"

#include "core/providerregistry.h"
#include "providers/libvirt/libvirteventloop.h"
#include "providers/libvirt/libvirtprovidertype.h"

namespace Vantage {

void registerLibvirtProvider()
{
    // The event loop must exist before the first connection, whoever opens it.
    LibvirtEventLoop::ensureRunning();
    auto &registry = ProviderRegistry::instance();
    if (registry.find(LibvirtProviderType::typeId()))
        return;
    registry.registerType(std::make_unique<LibvirtProviderType>());
}

} // namespace Vantage
