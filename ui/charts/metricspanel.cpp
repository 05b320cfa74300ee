#include "ui/charts/metricspanel.h"

#include "core/database.h"
#include "core/eventstore.h"
#include "core/metricsstore.h"
#include "ui/accessiblenames.h"
#include "ui/events/eventtypestyle.h"
#include "ui/timeformat.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace Vantage {

namespace {

constexpr qint64 hourMs = MetricsStore::hourMs;
constexpr qint64 dayMs = MetricsStore::dayMs;

template <typename W> W *named(W *widget, const char *objectName, const QString &accessibleName)
{
    widget->setObjectName(QString::fromLatin1(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

qint64 presetSpan(MetricsPanel::RangePreset preset)
{
    switch (preset) {
    case MetricsPanel::RangePreset::LastHour:
        return hourMs;
    case MetricsPanel::RangePreset::Last4Hours:
        return 4 * hourMs;
    case MetricsPanel::RangePreset::LastDay:
        return dayMs;
    case MetricsPanel::RangePreset::LastWeek:
        return 7 * dayMs;
    case MetricsPanel::RangePreset::LastMonth:
        return 30 * dayMs;
    case MetricsPanel::RangePreset::Custom:
        break;
    }
    return 0;
}

// A round axis maximum a little above the largest value: 1, 2 or 5 times a power of ten.
double niceMaximum(double value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * magnitude >= value * 1.05)
            return step * magnitude;
    }
    return 10 * magnitude;
}

// The time between two ticks of the time axis: a round step that gives at most eight intervals.
qint64 tickStep(qint64 span)
{
    constexpr qint64 minuteMs = 60 * 1000;
    static const qint64 steps[] = {minuteMs,      2 * minuteMs,  5 * minuteMs, 10 * minuteMs,
                                   15 * minuteMs, 30 * minuteMs, hourMs,       2 * hourMs,
                                   3 * hourMs,    4 * hourMs,    6 * hourMs,   12 * hourMs,
                                   dayMs,         2 * dayMs,     5 * dayMs,    7 * dayMs,
                                   14 * dayMs,    30 * dayMs,    91 * dayMs,   365 * dayMs};
    for (const qint64 step : steps) {
        if (span <= 8 * step)
            return step;
    }
    return span / 8;
}

} // namespace

MetricsPanel::MetricsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("metricsPanel"));
    setAccessibleName(tr("Metrics"));
    buildChart();
    buildControls();
    onPresetChanged();
}

MetricsPanel::~MetricsPanel() = default;

void MetricsPanel::buildControls()
{
    m_titleLabel = named(new QLabel(this), "metricsTitle", tr("Metrics of"));

    m_metricCombo = named(new QComboBox(this), "metricsMetric", tr("Metric"));
    for (const MetricColumn column : metricColumns())
        m_metricCombo->addItem(MetricFormat::label(column), int(column));

    m_intervalCombo = named(new QComboBox(this), "metricsInterval", tr("Interval"));
    m_intervalCombo->addItem(tr("Realtime"), int(MetricInterval::Realtime));
    m_intervalCombo->addItem(tr("Hourly"), int(MetricInterval::Hourly));
    m_intervalCombo->addItem(tr("Daily"), int(MetricInterval::Daily));

    m_rangeCombo = named(new QComboBox(this), "metricsRange", tr("Time range"));
    m_rangeCombo->addItem(tr("Last hour"), int(RangePreset::LastHour));
    m_rangeCombo->addItem(tr("Last 4 hours"), int(RangePreset::Last4Hours));
    m_rangeCombo->addItem(tr("Last 24 hours"), int(RangePreset::LastDay));
    m_rangeCombo->addItem(tr("Last 7 days"), int(RangePreset::LastWeek));
    m_rangeCombo->addItem(tr("Last 30 days"), int(RangePreset::LastMonth));
    m_rangeCombo->addItem(tr("Custom…"), int(RangePreset::Custom));
    m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(int(RangePreset::LastHour)));

    const QDateTime now = QDateTime::currentDateTime();
    m_fromEdit = named(new QDateTimeEdit(now.addDays(-1), this), "metricsRangeFrom", tr("From"));
    m_toEdit = named(new QDateTimeEdit(now, this), "metricsRangeTo", tr("To"));
    for (QDateTimeEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        connect(edit, &QDateTimeEdit::editingFinished, this, [this] {
            if (rangePreset() == RangePreset::Custom)
                reload();
        });
    }

    // Every point holds all metrics: switching needs no query.
    connect(m_metricCombo, &QComboBox::activated, this, [this] {
        rebuildSeries();
        m_hoverLabel->clear();
    });
    connect(m_intervalCombo, &QComboBox::activated, this, [this] { reload(); });
    connect(m_rangeCombo, &QComboBox::activated, this,
            [this] { setRangePreset(RangePreset(m_rangeCombo->currentData().toInt())); });

    m_hoverLabel = named(new QLabel(this), "metricsHover", tr("Value under the pointer"));
    m_hoverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_eventLabel = named(new QLabel(this), "metricsEvent", tr("Selected event"));
    m_eventLabel->setWordWrap(true);
    m_eventLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *controls = new QHBoxLayout;
    auto *metricLabel = new QLabel(tr("&Metric:"), this);
    metricLabel->setBuddy(m_metricCombo);
    auto *intervalLabel = new QLabel(tr("&Interval:"), this);
    intervalLabel->setBuddy(m_intervalCombo);
    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_rangeCombo);
    controls->addWidget(metricLabel);
    controls->addWidget(m_metricCombo);
    controls->addWidget(intervalLabel);
    controls->addWidget(m_intervalCombo);
    controls->addWidget(rangeLabel);
    controls->addWidget(m_rangeCombo);
    controls->addWidget(m_fromEdit);
    controls->addWidget(m_toEdit);
    controls->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(controls);
    layout->addWidget(m_stack, 1);
    auto *readouts = new QHBoxLayout;
    readouts->addWidget(m_hoverLabel, 1);
    readouts->addWidget(m_eventLabel, 1);
    layout->addLayout(readouts);

    AccessibleNames::nameComboParts(m_metricCombo);
    AccessibleNames::nameComboParts(m_intervalCombo);
    AccessibleNames::nameComboParts(m_rangeCombo);
    AccessibleNames::nameSpinBoxParts(m_fromEdit);
    AccessibleNames::nameSpinBoxParts(m_toEdit);
}

