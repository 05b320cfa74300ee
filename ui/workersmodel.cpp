#include "ui/workersmodel.h"

#include "core/database.h"
#include "ui/timeformat.h"

#include <QBrush>
#include <QColor>
#include <QSqlQuery>

namespace Vantage {

WorkersModel::WorkersModel(QObject *parent) : QAbstractTableModel(parent) {}

void WorkersModel::reload()
{
    QList<Row> fresh;
    QSqlQuery q(Database::connection());
    q.setForwardOnly(true);
    q.exec(QStringLiteral(
        "SELECT w.id, w.kind, p.name, m.name, w.thread, w.status, w.started_at, w.heartbeat_at, "
        "w.restart_count, w.last_error FROM workers w "
        "LEFT JOIN managers m ON m.id = w.manager_id "
        "LEFT JOIN providers p ON p.id = m.provider_id ORDER BY w.id"));
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.kind = q.value(1).toString();
        const QString provider = q.value(2).toString();
        const QString manager = q.value(3).toString();
        r.manager = provider.isEmpty() || manager == provider || manager.isEmpty()
                        ? (provider.isEmpty() ? manager : provider)
                        : provider + QStringLiteral(" / ") + manager;
        r.thread = q.value(4).toString();
        r.status = q.value(5).toString();
        r.startedAt = q.value(6).toLongLong();
        r.heartbeatAt = q.value(7).toLongLong();
        r.restarts = q.value(8).toInt();
        r.lastError = q.value(9).toString();
        fresh.append(r);
    }
    m_now = nowMs();

    // Rows are ordered by id on both sides: merge them.
    int i = 0;
    for (const Row &r : std::as_const(fresh)) {
        while (i < m_rows.size() && m_rows[i].id < r.id) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
        if (i < m_rows.size() && m_rows[i].id == r.id) {
            if (!(m_rows[i] == r)) {
                m_rows[i] = r;
                emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, r);
            endInsertRows();
        }
        ++i;
    }
    if (i < m_rows.size()) {
        beginRemoveRows({}, i, int(m_rows.size()) - 1);
        m_rows.erase(m_rows.begin() + i, m_rows.end());
        endRemoveRows();
    }
    // Ages move on even when no row changed.
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StartedColumn), index(int(m_rows.size()) - 1, HeartbeatColumn));
}

int WorkersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows[index.row()];
    if (role == IdRole)
        return r.id;
    if (role == Qt::ForegroundRole && index.column() == StatusColumn &&
        (r.status == QLatin1String("failed") || r.status == QLatin1String("error")))
        return QBrush(QColor(0xc6, 0x28, 0x28));
    if (role == Qt::ToolTipRole && index.column() == ErrorColumn && !r.lastError.isEmpty())
        return r.lastError;
    if (role == Qt::ToolTipRole && index.column() == StartedColumn)
        return TimeFormat::dateTime(r.startedAt);
    if (role == Qt::ToolTipRole && index.column() == HeartbeatColumn)
        return TimeFormat::dateTime(r.heartbeatAt);
    if (role == SortKeyRole) {
        switch (index.column()) {
        case StartedColumn:
            return r.startedAt;
        case HeartbeatColumn:
            // Oldest heartbeat first when ascending by age.
            return r.heartbeatAt > 0 ? m_now - r.heartbeatAt : std::numeric_limits<qint64>::max();
        case RestartsColumn:
            return r.restarts;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return r.kind;
    case ManagerColumn:
        return r.manager;
    case ThreadColumn:
        return r.thread;
    case StatusColumn:
        return r.status;
    case StartedColumn:
        return r.startedAt > 0 ? TimeFormat::dateTime(r.startedAt) : QString();
    case HeartbeatColumn:
        return TimeFormat::age(r.heartbeatAt, m_now);
    case RestartsColumn:
        return r.restarts;
    case ErrorColumn:
        return r.lastError;
    default:
        return {};
    }
}

QVariant WorkersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case ManagerColumn:
        return tr("Manager");
    case ThreadColumn:
        return tr("Thread");
    case StatusColumn:
        return tr("Status");
    case StartedColumn:
        return tr("Started");
    case HeartbeatColumn:
        return tr("Heartbeat");
    case RestartsColumn:
        return tr("Restarts");
    case ErrorColumn:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace Vantage
