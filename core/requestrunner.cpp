#include "core/requestrunner.h"

#include "core/database.h"
#include "core/eventstore.h"
#include "core/logging.h"
#include "core/requesthandlers.h"
#include "core/sessionpool.h"
#include "core/workqueue.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Vantage {

namespace {

// Queued requests are also looked for this often, so that one written by another process (the
// CLI) or whose nudge was lost still runs. Each look is also the idle runner's heartbeat.
constexpr int pollIntervalMs = 5000;

struct HandlerRegistry
{
    HandlerRegistry() { registerBuiltInRequestHandlers(&handlers); }
    QMutex mutex;
    QHash<QString, RequestHandler> handlers;
};

HandlerRegistry &registry()
{
    static HandlerRegistry instance;
    return instance;
}

std::optional<RequestHandler> handlerFor(const QString &type)
{
    HandlerRegistry &handlers = registry();
    QMutexLocker lock(&handlers.mutex);
    const auto it = handlers.handlers.constFind(type);
    if (it == handlers.handlers.constEnd())
        return std::nullopt;
    return *it;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant nullIfZero(qint64 value)
{
    return value ? QVariant(value) : QVariant();
}

bool isOk(const TaskRecord &task)
{
    return task.state == QLatin1String(TaskState::Finished) &&
           task.status == QLatin1String(RequestStatus::Ok);
}

bool isDone(const TaskRecord &task)
{
    return task.state == QLatin1String(TaskState::Finished) ||
           task.state == QLatin1String(TaskState::RolledBack);
}

} // namespace

// One request being run: its rows in memory, written back in batches.
class RequestRunner::Run final : public RequestTaskContext
{
public:
    Run(RequestRunner *runner, RequestRecord request, QList<TaskRecord> tasks)
        : m_runner(runner), m_request(std::move(request)), m_tasks(std::move(tasks))
    {
        m_sinceFlush.start();
    }

    QList<TaskRecord> &tasks() { return m_tasks; }
    RequestRecord &record() { return m_request; }
    void setSession(std::shared_ptr<ManagerSession> session) { m_session = std::move(session); }
    void setCurrent(int index) { m_current = index; }

    // RequestTaskContext
    const RequestRecord &request() const override { return m_request; }
    const TaskRecord &task() const override { return m_tasks.at(m_current); }
    ManagerSession *session() const override { return m_session.get(); }
    const RequestRunnerSettings &settings() const override { return m_runner->m_settings; }
    void log(const QString &line) override { logTo(m_current, line); }
    void setProgress(int percent) override
    {
        m_tasks[m_current].progress = std::clamp(percent, 0, 100);
        touch(m_current);
    }
    void setResultRef(const QString &emsRef) override
    {
        m_tasks[m_current].resultEmsRef = emsRef;
        touch(m_current);
        // What a task made must reach the database before anything else can go wrong, or a
        // crash would leave a VM no rollback knows about.
        flush(true);
    }
    void refreshVm(const QString &vmRef) override
    {
        const InventoryTarget target{InventoryKind::Vm, vmRef};
        if (!m_refreshSeen.contains(vmRef)) {
            m_refreshSeen.insert(vmRef);
            m_refresh.append(target);
        }
    }
    void storeEvent(const QString &eventType, const QString &vmRef, const QString &vmName,
                    const QString &message) override
    {
        StoredEvent event;
        event.eventType = eventType;
        event.raw.managerId = m_request.managerId;
        event.raw.timestampMs = nowMs();
        event.raw.source = QStringLiteral("vantage");
        event.raw.name = eventType;
        event.raw.targetKind = InventoryKind::Vm;
        event.raw.targetRef = vmRef;
        event.raw.targetName = vmName;
        event.raw.message = message;
        m_events.append(event);
    }
    // Handlers may ask on every step of their work: the database is read at most once per
    // flush interval, and a cancel once seen stays seen.
    bool shouldStop() const override
    {
        if (m_runner->stopRequested() || m_cancelSeen)
            return true;
        if (m_sinceCancelCheck.isValid() &&
            m_sinceCancelCheck.elapsed() < m_runner->m_settings.flushInterval.count())
            return false;
        m_sinceCancelCheck.start();
        return cancelRequested();
    }

