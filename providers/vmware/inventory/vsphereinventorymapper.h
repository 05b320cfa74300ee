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
// them are resolved by collection().
//
// The schema has no datacenter, folder or resource pool: a cluster's name is prefixed with its
// datacenter's ("DC0/DC0_C0") so that two datacenters' clusters stay apart in the tree, and
// datacenterOf() names the datacenter of any record.
class VsphereInventoryMapper final
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::VsphereInventoryMapper)

public:
    void add(const VsphereObject &object);

    InventoryCollection collection() const;
    // A targeted collection: only the targets' records (a VM with its disks and NICs), the other
    // objects (the ancestors VsphereInventoryQuery::retrieveObjects reads along) serving only to
    // name datacenters, so a targeted cluster keeps the name a full refresh gives it.
    InventoryCollection collection(const QList<InventoryTarget> &targets) const;
    // The datacenter name above the object with this ems_ref; empty when unknown.
    QString datacenterOf(const QString &emsRef) const;
    // Values that could not be read (a number that is not one, ...), one sentence each; the
    // record keeps the default for that field.
    QStringList warnings() const { return m_warnings; }

private:
    struct Container
    {
        QString type;
        QString name;
        QString parent;
    };

    void addHost(const VsphereObject &object);
    void addVm(const VsphereObject &object);
    void addDevices(const VsphereObject &object, const QString &vmRef);
    qint64 number(const VsphereObject &object, QStringView path);

    QHash<QString, Container> m_containers; // every object's type, name and parent, by ref
    QList<ClusterRecord> m_clusters;
    QList<HostRecord> m_hosts;
    QHash<QString, VsphereMoref> m_hostParents;
    QList<VmRecord> m_vms;
    QList<DiskRecord> m_disks;
    QList<NicRecord> m_nics;
    QList<StorageRecord> m_storages;
    QList<NetworkRecord> m_networks;
    QStringList m_warnings;
};

} // namespace Vantage
