#pragma once

#include "core/metrics.h"

#include <QCoreApplication>
#include <QString>

namespace Vantage {

// How a chart shows a metric's values: a divisor and its unit, chosen so that the largest value
// reads as a short number (bytes per second in B/s, KiB/s, MiB/s or GiB/s).
struct MetricScale
{
    double divisor = 1;
    QString unit; // "%", "KiB/s", "IOPS", ...
};

class MetricFormat
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::MetricFormat)

public:
    // "CPU", "Disk read", ... as the metric selectors list them.
    static QString label(MetricColumn column);
    // The scale that shows values up to maxValue (in the column's own unit) best.
    static MetricScale scale(MetricColumn column, double maxValue);
    // One value with its best unit: "12.5 %", "3.2 MiB/s", "140 IOPS".
    static QString value(MetricColumn column, double value);
    // One value in a given scale, so that values shown side by side share their unit.
    static QString value(MetricColumn column, double value, const MetricScale &scale);
};

} // namespace Vantage
