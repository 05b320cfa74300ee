#include "providers/vmware/vspherelogging.h"

namespace Vantage {
Q_LOGGING_CATEGORY(lcVsphere, "vantage.provider.vmware")
} // namespace Vantage
