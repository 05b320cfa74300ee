#include "ui/inventoryfilterproxy.h"

#include "ui/inventorytreemodel.h"

namespace Vantage {

InventoryFilterProxy::InventoryFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(false);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    m_recomputeTimer.setSingleShot(true);
    m_recomputeTimer.setInterval(0);
    connect(&m_recomputeTimer, &QTimer::timeout, this, &InventoryFilterProxy::recompute);
}

void InventoryFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    QSortFilterProxyModel::setSourceModel(model);
    m_model = qobject_cast<InventoryTreeModel *>(model);
    if (!m_model)
        return;
    // Connected after the base class's own handlers, so these run once it has mapped the change.
    auto schedule = [this] {
        if (isFiltering())
            m_recomputeTimer.start();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, schedule);
    connect(m_model, &QAbstractItemModel::dataChanged, this, schedule);
    // A reset has no old rows left to show: recompute now, not later.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (isFiltering())
            recompute();
    });
    recompute();
}

void InventoryFilterProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    recompute();
    emit filterTextChanged(m_text);
}

void InventoryFilterProxy::recompute()
{
    m_recomputeTimer.stop();
    m_matchCount = 0;
    m_kept = (m_model && isFiltering()) ? m_model->vmNameMatches(m_text, &m_matchCount)
                                        : QSet<quintptr>();
    invalidateFilter();
}

bool InventoryFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_model || !isFiltering())
        return true;
    return m_kept.contains(m_model->index(sourceRow, 0, sourceParent).internalId());
}

static int kindRank(const QModelIndex &index)
{
    using Kind = InventoryTreeModel::Kind;
    switch (Kind(index.data(InventoryTreeModel::KindRole).toInt())) {
    case Kind::NetworkFolder:
        return 1;
    case Kind::StorageFolder:
        return 2;
    default:
        return 0;
    }
}

bool InventoryFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_model)
        return QSortFilterProxyModel::lessThan(left, right);
    const int leftRank = kindRank(left);
    const int rightRank = kindRank(right);
    if (leftRank != rightRank)
        return sortOrder() == Qt::AscendingOrder ? leftRank < rightRank : leftRank > rightRank;
    const QVariant a = left.data(InventoryTreeModel::SortKeyRole);
    const QVariant b = right.data(InventoryTreeModel::SortKeyRole);
    if (a.typeId() == QMetaType::QString) {
        const int byText = a.toString().compare(b.toString(), Qt::CaseInsensitive);
        if (byText != 0)
            return byText < 0;
    } else if (a.toLongLong() != b.toLongLong()) {
        return a.toLongLong() < b.toLongLong();
    }
    // Equal keys fall back to the source order (by name), so sorting is stable and predictable.
    return left.row() < right.row();
}

} // namespace Vantage
