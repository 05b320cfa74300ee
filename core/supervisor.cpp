#include "core/supervisor.h"

#include "core/database.h"
#include "core/eventcatcher.h"
#include "core/eventhandler.h"
#include "core/logging.h"
#include "core/metricscollector.h"
#include "core/metricsprocessorworker.h"
#include "core/providerregistry.h"
#include "core/providerstore.h"
#include "core/refreshworker.h"
#include "core/retirementscheduler.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>

namespace Vantage {

// One supervised worker: its thread, its record and its restart state. A QObject on the main
// thread so that it is the context of the worker's connections: deleting it disconnects them.
struct Supervisor::WorkerSlot : QObject
{
    qint64 managerId = 0;
    QString kind;
    QThread *thread = nullptr; // Owned.
    Worker *worker = nullptr;  // Owned; lives in thread.
    qint64 recordId = 0;
    int restartCount = 0;
    qint64 lastHeartbeatWritten = 0;
    QString status;
    bool justStarted = false; // the next record write restamps started_at
    QTimer restartTimer;
};

namespace {
bool hasEvents(const ManagerRow &manager)
{
    const ProviderType *type = ProviderRegistry::instance().find(manager.type);
    return type && !type->eventMappingJson().isEmpty();
}

bool hasMetrics(const ManagerRow &manager)
{
    const ProviderType *type = ProviderRegistry::instance().find(manager.type);
    return type && type->hasMetrics();
}

// A worker record not beaten for this long belongs to a process that is gone.
constexpr qint64 abandonedRecordMs = 10 * 60 * 1000;
constexpr qint64 heartbeatWriteIntervalMs = 5000;
} // namespace

Supervisor::Supervisor(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<RefreshOutcome>();
    qRegisterMetaType<InventoryChanges>();
    qRegisterMetaType<StoredEvent>();
    qRegisterMetaType<QList<StoredEvent>>();
    qRegisterMetaType<EventGap>();
    qRegisterMetaType<MetricCounters>();
    qRegisterMetaType<QList<MetricCounters>>();
    qRegisterMetaType<MetricRates>();
    qRegisterMetaType<QList<MetricRates>>();
    m_factories.insert(QString::fromLatin1(WorkerKind::Refresh),
                       [](qint64 managerId, const WorkerContext &context) -> Worker * {
                           return new RefreshWorker(managerId, context.queue, context.sessions);
                       });
    m_factories.insert(QString::fromLatin1(WorkerKind::EventCatcher),
                       [](qint64 managerId, const WorkerContext &context) -> Worker * {
                           auto *catcher = new EventCatcher(managerId, context.sessions,
                                                            context.inbox, context.queue);
                           catcher->setRefreshWhenSubscribed(context.refreshWhenSubscribed);
                           return catcher;
                       });
    m_factories.insert(QString::fromLatin1(WorkerKind::MetricsCollector),
                       [](qint64 managerId, const WorkerContext &context) -> Worker * {
                           auto *collector = new MetricsCollector(managerId, context.sessions);
                           collector->setInterval(context.metricsInterval);
                           return collector;
                       });
    m_factories.insert(QString::fromLatin1(WorkerKind::MetricsProcessor),
                       [](qint64, const WorkerContext &context) -> Worker * {
                           auto *processor = new MetricsProcessorWorker(context.metricsInterval);
                           processor->setRetention(context.metricsRetention);
                           return processor;
                       });
    m_factories.insert(QString::fromLatin1(WorkerKind::EventHandler),
                       [](qint64, const WorkerContext &context) -> Worker * {
                           return new EventHandler(context.inbox, context.queue);
                       });
    m_factories.insert(QString::fromLatin1(WorkerKind::RequestRunner),
                       [](qint64, const WorkerContext &context) -> Worker * {
                           return new RequestRunner(context.sessions, context.queue,
                                                    context.requestRunner);
                       });
    m_factories.insert(QString::fromLatin1(WorkerKind::RetirementScheduler),
                       [](qint64, const WorkerContext &context) -> Worker * {
                           return new RetirementScheduler(context.approvalRequired,
                                                          context.retirementCheckInterval);
                       });
    m_scheduleTimer.setInterval(std::chrono::hours(24));
    connect(&m_scheduleTimer, &QTimer::timeout, this,
            [this] { requestRefreshAll(RefreshReason::Schedule); });
}

Supervisor::~Supervisor()
{
    stop();
}

void Supervisor::setWorkerFactory(const QString &kind, WorkerFactory factory)
{
    m_factories.insert(kind, std::move(factory));
}

void Supervisor::setRefreshInterval(std::chrono::milliseconds interval)
{
    m_scheduleTimer.setInterval(interval);
}

void Supervisor::setRestartBackoff(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_firstBackoff = first;
    m_maxBackoff = max;
}

void Supervisor::start(bool refreshOnStart)
{
    if (m_running)
        return;
    m_running = true;
    QSqlQuery cleanup(Database::connection());
    cleanup.prepare(QStringLiteral("DELETE FROM workers WHERE pid = ? OR heartbeat_at < ?"));
    cleanup.addBindValue(QCoreApplication::applicationPid());
    cleanup.addBindValue(nowMs() - abandonedRecordMs);
    cleanup.exec();
    startWorkerIfMissing(0, QString::fromLatin1(WorkerKind::EventHandler));
    startWorkerIfMissing(0, QString::fromLatin1(WorkerKind::MetricsProcessor));
    startWorkerIfMissing(0, QString::fromLatin1(WorkerKind::RequestRunner));
    startWorkerIfMissing(0, QString::fromLatin1(WorkerKind::RetirementScheduler));
    m_refreshOnStart = refreshOnStart;
    syncManagers();
    m_scheduleTimer.start();
    if (refreshOnStart) {
        for (const ManagerRow &manager : ProviderStore::managers()) {
            if (manager.enabled && !hasEvents(manager))
                requestRefresh(manager.id, RefreshReason::Startup);
        }
    }
}

void Supervisor::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_scheduleTimer.stop();
    // Ask everyone first, then wait: the workers wind down in parallel.
    for (WorkerSlot *slot : std::as_const(m_slots)) {
        if (slot->worker) {
            slot->worker->requestStop();
            if (auto *refresh = qobject_cast<RefreshWorker *>(slot->worker))
                refresh->cancelCurrent();
        }
    }
    for (WorkerSlot *slot : std::as_const(m_slots)) {
        stopWorker(slot);
        writeWorkerRecord(slot, QStringLiteral("stopped"));
        delete slot;
    }
    m_slots.clear();
    QSqlQuery cleanup(Database::connection());
    cleanup.prepare(QStringLiteral("DELETE FROM workers WHERE pid = ?"));
    cleanup.addBindValue(QCoreApplication::applicationPid());
    cleanup.exec();
    emit workersChanged();
}

