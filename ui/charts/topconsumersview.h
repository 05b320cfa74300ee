#pragma once

#include "core/inventory.h"
#include "core/metrics.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QStandardItemModel;
class QTreeView;

namespace Vantage {

// The VMs with the highest average of one metric over a range: from the hourly rollups, or from
// the realtime rows for the last hour. Reads the database of the calling (UI) thread.
class TopConsumersView final : public QWidget
{
    Q_OBJECT

public:
    enum class Range { LastHour, LastDay, LastWeek, LastMonth };
    Q_ENUM(Range)
    enum Column { NameColumn, ValueColumn, SamplesColumn, ColumnCount };
    // Role of the name column's items: the VM's row id. Every column sorts by SortRole.
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int SortRole = Qt::UserRole + 2;

    explicit TopConsumersView(QWidget *parent = nullptr);
    ~TopConsumersView() override;

    void setMetric(MetricColumn column);
    MetricColumn metric() const;
    void setRange(Range range);
    Range range() const;
    void setCount(int count);
    int count() const;

    // The table, for tests. Owned by the view.
    QTreeView *view() const { return m_view; }

public slots:
    void reload();

signals:
    void objectActivated(Vantage::InventoryKind kind, qint64 id);

private:
    QComboBox *m_metricCombo = nullptr;
    QComboBox *m_rangeCombo = nullptr;
    QSpinBox *m_countSpin = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTreeView *m_view = nullptr;
    QStandardItemModel *m_model = nullptr; // Owned.
};

} // namespace Vantage
