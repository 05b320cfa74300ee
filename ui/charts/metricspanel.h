#pragma once

#include "core/events.h"
#include "core/metrics.h"
#include "ui/charts/metricformat.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QWidget>

class QAreaSeries;
class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QDateTimeEdit;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QStackedWidget;
class QValueAxis;

namespace Vantage {

// The metrics of one VM or host over time: one metric at a time as a line of averages, for
// rollups with a band from the minimum to the maximum, and the object's events as markers on the
// same time axis. Reads the database of the calling (UI) thread.
class MetricsPanel final : public QWidget
{
    Q_OBJECT

public:
    enum class RangePreset { LastHour, Last4Hours, LastDay, LastWeek, LastMonth, Custom };
    Q_ENUM(RangePreset)

    explicit MetricsPanel(QWidget *parent = nullptr);
    ~MetricsPanel() override;

    // Shows the object's metrics; id 0 shows nothing.
    void setObject(InventoryKind kind, qint64 id, const QString &name);
    qint64 objectId() const { return m_id; }

    // Reads the shown range again.
    void reload();

    void setMetric(MetricColumn column);
    MetricColumn metric() const;
    void setInterval(MetricInterval interval);
    MetricInterval interval() const;
    // Choosing a preset also picks the interval that suits it: realtime up to 4 hours (as long as
    // realtime rows are kept), hourly beyond; the interval can be changed afterwards.
    void setRangePreset(RangePreset preset);
    RangePreset rangePreset() const;
    void setCustomRange(qint64 fromMs, qint64 toMs);
    qint64 rangeFromMs() const { return m_fromMs; }
    qint64 rangeToMs() const { return m_toMs; }

    // The chart as drawn, for tests and screenshots. Owned by the panel.
    QChart *chart() const { return m_chart; }
    // The unit of the value axis ("%", "MiB/s", ...) and its divisor from the stored values.
    QString unit() const { return m_scale.unit; }
    double unitDivisor() const { return m_scale.divisor; }
    // True while the "No data for this range" placeholder is shown instead of the chart.
    bool showsPlaceholder() const;

public slots:
    // Live rows from the metrics processor: the shown object's are added while the interval is
    // realtime and the range follows the present.
    void appendRealtime(const QList<Vantage::MetricRates> &rows);

signals:
    // A marker was clicked.
    void eventActivated(qint64 eventId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildControls();
    void buildChart();
    void onPresetChanged();
    void computeRange();
    void rebuildSeries();
    void rebuildEvents();
    void updateAxes();
    void showHover(const QPointF &position);
    void onMarkerClicked(QScatterSeries *series, const QPointF &point);
    const StoredEvent *nearestEvent(QScatterSeries *series, const QPointF &point) const;
    static QString eventText(const StoredEvent &event);
    bool matches(const MetricRates &row) const;

    InventoryKind m_kind = InventoryKind::Vm;
    qint64 m_id = 0;
    QString m_name;
    qint64 m_managerId = 0;
    QString m_emsRef;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    MetricScale m_scale;
    double m_maxValue = 0; // the largest value shown, in the column's own unit
    QList<MetricPoint> m_points;
    QHash<QScatterSeries *, QList<StoredEvent>> m_eventSeries;

    QComboBox *m_metricCombo = nullptr;
    QComboBox *m_intervalCombo = nullptr;
    QComboBox *m_rangeCombo = nullptr;
    QDateTimeEdit *m_fromEdit = nullptr;
    QDateTimeEdit *m_toEdit = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_hoverLabel = nullptr;
    QLabel *m_eventLabel = nullptr;
    QLabel *m_placeholder = nullptr;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QChart *m_chart = nullptr;           // Owned by m_view.
    QLineSeries *m_avgSeries = nullptr;  // Owned by m_chart.
    QLineSeries *m_maxSeries = nullptr;  // Owned by m_band.
    QLineSeries *m_minSeries = nullptr;  // Owned by m_band.
    QAreaSeries *m_band = nullptr;       // Owned by m_chart.
    QDateTimeAxis *m_timeAxis = nullptr; // Owned by m_chart.
    QValueAxis *m_valueAxis = nullptr;   // Owned by m_chart.
};

} // namespace Vantage
