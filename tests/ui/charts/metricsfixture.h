#pragma once

#include "core/metricsstore.h"

#include <QList>
#include <QString>

#include <algorithm>
#include <cmath>

// Metrics for the charts UI tests, stored through the real MetricsStore and rolled up by it.
namespace Vantage::Testing {

constexpr double mebibyte = 1024.0 * 1024.0;

// A realtime row whose columns all derive from one number: CPU base %, memory base/2 %, disk
// read base MiB/s, disk write base KiB/s, read/write IOPS base and 2 base, network rx/tx base
// and base/4 MiB/s.
inline MetricRates makeRates(qint64 managerId, const QString &emsRef, qint64 resourceId,
                             qint64 timestampMs, double base)
{
    MetricRates row;
    row.managerId = managerId;
    row.kind = InventoryKind::Vm;
    row.emsRef = emsRef;
    row.resourceId = resourceId;
    row.timestampMs = timestampMs;
    row.intervalMs = 20000;
    row.vcpus = 2;
    row.cpuPercent = base;
    row.memoryUsedPercent = base / 2;
    row.diskReadBps = base * mebibyte;
    row.diskWriteBps = base * 1024;
    row.diskReadIops = base;
    row.diskWriteIops = 2 * base;
    row.netRxBps = base * mebibyte;
    row.netTxBps = base * mebibyte / 4;
    return row;
}

inline bool storeRows(const QList<MetricRates> &rows)
{
    QString error;
    if (!MetricsStore::storeRealtime(rows, &error)) {
        qWarning("storing metrics failed: %s", qPrintable(error));
        return false;
    }
    return true;
}

// Rolls up every hour of the manager that one of the rows falls in.
inline bool rollUpHours(qint64 managerId, const QList<MetricRates> &rows)
{
    QList<qint64> hours;
    for (const MetricRates &row : rows)
        hours << row.timestampMs - row.timestampMs % MetricsStore::hourMs;
    std::sort(hours.begin(), hours.end());
    hours.erase(std::unique(hours.begin(), hours.end()), hours.end());
    for (const qint64 hour : std::as_const(hours)) {
        QString error;
        if (!MetricsStore::rollUpHour(managerId, hour, &error)) {
            qWarning("rolling up failed: %s", qPrintable(error));
            return false;
        }
    }
    return true;
}

struct HourSummary
{
    qint64 hourStartMs = 0;
    double avg = 0;
    double min = 0;
    double max = 0;
    int count = 0;
};

// What the hourly rollup of these rows (one object) must be, for one column.
inline QList<HourSummary> expectedHours(const QList<MetricRates> &rows, MetricColumn column)
{
    QList<HourSummary> hours;
    for (const MetricRates &row : rows) {
        const auto value = row.value(column);
        if (!value)
            continue;
        const qint64 hour = row.timestampMs - row.timestampMs % MetricsStore::hourMs;
        auto it = std::find_if(hours.begin(), hours.end(),
                               [hour](const HourSummary &h) { return h.hourStartMs == hour; });
        if (it == hours.end()) {
            hours.append({hour, 0, *value, *value, 0});
            it = hours.end() - 1;
        }
        it->avg += *value;
        it->min = std::min(it->min, *value);
        it->max = std::max(it->max, *value);
        ++it->count;
    }
    for (HourSummary &h : hours)
        h.avg /= h.count;
    std::sort(hours.begin(), hours.end(), [](const HourSummary &a, const HourSummary &b) {
        return a.hourStartMs < b.hourStartMs;
    });
    return hours;
}

} // namespace Vantage::Testing
