#include "app/providers.h"

#include "providers/libvirt/libvirtprovider.h"
#include "providers/vmware/vsphereprovider.h"

namespace Vantage {

void registerBuiltInProviders()
{
    registerLibvirtProvider();
    registerVsphereProvider();
}

} // namespace Vantage