void MetricsPanel::buildChart()
{
    m_chart = new QChart;
    m_chart->setObjectName(QStringLiteral("metricsChart"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));

    m_timeAxis = new QDateTimeAxis(m_chart);
    m_timeAxis->setObjectName(QStringLiteral("metricsTimeAxis"));
    m_timeAxis->setTickCount(7);
    m_valueAxis = new QValueAxis(m_chart);
    m_valueAxis->setObjectName(QStringLiteral("metricsValueAxis"));
    m_valueAxis->setTickCount(6);
    m_valueAxis->setLabelFormat(QStringLiteral("%.4g"));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);

    m_maxSeries = new QLineSeries;
    m_maxSeries->setObjectName(QStringLiteral("metricsMax"));
    m_minSeries = new QLineSeries;
    m_minSeries->setObjectName(QStringLiteral("metricsMin"));
    m_band = new QAreaSeries(m_maxSeries, m_minSeries);
    m_band->setObjectName(QStringLiteral("metricsBand"));
    m_band->setName(tr("Minimum to maximum"));
    QColor bandColor(QStringLiteral("#1f77b4"));
    bandColor.setAlpha(50);
    m_band->setBrush(bandColor);
    m_band->setPen(Qt::NoPen);
    m_maxSeries->setParent(m_band);
    m_minSeries->setParent(m_band);

    m_avgSeries = new QLineSeries;
    m_avgSeries->setObjectName(QStringLiteral("metricsAverage"));
    QPen avgPen(QColor(QStringLiteral("#1f77b4")));
    avgPen.setWidthF(1.5);
    m_avgSeries->setPen(avgPen);

    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_band), static_cast<QAbstractSeries *>(m_avgSeries)}) {
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_valueAxis);
    }

    m_view = named(new QChartView(m_chart, this), "metricsChartView", tr("Metrics chart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMouseTracking(true);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);

    m_placeholder = named(new QLabel(tr("No data for this range"), this), "metricsPlaceholder",
                          tr("No data for this range"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("metricsStack"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_placeholder);
}

void MetricsPanel::setObject(InventoryKind kind, qint64 id, const QString &name)
{
    m_kind = kind;
    m_id = id;
    m_name = name;
    m_managerId = 0;
    m_emsRef.clear();
    if (id) {
        QSqlQuery query(Database::connection());
        query.prepare(QStringLiteral("SELECT manager_id, ems_ref FROM %1 WHERE id = ?")
                          .arg(inventoryTableName(kind)));
        query.addBindValue(id);
        if (query.exec() && query.next()) {
            m_managerId = query.value(0).toLongLong();
            m_emsRef = query.value(1).toString();
        }
    }
    m_titleLabel->setText(id ? tr("Metrics of %1").arg(name) : tr("No object selected"));
    m_titleLabel->setAccessibleName(m_titleLabel->text());
    m_eventLabel->clear();
    reload();
}

void MetricsPanel::setMetric(MetricColumn column)
{
    m_metricCombo->setCurrentIndex(m_metricCombo->findData(int(column)));
    rebuildSeries();
    m_hoverLabel->clear();
}

MetricColumn MetricsPanel::metric() const
{
    return MetricColumn(m_metricCombo->currentData().toInt());
}

void MetricsPanel::setInterval(MetricInterval interval)
{
    m_intervalCombo->setCurrentIndex(m_intervalCombo->findData(int(interval)));
    reload();
}

MetricInterval MetricsPanel::interval() const
{
    return MetricInterval(m_intervalCombo->currentData().toInt());
}

void MetricsPanel::setRangePreset(RangePreset preset)
{
    m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(int(preset)));
    if (preset != RangePreset::Custom) {
        const MetricInterval suited =
            presetSpan(preset) <= 4 * hourMs ? MetricInterval::Realtime : MetricInterval::Hourly;
        m_intervalCombo->setCurrentIndex(m_intervalCombo->findData(int(suited)));
    } else {
        // Start the custom range from what was shown.
        m_fromEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(m_fromMs));
        m_toEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(m_toMs));
    }
    onPresetChanged();
}

