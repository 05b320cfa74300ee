#pragma once

#include "core/persister.h"
#include "core/provider.h"
#include "core/workqueue.h"

#include <QString>

#include <memory>

namespace Vantage {

struct RefreshOutcome
{
    bool ok = false;
    bool cancelled = false;
    QString error; // phrased for the operator
    InventoryChanges changes;
    qint64 collectMs = 0;
    qint64 persistMs = 0;
};

// One refresh of one manager, on the calling thread: connect when needed, collect, persist,
// record the outcome on the manager row. The refresh worker and `vantage refresh` both use it.
class Refresher
{
public:
    explicit Refresher(qint64 managerId);

    // progress is first called once the manager's row is marked running.
    RefreshOutcome run(const RefreshRequest &request, const CancelFlag &cancel,
                       const ProgressCallback &progress);

    // The session is kept between runs; it is replaced after a failure, when the connection
    // died, or when the manager's endpoints, options or credentials were edited.
    std::shared_ptr<ManagerSession> session() const { return m_session; }

private:
    bool ensureSession(QString *error);

    qint64 m_managerId;
    std::shared_ptr<ManagerSession> m_session;
    ManagerConfig m_sessionConfig;
};

} // namespace Vantage

Q_DECLARE_METATYPE(Vantage::RefreshOutcome)
