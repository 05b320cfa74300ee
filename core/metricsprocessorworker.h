#pragma once

#include "core/metrics.h"
#include "core/worker.h"

#include <QHash>
#include <QSet>
#include <QTimer>

#include <chrono>

namespace Vantage {

// The shared metrics processor: turns every collector's counters into rates, stores the realtime
// rows, keeps the hourly and daily rollups of the hours and days it has seen data for up to date
// (incrementally: one hour's rows per rollup), and purges what is older than the retention.
class MetricsProcessorWorker final : public Worker
{
    Q_OBJECT

public:
    explicit MetricsProcessorWorker(
        std::chrono::milliseconds sampleInterval = std::chrono::seconds(20));

    void setMaintenanceInterval(std::chrono::milliseconds interval);
    void setRetention(const MetricRetention &retention) { m_retention = retention; }

public slots:
    void start() override;
    void finish() override;
    void process(const QList<Vantage::MetricCounters> &samples);
    // Rolls up what changed and purges; the timer calls it every minute.
    void maintain();

signals:
    void metricsStored(const QList<Vantage::MetricRates> &rows);

private:
    void markDirty(qint64 managerId, qint64 timestampMs);

    std::chrono::milliseconds m_sampleInterval;
    MetricsProcessor m_processor;
    // Per manager, the hours and days whose rollups are behind their realtime rows.
    QHash<qint64, QSet<qint64>> m_dirtyHours;
    QHash<qint64, QSet<qint64>> m_dirtyDays;
    // Children, so that they move to the worker's thread with it.
    QTimer m_maintenance{this};
    QTimer m_heartbeat{this};
    qint64 m_lastPurgeMs = 0;
    MetricRetention m_retention;
};

} // namespace Vantage
