#pragma once

#include "core/metrics.h"
#include "core/sessionpool.h"
#include "core/worker.h"

#include <QTimer>

#include <chrono>

namespace Vantage {

// A manager's metrics collector: every interval (20 s by default) one bulk sample of all its VMs
// and hosts on the shared session, handed on as plain values to the shared processor.
class MetricsCollector final : public Worker
{
    Q_OBJECT

public:
    MetricsCollector(qint64 managerId, SessionPool *sessions);

    void setInterval(std::chrono::milliseconds interval);

public slots:
    void start() override;
    void finish() override;
    // One round now (the timer calls it; tests may too).
    void collect();

signals:
    void samplesCollected(const QList<Vantage::MetricCounters> &samples);

private:
    SessionPool *m_sessions; // Not owned; outlives the worker.
    // A child, so that it moves to the worker's thread with it.
    QTimer m_timer{this};
    bool m_failing = false;
};

} // namespace Vantage
