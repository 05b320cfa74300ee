#include "providers/libvirt/libvirtdomainstate.h"

#include "core/inventory.h"

#include <libvirt/libvirt.h>

namespace Vantage::LibvirtDomainState {

QString powerState(int virDomainState)
{
    switch (virDomainState) {
    case VIR_DOMAIN_RUNNING:
    case VIR_DOMAIN_BLOCKED:
        return QLatin1StringView(PowerState::On);
    case VIR_DOMAIN_PAUSED:
        return QLatin1StringView(PowerState::Paused);
    case VIR_DOMAIN_SHUTDOWN:
        return QLatin1StringView(PowerState::ShuttingDown);
    case VIR_DOMAIN_SHUTOFF:
        return QLatin1StringView(PowerState::Off);
    case VIR_DOMAIN_CRASHED:
        return QLatin1StringView(PowerState::Crashed);
    case VIR_DOMAIN_PMSUSPENDED:
        return QLatin1StringView(PowerState::Suspended);
    default:
        return QLatin1StringView(PowerState::Unknown);
    }
}

} // namespace Vantage::LibvirtDomainState
