#pragma once

#include <QLoggingCategory>

namespace Vantage {
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcDatabase)
Q_DECLARE_LOGGING_CATEGORY(lcWorkers)
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
} // namespace Vantage
