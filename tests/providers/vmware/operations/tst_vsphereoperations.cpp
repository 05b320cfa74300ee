// VsphereOperations against the vCenter simulator: every power operation and the refusals of
// those the VM's state does not allow, clones of a VM and of a template, reconfiguration,
// removal with and without storage, a SOAP fault, a task that ends in error, and (on a
// simulator whose clone tasks run for a while) progress and a time-out that removes the clone.

#include "providers/vmware/soapresponse.h"
#include "providers/vmware/vsphereclient.h"
#include "providers/vmware/vsphereoperations.h"
#include "providers/vmware/vspheresession.h"
#include "providers/vmware/vspheretask.h"
#include "tests/vcsim/vspheretesting.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Vantage;
using namespace Vantage::Testing;

namespace {

constexpr qint64 MiB = 1024 * 1024;

// Starts slow, a simulator whose tasks of the kind named task (e.g. "cloneVm") take taskMs, opens
// a session to it and reads its inventory into *collection; the session, or null with *error set.
std::shared_ptr<VsphereSession> openSlow(VcsimProcess *slow, const QString &task, int taskMs,
                                         InventoryCollection *collection, QString *error)
{
    if (!slow->start({QStringLiteral("-slow-task"), task, QStringLiteral("-task-ms"),
                      QString::number(taskMs)},
                     error)) {
        return nullptr;
    }
    VsphereError openError;
    auto session = VsphereSession::open(vsphereConfig(*slow), &openError);
    if (!session) {
        *error = openError.toString();
        return nullptr;
    }
    ProviderError collectError;
    if (!session->collectInventory(collection, CancelFlag(), {}, &collectError)) {
        *error = collectError.toString();
        return nullptr;
    }
    return session;
}

// Polls quickly, so the tests do not wait on the default 250 ms.
constexpr VsphereTaskTiming Quick{20, 60000};

// Keeps every percent reported.
OperationControl recording(QList<int> *reported)
{
    OperationControl control;
    control.progress = [reported](const CollectProgress &progress) {
        if (progress.total == 100)
            reported->append(progress.done);
    };
    return control;
}

} // namespace

class tst_VsphereOperations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void powerOperations_data();
    void powerOperations();
    void refusals_data();
    void refusals();
    void soapFaultIsWorded();
    void taskErrorCarriesItsMessage();
    void cloneFromVm();
    void cloneFromTemplate();
    void cloneRefusesTakenNameAndVolumeSource();
    void reconfigure();
    void reconfigureRefusesTemplateAndUnknownDisk();
    void remove_data();
    void remove();
    void removeRefusesRunningVm();
    void progressIsReported();
    void timeOutRemovesTheClone();
    void failedStartRemovesTheClone();
    void stopEndsTheWaitAndRemovesTheClone();
    void droppedConnectionIsWorded();

private:
    InventoryCollection collect();
    const VmRecord *vmNamed(const InventoryCollection &collection, const QString &name);
    QString powerStateOf(const QString &vmRef);
    void setPower(const QString &vmRef, PowerOperation operation);
    QString makeTemplate();
    QString cloneOff(const QString &name);

    VcsimProcess m_vcsim;
    std::shared_ptr<VsphereSession> m_session;
    std::unique_ptr<VsphereOperations> m_operations;
    InventoryCollection m_initial;
    QString m_templateRef;
};

void tst_VsphereOperations::initTestCase()
{
    QString error;
    QVERIFY2(m_vcsim.start({QStringLiteral("-vm"), QStringLiteral("2")}, &error),
             qPrintable(error));
    VsphereError failure;
    m_session = VsphereSession::open(vsphereConfig(m_vcsim), &failure);
    QVERIFY2(m_session, qPrintable(failure.toString()));
    m_operations = std::make_unique<VsphereOperations>(m_session->client(), Quick);
    m_initial = collect();
    QVERIFY(m_initial.vms.size() >= 4);
    QVERIFY(!m_initial.storages.isEmpty());
}

InventoryCollection tst_VsphereOperations::collect()
{
    InventoryCollection collection;
    ProviderError error;
    CancelFlag cancel;
    if (!m_session->collectInventory(&collection, cancel, {}, &error))
        qWarning() << error.toString();
    return collection;
}

