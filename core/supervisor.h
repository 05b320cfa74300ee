#pragma once

#include "core/eventinbox.h"
#include "core/metrics.h"
#include "core/persister.h"
#include "core/refresher.h"
#include "core/requestrunner.h"
#include "core/sessionpool.h"
#include "core/workqueue.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

class QThread;

namespace Vantage {

class Worker;

// What workers share; owned by the Supervisor, which outlives them all.
struct WorkerContext
{
    WorkQueue *queue = nullptr;
    SessionPool *sessions = nullptr;
    EventInbox *inbox = nullptr;
    // Whether a manager's first full refresh waits for its event catcher (see EventCatcher).
    bool refreshWhenSubscribed = true;
    std::chrono::milliseconds metricsInterval{20000};
    MetricRetention metricsRetention;
    const std::atomic_bool *approvalRequired = nullptr; // the Supervisor's, read when submitting
    RequestRunnerSettings requestRunner;
    std::chrono::milliseconds retirementCheckInterval{std::chrono::hours(1)};
};

// The application's server object: starts per enabled manager a refresh worker and (where the
// provider has events) an event catcher, plus the shared event handler, metrics processor,
// request runner and retirement scheduler, each on its own QThread;
// records each in the workers table, watches heartbeats, restarts a failed worker with back-off,
// schedules periodic refreshes, and stops everything cleanly. Lives on the main thread.
class Supervisor : public QObject
{
    Q_OBJECT

public:
    // managerId is 0 for shared workers.
    using WorkerFactory = std::function<Worker *(qint64 managerId, const WorkerContext &context)>;

    explicit Supervisor(QObject *parent = nullptr);
    ~Supervisor() override;

    // Replaces how workers of a kind are made (tests use failing workers).
    void setWorkerFactory(const QString &kind, WorkerFactory factory);
    void setRefreshInterval(std::chrono::milliseconds interval);
    void setRestartBackoff(std::chrono::milliseconds first, std::chrono::milliseconds max);
    // How often metrics collectors sample (realtime interval); takes effect for new workers.
    void setMetricsInterval(std::chrono::milliseconds interval) { m_metricsInterval = interval; }
    void setMetricsRetention(const MetricRetention &retention) { m_metricsRetention = retention; }
    // Take effect for workers started afterwards.
    void setRequestRunnerSettings(const RequestRunnerSettings &settings)
    {
        m_requestRunnerSettings = settings;
    }
    void setRetirementCheckInterval(std::chrono::milliseconds interval)
    {
        m_retirementCheckInterval = interval;
    }

    // Starts workers for every enabled manager; with refreshOnStart, queues a refresh of each
    // (for a manager with events, once its catcher has subscribed, so no change falls between).
    void start(bool refreshOnStart = true);
    // Request stop, quit, wait: in that order, for every worker. Idempotent.
    void stop();
    // Starts workers for managers added since, stops those of managers removed.
    void syncManagers();

    void requestRefresh(qint64 managerId, RefreshReason reason = RefreshReason::User,
                        const QList<InventoryTarget> &targets = {});
    void requestRefreshAll(RefreshReason reason = RefreshReason::User);
    // Cancels the refresh running for the manager, if any, and drops any waiting one.
    void cancelRefresh(qint64 managerId);

    // Requests (core/requests.h): whether new requests wait for an operator's approval
    // (setting requests/require_approval), and a nudge for the request runner after a request
    // was written to the database.
    void setApprovalRequired(bool required) { m_approvalRequired = required; }
    bool approvalRequired() const { return m_approvalRequired; }
    void notifyRequestSubmitted() { emit requestSubmitted(); }
    // A retirement was scheduled, moved or set to now (RetirementStore::schedule): the
    // scheduler checks at once instead of at its next hourly round.
    void wakeRetirementScheduler() { emit retirementScheduleChanged(); }

    WorkQueue *queue() { return &m_queue; }
    SessionPool *sessions() { return &m_sessions; }
    EventInbox *inbox() { return &m_inbox; }
    int runningWorkerCount() const;

signals:
    void refreshStarted(qint64 managerId);
    void refreshProgress(qint64 managerId, int done, int total, const QString &stage);
    void refreshFinished(qint64 managerId, const Vantage::RefreshOutcome &outcome);
    // The workers table changed (a worker started, stopped, failed or beat).
    void workersChanged();
    // The event handler stored these events (mapped, with ids), oldest first.
    void eventsStored(const QList<Vantage::StoredEvent> &events);
    // An event catcher opened or closed a gap in a manager's events.
    void gapChanged(const Vantage::EventGap &gap);
    // The metrics processor stored these realtime rows (resource ids filled in).
    void metricsStored(const QList<Vantage::MetricRates> &rows);
    // A collector's round, on its way to the processor (a relay that survives their restarts).
    void metricsCollected(const QList<Vantage::MetricCounters> &samples);
    // A request was written to the database and waits for the runner.
    void requestSubmitted();
    // A request, a task or a retirement changed in the database (the runner or scheduler wrote).
    void requestsChanged();
    // A retirement's date changed; the scheduler listens.
    void retirementScheduleChanged();

private:
    struct WorkerSlot;

    void startWorker(qint64 managerId, const QString &kind);
    void stopWorker(WorkerSlot *slot);
    void onWorkerFailed(WorkerSlot *slot, const QString &error);
    void writeWorkerRecord(WorkerSlot *slot, const QString &status, const QString &error = {});

    void startWorkerIfMissing(qint64 managerId, const QString &kind);

    WorkQueue m_queue;
    SessionPool m_sessions;
    EventInbox m_inbox;
    QHash<QString, WorkerFactory> m_factories;
    QList<WorkerSlot *> m_slots; // Owned.
    QTimer m_scheduleTimer;
    std::chrono::milliseconds m_firstBackoff{1000};
    std::chrono::milliseconds m_maxBackoff{60000};
    bool m_running = false;
    bool m_refreshOnStart = true;
    std::chrono::milliseconds m_metricsInterval{20000};
    MetricRetention m_metricsRetention;
    std::atomic_bool m_approvalRequired = false; // the retirement scheduler reads it
    RequestRunnerSettings m_requestRunnerSettings;
    std::chrono::milliseconds m_retirementCheckInterval{std::chrono::hours(1)};
};

} // namespace Vantage