void Supervisor::syncManagers()
{
    if (!m_running)
        return;
    // Which workers each enabled manager should have.
    QHash<qint64, QStringList> wanted;
    for (const ManagerRow &manager : ProviderStore::managers()) {
        if (!manager.enabled)
            continue;
        QStringList kinds{QString::fromLatin1(WorkerKind::Refresh)};
        if (hasEvents(manager))
            kinds << QString::fromLatin1(WorkerKind::EventCatcher);
        if (hasMetrics(manager))
            kinds << QString::fromLatin1(WorkerKind::MetricsCollector);
        wanted.insert(manager.id, kinds);
    }
    for (auto it = m_slots.begin(); it != m_slots.end();) {
        WorkerSlot *slot = *it;
        if (slot->managerId == 0 || wanted.value(slot->managerId).contains(slot->kind)) {
            ++it;
            continue;
        }
        m_queue.discard(slot->managerId);
        stopWorker(slot);
        if (!wanted.contains(slot->managerId))
            m_sessions.remove(slot->managerId);
        // The manager's row is gone, and its worker record with it (ON DELETE CASCADE).
        delete slot;
        it = m_slots.erase(it);
    }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        for (const QString &kind : it.value())
            startWorkerIfMissing(it.key(), kind);
    }
    emit workersChanged();
}

void Supervisor::startWorkerIfMissing(qint64 managerId, const QString &kind)
{
    const bool running = std::any_of(m_slots.cbegin(), m_slots.cend(), [&](WorkerSlot *slot) {
        return slot->managerId == managerId && slot->kind == kind;
    });
    if (!running)
        startWorker(managerId, kind);
}

