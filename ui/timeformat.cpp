#include "ui/timeformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace Vantage {

static QString trAge(const char *text, qint64 n)
{
    return QCoreApplication::translate("Vantage::TimeFormat", text, nullptr, int(n));
}

QString TimeFormat::age(qint64 thenMs, qint64 nowMs)
{
    if (thenMs <= 0)
        return {};
    // A clock that moved backwards still reads as "just now" rather than a negative age.
    const qint64 seconds = qMax<qint64>(0, (nowMs - thenMs) / 1000);
    if (seconds < 5)
        return QCoreApplication::translate("Vantage::TimeFormat", "just now");
    if (seconds < 60)
        return trAge("%n s ago", seconds);
    if (seconds < 3600)
        return trAge("%n min ago", seconds / 60);
    if (seconds < 86400)
        return trAge("%n h ago", seconds / 3600);
    return trAge("%n d ago", seconds / 86400);
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
