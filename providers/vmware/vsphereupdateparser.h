#pragma once

#include "providers/vmware/inventory/boundedsoapreader.h"
#include "providers/vmware/inventory/vsphereobject.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Vantage {

// One object of a WaitForUpdatesEx answer: which object, and whether it appeared, changed or
// went away. The changed values are not kept: the refresh reads the object again.
struct VsphereObjectUpdate
{
    enum class Kind { Enter, Modify, Leave };
    Kind kind = Kind::Modify;
    VsphereMoref object;
};

struct VsphereUpdateSet
{
    // Empty when the server waited its maxWaitSeconds and nothing changed: ask again with the
    // same version.
    QString version;
    bool truncated = false; // more updates follow at once for this version
    QList<VsphereObjectUpdate> objects;
    QString faultType; // the server's fault, when it sent one
    QString error;     // for people (translated); empty on success
    bool ok() const { return error.isEmpty(); }
};

// Reads a WaitForUpdatesEx answer (an UpdateSet) in one streaming pass, bounded like the other
// vSphere parsers (BoundedSoapReader): malformed XML, a DTD, a foreign answer, nesting deeper
// than MaxDepth, a text longer than MaxTextBytes, an unknown update kind or more than
// MaxObjectUpdates objects give an error and no objects. The property values are skipped.
class VsphereUpdateParser final
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::VsphereUpdateParser)

public:
    static constexpr int MaxDepth = BoundedSoapReader::MaxDepth;
    static constexpr qsizetype MaxTextBytes = BoundedSoapReader::MaxTextBytes;
    // The first answer lists every object (a simulator ignores maxObjectUpdates): room for a
    // large vCenter's inventory, not for an endless stream.
    static constexpr qsizetype MaxObjectUpdates = 500000;

    static VsphereUpdateSet parse(QByteArrayView xml);
};

} // namespace Vantage
