#pragma once

#include "core/provider.h"
#include <QCoreApplication>

#include <QHash>
#include <QMutex>
#include <QString>

#include <memory>

namespace Vantage {

// One live session per manager, shared by its refresh worker, event catcher and operations:
// libvirt's test driver keeps its state per connection, and one connection is cheaper anyway.
// Thread-safe; connecting one manager does not hold up another.
class SessionPool
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::SessionPool)

public:
    // The manager's session, connecting first when there is none, it died, or the manager's
    // endpoints, options or credentials were edited since it was made.
    std::shared_ptr<ManagerSession> acquire(qint64 managerId, QString *error);

    // Forgets the session if it is still the manager's current one, so the next acquire
    // reconnects. Holders keep their reference until they drop it.
    void invalidate(qint64 managerId, const std::shared_ptr<ManagerSession> &session);
    void remove(qint64 managerId);

private:
    struct Entry
    {
        QMutex connecting;
        std::shared_ptr<ManagerSession> session;
        ManagerConfig config;
    };
    std::shared_ptr<Entry> entry(qint64 managerId);

    QMutex m_mutex;
    QHash<qint64, std::shared_ptr<Entry>> m_entries;
};

} // namespace Vantage
