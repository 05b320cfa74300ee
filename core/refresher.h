#pragma once

#include "core/persister.h"
#include "core/provider.h"
#include "core/sessionpool.h"
#include "core/workqueue.h"
#include <QCoreApplication>

#include <QString>

#include <functional>
#include <memory>

namespace Vantage {

struct RefreshOutcome
{
    bool ok = false;
    bool cancelled = false;
    bool targeted = false; // only some objects were read, not the whole manager
    QString error;         // phrased for the operator
    InventoryChanges changes;
    qint64 collectMs = 0;
    qint64 persistMs = 0;
};

// One refresh of one manager, on the calling thread: take the manager's session from the pool
// (connecting when needed), collect, persist, record the outcome on the manager row. The refresh
// worker and `vantage refresh` both use it.
class Refresher
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::Refresher)

public:
    Refresher(qint64 managerId, SessionPool *sessions);

    // progress is first called once the manager's row is marked running.
    RefreshOutcome run(const RefreshRequest &request, const CancelFlag &cancel,
                       const ProgressCallback &progress);

    // Called with the session just before each full collection, on the calling thread: the
    // refresh worker starts watching the manager's changes there, so that none falls between
    // the collection and the watch.
    using SessionHook = std::function<void(const std::shared_ptr<ManagerSession> &session)>;
    void setBeforeFullCollect(SessionHook hook) { m_beforeFullCollect = std::move(hook); }

private:
    qint64 m_managerId;
    SessionPool *m_sessions; // Not owned.
    SessionHook m_beforeFullCollect;
};

} // namespace Vantage

Q_DECLARE_METATYPE(Vantage::RefreshOutcome)
