#pragma once

#include "providers/vmware/inventory/vsphereobject.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace Vantage {

// SOAP request bodies (whole envelopes, UTF-8) for the vSphere Web Services calls of an inventory
// refresh. The client posts them to /sdk with SOAPAction "urn:vim25/<apiVersion>". Values are
// escaped by QXmlStreamWriter, so a password or a token can hold any character.
class VsphereInventoryQuery final
{
public:
    // Per managed object type, the property paths to read.
    using PropertySets = QList<std::pair<QString, QStringList>>;

    // The managed object types the ContainerView holds, and per type the property paths we store
    // (only those: a vCenter with 10,000 VMs answers in proportion to what is asked).
    static QStringList viewTypes();
    static PropertySets propertySets();

    static QByteArray retrieveServiceContent();
    static QByteArray login(const VsphereMoref &sessionManager, const QString &userName,
                            const QString &password);
    static QByteArray logout(const VsphereMoref &sessionManager);

    // A recursive view of every object of these types (the inventory's viewTypes() unless a
    // reader wants fewer) below the root folder; its answer's returnval is the view's reference,
    // to pass to retrieveProperties and finally destroyView.
    static QByteArray createContainerView(const VsphereMoref &viewManager,
                                          const VsphereMoref &rootFolder,
                                          const QStringList &types = viewTypes());
    static QByteArray destroyView(const VsphereMoref &view);

    // The first page: every object of the view (skipped itself, reached through its "view"
    // property) with these properties (the inventory's propertySets() unless a reader wants
    // others). maxObjects bounds a page; the server may send fewer and a token for the rest.
    static QByteArray retrieveProperties(const VsphereMoref &propertyCollector,
                                         const VsphereMoref &view, int maxObjects,
                                         const PropertySets &sets = propertySets());
    // A targeted read: these objects with propertySets(), and each one's ancestors up to the root
    // folder (name and parent only matter there), so that the mapper finds an object's
    // datacenter and cluster as in a full read. Not paged: a target list is short.
    static QByteArray retrieveObjects(const VsphereMoref &propertyCollector,
                                      const QList<VsphereMoref> &objects);
    static QByteArray continueRetrieveProperties(const VsphereMoref &propertyCollector,
                                                 const QString &token);
    // Releases the server's result set when a paged retrieval is abandoned (cancel, error).
    static QByteArray cancelRetrieveProperties(const VsphereMoref &propertyCollector,
                                               const QString &token);

    // Watching for changes (WaitForUpdatesEx): a collector of the watcher's own (a wait occupies
    // its collector, and CancelWaitForUpdates ends every wait on it), one filter on it over the
    // view with propertySets(), and the waits, each for at most maxWaitSeconds and answering at
    // most maxObjectUpdates objects (the rest follow with truncated set).
    static QByteArray createPropertyCollector(const VsphereMoref &propertyCollector);
    static QByteArray destroyPropertyCollector(const VsphereMoref &collector);
    static QByteArray createFilter(const VsphereMoref &collector, const VsphereMoref &view);
    static QByteArray waitForUpdates(const VsphereMoref &collector, const QString &version,
                                     int maxWaitSeconds, int maxObjectUpdates);
};

} // namespace Vantage
