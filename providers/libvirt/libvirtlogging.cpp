#include "providers/libvirt/libvirtlogging.h"

namespace Vantage {
Q_LOGGING_CATEGORY(lcLibvirt, "vantage.provider.libvirt")
} // namespace Vantage
