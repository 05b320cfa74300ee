#include "app/providers.h"

#include "providers/libvirt/libvirtprovider.h"

namespace Vantage {

void registerBuiltInProviders()
{
    registerLibvirtProvider();
}

} // namespace Vantage
