#pragma once

#include "core/database.h"
#include "core/providerstore.h"
#include "core/requests.h"

#include "fakeprovider.h"

#include <QSqlQuery>
#include <QTest>

// What the request, retirement and service template tests share: a fake manager with VMs, in
// the inventory and in the fake manager alike.
namespace Vantage::Testing {

inline QVariant scalar(const QString &sql)
{
    QSqlQuery query(Database::connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

inline bool execSql(const QString &sql)
{
    QSqlQuery query(Database::connection());
    return query.exec(sql);
}

// Resets the fake manager to one host and `vms` VMs named vm0, vm1, ... ("vm-vm0" is the ref),
// running unless `off`.
inline void resetFakeManager(int vms, bool off = false)
{
    registerFakeProvider();
    QMutexLocker lock(&fakeInventory().mutex);
    fakeInventory().unreachable = false;
    fakeInventory().collection = {};
    fakeInventory().collection.hosts << HostRecord{QStringLiteral("h"), {}, QStringLiteral("host")};
    for (int i = 0; i < vms; ++i) {
        VmRecord vm;
        vm.emsRef = QStringLiteral("vm-vm%1").arg(i);
        vm.hostRef = QStringLiteral("h");
        vm.name = QStringLiteral("vm%1").arg(i);
        vm.powerState = QLatin1String(off ? PowerState::Off : PowerState::On);
        fakeInventory().collection.vms << vm;
    }
    fakeInventory().provisions = 0;
    fakeInventory().failProvisionAt = 0;
    fakeInventory().failingPower.clear();
    fakeInventory().ignoreShutdown = false;
    fakeInventory().operations.clear();
    fakeInventory().beforeOperation = nullptr;
}

inline QStringList fakeOperations()
{
    QMutexLocker lock(&fakeInventory().mutex);
    return fakeInventory().operations;
}

inline QString fakePowerState(const QString &vmRef)
{
    QMutexLocker lock(&fakeInventory().mutex);
    for (const VmRecord &vm : std::as_const(fakeInventory().collection.vms)) {
        if (vm.emsRef == vmRef)
            return vm.powerState;
    }
    return {};
}

inline qint64 addFakeManager(const QString &name = QStringLiteral("fake"))
{
    QString error;
    const auto id = ProviderStore::addProvider(
        {name, QStringLiteral("fake"), {QStringLiteral("fake://x")}, {}, {}}, &error);
    return id ? ProviderStore::managersOf(*id).first().id : 0;
}

// A VM row as a refresh would have written it.
inline void insertVmRow(qint64 managerId, const QString &ref, const QString &name,
                        const QString &powerState = QStringLiteral("on"))
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("INSERT INTO vms (manager_id, ems_ref, name, power_state, vcpus) "
                                 "VALUES (?, ?, ?, ?, 2)"));
    query.addBindValue(managerId);
    query.addBindValue(ref);
    query.addBindValue(name);
    query.addBindValue(powerState);
    QVERIFY(query.exec());
}

inline QString requestState(qint64 requestId)
{
    const auto request = RequestStore::request(requestId);
    return request ? request->state : QString();
}

} // namespace Vantage::Testing