const VmRecord *tst_VsphereOperations::vmNamed(const InventoryCollection &collection,
                                               const QString &name)
{
    for (const VmRecord &vm : collection.vms) {
        if (vm.name == name)
            return &vm;
    }
    return nullptr;
}

QString tst_VsphereOperations::powerStateOf(const QString &vmRef)
{
    InventoryCollection collection;
    ProviderError error;
    if (!m_session->collectTargets({{InventoryKind::Vm, vmRef}}, &collection, &error) ||
        collection.vms.isEmpty())
        return {};
    return collection.vms.first().powerState;
}

void tst_VsphereOperations::setPower(const QString &vmRef, PowerOperation operation)
{
    ProviderError error;
    if (powerStateOf(vmRef) != PowerOperations::resultingState(operation))
        QVERIFY2(m_operations->powerOperation(vmRef, operation, &error),
                 qPrintable(error.toString()));
}

// The simulator has no templates: one of its VMs, powered off, is marked as one.
QString tst_VsphereOperations::makeTemplate()
{
    if (!m_templateRef.isEmpty())
        return m_templateRef;
    const QString ref = m_initial.vms.at(3).emsRef;
    setPower(ref, PowerOperation::PowerOff);
    QByteArray answer;
    VsphereError error;
    if (!m_session->client().call(
            "<MarkAsTemplate>" + VsphereTaskRunner::self(QStringLiteral("VirtualMachine"), ref) +
                "</MarkAsTemplate>",
            &answer, &error)) {
        qWarning() << error.toString();
        return {};
    }
    m_templateRef = ref;
    return ref;
}

QString tst_VsphereOperations::cloneOff(const QString &name)
{
    ProvisionSpec spec;
    spec.name = name;
    spec.sourceVmRef = makeTemplate();
    spec.vcpus = 1;
    QString ref;
    ProviderError error;
    if (!m_operations->provisionVm(spec, &ref, &error))
        qWarning() << error.toString();
    return ref;
}

void tst_VsphereOperations::powerOperations_data()
{
    QTest::addColumn<PowerOperation>("operation");
    QTest::addColumn<QString>("after");
    const QString on = QString::fromLatin1(PowerState::On);
    const QString off = QString::fromLatin1(PowerState::Off);
    // One VM walked through every operation in turn; each row starts where the last ended.
    QTest::newRow("suspend") << PowerOperation::Suspend
                             << QString::fromLatin1(PowerState::Suspended);
    QTest::newRow("resume") << PowerOperation::Resume << on;
    QTest::newRow("reset") << PowerOperation::Reset << on;
    QTest::newRow("shutdown") << PowerOperation::Shutdown << off;
    QTest::newRow("start") << PowerOperation::Start << on;
    QTest::newRow("power off") << PowerOperation::PowerOff << off;
    QTest::newRow("start again") << PowerOperation::Start << on;
}

void tst_VsphereOperations::powerOperations()
{
    QFETCH(PowerOperation, operation);
    QFETCH(QString, after);
    const QString ref = m_initial.vms.at(0).emsRef;
    QList<int> reported;
    ProviderError error;
    QVERIFY2(m_operations->powerOperation(ref, operation, &error, recording(&reported)),
             qPrintable(error.toString()));
    QCOMPARE(powerStateOf(ref), after);
    // Tasks report their end; ShutdownGuest is no task.
    if (operation != PowerOperation::Shutdown)
        QCOMPARE(reported.value(reported.size() - 1), 100);
}

void tst_VsphereOperations::refusals_data()
{
    QTest::addColumn<PowerOperation>("setUp");
    QTest::addColumn<PowerOperation>("operation");
    QTest::addColumn<QString>("words");
    QTest::newRow("start a running VM") << PowerOperation::Start << PowerOperation::Start
                                        << QStringLiteral("cannot be started: it is running");
    QTest::newRow("resume a running VM") << PowerOperation::Start << PowerOperation::Resume
                                         << QStringLiteral("cannot be resumed: it is running");
    QTest::newRow("shut down an off VM")
        << PowerOperation::PowerOff << PowerOperation::Shutdown
        << QStringLiteral("cannot be shut down: it is powered off");
    QTest::newRow("power off an off VM") << PowerOperation::PowerOff << PowerOperation::PowerOff
                                         << QStringLiteral("cannot be powered off: it is powered "
                                                           "off");
    QTest::newRow("reset an off VM") << PowerOperation::PowerOff << PowerOperation::Reset
                                     << QStringLiteral("cannot be reset: it is powered off");
    QTest::newRow("suspend an off VM") << PowerOperation::PowerOff << PowerOperation::Suspend
                                       << QStringLiteral("cannot be suspended: it is powered off");
    QTest::newRow("reboot an off VM") << PowerOperation::PowerOff << PowerOperation::Reboot
                                      << QStringLiteral("cannot be rebooted: it is powered off");
    QTest::newRow("resume an off VM") << PowerOperation::PowerOff << PowerOperation::Resume
                                      << QStringLiteral("cannot be resumed: it is powered off");
}

