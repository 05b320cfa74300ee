#include "core/providerstore.h"

#include "core/credentialstore.h"
#include "core/database.h"
#include "core/logging.h"
#include "core/providerregistry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Vantage {

namespace {

const QString managerColumns =
    QStringLiteral("m.id, m.provider_id, p.name, m.kind, m.type, m.name, m.endpoints, m.options, "
                   "m.credential_key, m.enabled, m.last_refresh_at, m.last_refresh_status, "
                   "m.last_refresh_error, m.last_success_at");

ManagerRow managerFrom(const QSqlQuery &query)
{
    ManagerRow row;
    row.id = query.value(0).toLongLong();
    row.providerId = query.value(1).toLongLong();
    row.providerName = query.value(2).toString();
    row.kind = query.value(3).toString();
    row.type = query.value(4).toString();
    row.name = query.value(5).toString();
    for (const QJsonValue &endpoint :
         QJsonDocument::fromJson(query.value(6).toString().toUtf8()).array())
        row.endpoints << endpoint.toString();
    row.options =
        QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object().toVariantMap();
    row.credentialKey = query.value(8).toString();
    row.enabled = query.value(9).toBool();
    row.lastRefreshAt = query.value(10).toLongLong();
    row.lastRefreshStatus = query.value(11).toString();
    row.lastRefreshError = query.value(12).toString();
    row.lastSuccessAt = query.value(13).toLongLong();
    return row;
}

QList<ManagerRow> selectManagers(const QString &where, const QVariantList &values)
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("SELECT ") + managerColumns +
                  QStringLiteral(" FROM managers m JOIN providers p ON p.id = m.provider_id ") +
                  where + QStringLiteral(" ORDER BY p.name, m.name"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<ManagerRow> rows;
    if (!query.exec()) {
        qCWarning(lcDatabase) << "reading managers failed:" << query.lastError().text();
        return rows;
    }
    while (query.next())
        rows << managerFrom(query);
    return rows;
}

QString endpointsJson(const QStringList &endpoints)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(endpoints)).toJson(QJsonDocument::Compact));
}

QString optionsJson(const QVariantMap &options)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(options)).toJson(QJsonDocument::Compact));
}

// Checks what can be checked without connecting. *type gets the provider type.
bool validate(const ProviderSpec &spec, const ProviderType **type, QString *error)
{
    if (spec.name.trimmed().isEmpty()) {
        *error = ProviderStore::tr("Give the provider a name.");
        return false;
    }
    *type = ProviderRegistry::instance().find(spec.type);
    if (!*type) {
        *error = ProviderStore::tr("Unknown provider type \"%1\".").arg(spec.type);
        return false;
    }
    if (spec.endpoints.isEmpty()) {
        *error =
            ProviderStore::tr("Give at least one %1.").arg((*type)->endpointDescription().label);
        return false;
    }
    for (const QString &endpoint : spec.endpoints) {
        const QString problem = (*type)->validateEndpoint(endpoint);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
    }
    return true;
}

bool failed(const QSqlQuery &query, QString *error)
{
    *error = ProviderStore::tr("The database refused the change: %1").arg(query.lastError().text());
    return false;
}

} // namespace

ManagerConfig ProviderSpec::toConfig() const
{
    ManagerConfig config;
    config.providerName = name;
    config.type = type;
    config.name = name;
    config.endpoints = endpoints;
    config.options = options;
    config.credentials = credentials;
    return config;
}

