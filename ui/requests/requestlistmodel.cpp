#include "ui/requests/requestlistmodel.h"

#include "ui/timeformat.h"

#include <QApplication>
#include <QPalette>
#include <QSet>

namespace Vantage {

RequestListModel::RequestListModel(QObject *parent) : QAbstractTableModel(parent) {}

static bool sameRecord(const RequestRecord &a, const RequestRecord &b)
{
    return a.approvalState == b.approvalState && a.state == b.state && a.status == b.status &&
           a.message == b.message && a.updatedAtMs == b.updatedAtMs &&
           a.tasksFinished == b.tasksFinished && a.taskCount == b.taskCount &&
           a.approver == b.approver && a.description == b.description;
}

void RequestListModel::reload()
{
    const QList<RequestRecord> fresh = RequestStore::requests();
    QSet<qint64> freshIds;
    for (const RequestRecord &request : fresh)
        freshIds.insert(request.id);
    for (int i = int(m_requests.size()) - 1; i >= 0; --i) {
        if (freshIds.contains(m_requests.at(i).id))
            continue;
        beginRemoveRows({}, i, i);
        m_requests.removeAt(i);
        endRemoveRows();
    }
    // Both lists are newest first (by id, descending): a fresh id not at its place is new.
    for (int i = 0; i < fresh.size(); ++i) {
        if (i < m_requests.size() && m_requests.at(i).id == fresh.at(i).id) {
            if (!sameRecord(m_requests.at(i), fresh.at(i))) {
                m_requests[i] = fresh.at(i);
                emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            continue;
        }
        beginInsertRows({}, i, i);
        m_requests.insert(i, fresh.at(i));
        endInsertRows();
    }
}

const RequestRecord *RequestListModel::record(int row) const
{
    return row >= 0 && row < m_requests.size() ? &m_requests.at(row) : nullptr;
}

int RequestListModel::rowOf(qint64 requestId) const
{
    for (int i = 0; i < m_requests.size(); ++i) {
        if (m_requests.at(i).id == requestId)
            return i;
    }
    return -1;
}

QString RequestListModel::typeText(const QString &type)
{
    if (type == QLatin1String(RequestType::Provision))
        return tr("Provision");
    if (type == QLatin1String(RequestType::Service))
        return tr("Service");
    if (type == QLatin1String(RequestType::Power))
        return tr("Power");
    if (type == QLatin1String(RequestType::Reconfigure))
        return tr("Reconfigure");
    if (type == QLatin1String(RequestType::Retire))
        return tr("Retire");
    return type;
}

QString RequestListModel::stateText(const RequestRecord &request)
{
    if (request.state == QLatin1String(RequestState::Pending))
        return tr("Awaiting approval");
    if (request.state == QLatin1String(RequestState::Queued))
        return tr("Queued");
    if (request.state == QLatin1String(RequestState::Active))
        return tr("Active");
    if (request.state == QLatin1String(RequestState::Finished))
        return tr("Finished");
    return request.state;
}

QString RequestListModel::statusText(const QString &status)
{
    if (status == QLatin1String(RequestStatus::Ok))
        return tr("OK");
    if (status == QLatin1String(RequestStatus::Error))
        return tr("Error");
    if (status == QLatin1String(RequestStatus::Cancelled))
        return tr("Cancelled");
    if (status == QLatin1String(RequestStatus::Denied))
        return tr("Denied");
    return status;
}

int RequestListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int RequestListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestRecord &r = m_requests.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case IdColumn:
            return QString::number(r.id);
        case TypeColumn:
            return typeText(r.type);
        case DescriptionColumn:
            return r.description;
        case RequesterColumn:
            return r.requester;
        case StateColumn:
            return stateText(r);
        case StatusColumn:
            return statusText(r.status);
        case ProgressColumn:
            return tr("%1 of %2").arg(r.tasksFinished).arg(r.taskCount);
        case CreatedColumn:
            return TimeFormat::dateTime(r.createdAtMs);
        case MessageColumn:
            return r.message;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn || index.column() == DescriptionColumn)
            return index.column() == MessageColumn ? r.message : r.description;
        if (!r.approver.isEmpty() && index.column() == StateColumn)
            return tr("Decided by %1: %2").arg(r.approver, r.approvalReason);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && r.status == QLatin1String(RequestStatus::Error))
            return QColor(0xc6, 0x28, 0x28);
        if (r.state == QLatin1String(RequestState::Finished) &&
            r.status != QLatin1String(RequestStatus::Error))
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return r.id;
    case StateRole:
        return r.state;
    case StatusRole:
        return r.status;
    case SortRole:
        switch (index.column()) {
        case IdColumn:
            return r.id;
        case CreatedColumn:
            return r.createdAtMs;
        case ProgressColumn:
            return r.taskCount > 0 ? double(r.tasksFinished) / r.taskCount : 0.0;
        default:
            return data(index, Qt::DisplayRole);
        }
    default:
        return {};
    }
}

QVariant RequestListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn:
        return tr("ID");
    case TypeColumn:
        return tr("Type");
    case DescriptionColumn:
        return tr("Description");
    case RequesterColumn:
        return tr("Requester");
    case StateColumn:
        return tr("State");
    case StatusColumn:
        return tr("Status");
    case ProgressColumn:
        return tr("Progress");
    case CreatedColumn:
        return tr("Created");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace Vantage