void tst_VsphereOperations::refusals()
{
    QFETCH(PowerOperation, setUp);
    QFETCH(PowerOperation, operation);
    QFETCH(QString, words);
    const VmRecord &vm = m_initial.vms.at(1);
    setPower(vm.emsRef, setUp);
    const QString before = powerStateOf(vm.emsRef);
    ProviderError error;
    QVERIFY(!m_operations->powerOperation(vm.emsRef, operation, &error));
    QVERIFY2(error.message.contains(words), qPrintable(error.message));
    QVERIFY2(error.message.contains(vm.name), qPrintable(error.message));
    QVERIFY(!error.hint.isEmpty());
    QCOMPARE(powerStateOf(vm.emsRef), before);
}

// The simulator has no RebootGuest: the SOAP fault it sends is what an operator reads.
void tst_VsphereOperations::soapFaultIsWorded()
{
    const VmRecord &vm = m_initial.vms.at(1);
    setPower(vm.emsRef, PowerOperation::Start);
    ProviderError error;
    QVERIFY(!m_operations->powerOperation(vm.emsRef, PowerOperation::Reboot, &error));
    QVERIFY2(error.message.startsWith(QStringLiteral("Could not ask “%1” to reboot.").arg(vm.name)),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(u"MethodNotFound"), qPrintable(error.message));
    // Gone VMs get their own sentence.
    QVERIFY(!m_operations->powerOperation(QStringLiteral("vm-404"), PowerOperation::Start, &error));
    QVERIFY2(error.message.contains(u"no longer in vCenter"), qPrintable(error.message));
}

// Destroy_Task of a running VM fails inside the task, with the fault the task records.
void tst_VsphereOperations::taskErrorCarriesItsMessage()
{
    const VmRecord &vm = m_initial.vms.at(1);
    setPower(vm.emsRef, PowerOperation::Start);
    VsphereTaskRunner runner(m_session->client(), Quick);
    VsphereTaskInfo info;
    VsphereError error;
    QVERIFY(!runner.run("<Destroy_Task>" +
                            VsphereTaskRunner::self(QStringLiteral("VirtualMachine"), vm.emsRef) +
                            "</Destroy_Task>",
                        QStringLiteral("Could not remove it."), {}, 0, 100, &info, &error));
    QCOMPARE(info.state, VsphereTaskInfo::State::Error);
    QCOMPARE(error.faultType, QStringLiteral("InvalidPowerState"));
    QVERIFY2(error.message.startsWith(u"Could not remove it. vCenter says: "),
             qPrintable(error.message));
    QVERIFY2(error.message.contains(u"InvalidPowerState"), qPrintable(error.message));
    QCOMPARE(powerStateOf(vm.emsRef), QString::fromLatin1(PowerState::On));
}

