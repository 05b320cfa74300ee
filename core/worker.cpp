#include "core/worker.h"

namespace Vantage {

Worker::Worker(QString kind, qint64 managerId) : m_kind(std::move(kind)), m_managerId(managerId) {}

} // namespace Vantage
