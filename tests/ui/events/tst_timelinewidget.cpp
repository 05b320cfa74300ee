#include "eventfixture.h"
#include "tests/ui/inventoryfixture.h"

#include "core/database.h"
#include "ui/events/eventlistmodel.h"
#include "ui/events/timelinewidget.h"

#include <QApplication>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <memory>

using namespace Vantage;
using Vantage::Testing::InventoryFixture;
using Vantage::Testing::makeEvent;
using Vantage::Testing::storeEvents;

namespace {
constexpr qint64 minute = 60 * 1000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

void sendWheel(QWidget *widget, const QPoint &pos, int delta)
{
    QWheelEvent event(pos, widget->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

void sendMouse(QWidget *widget, QEvent::Type type, const QPoint &pos, Qt::MouseButton button,
               Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, widget->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}
} // namespace

class tst_TimelineWidget : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void tickSpacingFollowsZoom_data();
    void tickSpacingFollowsZoom();
    void wheelZoomsAroundTheCursor();
    void dragPans();
    void keyboardZoomsAndPans();
    void spanIsBounded();
    void lanesAreTheTypesPresent();
    void clickingAMarkActivatesIt();
    void shiftArrowsStepThroughEvents();
    void liveEventsAddMarksAndFollow();
    void gapIsAHatchedBand();
    void paintsManyEventsQuickly();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventListModel> m_model;
    std::unique_ptr<TimelineWidget> m_timeline;
    qint64 m_manager = 0;
    qint64 m_base = 0;
    QList<StoredEvent> m_events;
};

void tst_TimelineWidget::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(InventoryFixture::open(*m_dir, &error), qPrintable(error));
    InventoryFixture::addProvider(QStringLiteral("alpha"), &m_manager);
    // Two hours ago, on the minute.
    m_base = (nowMs() - 2 * hour) / minute * minute;
    m_events = storeEvents({
        makeEvent(m_manager, m_base, "vm_power_on", "a", "web01", "started"),
        makeEvent(m_manager, m_base + 30 * minute, "vm_power_off", "a", "web01", "stopped"),
        makeEvent(m_manager, m_base + 60 * minute, "vm_power_on", "b", "db01", "started"),
    });
    QCOMPARE(m_events.size(), 3);
    m_model = std::make_unique<EventListModel>();
    m_model->reload();
    m_timeline = std::make_unique<TimelineWidget>();
    m_timeline->setModel(m_model.get());
    m_timeline->resize(900, 260);
    m_timeline->setRange(m_base - 10 * minute, m_base + 80 * minute);
    m_timeline->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_timeline.get()));
}

void tst_TimelineWidget::cleanup()
{
    m_timeline.reset();
    m_model.reset();
    Database::closeThreadConnection();
    m_dir.reset();
}

void tst_TimelineWidget::tickSpacingFollowsZoom_data()
{
    QTest::addColumn<qint64>("span");
    QTest::addColumn<qint64>("minStep");
    QTest::addColumn<qint64>("maxStep");
    QTest::newRow("ten minutes") << 10 * minute << minute << 2 * minute;
    QTest::newRow("two hours") << 2 * hour << 10 * minute << 30 * minute;
    QTest::newRow("a day") << day << 2 * hour << 6 * hour;
    QTest::newRow("a week") << 7 * day << day << day;
    QTest::newRow("two months") << 60 * day << 7 * day << 14 * day;
    QTest::newRow("a year") << 365 * day << 30 * day << 91 * day;
}

void tst_TimelineWidget::tickSpacingFollowsZoom()
{
    QFETCH(qint64, span);
    QFETCH(qint64, minStep);
    QFETCH(qint64, maxStep);
    const qint64 end = nowMs();
    m_timeline->setRange(end - span, end);
    const qint64 step = m_timeline->tickStepMs();
    QVERIFY2(step >= minStep && step <= maxStep, qPrintable(QString::number(step)));
    const QList<qint64> ticks = m_timeline->tickTimes();
    QVERIFY(ticks.size() >= 3);
    for (int i = 0; i < ticks.size(); ++i) {
        QVERIFY(ticks.at(i) >= m_timeline->visibleFrom() && ticks.at(i) < m_timeline->visibleTo());
        if (i > 0) {
            // Far enough apart to label, whatever the unit.
            const double px =
                m_timeline->xForTime(ticks.at(i)) - m_timeline->xForTime(ticks.at(i - 1));
            QVERIFY2(px >= 60, qPrintable(QString::number(px)));
        }
    }
}

