#pragma once

#include <QColor>
#include <QString>

namespace Vantage {

// How the UI shows a generic event type (EventType::all()): a readable, translated label and a
// colour shared by the timeline's marks, its legend and the list. Types of one family share a
// hue (power on/resume green, power off/suspend grey, created teal, deleted and crashed red,
// configuration purple, moves orange); an unknown type is shown as "other".
class EventTypeStyle
{
public:
    static QString label(const QString &type);
    static QColor color(const QString &type);
    // The type's position in EventType::all(); unknown types take the position of "other".
    static int order(const QString &type);
};

} // namespace Vantage
