#pragma once

#include "core/database.h"
#include "core/providerregistry.h"
#include "core/providerstore.h"
#include "tests/support/benchmark.h"

#include <QSqlQuery>
#include <QString>

// A database with one manager and its VM rows, for the store, task and panel tests.
namespace Vantage::Testing {

inline qint64 addSmartStateManager()
{
    // A second registration is refused and harmless.
    ProviderRegistry::instance().registerType(
        std::make_unique<InertProviderType>(QStringLiteral("smartstatetest")));
    QString error;
    const auto id = ProviderStore::addProvider({QStringLiteral("scan"),
                                                QStringLiteral("smartstatetest"),
                                                {QStringLiteral("test://scan")},
                                                {},
                                                {}},
                                               &error);
    return id ? ProviderStore::managersOf(*id).first().id : 0;
}

inline bool addVmRow(qint64 managerId, const QString &ref, const QString &name,
                     const QString &powerState)
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral(
        "INSERT INTO vms (manager_id, ems_ref, name, power_state) VALUES (?, ?, ?, ?)"));
    query.addBindValue(managerId);
    query.addBindValue(ref);
    query.addBindValue(name);
    query.addBindValue(powerState);
    return query.exec();
}

} // namespace Vantage::Testing
