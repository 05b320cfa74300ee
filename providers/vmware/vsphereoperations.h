#pragma once

#include "core/provider.h"
#include "providers/vmware/vspheretask.h"

#include <QCoreApplication>
#include <QMutex>

namespace Vantage {

// Lifecycle operations as vSphere calls: power changes as *_Task methods (a graceful shutdown or
// reboot as ShutdownGuest / RebootGuest, which are not tasks), new VMs as CloneVM_Task of a VM or
// template, changes as ReconfigVM_Task, removal as Destroy_Task or UnregisterVM. Each task is
// polled until it ends (vspheretask.h), its progress reported and the caller's stop honoured. An
// operation the VM's current state does not allow is refused before anything is sent.
class VsphereOperations
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::VsphereOperations)

public:
    explicit VsphereOperations(VsphereClient &client, const VsphereTaskTiming &timing = {});
    bool powerOperation(const QString &vmRef, PowerOperation operation, ProviderError *error,
                        const OperationControl &control = {});
    // A clone into the source's datacenter's VM folder, on spec.hostRef (or the source's host)
    // in that host's root resource pool, on spec.storageRef (or the source's datastore); vCPUs
    // and memory as spec says, every NIC on spec.networkRef when it is set. Steps that fail after
    // the clone exists remove the clone.
    bool provisionVm(const ProvisionSpec &spec, QString *vmRef, ProviderError *error,
                     const OperationControl &control = {});
    bool reconfigureVm(const QString &vmRef, const ReconfigureSpec &spec, ProviderError *error,
                       const OperationControl &control = {});
    // Destroy_Task with deleteStorage (the VM's files go too), UnregisterVM without.
    bool removeVm(const QString &vmRef, bool deleteStorage, ProviderError *error,
                  const OperationControl &control = {});

private:
    struct Vm;
    bool readVm(const QString &vmRef, const QStringList &extra, Vm *vm, VsphereError *error);
    QString datacenterVmFolder(const QString &folderRef, VsphereError *error);
    QString searchIndex(VsphereError *error);
    // The VM of this name directly in folder; empty when there is none.
    bool findChild(const QString &folder, const QString &name, QString *vmRef, VsphereError *error);
    // A NIC's backing element for the network with this ems_ref (a port group or a standard
    // network); empty with *error otherwise.
    QByteArray nicBacking(const QString &networkRef, VsphereError *error);
    bool destroy(const QString &vmRef, const QString &name, VsphereError *error,
                 const OperationControl &control, int from, int to);
    // Removes a clone a later step failed for; what went wrong is added to *error's hint.
    void rollBack(const QString &vmRef, const QString &name, VsphereError *error);

    VsphereTaskRunner m_tasks;
    QMutex m_searchIndexMutex;
    QString m_searchIndex; // guarded by m_searchIndexMutex
};

} // namespace Vantage