void tst_VsphereOperations::cloneFromVm()
{
    const VmRecord &source = m_initial.vms.at(2);
    setPower(source.emsRef, PowerOperation::PowerOff);
    QString otherHost;
    for (const HostRecord &host : std::as_const(m_initial.hosts)) {
        if (host.emsRef != source.hostRef)
            otherHost = host.emsRef;
    }
    QString portGroup;
    for (const NetworkRecord &network : std::as_const(m_initial.networks)) {
        if (network.emsRef.startsWith(u"dvportgroup-") && !network.name.contains(u"Uplink"))
            portGroup = network.emsRef;
    }
    QVERIFY(!otherHost.isEmpty());
    QVERIFY(!portGroup.isEmpty());
    ProvisionSpec spec;
    spec.name = QStringLiteral("clone-of-vm");
    spec.sourceVmRef = source.emsRef;
    spec.hostRef = otherHost;
    spec.storageRef = m_initial.storages.first().emsRef;
    spec.networkRef = portGroup;
    spec.vcpus = 3;
    spec.memoryBytes = 1536 * MiB;
    spec.diskBytes = 3 * 1024 * MiB;
    spec.start = true;
    QString ref;
    ProviderError error;
    QList<int> reported;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(m_operations->provisionVm(spec, &ref, &error, recording(&reported)),
             qPrintable(error.toString()));
    qInfo("clone from a VM took %lld ms", timer.elapsed());
    QVERIFY(ref.startsWith(u"vm-"));
    QCOMPARE(reported.value(reported.size() - 1), 100);
    QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));

    const InventoryCollection after = collect();
    const VmRecord *made = vmNamed(after, spec.name);
    QVERIFY(made);
    QCOMPARE(made->emsRef, ref);
    QCOMPARE(made->vcpus, 3);
    QCOMPARE(made->memoryBytes, 1536 * MiB);
    QCOMPARE(made->powerState, QString::fromLatin1(PowerState::On));
    QCOMPARE(made->hostRef, otherHost);
    QVERIFY(!made->isTemplate);
    bool onPortGroup = false;
    for (const NicRecord &nic : after.nics) {
        if (nic.vmRef == ref)
            onPortGroup = onPortGroup || nic.source == portGroup;
    }
    QVERIFY(onPortGroup);
    qint64 diskBytes = 0;
    for (const DiskRecord &disk : after.disks) {
        if (disk.vmRef == ref && disk.device == u"disk")
            diskBytes = qMax(diskBytes, disk.capacityBytes);
    }
    QCOMPARE(diskBytes, spec.diskBytes);
    // The source is untouched.
    QCOMPARE(vmNamed(after, source.name)->vcpus, source.vcpus);
}

void tst_VsphereOperations::cloneFromTemplate()
{
    const QString templateRef = makeTemplate();
    QVERIFY(!templateRef.isEmpty());
    ProvisionSpec spec;
    spec.name = QStringLiteral("from-template");
    spec.sourceVmRef = templateRef;
    spec.vcpus = 2;
    spec.memoryBytes = 512 * MiB;
    QString ref;
    ProviderError error;
    QVERIFY2(m_operations->provisionVm(spec, &ref, &error), qPrintable(error.toString()));
    const InventoryCollection after = collect();
    const VmRecord *made = vmNamed(after, spec.name);
    QVERIFY(made);
    QVERIFY(!made->isTemplate);
    QCOMPARE(made->vcpus, 2);
    QCOMPARE(made->memoryBytes, 512 * MiB);
    QCOMPARE(made->powerState, QString::fromLatin1(PowerState::Off));
    QVERIFY(vmNamed(after, m_initial.vms.at(3).name)->isTemplate);

    // A template runs nothing and changes no hardware.
    QVERIFY(!m_operations->powerOperation(templateRef, PowerOperation::Start, &error));
    QVERIFY2(error.message.contains(u"is a template"), qPrintable(error.message));
}

void tst_VsphereOperations::cloneRefusesTakenNameAndVolumeSource()
{
    ProvisionSpec spec;
    spec.name = m_initial.vms.at(0).name;
    spec.sourceVmRef = makeTemplate();
    spec.vcpus = 1;
    QString ref;
    ProviderError error;
    QVERIFY(!m_operations->provisionVm(spec, &ref, &error));
    QVERIFY2(error.message.contains(u"exists already"), qPrintable(error.message));

    spec.name = QStringLiteral("from-an-image");
    spec.sourceVmRef.clear();
    spec.sourceVolumeRef = QStringLiteral("[LocalDS_0] image.vmdk");
    QVERIFY(!m_operations->provisionVm(spec, &ref, &error));
    QVERIFY2(error.hint.contains(u"libvirt"), qPrintable(error.hint));

    spec.sourceVmRef = makeTemplate();
    spec.sourceVolumeRef.clear();
    spec.diskBytes = 1;
    QVERIFY(!m_operations->provisionVm(spec, &ref, &error));
    QVERIFY2(error.message.contains(u"cannot be smaller"), qPrintable(error.message));
    QVERIFY(ref.isEmpty());
    QVERIFY(!vmNamed(collect(), spec.name));
}

