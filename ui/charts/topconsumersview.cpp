#include "ui/charts/topconsumersview.h"

#include "core/database.h"
#include "core/events.h"
#include "core/metricsstore.h"
#include "ui/accessiblenames.h"
#include "ui/charts/metricformat.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Vantage {

namespace {

template <typename W> W *named(W *widget, const char *objectName, const QString &accessibleName)
{
    widget->setObjectName(QString::fromLatin1(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

QStandardItem *item(const QString &text, const QVariant &sortKey)
{
    auto *result = new QStandardItem(text);
    result->setEditable(false);
    result->setData(sortKey, TopConsumersView::SortRole);
    return result;
}

} // namespace

TopConsumersView::TopConsumersView(QWidget *parent)
    : QWidget(parent), m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("topConsumersView"));
    setAccessibleName(tr("Top consumers"));

    m_metricCombo = named(new QComboBox(this), "topConsumersMetric", tr("Metric"));
    for (const MetricColumn column : metricColumns())
        m_metricCombo->addItem(MetricFormat::label(column), int(column));

    m_rangeCombo = named(new QComboBox(this), "topConsumersRange", tr("Time range"));
    m_rangeCombo->addItem(tr("Last hour"), int(Range::LastHour));
    m_rangeCombo->addItem(tr("Last 24 hours"), int(Range::LastDay));
    m_rangeCombo->addItem(tr("Last 7 days"), int(Range::LastWeek));
    m_rangeCombo->addItem(tr("Last 30 days"), int(Range::LastMonth));
    m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(int(Range::LastDay)));

    m_countSpin = named(new QSpinBox(this), "topConsumersCount", tr("Number of VMs"));
    m_countSpin->setRange(1, 1000);
    m_countSpin->setValue(10);

    m_statusLabel = named(new QLabel(this), "topConsumersStatus", tr("Status"));

    m_model->setObjectName(QStringLiteral("topConsumersModel"));
    m_model->setColumnCount(ColumnCount);
    m_model->setHorizontalHeaderLabels({tr("VM"), tr("Average"), tr("Samples")});
    m_model->setSortRole(SortRole);

    m_view = named(new QTreeView(this), "topConsumersTable", tr("Top consumers"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setObjectName(QStringLiteral("topConsumersHeader"));
    m_view->header()->setAccessibleName(tr("Top consumer columns"));
    m_view->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_view->sortByColumn(ValueColumn, Qt::DescendingOrder);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = m_model->index(index.row(), NameColumn).data(IdRole).toLongLong();
        if (id)
            emit objectActivated(InventoryKind::Vm, id);
    });

    connect(m_metricCombo, &QComboBox::activated, this, &TopConsumersView::reload);
    connect(m_rangeCombo, &QComboBox::activated, this, &TopConsumersView::reload);
    connect(m_countSpin, &QSpinBox::valueChanged, this, &TopConsumersView::reload);

    auto *controls = new QHBoxLayout;
    auto *metricLabel = new QLabel(tr("&Metric:"), this);
    metricLabel->setBuddy(m_metricCombo);
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_rangeCombo);
    auto *countLabel = new QLabel(tr("&Show:"), this);
    countLabel->setBuddy(m_countSpin);
    controls->addWidget(metricLabel);
    controls->addWidget(m_metricCombo);
    controls->addWidget(rangeLabel);
    controls->addWidget(m_rangeCombo);
    controls->addWidget(countLabel);
    controls->addWidget(m_countSpin);
    controls->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_statusLabel);

    AccessibleNames::nameComboParts(m_metricCombo);
    AccessibleNames::nameComboParts(m_rangeCombo);
    AccessibleNames::nameSpinBoxParts(m_countSpin);
    AccessibleNames::nameViewParts(m_view);
    reload();
}

TopConsumersView::~TopConsumersView() = default;

void TopConsumersView::setMetric(MetricColumn column)
{
    m_metricCombo->setCurrentIndex(m_metricCombo->findData(int(column)));
    reload();
}

MetricColumn TopConsumersView::metric() const
{
    return MetricColumn(m_metricCombo->currentData().toInt());
}

void TopConsumersView::setRange(Range range)
{
    m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(int(range)));
    reload();
}

TopConsumersView::Range TopConsumersView::range() const
{
    return Range(m_rangeCombo->currentData().toInt());
}

void TopConsumersView::setCount(int count)
{
    m_countSpin->setValue(count); // reloads when it changes
}

int TopConsumersView::count() const
{
    return m_countSpin->value();
}

void TopConsumersView::reload()
{
    m_model->removeRows(0, m_model->rowCount());
    const MetricColumn column = metric();
    const QString name = metricColumnName(column);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 span = MetricsStore::hourMs;
    switch (range()) {
    case Range::LastHour:
        break;
    case Range::LastDay:
        span = MetricsStore::dayMs;
        break;
    case Range::LastWeek:
        span = 7 * MetricsStore::dayMs;
        break;
    case Range::LastMonth:
        span = 30 * MetricsStore::dayMs;
        break;
    }
    QString sql;
    qint64 from = now - span;
    if (range() == Range::LastHour) {
        sql = QStringLiteral("SELECT m.resource_id, v.name, AVG(m.%1), COUNT(m.%1) "
                             "FROM metrics_realtime m JOIN vms v ON v.id = m.resource_id "
                             "WHERE m.resource_kind = ? AND m.timestamp >= ? AND m.timestamp < ? "
                             "AND m.%1 IS NOT NULL "
                             "GROUP BY m.resource_id ORDER BY 3 DESC, v.name LIMIT ?")
                  .arg(name);
    } else {
        // An hour's average weighs by its samples; the hour under way counts.
        from -= from % MetricsStore::hourMs;
        sql = QStringLiteral("SELECT m.resource_id, v.name, "
                             "SUM(m.%1_avg * m.sample_count) / SUM(m.sample_count), "
                             "SUM(m.sample_count) "
                             "FROM metrics_rollups m JOIN vms v ON v.id = m.resource_id "
                             "WHERE m.resource_kind = ? AND m.interval = 'hourly' AND "
                             "m.timestamp >= ? AND m.timestamp < ? AND m.%1_avg IS NOT NULL "
                             "GROUP BY m.resource_id ORDER BY 3 DESC, v.name LIMIT ?")
                  .arg(name);
    }
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(inventoryKindName(InventoryKind::Vm));
    query.addBindValue(from);
    query.addBindValue(now + 1);
    query.addBindValue(count());
    if (!query.exec()) {
        m_statusLabel->setText(
            tr("The metrics could not be read: %1").arg(query.lastError().text()));
        return;
    }
    const QLocale locale;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const double value = query.value(2).toDouble();
        const qint64 samples = query.value(3).toLongLong();
        QStandardItem *nameItem = item(query.value(1).toString(), query.value(1).toString());
        nameItem->setData(id, IdRole);
        QStandardItem *valueItem = item(MetricFormat::value(column, value), value);
        QStandardItem *samplesItem = item(locale.toString(samples), samples);
        valueItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        samplesItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow({nameItem, valueItem, samplesItem});
    }
    m_model->sort(m_view->header()->sortIndicatorSection(), m_view->header()->sortIndicatorOrder());
    m_view->resizeColumnToContents(ValueColumn);
    m_view->resizeColumnToContents(SamplesColumn);
    m_statusLabel->setText(m_model->rowCount() ? tr("%1: the %n VM(s) with the highest average",
                                                    nullptr, m_model->rowCount())
                                                     .arg(MetricFormat::label(column))
                                               : tr("No data for this range"));
}

} // namespace Vantage
