#pragma once

#include "core/provider.h"

namespace Vantage {

class VsphereClient;

// Watches property changes with WaitForUpdatesEx (stub, being built).
class VsphereUpdateWatcher
{
public:
    explicit VsphereUpdateWatcher(VsphereClient &client);
    bool start(const InventoryChangeCallback &onChanged, const ConnectionLostCallback &onLost,
               ProviderError *error);
    void stop();

private:
    VsphereClient &m_client;
};

} // namespace Vantage
