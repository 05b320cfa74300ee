#pragma once

namespace Vantage {

// Adds the "vmware" provider type to ProviderRegistry::instance(). Safe to call more than once:
// the registry keeps the first registration.
void registerVsphereProvider();

} // namespace Vantage