std::optional<qint64> ProviderStore::addProvider(const ProviderSpec &spec, QString *error)
{
    const ProviderType *type = nullptr;
    if (!validate(spec, &type, error))
        return std::nullopt;
    const QString name = spec.name.trimmed();
    if (providerByName(name)) {
        *error = ProviderStore::tr("A provider named \"%1\" exists already; choose another name.")
                     .arg(name);
        return std::nullopt;
    }
    QString credentialKey;
    if (!spec.credentials.isEmpty()) {
        credentialKey = CredentialStore::newKey();
        if (!CredentialStore::write(credentialKey, spec.credentials, error))
            return std::nullopt;
    }
    QSqlDatabase db = Database::connection();
    db.transaction();
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO providers (name, type, created_at) VALUES (?, ?, ?)"));
    query.addBindValue(name);
    query.addBindValue(spec.type);
    query.addBindValue(nowMs());
    bool ok = query.exec();
    const qint64 providerId = query.lastInsertId().toLongLong();
    if (ok) {
        query.prepare(QStringLiteral(
            "INSERT INTO managers (provider_id, kind, type, name, endpoints, options, "
            "credential_key) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(providerId);
        query.addBindValue(type->managerKind());
        query.addBindValue(spec.type);
        query.addBindValue(name);
        query.addBindValue(endpointsJson(spec.endpoints));
        query.addBindValue(optionsJson(spec.options));
        query.addBindValue(credentialKey.isEmpty() ? QVariant() : QVariant(credentialKey));
        ok = query.exec();
    }
    if (!ok || !db.commit()) {
        failed(query, error);
        db.rollback();
        QString ignored;
        if (!credentialKey.isEmpty())
            CredentialStore::remove(credentialKey, &ignored);
        return std::nullopt;
    }
    return providerId;
}

bool ProviderStore::updateProvider(qint64 providerId, const ProviderSpec &spec, QString *error)
{
    const ProviderType *type = nullptr;
    if (!validate(spec, &type, error))
        return false;
    const QString name = spec.name.trimmed();
    if (const auto other = providerByName(name); other && other->id != providerId) {
        *error = ProviderStore::tr("A provider named \"%1\" exists already; choose another name.")
                     .arg(name);
        return false;
    }
    const QList<ManagerRow> managers = managersOf(providerId);
    if (managers.isEmpty()) {
        *error = ProviderStore::tr("That provider no longer exists.");
        return false;
    }
    const ManagerRow &manager = managers.first();
    QString credentialKey = manager.credentialKey;
    if (!spec.credentials.isEmpty()) {
        if (credentialKey.isEmpty())
            credentialKey = CredentialStore::newKey();
        if (!CredentialStore::write(credentialKey, spec.credentials, error))
            return false;
    }
    QSqlDatabase db = Database::connection();
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE providers SET name = ? WHERE id = ?"));
    query.addBindValue(name);
    query.addBindValue(providerId);
    bool ok = query.exec();
    if (ok) {
        query.prepare(QStringLiteral("UPDATE managers SET name = ?, endpoints = ?, options = ?, "
                                     "credential_key = ? WHERE id = ?"));
        query.addBindValue(name);
        query.addBindValue(endpointsJson(spec.endpoints));
        query.addBindValue(optionsJson(spec.options));
        query.addBindValue(credentialKey.isEmpty() ? QVariant() : QVariant(credentialKey));
        query.addBindValue(manager.id);
        ok = query.exec();
    }
    if (!ok || !db.commit()) {
        db.rollback();
        return failed(query, error);
    }
    return true;
}

bool ProviderStore::removeProvider(qint64 providerId, QString *error)
{
    const QList<ManagerRow> managers = managersOf(providerId);
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("DELETE FROM providers WHERE id = ?"));
    query.addBindValue(providerId);
    if (!query.exec())
        return failed(query, error);
    // The rows are gone whatever the keyring says; a secret left behind is only logged.
    for (const ManagerRow &manager : managers) {
        QString problem;
        if (!manager.credentialKey.isEmpty() &&
            !CredentialStore::remove(manager.credentialKey, &problem))
            qCWarning(lcCredentials) << "credentials left in the keyring:" << problem;
    }
    return true;
}

QList<ProviderRow> ProviderStore::providers()
{
    QList<ProviderRow> rows;
    QSqlQuery query(Database::connection());
    if (!query.exec(
            QStringLiteral("SELECT id, name, type, created_at FROM providers ORDER BY name")))
        return rows;
    while (query.next()) {
        rows << ProviderRow{query.value(0).toLongLong(), query.value(1).toString(),
                            query.value(2).toString(), query.value(3).toLongLong()};
    }
    return rows;
}

std::optional<ProviderRow> ProviderStore::providerByName(const QString &name)
{
    QSqlQuery query(Database::connection());
    query.prepare(
        QStringLiteral("SELECT id, name, type, created_at FROM providers WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return ProviderRow{query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toLongLong()};
}

QList<ManagerRow> ProviderStore::managers()
{
    return selectManagers(QString(), {});
}

QList<ManagerRow> ProviderStore::managersOf(qint64 providerId)
{
    return selectManagers(QStringLiteral("WHERE m.provider_id = ?"), {providerId});
}

std::optional<ManagerRow> ProviderStore::manager(qint64 managerId)
{
    const QList<ManagerRow> rows = selectManagers(QStringLiteral("WHERE m.id = ?"), {managerId});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

std::optional<ManagerConfig> ProviderStore::configFor(const ManagerRow &row, QString *error)
{
    ManagerConfig config;
    config.id = row.id;
    config.providerName = row.providerName;
    config.type = row.type;
    config.name = row.name;
    config.endpoints = row.endpoints;
    config.options = row.options;
    if (!row.credentialKey.isEmpty() &&
        !CredentialStore::read(row.credentialKey, &config.credentials, error))
        return std::nullopt;
    return config;
}

bool ProviderStore::recordRefreshStart(qint64 managerId)
{
    QSqlQuery query(Database::connection());
    query.prepare(
        QStringLiteral("UPDATE managers SET last_refresh_status = 'running' WHERE id = ?"));
    query.addBindValue(managerId);
    return query.exec();
}

bool ProviderStore::recordRefreshEnd(qint64 managerId, bool ok, const QString &error,
                                     qint64 elapsedMs)
{
    QSqlQuery query(Database::connection());
    const qint64 now = nowMs();
    query.prepare(QStringLiteral(
        "UPDATE managers SET last_refresh_at = ?, last_refresh_status = ?, last_refresh_error = ?, "
        "last_refresh_ms = ?, last_success_at = CASE WHEN ? THEN ? ELSE last_success_at END "
        "WHERE id = ?"));
    query.addBindValue(now);
    query.addBindValue(ok ? QStringLiteral("ok") : QStringLiteral("error"));
    query.addBindValue(ok ? QVariant() : QVariant(error));
    query.addBindValue(elapsedMs);
    query.addBindValue(ok ? 1 : 0);
    query.addBindValue(now);
    query.addBindValue(managerId);
    return query.exec();
}

} // namespace Vantage
