#include "ui/events/timelinewidget.h"

#include "core/database.h"
#include "ui/events/eventlistmodel.h"
#include "ui/events/eventtypestyle.h"
#include "ui/timeformat.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QStyleOptionFocusRect>
#include <QStylePainter>
#include <QTimeZone>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Vantage {

namespace {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;
constexpr int minTickSpacingPx = 90;
constexpr int hitRadiusPx = 4;
constexpr int rightMarginPx = 12;

// Tick steps below a day are fixed lengths aligned to local midnight; days, weeks, months and
// years follow the calendar.
enum class StepUnit { Fixed, Day, Month };
struct Step
{
    StepUnit unit;
    qint64 amount; // ms for Fixed, days for Day, months for Month
    qint64 nominalMs;
};
constexpr Step steps[] = {
    {StepUnit::Fixed, minuteMs, minuteMs},
    {StepUnit::Fixed, 2 * minuteMs, 2 * minuteMs},
    {StepUnit::Fixed, 5 * minuteMs, 5 * minuteMs},
    {StepUnit::Fixed, 10 * minuteMs, 10 * minuteMs},
    {StepUnit::Fixed, 15 * minuteMs, 15 * minuteMs},
    {StepUnit::Fixed, 30 * minuteMs, 30 * minuteMs},
    {StepUnit::Fixed, hourMs, hourMs},
    {StepUnit::Fixed, 2 * hourMs, 2 * hourMs},
    {StepUnit::Fixed, 3 * hourMs, 3 * hourMs},
    {StepUnit::Fixed, 6 * hourMs, 6 * hourMs},
    {StepUnit::Fixed, 12 * hourMs, 12 * hourMs},
    {StepUnit::Day, 1, dayMs},
    {StepUnit::Day, 2, 2 * dayMs},
    {StepUnit::Day, 7, 7 * dayMs},
    {StepUnit::Day, 14, 14 * dayMs},
    {StepUnit::Month, 1, 30 * dayMs},
    {StepUnit::Month, 2, 61 * dayMs},
    {StepUnit::Month, 3, 91 * dayMs},
    {StepUnit::Month, 6, 182 * dayMs},
    {StepUnit::Month, 12, 365 * dayMs},
};

QDateTime localTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
}

qint64 localMidnight(const QDate &date)
{
    return date.startOfDay().toMSecsSinceEpoch();
}

} // namespace

TimelineWidget::TimelineWidget(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("eventTimeline"));
    setAccessibleName(tr("Event timeline"));
    setAccessibleDescription(
        tr("Mouse wheel or + and - zoom, drag or the arrow keys move in time, Shift with an arrow "
           "key selects the previous or next event, Home shows all events."));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_typeCounts.fill(0, int(EventType::all().size()));
    const qint64 now = nowMs();
    m_from = now - dayMs;
    m_to = now + dayMs / 50;
    updateLanes();
}

void TimelineWidget::setModel(EventListModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &TimelineWidget::rebuildMarks);
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { onRowsInserted(first, last); });
        connect(model, &QAbstractItemModel::rowsRemoved, this,
                [this](const QModelIndex &, int first, int last) { onRowsRemoved(first, last); });
        connect(model, &QAbstractItemModel::layoutChanged, this, &TimelineWidget::rebuildMarks);
    }
    rebuildMarks();
}

void TimelineWidget::rebuildMarks()
{
    m_marks.clear();
    m_typeCounts.fill(0);
    if (m_model) {
        const int rows = m_model->rowCount();
        m_marks.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            const StoredEvent &event = m_model->eventAt(row);
            const int type = EventTypeStyle::order(event.eventType);
            m_marks.append({event.raw.timestampMs, event.id, type});
            ++m_typeCounts[type];
        }
    }
    updateLanes();
    update();
}

