#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace Vantage {

// Small painted icons, one per kind of inventory object, so the tree reads the same under every
// style and icon theme. VM icons carry the power state as their screen colour.
class InventoryIcons
{
public:
    static QIcon provider();
    static QIcon datacenter();
    static QIcon cluster();
    static QIcon host();
    static QIcon vm(const QString &powerState, bool isTemplate);
    static QIcon folder();
    static QIcon network();
    static QIcon storage();
    static QIcon volume();
    // A dot in the power state's colour, for the state column.
    static QIcon powerDot(const QString &powerState);
    static QColor powerColor(const QString &powerState);
};

} // namespace Vantage
