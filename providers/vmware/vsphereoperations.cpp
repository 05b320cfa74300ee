#include "providers/vmware/vsphereoperations.h"

#include "providers/vmware/soapresponse.h"
#include "providers/vmware/vsphereclient.h"
#include "providers/vmware/vspherelogging.h"

#include "core/inventory.h"

#include <QElapsedTimer>

namespace Vantage {

namespace {

constexpr qint64 MiB = 1024 * 1024;
const QString VirtualMachine = QStringLiteral("VirtualMachine");

QString genericPowerState(const QString &state)
{
    if (state == u"poweredOn")
        return QString::fromLatin1(PowerState::On);
    if (state == u"poweredOff")
        return QString::fromLatin1(PowerState::Off);
    if (state == u"suspended")
        return QString::fromLatin1(PowerState::Suspended);
    return QString::fromLatin1(PowerState::Unknown);
}

QByteArray element(const char *name, const QString &text)
{
    return QByteArray("<") + name + '>' + VsphereClient::xmlText(text) + "</" + name + '>';
}

QByteArray number(const char *name, qint64 value)
{
    return element(name, QString::number(value));
}

// The removal of an existing device, named by its key (and, for a disk, the capacity the schema
// requires).
QByteArray removal(const VsphereDevice &device)
{
    QByteArray body = "<deviceChange><operation>remove</operation><device xsi:type=\"" +
                      device.type.toLatin1() + "\">" + number("key", device.key);
    if (device.controllerKey >= 0)
        body += number("controllerKey", device.controllerKey);
    if (device.unitNumber >= 0)
        body += number("unitNumber", device.unitNumber);
    if (device.isDisk())
        body += number("capacityInKB", qMax<qint64>(0, device.capacityKb));
    return body + "</device></deviceChange>";
}

const VsphereDevice *firstDisk(const QList<VsphereDevice> &devices)
{
    for (const VsphereDevice &device : devices) {
        if (device.isDisk())
            return &device;
    }
    return nullptr;
}

const QByteArray Connected = "<connectable><startConnected>true</startConnected>"
                             "<allowGuestControl>true</allowGuestControl>"
                             "<connected>true</connected></connectable>";

} // namespace

struct VsphereOperations::Vm
{
    QString ref;
    QString name;
    QString powerState; // PowerState::*
    bool isTemplate = false;
    VsphereProperties properties;
};

VsphereOperations::VsphereOperations(VsphereClient &client, const VsphereTaskTiming &timing)
    : m_tasks(client, timing)
{}

bool VsphereOperations::readVm(const QString &vmRef, const QStringList &extra, Vm *vm,
                               VsphereError *error)
{
    if (!m_tasks.read(VirtualMachine, vmRef,
                      QStringList{QStringLiteral("name"), QStringLiteral("runtime.powerState"),
                                  QStringLiteral("config.template")} +
                          extra,
                      &vm->properties, error)) {
        if (error->faultType == u"ManagedObjectNotFound") {
            error->message = tr("VM %1 is no longer in vCenter.").arg(vmRef);
            error->hint = tr("Refresh the provider to see its current inventory.");
        }
        return false;
    }
    vm->ref = vmRef;
    vm->name = vm->properties.value(QStringLiteral("name"));
    if (vm->name.isEmpty())
        vm->name = vmRef;
    vm->powerState = genericPowerState(vm->properties.value(QStringLiteral("runtime.powerState")));
    vm->isTemplate = vm->properties.value(QStringLiteral("config.template")) == u"true";
    return true;
}

namespace {

QString stateWords(const QString &state)
{
    if (state == QLatin1String(PowerState::On))
        return VsphereOperations::tr("running");
    if (state == QLatin1String(PowerState::Off))
        return VsphereOperations::tr("powered off");
    if (state == QLatin1String(PowerState::Suspended))
        return VsphereOperations::tr("suspended");
    return VsphereOperations::tr("in an unknown power state");
}

// “%1” is the VM's name, %2 its state in words.
QString refusal(PowerOperation operation)
{
    switch (operation) {
    case PowerOperation::Start:
        return VsphereOperations::tr("“%1” cannot be started: it is %2.");
    case PowerOperation::Shutdown:
        return VsphereOperations::tr("“%1” cannot be shut down: it is %2.");
    case PowerOperation::PowerOff:
        return VsphereOperations::tr("“%1” cannot be powered off: it is %2.");
    case PowerOperation::Reboot:
        return VsphereOperations::tr("“%1” cannot be rebooted: it is %2.");
    case PowerOperation::Reset:
        return VsphereOperations::tr("“%1” cannot be reset: it is %2.");
    case PowerOperation::Suspend:
        return VsphereOperations::tr("“%1” cannot be suspended: it is %2.");
    case PowerOperation::Resume:
        return VsphereOperations::tr("“%1” cannot be resumed: it is %2.");
    }
    return {};
}

QString failed(PowerOperation operation)
{
    switch (operation) {
    case PowerOperation::Start:
        return VsphereOperations::tr("Could not start “%1”.");
    case PowerOperation::Shutdown:
        return VsphereOperations::tr("Could not ask “%1” to shut down.");
    case PowerOperation::PowerOff:
        return VsphereOperations::tr("Could not power off “%1”.");
    case PowerOperation::Reboot:
        return VsphereOperations::tr("Could not ask “%1” to reboot.");
    case PowerOperation::Reset:
        return VsphereOperations::tr("Could not reset “%1”.");
    case PowerOperation::Suspend:
        return VsphereOperations::tr("Could not suspend “%1”.");
    case PowerOperation::Resume:
        return VsphereOperations::tr("Could not resume “%1”.");
    }
    return {};
}

QByteArray powerMethod(PowerOperation operation)
{
    switch (operation) {
    case PowerOperation::Start:
    case PowerOperation::Resume:
        return "PowerOnVM_Task";
    case PowerOperation::Shutdown:
        return "ShutdownGuest";
    case PowerOperation::PowerOff:
        return "PowerOffVM_Task";
    case PowerOperation::Reboot:
        return "RebootGuest";
    case PowerOperation::Reset:
        return "ResetVM_Task";
    case PowerOperation::Suspend:
        return "SuspendVM_Task";
    }
    return {};
}

} // namespace

bool VsphereOperations::powerOperation(const QString &vmRef, PowerOperation operation,
                                       ProviderError *error, const OperationControl &control)
{
    Vm vm;
    VsphereError failure;
    if (!readVm(vmRef, {}, &vm, &failure)) {
        *error = failure;
        return false;
    }
    if (vm.isTemplate) {
        *error = {tr("“%1” is a template, which cannot be powered on or off.").arg(vm.name),
                  tr("Clone a VM from it and use that.")};
        return false;
    }
    if (!PowerOperations::allowedIn(operation, vm.powerState)) {
        *error = {refusal(operation).arg(vm.name, stateWords(vm.powerState)),
                  tr("Refresh the provider to see its current state.")};
        return false;
    }
    const QByteArray method = powerMethod(operation);
    const QByteArray body =
        '<' + method + '>' + VsphereTaskRunner::self(VirtualMachine, vmRef) + "</" + method + '>';
    const QString failureText = failed(operation).arg(vm.name);
    bool ok = false;
    if (operation == PowerOperation::Shutdown || operation == PowerOperation::Reboot) {
        ok = m_tasks.call(body, failureText, &failure);
        if (!ok && failure.faultType == u"ToolsUnavailable")
            failure.hint = tr("A graceful shutdown or reboot needs VMware Tools running in the "
                              "guest; use Power Off or Reset instead.");
    } else {
        VsphereTaskInfo info;
        ok = m_tasks.run(body, failureText, control, 0, 100, &info, &failure);
    }
    if (!ok) {
        *error = failure;
        return false;
    }
    qCInfo(lcVsphere) << PowerOperations::name(operation) << vm.name << vmRef;
    return true;
}

QString VsphereOperations::searchIndex(VsphereError *error)
{
    QMutexLocker lock(&m_searchIndexMutex);
    if (!m_searchIndex.isEmpty())
        return m_searchIndex;
    QByteArray answer;
    SoapResponse soap;
    if (!m_tasks.client().call("<RetrieveServiceContent>" +
                                   VsphereTaskRunner::self(QStringLiteral("ServiceInstance"),
                                                           QStringLiteral("ServiceInstance")) +
                                   "</RetrieveServiceContent>",
                               &answer, error) ||
        !m_tasks.client().read(answer, &soap, error))
        return {};
    m_searchIndex = soap.text(u"returnval/searchIndex");
    if (m_searchIndex.isEmpty()) {
        error->kind = VsphereError::Kind::Malformed;
        error->message = tr("%1 names no search index, so new VM names cannot be checked.")
                             .arg(m_tasks.client().url().host());
    }
    return m_searchIndex;
}

bool VsphereOperations::findChild(const QString &folder, const QString &name, QString *vmRef,
                                  VsphereError *error)
{
    const QString index = searchIndex(error);
    if (index.isEmpty())
        return false;
    QByteArray answer;
    SoapResponse soap;
    if (!m_tasks.client().call(
            "<FindChild>" + VsphereTaskRunner::self(QStringLiteral("SearchIndex"), index) +
                VsphereClient::moref("entity", QStringLiteral("Folder"), folder) +
                element("name", name) + "</FindChild>",
            &answer, error) ||
        !m_tasks.client().read(answer, &soap, error))
        return false;
    *vmRef = soap.text(u"returnval");
    return true;
}

QString VsphereOperations::datacenterVmFolder(const QString &folderRef, VsphereError *error)
{
    QString type = QStringLiteral("Folder");
    QString ref = folderRef;
    // Folders nest; a datacenter sits a few levels up at most.
    for (int level = 0; level < 64 && !ref.isEmpty(); ++level) {
        VsphereProperties properties;
        if (type == u"Datacenter") {
            if (!m_tasks.read(type, ref, {QStringLiteral("vmFolder")}, &properties, error))
                return {};
            return properties.value(QStringLiteral("vmFolder"));
        }
        if (!m_tasks.read(type, ref, {QStringLiteral("parent")}, &properties, error))
            return {};
        type = properties.value(QStringLiteral("parent@type"));
        ref = properties.value(QStringLiteral("parent"));
    }
    error->message = tr("The VM to clone is in no datacenter that vCenter shows.");
    error->hint = tr("Refresh the provider and choose the source again.");
    return {};
}

QByteArray VsphereOperations::nicBacking(const QString &networkRef, VsphereError *error)
{
    VsphereProperties network;
    // vCenter names distributed port groups dvportgroup-N; everything else is a Network.
    if (networkRef.startsWith(u"dvportgroup-")) {
        VsphereProperties dvs;
        if (!m_tasks.read(
                QStringLiteral("DistributedVirtualPortgroup"), networkRef,
                {QStringLiteral("key"), QStringLiteral("config.distributedVirtualSwitch")},
                &network, error) ||
            !m_tasks.read(network.value(QStringLiteral("config.distributedVirtualSwitch@type")),
                          network.value(QStringLiteral("config.distributedVirtualSwitch")),
                          {QStringLiteral("uuid")}, &dvs, error))
            return {};
        return "<backing xsi:type=\"VirtualEthernetCardDistributedVirtualPortBackingInfo\"><port>" +
               element("switchUuid", dvs.value(QStringLiteral("uuid"))) +
               element("portgroupKey", network.value(QStringLiteral("key"))) + "</port></backing>";
    }
    if (!m_tasks.read(QStringLiteral("Network"), networkRef, {QStringLiteral("name")}, &network,
                      error))
        return {};
    return "<backing xsi:type=\"VirtualEthernetCardNetworkBackingInfo\">" +
           element("deviceName", network.value(QStringLiteral("name"))) +
           VsphereClient::moref("network", QStringLiteral("Network"), networkRef) + "</backing>";
}

bool VsphereOperations::destroy(const QString &vmRef, const QString &name, VsphereError *error,
                                const OperationControl &control, int from, int to)
{
    VsphereTaskInfo info;
    return m_tasks.run("<Destroy_Task>" + VsphereTaskRunner::self(VirtualMachine, vmRef) +
                           "</Destroy_Task>",
                       tr("Could not remove “%1”.").arg(name), control, from, to, &info, error);
}

void VsphereOperations::rollBack(const QString &vmRef, const QString &name, VsphereError *error)
{
    VsphereError failure;
    Vm vm;
    VsphereTaskInfo info;
    const bool off =
        readVm(vmRef, {}, &vm, &failure) &&
        (vm.powerState == QLatin1String(PowerState::Off) ||
         m_tasks.run("<PowerOffVM_Task>" + VsphereTaskRunner::self(VirtualMachine, vmRef) +
                         "</PowerOffVM_Task>",
                     tr("Could not power off “%1”.").arg(name), {}, 0, 0, &info, &failure));
    if (off && destroy(vmRef, name, &failure, {}, 0, 0)) {
        qCInfo(lcVsphere) << "removed the unfinished clone" << name << vmRef;
        return;
    }
    // vCenter may have removed it itself.
    if (failure.faultType == u"ManagedObjectNotFound")
        return;
    const QString left = tr("The unfinished VM “%1” is left in vCenter (%2); remove it in the "
                            "vSphere Client.")
                             .arg(name, failure.message);
    error->hint = error->hint.isEmpty() ? left : error->hint + u' ' + left;
}

bool VsphereOperations::provisionVm(const ProvisionSpec &spec, QString *vmRef, ProviderError *error,
                                    const OperationControl &control)
{
    if (spec.sourceVmRef.isEmpty() || !spec.sourceVolumeRef.isEmpty()) {
        *error = {tr("vSphere makes new VMs by cloning a VM or template; “%1” names none.")
                      .arg(spec.name),
                  tr("Choose a VM or template as the source. Disk images and ISOs are sources "
                     "for libvirt providers only.")};
        return false;
    }
    Vm source;
    VsphereError failure;
    if (!readVm(spec.sourceVmRef,
                {QStringLiteral("parent"), QStringLiteral("runtime.host"),
                 QStringLiteral("config.hardware.device")},
                &source, &failure)) {
        *error = failure;
        return false;
    }
    const VsphereDevice *sourceDisk = firstDisk(source.properties.devices);
    if (spec.diskBytes > 0 && (!sourceDisk || sourceDisk->capacityKb * 1024 > spec.diskBytes)) {
        *error = {sourceDisk ? tr("The disk of “%1” cannot be smaller than the disk of “%2” "
                                  "(%3 MiB).")
                                   .arg(spec.name, source.name)
                                   .arg(sourceDisk->capacityKb / 1024)
                             : tr("“%1” has no disk to grow.").arg(source.name),
                  tr("Leave the disk size as the source's, or choose a larger one.")};
        return false;
    }
    const QString folder =
        datacenterVmFolder(source.properties.value(QStringLiteral("parent")), &failure);
    if (folder.isEmpty()) {
        *error = failure;
        return false;
    }
    QString existing;
    if (!findChild(folder, spec.name, &existing, &failure)) {
        *error = failure;
        return false;
    }
    if (!existing.isEmpty()) {
        *error = {tr("A VM named “%1” exists already in that datacenter.").arg(spec.name),
                  tr("Choose another name.")};
        return false;
    }
    const QString host = spec.hostRef.isEmpty()
                             ? source.properties.value(QStringLiteral("runtime.host"))
                             : spec.hostRef;
    VsphereProperties hostProperties;
    VsphereProperties compute;
    if (!m_tasks.read(QStringLiteral("HostSystem"), host, {QStringLiteral("parent")},
                      &hostProperties, &failure) ||
        !m_tasks.read(hostProperties.value(QStringLiteral("parent@type")),
                      hostProperties.value(QStringLiteral("parent")),
                      {QStringLiteral("resourcePool")}, &compute, &failure)) {
        *error = failure;
        return false;
    }

    QByteArray devices;
    if (!spec.networkRef.isEmpty()) {
        const QByteArray backing = nicBacking(spec.networkRef, &failure);
        if (backing.isEmpty()) {
            *error = failure;
            return false;
        }
        bool hasNic = false;
        for (const VsphereDevice &device : std::as_const(source.properties.devices)) {
            if (!device.isNic())
                continue;
            hasNic = true;
            // The device as it is, but for its backing: the MAC address and place stay.
            devices += "<deviceChange><operation>edit</operation><device xsi:type=\"" +
                       device.type.toLatin1() + "\">" + number("key", device.key) + "<deviceInfo>" +
                       element("label", device.label) + "<summary></summary></deviceInfo>" +
                       backing + Connected + number("controllerKey", device.controllerKey) +
                       number("unitNumber", device.unitNumber) +
                       element("macAddress", device.macAddress) + "</device></deviceChange>";
        }
        if (!hasNic)
            devices += "<deviceChange><operation>add</operation>"
                       "<device xsi:type=\"VirtualVmxnet3\">" +
                       number("key", -1) + backing + Connected +
                       "<addressType>generated</addressType></device></deviceChange>";
    }
    QByteArray config = number("numCPUs", spec.vcpus);
    if (spec.memoryBytes > 0)
        config += number("memoryMB", (spec.memoryBytes + MiB - 1) / MiB);
    QByteArray location;
    if (!spec.storageRef.isEmpty())
        location += VsphereClient::moref("datastore", QStringLiteral("Datastore"), spec.storageRef);
    location += VsphereClient::moref("pool", QStringLiteral("ResourcePool"),
                                     compute.value(QStringLiteral("resourcePool"))) +
                VsphereClient::moref("host", QStringLiteral("HostSystem"), host);
    // Powered on as a step of its own: a clone that cannot start is then removed like any other
    // half-made one.
    const QByteArray clone = "<CloneVM_Task>" +
                             VsphereTaskRunner::self(VirtualMachine, spec.sourceVmRef) +
                             VsphereClient::moref("folder", QStringLiteral("Folder"), folder) +
                             element("name", spec.name) + "<spec><location>" + location +
                             "</location><template>false</template><config>" + config + devices +
                             "</config><powerOn>false</powerOn></spec></CloneVM_Task>";

    QElapsedTimer timer;
    timer.start();
    VsphereTaskInfo info;
    if (!m_tasks.run(clone, tr("Could not clone “%1” to “%2”.").arg(source.name, spec.name),
                     control, 0, 80, &info, &failure)) {
        // The name was free before: a VM of that name now is what the failed task left.
        QString leftOver;
        VsphereError unreachable;
        if (!findChild(folder, spec.name, &leftOver, &unreachable)) {
            const QString check = tr("Vantage could not check whether vCenter made “%1” anyway; "
                                     "look for it in the vSphere Client.")
                                      .arg(spec.name);
            failure.hint = failure.hint.isEmpty() ? check : failure.hint + u' ' + check;
        } else if (!leftOver.isEmpty()) {
            rollBack(leftOver, spec.name, &failure);
        }
        *error = failure;
        return false;
    }
    const QString made = info.result;
    if (made.isEmpty() || info.resultType != VirtualMachine) {
        failure.message =
            tr("vCenter cloned “%1” but did not say which VM it made.").arg(spec.name);
        failure.hint = tr("Refresh the provider to see the new VM.");
        *error = failure;
        return false;
    }

    // Not every server applies a clone's placement and hardware (the simulator keeps its
    // source's): what is still different is changed on the new VM.
    Vm clonedVm;
    if (!readVm(made,
                {QStringLiteral("runtime.host"), QStringLiteral("config.hardware.numCPU"),
                 QStringLiteral("config.hardware.memoryMB"),
                 QStringLiteral("config.hardware.device")},
                &clonedVm, &failure)) {
        rollBack(made, spec.name, &failure);
        *error = failure;
        return false;
    }
    if (clonedVm.properties.value(QStringLiteral("runtime.host")) != host &&
        !m_tasks.run("<RelocateVM_Task>" + VsphereTaskRunner::self(VirtualMachine, made) +
                         "<spec>" + location + "</spec></RelocateVM_Task>",
                     tr("Could not move “%1” to its host.").arg(spec.name), control, 80, 85, &info,
                     &failure)) {
        rollBack(made, spec.name, &failure);
        *error = failure;
        return false;
    }
    QByteArray change;
    if (clonedVm.properties.value(QStringLiteral("config.hardware.numCPU")).toInt() != spec.vcpus)
        change += number("numCPUs", spec.vcpus);
    if (spec.memoryBytes > 0 &&
        clonedVm.properties.value(QStringLiteral("config.hardware.memoryMB")).toLongLong() !=
            (spec.memoryBytes + MiB - 1) / MiB)
        change += number("memoryMB", (spec.memoryBytes + MiB - 1) / MiB);
    // The first disk grows to the size asked for; the clone copied the source's.
    if (const VsphereDevice *disk = firstDisk(clonedVm.properties.devices);
        disk && spec.diskBytes > disk->capacityKb * 1024)
        change +=
            "<deviceChange><operation>edit</operation><device xsi:type=\"VirtualDisk\">" +
            number("key", disk->key) + "<deviceInfo>" + element("label", disk->label) +
            "<summary></summary></deviceInfo>"
            "<backing xsi:type=\"VirtualDiskFlatVer2BackingInfo\">" +
            element("fileName", disk->backingFile) + "<diskMode>persistent</diskMode></backing>" +
            number("controllerKey", disk->controllerKey) + number("unitNumber", disk->unitNumber) +
            number("capacityInKB", (spec.diskBytes + 1023) / 1024) + "</device></deviceChange>";
    if (!change.isEmpty() &&
        !m_tasks.run("<ReconfigVM_Task>" + VsphereTaskRunner::self(VirtualMachine, made) +
                         "<spec>" + change + "</spec></ReconfigVM_Task>",
                     tr("Could not set the hardware of “%1”.").arg(spec.name), control, 85, 90,
                     &info, &failure)) {
        rollBack(made, spec.name, &failure);
        *error = failure;
        return false;
    }
    if (spec.start &&
        !m_tasks.run("<PowerOnVM_Task>" + VsphereTaskRunner::self(VirtualMachine, made) +
                         "</PowerOnVM_Task>",
                     tr("Could not start “%1”.").arg(spec.name), control, 90, 100, &info,
                     &failure)) {
        rollBack(made, spec.name, &failure);
        *error = failure;
        return false;
    }
    if (control.progress)
        control.progress({100, 100, {}});
    qCInfo(lcVsphere) << "cloned" << source.name << "to" << spec.name << made << "in"
                      << timer.elapsed() << "ms";
    *vmRef = made;
    return true;
}

bool VsphereOperations::reconfigureVm(const QString &vmRef, const ReconfigureSpec &spec,
                                      ProviderError *error, const OperationControl &control)
{
    Vm vm;
    VsphereError failure;
    if (!readVm(vmRef, {QStringLiteral("config.hardware.device")}, &vm, &failure)) {
        *error = failure;
        return false;
    }
    if (vm.isTemplate) {
        *error = {tr("“%1” is a template, whose hardware vSphere does not change.").arg(vm.name),
                  tr("Convert it to a VM in the vSphere Client, or reconfigure a clone of it.")};
        return false;
    }
    // vSphere keeps no change for the next boot: a running VM's changes happen at once.
    if (!spec.live && vm.powerState != QLatin1String(PowerState::Off)) {
        *error = {tr("“%1” is %2, and vSphere changes a VM at once, never at its next boot.")
                      .arg(vm.name, stateWords(vm.powerState)),
                  tr("Apply the change now, or power the VM off first.")};
        return false;
    }
    const QList<VsphereDevice> &devices = vm.properties.devices;
    const auto deviceOf = [&](const QString &ref, bool nic) -> const VsphereDevice * {
        if (!ref.startsWith(vmRef + u'/'))
            return nullptr;
        const int key = ref.mid(vmRef.size() + 1).toInt();
        for (const VsphereDevice &device : devices) {
            if (device.key == key && device.isNic() == nic)
                return &device;
        }
        return nullptr;
    };
    QByteArray change;
    if (spec.vcpus > 0)
        change += number("numCPUs", spec.vcpus);
    if (spec.memoryBytes > 0)
        change += number("memoryMB", (spec.memoryBytes + MiB - 1) / MiB);
    for (const QString &ref : spec.removeDiskRefs) {
        const VsphereDevice *disk = deviceOf(ref, false);
        if (!disk) {
            *error = {tr("VM “%1” has no disk %2.").arg(vm.name, ref),
                      tr("Refresh the provider and choose the disk again.")};
            return false;
        }
        change += removal(*disk);
    }
    for (const QString &ref : spec.removeNicRefs) {
        const VsphereDevice *nic = deviceOf(ref, true);
        if (!nic) {
            *error = {tr("VM “%1” has no network interface %2.").arg(vm.name, ref),
                      tr("Refresh the provider and choose the interface again.")};
            return false;
        }
        change += removal(*nic);
    }
    // New devices get negative keys until vCenter assigns real ones.
    int newKey = -1;
    if (!spec.addDisks.isEmpty()) {
        const VsphereDevice *controller = nullptr;
        for (const VsphereDevice &device : devices) {
            if (device.isScsiController()) {
                controller = &device;
                break;
            }
        }
        if (!controller) {
            *error = {tr("VM “%1” has no SCSI controller to attach a new disk to.").arg(vm.name),
                      tr("Add a SCSI controller in the vSphere Client first.")};
            return false;
        }
        QSet<int> usedUnits{7}; // the controller's own
        for (const VsphereDevice &device : devices) {
            if (device.controllerKey == controller->key)
                usedUnits.insert(device.unitNumber);
        }
        int unit = 0;
        for (const DiskAddition &disk : spec.addDisks) {
            while (usedUnits.contains(unit))
                ++unit;
            if (unit > 15) {
                *error = {tr("VM “%1” has no free place on its SCSI controller for another disk.")
                              .arg(vm.name),
                          tr("Remove a disk or add a controller in the vSphere Client.")};
                return false;
            }
            usedUnits.insert(unit);
            VsphereProperties datastore;
            if (!m_tasks.read(QStringLiteral("Datastore"), disk.storageRef,
                              {QStringLiteral("name")}, &datastore, &failure)) {
                *error = failure;
                return false;
            }
            change +=
                "<deviceChange><operation>add</operation><fileOperation>create"
                "</fileOperation><device xsi:type=\"VirtualDisk\">" +
                number("key", newKey--) + "<backing xsi:type=\"VirtualDiskFlatVer2BackingInfo\">" +
                element("fileName", u'[' + datastore.value(QStringLiteral("name")) + u']') +
                VsphereClient::moref("datastore", QStringLiteral("Datastore"), disk.storageRef) +
                "<diskMode>persistent</diskMode><thinProvisioned>true</thinProvisioned>"
                "</backing>" +
                number("controllerKey", controller->key) + number("unitNumber", unit) +
                number("capacityInKB", (disk.capacityBytes + 1023) / 1024) +
                "</device></deviceChange>";
        }
    }
    for (const NicAddition &nic : spec.addNics) {
        QByteArray type;
        if (nic.model.isEmpty() || nic.model == u"virtio" || nic.model == u"vmxnet3")
            type = "VirtualVmxnet3";
        else if (nic.model == u"e1000")
            type = "VirtualE1000";
        else if (nic.model == u"e1000e")
            type = "VirtualE1000e";
        if (type.isEmpty()) {
            *error = {tr("vSphere has no network interface model “%1”.").arg(nic.model),
                      tr("Use vmxnet3, e1000 or e1000e.")};
            return false;
        }
        const QByteArray backing = nicBacking(nic.networkRef, &failure);
        if (backing.isEmpty()) {
            *error = failure;
            return false;
        }
        change += "<deviceChange><operation>add</operation><device xsi:type=\"" + type + "\">" +
                  number("key", newKey--) + backing + Connected +
                  "<addressType>generated</addressType></device></deviceChange>";
    }
    if (change.isEmpty()) {
        *error = {tr("The change to “%1” is empty.").arg(vm.name),
                  tr("Choose something to reconfigure.")};
        return false;
    }
    VsphereTaskInfo info;
    if (!m_tasks.run("<ReconfigVM_Task>" + VsphereTaskRunner::self(VirtualMachine, vmRef) +
                         "<spec>" + change + "</spec></ReconfigVM_Task>",
                     tr("Could not reconfigure “%1”.").arg(vm.name), control, 0, 100, &info,
                     &failure)) {
        *error = failure;
        return false;
    }
    qCInfo(lcVsphere) << "reconfigured" << vm.name << vmRef;
    return true;
}

bool VsphereOperations::removeVm(const QString &vmRef, bool deleteStorage, ProviderError *error,
                                 const OperationControl &control)
{
    Vm vm;
    VsphereError failure;
    if (!readVm(vmRef, {}, &vm, &failure)) {
        *error = failure;
        return false;
    }
    if (vm.powerState != QLatin1String(PowerState::Off)) {
        *error = {tr("“%1” cannot be removed: it is %2.").arg(vm.name, stateWords(vm.powerState)),
                  tr("Power it off first, or retire it, which shuts it down on the way.")};
        return false;
    }
    const bool ok =
        deleteStorage
            ? destroy(vmRef, vm.name, &failure, control, 0, 100)
            : m_tasks.call("<UnregisterVM>" + VsphereTaskRunner::self(VirtualMachine, vmRef) +
                               "</UnregisterVM>",
                           tr("Could not remove “%1”.").arg(vm.name), &failure);
    if (!ok) {
        *error = failure;
        return false;
    }
    qCInfo(lcVsphere) << "removed" << vm.name << vmRef << (deleteStorage ? "and its files" : "");
    return true;
}

} // namespace Vantage
