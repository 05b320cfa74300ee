#pragma once

#include "core/inventory.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

#include <array>
#include <optional>

namespace Vantage {

// The derived columns, in storage order. Percentages are 0..100; the others are per second.
enum class MetricColumn {
    CpuPercent,        // of the allocated vCPUs
    MemoryUsedPercent, // of the memory total
    DiskReadBps,
    DiskWriteBps,
    DiskReadIops,
    DiskWriteIops,
    NetRxBps,
    NetTxBps,
};
inline constexpr int metricColumnCount = 8;
const std::array<MetricColumn, metricColumnCount> &metricColumns();
// The column's name in the database: "cpu_percent", "disk_read_bps", ...
QString metricColumnName(MetricColumn column);
// Percentages are averaged when objects are combined; the others are summed.
bool isPercentColumn(MetricColumn column);

// One realtime row: the rates of one object over the interval that ends at timestampMs. A column
// without a value (unknown counter, counter reset) is empty, never negative.
struct MetricRates
{
    qint64 managerId = 0;
    InventoryKind kind = InventoryKind::Vm;
    QString emsRef;
    qint64 resourceId = 0; // the object's row; 0: looked up by ems_ref when stored
    qint64 timestampMs = 0;
    qint64 intervalMs = 0; // the real interval the rates are averaged over
    int vcpus = 0;
    bool gap = false;        // the interval was much longer than expected: samples were missed
    bool cpuClamped = false; // the sample gave more than 100 % of the vCPUs; stored as 100

    std::optional<double> cpuPercent;
    std::optional<double> memoryUsedPercent;
    std::optional<double> diskReadBps;
    std::optional<double> diskWriteBps;
    std::optional<double> diskReadIops;
    std::optional<double> diskWriteIops;
    std::optional<double> netRxBps;
    std::optional<double> netTxBps;

    std::optional<double> value(MetricColumn column) const;
    void setValue(MetricColumn column, std::optional<double> value);
};

// One raw sample of one object, as a provider's metrics source reads it, in one of two forms.
// Counters (libvirt): cumulative counters only grow while the object runs (they restart from zero
// when it restarts); -1 means "not known". Averages (vSphere's PerformanceManager): the manager
// already averaged the rates over an interval of its own that ends at timestampMs; they are in
// `averaged`, and the counters stay -1.
struct MetricCounters
{
    qint64 managerId = 0;
    InventoryKind kind = InventoryKind::Vm; // Vm or Host
    QString emsRef;
    qint64 timestampMs = 0;
    int vcpus = 0;                // allocated vCPUs at the time of the sample
    qint64 cpuTimeNs = -1;        // cumulative, all vCPUs together
    qint64 memoryTotalBytes = -1; // absolute
    qint64 memoryUsedBytes = -1;  // absolute
    qint64 diskReadBytes = -1;    // cumulative from here on
    qint64 diskWriteBytes = -1;
    qint64 diskReadOps = -1;
    qint64 diskWriteOps = -1;
    qint64 netRxBytes = -1;
    qint64 netTxBytes = -1;

    // Set for the averages form: the rates and their intervalMs. Identity, time and vcpus are the
    // sample's above; the processor ignores the copies inside.
    std::optional<MetricRates> averaged;
};

enum class MetricInterval { Realtime, Hourly, Daily };

// How long each kind of row is kept (settings metrics/retention_*; defaults as ManageIQ's).
struct MetricRetention
{
    qint64 realtimeMs = 4 * 3600 * 1000LL;
    qint64 hourlyMs = 183 * 24 * 3600 * 1000LL; // six months
    qint64 dailyMs = 731 * 24 * 3600 * 1000LL;  // two years
};
QString metricIntervalName(MetricInterval interval); // "realtime", "hourly", "daily"

struct MetricSummary
{
    std::optional<double> avg;
    std::optional<double> min;
    std::optional<double> max;
};

// One point of a series as charts read it: a rollup row, or a realtime row (avg = min = max,
// sampleCount 1).
struct MetricPoint
{
    qint64 managerId = 0;
    InventoryKind kind = InventoryKind::Vm;
    qint64 resourceId = 0;
    QString emsRef;
    MetricInterval interval = MetricInterval::Realtime;
    qint64 timestampMs = 0; // realtime: end of the interval; rollups: start of the hour or day
    qint64 intervalMs = 0;  // realtime: the sample's interval; rollups: one hour or one day
    int sampleCount = 0;
    bool gap = false; // realtime only
    std::array<MetricSummary, metricColumnCount> columns;

    const MetricSummary &column(MetricColumn c) const { return columns.at(size_t(c)); }
};

// Turns samples into rates. It keeps the previous sample of every object it has seen. Counters:
// the first sample of an object gives no rates. Averages: every sample newer than the object's
// previous one gives its rates, checked; older ones and repeats give none (a manager may hand the
// same average over twice). One processor serves any number of managers.
class MetricsProcessor
{
public:
    struct Options
    {
        qint64 expectedIntervalMs = 20000; // the collector's realtime interval
        double gapFactor = 3; // an interval longer than this many expected ones is a gap
    };

    MetricsProcessor();
    explicit MetricsProcessor(Options options);

    // The rates since the object's previous sample, if there is one that they can be derived
    // from, or the sample's averages. The sample becomes the object's previous sample (an
    // average only when it was newer).
    std::optional<MetricRates> process(const MetricCounters &sample);
    QList<MetricRates> process(const QList<MetricCounters> &samples);

    // Forgets an object (it was deleted); its next sample counts as a first one.
    void forget(qint64 managerId, InventoryKind kind, const QString &emsRef);
    void forgetManager(qint64 managerId);
    int trackedObjects() const { return int(m_previous.size()); }

    // The pure derivation. No rates (nullopt) when the interval is not positive (a duplicate or a
    // clock that went back). Per column: a counter that is unknown in either sample or went down
    // (a restart reset it) gives no value this time, never a negative one. CPU above 100 % of the
    // vCPUs (counters sampled at slightly different moments, or vCPUs hot-added) is clamped to
    // 100 and flagged; memory above its total is clamped likewise. An interval longer than
    // gapFactor times the expected one still gives rates averaged over the real interval, flagged
    // as a gap.
    static std::optional<MetricRates> rates(const MetricCounters &previous,
                                            const MetricCounters &current, const Options &options);
    // The same for a sample in the averages form, previous being the object's previous sample if
    // there is one. No rates when the average's interval is not positive or the sample is not
    // newer than previous. A negative or not-a-number value gives no value; CPU and memory above
    // 100 % are clamped (CPU flagged). A gap is a sample more than gapFactor of its own intervals
    // after the previous one: the samples in between were missed.
    static std::optional<MetricRates> averagedRates(const MetricCounters *previous,
                                                    const MetricCounters &current,
                                                    const Options &options);

private:
    Options m_options;
    QHash<QString, MetricCounters> m_previous;
};

} // namespace Vantage

Q_DECLARE_METATYPE(Vantage::MetricCounters)
Q_DECLARE_METATYPE(Vantage::MetricRates)
Q_DECLARE_METATYPE(Vantage::MetricPoint)