void Supervisor::requestRefresh(qint64 managerId, RefreshReason reason,
                                const QList<InventoryTarget> &targets)
{
    m_queue.enqueue(RefreshRequest{managerId, targets, reason});
}

void Supervisor::requestRefreshAll(RefreshReason reason)
{
    for (const ManagerRow &manager : ProviderStore::managers()) {
        if (manager.enabled)
            requestRefresh(manager.id, reason);
    }
}

void Supervisor::cancelRefresh(qint64 managerId)
{
    m_queue.discard(managerId);
    for (WorkerSlot *slot : std::as_const(m_slots)) {
        if (slot->managerId != managerId)
            continue;
        if (auto *refresh = qobject_cast<RefreshWorker *>(slot->worker))
            refresh->cancelCurrent();
    }
}

int Supervisor::runningWorkerCount() const
{
    return int(std::count_if(m_slots.cbegin(), m_slots.cend(),
                             [](WorkerSlot *slot) { return slot->worker != nullptr; }));
}

void Supervisor::startWorker(qint64 managerId, const QString &kind)
{
    const auto factory = m_factories.value(kind);
    if (!factory) {
        qCWarning(lcWorkers) << "no factory for worker kind" << kind;
        return;
    }
    WorkerSlot *slot = nullptr;
    for (WorkerSlot *existing : std::as_const(m_slots)) {
        if (existing->managerId == managerId && existing->kind == kind)
            slot = existing;
    }
    if (!slot) {
        slot = new WorkerSlot;
        slot->managerId = managerId;
        slot->kind = kind;
        slot->restartTimer.setSingleShot(true);
        connect(&slot->restartTimer, &QTimer::timeout, slot, [this, slot] {
            if (m_running)
                startWorker(slot->managerId, slot->kind);
        });
        m_slots.append(slot);
    }

    slot->thread = new QThread;
    slot->thread->setObjectName(QStringLiteral("%1-%2").arg(kind).arg(managerId));
    slot->worker =
        factory(managerId, WorkerContext{&m_queue, &m_sessions, &m_inbox, m_refreshOnStart,
                                         m_metricsInterval, m_metricsRetention, &m_approvalRequired,
                                         m_requestRunnerSettings, m_retirementCheckInterval});
    slot->worker->moveToThread(slot->thread);
    Worker *worker = slot->worker;
    connect(slot->thread, &QThread::started, worker, &Worker::start);
    // finish() must run on the worker's own thread, as its last act.
    connect(slot->thread, &QThread::finished, worker, &Worker::finish, Qt::DirectConnection);
    connect(worker, &Worker::heartbeat, slot, [this, slot] {
        if (nowMs() - slot->lastHeartbeatWritten >= heartbeatWriteIntervalMs)
            writeWorkerRecord(slot, slot->status);
    });
    connect(worker, &Worker::failed, slot,
            [this, slot](const QString &error) { onWorkerFailed(slot, error); });
    connect(worker, &Worker::statusChanged, slot,
            [this, slot](const QString &status) { writeWorkerRecord(slot, status); });
    if (auto *refresh = qobject_cast<RefreshWorker *>(worker)) {
        connect(refresh, &RefreshWorker::refreshStarted, this, &Supervisor::refreshStarted);
        connect(refresh, &RefreshWorker::refreshProgress, this, &Supervisor::refreshProgress);
        connect(refresh, &RefreshWorker::refreshFinished, this, &Supervisor::refreshFinished);
    } else if (auto *handler = qobject_cast<EventHandler *>(worker)) {
        connect(handler, &EventHandler::eventsStored, this, &Supervisor::eventsStored);
    } else if (auto *catcher = qobject_cast<EventCatcher *>(worker)) {
        connect(catcher, &EventCatcher::gapChanged, this, &Supervisor::gapChanged);
    } else if (auto *collector = qobject_cast<MetricsCollector *>(worker)) {
        connect(collector, &MetricsCollector::samplesCollected, this,
                &Supervisor::metricsCollected);
    } else if (auto *processor = qobject_cast<MetricsProcessorWorker *>(worker)) {
        connect(this, &Supervisor::metricsCollected, processor, &MetricsProcessorWorker::process);
        connect(processor, &MetricsProcessorWorker::metricsStored, this,
                &Supervisor::metricsStored);
    } else if (auto *runner = qobject_cast<RequestRunner *>(worker)) {
        connect(this, &Supervisor::requestSubmitted, runner, &RequestRunner::wake);
        connect(runner, &RequestRunner::requestsChanged, this, &Supervisor::requestsChanged);
        connect(runner, &RequestRunner::eventsStored, this, &Supervisor::eventsStored);
    } else if (auto *scheduler = qobject_cast<RetirementScheduler *>(worker)) {
        connect(this, &Supervisor::retirementScheduleChanged, scheduler,
                &RetirementScheduler::check);
        connect(scheduler, &RetirementScheduler::requestSubmitted, this,
                &Supervisor::requestSubmitted);
        connect(scheduler, &RetirementScheduler::requestsChanged, this,
                &Supervisor::requestsChanged);
        connect(scheduler, &RetirementScheduler::eventsStored, this, &Supervisor::eventsStored);
    }
    slot->justStarted = true;
    writeWorkerRecord(slot, QStringLiteral("running"));
    slot->thread->start();
    qCInfo(lcWorkers) << "started" << kind << "worker for manager" << managerId;
    emit workersChanged();
}