void tst_VsphereOperations::reconfigure()
{
    const QString ref = cloneOff(QStringLiteral("to-reconfigure"));
    QVERIFY(!ref.isEmpty());
    InventoryCollection before;
    ProviderError error;
    QVERIFY(m_session->collectTargets({{InventoryKind::Vm, ref}}, &before, &error));
    const auto count = [&](const auto &records) {
        return std::count_if(records.cbegin(), records.cend(),
                             [&](const auto &record) { return record.vmRef == ref; });
    };

    ReconfigureSpec spec;
    spec.vcpus = 4;
    spec.memoryBytes = 2048 * MiB;
    spec.addDisks = {{m_initial.storages.first().emsRef, 2 * 1024 * MiB}};
    spec.addNics = {{m_initial.networks.first().emsRef, QStringLiteral("e1000")}};
    QList<int> reported;
    QVERIFY2(m_operations->reconfigureVm(ref, spec, &error, recording(&reported)),
             qPrintable(error.toString()));
    QCOMPARE(reported.value(reported.size() - 1), 100);
    InventoryCollection after;
    QVERIFY(m_session->collectTargets({{InventoryKind::Vm, ref}}, &after, &error));
    QCOMPARE(after.vms.first().vcpus, 4);
    QCOMPARE(after.vms.first().memoryBytes, 2048 * MiB);
    QCOMPARE(count(after.disks), count(before.disks) + 1);
    QCOMPARE(count(after.nics), count(before.nics) + 1);

    // The added disk and NIC go again, by the ems_refs the inventory gives them.
    QStringList oldDisks;
    for (const DiskRecord &disk : before.disks)
        oldDisks.append(disk.emsRef);
    QStringList oldNics;
    for (const NicRecord &nic : before.nics)
        oldNics.append(nic.emsRef);
    ReconfigureSpec removal;
    for (const DiskRecord &disk : after.disks) {
        if (!oldDisks.contains(disk.emsRef)) {
            removal.removeDiskRefs.append(disk.emsRef);
            QCOMPARE(disk.capacityBytes, 2 * 1024 * MiB);
        }
    }
    for (const NicRecord &nic : after.nics) {
        if (!oldNics.contains(nic.emsRef))
            removal.removeNicRefs.append(nic.emsRef);
    }
    QCOMPARE(removal.removeDiskRefs.size(), 1);
    QCOMPARE(removal.removeNicRefs.size(), 1);
    QVERIFY2(m_operations->reconfigureVm(ref, removal, &error), qPrintable(error.toString()));
    InventoryCollection last;
    QVERIFY(m_session->collectTargets({{InventoryKind::Vm, ref}}, &last, &error));
    QCOMPARE(count(last.disks), count(before.disks));
    QCOMPARE(count(last.nics), count(before.nics));

    // A running VM changes live.
    setPower(ref, PowerOperation::Start);
    ReconfigureSpec live;
    live.vcpus = 2;
    live.live = true;
    QVERIFY2(m_operations->reconfigureVm(ref, live, &error), qPrintable(error.toString()));
    QVERIFY(m_session->collectTargets({{InventoryKind::Vm, ref}}, &last, &error));
    QCOMPARE(last.vms.first().vcpus, 2);
}

void tst_VsphereOperations::reconfigureRefusesTemplateAndUnknownDisk()
{
    ReconfigureSpec spec;
    spec.vcpus = 2;
    ProviderError error;
    QVERIFY(!m_operations->reconfigureVm(makeTemplate(), spec, &error));
    QVERIFY2(error.message.contains(u"template"), qPrintable(error.message));

    const QString ref = m_initial.vms.at(0).emsRef;
    setPower(ref, PowerOperation::Start);
    QVERIFY(!m_operations->reconfigureVm(ref, spec, &error));
    QVERIFY2(error.message.contains(u"never at its next boot"), qPrintable(error.message));

    spec.live = true;
    spec.removeDiskRefs = {ref + QStringLiteral("/99999")};
    QVERIFY(!m_operations->reconfigureVm(ref, spec, &error));
    QVERIFY2(error.message.contains(u"has no disk"), qPrintable(error.message));

    spec.removeDiskRefs.clear();
    spec.addNics = {{m_initial.networks.first().emsRef, QStringLiteral("rtl8139")}};
    QVERIFY(!m_operations->reconfigureVm(ref, spec, &error));
    QVERIFY2(error.message.contains(u"rtl8139"), qPrintable(error.message));
}