void tst_TimelineWidget::wheelZoomsAroundTheCursor()
{
    QSignalSpy ranges(m_timeline.get(), &TimelineWidget::rangeChanged);
    const QRect plot = m_timeline->plotRect();
    const QPoint at(plot.left() + plot.width() / 4, plot.center().y());
    const qint64 anchor = m_timeline->timeForX(at.x());
    const qint64 span = m_timeline->visibleTo() - m_timeline->visibleFrom();
    const qint64 step = m_timeline->tickStepMs();

    sendWheel(m_timeline.get(), at, 3 * 120); // three notches in
    const qint64 zoomed = m_timeline->visibleTo() - m_timeline->visibleFrom();
    QVERIFY(zoomed < span * 6 / 10);
    QVERIFY(qAbs(m_timeline->timeForX(at.x()) - anchor) < zoomed / 200);
    QVERIFY(m_timeline->tickStepMs() < step);
    QCOMPARE(ranges.count(), 1);

    sendWheel(m_timeline.get(), at, -6 * 120); // six notches out
    QVERIFY(m_timeline->visibleTo() - m_timeline->visibleFrom() > span);
    QVERIFY(qAbs(m_timeline->timeForX(at.x()) - anchor) < span / 100);
    QVERIFY(m_timeline->tickStepMs() > step);
}

void tst_TimelineWidget::dragPans()
{
    const QRect plot = m_timeline->plotRect();
    const qint64 from = m_timeline->visibleFrom();
    const qint64 span = m_timeline->visibleTo() - from;
    const QPoint start = plot.center();
    sendMouse(m_timeline.get(), QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
    sendMouse(m_timeline.get(), QEvent::MouseMove, start + QPoint(50, 0), Qt::NoButton,
              Qt::LeftButton);
    sendMouse(m_timeline.get(), QEvent::MouseMove, start + QPoint(100, 0), Qt::NoButton,
              Qt::LeftButton);
    QSignalSpy activated(m_timeline.get(), &TimelineWidget::eventActivated);
    sendMouse(m_timeline.get(), QEvent::MouseButtonRelease, start + QPoint(100, 0), Qt::LeftButton,
              Qt::NoButton);
    // Dragged right by 100 px: earlier times come into view; the span is the same.
    const qint64 expectedShift = span * 100 / plot.width();
    QVERIFY(qAbs(from - m_timeline->visibleFrom() - expectedShift) <= span / plot.width() + 1);
    QCOMPARE(m_timeline->visibleTo() - m_timeline->visibleFrom(), span);
    QCOMPARE(activated.count(), 0); // a drag is not a click
}

void tst_TimelineWidget::keyboardZoomsAndPans()
{
    m_timeline->setFocus();
    const qint64 from = m_timeline->visibleFrom();
    const qint64 span = m_timeline->visibleTo() - from;
    QTest::keyClick(m_timeline.get(), Qt::Key_Plus);
    QCOMPARE(m_timeline->visibleTo() - m_timeline->visibleFrom(), span / 2);
    QTest::keyClick(m_timeline.get(), Qt::Key_Minus);
    QCOMPARE(m_timeline->visibleTo() - m_timeline->visibleFrom(), span);
    const qint64 before = m_timeline->visibleFrom();
    QTest::keyClick(m_timeline.get(), Qt::Key_Right);
    QCOMPARE(m_timeline->visibleFrom() - before, span / 10);
    QTest::keyClick(m_timeline.get(), Qt::Key_Left);
    QTest::keyClick(m_timeline.get(), Qt::Key_Left);
    QCOMPARE(before - m_timeline->visibleFrom(), span / 10);
    QTest::keyClick(m_timeline.get(), Qt::Key_Home);
    QVERIFY(m_timeline->visibleFrom() <= m_base);
    QVERIFY(m_timeline->visibleTo() > m_base + 60 * minute);
    QVERIFY(m_timeline->visibleTo() - m_timeline->visibleFrom() < 70 * minute);
}

void tst_TimelineWidget::spanIsBounded()
{
    for (int i = 0; i < 40; ++i)
        m_timeline->zoomIn();
    QCOMPARE(m_timeline->visibleTo() - m_timeline->visibleFrom(), TimelineWidget::MinSpanMs);
    for (int i = 0; i < 40; ++i)
        m_timeline->zoomOut();
    QCOMPARE(m_timeline->visibleTo() - m_timeline->visibleFrom(), TimelineWidget::MaxSpanMs);
}

void tst_TimelineWidget::lanesAreTheTypesPresent()
{
    QCOMPARE(m_timeline->laneTypes(),
             (QStringList{QStringLiteral("vm_power_on"), QStringLiteral("vm_power_off")}));
}

void tst_TimelineWidget::clickingAMarkActivatesIt()
{
    QSignalSpy activated(m_timeline.get(), &TimelineWidget::eventActivated);
    const QPoint mark = m_timeline->markPosition(m_events.at(1).id);
    QVERIFY(!mark.isNull());
    QVERIFY(m_timeline->plotRect().contains(mark));
    // A little off the mark still hits it.
    QTest::mouseClick(m_timeline.get(), Qt::LeftButton, {}, mark + QPoint(2, 1));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toLongLong(), m_events.at(1).id);
    QCOMPARE(m_timeline->selectedEvent(), m_events.at(1).id);
    // Empty space activates nothing.
    const QPoint empty(m_timeline->plotRect().right() - 5, mark.y());
    QTest::mouseClick(m_timeline.get(), Qt::LeftButton, {}, empty);
    QCOMPARE(activated.count(), 1);

    // The tooltip names the event under the cursor.
    QHelpEvent help(QEvent::ToolTip, mark, m_timeline->mapToGlobal(mark));
    QApplication::sendEvent(m_timeline.get(), &help);
    QVERIFY2(QToolTip::text().contains(QStringLiteral("VM powered off")),
             qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("web01")));
}

