#include "ui/lifecycle/managerinventory.h"

#include "core/database.h"
#include "core/providerregistry.h"
#include "core/providerstore.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace Vantage {

static QSqlQuery select(const QString &sql, qint64 managerId)
{
    QSqlQuery q(Database::connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(managerId);
    q.exec();
    return q;
}

ManagerInventory ManagerInventory::load(qint64 managerId)
{
    ManagerInventory inventory;
    inventory.managerId = managerId;
    if (const auto row = ProviderStore::manager(managerId)) {
        if (const ProviderType *type = ProviderRegistry::instance().find(row->type)) {
            inventory.volumeSources = type->provisionsFromVolumes();
            inventory.clonesRunning = type->clonesRunningVms();
        }
    }
    QSqlQuery q =
        select(QStringLiteral("SELECT ems_ref, name, cpu_threads, memory_bytes FROM hosts "
                              "WHERE manager_id = ? ORDER BY name COLLATE NOCASE"),
               managerId);
    while (q.next())
        inventory.hosts.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                                q.value(3).toLongLong()});
    q = select(QStringLiteral("SELECT ems_ref, name, available_bytes, active FROM storages "
                              "WHERE manager_id = ? ORDER BY name COLLATE NOCASE"),
               managerId);
    while (q.next())
        inventory.storages.append({q.value(0).toString(), q.value(1).toString(),
                                   q.value(2).toLongLong(), q.value(3).toBool()});
    q = select(QStringLiteral("SELECT ems_ref, name FROM networks WHERE manager_id = ? "
                              "ORDER BY name COLLATE NOCASE"),
               managerId);
    while (q.next())
        inventory.networks.append({q.value(0).toString(), q.value(1).toString()});
    q = select(QStringLiteral("SELECT v.id, v.ems_ref, v.name, h.ems_ref, v.power_state, "
                              "v.is_template, v.vcpus, v.memory_bytes FROM vms v "
                              "LEFT JOIN hosts h ON h.id = v.host_id WHERE v.manager_id = ? "
                              "ORDER BY v.name COLLATE NOCASE"),
               managerId);
    while (q.next()) {
        inventory.vms.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString(), q.value(5).toBool(),
                              q.value(6).toInt(), q.value(7).toLongLong()});
        inventory.vmNames.insert(inventory.vms.last().name.toLower());
    }
    q = select(QStringLiteral("SELECT v.ems_ref, v.name, s.ems_ref, v.capacity_bytes, v.path "
                              "FROM storage_volumes v JOIN storages s ON s.id = v.storage_id "
                              "WHERE v.manager_id = ? ORDER BY v.name COLLATE NOCASE"),
               managerId);
    while (q.next()) {
        const QString name = q.value(1).toString();
        const bool iso = name.endsWith(QLatin1String(".iso"), Qt::CaseInsensitive) ||
                         q.value(4).toString().endsWith(QLatin1String(".iso"), Qt::CaseInsensitive);
        inventory.volumes.append(
            {q.value(0).toString(), name, q.value(2).toString(), q.value(3).toLongLong(), iso});
    }
    return inventory;
}

const ManagerInventory::Host *ManagerInventory::host(const QString &ref) const
{
    for (const Host &h : hosts) {
        if (h.ref == ref)
            return &h;
    }
    return nullptr;
}

const ManagerInventory::Storage *ManagerInventory::storage(const QString &ref) const
{
    for (const Storage &s : storages) {
        if (s.ref == ref)
            return &s;
    }
    return nullptr;
}

const ManagerInventory::Vm *ManagerInventory::vm(const QString &ref) const
{
    for (const Vm &v : vms) {
        if (v.ref == ref)
            return &v;
    }
    return nullptr;
}

int ManagerInventory::maxThreads() const
{
    int most = 0;
    for (const Host &h : hosts)
        most = qMax(most, h.threads);
    return most;
}

qint64 ManagerInventory::maxMemoryBytes() const
{
    qint64 most = 0;
    for (const Host &h : hosts)
        most = qMax(most, h.memoryBytes);
    return most;
}

QList<OperableManager> operableManagers()
{
    QList<OperableManager> managers;
    for (const ManagerRow &row : ProviderStore::managers()) {
        const ProviderType *type = ProviderRegistry::instance().find(row.type);
        if (!type || !type->hasOperations())
            continue;
        managers.append({row.id, row.providerName == row.name
                                     ? row.name
                                     : row.providerName + QStringLiteral(" / ") + row.name});
    }
    return managers;
}

QString VmNames::problem(const QString &name)
{
    if (name.isEmpty())
        return tr("Enter a name.");
    if (name.size() > MaxLength)
        return tr("The name has %1 characters; at most %2 are allowed.")
            .arg(name.size())
            .arg(MaxLength);
    if (!name.front().isLetterOrNumber() || name.front().unicode() > 127)
        return tr("The name must start with a letter or digit.");
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._-]+$"));
    if (!allowed.match(name).hasMatch()) {
        QString bad;
        for (const QChar c : name) {
            if (!(c.unicode() < 128 &&
                  (c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-'))) {
                bad = c == u' ' ? tr("a space") : QStringLiteral("“%1”").arg(c);
                break;
            }
        }
        return tr("The name contains %1; use only letters, digits, dots, dashes and underscores.")
            .arg(bad);
    }
    return {};
}

bool VmNames::hasCounter(const QString &pattern)
{
    return pattern.contains(QLatin1String("{n}"));
}

QStringList VmNames::expand(const QString &pattern, int count)
{
    if (!hasCounter(pattern))
        return {pattern};
    QStringList names;
    names.reserve(count);
    for (int n = 1; n <= count; ++n)
        names.append(QString(pattern).replace(QLatin1String("{n}"), QString::number(n)));
    return names;
}

} // namespace Vantage
