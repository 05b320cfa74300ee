#pragma once

#include "providers/vmware/inventory/boundedsoapreader.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Vantage {

// A vSphere Task's info as RetrievePropertiesEx returns it, reduced to what waiting needs.
struct VsphereTaskInfo
{
    enum class State { Queued, Running, Success, Error };
    State state = State::Queued;
    int progress = -1;    // percent; -1 when the server does not say
    QString resultType;   // a moref result's type ("VirtualMachine" for CloneVM_Task), else empty
    QString result;       // a moref result's value
    QString faultType;    // error.fault's xsi:type ("InvalidPowerState")
    QString errorMessage; // error.localizedMessage
    bool finished() const { return state == State::Success || state == State::Error; }
};

// One entry of a VM's config.hardware.device.
struct VsphereDevice
{
    QString type; // xsi:type: "VirtualDisk", "VirtualVmxnet3", "ParaVirtualSCSIController", ...
    int key = 0;
    int controllerKey = -1;
    int unitNumber = -1;
    int busNumber = -1;     // controllers only
    qint64 capacityKb = -1; // disks only
    QString macAddress;     // NICs only
    QString label;          // deviceInfo.label: "Network adapter 1"
    QString backingFile;    // backing.fileName: "[datastore1] web/web.vmdk"
    bool isDisk() const { return type == u"VirtualDisk"; }
    bool isNic() const
    {
        return !macAddress.isEmpty() || type.startsWith(u"VirtualE1000") ||
               type.startsWith(u"VirtualVmxnet") || type == u"VirtualPCNet32" ||
               type == u"VirtualSriovEthernetCard";
    }
    bool isScsiController() const
    {
        return type.endsWith(u"SCSIController") || type == u"VirtualLsiLogicController" ||
               type == u"VirtualBusLogicController";
    }
};

// One object's properties from a RetrievePropertiesEx answer: simple values (and moref values) by
// property name, moref lists by name, and the devices of config.hardware.device.
struct VsphereProperties
{
    QHash<QString, QString> values;
    QHash<QString, QStringList> lists; // ArrayOfManagedObjectReference values ("datastore")
    QList<VsphereDevice> devices;
    QString faultType;  // the server's fault, when it sent one
    QString error;      // for people (translated); empty on success
    bool found = false; // the answer held the object
    bool ok() const { return error.isEmpty(); }
    QString value(const QString &name) const { return values.value(name); }
};

// Reads RetrievePropertiesEx answers about one object (a Task's info, a VM's or a host's
// properties) in one streaming pass, bounded like the inventory parser: malformed XML, a DTD, a
// foreign answer, nesting deeper than MaxDepth, a text longer than MaxTextBytes or more than
// MaxDevices devices give an error and nothing else.
class VsphereOperationParser final
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::VsphereOperationParser)

public:
    static constexpr qsizetype MaxDevices = 1000;

    static VsphereProperties properties(QByteArrayView xml);
    // The "info" property of a Task; false with *error (translated) otherwise.
    static bool taskInfo(QByteArrayView xml, VsphereTaskInfo *info, QString *error);
};

} // namespace Vantage
