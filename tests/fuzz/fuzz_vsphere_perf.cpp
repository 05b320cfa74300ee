// vSphere performance data: a PerformanceManager answer as the network delivers it, read both as
// a perfCounter retrieval and as a QueryPerf answer, and mapped to samples as the provider does.
// Seeds: captured from tests/vcsim, plus a vCenter-shaped answer and broken ones.

#include "providers/vmware/vsphereperfparser.h"
#include "providers/vmware/vsphereperfsamples.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

using namespace Vantage;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView xml(reinterpret_cast<const char *>(data), qsizetype(size));

    const VspherePerfAnswer counters = VspherePerfParser::parseCounters(xml);
    if (!counters.ok() && !counters.counters.isEmpty())
        __builtin_trap();
    if (counters.counters.size() > VspherePerfParser::MaxCounters)
        __builtin_trap();
    for (const VspherePerfCounter &counter : counters.counters) {
        if (counter.key <= 0 || counter.group.isEmpty() || counter.name.isEmpty())
            __builtin_trap();
    }
    VspherePerfSamples::counterUses(counters.counters);

    const VspherePerfAnswer perf = VspherePerfParser::parseQueryPerf(xml);
    if (!perf.ok() && !perf.entities.isEmpty())
        __builtin_trap();
    if (perf.entities.size() > VspherePerfParser::MaxEntities)
        __builtin_trap();
    qsizetype samplesExpected = 0;
    for (const VspherePerfEntityMetric &entity : perf.entities) {
        if (entity.entity.isNull() || entity.timestampsMs.size() != entity.intervalsS.size() ||
            entity.timestampsMs.size() > VspherePerfParser::MaxSamples ||
            entity.series.size() > VspherePerfParser::MaxSeries)
            __builtin_trap();
        for (const VspherePerfSeries &series : entity.series) {
            if (series.values.size() > entity.timestampsMs.size())
                __builtin_trap();
        }
        if (entity.entity.type == u"VirtualMachine" || entity.entity.type == u"HostSystem")
            samplesExpected += entity.timestampsMs.size();
    }

    // The simulator's counter keys for the eight columns, whatever the input named.
    QHash<int, VspherePerfSamples::CounterUse> uses;
    const int keys[] = {2, 24, 130, 131, 136, 137, 148, 149};
    for (int i = 0; i < metricColumnCount; ++i)
        uses.insert(keys[i], {metricColumns()[size_t(i)], i < 2 ? 0.01 : 1024, i == 4 || i == 5});
    const QList<MetricCounters> samples = VspherePerfSamples::samples(perf.entities, uses, {});
    if (samples.size() != samplesExpected)
        __builtin_trap();
    for (const MetricCounters &sample : samples) {
        if (!sample.averaged || sample.averaged->intervalMs <= 0)
            __builtin_trap();
        for (const MetricColumn column : metricColumns()) {
            // Never negative: -1 is "none", and a sum only adds values that are not.
            if (const std::optional<double> value = sample.averaged->value(column);
                value && (*value < 0 || std::isnan(*value)))
                __builtin_trap();
        }
    }
    return 0;
}
