#include "metricsfixture.h"
#include "tests/ui/accessibilityaudit.h"
#include "tests/ui/events/eventfixture.h"
#include "tests/ui/inventoryfixture.h"

#include "core/database.h"
#include "ui/charts/metricspanel.h"
#include "ui/events/eventtypestyle.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

#include <cmath>
#include <memory>

using namespace Vantage;
using namespace Vantage::Testing;

namespace {
constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

// A deterministic, wiggly CPU percentage between 10 and 70.
double wave(int k)
{
    return 40 + 18 * std::sin(k / 20.0) + 12 * std::sin(k * 1.7);
}

// The time axis covers the panel's range.
bool axisCovers(const QDateTimeAxis *axis, qint64 fromMs, qint64 toMs)
{
    return axis->min().toMSecsSinceEpoch() <= fromMs && axis->max().toMSecsSinceEpoch() >= toMs &&
           axis->max().toMSecsSinceEpoch() - axis->min().toMSecsSinceEpoch() <=
               (toMs - fromMs) * 5 / 4;
}

bool near(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
}
} // namespace

class tst_MetricsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyControlIsNamed();
    void realtimeLastHourShowsTheStoredRows();
    void hourlyShowsAveragesWithABand();
    void unitsFollowTheValues();
    void intervalAndRangeSwitching();
    void customRange();
    void placeholderWithoutData();
    void hoverShowsTimeAndValues();
    void eventMarkersAreColouredAndClickable();
    void liveAppendAddsOnlyTheShownObject();
    void thirtyDaysHourlyOpens();
    void screenshot();

private:
    QLineSeries *average() const;
    QAreaSeries *band() const;
    QList<QScatterSeries *> markers() const;
    QPoint viewportPosition(const QPointF &value, QAbstractSeries *series) const;
    template <typename T> T *child(const char *name) const
    {
        T *widget = m_panel->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MetricsPanel> m_panel;
    qint64 m_manager = 0;
    qint64 m_web = 0;
    qint64 m_db = 0;
    qint64 m_idle = 0;
    qint64 m_now = 0;
    QString m_webRef;
    QList<MetricRates> m_webRows;
    QList<StoredEvent> m_events;
};

void tst_MetricsPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(InventoryFixture::open(*m_dir, &error), qPrintable(error));
    InventoryFixture::addProvider(QStringLiteral("alpha"), &m_manager);
    const qint64 host = InventoryFixture::addHost(m_manager, 0, QStringLiteral("node1"));
    m_web = InventoryFixture::addVm(m_manager, host, QStringLiteral("web01"));
    m_db = InventoryFixture::addVm(m_manager, host, QStringLiteral("db01"));
    m_idle = InventoryFixture::addVm(m_manager, host, QStringLiteral("idle01"));
    m_webRef = emsRefOf(InventoryKind::Vm, m_web);
    const QString dbRef = emsRefOf(InventoryKind::Vm, m_db);

    m_now = QDateTime::currentMSecsSinceEpoch();
    // web01: every 20 s for the last 70 minutes, every 10 minutes for the 23 hours before.
    m_webRows.clear();
    int k = 0;
    for (qint64 t = m_now - 20 * second; t > m_now - 70 * minute; t -= 20 * second)
        m_webRows.prepend(makeRates(m_manager, m_webRef, 0, t, wave(++k)));
    for (qint64 t = m_now - 70 * minute; t > m_now - 24 * hour; t -= 10 * minute)
        m_webRows.prepend(makeRates(m_manager, m_webRef, 0, t, wave(++k)));
    // db01: busier, over the same day.
    QList<MetricRates> dbRows;
    for (qint64 t = m_now - 30 * second; t > m_now - 24 * hour; t -= 15 * minute)
        dbRows.prepend(makeRates(m_manager, dbRef, 0, t, 90));
    QVERIFY(storeRows(m_webRows + dbRows));
    QVERIFY(rollUpHours(m_manager, m_webRows + dbRows));

    m_events = storeEvents({
        makeEvent(m_manager, m_now - 20 * hour, "vm_created", m_webRef, "web01", "web01 created"),
        makeEvent(m_manager, m_now - 5 * hour, "vm_power_on", m_webRef, "web01", "web01 started"),
        makeEvent(m_manager, m_now - 2 * hour, "vm_power_on", dbRef, "db01", "db01 started"),
        makeEvent(m_manager, m_now - 30 * minute, "vm_power_off", m_webRef, "web01",
                  "web01 shut down"),
        makeEvent(m_manager, m_now - 10 * minute, "vm_power_on", m_webRef, "web01",
                  "web01 started again"),
    });
    QCOMPARE(m_events.size(), 5);

    m_panel = std::make_unique<MetricsPanel>();
    m_panel->resize(1000, 600);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    m_panel->setObject(InventoryKind::Vm, m_web, QStringLiteral("web01"));
}