void TimelineWidget::onRowsInserted(int first, int last)
{
    QList<Mark> added;
    added.reserve(last - first + 1);
    for (int row = first; row <= last; ++row) {
        const StoredEvent &event = m_model->eventAt(row);
        const int type = EventTypeStyle::order(event.eventType);
        added.append({event.raw.timestampMs, event.id, type});
        ++m_typeCounts[type];
    }
    if (first == m_marks.size()) {
        m_marks.append(added);
    } else {
        m_marks.insert(first, added.size(), Mark{});
        std::copy(added.cbegin(), added.cend(), m_marks.begin() + first);
    }
    updateLanes();
    followLive();
    update();
}

void TimelineWidget::onRowsRemoved(int first, int last)
{
    for (int row = first; row <= last; ++row)
        --m_typeCounts[m_marks.at(row).type];
    m_marks.remove(first, last - first + 1);
    updateLanes();
    update();
}

void TimelineWidget::followLive()
{
    if (!m_following || m_marks.isEmpty())
        return;
    const qint64 newest = m_marks.constLast().ms;
    const qint64 span = m_to - m_from;
    if (newest <= m_to - span / 50)
        return;
    const qint64 shift = newest + span / 50 - m_to;
    m_from += shift;
    m_to += shift;
    emit rangeChanged(m_from, m_to);
}

void TimelineWidget::updateLanes()
{
    QList<int> lanes;
    for (int type = 0; type < m_typeCounts.size(); ++type) {
        if (m_typeCounts.at(type) > 0)
            lanes.append(type);
    }
    if (lanes == m_lanes && m_labelWidth > 0)
        return;
    const bool grew = lanes.size() > m_lanes.size();
    m_lanes = lanes;
    int width = fontMetrics().horizontalAdvance(tr("No events"));
    for (const int type : std::as_const(m_lanes))
        width =
            qMax(width,
                 fontMetrics().horizontalAdvance(EventTypeStyle::label(EventType::all().at(type))));
    m_labelWidth = width + 28;
    if (grew)
        updateGeometry();
}

QStringList TimelineWidget::laneTypes() const
{
    QStringList types;
    for (const int type : m_lanes)
        types.append(EventType::all().at(type));
    return types;
}

void TimelineWidget::setRange(qint64 fromMs, qint64 toMs)
{
    qint64 span = qBound(MinSpanMs, toMs - fromMs, MaxSpanMs);
    const qint64 centre = fromMs / 2 + toMs / 2;
    if (toMs - fromMs != span) {
        fromMs = centre - span / 2;
        toMs = fromMs + span;
    }
    m_following = toMs >= nowMs();
    if (fromMs == m_from && toMs == m_to)
        return;
    m_from = fromMs;
    m_to = toMs;
    update();
    emit rangeChanged(m_from, m_to);
}

void TimelineWidget::zoom(double factor, qint64 anchorMs)
{
    const double span = double(m_to - m_from);
    const double newSpan = qBound(double(MinSpanMs), span * factor, double(MaxSpanMs));
    const double anchorFraction = span > 0 ? double(anchorMs - m_from) / span : 0.5;
    const qint64 from = anchorMs - qint64(std::llround(anchorFraction * newSpan));
    setRange(from, from + qint64(std::llround(newSpan)));
}

void TimelineWidget::zoomIn()
{
    zoom(0.5, m_from / 2 + m_to / 2);
}

void TimelineWidget::zoomOut()
{
    zoom(2.0, m_from / 2 + m_to / 2);
}

void TimelineWidget::pan(double spanFraction)
{
    const qint64 shift = qint64(std::llround(double(m_to - m_from) * spanFraction));
    setRange(m_from + shift, m_to + shift);
}

void TimelineWidget::showAll()
{
    if (m_marks.isEmpty())
        return;
    const qint64 first = m_marks.constFirst().ms;
    const qint64 last = qMax(m_marks.constLast().ms, first + MinSpanMs);
    const qint64 margin = (last - first) / 50 + 1;
    setRange(first - margin, last + margin);
}

qint64 TimelineWidget::tickStepMs() const
{
    qint64 step = 0;
    ticks(&step);
    return step;
}

QList<qint64> TimelineWidget::tickTimes() const
{
    QList<qint64> times;
    for (const Tick &tick : ticks(nullptr))
        times.append(tick.ms);
    return times;
}

