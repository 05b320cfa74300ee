#include "core/logging.h"

namespace Vantage {
Q_LOGGING_CATEGORY(lcCore, "vantage.core")
Q_LOGGING_CATEGORY(lcDatabase, "vantage.core.db")
Q_LOGGING_CATEGORY(lcWorkers, "vantage.core.workers")
Q_LOGGING_CATEGORY(lcCredentials, "vantage.core.credentials")
} // namespace Vantage
