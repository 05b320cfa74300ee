#pragma once

#include "core/metrics.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Vantage {

// Realtime metric rows and their rollups, on this thread's database connection.
//
// Rollups are incremental: rollUpHour reads the realtime rows of one hour of one manager only and
// replaces that hour's rows, so re-running it after late samples arrived is safe; rollUpDay does
// the same from the hourly rows of one UTC day.
class MetricsStore
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::MetricsStore)

public:
    static constexpr qint64 hourMs = 3600 * 1000LL;
    static constexpr qint64 dayMs = 24 * hourMs;
    static constexpr qint64 defaultRealtimeRetentionMs = MetricRetention{}.realtimeMs;
    static constexpr qint64 defaultHourlyRetentionMs = MetricRetention{}.hourlyMs;
    static constexpr qint64 defaultDailyRetentionMs = MetricRetention{}.dailyMs;

    // Stores the rows in one transaction. A row whose resourceId is 0 gets the id of its object
    // when the object is in the inventory (NULL otherwise; rollups still group it by ems_ref).
    static bool storeRealtime(const QList<MetricRates> &rows, QString *error);
    // The same, and fills in the rows' resource ids.
    static bool storeRealtime(QList<MetricRates> *rows, QString *error);

    // Links realtime and rollup rows stored before their object was in the inventory (a new
    // VM's first samples can come before the refresh that adds it) to the object's row. Returns
    // how many rows were linked, -1 on error.
    static int resolveResources(qint64 managerId);

    // Replaces the manager's hourly rows of the hour that starts at hourStartMs (rounded down to
    // a UTC hour) from its realtime rows with timestamps in [hourStart, hourStart + 1 h):
    // avg, min and max of each column over the rows that have a value, and the row count.
    //
    // Then hosts from their VMs, for each host that has no realtime rows of its own that hour
    // (a host's own samples take precedence). The VMs' rows are grouped into slots of slotMs (the
    // collector's interval: a collector stamps one round of samples with one time); per slot the
    // host's bytes/s and IOPS are the sum over its VMs that have a sample in that slot, its CPU %
    // the vCPU-weighted average and its memory % the plain average over those VMs. The host's
    // hourly avg, min and max are over its slots, sample_count the number of slots. So a VM that
    // appears mid-hour counts only in the slots where it has samples. VMs are attributed to their
    // current host in the inventory.
    //
    // Then clusters from their hosts (hosts.cluster_id) and the manager from all its hosts
    // (resource_kind "manager", resource_id the manager's id, ems_ref that id as text), by the
    // same rules one level up: per slot, over the hosts that have a value in that slot (a host's
    // own samples if it has any that hour, else what its VMs give), bytes/s and IOPS summed, CPU %
    // weighted by vCPUs and memory % averaged per host. A host's vCPU weight in a slot is the
    // vcpus of its own sample, or else the sum of the vCPUs of its VMs with a CPU value in that
    // slot; a host with neither is left out of the CPU %. avg, min and max are then over the
    // slots, as for hosts: min and max are the lowest and highest total (or weighted average) of
    // any one slot, not a combination of the hosts' own minima and maxima; sample_count is the
    // number of slots. Hosts that are not in the inventory count for neither.
    static bool rollUpHour(qint64 managerId, qint64 hourStartMs, QString *error,
                           qint64 slotMs = 20000);

    // Replaces the manager's daily rows of the UTC day that starts at dayStartMs (rounded down)
    // from its hourly rows: averages weighted by sample_count, min of the mins, max of the maxes,
    // the sum of the sample counts. (An hour in which a column had a value in only some rows
    // weighs as if all had one.) Clusters and the manager are rolled up like any other object.
    static bool rollUpDay(qint64 managerId, qint64 dayStartMs, QString *error);

    // Deletes realtime, hourly and daily rows older than the given ages, counted back from nowMs
    // (0: now). Returns the number of rows deleted, or -1 on error.
    static qint64 purge(qint64 realtimeOlderThanMs = defaultRealtimeRetentionMs,
                        qint64 hourlyOlderThanMs = defaultHourlyRetentionMs,
                        qint64 dailyOlderThanMs = defaultDailyRetentionMs, qint64 nowMs = 0);

    // The object's points with timestamps in [fromMs, toMs), oldest first; toMs 0: no upper bound.
    static QList<MetricPoint> series(InventoryKind kind, qint64 resourceId, MetricInterval interval,
                                     qint64 fromMs, qint64 toMs);
};

} // namespace Vantage
