#pragma once

#include "core/provider.h"
#include <QCoreApplication>

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace Vantage {

struct ProviderRow
{
    qint64 id = 0;
    QString name;
    QString type;
    qint64 createdAt = 0;
};

struct ManagerRow
{
    qint64 id = 0;
    qint64 providerId = 0;
    QString providerName;
    QString kind;
    QString type;
    QString name;
    QStringList endpoints;
    QVariantMap options;
    QString credentialKey; // empty when the manager needs no credentials
    bool enabled = true;
    qint64 lastRefreshAt = 0;
    QString lastRefreshStatus; // "ok", "error", "running", or empty before the first refresh
    QString lastRefreshError;
    qint64 lastSuccessAt = 0;
};

// What the Add Provider wizard and `vantage provider add` collect.
struct ProviderSpec
{
    QString name;
    QString type;
    QStringList endpoints;
    QVariantMap options;
    Credentials credentials; // written to the keychain, never to the database

    // What a provider type needs to verify the spec before it is saved.
    ManagerConfig toConfig() const;
};

// Providers and their managers, on this thread's database connection. A provider of the
// compiled-in types has one manager; the model allows more (ManageIQ's cloud providers do).
class ProviderStore
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::ProviderStore)

public:
    // Validates (name free, type known, endpoints valid), stores credentials, writes the rows.
    static std::optional<qint64> addProvider(const ProviderSpec &spec, QString *error);
    // Credentials are replaced only when spec.credentials is not empty.
    static bool updateProvider(qint64 providerId, const ProviderSpec &spec, QString *error);
    // Deletes the provider, its managers and all their inventory, and their credentials.
    static bool removeProvider(qint64 providerId, QString *error);

    static QList<ProviderRow> providers();
    static std::optional<ProviderRow> providerByName(const QString &name);
    static QList<ManagerRow> managers();
    static QList<ManagerRow> managersOf(qint64 providerId);
    static std::optional<ManagerRow> manager(qint64 managerId);

    // The row plus its credentials from the keychain, ready for ProviderType::connect().
    static std::optional<ManagerConfig> configFor(const ManagerRow &row, QString *error);

    static bool recordRefreshStart(qint64 managerId);
    static bool recordRefreshEnd(qint64 managerId, bool ok, const QString &error, qint64 elapsedMs);
};

} // namespace Vantage