void tst_MetricsPanel::cleanup()
{
    m_panel.reset();
    Database::closeThreadConnection();
    m_dir.reset();
}

QLineSeries *tst_MetricsPanel::average() const
{
    return m_panel->chart()->findChild<QLineSeries *>(QStringLiteral("metricsAverage"));
}

QAreaSeries *tst_MetricsPanel::band() const
{
    return m_panel->chart()->findChild<QAreaSeries *>(QStringLiteral("metricsBand"));
}

QList<QScatterSeries *> tst_MetricsPanel::markers() const
{
    QList<QScatterSeries *> result;
    const auto series = m_panel->chart()->series();
    for (QAbstractSeries *s : series) {
        if (auto *scatter = qobject_cast<QScatterSeries *>(s))
            result << scatter;
    }
    return result;
}

QPoint tst_MetricsPanel::viewportPosition(const QPointF &value, QAbstractSeries *series) const
{
    auto *view = child<QChartView>("metricsChartView");
    const QPointF scene = m_panel->chart()->mapToPosition(value, series);
    return view->mapFromScene(scene);
}

void tst_MetricsPanel::everyControlIsNamed()
{
    const QStringList problems = unnamedControls(m_panel.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    for (const char *name :
         {"metricsMetric", "metricsInterval", "metricsRange", "metricsRangeFrom", "metricsRangeTo",
          "metricsChartView", "metricsHover", "metricsEvent", "metricsPlaceholder"}) {
        auto *widget = child<QWidget>(name);
        QVERIFY2(widget, name);
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
    // Every metric is offered.
    QCOMPARE(child<QComboBox>("metricsMetric")->count(), metricColumnCount);
    QCOMPARE(child<QComboBox>("metricsRange")->count(), 6);
}

void tst_MetricsPanel::realtimeLastHourShowsTheStoredRows()
{
    QCOMPARE(m_panel->rangePreset(), MetricsPanel::RangePreset::LastHour);
    QCOMPARE(m_panel->interval(), MetricInterval::Realtime);
    QCOMPARE(m_panel->metric(), MetricColumn::CpuPercent);
    QList<MetricRates> expected;
    for (const MetricRates &row : std::as_const(m_webRows)) {
        if (row.timestampMs >= m_panel->rangeFromMs() && row.timestampMs < m_panel->rangeToMs())
            expected << row;
    }
    QVERIFY(expected.size() >= 179);
    const QList<QPointF> points = average()->points();
    QCOMPARE(points.size(), expected.size());
    for (int i = 0; i < points.size(); ++i) {
        QCOMPARE(qint64(points.at(i).x()), expected.at(i).timestampMs);
        QVERIFY(near(points.at(i).y(), *expected.at(i).cpuPercent));
    }
    QVERIFY(!band()->isVisible());
    QCOMPARE(m_panel->unit(), QStringLiteral("%"));
    auto *valueAxis = m_panel->chart()->findChild<QValueAxis *>(QStringLiteral("metricsValueAxis"));
    QCOMPARE(valueAxis->max(), 100.0);
    QVERIFY(valueAxis->titleText().contains(QStringLiteral("%")));
    QVERIFY(!m_panel->showsPlaceholder());
}

void tst_MetricsPanel::hourlyShowsAveragesWithABand()
{
    m_panel->setRangePreset(MetricsPanel::RangePreset::LastDay);
    QCOMPARE(m_panel->interval(), MetricInterval::Hourly);
    const qint64 from = m_panel->rangeFromMs() - m_panel->rangeFromMs() % hour;
    QList<HourSummary> expected;
    for (const HourSummary &h : expectedHours(m_webRows, MetricColumn::CpuPercent)) {
        if (h.hourStartMs >= from && h.hourStartMs < m_panel->rangeToMs())
            expected << h;
    }
    QVERIFY(expected.size() >= 24);
    const QList<QPointF> avg = average()->points();
    QVERIFY(band()->isVisible());
    const QList<QPointF> upper = band()->upperSeries()->points();
    const QList<QPointF> lower = band()->lowerSeries()->points();
    QCOMPARE(avg.size(), expected.size());
    QCOMPARE(upper.size(), expected.size());
    QCOMPARE(lower.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(qint64(avg.at(i).x()), expected.at(i).hourStartMs);
        QVERIFY(near(avg.at(i).y(), expected.at(i).avg));
        QVERIFY(near(upper.at(i).y(), expected.at(i).max));
        QVERIFY(near(lower.at(i).y(), expected.at(i).min));
        QVERIFY(lower.at(i).y() <= avg.at(i).y() && avg.at(i).y() <= upper.at(i).y());
    }
    // The band is drawn below the average, both against the same axes.
    QCOMPARE(band()->attachedAxes().size(), 2);
    QCOMPARE(average()->attachedAxes().size(), 2);
}

void tst_MetricsPanel::unitsFollowTheValues()
{
    struct Case
    {
        MetricColumn column;
        QString unit;
        double divisor;
    };
    // wave() runs 10..70: MiB/s for disk read and network, KiB/s for disk write.
    const QList<Case> cases = {
        {MetricColumn::CpuPercent, QStringLiteral("%"), 1},
        {MetricColumn::MemoryUsedPercent, QStringLiteral("%"), 1},
        {MetricColumn::DiskReadBps, QStringLiteral("MiB/s"), mebibyte},
        {MetricColumn::DiskWriteBps, QStringLiteral("KiB/s"), 1024},
        {MetricColumn::DiskReadIops, QStringLiteral("IOPS"), 1},
        {MetricColumn::NetRxBps, QStringLiteral("MiB/s"), mebibyte},
        {MetricColumn::NetTxBps, QStringLiteral("MiB/s"), mebibyte},
    };
    for (const Case &c : cases) {
        m_panel->setMetric(c.column);
        QCOMPARE(m_panel->unit(), c.unit);
        QCOMPARE(m_panel->unitDivisor(), c.divisor);
        auto *axis = m_panel->chart()->findChild<QValueAxis *>(QStringLiteral("metricsValueAxis"));
        QVERIFY2(axis->titleText().contains(c.unit), qPrintable(axis->titleText()));
        const QList<QPointF> points = average()->points();
        QVERIFY(!points.isEmpty());
        const MetricRates &last = m_webRows.constLast();
        QCOMPARE(qint64(points.constLast().x()), last.timestampMs);
        QVERIFY(near(points.constLast().y() * c.divisor, *last.value(c.column)));
        QVERIFY(axis->max() >= points.constLast().y());
    }
    // Choosing from the combo box does the same.
    auto *combo = child<QComboBox>("metricsMetric");
    combo->setFocus();
    combo->setCurrentIndex(combo->findData(int(MetricColumn::DiskWriteIops)));
    emit combo->activated(combo->currentIndex());
    QCOMPARE(m_panel->metric(), MetricColumn::DiskWriteIops);
    QVERIFY(near(average()->points().constLast().y(), *m_webRows.constLast().diskWriteIops));
}

void tst_MetricsPanel::intervalAndRangeSwitching()
{
    const int realtimePoints = int(average()->points().size());
    auto *range = child<QComboBox>("metricsRange");
    auto *interval = child<QComboBox>("metricsInterval");
    auto *timeAxis =
        m_panel->chart()->findChild<QDateTimeAxis *>(QStringLiteral("metricsTimeAxis"));

    // 4 hours stays realtime: the same rows (there are none older than 70 minutes at 20 s).
    range->setCurrentIndex(range->findData(int(MetricsPanel::RangePreset::Last4Hours)));
    emit range->activated(range->currentIndex());
    QCOMPARE(m_panel->interval(), MetricInterval::Realtime);
    QCOMPARE(m_panel->rangeToMs() - m_panel->rangeFromMs(), 4 * hour);
    QVERIFY(average()->points().size() > realtimePoints);
    QVERIFY(axisCovers(timeAxis, m_panel->rangeFromMs(), m_panel->rangeToMs()));

    // 7 days switches to hourly: 25 hours at most.
    range->setCurrentIndex(range->findData(int(MetricsPanel::RangePreset::LastWeek)));
    emit range->activated(range->currentIndex());
    QCOMPARE(m_panel->interval(), MetricInterval::Hourly);
    QCOMPARE(m_panel->rangeToMs() - m_panel->rangeFromMs(), 7 * day);
    QCOMPARE(average()->points().size(), expectedHours(m_webRows, MetricColumn::CpuPercent).size());
    QVERIFY(band()->isVisible());

    // The interval can be changed on its own: realtime over the week shows every row.
    interval->setCurrentIndex(interval->findData(int(MetricInterval::Realtime)));
    emit interval->activated(interval->currentIndex());
    QCOMPARE(m_panel->interval(), MetricInterval::Realtime);
    QCOMPARE(average()->points().size(), m_webRows.size());
    QVERIFY(!band()->isVisible());

    // Daily: no daily rollups were made.
    m_panel->setInterval(MetricInterval::Daily);
    QVERIFY(m_panel->showsPlaceholder());
    QString error;
    const qint64 today = m_now - m_now % day;
    QVERIFY(MetricsStore::rollUpDay(m_manager, today, &error));
    QVERIFY(MetricsStore::rollUpDay(m_manager, today - day, &error));
    m_panel->reload();
    QVERIFY(!m_panel->showsPlaceholder());
    QVERIFY(average()->points().size() >= 1 && average()->points().size() <= 2);
    QVERIFY(band()->isVisible());
}

void tst_MetricsPanel::customRange()
{
    // Two hours, ten to twelve hours ago, hourly.
    const qint64 from = m_now - m_now % hour - 12 * hour;
    m_panel->setCustomRange(from, from + 2 * hour);
    QCOMPARE(m_panel->rangePreset(), MetricsPanel::RangePreset::Custom);
    QVERIFY(child<QDateTimeEdit>("metricsRangeFrom")->isVisible());
    QVERIFY(child<QDateTimeEdit>("metricsRangeTo")->isVisible());
    m_panel->setInterval(MetricInterval::Hourly);
    QCOMPARE(m_panel->rangeFromMs(), from);
    QCOMPARE(m_panel->rangeToMs(), from + 2 * hour);
    const QList<QPointF> points = average()->points();
    QCOMPARE(points.size(), 2);
    QCOMPARE(qint64(points.at(0).x()), from);
    QCOMPARE(qint64(points.at(1).x()), from + hour);
    // Realtime in that range: every 10 minutes.
    m_panel->setInterval(MetricInterval::Realtime);
    QCOMPARE(average()->points().size(), 12);
    // Back to a preset hides the edits.
    m_panel->setRangePreset(MetricsPanel::RangePreset::LastHour);
    QVERIFY(!child<QDateTimeEdit>("metricsRangeFrom")->isVisible());
}

void tst_MetricsPanel::placeholderWithoutData()
{
    QVERIFY(!child<QLabel>("metricsPlaceholder")->isVisible());
    m_panel->setObject(InventoryKind::Vm, m_idle, QStringLiteral("idle01"));
    QVERIFY(m_panel->showsPlaceholder());
    QVERIFY(child<QLabel>("metricsPlaceholder")->isVisible());
    QCOMPARE(child<QLabel>("metricsPlaceholder")->text(), QStringLiteral("No data for this range"));
    QVERIFY(average()->points().isEmpty());
    // A range long before any data.
    m_panel->setObject(InventoryKind::Vm, m_web, QStringLiteral("web01"));
    QVERIFY(!m_panel->showsPlaceholder());
    m_panel->setCustomRange(m_now - 100 * day, m_now - 99 * day);
    QVERIFY(m_panel->showsPlaceholder());
    // Nothing selected.
    m_panel->setRangePreset(MetricsPanel::RangePreset::LastHour);
    m_panel->setObject(InventoryKind::Vm, 0, QString());
    QVERIFY(m_panel->showsPlaceholder());
}

void tst_MetricsPanel::hoverShowsTimeAndValues()
{
    auto *view = child<QChartView>("metricsChartView");
    auto *hover = child<QLabel>("metricsHover");
    const QPointF target = average()->points().at(average()->points().size() / 2);
    QTest::mouseMove(view->viewport(), viewportPosition(target, average()));
    QTRY_VERIFY(!hover->text().isEmpty());
    QVERIFY2(hover->text().contains(QStringLiteral(" %")), qPrintable(hover->text()));
    QVERIFY2(hover->text().contains(QLocale().toString(target.y(), 'f', 1)),
             qPrintable(hover->text()));

    m_panel->setRangePreset(MetricsPanel::RangePreset::LastDay);
    const QPointF hourly = average()->points().at(5);
    QTest::mouseMove(view->viewport(), viewportPosition(hourly, average()));
    QTRY_VERIFY(hover->text().contains(QStringLiteral("avg")));
    QVERIFY2(hover->text().contains(QStringLiteral("min")) &&
                 hover->text().contains(QStringLiteral("max")),
             qPrintable(hover->text()));
    QVERIFY2(hover->text().contains(QLocale().toString(hourly.y(), 'f', 1)),
             qPrintable(hover->text()));
}

void tst_MetricsPanel::eventMarkersAreColouredAndClickable()
{
    m_panel->setRangePreset(MetricsPanel::RangePreset::LastDay);
    // web01's four events, by type; db01's is not shown.
    const QList<QScatterSeries *> series = markers();
    QCOMPARE(series.size(), 3);
    int total = 0;
    QScatterSeries *off = nullptr;
    for (QScatterSeries *s : series) {
        total += s->count();
        const QString type = s->objectName().mid(QStringLiteral("metricsEvents_").size());
        QCOMPARE(s->color(), EventTypeStyle::color(type));
        QCOMPARE(s->name(), EventTypeStyle::label(type));
        if (type == QStringLiteral("vm_power_off"))
            off = s;
    }
    QCOMPARE(total, 4);
    QVERIFY(off);
    QCOMPARE(off->count(), 1);
    QCOMPARE(qint64(off->at(0).x()), m_events.at(3).raw.timestampMs);

    // Clicking the marker shows its message and activates the event.
    QSignalSpy activated(m_panel.get(), &MetricsPanel::eventActivated);
    auto *view = child<QChartView>("metricsChartView");
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, viewportPosition(off->at(0), off));
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), m_events.at(3).id);
    QVERIFY2(child<QLabel>("metricsEvent")->text().contains(QStringLiteral("web01 shut down")),
             qPrintable(child<QLabel>("metricsEvent")->text()));

    // The last hour has two of them.
    m_panel->setRangePreset(MetricsPanel::RangePreset::LastHour);
    total = 0;
    for (QScatterSeries *s : markers())
        total += s->count();
    QCOMPARE(total, 2);
}

