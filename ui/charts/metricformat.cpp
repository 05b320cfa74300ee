#include "ui/charts/metricformat.h"

#include <QLocale>

#include <cmath>

namespace Vantage {

QString MetricFormat::label(MetricColumn column)
{
    switch (column) {
    case MetricColumn::CpuPercent:
        return tr("CPU");
    case MetricColumn::MemoryUsedPercent:
        return tr("Memory used");
    case MetricColumn::DiskReadBps:
        return tr("Disk read");
    case MetricColumn::DiskWriteBps:
        return tr("Disk write");
    case MetricColumn::DiskReadIops:
        return tr("Disk read operations");
    case MetricColumn::DiskWriteIops:
        return tr("Disk write operations");
    case MetricColumn::NetRxBps:
        return tr("Network received");
    case MetricColumn::NetTxBps:
        return tr("Network sent");
    }
    return {};
}

MetricScale MetricFormat::scale(MetricColumn column, double maxValue)
{
    if (isPercentColumn(column))
        return {1, tr("%")};
    if (column == MetricColumn::DiskReadIops || column == MetricColumn::DiskWriteIops)
        return {1, tr("IOPS")};
    static const char *const units[] = {QT_TR_NOOP("B/s"), QT_TR_NOOP("KiB/s"), QT_TR_NOOP("MiB/s"),
                                        QT_TR_NOOP("GiB/s"), QT_TR_NOOP("TiB/s")};
    double divisor = 1;
    int unit = 0;
    while (unit < 4 && std::abs(maxValue) >= divisor * 1024) {
        divisor *= 1024;
        ++unit;
    }
    return {divisor, tr(units[unit])};
}

QString MetricFormat::value(MetricColumn column, double value)
{
    return MetricFormat::value(column, value, scale(column, value));
}

QString MetricFormat::value(MetricColumn column, double value, const MetricScale &s)
{
    const double shown = value / s.divisor;
    const int decimals = std::abs(shown) >= 100 ? 0 : 1;
    if (isPercentColumn(column))
        return tr("%1 %").arg(QLocale().toString(shown, 'f', decimals));
    return QStringLiteral("%1 %2").arg(QLocale().toString(shown, 'f', decimals), s.unit);
}

} // namespace Vantage
