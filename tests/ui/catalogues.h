#pragma once

#include <QString>

class QTranslator;

namespace Vantage::Testing {

// Installs translations/vantage_<language>.ts, compiled into the tests as the application has it.
// The sources count with numerus forms ("%n VM(s)") that only the English catalogue turns into
// "1 VM" and "2 VMs", so UI tests install "en" first. Returns the installed translator, owned by
// the application (remove and delete it to go back), or nullptr when that catalogue is missing.
QTranslator *installCatalogue(const QString &language);

} // namespace Vantage::Testing