    void logTo(int index, const QString &line)
    {
        m_tasks[index].log +=
            QDateTime::currentDateTimeUtc().toString(QStringLiteral("HH:mm:ss ")) + line + u'\n';
        touch(index);
    }
    void touch(int index)
    {
        m_dirty.insert(index);
        flush(false);
    }

    bool cancelRequested() const
    {
        QSqlQuery query(Database::connection());
        query.prepare(QStringLiteral("SELECT status FROM requests WHERE id = ?"));
        query.addBindValue(m_request.id);
        m_cancelSeen = query.exec() && query.next() &&
                       query.value(0).toString() == QLatin1String(RequestStatus::Cancelled);
        return m_cancelSeen;
    }

    // Writes the changed tasks and the request's progress; unless forced, at most once per
    // flush interval, so a request over thousands of VMs costs the UI a few reloads a second.
    void flush(bool force)
    {
        if (!force && m_sinceFlush.elapsed() < m_runner->m_settings.flushInterval.count())
            return;
        m_sinceFlush.restart();
        if (!m_dirty.isEmpty() || m_requestDirty) {
            QSqlDatabase db = Database::connection();
            WriteTransaction transaction(db);
            QSqlQuery task(db);
            task.prepare(QStringLiteral(
                "UPDATE request_tasks SET state = ?, status = ?, progress = ?, message = ?, "
                "log = ?, result_ems_ref = ?, started_at = ?, finished_at = ? WHERE id = ?"));
            for (const int index : std::as_const(m_dirty)) {
                const TaskRecord &record = m_tasks.at(index);
                task.addBindValue(record.state);
                task.addBindValue(nullIfEmpty(record.status));
                task.addBindValue(record.progress);
                task.addBindValue(nullIfEmpty(record.message));
                task.addBindValue(record.log);
                task.addBindValue(nullIfEmpty(record.resultEmsRef));
                task.addBindValue(nullIfZero(record.startedAtMs));
                task.addBindValue(nullIfZero(record.finishedAtMs));
                task.addBindValue(record.id);
                if (!task.exec())
                    qCWarning(lcWorkers) << "request task not written:" << task.lastError().text();
            }
            // The status of an active request is not written: RequestStore::cancel() sets it.
            const bool finished = m_request.state == QLatin1String(RequestState::Finished);
            QSqlQuery request(db);
            request.prepare(finished
                                ? QStringLiteral("UPDATE requests SET state = ?, started_at = ?, "
                                                 "updated_at = ?, status = ?, message = ?, "
                                                 "finished_at = ? WHERE id = ?")
                                : QStringLiteral("UPDATE requests SET state = ?, started_at = ?, "
                                                 "updated_at = ? WHERE id = ?"));
            request.addBindValue(m_request.state);
            request.addBindValue(nullIfZero(m_request.startedAtMs));
            request.addBindValue(nowMs());
            if (finished) {
                request.addBindValue(m_request.status);
                request.addBindValue(nullIfEmpty(m_request.message));
                request.addBindValue(m_request.finishedAtMs);
            }
            request.addBindValue(m_request.id);
            if (!request.exec())
                qCWarning(lcWorkers) << "request not written:" << request.lastError().text();
            if (!transaction.commit())
                qCWarning(lcWorkers) << "request progress not written:" << transaction.error();
            m_dirty.clear();
            m_requestDirty = false;
        }
        if (!m_events.isEmpty()) {
            QString error;
            if (EventStore::store(&m_events, &error))
                emit m_runner->eventsStored(m_events);
            else
                qCWarning(lcWorkers) << error;
            m_events.clear();
        }
        emit m_runner->requestsChanged();
        emit m_runner->heartbeat();
    }

    void markRequestDirty() { m_requestDirty = true; }

