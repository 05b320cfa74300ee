#include "core/refresher.h"

#include "core/logging.h"
#include "core/providerregistry.h"
#include "core/providerstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace Vantage {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Vantage::Refresher", text);
}
} // namespace

Refresher::Refresher(qint64 managerId) : m_managerId(managerId) {}

namespace {
bool sameConnection(const ManagerConfig &a, const ManagerConfig &b)
{
    return a.endpoints == b.endpoints && a.options == b.options &&
           a.credentials.user == b.credentials.user &&
           a.credentials.password == b.credentials.password;
}
} // namespace

bool Refresher::ensureSession(QString *error)
{
    const auto row = ProviderStore::manager(m_managerId);
    if (!row) {
        *error = tr("The manager no longer exists.");
        return false;
    }
    const auto config = ProviderStore::configFor(*row, error);
    if (!config)
        return false;
    if (m_session && m_session->isAlive() && sameConnection(*config, m_sessionConfig))
        return true;
    m_session.reset();
    const ProviderType *type = ProviderRegistry::instance().find(row->type);
    if (!type) {
        *error = tr("This build of Vantage has no provider of type \"%1\".").arg(row->type);
        return false;
    }
    ProviderError failure;
    m_session = type->connect(*config, &failure);
    if (!m_session) {
        *error = failure.toString();
        return false;
    }
    m_sessionConfig = *config;
    return true;
}

RefreshOutcome Refresher::run(const RefreshRequest &request, const CancelFlag &cancel,
                              const ProgressCallback &progress)
{
    RefreshOutcome outcome;
    QElapsedTimer total;
    total.start();
    ProviderStore::recordRefreshStart(m_managerId);
    const auto finish = [&](bool ok) {
        outcome.ok = ok;
        ProviderStore::recordRefreshEnd(m_managerId, ok, outcome.error, total.elapsed());
        if (!ok) {
            qCWarning(lcCore) << "refresh of manager" << m_managerId << "failed:" << outcome.error;
            m_session.reset();
        }
        return outcome;
    };

    progress({0, 0, tr("Connecting")});
    if (!ensureSession(&outcome.error))
        return finish(false);

    InventoryCollection collection;
    ProviderError failure;
    QElapsedTimer timer;
    timer.start();
    const bool collected =
        request.isFull() ? m_session->collectInventory(&collection, cancel, progress, &failure)
                         : m_session->collectTargets(request.targets, &collection, &failure);
    outcome.collectMs = timer.elapsed();
    if (cancel.isCancelled()) {
        outcome.cancelled = true;
        outcome.error = tr("The refresh was cancelled; the inventory was left as it was.");
        return finish(false);
    }
    if (!collected) {
        outcome.error = failure.toString();
        return finish(false);
    }
    if (!request.isFull()) {
        collection.targeted = true;
        collection.targets = request.targets;
    }

    progress({0, 0, tr("Saving")});
    timer.restart();
    if (!Persister(m_managerId).persist(collection, &outcome.changes, &outcome.error))
        return finish(false);
    outcome.persistMs = timer.elapsed();
    return finish(true);
}

} // namespace Vantage
