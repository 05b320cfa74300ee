#include "ui/events/eventlistmodel.h"

#include "core/database.h"
#include "core/providerstore.h"
#include "ui/events/eventtypestyle.h"
#include "ui/timeformat.h"

#include <algorithm>
#include <utility>

namespace Vantage {

namespace {

using Key = std::pair<qint64, qint64>; // (timestamp, id): the rows' order

Key keyOf(const StoredEvent &event)
{
    return {event.raw.timestampMs, event.id};
}

bool earlier(const StoredEvent &a, const StoredEvent &b)
{
    return keyOf(a) < keyOf(b);
}

bool containsText(const StoredEvent &event, const QString &text)
{
    return event.raw.message.contains(text, Qt::CaseInsensitive) ||
           event.raw.name.contains(text, Qt::CaseInsensitive) ||
           event.raw.targetName.contains(text, Qt::CaseInsensitive);
}

bool objectMatches(const StoredEvent &event, const QString &objectText)
{
    return objectText.isEmpty() || event.raw.targetName.contains(objectText, Qt::CaseInsensitive);
}

} // namespace

EventListModel::EventListModel(QObject *parent) : QAbstractTableModel(parent) {}

void EventListModel::setFilter(const EventFilter &filter, const QString &objectText)
{
    m_filter = filter;
    m_filter.limit = 0;
    m_objectText = objectText.trimmed();
}

bool EventListModel::matches(const StoredEvent &event) const
{
    const RawEvent &raw = event.raw;
    if (m_filter.fromMs && raw.timestampMs < m_filter.fromMs)
        return false;
    if (m_filter.toMs && raw.timestampMs >= m_filter.toMs)
        return false;
    if (!m_filter.managerIds.isEmpty() && !m_filter.managerIds.contains(raw.managerId))
        return false;
    if (!m_filter.eventTypes.isEmpty() && !m_filter.eventTypes.contains(event.eventType))
        return false;
    if (m_filter.targetId && (event.targetId != m_filter.targetId ||
                              raw.targetKind != m_filter.targetKind || raw.targetRef.isEmpty()))
        return false;
    if (!m_filter.text.isEmpty() && !containsText(event, m_filter.text))
        return false;
    return objectMatches(event, m_objectText);
}

void EventListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_ids.clear();
    m_started = false;
    m_exhausted = false;
    m_cursorMs = 0;
    m_seenAtCursor = 0;
    m_managerNames.clear();
    m_unknownManagers.clear();
    loadManagerNames();
    m_total = m_objectText.isEmpty() ? EventStore::count(m_filter) : -1;
    QList<StoredEvent> page = readOlderPage();
    std::sort(page.begin(), page.end(), earlier);
    m_rows = std::move(page);
    m_ids.reserve(m_rows.size());
    for (const StoredEvent &event : std::as_const(m_rows))
        m_ids.insert(event.id, event.raw.timestampMs);
    // No fetching from inside our own notifications: rows would be inserted mid-change.
    m_busy = true;
    endResetModel();
    m_busy = false;
}

QList<StoredEvent> EventListModel::readOlderPage()
{
    QList<StoredEvent> result;
    QSet<qint64> taken;
    const int wanted = qMin(m_pageSize, m_capacity - int(m_rows.size()));
    while (!m_exhausted && result.size() < wanted) {
        EventFilter query = m_filter;
        // The store cannot match a name alone; its text search narrows to candidates at least.
        if (query.text.isEmpty())
            query.text = m_objectText;
        if (m_started)
            query.toMs = m_filter.toMs ? qMin(m_filter.toMs, m_cursorMs + 1) : m_cursorMs + 1;
        // The newest rows up to the cursor: those already read at the cursor's timestamp first.
        query.limit = wanted + (m_started ? m_seenAtCursor : 0);
        const QList<StoredEvent> events = EventStore::events(query); // oldest first
        if (events.size() < query.limit)
            m_exhausted = true;
        if (events.isEmpty())
            break;
        m_cursorMs = events.first().raw.timestampMs;
        m_seenAtCursor = 0;
        while (m_seenAtCursor < events.size() &&
               events.at(m_seenAtCursor).raw.timestampMs == m_cursorMs)
            ++m_seenAtCursor;
        m_started = true;
        for (const StoredEvent &event : events) {
            if (m_ids.contains(event.id) || taken.contains(event.id) ||
                !objectMatches(event, m_objectText))
                continue;
            taken.insert(event.id);
            result.append(event);
        }
    }
    return result;
}

bool EventListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_busy && !m_exhausted && m_rows.size() < m_capacity;
}

void EventListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<StoredEvent> page = readOlderPage();
    std::sort(page.begin(), page.end(), earlier);
    insertSorted(std::move(page));
}

int EventListModel::appendEvents(const QList<StoredEvent> &events)
{
    QList<StoredEvent> accepted;
    QSet<qint64> taken;
    for (const StoredEvent &event : events) {
        if (event.id && !m_ids.contains(event.id) && !taken.contains(event.id) && matches(event)) {
            taken.insert(event.id);
            accepted.append(event);
        }
    }
    if (accepted.isEmpty())
        return 0;
    // The handler's batches are nearly always in time order already.
    if (!std::is_sorted(accepted.cbegin(), accepted.cend(), earlier))
        std::sort(accepted.begin(), accepted.end(), earlier);
    if (m_total >= 0)
        m_total += int(accepted.size());
    return insertSorted(std::move(accepted));
}