    // The refreshes the request's tasks asked for, in one targeted request.
    void queueRefreshes(WorkQueue *queue)
    {
        if (queue && !m_refresh.isEmpty() && m_request.managerId)
            queue->enqueue({m_request.managerId, m_refresh, RefreshReason::User});
        m_refresh.clear();
        m_refreshSeen.clear();
    }

private:
    RequestRunner *m_runner;
    RequestRecord m_request;
    QList<TaskRecord> m_tasks;
    std::shared_ptr<ManagerSession> m_session;
    int m_current = 0;
    QSet<int> m_dirty;
    bool m_requestDirty = false;
    QElapsedTimer m_sinceFlush;
    QList<InventoryTarget> m_refresh;
    QSet<QString> m_refreshSeen;
    QList<StoredEvent> m_events;
    mutable QElapsedTimer m_sinceCancelCheck;
    mutable bool m_cancelSeen = false;
};

RequestRunner::RequestRunner(SessionPool *sessions, WorkQueue *queue,
                             const RequestRunnerSettings &settings)
    : Worker(QString::fromLatin1(WorkerKind::RequestRunner), 0), m_sessions(sessions),
      m_queue(queue), m_settings(settings)
{}

void RequestRunner::registerHandler(const QString &type, const RequestHandler &handler)
{
    HandlerRegistry &handlers = registry();
    QMutexLocker lock(&handlers.mutex);
    handlers.handlers.insert(type, handler);
}

bool RequestRunner::hasHandler(const QString &type)
{
    return handlerFor(type).has_value();
}

void RequestRunner::start()
{
    m_poll.setInterval(pollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &RequestRunner::wake);
    m_poll.start();
    emit heartbeat();
    recoverInterrupted();
    runQueued();
}

void RequestRunner::finish()
{
    m_poll.stop();
    Database::closeThreadConnection();
}

void RequestRunner::wake()
{
    emit heartbeat();
    runQueued();
}

void RequestRunner::recoverInterrupted()
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("SELECT id FROM requests WHERE state = ? ORDER BY id"));
    query.addBindValue(QLatin1String(RequestState::Active));
    QList<qint64> ids;
    if (query.exec()) {
        while (query.next())
            ids.append(query.value(0).toLongLong());
    }
    for (const qint64 id : std::as_const(ids)) {
        const auto request = RequestStore::request(id);
        if (!request)
            continue;
        qCWarning(lcWorkers) << "request" << id << "was interrupted by a restart";
        Run run(this, *request, RequestStore::tasks(id));
        const auto handler = handlerFor(request->type);
        int interrupted = -1;
        for (int i = 0; i < run.tasks().size(); ++i) {
            TaskRecord &task = run.tasks()[i];
            if (task.state != QLatin1String(TaskState::Active))
                continue;
            task.state = QString::fromLatin1(TaskState::Finished);
            task.status = QString::fromLatin1(RequestStatus::Error);
            task.message = tr("Interrupted by a restart.");
            task.finishedAtMs = nowMs();
            run.logTo(i, task.message);
            interrupted = i;
        }
        // Undoing needs the manager; without it the made VMs stay listed in the tasks.
        if (handler && handler->undoTask && request->managerId) {
            QString error;
            run.setSession(m_sessions->acquire(request->managerId, &error));
        }
        const int finishedTasks = int(std::count_if(run.tasks().cbegin(), run.tasks().cend(),
                                                    [](const TaskRecord &t) { return isOk(t); }));
        QString message = tr("Interrupted by a restart after %1 of %2 tasks.")
                              .arg(finishedTasks)
                              .arg(run.tasks().size());
        if (interrupted >= 0)
            message += u' ' + tr("%1 did not finish.").arg(run.tasks().at(interrupted).description);
        finishRequest(run, handler, RequestStatus::Error, message, true,
                      tr("Not run: interrupted by a restart."));
    }
}

void RequestRunner::runQueued()
{
    if (m_running)
        return;
    m_running = true;
    while (!stopRequested()) {
        QSqlQuery query(Database::connection());
        query.prepare(QStringLiteral("SELECT id FROM requests WHERE state = ? AND "
                                     "approval_state = ? ORDER BY created_at, id LIMIT 1"));
        query.addBindValue(QLatin1String(RequestState::Queued));
        query.addBindValue(QLatin1String(ApprovalState::Approved));
        if (!query.exec() || !query.next())
            break;
        const auto request = RequestStore::request(query.value(0).toLongLong());
        query.finish();
        if (!request)
            break;
        runRequest(*request);
    }
    m_running = false;
}

