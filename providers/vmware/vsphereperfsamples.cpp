#include "providers/vmware/vsphereperfsamples.h"

#include "providers/vmware/vspherelogging.h"

#include <algorithm>
#include <array>
#include <numeric>

namespace Vantage {

namespace {

// The counters Vantage charts, as vSphere's documentation names them, with the unit each is
// reported in and the factor to ours (percent is in hundredths, KB is 1024 bytes).
struct CounterSpec
{
    MetricColumn column;
    const char *name;
    const char *unit;
    double scale;
    bool perInstance;
};
constexpr std::array<CounterSpec, metricColumnCount> counterSpecs = {{
    {MetricColumn::CpuPercent, "cpu.usage.average", "percent", 0.01, false},
    {MetricColumn::MemoryUsedPercent, "mem.usage.average", "percent", 0.01, false},
    {MetricColumn::DiskReadBps, "disk.read.average", "kiloBytesPerSecond", 1024, false},
    {MetricColumn::DiskWriteBps, "disk.write.average", "kiloBytesPerSecond", 1024, false},
    {MetricColumn::DiskReadIops, "disk.numberReadAveraged.average", "number", 1, true},
    {MetricColumn::DiskWriteIops, "disk.numberWriteAveraged.average", "number", 1, true},
    {MetricColumn::NetRxBps, "net.received.average", "kiloBytesPerSecond", 1024, false},
    {MetricColumn::NetTxBps, "net.transmitted.average", "kiloBytesPerSecond", 1024, false},
}};

} // namespace

QHash<int, VspherePerfSamples::CounterUse>
VspherePerfSamples::counterUses(const QList<VspherePerfCounter> &counters)
{
    QHash<int, CounterUse> uses;
    for (const VspherePerfCounter &counter : counters) {
        const QString name = counter.fullName();
        for (const CounterSpec &spec : counterSpecs) {
            if (name != QLatin1StringView(spec.name))
                continue;
            if (counter.unit != QLatin1StringView(spec.unit)) {
                qCWarning(lcVsphere) << "counter" << name << "is in" << counter.unit << "not"
                                     << spec.unit << "- left out";
                continue;
            }
            uses.insert(counter.key, {spec.column, spec.scale, spec.perInstance});
        }
    }
    return uses;
}

QList<MetricCounters> VspherePerfSamples::samples(const QList<VspherePerfEntityMetric> &entities,
                                                  const QHash<int, CounterUse> &uses,
                                                  const QHash<QString, int> &vcpus)
{
    QList<MetricCounters> result;
    for (const VspherePerfEntityMetric &entity : entities) {
        InventoryKind kind;
        if (entity.entity.type == u"VirtualMachine")
            kind = InventoryKind::Vm;
        else if (entity.entity.type == u"HostSystem")
            kind = InventoryKind::Host;
        else
            continue;
        // Oldest first, as the processor takes them (the simulator sends the newest first).
        QList<qsizetype> order(entity.timestampsMs.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&entity](qsizetype a, qsizetype b) {
            return entity.timestampsMs[a] < entity.timestampsMs[b];
        });
        for (const qsizetype i : std::as_const(order)) {
            // Per column: the aggregate instance if the answer has one, else the sum of the
            // instances that have a value.
            std::array<std::optional<double>, metricColumnCount> aggregate;
            std::array<std::optional<double>, metricColumnCount> summed;
            for (const VspherePerfSeries &series : entity.series) {
                const auto use = uses.constFind(series.counterId);
                const qint64 raw = series.values.value(i, -1);
                if (use == uses.cend() || raw < 0)
                    continue;
                const size_t column = size_t(use->column);
                const double value = double(raw) * use->scale;
                if (series.instance.isEmpty())
                    aggregate[column] = value;
                else if (use->perInstance)
                    summed[column] = summed[column].value_or(0) + value;
            }
            MetricRates averaged;
            const int intervalS = entity.intervalsS.value(i);
            averaged.intervalMs = qint64(intervalS > 0 ? intervalS : RealtimeIntervalS) * 1000;
            for (const MetricColumn column : metricColumns())
                averaged.setValue(column, aggregate[size_t(column)] ? aggregate[size_t(column)]
                                                                    : summed[size_t(column)]);
            MetricCounters sample;
            sample.kind = kind;
            sample.emsRef = entity.entity.value;
            sample.timestampMs = entity.timestampsMs[i];
            sample.vcpus = vcpus.value(entity.entity.value);
            sample.averaged = averaged;
            result.append(sample);
        }
    }
    return result;
}

} // namespace Vantage