void tst_TimelineWidget::shiftArrowsStepThroughEvents()
{
    QSignalSpy activated(m_timeline.get(), &TimelineWidget::eventActivated);
    m_timeline->setSelectedEvent(m_events.at(0).id);
    m_timeline->setFocus();
    QTest::keyClick(m_timeline.get(), Qt::Key_Right, Qt::ShiftModifier);
    QCOMPARE(m_timeline->selectedEvent(), m_events.at(1).id);
    QTest::keyClick(m_timeline.get(), Qt::Key_Right, Qt::ShiftModifier);
    QTest::keyClick(m_timeline.get(), Qt::Key_Right, Qt::ShiftModifier); // stays on the last
    QCOMPARE(m_timeline->selectedEvent(), m_events.at(2).id);
    QTest::keyClick(m_timeline.get(), Qt::Key_Left, Qt::ShiftModifier);
    QCOMPARE(m_timeline->selectedEvent(), m_events.at(1).id);
    QCOMPARE(activated.count(), 4);
}

void tst_TimelineWidget::liveEventsAddMarksAndFollow()
{
    // Showing the present: new events slide the range along.
    const qint64 now = nowMs();
    m_timeline->setRange(now - hour, now + minute);
    const QList<StoredEvent> live =
        storeEvents({makeEvent(m_manager, now + 5 * minute, "vm_crashed", "a", "web01", "boom")});
    QCOMPARE(m_model->appendEvents(live), 1);
    QVERIFY(m_timeline->visibleTo() > now + 5 * minute);
    QVERIFY(!m_timeline->markPosition(live.at(0).id).isNull());
    QVERIFY(m_timeline->laneTypes().contains(QStringLiteral("vm_crashed")));

    // Looking at the past: the range stays put.
    m_timeline->setRange(m_base - 10 * minute, m_base + 80 * minute);
    const qint64 to = m_timeline->visibleTo();
    m_model->appendEvents(storeEvents(
        {makeEvent(m_manager, now + 6 * minute, "vm_crashed", "a", "web01", "boom again")}));
    QCOMPARE(m_timeline->visibleTo(), to);
}

