#pragma once

#include "core/events.h"
#include "core/worker.h"

#include <QCoreApplication>
#include <QTimer>

#include <atomic>
#include <chrono>

namespace Vantage {

// The shared retirement scheduler: at start, every interval (an hour) and when woken, it warns
// of retirements whose warning time has come (state warned, a vm_retirement_warning event) and
// submits a Retire request per manager for those that are due (state retiring); the request
// runner carries them out. A retirement that fell due while the program was not running is
// carried out at the next start. Between checks it also wakes for the next retirement or warning
// it knows of, so "retire now" and short warning periods do not wait for the hour.
class RetirementScheduler final : public Worker
{
    Q_OBJECT

public:
    // approvalRequired: the Supervisor's setting, read at each submission. Not owned.
    RetirementScheduler(const std::atomic_bool *approvalRequired,
                        std::chrono::milliseconds interval);

public slots:
    void start() override;
    void finish() override;
    // Checks now (a retirement was scheduled or moved).
    void check();

signals:
    void eventsStored(const QList<Vantage::StoredEvent> &events);
    void requestSubmitted();
    void requestsChanged();

private:
    const std::atomic_bool *m_approvalRequired;
    std::chrono::milliseconds m_interval;
    // Children, so that they move to the worker's thread with it.
    QTimer m_timer{this};
    QTimer m_heartbeat{this};
};

} // namespace Vantage