void tst_VsphereOperations::remove_data()
{
    QTest::addColumn<bool>("deleteStorage");
    QTest::newRow("unregister, files kept") << false;
    QTest::newRow("destroy with files") << true;
}

void tst_VsphereOperations::remove()
{
    QFETCH(bool, deleteStorage);
    const QString name =
        deleteStorage ? QStringLiteral("destroyed") : QStringLiteral("unregistered");
    const QString ref = cloneOff(name);
    QVERIFY(!ref.isEmpty());
    ProviderError error;
    QVERIFY2(m_operations->removeVm(ref, deleteStorage, &error), qPrintable(error.toString()));
    QVERIFY(!vmNamed(collect(), name));
    QVERIFY(powerStateOf(ref).isEmpty());
    QVERIFY(!m_operations->removeVm(ref, deleteStorage, &error));
    QVERIFY2(error.message.contains(u"no longer in vCenter"), qPrintable(error.message));
}

void tst_VsphereOperations::removeRefusesRunningVm()
{
    const VmRecord &vm = m_initial.vms.at(0);
    setPower(vm.emsRef, PowerOperation::Start);
    ProviderError error;
    QVERIFY(!m_operations->removeVm(vm.emsRef, true, &error));
    QVERIFY2(error.message.contains(u"cannot be removed: it is running"),
             qPrintable(error.message));
    QVERIFY(vmNamed(collect(), vm.name));
}

// Clone tasks that seem to run for 1.2 s, as a real vCenter's do.
void tst_VsphereOperations::progressIsReported()
{
    VcsimProcess slow;
    InventoryCollection collection;
    QString failure;
    const auto session = openSlow(&slow, QStringLiteral("cloneVm"), 1200, &collection, &failure);
    QVERIFY2(session, qPrintable(failure));
    ProviderError error;
    CancelFlag cancel;
    VsphereOperations operations(session->client(), Quick);
    ProvisionSpec spec;
    spec.name = QStringLiteral("slow-clone");
    spec.sourceVmRef = collection.vms.first().emsRef;
    spec.vcpus = collection.vms.first().vcpus;
    QList<int> reported;
    QString ref;
    QVERIFY2(operations.provisionVm(spec, &ref, &error, recording(&reported)),
             qPrintable(error.toString()));
    QVERIFY(!ref.isEmpty());
    // The clone's share of the bar is 0-80: its task's rising percent is seen on the way.
    QStringList seen;
    for (const int percent : std::as_const(reported))
        seen.append(QString::number(percent));
    QVERIFY2(std::any_of(reported.cbegin(), reported.cend(),
                         [](int percent) { return percent > 0 && percent < 80; }),
             qPrintable(seen.join(u',')));
    QVERIFY(std::is_sorted(reported.cbegin(), reported.cend()));
    QCOMPARE(reported.last(), 100);
}

void tst_VsphereOperations::timeOutRemovesTheClone()
{
    VcsimProcess slow;
    InventoryCollection collection;
    QString failure;
    const auto session = openSlow(&slow, QStringLiteral("cloneVm"), 60000, &collection, &failure);
    QVERIFY2(session, qPrintable(failure));
    ProviderError error;
    CancelFlag cancel;
    VsphereOperations operations(session->client(), {20, 300});
    ProvisionSpec spec;
    spec.name = QStringLiteral("never-done");
    spec.sourceVmRef = collection.vms.first().emsRef;
    spec.vcpus = 1;
    QString ref;
    QVERIFY(!operations.provisionVm(spec, &ref, &error));
    QVERIFY(ref.isEmpty());
    QVERIFY2(error.message.contains(u"did not finish within 0.3 seconds"),
             qPrintable(error.message));
    QVERIFY2(error.hint.contains(u"vSphere Client"), qPrintable(error.hint));
    // The simulator made the clone at once; what the timed-out task left is removed.
    InventoryCollection after;
    QVERIFY(session->collectInventory(&after, cancel, {}, &error));
    QVERIFY(!vmNamed(after, spec.name));
}