QList<TimelineWidget::Tick> TimelineWidget::ticks(qint64 *stepMs) const
{
    const QRect plot = plotRect();
    const double pxPerMs = plot.width() > 0 ? double(plot.width()) / double(m_to - m_from) : 0;
    const Step *step = &steps[std::size(steps) - 1];
    for (const Step &candidate : steps) {
        if (double(candidate.nominalMs) * pxPerMs >= minTickSpacingPx) {
            step = &candidate;
            break;
        }
    }
    if (stepMs)
        *stepMs = step->nominalMs;

    const QLocale locale;
    QList<Tick> result;
    const QDate firstDay = localTime(m_from).date();
    switch (step->unit) {
    case StepUnit::Fixed: {
        // From local midnight in whole steps; each day starts again at midnight.
        for (QDate day = firstDay; localMidnight(day) < m_to; day = day.addDays(1)) {
            const qint64 midnight = localMidnight(day);
            const qint64 nextMidnight = localMidnight(day.addDays(1));
            for (qint64 t = midnight; t < nextMidnight && t < m_to; t += step->amount) {
                if (t < m_from)
                    continue;
                const bool dayStart = t == midnight;
                result.append({t,
                               dayStart
                                   ? locale.toString(day, QStringLiteral("ddd d MMM"))
                                   : locale.toString(localTime(t).time(), QStringLiteral("HH:mm")),
                               dayStart});
            }
        }
        break;
    }
    case StepUnit::Day: {
        QDate day = firstDay;
        if (step->amount == 7 || step->amount == 14) {
            day = day.addDays(1 - day.dayOfWeek()); // Mondays
            if (step->amount == 14 && day.weekNumber() % 2)
                day = day.addDays(-7);
        }
        for (; localMidnight(day) < m_to; day = day.addDays(step->amount)) {
            const qint64 t = localMidnight(day);
            if (t < m_from)
                continue;
            const bool monthStart = day.day() == 1;
            result.append({t,
                           locale.toString(day, step->amount == 1 ? QStringLiteral("ddd d MMM")
                                                                  : QStringLiteral("d MMM")),
                           monthStart});
        }
        break;
    }
    case StepUnit::Month: {
        QDate month(firstDay.year(), firstDay.month(), 1);
        month = month.addMonths(-int((month.month() - 1) % step->amount));
        for (; localMidnight(month) < m_to; month = month.addMonths(int(step->amount))) {
            const qint64 t = localMidnight(month);
            if (t < m_from)
                continue;
            const bool yearStart = month.month() == 1;
            result.append({t,
                           locale.toString(month, yearStart || step->amount >= 12
                                                      ? QStringLiteral("yyyy")
                                                      : QStringLiteral("MMM yyyy")),
                           yearStart});
        }
        break;
    }
    }
    return result;
}

void TimelineWidget::setGaps(const QList<EventGap> &gaps)
{
    m_gaps = gaps;
    update();
}

void TimelineWidget::setGap(const EventGap &gap)
{
    for (EventGap &known : m_gaps) {
        if (known.id == gap.id) {
            known = gap;
            update();
            return;
        }
    }
    m_gaps.append(gap);
    update();
}

QList<QRect> TimelineWidget::gapBands() const
{
    QList<QRect> bands;
    const QRect plot = plotRect();
    const qint64 now = nowMs();
    for (const EventGap &gap : m_gaps) {
        const qint64 end = gap.endedAtMs ? gap.endedAtMs : qMax(now, gap.startedAtMs);
        if (end < m_from || gap.startedAtMs >= m_to)
            continue;
        int left = int(std::floor(qMax(xForTime(gap.startedAtMs), double(plot.left()))));
        int right = int(std::ceil(qMin(xForTime(end), double(plot.right() + 1))));
        if (right - left < 4) {
            const int centre = (left + right) / 2;
            left = centre - 2;
            right = centre + 2;
        }
        bands.append(QRect(left, plot.top(), right - left, plot.height()));
    }
    return bands;
}

