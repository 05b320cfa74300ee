#pragma once

#include <QString>

namespace Vantage::LibvirtDomainState {

// The generic power state (PowerState::*) for a virDomainState value.
QString powerState(int virDomainState);

} // namespace Vantage::LibvirtDomainState