void RequestRunner::runRequest(const RequestRecord &request)
{
    // Claimed only if still queued: the operator may have cancelled it since it was read.
    QSqlQuery claim(Database::connection());
    claim.prepare(
        QStringLiteral("UPDATE requests SET state = ?, started_at = "
                       "COALESCE(started_at, ?), updated_at = ? WHERE id = ? AND state = ?"));
    const qint64 now = nowMs();
    claim.addBindValue(QLatin1String(RequestState::Active));
    claim.addBindValue(now);
    claim.addBindValue(now);
    claim.addBindValue(request.id);
    claim.addBindValue(QLatin1String(RequestState::Queued));
    if (!claim.exec() || claim.numRowsAffected() != 1)
        return;
    emit statusChanged(QStringLiteral("running request %1").arg(request.id));
    Run run(this, request, RequestStore::tasks(request.id));
    RequestRecord &record = run.record();
    record.state = QString::fromLatin1(RequestState::Active);
    if (!record.startedAtMs)
        record.startedAtMs = now;
    run.flush(true);

    const auto handler = handlerFor(request.type);
    QString fatal;
    if (!request.optionsError.isEmpty())
        fatal = request.optionsError;
    else if (!handler)
        fatal = tr("Vantage cannot carry out requests of type “%1”.").arg(request.type);
    else if (!request.managerId)
        fatal = tr("The provider of this request no longer exists.");
    if (fatal.isEmpty()) {
        QString error;
        run.setSession(m_sessions->acquire(request.managerId, &error));
        if (!run.session())
            fatal = tr("The provider could not be reached: %1").arg(error);
    }
    if (!fatal.isEmpty()) {
        finishRequest(run, handler, RequestStatus::Error, fatal, false,
                      tr("Not run: %1").arg(fatal));
        return;
    }

    int failures = 0;
    QString firstFailure;
    for (;;) {
        if (run.cancelRequested()) {
            const int done = int(std::count_if(run.tasks().cbegin(), run.tasks().cend(),
                                               [](const TaskRecord &t) { return isDone(t); }));
            finishRequest(run, handler, RequestStatus::Cancelled,
                          tr("Cancelled after %1 of %2 tasks.").arg(done).arg(run.tasks().size()),
                          false, tr("Not run: the request was cancelled."));
            return;
        }
        if (stopRequested()) {
            // A clean stop: the request resumes with its remaining tasks at the next start.
            record.state = QString::fromLatin1(RequestState::Queued);
            run.markRequestDirty();
            run.flush(true);
            run.queueRefreshes(m_queue);
            return;
        }
        // The next task: the lowest position whose dependencies have all finished.
        int next = -1;
        QString blocked;
        for (int i = 0; i < run.tasks().size() && next < 0; ++i) {
            const TaskRecord &task = run.tasks().at(i);
            if (task.state != QLatin1String(TaskState::Pending))
                continue;
            bool ready = true;
            for (const int dependency : task.dependsOn) {
                const auto it =
                    std::find_if(run.tasks().cbegin(), run.tasks().cend(),
                                 [&](const TaskRecord &t) { return t.position == dependency; });
                if (it == run.tasks().cend()) {
                    blocked = tr("Not run: it depends on a task that does not exist.");
                } else if (isDone(*it) && !isOk(*it)) {
                    blocked = tr("Not run: it depends on %1, which did not succeed.")
                                  .arg(it->description);
                } else if (!isOk(*it)) {
                    ready = false;
                    continue;
                }
                if (!blocked.isEmpty())
                    break;
            }
            if (ready || !blocked.isEmpty())
                next = i;
        }
        if (next < 0) {
            // Pending tasks none of which can start: their dependencies form a cycle.
            bool cyclic = false;
            for (int i = 0; i < run.tasks().size(); ++i) {
                TaskRecord &task = run.tasks()[i];
                if (task.state != QLatin1String(TaskState::Pending))
                    continue;
                cyclic = true;
                task.state = QString::fromLatin1(TaskState::Finished);
                task.status = QString::fromLatin1(RequestStatus::Error);
                task.message = tr("Not run: its dependencies wait for each other.");
                task.finishedAtMs = nowMs();
                run.logTo(i, task.message);
                ++failures;
                if (firstFailure.isEmpty())
                    firstFailure = task.message;
            }
            if (cyclic && handler->stopOnFailure) {
                failTask(run, *handler, -1, firstFailure);
                return;
            }
            break;
        }

        TaskRecord &task = run.tasks()[next];
        run.setCurrent(next);
        task.startedAtMs = nowMs();
        QString error;
        bool ok = false;
        if (!blocked.isEmpty()) {
            error = blocked;
        } else if (!task.specError.isEmpty()) {
            error = task.specError;
        } else {
            task.state = QString::fromLatin1(TaskState::Active);
            run.logTo(next, tr("Started."));
            ok = handler->runTask(run, &error);
            if (!ok && stopRequested()) {
                // Stopped in the middle: the task runs again when the request resumes.
                task.state = QString::fromLatin1(TaskState::Pending);
                run.logTo(next, tr("Stopped before it finished: %1").arg(error));
                continue;
            }
        }
        task.state = QString::fromLatin1(TaskState::Finished);
        task.finishedAtMs = nowMs();
        if (ok) {
            task.status = QString::fromLatin1(RequestStatus::Ok);
            task.progress = 100;
            run.logTo(next, tr("Finished."));
            continue;
        }
        task.status = QString::fromLatin1(RequestStatus::Error);
        task.message = error;
        run.logTo(next, error);
        ++failures;
        if (firstFailure.isEmpty())
            firstFailure = error;
        if (handler->stopOnFailure) {
            failTask(run, *handler, next, error);
            return;
        }
    }
    if (failures == 0) {
        finishRequest(run, handler, RequestStatus::Ok, {}, false, {});
    } else {
        finishRequest(
            run, handler, RequestStatus::Error,
            tr("%1 of %2 failed: %3").arg(failures).arg(run.tasks().size()).arg(firstFailure),
            false, {});
    }
}

