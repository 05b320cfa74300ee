#pragma once

#include "core/events.h"
#include "core/requests.h"
#include "core/worker.h"

#include <QCoreApplication>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

namespace Vantage {

class ManagerSession;
class SessionPool;
class WorkQueue;

// Tunables of the request runner (settings requests/*).
struct RequestRunnerSettings
{
    // Retirement: how long a graceful shutdown may take before the VM is powered off, and how
    // often its power state is read meanwhile.
    std::chrono::milliseconds shutdownTimeout{std::chrono::minutes(2)};
    std::chrono::milliseconds shutdownPoll{std::chrono::seconds(2)};
    // Progress reaches the database and the UI at most this often.
    std::chrono::milliseconds flushInterval{100};
};

// What a request handler sees of the task it runs: its request and spec, the manager's session,
// and ways to report. Implemented by the runner; valid only during the handler's call.
class RequestTaskContext
{
public:
    virtual ~RequestTaskContext() = default;

    virtual const RequestRecord &request() const = 0;
    virtual const TaskRecord &task() const = 0;
    virtual ManagerSession *session() const = 0;
    virtual const RequestRunnerSettings &settings() const = 0;

    // A line in the task's log (timestamped by the runner).
    virtual void log(const QString &line) = 0;
    virtual void setProgress(int percent) = 0;
    // What the task made (a new VM's ems_ref): a rollback removes it.
    virtual void setResultRef(const QString &emsRef) = 0;
    // The VM changed: the runner queues a targeted refresh of it once the request ends.
    virtual void refreshVm(const QString &vmRef) = 0;
    // Stores a generic event (vm_retired, ...) about a VM of the request's manager; the UI
    // receives it with the handler's events.
    virtual void storeEvent(const QString &eventType, const QString &vmRef, const QString &vmName,
                            const QString &message) = 0;
    // Long waits check this: the request was cancelled or the runner is stopping.
    virtual bool shouldStop() const = 0;
};

// How one request type is carried out.
struct RequestHandler
{
    // Does one task; false with *error set (phrased for an operator) when it failed.
    std::function<bool(RequestTaskContext &context, QString *error)> runTask;
    // Whether one failed task ends the request (provisioning) or the others still run (power).
    bool stopOnFailure = true;
    // When set and a task failed: undoes each task that had finished, newest first (the task in
    // the context is the one to undo); true marks it rolled back.
    std::function<bool(RequestTaskContext &context, QString *error)> undoTask;
    // When set: called once the request has finished, whatever its status, with its tasks as
    // they ended (a retirement that did not happen is marked failed here).
    std::function<void(const RequestRecord &request, const QList<TaskRecord> &tasks)> finished;
};

// The shared request runner (ManageIQ's MiqQueue worker for requests): the database is its
// queue. It runs approved requests oldest first, one at a time, and each request's tasks in
// order of position as their dependencies allow, writing state, progress and logs to the
// request's rows in batches. At start it finishes requests a crash left active (as errors,
// rolling back what they made where the type can); a request interrupted by a clean stop goes
// back to the queue and resumes with its remaining tasks.
class RequestRunner final : public Worker
{
    Q_OBJECT

public:
    RequestRunner(SessionPool *sessions, WorkQueue *queue,
                  const RequestRunnerSettings &settings = {});

    // Request types and how they are carried out; the built-in ones (provision, service, power,
    // reconfigure, retire) are registered from the start. Thread-safe; a later registration of
    // a type replaces the earlier one.
    static void registerHandler(const QString &type, const RequestHandler &handler);
    static bool hasHandler(const QString &type);

public slots:
    void start() override;
    void finish() override;
    // Looks for queued requests (a request was submitted or approved).
    void wake();

signals:
    // Requests or tasks changed in the database.
    void requestsChanged();
    void eventsStored(const QList<Vantage::StoredEvent> &events);

private:
    class Run;

    void recoverInterrupted();
    void runQueued();
    void runRequest(const RequestRecord &request);
    void failTask(Run &run, const RequestHandler &handler, int failed, const QString &error);
    // Finishes the request: its pending tasks as not run (notRun says why), with rollBack the
    // handler's undo for every task that had finished, then the rows, refreshes and signals.
    void finishRequest(Run &run, const std::optional<RequestHandler> &handler, const char *status,
                       QString message, bool rollBack, const QString &notRun);

    SessionPool *m_sessions; // Not owned; outlives the worker.
    QPointer<WorkQueue> m_queue;
    RequestRunnerSettings m_settings;
    bool m_running = false; // re-entrancy guard: wake() while a request runs is a no-op
    QTimer m_poll{this};    // a child, so it moves to the worker's thread with it
};

} // namespace Vantage
