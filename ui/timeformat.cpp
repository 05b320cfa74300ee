#include "ui/timeformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace Vantage {

QString TimeFormat::age(qint64 thenMs, qint64 nowMs)
{
    if (thenMs <= 0)
        return {};
    // A clock that moved backwards still reads as "just now" rather than a negative age.
    const qint64 seconds = qMax<qint64>(0, (nowMs - thenMs) / 1000);
    if (seconds < 5)
        return QCoreApplication::translate("Vantage::TimeFormat", "just now");
    // Whole units, computed apart: lupdate loops on a division inside translate()'s arguments.
    const int minutes = int(seconds / 60);
    const int hours = int(seconds / 3600);
    const int days = int(seconds / 86400);
    if (seconds < 60)
        return QCoreApplication::translate("Vantage::TimeFormat", "%n s ago", nullptr,
                                           int(seconds));
    if (seconds < 3600)
        return QCoreApplication::translate("Vantage::TimeFormat", "%n min ago", nullptr, minutes);
    if (seconds < 86400)
        return QCoreApplication::translate("Vantage::TimeFormat", "%n h ago", nullptr, hours);
    return QCoreApplication::translate("Vantage::TimeFormat", "%n d ago", nullptr, days);
}

QString TimeFormat::dateTime(qint64 thenMs)
{
    if (thenMs <= 0)
        return QCoreApplication::translate("Vantage::TimeFormat", "never");
    return QDateTime::fromMSecsSinceEpoch(thenMs)
        .toLocalTime()
        .toString(Qt::ISODate)
        .replace(u'T', u' ');
}

QString TimeFormat::bytes(qint64 bytes)
{
    if (bytes < 0)
        return {};
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace Vantage
