#include "core/retirementscheduler.h"

#include "core/database.h"
#include "core/eventstore.h"
#include "core/logging.h"
#include "core/requests.h"

#include <QDateTime>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace Vantage {

namespace {
// A retirement time already past (one that could not be submitted) is retried no sooner.
constexpr qint64 retryDelayMs = 60 * 1000;

} // namespace

RetirementScheduler::RetirementScheduler(const std::atomic_bool *approvalRequired,
                                         std::chrono::milliseconds interval)
    : Worker(QString::fromLatin1(WorkerKind::RetirementScheduler), 0),
      m_approvalRequired(approvalRequired), m_interval(interval)
{
    m_timer.setSingleShot(true);
}

void RetirementScheduler::start()
{
    connect(&m_timer, &QTimer::timeout, this, &RetirementScheduler::check);
    m_heartbeat.setInterval(5000);
    connect(&m_heartbeat, &QTimer::timeout, this, &Worker::heartbeat);
    m_heartbeat.start();
    check();
}

void RetirementScheduler::finish()
{
    m_timer.stop();
    m_heartbeat.stop();
    Database::closeThreadConnection();
}

void RetirementScheduler::check()
{
    const qint64 now = nowMs();
    bool changed = false;

    QList<StoredEvent> warnings;
    for (const RetirementRecord &retirement : RetirementStore::dueForWarning(now)) {
        QString error;
        if (!RetirementStore::markWarned(retirement.id, now, &error)) {
            qCWarning(lcWorkers) << error;
            continue;
        }
        changed = true;
        StoredEvent event;
        event.eventType = QStringLiteral("vm_retirement_warning");
        event.raw.managerId = retirement.managerId;
        event.raw.timestampMs = now;
        event.raw.source = QStringLiteral("vantage");
        event.raw.name = event.eventType;
        event.raw.targetKind = InventoryKind::Vm;
        event.raw.targetRef = retirement.vmEmsRef;
        event.raw.targetName = retirement.vmName;
        event.raw.message =
            tr("VM %1 retires on %2.")
                .arg(retirement.vmName,
                     QLocale().toString(QDateTime::fromMSecsSinceEpoch(retirement.retiresAtMs),
                                        QLocale::ShortFormat));
        warnings.append(event);
    }
    if (!warnings.isEmpty()) {
        QString error;
        if (EventStore::store(&warnings, &error))
            emit eventsStored(warnings);
        else
            qCWarning(lcWorkers) << error;
    }

    // One Retire request per manager for everything due now.
    QMap<qint64, QList<RetirementRecord>> dueByManager;
    for (const RetirementRecord &retirement : RetirementStore::due(now))
        dueByManager[retirement.managerId].append(retirement);
    bool submitted = false;
    for (auto it = dueByManager.cbegin(); it != dueByManager.cend(); ++it) {
        QList<VmSelection> vms;
        QList<qint64> ids;
        for (const RetirementRecord &retirement : it.value()) {
            vms.append({retirement.vmEmsRef, retirement.vmName});
            ids.append(retirement.id);
        }
        NewRequest request = retireRequest(it.key(), vms, false, tr("Retirement schedule"));
        for (int i = 0; i < request.tasks.size(); ++i)
            request.tasks[i].spec.insert(QLatin1String(TaskKey::DeleteStorage),
                                         it.value().at(i).deleteStorage);
        QString error;
        const qint64 requestId =
            RequestStore::submit(request, m_approvalRequired && m_approvalRequired->load(), &error);
        if (!requestId || !RetirementStore::markRetiring(ids, requestId, &error)) {
            qCWarning(lcWorkers) << "retirements of manager" << it.key()
                                 << "not submitted:" << error;
            continue;
        }
        changed = true;
        submitted = true;
    }
    if (submitted)
        emit requestSubmitted();
    if (changed)
        emit requestsChanged();
    emit heartbeat();

    qint64 delay = m_interval.count();
    const qint64 next = RetirementStore::nextEventAt();
    if (next > 0)
        delay = std::min(delay, next <= now ? retryDelayMs : next - nowMs());
    m_timer.start(std::chrono::milliseconds(std::max<qint64>(0, delay)));
}

} // namespace Vantage