MetricsPanel::RangePreset MetricsPanel::rangePreset() const
{
    return RangePreset(m_rangeCombo->currentData().toInt());
}

void MetricsPanel::setCustomRange(qint64 fromMs, qint64 toMs)
{
    m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(int(RangePreset::Custom)));
    m_fromEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(fromMs));
    m_toEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(toMs));
    onPresetChanged();
}

void MetricsPanel::onPresetChanged()
{
    const bool custom = rangePreset() == RangePreset::Custom;
    m_fromEdit->setVisible(custom);
    m_toEdit->setVisible(custom);
    reload();
}

void MetricsPanel::computeRange()
{
    const RangePreset preset = rangePreset();
    if (preset == RangePreset::Custom) {
        m_fromMs = m_fromEdit->dateTime().toMSecsSinceEpoch();
        m_toMs = m_toEdit->dateTime().toMSecsSinceEpoch();
        if (m_toMs <= m_fromMs)
            m_toMs = m_fromMs + hourMs;
        return;
    }
    m_toMs = QDateTime::currentMSecsSinceEpoch();
    m_fromMs = m_toMs - presetSpan(preset);
}

bool MetricsPanel::showsPlaceholder() const
{
    return m_stack->currentWidget() == m_placeholder;
}

void MetricsPanel::reload()
{
    computeRange();
    m_points.clear();
    if (m_id) {
        // Rollups are stamped with the start of their hour or day: include the one under way.
        const qint64 from = interval() == MetricInterval::Realtime ? m_fromMs
                            : interval() == MetricInterval::Hourly ? m_fromMs - m_fromMs % hourMs
                                                                   : m_fromMs - m_fromMs % dayMs;
        m_points = MetricsStore::series(m_kind, m_id, interval(), from, m_toMs);
    }
    rebuildSeries();
    rebuildEvents();
    m_hoverLabel->clear();
}

void MetricsPanel::rebuildSeries()
{
    const MetricColumn column = metric();
    const bool rollup = interval() != MetricInterval::Realtime;
    m_maxValue = 0;
    for (const MetricPoint &point : std::as_const(m_points)) {
        const MetricSummary &summary = point.column(column);
        if (summary.avg)
            m_maxValue = std::max(m_maxValue, rollup && summary.max ? *summary.max : *summary.avg);
    }
    m_scale = MetricFormat::scale(column, m_maxValue);

    QList<QPointF> avg, upper, lower;
    avg.reserve(m_points.size());
    if (rollup) {
        upper.reserve(m_points.size());
        lower.reserve(m_points.size());
    }
    for (const MetricPoint &point : std::as_const(m_points)) {
        const MetricSummary &summary = point.column(column);
        if (!summary.avg)
            continue;
        const double x = double(point.timestampMs);
        avg.append(QPointF(x, *summary.avg / m_scale.divisor));
        if (rollup) {
            upper.append(QPointF(x, summary.max.value_or(*summary.avg) / m_scale.divisor));
            lower.append(QPointF(x, summary.min.value_or(*summary.avg) / m_scale.divisor));
        }
    }
    m_avgSeries->replace(avg);
    // A few points (a daily chart, the first live rows) would hardly show as a line alone.
    m_avgSeries->setPointsVisible(avg.size() <= 48);
    m_maxSeries->replace(upper);
    m_minSeries->replace(lower);
    m_band->setVisible(rollup);
    m_avgSeries->setName(rollup ? tr("Average") : MetricFormat::label(column));
    m_stack->setCurrentWidget(avg.isEmpty() ? static_cast<QWidget *>(m_placeholder) : m_view);
    updateAxes();
}

