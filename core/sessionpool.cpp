#include "core/sessionpool.h"

#include "core/providerregistry.h"
#include "core/providerstore.h"

#include <QCoreApplication>

namespace Vantage {

namespace {

bool sameConnection(const ManagerConfig &a, const ManagerConfig &b)
{
    return a.endpoints == b.endpoints && a.options == b.options &&
           a.credentials.user == b.credentials.user &&
           a.credentials.password == b.credentials.password;
}

} // namespace

std::shared_ptr<SessionPool::Entry> SessionPool::entry(qint64 managerId)
{
    QMutexLocker lock(&m_mutex);
    auto &slot = m_entries[managerId];
    if (!slot)
        slot = std::make_shared<Entry>();
    return slot;
}

std::shared_ptr<ManagerSession> SessionPool::acquire(qint64 managerId, QString *error)
{
    const auto row = ProviderStore::manager(managerId);
    if (!row) {
        *error = SessionPool::tr("The manager no longer exists.");
        return nullptr;
    }
    const auto config = ProviderStore::configFor(*row, error);
    if (!config)
        return nullptr;
    const std::shared_ptr<Entry> slot = entry(managerId);
    QMutexLocker lock(&slot->connecting);
    if (slot->session && slot->session->isAlive() && sameConnection(*config, slot->config))
        return slot->session;
    const ProviderType *type = ProviderRegistry::instance().find(row->type);
    if (!type) {
        *error =
            SessionPool::tr("This build of Vantage has no provider of type \"%1\".").arg(row->type);
        return nullptr;
    }
    ProviderError failure;
    slot->session.reset();
    slot->session = type->connect(*config, &failure);
    if (!slot->session) {
        *error = failure.toString();
        return nullptr;
    }
    slot->config = *config;
    return slot->session;
}

void SessionPool::invalidate(qint64 managerId, const std::shared_ptr<ManagerSession> &session)
{
    const std::shared_ptr<Entry> slot = entry(managerId);
    QMutexLocker lock(&slot->connecting);
    if (slot->session == session)
        slot->session.reset();
}

void SessionPool::remove(qint64 managerId)
{
    QMutexLocker lock(&m_mutex);
    m_entries.remove(managerId);
}

} // namespace Vantage
