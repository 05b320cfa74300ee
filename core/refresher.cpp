#include "core/refresher.h"

#include "core/eventstore.h"
#include "core/logging.h"
#include "core/providerstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace Vantage {

Refresher::Refresher(qint64 managerId, SessionPool *sessions)
    : m_managerId(managerId), m_sessions(sessions)
{}

RefreshOutcome Refresher::run(const RefreshRequest &request, const CancelFlag &cancel,
                              const ProgressCallback &progress)
{
    RefreshOutcome outcome;
    outcome.targeted = !request.isFull();
    QElapsedTimer total;
    total.start();
    ProviderStore::recordRefreshStart(m_managerId);
    const auto finish = [&](bool ok) {
        outcome.ok = ok;
        ProviderStore::recordRefreshEnd(m_managerId, ok, outcome.error, total.elapsed());
        if (!ok)
            qCWarning(lcCore) << "refresh of manager" << m_managerId << "failed:" << outcome.error;
        return outcome;
    };

    progress({0, 0, Refresher::tr("Connecting")});
    const std::shared_ptr<ManagerSession> session =
        m_sessions->acquire(m_managerId, &outcome.error);
    if (!session)
        return finish(false);

    if (request.isFull() && m_beforeFullCollect)
        m_beforeFullCollect(session);

    InventoryCollection collection;
    ProviderError failure;
    QElapsedTimer timer;
    timer.start();
    const bool collected = request.isFull()
                               ? session->collectInventory(&collection, cancel, progress, &failure)
                               : session->collectTargets(request.targets, &collection, &failure);
    outcome.collectMs = timer.elapsed();
    if (cancel.isCancelled()) {
        outcome.cancelled = true;
        outcome.error =
            Refresher::tr("The refresh was cancelled; the inventory was left as it was.");
        return finish(false);
    }
    if (!collected) {
        // A dead session is replaced by the pool on the next acquire; a live one is kept, since
        // the event catcher is subscribed on it.
        outcome.error = failure.toString();
        return finish(false);
    }
    if (!request.isFull()) {
        collection.targeted = true;
        collection.targets = request.targets;
    }

    progress({0, 0, Refresher::tr("Saving")});
    timer.restart();
    if (!Persister(m_managerId).persist(collection, &outcome.changes, &outcome.error))
        return finish(false);
    outcome.persistMs = timer.elapsed();
    if (outcome.changes.inserted)
        EventStore::resolveTargets(m_managerId);
    return finish(true);
}

} // namespace Vantage