void MetricsPanel::updateAxes()
{
    const MetricColumn column = metric();
    // Ticks on round local times: the axis reaches out to the steps around the range.
    const qint64 span = m_toMs - m_fromMs;
    const qint64 step = tickStep(span);
    const qint64 offset =
        qint64(QDateTime::fromMSecsSinceEpoch(m_toMs).offsetFromUtc()) * 1000; // local time
    const qint64 axisFrom = (m_fromMs + offset) / step * step - offset;
    const qint64 axisTo = (m_toMs + offset + step - 1) / step * step - offset;
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(axisFrom),
                         QDateTime::fromMSecsSinceEpoch(axisTo));
    m_timeAxis->setTickCount(int((axisTo - axisFrom) / step) + 1);
    m_timeAxis->setFormat(span <= dayMs       ? QStringLiteral("HH:mm")
                          : span <= 7 * dayMs ? QStringLiteral("ddd HH:mm")
                                              : QStringLiteral("MMM d"));
    const double top = isPercentColumn(column) ? 100 : niceMaximum(m_maxValue / m_scale.divisor);
    m_valueAxis->setRange(0, top);
    m_valueAxis->setTitleText(
        QStringLiteral("%1 (%2)").arg(MetricFormat::label(column), m_scale.unit));
    m_valueAxis->setLabelFormat(top >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.2g"));
    // The event markers ride along the top of the value axis.
    for (auto it = m_eventSeries.cbegin(); it != m_eventSeries.cend(); ++it) {
        QList<QPointF> points = it.key()->points();
        for (QPointF &p : points)
            p.setY(top * 0.96);
        it.key()->replace(points);
    }
}

void MetricsPanel::rebuildEvents()
{
    for (auto it = m_eventSeries.cbegin(); it != m_eventSeries.cend(); ++it) {
        m_chart->removeSeries(it.key());
        delete it.key();
    }
    m_eventSeries.clear();
    if (!m_id)
        return;
    EventFilter filter;
    filter.fromMs = m_fromMs;
    filter.toMs = m_toMs;
    filter.targetKind = m_kind;
    filter.targetId = m_id;
    const QList<StoredEvent> events = EventStore::events(filter);
    QHash<QString, QList<StoredEvent>> byType;
    for (const StoredEvent &event : events)
        byType[event.eventType].append(event);
    QStringList types = byType.keys();
    std::sort(types.begin(), types.end(), [](const QString &a, const QString &b) {
        return EventTypeStyle::order(a) < EventTypeStyle::order(b);
    });
    const double y = m_valueAxis->max() * 0.96;
    for (const QString &type : std::as_const(types)) {
        const QList<StoredEvent> &typed = byType.value(type);
        auto *series = new QScatterSeries;
        series->setObjectName(QStringLiteral("metricsEvents_") + type);
        series->setName(EventTypeStyle::label(type));
        series->setColor(EventTypeStyle::color(type));
        series->setBorderColor(EventTypeStyle::color(type).darker(130));
        series->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        series->setMarkerSize(9);
        QList<QPointF> points;
        points.reserve(typed.size());
        for (const StoredEvent &event : typed)
            points.append(QPointF(double(event.raw.timestampMs), y));
        series->replace(points);
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_valueAxis);
        connect(series, &QScatterSeries::clicked, this,
                [this, series](const QPointF &point) { onMarkerClicked(series, point); });
        connect(series, &QScatterSeries::hovered, this,
                [this, series](const QPointF &point, bool state) {
                    if (const StoredEvent *event = state ? nearestEvent(series, point) : nullptr)
                        QToolTip::showText(QCursor::pos(), eventText(*event), m_view);
                });
        m_eventSeries.insert(series, typed);
    }
}

const StoredEvent *MetricsPanel::nearestEvent(QScatterSeries *series, const QPointF &point) const
{
    const auto found = m_eventSeries.constFind(series);
    if (found == m_eventSeries.cend() || found->isEmpty())
        return nullptr;
    const auto nearest = std::min_element(
        found->cbegin(), found->cend(), [&point](const StoredEvent &a, const StoredEvent &b) {
            return std::abs(double(a.raw.timestampMs) - point.x()) <
                   std::abs(double(b.raw.timestampMs) - point.x());
        });
    return &*nearest;
}

