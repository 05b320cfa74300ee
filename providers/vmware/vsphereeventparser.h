#pragma once

#include "providers/vmware/inventory/boundedsoapreader.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Vantage {

// One vSphere Event as an EventHistoryCollector returns it, reduced to what Vantage stores.
struct VsphereEvent
{
    qint64 key = 0;
    qint64 chainId = 0;
    QString type;         // the xsi:type: "VmPoweredOnEvent", "HostConnectedEvent", ...
    qint64 createdMs = 0; // createdTime; 0 when it could not be read
    QString userName;
    QString message; // fullFormattedMessage
    QString vmRef;   // vm.vm, the VirtualMachine moref value
    QString vmName;
    QString hostRef; // host.host
    QString hostName;
};

struct VsphereEventPage
{
    QList<VsphereEvent> events;
    QString faultType; // the server's fault, when it sent one
    QString error;     // for people (translated); empty on success
    bool ok() const { return error.isEmpty(); }
};

// Reads a ReadNextEvents answer, or a RetrievePropertiesEx answer of a collector's latestPage, in
// one streaming pass (QXmlStreamReader, no DOM), bounded like
// the inventory parser: malformed XML, a DTD, a foreign answer, nesting deeper than MaxDepth, a
// text longer than MaxTextBytes or more than MaxEvents events give an error and no events.
class VsphereEventParser final
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::VsphereEventParser)

public:
    static constexpr int MaxDepth = BoundedSoapReader::MaxDepth;
    static constexpr qsizetype MaxTextBytes = BoundedSoapReader::MaxTextBytes;
    static constexpr qsizetype MaxEvents = 1000;

    static VsphereEventPage parse(QByteArrayView xml);
};

} // namespace Vantage
