#include "core/metrics.h"

#include <algorithm>
#include <cmath>

namespace Vantage {

namespace {

QString objectKey(qint64 managerId, InventoryKind kind, const QString &emsRef)
{
    return QString::number(managerId) + u'/' + QString::number(int(kind)) + u'/' + emsRef;
}

// Per second, from two readings of a cumulative counter; empty when either is unknown or the
// counter went down.
std::optional<double> perSecond(qint64 previous, qint64 current, qint64 intervalMs)
{
    if (previous < 0 || current < 0 || current < previous)
        return std::nullopt;
    return double(current - previous) * 1000.0 / double(intervalMs);
}

} // namespace

const std::array<MetricColumn, metricColumnCount> &metricColumns()
{
    static const std::array<MetricColumn, metricColumnCount> columns = {
        MetricColumn::CpuPercent,   MetricColumn::MemoryUsedPercent, MetricColumn::DiskReadBps,
        MetricColumn::DiskWriteBps, MetricColumn::DiskReadIops,      MetricColumn::DiskWriteIops,
        MetricColumn::NetRxBps,     MetricColumn::NetTxBps,
    };
    return columns;
}

QString metricColumnName(MetricColumn column)
{
    switch (column) {
    case MetricColumn::CpuPercent:
        return QStringLiteral("cpu_percent");
    case MetricColumn::MemoryUsedPercent:
        return QStringLiteral("memory_used_percent");
    case MetricColumn::DiskReadBps:
        return QStringLiteral("disk_read_bps");
    case MetricColumn::DiskWriteBps:
        return QStringLiteral("disk_write_bps");
    case MetricColumn::DiskReadIops:
        return QStringLiteral("disk_read_iops");
    case MetricColumn::DiskWriteIops:
        return QStringLiteral("disk_write_iops");
    case MetricColumn::NetRxBps:
        return QStringLiteral("net_rx_bps");
    case MetricColumn::NetTxBps:
        return QStringLiteral("net_tx_bps");
    }
    return {};
}

bool isPercentColumn(MetricColumn column)
{
    return column == MetricColumn::CpuPercent || column == MetricColumn::MemoryUsedPercent;
}

std::optional<double> MetricRates::value(MetricColumn column) const
{
    switch (column) {
    case MetricColumn::CpuPercent:
        return cpuPercent;
    case MetricColumn::MemoryUsedPercent:
        return memoryUsedPercent;
    case MetricColumn::DiskReadBps:
        return diskReadBps;
    case MetricColumn::DiskWriteBps:
        return diskWriteBps;
    case MetricColumn::DiskReadIops:
        return diskReadIops;
    case MetricColumn::DiskWriteIops:
        return diskWriteIops;
    case MetricColumn::NetRxBps:
        return netRxBps;
    case MetricColumn::NetTxBps:
        return netTxBps;
    }
    return std::nullopt;
}

void MetricRates::setValue(MetricColumn column, std::optional<double> value)
{
    switch (column) {
    case MetricColumn::CpuPercent:
        cpuPercent = value;
        break;
    case MetricColumn::MemoryUsedPercent:
        memoryUsedPercent = value;
        break;
    case MetricColumn::DiskReadBps:
        diskReadBps = value;
        break;
    case MetricColumn::DiskWriteBps:
        diskWriteBps = value;
        break;
    case MetricColumn::DiskReadIops:
        diskReadIops = value;
        break;
    case MetricColumn::DiskWriteIops:
        diskWriteIops = value;
        break;
    case MetricColumn::NetRxBps:
        netRxBps = value;
        break;
    case MetricColumn::NetTxBps:
        netTxBps = value;
        break;
    }
}

QString metricIntervalName(MetricInterval interval)
{
    switch (interval) {
    case MetricInterval::Realtime:
        return QStringLiteral("realtime");
    case MetricInterval::Hourly:
        return QStringLiteral("hourly");
    case MetricInterval::Daily:
        return QStringLiteral("daily");
    }
    return {};
}

MetricsProcessor::MetricsProcessor() = default;

MetricsProcessor::MetricsProcessor(Options options) : m_options(options) {}

std::optional<MetricRates> MetricsProcessor::rates(const MetricCounters &previous,
                                                   const MetricCounters &current,
                                                   const Options &options)
{
    const qint64 intervalMs = current.timestampMs - previous.timestampMs;
    if (intervalMs <= 0)
        return std::nullopt;

    MetricRates rates;
    rates.managerId = current.managerId;
    rates.kind = current.kind;
    rates.emsRef = current.emsRef;
    rates.timestampMs = current.timestampMs;
    rates.intervalMs = intervalMs;
    rates.vcpus = current.vcpus;
    rates.gap = double(intervalMs) > options.gapFactor * double(options.expectedIntervalMs);

    if (current.vcpus > 0 && previous.cpuTimeNs >= 0 && current.cpuTimeNs >= previous.cpuTimeNs) {
        // CPU time over wall time of all vCPUs: ns / (ms * 1e6 * vcpus), in percent.
        const double percent = double(current.cpuTimeNs - previous.cpuTimeNs) * 100.0 /
                               (double(intervalMs) * 1e6 * current.vcpus);
        rates.cpuClamped = percent > 100.0;
        rates.cpuPercent = std::min(percent, 100.0);
    }
    if (current.memoryTotalBytes > 0 && current.memoryUsedBytes >= 0) {
        rates.memoryUsedPercent = std::min(
            double(current.memoryUsedBytes) * 100.0 / double(current.memoryTotalBytes), 100.0);
    }
    rates.diskReadBps = perSecond(previous.diskReadBytes, current.diskReadBytes, intervalMs);
    rates.diskWriteBps = perSecond(previous.diskWriteBytes, current.diskWriteBytes, intervalMs);
    rates.diskReadIops = perSecond(previous.diskReadOps, current.diskReadOps, intervalMs);
    rates.diskWriteIops = perSecond(previous.diskWriteOps, current.diskWriteOps, intervalMs);
    rates.netRxBps = perSecond(previous.netRxBytes, current.netRxBytes, intervalMs);
    rates.netTxBps = perSecond(previous.netTxBytes, current.netTxBytes, intervalMs);
    return rates;
}

std::optional<MetricRates> MetricsProcessor::averagedRates(const MetricCounters *previous,
                                                           const MetricCounters &current,
                                                           const Options &options)
{
    const MetricRates &averaged = *current.averaged;
    if (averaged.intervalMs <= 0 || (previous && current.timestampMs <= previous->timestampMs))
        return std::nullopt;

    MetricRates rates;
    rates.managerId = current.managerId;
    rates.kind = current.kind;
    rates.emsRef = current.emsRef;
    rates.timestampMs = current.timestampMs;
    rates.intervalMs = averaged.intervalMs;
    rates.vcpus = current.vcpus;
    rates.gap = previous && double(current.timestampMs - previous->timestampMs) >
                                options.gapFactor * double(averaged.intervalMs);
    for (const MetricColumn column : metricColumns()) {
        std::optional<double> value = averaged.value(column);
        if (value && (std::isnan(*value) || *value < 0))
            value.reset();
        if (value && isPercentColumn(column) && *value > 100.0) {
            rates.cpuClamped = rates.cpuClamped || column == MetricColumn::CpuPercent;
            value = 100.0;
        }
        rates.setValue(column, value);
    }
    return rates;
}

std::optional<MetricRates> MetricsProcessor::process(const MetricCounters &sample)
{
    const QString key = objectKey(sample.managerId, sample.kind, sample.emsRef);
    auto previous = m_previous.find(key);
    if (sample.averaged) {
        const bool known = previous != m_previous.end();
        std::optional<MetricRates> result =
            averagedRates(known ? &*previous : nullptr, sample, m_options);
        if (result)
            m_previous.insert(key, sample);
        return result;
    }
    if (previous == m_previous.end()) {
        m_previous.insert(key, sample);
        return std::nullopt;
    }
    std::optional<MetricRates> result = rates(*previous, sample, m_options);
    // Also after a dropped interval: a clock that went back continues from the new reading.
    *previous = sample;
    return result;
}

QList<MetricRates> MetricsProcessor::process(const QList<MetricCounters> &samples)
{
    QList<MetricRates> result;
    result.reserve(samples.size());
    for (const MetricCounters &sample : samples) {
        if (std::optional<MetricRates> rates = process(sample))
            result << *rates;
    }
    return result;
}

void MetricsProcessor::forget(qint64 managerId, InventoryKind kind, const QString &emsRef)
{
    m_previous.remove(objectKey(managerId, kind, emsRef));
}

void MetricsProcessor::forgetManager(qint64 managerId)
{
    m_previous.removeIf([managerId](const QHash<QString, MetricCounters>::iterator &it) {
        return it->managerId == managerId;
    });
}

} // namespace Vantage
