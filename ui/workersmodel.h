#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace Vantage {

// The workers table as a table model, like ManageIQ's diagnostics page. reload() compares by
// row id, so a view keeps its selection and scroll position across the once-a-second updates.
class WorkersModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        KindColumn,
        ManagerColumn,
        ThreadColumn,
        StatusColumn,
        StartedColumn,
        HeartbeatColumn,
        RestartsColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, SortKeyRole };

    explicit WorkersModel(QObject *parent = nullptr);

    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 id = 0;
        QString kind;
        QString manager;
        QString thread;
        QString status;
        qint64 startedAt = 0;
        qint64 heartbeatAt = 0;
        int restarts = 0;
        QString lastError;
        bool operator==(const Row &) const = default;
    };

    QList<Row> m_rows;
    qint64 m_now = 0; // when the rows were read: ages are relative to it
};

} // namespace Vantage
