#pragma once

#include "providers/vmware/inventory/boundedsoapreader.h"

#include "providers/vmware/inventory/vsphereobject.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <functional>

namespace Vantage {

// What one RetrievePropertiesEx / ContinueRetrievePropertiesEx answer held besides its objects.
struct VsphereRetrieveResult
{
    QString token; // more pages follow: pass it to continueRetrieveProperties
    qsizetype objectCount = 0;
    QString faultType;   // the server's fault ("NotAuthenticated", "InvalidArgument", ...)
    QString faultString; // the server's own words
    QString error;       // for people (translated); empty on success
    bool ok() const { return error.isEmpty(); }
};

// Reads RetrievePropertiesEx and ContinueRetrievePropertiesEx answers in one streaming pass
// (QXmlStreamReader, no DOM), handing each object to a callback as soon as it is complete, so a
// page of 10,000 VMs never exists as a tree. A SOAP fault gives its type and string; malformed
// XML, a foreign envelope, a value nested deeper than maxDepth or longer than maxTextBytes, or an
// object of more than maxNodes values gives an error with its line and column. On error the
// objects already handed over belong to a broken page: drop them.
class VsphereInventoryParser final
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::VsphereInventoryParser)

public:
    static constexpr int MaxDepth = BoundedSoapReader::MaxDepth;
    static constexpr qsizetype MaxTextBytes = BoundedSoapReader::MaxTextBytes;
    static constexpr qsizetype MaxNodes = 20000;

    using ObjectHandler = std::function<void(VsphereObject &&)>;

    static VsphereRetrieveResult parse(QByteArrayView xml, const ObjectHandler &onObject);
    // Reads the device to its end in small chunks: a finished QNetworkReply parsed this way is
    // never copied whole, nor decoded whole into UTF-16.
    static VsphereRetrieveResult parse(QIODevice *device, const ObjectHandler &onObject);
};

} // namespace Vantage
