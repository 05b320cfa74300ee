#pragma once

#include "core/requestrunner.h"

#include <QHash>
#include <QString>

namespace Vantage {

// The built-in request types (provision, service, power, reconfigure, retire), as the request
// runner registers them before any other.
void registerBuiltInRequestHandlers(QHash<QString, RequestHandler> *handlers);

} // namespace Vantage
