#include "providers/vmware/vsphereperformance.h"

#include "providers/vmware/vsphereclient.h"

namespace Vantage {

VspherePerformance::VspherePerformance(VsphereClient &client)
    : m_client(client)
{}

bool VspherePerformance::collect(QList<MetricCounters> *out, ProviderError *error)
{
    Q_UNUSED(out);
    error->message = QStringLiteral("Not built yet.");
    return false;
}

} // namespace Vantage