// The clone is made and sized, but its power-on does not finish in time: the running clone is
// powered off and removed.
void tst_VsphereOperations::failedStartRemovesTheClone()
{
    VcsimProcess slow;
    InventoryCollection collection;
    QString failure;
    const auto session = openSlow(&slow, QStringLiteral("powerOn"), 60000, &collection, &failure);
    QVERIFY2(session, qPrintable(failure));
    ProviderError error;
    CancelFlag cancel;
    VsphereOperations operations(session->client(), {20, 300});
    ProvisionSpec spec;
    spec.name = QStringLiteral("cannot-start");
    spec.sourceVmRef = collection.vms.first().emsRef;
    spec.vcpus = 3;
    spec.start = true;
    QString ref;
    QVERIFY(!operations.provisionVm(spec, &ref, &error));
    QVERIFY(ref.isEmpty());
    QVERIFY2(error.message.startsWith(u"Could not start “cannot-start”."),
             qPrintable(error.message));
    QVERIFY2(!error.hint.contains(u"is left in vCenter"), qPrintable(error.hint));
    InventoryCollection after;
    QVERIFY(session->collectInventory(&after, cancel, {}, &error));
    QVERIFY(!vmNamed(after, spec.name));
    QCOMPARE(after.vms.size(), collection.vms.size());
}

// Stopped while the clone task runs (the request was cancelled, or Vantage quits): the wait ends
// at once, the task is asked to cancel and the clone the simulator made already is removed.
void tst_VsphereOperations::stopEndsTheWaitAndRemovesTheClone()
{
    VcsimProcess slow;
    InventoryCollection collection;
    QString failure;
    const auto session = openSlow(&slow, QStringLiteral("cloneVm"), 60000, &collection, &failure);
    QVERIFY2(session, qPrintable(failure));
    ProviderError error;
    CancelFlag cancel;
    VsphereOperations operations(session->client(), Quick);
    ProvisionSpec spec;
    spec.name = QStringLiteral("stopped");
    spec.sourceVmRef = collection.vms.first().emsRef;
    spec.vcpus = 1;
    int asked = 0;
    OperationControl control;
    control.stopRequested = [&asked] { return ++asked >= 3; };
    QString ref;
    QVERIFY(!operations.provisionVm(spec, &ref, &error, control));
    QVERIFY(ref.isEmpty());
    QVERIFY2(error.message.contains(u"Stopped while vCenter's task"), qPrintable(error.message));
    QCOMPARE(asked, 3);
    InventoryCollection after;
    QVERIFY(session->collectInventory(&after, cancel, {}, &error));
    QVERIFY(!vmNamed(after, spec.name));
}

// The simulator goes away while the clone task runs: the wait ends with the connection's failure
// and says where to look for what vCenter may have made.
void tst_VsphereOperations::droppedConnectionIsWorded()
{
    VcsimProcess slow;
    InventoryCollection collection;
    QString failure;
    const auto session = openSlow(&slow, QStringLiteral("cloneVm"), 60000, &collection, &failure);
    QVERIFY2(session, qPrintable(failure));
    ProviderError error;
    CancelFlag cancel;
    VsphereOperations operations(session->client(), Quick);
    ProvisionSpec spec;
    spec.name = QStringLiteral("dropped");
    spec.sourceVmRef = collection.vms.first().emsRef;
    spec.vcpus = 1;
    // Asked between polls: the second time, the simulator is gone.
    int asked = 0;
    OperationControl control;
    control.stopRequested = [&] {
        if (++asked == 2)
            slow.stop();
        return false;
    };
    QString ref;
    QVERIFY(!operations.provisionVm(spec, &ref, &error, control));
    QVERIFY(ref.isEmpty());
    QVERIFY2(error.message.startsWith(u"Could not clone"), qPrintable(error.message));
    QVERIFY2(error.message.contains(u"127.0.0.1"), qPrintable(error.message));
    QVERIFY2(error.hint.contains(u"look for it in the vSphere Client"), qPrintable(error.hint));
}

QTEST_GUILESS_MAIN(tst_VsphereOperations)
#include "tst_vsphereoperations.moc"
