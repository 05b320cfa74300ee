#include "core/inventoryids.h"

#include "core/events.h"

namespace Vantage {

qint64 InventoryIdLookup::idOf(qint64 managerId, InventoryKind kind, const QString &emsRef)
{
    if (emsRef.isEmpty())
        return 0;
    const QString key =
        QString::number(managerId) + u'/' + QString::number(int(kind)) + u'/' + emsRef;
    const auto known = m_known.constFind(key);
    if (known != m_known.constEnd())
        return *known;
    auto query = m_queries.find(kind);
    if (query == m_queries.end()) {
        query = m_queries.insert(kind, QSqlQuery(m_db));
        query->prepare(QStringLiteral("SELECT id FROM %1 WHERE manager_id = ? AND ems_ref = ?")
                           .arg(inventoryTableName(kind)));
    }
    query->addBindValue(managerId);
    query->addBindValue(emsRef);
    qint64 id = 0;
    if (query->exec() && query->next())
        id = query->value(0).toLongLong();
    query->finish();
    m_known.insert(key, id);
    return id;
}

} // namespace Vantage
