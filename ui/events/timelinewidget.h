#pragma once

#include "core/events.h"

#include <QList>
#include <QPointer>
#include <QRect>
#include <QStringList>
#include <QWidget>

namespace Vantage {

class EventListModel;

// A zoomable time axis (minutes to years; tick spacing and labels follow the zoom) with the
// events of an EventListModel as marks, one lane per generic type present, coloured by type;
// the lane labels are the legend. Marks are bucketed per pixel column and lane, so a paint costs
// the visible events plus the pixels, whatever the zoom. Spans in which events may be missing
// (a manager's event connection was down) are hatched bands.
//
// Mouse: wheel zooms around the cursor, drag pans, click selects the nearest mark (±4 px).
// Keyboard: + and - zoom around the centre, Left/Right move by a tenth of the span, Page
// Up/Down by a whole span, Home shows every loaded event, Shift+Left/Right select the previous /
// next event.
class TimelineWidget final : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 MinSpanMs = 5 * 60 * 1000;                      // five minutes
    static constexpr qint64 MaxSpanMs = qint64(3 * 366) * 24 * 3600 * 1000; // three years

    explicit TimelineWidget(QWidget *parent = nullptr);

    // The events shown are the model's rows, followed through its insert, remove and reset
    // signals. Not owned.
    void setModel(EventListModel *model);
    EventListModel *model() const { return m_model; }

    // The visible time span; the span is kept between MinSpanMs and MaxSpanMs.
    void setRange(qint64 fromMs, qint64 toMs);
    qint64 visibleFrom() const { return m_from; }
    qint64 visibleTo() const { return m_to; }
    // factor < 1 zooms in; anchorMs stays where it is on screen.
    void zoom(double factor, qint64 anchorMs);
    void zoomIn();
    void zoomOut();
    // Moves by a fraction of the visible span (negative: back in time).
    void pan(double spanFraction);
    // Shows all loaded events (and a little margin).
    void showAll();

    // The major ticks of the current range: their times and nominal spacing (months count 30 d).
    QList<qint64> tickTimes() const;
    qint64 tickStepMs() const;

    void setGaps(const QList<EventGap> &gaps);
    // Adds or updates (by id) one gap, as the supervisor's gapChanged reports it.
    void setGap(const EventGap &gap);
    QList<EventGap> gaps() const { return m_gaps; }
    // The on-screen bands of the gaps that overlap the visible range.
    QList<QRect> gapBands() const;

    void setSelectedEvent(qint64 eventId);
    qint64 selectedEvent() const { return m_selected; }
    // Where the event's mark is drawn; a null point when it is not loaded or not visible.
    QPoint markPosition(qint64 eventId) const;
    // The types that have a lane, top to bottom (the legend).
    QStringList laneTypes() const;

    double xForTime(qint64 ms) const;
    qint64 timeForX(double x) const;
    QRect plotRect() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void eventActivated(qint64 eventId);
    void rangeChanged(qint64 fromMs, qint64 toMs);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Mark
    {
        qint64 ms = 0;
        qint64 id = 0;
        int type = 0; // EventTypeStyle::order()
    };
    struct Tick
    {
        qint64 ms = 0;
        QString label;
        bool major = false; // a day or month boundary: labelled with the date
    };

    void rebuildMarks();
    void onRowsInserted(int first, int last);
    void onRowsRemoved(int first, int last);
    void updateLanes();
    void followLive();
    void activate(qint64 eventId);
    void stepSelection(int direction);
    QList<Tick> ticks(qint64 *stepMs) const;
    int laneAt(int y) const;
    QRect laneRect(int lane) const;
    // Marks within ±radius pixels of x, in a lane (or any lane when lane < 0), nearest first.
    QList<qint64> marksNear(int x, int lane, int radius, int max) const;
    QString tooltipAt(const QPoint &pos) const;
    int headerHeight() const;
    int axisHeight() const;

    QPointer<EventListModel> m_model;
    QList<Mark> m_marks;     // parallel to the model's rows: sorted by (time, id)
    QList<int> m_typeCounts; // per type order
    QList<int> m_lanes;      // type orders that have a lane, top to bottom
    int m_labelWidth = 0;

    qint64 m_from = 0;
    qint64 m_to = 0;
    bool m_following = true; // the range shows the present: live events slide it along

    QList<EventGap> m_gaps;
    qint64 m_selected = 0;

    bool m_pressed = false;
    bool m_dragging = false;
    QPoint m_pressPos;
    qint64 m_pressFrom = 0;
    qint64 m_pressTo = 0;
};

} // namespace Vantage