void Supervisor::stopWorker(WorkerSlot *slot)
{
    slot->restartTimer.stop();
    if (!slot->thread)
        return;
    if (slot->worker)
        slot->worker->requestStop();
    slot->thread->quit();
    slot->thread->wait();
    delete slot->worker;
    delete slot->thread;
    slot->worker = nullptr;
    slot->thread = nullptr;
}

void Supervisor::onWorkerFailed(WorkerSlot *slot, const QString &error)
{
    qCWarning(lcWorkers) << slot->kind << "worker for manager" << slot->managerId
                         << "failed:" << error;
    stopWorker(slot);
    const auto backoff =
        std::min(m_maxBackoff, m_firstBackoff * (1 << std::min(slot->restartCount, 16)));
    ++slot->restartCount;
    writeWorkerRecord(slot, QStringLiteral("restarting"), error);
    if (m_running)
        slot->restartTimer.start(backoff);
    emit workersChanged();
}

void Supervisor::writeWorkerRecord(WorkerSlot *slot, const QString &status, const QString &error)
{
    QSqlQuery query(Database::connection());
    const qint64 now = nowMs();
    const QString threadName = slot->thread ? slot->thread->objectName() : QString();
    if (slot->recordId == 0) {
        query.prepare(QStringLiteral(
            "INSERT INTO workers (kind, manager_id, thread, pid, status, started_at, heartbeat_at, "
            "restart_count, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(slot->kind);
        query.addBindValue(slot->managerId ? QVariant(slot->managerId) : QVariant());
        query.addBindValue(threadName);
        query.addBindValue(QCoreApplication::applicationPid());
        query.addBindValue(status);
        query.addBindValue(now);
        query.addBindValue(now);
        query.addBindValue(slot->restartCount);
        query.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
        if (query.exec())
            slot->recordId = query.lastInsertId().toLongLong();
    } else {
        const bool restarted = slot->justStarted;
        query.prepare(QStringLiteral(
            "UPDATE workers SET status = ?, thread = COALESCE(?, thread), heartbeat_at = ?, "
            "restart_count = ?, last_error = COALESCE(?, last_error), "
            "started_at = CASE WHEN ? THEN ? ELSE started_at END WHERE id = ?"));
        query.addBindValue(status);
        query.addBindValue(threadName.isEmpty() ? QVariant() : QVariant(threadName));
        query.addBindValue(now);
        query.addBindValue(slot->restartCount);
        query.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
        query.addBindValue(restarted ? 1 : 0);
        query.addBindValue(now);
        query.addBindValue(slot->recordId);
        query.exec();
    }
    if (query.lastError().isValid())
        qCWarning(lcWorkers) << "worker record not written:" << query.lastError().text();
    slot->status = status;
    slot->justStarted = false;
    slot->lastHeartbeatWritten = now;
    emit workersChanged();
}

} // namespace Vantage
