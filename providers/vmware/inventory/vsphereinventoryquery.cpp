#include "providers/vmware/inventory/vsphereinventoryquery.h"

#include <QXmlStreamWriter>
#include <functional>

namespace Vantage {

namespace {

constexpr auto SoapNs = "http://schemas.xmlsoap.org/soap/envelope/";
constexpr auto XsiNs = "http://www.w3.org/2001/XMLSchema-instance";
constexpr auto VimNs = "urn:vim25";

// One envelope whose body holds the element method, with _this first as every method wants.
QByteArray envelope(const QString &method, const VsphereMoref &self,
                    const std::function<void(QXmlStreamWriter &)> &arguments)
{
    QByteArray body;
    QXmlStreamWriter w(&body);
    w.writeStartDocument();
    w.writeNamespace(QString::fromLatin1(SoapNs), QStringLiteral("soapenv"));
    w.writeNamespace(QString::fromLatin1(XsiNs), QStringLiteral("xsi"));
    w.writeDefaultNamespace(QString::fromLatin1(VimNs));
    w.writeStartElement(QString::fromLatin1(SoapNs), QStringLiteral("Envelope"));
    w.writeStartElement(QString::fromLatin1(SoapNs), QStringLiteral("Body"));
    w.writeStartElement(QString::fromLatin1(VimNs), method);
    w.writeStartElement(QString::fromLatin1(VimNs), QStringLiteral("_this"));
    w.writeAttribute(QStringLiteral("type"), self.type);
    w.writeCharacters(self.value);
    w.writeEndElement();
    if (arguments)
        arguments(w);
    w.writeEndDocument();
    return body;
}

void text(QXmlStreamWriter &w, const QString &name, const QString &value)
{
    w.writeTextElement(QString::fromLatin1(VimNs), name, value);
}

void moref(QXmlStreamWriter &w, const QString &name, const VsphereMoref &ref)
{
    w.writeStartElement(QString::fromLatin1(VimNs), name);
    w.writeAttribute(QStringLiteral("type"), ref.type);
    w.writeCharacters(ref.value);
    w.writeEndElement();
}

void propSets(QXmlStreamWriter &w, const VsphereInventoryQuery::PropertySets &sets =
                                       VsphereInventoryQuery::propertySets())
{
    for (const auto &[type, paths] : sets) {
        w.writeStartElement(QString::fromLatin1(VimNs), QStringLiteral("propSet"));
        text(w, QStringLiteral("type"), type);
        text(w, QStringLiteral("all"), QStringLiteral("false"));
        for (const QString &path : paths)
            text(w, QStringLiteral("pathSet"), path);
        w.writeEndElement();
    }
}

// A TraversalSpec named name from type along path; recursive ones select themselves again.
void traversal(QXmlStreamWriter &w, const QString &name, const QString &type, const QString &path,
               bool recursive)
{
    const QString vim = QString::fromLatin1(VimNs);
    w.writeStartElement(vim, QStringLiteral("selectSet"));
    w.writeAttribute(QString::fromLatin1(XsiNs), QStringLiteral("type"),
                     QStringLiteral("TraversalSpec"));
    text(w, QStringLiteral("name"), name);
    text(w, QStringLiteral("type"), type);
    text(w, QStringLiteral("path"), path);
    text(w, QStringLiteral("skip"), QStringLiteral("false"));
    if (recursive) {
        w.writeStartElement(vim, QStringLiteral("selectSet"));
        text(w, QStringLiteral("name"), name);
        w.writeEndElement();
    }
    w.writeEndElement();
}

// Every object of a ContainerView (skipped itself, reached through its "view" property).
void viewObjectSet(QXmlStreamWriter &w, const VsphereMoref &view)
{
    w.writeStartElement(QString::fromLatin1(VimNs), QStringLiteral("objectSet"));
    moref(w, QStringLiteral("obj"), view);
    text(w, QStringLiteral("skip"), QStringLiteral("true"));
    traversal(w, QStringLiteral("traverseView"), QStringLiteral("ContainerView"),
              QStringLiteral("view"), false);
    w.writeEndElement();
}

} // namespace

QStringList VsphereInventoryQuery::viewTypes()
{
    return {QStringLiteral("Datacenter"),
            QStringLiteral("ClusterComputeResource"),
            QStringLiteral("ComputeResource"),
            QStringLiteral("HostSystem"),
            QStringLiteral("ResourcePool"),
            QStringLiteral("VirtualMachine"),
            QStringLiteral("Datastore"),
            QStringLiteral("Network"),
            QStringLiteral("DistributedVirtualPortgroup"),
            QStringLiteral("Folder")};
}

VsphereInventoryQuery::PropertySets VsphereInventoryQuery::propertySets()
{
    // "parent" everywhere: an object's datacenter, folder and cluster are found by walking
    // parents, so no object needs to name them itself.
    const QString name = QStringLiteral("name");
    const QString parent = QStringLiteral("parent");
    return {
        {QStringLiteral("Datacenter"), {name, parent}},
        {QStringLiteral("Folder"), {name, parent, QStringLiteral("childType")}},
        {QStringLiteral("ClusterComputeResource"), {name, parent}},
        {QStringLiteral("ComputeResource"), {name, parent}},
        {QStringLiteral("ResourcePool"),
         {name, parent, QStringLiteral("config.cpuAllocation.reservation"),
          QStringLiteral("config.cpuAllocation.limit"),
          QStringLiteral("config.memoryAllocation.reservation"),
          QStringLiteral("config.memoryAllocation.limit")}},
        {QStringLiteral("HostSystem"),
         {name, parent, QStringLiteral("runtime.powerState"),
          QStringLiteral("runtime.connectionState"), QStringLiteral("summary.hardware"),
          QStringLiteral("summary.config.product")}},
        {QStringLiteral("VirtualMachine"),
         {name, parent, QStringLiteral("resourcePool"), QStringLiteral("runtime.powerState"),
          QStringLiteral("runtime.host"), QStringLiteral("config.uuid"),
          QStringLiteral("config.template"), QStringLiteral("config.guestId"),
          QStringLiteral("config.hardware.numCPU"), QStringLiteral("config.hardware.memoryMB"),
          QStringLiteral("config.hardware.device")}},
        {QStringLiteral("Datastore"),
         {name, parent, QStringLiteral("summary.capacity"), QStringLiteral("summary.freeSpace"),
          QStringLiteral("summary.type"), QStringLiteral("summary.url"),
          QStringLiteral("summary.accessible")}},
        {QStringLiteral("Network"), {name, parent, QStringLiteral("summary.accessible")}},
        {QStringLiteral("DistributedVirtualPortgroup"), {name, parent}},
    };
}

QByteArray VsphereInventoryQuery::retrieveServiceContent()
{
    return envelope(QStringLiteral("RetrieveServiceContent"),
                    {QStringLiteral("ServiceInstance"), QStringLiteral("ServiceInstance")}, {});
}

QByteArray VsphereInventoryQuery::login(const VsphereMoref &sessionManager, const QString &userName,
                                        const QString &password)
{
    return envelope(QStringLiteral("Login"), sessionManager, [&](QXmlStreamWriter &w) {
        text(w, QStringLiteral("userName"), userName);
        text(w, QStringLiteral("password"), password);
    });
}

QByteArray VsphereInventoryQuery::logout(const VsphereMoref &sessionManager)
{
    return envelope(QStringLiteral("Logout"), sessionManager, {});
}

QByteArray VsphereInventoryQuery::createContainerView(const VsphereMoref &viewManager,
                                                      const VsphereMoref &rootFolder,
                                                      const QStringList &types)
{
    return envelope(QStringLiteral("CreateContainerView"), viewManager, [&](QXmlStreamWriter &w) {
        moref(w, QStringLiteral("container"), rootFolder);
        for (const QString &type : types)
            text(w, QStringLiteral("type"), type);
        text(w, QStringLiteral("recursive"), QStringLiteral("true"));
    });
}

QByteArray VsphereInventoryQuery::destroyView(const VsphereMoref &view)
{
    return envelope(QStringLiteral("DestroyView"), view, {});
}

QByteArray VsphereInventoryQuery::retrieveProperties(const VsphereMoref &propertyCollector,
                                                     const VsphereMoref &view, int maxObjects,
                                                     const PropertySets &sets)
{
    return envelope(QStringLiteral("RetrievePropertiesEx"), propertyCollector,
                    [&](QXmlStreamWriter &w) {
                        const QString vim = QString::fromLatin1(VimNs);
                        w.writeStartElement(vim, QStringLiteral("specSet"));
                        propSets(w, sets);
                        viewObjectSet(w, view);
                        w.writeEndElement(); // specSet
                        w.writeStartElement(vim, QStringLiteral("options"));
                        text(w, QStringLiteral("maxObjects"), QString::number(qMax(1, maxObjects)));
                        w.writeEndElement();
                    });
}

QByteArray VsphereInventoryQuery::retrieveObjects(const VsphereMoref &propertyCollector,
                                                  const QList<VsphereMoref> &objects)
{
    return envelope(
        QStringLiteral("RetrievePropertiesEx"), propertyCollector, [&](QXmlStreamWriter &w) {
            const QString vim = QString::fromLatin1(VimNs);
            w.writeStartElement(vim, QStringLiteral("specSet"));
            propSets(w);
            for (const VsphereMoref &object : objects) {
                w.writeStartElement(vim, QStringLiteral("objectSet"));
                moref(w, QStringLiteral("obj"), object);
                text(w, QStringLiteral("skip"), QStringLiteral("false"));
                traversal(w, QStringLiteral("toParent"), QStringLiteral("ManagedEntity"),
                          QStringLiteral("parent"), true);
                w.writeEndElement();
            }
            w.writeEndElement(); // specSet
            w.writeEmptyElement(vim, QStringLiteral("options"));
        });
}

QByteArray VsphereInventoryQuery::continueRetrieveProperties(const VsphereMoref &propertyCollector,
                                                             const QString &token)
{
    return envelope(QStringLiteral("ContinueRetrievePropertiesEx"), propertyCollector,
                    [&](QXmlStreamWriter &w) { text(w, QStringLiteral("token"), token); });
}

QByteArray VsphereInventoryQuery::cancelRetrieveProperties(const VsphereMoref &propertyCollector,
                                                           const QString &token)
{
    return envelope(QStringLiteral("CancelRetrievePropertiesEx"), propertyCollector,
                    [&](QXmlStreamWriter &w) { text(w, QStringLiteral("token"), token); });
}

QByteArray VsphereInventoryQuery::createPropertyCollector(const VsphereMoref &propertyCollector)
{
    return envelope(QStringLiteral("CreatePropertyCollector"), propertyCollector, {});
}

QByteArray VsphereInventoryQuery::destroyPropertyCollector(const VsphereMoref &collector)
{
    return envelope(QStringLiteral("DestroyPropertyCollector"), collector, {});
}

QByteArray VsphereInventoryQuery::createFilter(const VsphereMoref &collector,
                                               const VsphereMoref &view)
{
    return envelope(QStringLiteral("CreateFilter"), collector, [&](QXmlStreamWriter &w) {
        const QString vim = QString::fromLatin1(VimNs);
        w.writeStartElement(vim, QStringLiteral("spec"));
        propSets(w);
        viewObjectSet(w, view);
        w.writeEndElement(); // spec
        text(w, QStringLiteral("partialUpdates"), QStringLiteral("false"));
    });
}

QByteArray VsphereInventoryQuery::waitForUpdates(const VsphereMoref &collector,
                                                 const QString &version, int maxWaitSeconds,
                                                 int maxObjectUpdates)
{
    return envelope(QStringLiteral("WaitForUpdatesEx"), collector, [&](QXmlStreamWriter &w) {
        text(w, QStringLiteral("version"), version);
        w.writeStartElement(QString::fromLatin1(VimNs), QStringLiteral("options"));
        text(w, QStringLiteral("maxWaitSeconds"), QString::number(qMax(0, maxWaitSeconds)));
        text(w, QStringLiteral("maxObjectUpdates"), QString::number(qMax(1, maxObjectUpdates)));
        w.writeEndElement();
    });
}

} // namespace Vantage
