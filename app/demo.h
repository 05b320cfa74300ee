#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Vantage {

// The built-in demo: a provider on libvirt's test driver with two hosts described by the XML
// files shipped in the resources.
class Demo
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::Demo)

public:
    static QString providerName();
    static QString defaultDatabasePath();

    // Writes the demo's test-driver files to the app-data folder and adds the demo provider if
    // the database has none by that name. The provider's id, or nothing with *error set.
    static std::optional<qint64> ensureProvider(QString *error);
};

} // namespace Vantage
