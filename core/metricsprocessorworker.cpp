#include "core/metricsprocessorworker.h"

#include "core/database.h"
#include "core/logging.h"
#include "core/metricsstore.h"

#include <QSqlQuery>

namespace Vantage {

namespace {
constexpr qint64 purgeEveryMs = 10 * 60 * 1000;

qint64 startOf(qint64 timestampMs, qint64 spanMs)
{
    return timestampMs - timestampMs % spanMs;
}
} // namespace

MetricsProcessorWorker::MetricsProcessorWorker(std::chrono::milliseconds sampleInterval)
    : Worker(QString::fromLatin1(WorkerKind::MetricsProcessor), 0),
      m_sampleInterval(sampleInterval),
      m_processor(MetricsProcessor::Options{qint64(sampleInterval.count())})
{
    m_maintenance.setInterval(std::chrono::minutes(1));
    m_heartbeat.setInterval(std::chrono::seconds(5));
}

void MetricsProcessorWorker::setMaintenanceInterval(std::chrono::milliseconds interval)
{
    m_maintenance.setInterval(interval);
}

void MetricsProcessorWorker::start()
{
    connect(&m_maintenance, &QTimer::timeout, this, &MetricsProcessorWorker::maintain);
    connect(&m_heartbeat, &QTimer::timeout, this, &Worker::heartbeat);
    m_maintenance.start();
    m_heartbeat.start();
    // Realtime rows a previous run stored but did not roll up yet.
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("SELECT DISTINCT manager_id, timestamp - timestamp % ? FROM "
                                 "metrics_realtime"));
    query.addBindValue(MetricsStore::hourMs);
    if (query.exec()) {
        while (query.next())
            markDirty(query.value(0).toLongLong(), query.value(1).toLongLong());
    }
    emit heartbeat();
    maintain();
}

void MetricsProcessorWorker::finish()
{
    m_lastPurgeMs = 0; // leave the database tidy: purge on the way out too
    maintain();
    m_maintenance.stop();
    m_heartbeat.stop();
    Database::closeThreadConnection();
}

void MetricsProcessorWorker::markDirty(qint64 managerId, qint64 timestampMs)
{
    m_dirtyHours[managerId].insert(startOf(timestampMs, MetricsStore::hourMs));
    m_dirtyDays[managerId].insert(startOf(timestampMs, MetricsStore::dayMs));
}

void MetricsProcessorWorker::process(const QList<MetricCounters> &samples)
{
    QList<MetricRates> rows = m_processor.process(samples);
    if (rows.isEmpty())
        return;
    QString error;
    if (!MetricsStore::storeRealtime(&rows, &error)) {
        qCWarning(lcWorkers) << "metrics not stored:" << error;
        emit statusChanged(QStringLiteral("failing"));
        return;
    }
    for (const MetricRates &row : std::as_const(rows))
        markDirty(row.managerId, row.timestampMs);
    emit metricsStored(rows);
    emit heartbeat();
}

void MetricsProcessorWorker::maintain()
{
    const qint64 now = nowMs();
    QString error;
    // The current hour and day are rolled up too (they are cheap and keep charts current) and
    // stay dirty until they are over.
    for (auto it = m_dirtyHours.begin(); it != m_dirtyHours.end(); ++it) {
        for (auto hour = it->begin(); hour != it->end();) {
            if (!MetricsStore::rollUpHour(it.key(), *hour, &error, m_sampleInterval.count())) {
                qCWarning(lcWorkers) << "hourly rollup failed:" << error;
                return;
            }
            hour = *hour + MetricsStore::hourMs <= now ? it->erase(hour) : std::next(hour);
        }
    }
    for (auto it = m_dirtyDays.begin(); it != m_dirtyDays.end(); ++it) {
        for (auto day = it->begin(); day != it->end();) {
            // The day's hours were rolled up just above, so a day that is over is final.
            if (!MetricsStore::rollUpDay(it.key(), *day, &error)) {
                qCWarning(lcWorkers) << "daily rollup failed:" << error;
                return;
            }
            day = *day + MetricsStore::dayMs <= now ? it->erase(day) : std::next(day);
        }
    }
    if (now - m_lastPurgeMs >= purgeEveryMs) {
        m_lastPurgeMs = now;
        MetricsStore::purge(m_retention.realtimeMs, m_retention.hourlyMs, m_retention.dailyMs);
    }
    emit heartbeat();
}

} // namespace Vantage
