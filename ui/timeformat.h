#pragma once

#include <QString>

namespace Vantage {

// Short, translated phrases for times and sizes shown across the UI.
class TimeFormat
{
public:
    // "just now", "42 s ago", "5 min ago", "3 h ago", "2 d ago"; empty for thenMs <= 0.
    static QString age(qint64 thenMs, qint64 nowMs);
    // Local date and time, e.g. "2024-05-01 14:03:22"; "never" for thenMs <= 0.
    static QString dateTime(qint64 thenMs);
    // "4.0 GiB"; empty for a negative or unknown size.
    static QString bytes(qint64 bytes);
};

} // namespace Vantage
