#pragma once

#include <QLoggingCategory>

namespace Vantage {
Q_DECLARE_LOGGING_CATEGORY(lcVsphere)
} // namespace Vantage
