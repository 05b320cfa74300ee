#pragma once

namespace Vantage {

// Adds the "libvirt" provider type to ProviderRegistry::instance(). Safe to call more than once:
// the registry keeps the first registration.
void registerLibvirtProvider();

} // namespace Vantage
