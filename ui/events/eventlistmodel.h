#pragma once

#include "core/eventstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Vantage {

// The event stream as a flat table (time, type, object, manager, message), oldest first; views
// sort it through a QSortFilterProxyModel on SortKeyRole. reload() reads the newest page of
// events matching the filter; older ones come a page at a time through fetchMore() (a view
// asks when it is scrolled to the end) up to capacity() rows, beyond which the oldest are
// dropped and the user narrows the time range instead. appendEvents() takes the event
// handler's live batches and inserts only those matching the filter, in time order, with
// beginInsertRows: never a reset per batch.
class EventListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, TypeColumn, ObjectColumn, ManagerColumn, MessageColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        EventTypeRole,  // the generic type, "vm_power_on"
        TimestampRole,  // ms since the epoch
        TargetKindRole, // InventoryKind as int
        TargetIdRole,   // 0 when the object was not in the inventory when the event was stored
        ManagerIdRole,
        SortKeyRole, // what the column sorts by
    };

    static constexpr int DefaultPageSize = 5000;
    static constexpr int DefaultCapacity = 100000;

    explicit EventListModel(QObject *parent = nullptr);

    // What is shown: the store's filter (its limit is ignored: the model pages itself) and a text
    // the object's name must contain. Takes effect at the next reload().
    void setFilter(const EventFilter &filter, const QString &objectText = {});
    const EventFilter &filter() const { return m_filter; }
    QString objectText() const { return m_objectText; }
    // Would the event be shown under the current filter?
    bool matches(const StoredEvent &event) const;

    void setPageSize(int rows) { m_pageSize = qMax(1, rows); }
    int pageSize() const { return m_pageSize; }
    // At most this many rows are held; the oldest go first.
    void setCapacity(int rows) { m_capacity = qMax(1, rows); }
    int capacity() const { return m_capacity; }

    // Re-reads the newest page matching the filter (a model reset).
    void reload();

    // The event shown in a row (0 <= row < rowCount()).
    const StoredEvent &eventAt(int row) const { return m_rows.at(row); }
    // The row of an event; -1 when it is not loaded.
    int rowOf(qint64 eventId) const;
    // Timestamp of the oldest / newest loaded event; 0 when none is loaded.
    qint64 oldestLoadedMs() const;
    qint64 newestLoadedMs() const;
    // Events matching the filter in the database plus those appended since the reload; -1 when
    // unknown (an object text is set: the store cannot count by name).
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent = {}) const override;
    void fetchMore(const QModelIndex &parent = {}) override;

public slots:
    // A live batch from the event handler (any order); returns how many rows were added.
    int appendEvents(const QList<Vantage::StoredEvent> &events);

private:
    // Reads older events from the store until a page passes the object text or none are left.
    QList<StoredEvent> readOlderPage();
    // Inserts events (sorted, not yet loaded) at their time positions, in runs, then trims.
    int insertSorted(QList<StoredEvent> events);
    void trimToCapacity();
    QString managerName(qint64 managerId) const;
    void loadManagerNames() const;

    EventFilter m_filter;
    QString m_objectText;
    int m_pageSize = DefaultPageSize;
    int m_capacity = DefaultCapacity;

    QList<StoredEvent> m_rows;   // sorted by (timestamp, id)
    QHash<qint64, qint64> m_ids; // loaded event id -> timestamp
    int m_total = 0;

    // Paging backwards through the store: the oldest timestamp read so far, how many rows at
    // exactly that timestamp were read, and whether the store has nothing older.
    qint64 m_cursorMs = 0;
    int m_seenAtCursor = 0;
    bool m_started = false;
    bool m_exhausted = true;
    bool m_busy = false; // inside our own change notifications: no fetchMore()

    mutable QHash<qint64, QString> m_managerNames;
    mutable QSet<qint64> m_unknownManagers; // looked up once, not found
};

} // namespace Vantage
