#pragma once

#include "core/inventory.h"
#include "providers/vmware/inventory/vsphereobject.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Vantage {

// Turns the objects of a vSphere inventory retrieval into Vantage's records. The ems_ref of an
// object is its managed object reference's value ("vm-123", "host-21", "datastore-5"), unique
// per vCenter and stable for the object's life; a disk or NIC is "<vm ref>/<device key>"
// ("vm-123/2000"), the key being unique within its VM. Objects arrive one at a time (straight
// from VsphereInventoryParser's callback, any order, over several pages); references between
// them are resolved by collection(): every record names its datacenter, found by walking
// parents, a host and a resource pool their cluster, a VM its folder and resource pool.
class VsphereInventoryMapper final
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::VsphereInventoryMapper)

public:
    void add(const VsphereObject &object);

    InventoryCollection collection() const;
    // A targeted collection: only the targets' records (a VM with its disks and NICs), the other
    // objects (the ancestors VsphereInventoryQuery::retrieveObjects reads along) serving only to
    // find each target's datacenter and cluster as a full refresh does.
    InventoryCollection collection(const QList<InventoryTarget> &targets) const;
    // The ems_ref of the datacenter above the object with this ems_ref; empty when unknown.
    QString datacenterOf(const QString &emsRef) const;
    // Values that could not be read (a number that is not one, ...), one sentence each; the
    // record keeps the default for that field.
    QStringList warnings() const { return m_warnings; }

private:
    struct Container
    {
        QString type;
        VsphereMoref parent;
    };

    void addFolder(const VsphereObject &object);
    void addResourcePool(const VsphereObject &object);
    void addHost(const VsphereObject &object);
    void addVm(const VsphereObject &object);
    void addDevices(const VsphereObject &object, const QString &vmRef);
    qint64 number(const VsphereObject &object, QStringView path);
    // The nearest object of this type above emsRef (itself excluded), by its parents; empty when
    // none was read.
    QString ancestorOf(const QString &emsRef, QStringView type) const;

    QHash<QString, Container> m_containers; // every object's type and parent, by ref
    QList<DatacenterRecord> m_datacenters;
    QList<FolderRecord> m_folders;
    QList<ClusterRecord> m_clusters;
    QList<ResourcePoolRecord> m_resourcePools;
    QList<HostRecord> m_hosts;
    QList<VmRecord> m_vms;
    QList<DiskRecord> m_disks;
    QList<NicRecord> m_nics;
    QList<StorageRecord> m_storages;
    QList<NetworkRecord> m_networks;
    QStringList m_warnings;
};

} // namespace Vantage