void tst_MetricsPanel::liveAppendAddsOnlyTheShownObject()
{
    const int before = int(average()->points().size());
    const qint64 t = QDateTime::currentMSecsSinceEpoch() + 5 * second;
    // Another VM's row, and one of another kind with the same id: ignored.
    MetricRates other = makeRates(m_manager, emsRefOf(InventoryKind::Vm, m_db), m_db, t, 42);
    MetricRates host = makeRates(m_manager, QStringLiteral("h"), m_web, t, 42);
    host.kind = InventoryKind::Host;
    m_panel->appendRealtime({other, host});
    QCOMPARE(int(average()->points().size()), before);

    // The shown VM's row, by id or (before its id was known) by ems_ref.
    m_panel->appendRealtime({other, makeRates(m_manager, m_webRef, m_web, t, 33.5)});
    QCOMPARE(int(average()->points().size()), before + 1);
    QCOMPARE(qint64(average()->points().constLast().x()), t);
    QCOMPARE(average()->points().constLast().y(), 33.5);
    m_panel->appendRealtime({makeRates(m_manager, m_webRef, 0, t + 20 * second, 44)});
    QCOMPARE(average()->points().constLast().y(), 44.0);
    // The range follows: it ends with the newest row, and what fell out of it is gone.
    QCOMPARE(m_panel->rangeToMs(), t + 20 * second);
    QCOMPARE(m_panel->rangeFromMs(), t + 20 * second - hour);
    int kept = 2;
    for (const MetricRates &row : std::as_const(m_webRows))
        kept += row.timestampMs >= m_panel->rangeFromMs();
    QCOMPARE(int(average()->points().size()), kept);
    QVERIFY(average()->points().constFirst().x() >= double(m_panel->rangeFromMs()));
    auto *timeAxis =
        m_panel->chart()->findChild<QDateTimeAxis *>(QStringLiteral("metricsTimeAxis"));
    QVERIFY(axisCovers(timeAxis, m_panel->rangeFromMs(), m_panel->rangeToMs()));

    // Hourly charts do not take realtime rows.
    m_panel->setRangePreset(MetricsPanel::RangePreset::LastDay);
    const int hourly = int(average()->points().size());
    m_panel->appendRealtime({makeRates(m_manager, m_webRef, m_web, t + 40 * second, 50)});
    QCOMPARE(int(average()->points().size()), hourly);

    // An empty chart comes alive with its first row.
    m_panel->setRangePreset(MetricsPanel::RangePreset::LastHour);
    m_panel->setObject(InventoryKind::Vm, m_idle, QStringLiteral("idle01"));
    QVERIFY(m_panel->showsPlaceholder());
    m_panel->appendRealtime(
        {makeRates(m_manager, emsRefOf(InventoryKind::Vm, m_idle), m_idle, t, 5)});
    QVERIFY(!m_panel->showsPlaceholder());
    QCOMPARE(average()->points().size(), 1);
}