void TimelineWidget::setSelectedEvent(qint64 eventId)
{
    if (m_selected == eventId)
        return;
    m_selected = eventId;
    // Bring the selected mark into view, keeping the zoom.
    if (m_model && eventId) {
        const int row = m_model->rowOf(eventId);
        if (row >= 0 && row < m_marks.size()) {
            const qint64 ms = m_marks.at(row).ms;
            if (ms < m_from || ms >= m_to) {
                const qint64 span = m_to - m_from;
                setRange(ms - span / 2, ms - span / 2 + span);
            }
        }
    }
    update();
}

QPoint TimelineWidget::markPosition(qint64 eventId) const
{
    if (!m_model)
        return {};
    const int row = m_model->rowOf(eventId);
    if (row < 0 || row >= m_marks.size())
        return {};
    const Mark &mark = m_marks.at(row);
    if (mark.ms < m_from || mark.ms >= m_to)
        return {};
    const int lane = int(m_lanes.indexOf(mark.type));
    return {int(std::floor(xForTime(mark.ms))), laneRect(lane).center().y()};
}

QRect TimelineWidget::plotRect() const
{
    const int top = headerHeight();
    return QRect(m_labelWidth, top, qMax(1, width() - m_labelWidth - rightMarginPx),
                 qMax(1, height() - top - axisHeight()));
}

int TimelineWidget::headerHeight() const
{
    return fontMetrics().height() + 8;
}

int TimelineWidget::axisHeight() const
{
    return fontMetrics().height() + 12;
}

QRect TimelineWidget::laneRect(int lane) const
{
    const QRect plot = plotRect();
    const int lanes = qMax(1, int(m_lanes.size()));
    const int top = plot.top() + plot.height() * lane / lanes;
    const int bottom = plot.top() + plot.height() * (lane + 1) / lanes;
    return QRect(plot.left(), top, plot.width(), bottom - top);
}

int TimelineWidget::laneAt(int y) const
{
    const QRect plot = plotRect();
    if (y < plot.top() || y > plot.bottom() || m_lanes.isEmpty())
        return -1;
    return qBound(0, int((y - plot.top()) * m_lanes.size() / plot.height()),
                  int(m_lanes.size()) - 1);
}

double TimelineWidget::xForTime(qint64 ms) const
{
    const QRect plot = plotRect();
    return plot.left() + double(ms - m_from) * plot.width() / double(m_to - m_from);
}

qint64 TimelineWidget::timeForX(double x) const
{
    const QRect plot = plotRect();
    return m_from + qint64(std::llround((x - plot.left()) * double(m_to - m_from) / plot.width()));
}