QString MetricsPanel::eventText(const StoredEvent &event)
{
    return tr("%1 — %2: %3")
        .arg(TimeFormat::dateTime(event.raw.timestampMs), EventTypeStyle::label(event.eventType),
             event.raw.message);
}

void MetricsPanel::onMarkerClicked(QScatterSeries *series, const QPointF &point)
{
    const StoredEvent *event = nearestEvent(series, point);
    if (!event)
        return;
    const qint64 id = event->id;
    const QString text = eventText(*event);
    m_eventLabel->setText(text);
    QToolTip::showText(QCursor::pos(), text, m_view);
    emit eventActivated(id);
}

bool MetricsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::MouseMove)
            showHover(static_cast<QMouseEvent *>(event)->position());
        else if (event->type() == QEvent::Leave)
            m_hoverLabel->clear();
    }
    return QWidget::eventFilter(watched, event);
}

void MetricsPanel::showHover(const QPointF &position)
{
    if (m_points.isEmpty())
        return;
    const QPointF value = m_chart->mapToValue(m_view->mapToScene(position.toPoint()), m_avgSeries);
    const qint64 at = qint64(value.x());
    const MetricColumn column = metric();
    // The point nearest in time that has a value.
    auto it = std::lower_bound(
        m_points.cbegin(), m_points.cend(), at,
        [](const MetricPoint &point, qint64 ms) { return point.timestampMs < ms; });
    const MetricPoint *best = nullptr;
    for (auto candidate : {it - 1, it}) {
        if (candidate < m_points.cbegin() || candidate >= m_points.cend() ||
            !candidate->column(column).avg)
            continue;
        if (!best || std::abs(candidate->timestampMs - at) < std::abs(best->timestampMs - at))
            best = &*candidate;
    }
    if (!best)
        return;
    const MetricSummary &summary = best->column(column);
    QString text;
    if (best->interval == MetricInterval::Realtime) {
        text = tr("%1: %2").arg(TimeFormat::dateTime(best->timestampMs),
                                MetricFormat::value(column, *summary.avg, m_scale));
    } else {
        text = tr("%1: min %2, avg %3, max %4 (%n samples)", nullptr, best->sampleCount)
                   .arg(TimeFormat::dateTime(best->timestampMs),
                        MetricFormat::value(column, summary.min.value_or(*summary.avg), m_scale),
                        MetricFormat::value(column, *summary.avg, m_scale),
                        MetricFormat::value(column, summary.max.value_or(*summary.avg), m_scale));
    }
    m_hoverLabel->setText(text);
    QToolTip::showText(m_view->viewport()->mapToGlobal(position.toPoint()), text, m_view);
}

bool MetricsPanel::matches(const MetricRates &row) const
{
    if (row.kind != m_kind)
        return false;
    if (row.resourceId)
        return row.resourceId == m_id;
    return row.managerId == m_managerId && !m_emsRef.isEmpty() && row.emsRef == m_emsRef;
}

void MetricsPanel::appendRealtime(const QList<MetricRates> &rows)
{
    if (!m_id || interval() != MetricInterval::Realtime)
        return;
    const bool follows = rangePreset() != RangePreset::Custom;
    bool added = false;
    for (const MetricRates &row : rows) {
        if (!matches(row))
            continue;
        if (!follows && (row.timestampMs < m_fromMs || row.timestampMs >= m_toMs))
            continue;
        if (!m_points.isEmpty() && row.timestampMs <= m_points.constLast().timestampMs)
            continue; // already shown (or out of order)
        MetricPoint point;
        point.managerId = row.managerId;
        point.kind = row.kind;
        point.resourceId = m_id;
        point.emsRef = row.emsRef;
        point.interval = MetricInterval::Realtime;
        point.timestampMs = row.timestampMs;
        point.intervalMs = row.intervalMs;
        point.sampleCount = 1;
        point.gap = row.gap;
        for (const MetricColumn column : metricColumns()) {
            MetricSummary &summary = point.columns.at(size_t(column));
            summary.avg = summary.min = summary.max = row.value(column);
        }
        m_points.append(point);
        added = true;
    }
    if (!added)
        return;
    if (follows) {
        m_toMs = std::max(m_toMs, m_points.constLast().timestampMs);
        m_fromMs = m_toMs - presetSpan(rangePreset());
        const auto firstKept = std::lower_bound(
            m_points.cbegin(), m_points.cend(), m_fromMs,
            [](const MetricPoint &point, qint64 ms) { return point.timestampMs < ms; });
        m_points.erase(m_points.cbegin(), firstKept);
    }
    // Cheap enough at realtime sizes (an hour is 180 points) and keeps the scale right.
    rebuildSeries();
}

} // namespace Vantage