void tst_MetricsPanel::thirtyDaysHourlyOpens()
{
    const qint64 vm = InventoryFixture::addVm(m_manager, 0, QStringLiteral("long01"));
    const QString ref = emsRefOf(InventoryKind::Vm, vm);
    const qint64 thisHour = m_now - m_now % hour;
    QList<MetricRates> rows;
    for (int h = 720; h >= 1; --h) {
        rows << makeRates(m_manager, ref, vm, thisHour - h * hour + 10 * minute, wave(h));
        rows << makeRates(m_manager, ref, vm, thisHour - h * hour + 40 * minute, wave(h + 1));
    }
    QVERIFY(storeRows(rows));
    QVERIFY(rollUpHours(m_manager, rows));

    MetricsPanel panel;
    panel.resize(1000, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.setRangePreset(MetricsPanel::RangePreset::LastMonth);
    QElapsedTimer timer;
    timer.start();
    panel.setObject(InventoryKind::Vm, vm, QStringLiteral("long01"));
    const qint64 loaded = timer.elapsed();
    // The chart lays out its scene from the event loop; then draw it, 720 points and the band.
    QCoreApplication::processEvents();
    panel.repaint();
    const qint64 painted = timer.elapsed();
    qDebug("30 days hourly (720 points): loaded in %lld ms, loaded and painted in %lld ms", loaded,
           painted);
    auto *avg = panel.chart()->findChild<QLineSeries *>(QStringLiteral("metricsAverage"));
    // The oldest hour may fall just outside the 30 days.
    QVERIFY2(avg->count() >= 719 && avg->count() <= 720, qPrintable(QString::number(avg->count())));
    const QList<HourSummary> expected = expectedHours(rows, MetricColumn::CpuPercent);
    QVERIFY(near(avg->points().constLast().y(), expected.constLast().avg));
}

void tst_MetricsPanel::screenshot()
{
    m_panel->setRangePreset(MetricsPanel::RangePreset::LastDay);
    m_panel->setMetric(MetricColumn::CpuPercent);
    // The chart's scene redraws from the event loop.
    QTest::qWait(50);
    const QImage image = m_panel->grab().toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_panel->size() * m_panel->devicePixelRatio());
    // Set VANTAGE_SCREENSHOT_DIR to keep the pictures.
    const QString dir = qEnvironmentVariable("VANTAGE_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QVERIFY(image.save(dir + QStringLiteral("/metrics-day-hourly.png")));
        m_panel->setRangePreset(MetricsPanel::RangePreset::LastHour);
        QTest::qWait(50);
        QVERIFY(m_panel->grab().save(dir + QStringLiteral("/metrics-hour-realtime.png")));
        m_panel->setRangePreset(MetricsPanel::RangePreset::LastDay);
        m_panel->setMetric(MetricColumn::DiskReadBps);
        QTest::qWait(50);
        QVERIFY(m_panel->grab().save(dir + QStringLiteral("/metrics-day-disk.png")));
    }
}

QTEST_MAIN(tst_MetricsPanel)
#include "tst_metricspanel.moc"