QList<qint64> TimelineWidget::marksNear(int x, int lane, int radius, int max) const
{
    const qint64 from = timeForX(x - radius - 0.5);
    const qint64 to = timeForX(x + radius + 1.5);
    const int laneType = lane >= 0 && lane < m_lanes.size() ? m_lanes.at(lane) : -1;
    auto it = std::lower_bound(m_marks.cbegin(), m_marks.cend(), from,
                               [](const Mark &mark, qint64 ms) { return mark.ms < ms; });
    QList<std::pair<double, qint64>> found; // (distance, id)
    for (; it != m_marks.cend() && it->ms < to; ++it) {
        if (laneType >= 0 && it->type != laneType)
            continue;
        found.append({std::abs(xForTime(it->ms) - (x + 0.5)), it->id});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<qint64> ids;
    for (int i = 0; i < found.size() && i < max; ++i)
        ids.append(found.at(i).second);
    return ids;
}

void TimelineWidget::activate(qint64 eventId)
{
    setSelectedEvent(eventId);
    emit eventActivated(eventId);
}

void TimelineWidget::stepSelection(int direction)
{
    if (m_marks.isEmpty())
        return;
    int row = m_model && m_selected ? m_model->rowOf(m_selected) : -1;
    if (row < 0) {
        // From the middle of the view.
        const qint64 centre = m_from / 2 + m_to / 2;
        row = int(std::lower_bound(m_marks.cbegin(), m_marks.cend(), centre,
                                   [](const Mark &mark, qint64 ms) { return mark.ms < ms; }) -
                  m_marks.cbegin());
        if (direction > 0)
            --row;
    }
    row = qBound(0, row + direction, int(m_marks.size()) - 1);
    activate(m_marks.at(row).id);
}

QString TimelineWidget::tooltipAt(const QPoint &pos) const
{
    QStringList lines;
    const QRect plot = plotRect();
    if (!plot.contains(pos))
        return {};
    const int lane = laneAt(pos.y());
    const QList<qint64> ids = marksNear(pos.x(), lane, hitRadiusPx, 6);
    for (int i = 0; i < ids.size() && i < 5 && m_model; ++i) {
        const int row = m_model->rowOf(ids.at(i));
        if (row < 0)
            continue;
        const StoredEvent &event = m_model->eventAt(row);
        const QString object =
            event.raw.targetName.isEmpty() ? event.raw.targetRef : event.raw.targetName;
        lines.append(tr("%1  %2  %3: %4")
                         .arg(TimeFormat::dateTime(event.raw.timestampMs),
                              EventTypeStyle::label(event.eventType), object, event.raw.message)
                         .toHtmlEscaped());
    }
    if (ids.size() > 5)
        lines.append(tr("and more; zoom in to tell them apart").toHtmlEscaped());
    const qint64 at = timeForX(pos.x());
    const QList<QRect> bands = gapBands();
    int band = 0;
    const qint64 now = nowMs();
    for (const EventGap &gap : m_gaps) {
        const qint64 end = gap.endedAtMs ? gap.endedAtMs : qMax(now, gap.startedAtMs);
        if (end < m_from || gap.startedAtMs >= m_to)
            continue;
        if (bands.at(band++).contains(pos) || (at >= gap.startedAtMs && at < end)) {
            const QString until =
                gap.endedAtMs ? TimeFormat::dateTime(gap.endedAtMs) : tr("now (still missing)");
            lines.append(QStringLiteral("<b>%1</b>")
                             .arg(tr("Events may be missing from %1 to %2: %3")
                                      .arg(TimeFormat::dateTime(gap.startedAtMs), until, gap.reason)
                                      .toHtmlEscaped()));
        }
    }
    if (lines.isEmpty())
        return {};
    return QStringLiteral("<p style='white-space:pre'>") + lines.join(QStringLiteral("<br>")) +
           QStringLiteral("</p>");
}

bool TimelineWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.base());
    const QRect plot = plotRect();
    const QFontMetrics metrics = fontMetrics();
    const QColor gridColor = pal.color(QPalette::Mid);
    QColor laneShade = pal.color(QPalette::AlternateBase);

    // Header: the visible range.
    painter.setPen(pal.color(QPalette::Text));
    const QLocale locale;
    const QString range =
        tr("%1 – %2").arg(locale.toString(localTime(m_from), QLocale::ShortFormat),
                          locale.toString(localTime(m_to), QLocale::ShortFormat));
    painter.drawText(QRect(plot.left(), 0, plot.width(), headerHeight()),
                     Qt::AlignLeft | Qt::AlignVCenter, range);

    // Lanes and the legend.
    const int lanes = int(m_lanes.size());
    for (int lane = 0; lane < qMax(1, lanes); ++lane) {
        const QRect r = laneRect(lane);
        if (lane % 2)
            painter.fillRect(r, laneShade);
        if (lane >= lanes)
            break;
        const QString type = EventType::all().at(m_lanes.at(lane));
        const QRect swatch(6, r.center().y() - 5, 10, 10);
        painter.fillRect(swatch, EventTypeStyle::color(type));
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(
            QRect(22, r.top(), m_labelWidth - 26, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(EventTypeStyle::label(type), Qt::ElideRight, m_labelWidth - 26));
    }
    if (lanes == 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(plot, Qt::AlignCenter, tr("No events in this range"));
    }

    // Axis and grid.
    const QList<Tick> tickList = ticks(nullptr);
    painter.setPen(gridColor);
    painter.drawLine(plot.left(), plot.bottom() + 1, plot.right(), plot.bottom() + 1);
    int lastLabelRight = -1;
    for (const Tick &tick : tickList) {
        const int x = int(std::floor(xForTime(tick.ms)));
        QColor grid = gridColor;
        grid.setAlpha(tick.major ? 160 : 70);
        painter.setPen(grid);
        painter.drawLine(x, plot.top(), x, plot.bottom());
        painter.setPen(gridColor);
        painter.drawLine(x, plot.bottom() + 1, x, plot.bottom() + 5);
        const int labelWidth = metrics.horizontalAdvance(tick.label);
        const int left = qMax(x - labelWidth / 2, plot.left());
        if (left > lastLabelRight + 4 && left + labelWidth <= width()) {
            QFont font = painter.font();
            font.setBold(tick.major);
            painter.setFont(font);
            painter.setPen(pal.color(QPalette::Text));
            painter.drawText(QRect(left, plot.bottom() + 6, labelWidth + 8, metrics.height()),
                             Qt::AlignLeft | Qt::AlignTop, tick.label);
            font.setBold(false);
            painter.setFont(font);
            lastLabelRight = left + labelWidth;
        }
    }

    // Gaps: hatched bands.
    painter.setClipRect(plot);
    const QColor gapColor(0xb2, 0x18, 0x2b);
    for (const QRect &band : gapBands()) {
        QColor fill = gapColor;
        fill.setAlpha(28);
        painter.fillRect(band, fill);
        QColor hatch = gapColor;
        hatch.setAlpha(110);
        painter.fillRect(band, QBrush(hatch, Qt::BDiagPattern));
        painter.setPen(hatch);
        painter.drawLine(band.topLeft(), band.bottomLeft());
        painter.drawLine(band.topRight(), band.bottomRight());
    }

    // "Now".
    const qint64 now = nowMs();
    if (now >= m_from && now < m_to) {
        const int x = int(std::floor(xForTime(now)));
        QPen pen(pal.color(QPalette::Highlight), 1, Qt::DashLine);
        painter.setPen(pen);
        painter.drawLine(x, plot.top(), x, plot.bottom());
    }

    // Marks, bucketed per pixel column and lane; taller where a column holds more events.
    if (lanes > 0) {
        const int columns = plot.width();
        QList<int> buckets(qsizetype(columns) * lanes, 0);
        QList<int> laneOfType(m_typeCounts.size(), -1);
        for (int lane = 0; lane < lanes; ++lane)
            laneOfType[m_lanes.at(lane)] = lane;
        const double pxPerMs = double(columns) / double(m_to - m_from);
        auto it = std::lower_bound(m_marks.cbegin(), m_marks.cend(), m_from,
                                   [](const Mark &mark, qint64 ms) { return mark.ms < ms; });
        int maxCount = 1;
        for (; it != m_marks.cend() && it->ms < m_to; ++it) {
            const int column = qBound(0, int(double(it->ms - m_from) * pxPerMs), columns - 1);
            int &count = buckets[qsizetype(laneOfType.at(it->type)) * columns + column];
            maxCount = qMax(maxCount, ++count);
        }
        const double logMax = std::log2(1.0 + maxCount);
        for (int lane = 0; lane < lanes; ++lane) {
            const QRect r = laneRect(lane);
            const int fullHeight = qMin(r.height() - 4, 18);
            const QColor color = EventTypeStyle::color(EventType::all().at(m_lanes.at(lane)));
            const int *row = buckets.constData() + qsizetype(lane) * columns;
            for (int column = 0; column < columns; ++column) {
                const int count = row[column];
                if (!count)
                    continue;
                const double weight =
                    maxCount > 1 ? 0.55 + 0.45 * std::log2(1.0 + count) / logMax : 1.0;
                const int h = qMax(3, int(fullHeight * weight));
                painter.fillRect(QRect(plot.left() + column - 1, r.center().y() - h / 2 + 1, 3, h),
                                 color);
            }
        }
    }

    // Gap labels, over the marks.
    for (const QRect &band : gapBands()) {
        const QString label = tr("events may be missing");
        const int labelWidth = metrics.horizontalAdvance(label) + 8;
        painter.setPen(gapColor);
        if (band.width() >= labelWidth) {
            const QRect box(band.left() + (band.width() - labelWidth) / 2, band.top() + 2,
                            labelWidth, metrics.height() + 2);
            painter.fillRect(box, pal.base());
            painter.drawText(box, Qt::AlignCenter, label);
        } else if (band.width() >= metrics.height() + 2 && band.height() >= labelWidth) {
            // A narrow band says it upright.
            painter.save();
            painter.translate(band.center().x() - metrics.height() / 2 - 1,
                              band.top() + (band.height() + labelWidth) / 2);
            painter.rotate(-90);
            const QRect box(0, 0, labelWidth, metrics.height() + 2);
            painter.fillRect(box, pal.base());
            painter.drawText(box, Qt::AlignCenter, label);
            painter.restore();
        }
    }

    // The selected event: a ring and a line across the lanes.
    const QPoint selected = markPosition(m_selected);
    if (!selected.isNull()) {
        painter.setPen(QPen(pal.color(QPalette::Highlight), 1));
        painter.drawLine(selected.x(), plot.top(), selected.x(), plot.bottom());
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(Qt::NoBrush);
        const QPointF centre(selected.x() + 0.5, selected.y() + 0.5);
        // A light halo first so that the ring stands out on dense marks.
        painter.setPen(QPen(pal.color(QPalette::Base), 5));
        painter.drawEllipse(centre, 7, 7);
        painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
        painter.drawEllipse(centre, 7, 7);
        painter.setRenderHint(QPainter::Antialiasing, false);
    }
    painter.setClipping(false);

    painter.setPen(gridColor);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(plot.adjusted(0, 0, -1, 0));
    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(1, 1, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &painter, this);
    }
}

