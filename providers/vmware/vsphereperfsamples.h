#pragma once

#include "core/metrics.h"
#include "providers/vmware/vsphereperfparser.h"

#include <QHash>
#include <QList>

namespace Vantage {

// What the provider makes of the PerformanceManager's answers: which server counters feed which
// column, and samples in the averages form (MetricCounters::averaged), since vSphere reports 20 s
// averages rather than counters. Pure, so that it is fuzzed with the parser.
class VspherePerfSamples final
{
public:
    static constexpr int RealtimeIntervalS = 20;

    // Which server counter feeds which column, and the factor from its unit to ours.
    struct CounterUse
    {
        MetricColumn column = MetricColumn::CpuPercent;
        double scale = 1;
        // Asked for every instance ("*") and summed when the server has no aggregate: vCenter
        // reports disk commands per device only.
        bool perInstance = false;
    };

    // The counters of ours among the server's, by key. A counter whose unit is not the one
    // expected is left out rather than scaled wrongly.
    static QHash<int, CounterUse> counterUses(const QList<VspherePerfCounter> &counters);
    // One sample per entity of a VM or host and sample time, each entity's oldest first; other
    // entities are left out. A value
    // of -1 (vSphere's "none") leaves its column empty; a column takes its counter's aggregate
    // instance ("") when the answer has one, else the sum of the instances with a value. vcpus:
    // per entity moref, the VM's vCPUs or the host's threads.
    static QList<MetricCounters> samples(const QList<VspherePerfEntityMetric> &entities,
                                         const QHash<int, CounterUse> &uses,
                                         const QHash<QString, int> &vcpus);
};

} // namespace Vantage
