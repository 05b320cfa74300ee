#pragma once

namespace Vantage {
// Registers every compiled-in provider type with the ProviderRegistry; safe to repeat.
void registerBuiltInProviders();
} // namespace Vantage
