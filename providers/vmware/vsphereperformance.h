#pragma once

#include "core/provider.h"

namespace Vantage {

class VsphereClient;

// PerformanceManager realtime counters (stub, being built).
class VspherePerformance
{
public:
    explicit VspherePerformance(VsphereClient &client);
    bool collect(QList<MetricCounters> *out, ProviderError *error);

private:
    VsphereClient &m_client;
};

} // namespace Vantage