int EventListModel::insertSorted(QList<StoredEvent> events)
{
    const int count = int(events.size());
    const bool wasBusy = std::exchange(m_busy, true);
    qsizetype i = 0;
    while (i < events.size()) {
        const Key first = keyOf(events.at(i));
        const qsizetype pos = std::upper_bound(m_rows.cbegin(), m_rows.cend(), first,
                                               [](const Key &key, const StoredEvent &row) {
                                                   return key < keyOf(row);
                                               }) -
                              m_rows.cbegin();
        // The run of events that all go before the row now at pos.
        qsizetype end = i + 1;
        while (end < events.size() &&
               (pos == m_rows.size() || keyOf(events.at(end)) < keyOf(m_rows.at(pos))))
            ++end;
        beginInsertRows({}, int(pos), int(pos + end - i - 1));
        for (qsizetype k = i; k < end; ++k)
            m_ids.insert(events.at(k).id, events.at(k).raw.timestampMs);
        if (pos == m_rows.size()) {
            m_rows.append(events.mid(i, end - i));
        } else {
            // Backwards, so that at the front each insert is a cheap prepend.
            for (qsizetype k = end - 1; k >= i; --k)
                m_rows.insert(pos, std::move(events[k]));
        }
        endInsertRows();
        i = end;
    }
    trimToCapacity();
    m_busy = wasBusy;
    return count;
}

void EventListModel::trimToCapacity()
{
    const int excess = int(m_rows.size()) - m_capacity;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    for (int row = 0; row < excess; ++row)
        m_ids.remove(m_rows.at(row).id);
    m_rows.remove(0, excess);
    endRemoveRows();
}

int EventListModel::rowOf(qint64 eventId) const
{
    const auto known = m_ids.constFind(eventId);
    if (known == m_ids.cend())
        return -1;
    const Key key{*known, eventId};
    const auto it =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), key,
                         [](const StoredEvent &row, const Key &k) { return keyOf(row) < k; });
    return it != m_rows.cend() && it->id == eventId ? int(it - m_rows.cbegin()) : -1;
}

qint64 EventListModel::oldestLoadedMs() const
{
    return m_rows.isEmpty() ? 0 : m_rows.constFirst().raw.timestampMs;
}

qint64 EventListModel::newestLoadedMs() const
{
    return m_rows.isEmpty() ? 0 : m_rows.constLast().raw.timestampMs;
}

int EventListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void EventListModel::loadManagerNames() const
{
    for (const ManagerRow &manager : ProviderStore::managers()) {
        const bool sameName = manager.name.isEmpty() || manager.name == manager.providerName;
        m_managerNames.insert(manager.id, sameName ? manager.providerName
                                                   : manager.providerName + QStringLiteral(" / ") +
                                                         manager.name);
    }
}

QString EventListModel::managerName(qint64 managerId) const
{
    auto it = m_managerNames.constFind(managerId);
    if (it != m_managerNames.cend())
        return *it;
    if (!m_unknownManagers.contains(managerId)) {
        // A manager added since the last reload: read the names again, once.
        m_unknownManagers.insert(managerId);
        loadManagerNames();
        it = m_managerNames.constFind(managerId);
        if (it != m_managerNames.cend())
            return *it;
    }
    return tr("Manager %1").arg(managerId);
}

QVariant EventListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredEvent &event = m_rows.at(index.row());
    const RawEvent &raw = event.raw;
    switch (role) {
    case IdRole:
        return event.id;
    case EventTypeRole:
        return event.eventType;
    case TimestampRole:
        return raw.timestampMs;
    case TargetKindRole:
        return int(raw.targetKind);
    case TargetIdRole:
        return event.targetId;
    case ManagerIdRole:
        return raw.managerId;
    default:
        break;
    }
    switch (index.column()) {
    case TimeColumn:
        if (role == Qt::DisplayRole)
            return TimeFormat::dateTime(raw.timestampMs);
        if (role == Qt::ToolTipRole)
            return TimeFormat::age(raw.timestampMs, nowMs());
        if (role == SortKeyRole)
            return raw.timestampMs;
        break;
    case TypeColumn:
        if (role == Qt::DisplayRole || role == SortKeyRole)
            return EventTypeStyle::label(event.eventType);
        if (role == Qt::DecorationRole)
            return EventTypeStyle::color(event.eventType);
        if (role == Qt::ToolTipRole)
            return tr("%1 (%2: %3)")
                .arg(EventTypeStyle::label(event.eventType), raw.source, raw.name);
        break;
    case ObjectColumn: {
        const QString &object = raw.targetName.isEmpty() ? raw.targetRef : raw.targetName;
        if (role == Qt::DisplayRole || role == SortKeyRole)
            return object;
        if (role == Qt::ToolTipRole && !raw.targetRef.isEmpty())
            return tr("%1 %2 (%3)").arg(inventoryKindName(raw.targetKind), object, raw.targetRef);
        break;
    }
    case ManagerColumn:
        if (role == Qt::DisplayRole || role == SortKeyRole)
            return managerName(raw.managerId);
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole || role == SortKeyRole)
            return raw.message;
        break;
    default:
        break;
    }
    return {};
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Type");
    case ObjectColumn:
        return tr("Object");
    case ManagerColumn:
        return tr("Manager");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace Vantage
