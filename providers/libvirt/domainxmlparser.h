#pragma once

#include "core/inventory.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Vantage {

// Reads the parts of a libvirt domain XML that inventory needs, in one streaming pass: a refresh
// of 10,000 domains parses 10,000 of these, so no DOM is built and unknown elements are skipped.
class DomainXmlParser final
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::DomainXmlParser)

public:
    // Fills *vm (emsRef and uuid from <uuid>, name, vcpus, memory, osType; not power state, host
    // or rawDescription) and appends the domain's disks and NICs, their ems_refs derived from
    // the VM's. False with *error set when the XML is not a domain description.
    static bool parse(QByteArrayView xml, VmRecord *vm, QList<DiskRecord> *disks,
                      QList<NicRecord> *nics, QString *error);

    // libvirt's memory units ("KiB" when absent) to bytes; -1 for an unknown unit.
    static qint64 toBytes(qint64 value, QStringView unit);
};

} // namespace Vantage
