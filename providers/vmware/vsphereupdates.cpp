#include "providers/vmware/vsphereupdates.h"

#include "providers/vmware/vsphereclient.h"

namespace Vantage {

VsphereUpdateWatcher::VsphereUpdateWatcher(VsphereClient &client)
    : m_client(client)
{}

bool VsphereUpdateWatcher::start(const InventoryChangeCallback &onChanged,
                                 const ConnectionLostCallback &onLost, ProviderError *error)
{
    Q_UNUSED(onChanged);
    Q_UNUSED(onLost);
    error->message = QStringLiteral("Not built yet.");
    return false;
}

void VsphereUpdateWatcher::stop() {}

} // namespace Vantage