void RequestRunner::failTask(Run &run, const RequestHandler &handler, int failed,
                             const QString &error)
{
    QString message = failed >= 0 ? tr("%1 (task %2 of %3) failed: %4")
                                        .arg(run.tasks().at(failed).description)
                                        .arg(failed + 1)
                                        .arg(run.tasks().size())
                                        .arg(error)
                                  : error;
    finishRequest(run, handler, RequestStatus::Error, message, true,
                  tr("Not run: an earlier task failed."));
}

void RequestRunner::finishRequest(Run &run, const std::optional<RequestHandler> &handler,
                                  const char *status, QString message, bool rollBack,
                                  const QString &notRun)
{
    const bool cancelled = QLatin1String(status) == QLatin1String(RequestStatus::Cancelled);
    for (int i = 0; i < run.tasks().size(); ++i) {
        TaskRecord &task = run.tasks()[i];
        if (task.state != QLatin1String(TaskState::Pending))
            continue;
        task.state = QString::fromLatin1(TaskState::Finished);
        task.status =
            QString::fromLatin1(cancelled ? RequestStatus::Cancelled : RequestStatus::Error);
        task.message = notRun;
        task.finishedAtMs = nowMs();
        run.touch(i);
    }
    if (rollBack && handler && handler->undoTask) {
        // Newest first, so that what a later task built on goes before what it built on.
        QList<int> done;
        for (int i = 0; i < run.tasks().size(); ++i) {
            if (isOk(run.tasks().at(i)))
                done.append(i);
        }
        std::sort(done.begin(), done.end(), [&](int a, int b) {
            return run.tasks().at(a).finishedAtMs != run.tasks().at(b).finishedAtMs
                       ? run.tasks().at(a).finishedAtMs > run.tasks().at(b).finishedAtMs
                       : a > b;
        });
        QStringList undone;
        QStringList notUndone;
        for (const int index : std::as_const(done)) {
            run.setCurrent(index);
            QString error;
            if (!run.session()) {
                error = tr("the provider could not be reached");
            } else if (handler->undoTask(run, &error)) {
                run.tasks()[index].state = QString::fromLatin1(TaskState::RolledBack);
                run.logTo(index, tr("Rolled back."));
                undone << run.tasks().at(index).description;
                continue;
            }
            run.logTo(index, tr("Could not be rolled back: %1").arg(error));
            notUndone << tr("%1 (%2)").arg(run.tasks().at(index).description, error);
        }
        if (!undone.isEmpty())
            message += u' ' + tr("Rolled back: %1.").arg(undone.join(QStringLiteral(", ")));
        if (!notUndone.isEmpty())
            message += u' ' + tr("Not rolled back, remove by hand: %1.")
                                  .arg(notUndone.join(QStringLiteral(", ")));
    }
    RequestRecord &record = run.record();
    record.state = QString::fromLatin1(RequestState::Finished);
    record.status = QString::fromLatin1(status);
    record.message = message;
    record.finishedAtMs = nowMs();
    run.markRequestDirty();
    if (handler && handler->finished)
        handler->finished(run.request(), run.tasks());
    run.flush(true);
    run.queueRefreshes(m_queue);
    emit statusChanged(QStringLiteral("ready"));
}

} // namespace Vantage