void TimelineWidget::wheelEvent(QWheelEvent *event)
{
    const QPoint delta = event->angleDelta();
    if (delta.y() != 0) {
        const double notches = delta.y() / 120.0;
        zoom(std::pow(0.8, notches), timeForX(event->position().x()));
    } else if (delta.x() != 0) {
        pan(-delta.x() / 1200.0);
    }
    event->accept();
}

void TimelineWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position().toPoint();
    m_pressFrom = m_from;
    m_pressTo = m_to;
    event->accept();
}

void TimelineWidget::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed)
        return;
    const int dx = event->position().toPoint().x() - m_pressPos.x();
    if (!m_dragging && std::abs(dx) >= 3) {
        m_dragging = true;
        setCursor(Qt::ClosedHandCursor);
    }
    if (m_dragging) {
        const double msPerPx = double(m_pressTo - m_pressFrom) / plotRect().width();
        const qint64 shift = qint64(std::llround(-dx * msPerPx));
        setRange(m_pressFrom + shift, m_pressTo + shift);
    }
}

void TimelineWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return;
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    const QPoint pos = event->position().toPoint();
    if (!plotRect().contains(pos))
        return;
    QList<qint64> ids = marksNear(pos.x(), laneAt(pos.y()), hitRadiusPx, 1);
    if (ids.isEmpty())
        ids = marksNear(pos.x(), -1, hitRadiusPx, 1);
    if (!ids.isEmpty())
        activate(ids.constFirst());
}

void TimelineWidget::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Left:
        shift ? stepSelection(-1) : pan(-0.1);
        break;
    case Qt::Key_Right:
        shift ? stepSelection(1) : pan(0.1);
        break;
    case Qt::Key_PageUp:
        pan(-1.0);
        break;
    case Qt::Key_PageDown:
        pan(1.0);
        break;
    case Qt::Key_Home:
        showAll();
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

QSize TimelineWidget::sizeHint() const
{
    const int laneHeight = fontMetrics().height() + 6;
    return {720,
            headerHeight() + axisHeight() + int(qMax<qsizetype>(3, m_lanes.size())) * laneHeight};
}

QSize TimelineWidget::minimumSizeHint() const
{
    return {240, headerHeight() + axisHeight() + 3 * (fontMetrics().height() / 2 + 4)};
}

} // namespace Vantage