void tst_TimelineWidget::gapIsAHatchedBand()
{
    QVERIFY(m_timeline->gapBands().isEmpty());
    EventGap gap{7, m_manager, m_base + 10 * minute, m_base + 20 * minute,
                 QStringLiteral("connection lost")};
    m_timeline->setGap(gap);
    QList<QRect> bands = m_timeline->gapBands();
    QCOMPARE(bands.size(), 1);
    const double minutePx = m_timeline->xForTime(m_base + minute) - m_timeline->xForTime(m_base);
    QVERIFY(qAbs(bands.at(0).width() - 10 * minutePx) <= 2);
    QCOMPARE(bands.at(0).top(), m_timeline->plotRect().top());

    // Drawn: the band's pixels are tinted red, its neighbours are not.
    const QImage image = m_timeline->grab().toImage();
    auto reddish = [&](int x) {
        int count = 0;
        for (int y = bands.at(0).top() + 20; y < bands.at(0).bottom(); ++y) {
            const QColor c = image.pixelColor(x, y);
            count += c.red() > c.green() + 20;
        }
        return count;
    };
    QVERIFY(reddish(bands.at(0).center().x() + 3) > 5);
    QCOMPARE(reddish(bands.at(0).right() + 30), 0);

    // Its tooltip says events may be missing, and why.
    const QPoint inside = bands.at(0).center();
    QHelpEvent help(QEvent::ToolTip, inside, m_timeline->mapToGlobal(inside));
    QApplication::sendEvent(m_timeline.get(), &help);
    QVERIFY2(QToolTip::text().contains(QStringLiteral("may be missing")),
             qPrintable(QToolTip::text()));
    QVERIFY(QToolTip::text().contains(QStringLiteral("connection lost")));

    // An open gap reaches to now; closing it (same id) updates the band.
    gap.endedAtMs = 0;
    m_timeline->setGap(gap);
    m_timeline->setRange(m_base, nowMs() + hour);
    bands = m_timeline->gapBands();
    QCOMPARE(bands.size(), 1);
    QVERIFY(qAbs(bands.at(0).right() - m_timeline->xForTime(nowMs())) <= 3);
    gap.endedAtMs = m_base + 15 * minute;
    m_timeline->setGap(gap);
    QCOMPARE(m_timeline->gaps().size(), 1);
    QVERIFY(m_timeline->gapBands().at(0).right() < m_timeline->xForTime(m_base + 16 * minute));
    // Out of view, no band.
    m_timeline->setRange(m_base + hour, m_base + 2 * hour);
    QVERIFY(m_timeline->gapBands().isEmpty());
}

void tst_TimelineWidget::paintsManyEventsQuickly()
{
    // 100,000 marks (no database needed: they go straight into the model).
    EventListModel big;
    QList<StoredEvent> events;
    const QStringList types = EventType::all();
    const qint64 start = nowMs() - 30 * day;
    for (int i = 0; i < 100000; ++i) {
        StoredEvent event = makeEvent(m_manager, start + qint64(i) * 25000,
                                      types.at(i % types.size()), "r", "vm", "m");
        event.id = i + 1;
        events << event;
    }
    big.appendEvents(events);
    TimelineWidget timeline;
    timeline.setModel(&big);
    timeline.resize(1200, 500);
    timeline.setRange(start, nowMs());
    QCOMPARE(timeline.laneTypes().size(), types.size());
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 5; ++i)
        timeline.grab();
    const qint64 perPaint = timer.elapsed() / 5;
    qInfo("one paint of 100,000 events: %lld ms", perPaint);
    QVERIFY2(perPaint < 250, qPrintable(QString::number(perPaint)));
}

QTEST_MAIN(tst_TimelineWidget)
#include "tst_timelinewidget.moc"
