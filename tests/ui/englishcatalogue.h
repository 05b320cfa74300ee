#pragma once

namespace Vantage::Testing {

// Installs translations/vantage_en.ts, compiled into the test: counts in the sources are numerus
// forms ("%n VM(s)") that only the English catalogue turns into "1 VM" and "2 VMs", as the
// application does. False when the catalogue is missing from the build.
bool installEnglishCatalogue();

} // namespace Vantage::Testing
