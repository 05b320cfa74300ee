#include "core/workqueue.h"

namespace Vantage {

bool WorkQueue::enqueue(const RefreshRequest &request)
{
    {
        QMutexLocker lock(&m_mutex);
        auto it = m_pending.find(request.managerId);
        if (it != m_pending.end()) {
            if (it->isFull())
                return false;
            if (request.isFull()) {
                *it = request;
            } else {
                bool grew = false;
                for (const InventoryTarget &target : request.targets) {
                    if (!it->targets.contains(target)) {
                        it->targets.append(target);
                        grew = true;
                    }
                }
                if (!grew)
                    return false;
            }
            // The waiting request is bigger now, but the worker already knows it has work.
            return true;
        }
        m_pending.insert(request.managerId, request);
    }
    emit refreshQueued(request.managerId);
    return true;
}

std::optional<RefreshRequest> WorkQueue::take(qint64 managerId)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_pending.find(managerId);
    if (it == m_pending.end())
        return std::nullopt;
    RefreshRequest request = *it;
    m_pending.erase(it);
    return request;
}

bool WorkQueue::hasPending(qint64 managerId) const
{
    QMutexLocker lock(&m_mutex);
    return m_pending.contains(managerId);
}

int WorkQueue::pendingCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_pending.size());
}

void WorkQueue::discard(qint64 managerId)
{
    QMutexLocker lock(&m_mutex);
    m_pending.remove(managerId);
}

} // namespace Vantage
