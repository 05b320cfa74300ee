#pragma once

#include "core/requests.h"

#include <QAbstractTableModel>
#include <QList>

namespace Vantage {

// The requests table, newest first. reload() re-reads it and patches rows in place (insert,
// remove, dataChanged by id), so views keep their selection and scroll position while the
// runner updates it.
class RequestListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        TypeColumn,
        DescriptionColumn,
        RequesterColumn,
        StateColumn,
        StatusColumn,
        ProgressColumn,
        CreatedColumn,
        MessageColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        StateRole,  // RequestState::*
        StatusRole, // RequestStatus::*, empty until finished
        SortRole,
    };

    explicit RequestListModel(QObject *parent = nullptr);

    void reload();
    const RequestRecord *record(int row) const;
    int rowOf(qint64 requestId) const;

    static QString typeText(const QString &type);
    static QString stateText(const RequestRecord &request);
    static QString statusText(const QString &status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RequestRecord> m_requests;
};

} // namespace Vantage
