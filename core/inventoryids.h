#pragma once

#include "core/inventory.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace Vantage {

// Row ids of inventory objects by (manager, kind, ems_ref), for writers that receive objects by
// their manager's reference (events, metric samples). A batch usually names few objects many
// times, so each is looked up once. 0 when the object is not in the inventory (yet).
class InventoryIdLookup
{
public:
    explicit InventoryIdLookup(QSqlDatabase db) : m_db(db) {}

    qint64 idOf(qint64 managerId, InventoryKind kind, const QString &emsRef);

private:
    QSqlDatabase m_db;
    QHash<QString, qint64> m_known;
    QHash<InventoryKind, QSqlQuery> m_queries;
};

} // namespace Vantage
