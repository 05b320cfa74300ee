#include "core/metricscollector.h"

#include "core/database.h"
#include "core/logging.h"

namespace Vantage {

MetricsCollector::MetricsCollector(qint64 managerId, SessionPool *sessions)
    : Worker(QString::fromLatin1(WorkerKind::MetricsCollector), managerId), m_sessions(sessions)
{
    m_timer.setInterval(std::chrono::seconds(20));
}

void MetricsCollector::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void MetricsCollector::start()
{
    connect(&m_timer, &QTimer::timeout, this, &MetricsCollector::collect);
    m_timer.start();
    emit heartbeat();
    collect();
}

void MetricsCollector::finish()
{
    m_timer.stop();
    Database::closeThreadConnection();
}

void MetricsCollector::collect()
{
    if (stopRequested())
        return;
    QString error;
    const std::shared_ptr<ManagerSession> session = m_sessions->acquire(managerId(), &error);
    QList<MetricCounters> samples;
    ProviderError failure;
    if (session && !session->collectMetrics(&samples, &failure))
        error = failure.toString();
    emit heartbeat();
    if (!error.isEmpty()) {
        // Said once per outage, not every 20 s.
        if (!std::exchange(m_failing, true)) {
            qCWarning(lcWorkers) << "metrics of manager" << managerId() << "unavailable:" << error;
            emit statusChanged(QStringLiteral("failing"));
        }
        return;
    }
    if (std::exchange(m_failing, false))
        emit statusChanged(QStringLiteral("running"));
    // One round carries one time: rollups group a host's VMs by it. A manager that averages stamps
    // its samples itself, with times that are already common to its objects.
    const qint64 now = nowMs();
    for (MetricCounters &sample : samples) {
        sample.managerId = managerId();
        if (sample.timestampMs == 0)
            sample.timestampMs = now;
    }
    emit samplesCollected(samples);
}

} // namespace Vantage
