// The libvirt provider on a real hypervisor: libvirtd + QEMU under software emulation
// (scripts/qemu-lane.sh) with a tiny Debian-kernel guest. What libvirt's test driver cannot show
// is checked here: real inventory, counters that grow, a guest that shuts down when asked (ACPI),
// reboots, clones that boot, snapshots, and SmartState on the guest's own qcow2 disk.
#include "core/smartstate/smartstatescanner.h"
#include "providers/libvirt/libvirtprovider.h"
#include "providers/libvirt/libvirtrefs.h"
#include "providers/libvirt/libvirtsession.h"
#include "tests/support/qemulane.h"

#include <QElapsedTimer>
#include <QTest>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <algorithm>
#include <memory>

using namespace Vantage;
using namespace Qt::StringLiterals;

namespace {

constexpr int bootTimeoutMs = 90000; // about 10 s here; a loaded CI machine is slower
constexpr int stateTimeoutMs = 60000;
constexpr qint64 guestMemoryBytes = 192LL * 1024 * 1024;

} // namespace

class tst_QemuSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void inventoryHasTheRealGuest();
    void metricsCountersGrow();
    void suspendAndResume();
    void rebootBootsTheGuestAgain();
    void shutdownIsGraceful();
    void snapshotOfTheShutOffGuest();
    void smartStateReadsTheGuestDisk();
    void cloneBoots();

private:
    int stateOf(const QString &domain) const;
    bool waitForState(const QString &domain, int state) const;
    const VmRecord *vmNamed(const InventoryCollection &inventory, const QString &name) const;

    QemuLane m_lane;
    std::shared_ptr<LibvirtSession> m_session;
    virConnectPtr m_conn = nullptr; // the session's
    QString m_guest;
    QString m_guestRef;
    InventoryCollection m_inventory;
};

void tst_QemuSession::initTestCase()
{
    const QString unavailable = QemuLane::unavailableReason();
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    registerLibvirtProvider();
    QString error;
    QVERIFY2(m_lane.up(&error), qPrintable(error));
    m_guest = m_lane.guest(u"session"_s, true, &error);
    QVERIFY2(!m_guest.isEmpty(), qPrintable(error));

    ManagerConfig config;
    config.name = u"QEMU lane"_s;
    config.type = u"libvirt"_s;
    config.endpoints = {QemuLane::uri()};
    ProviderError providerError;
    m_session = LibvirtSession::open(config, &providerError);
    QVERIFY2(m_session, qPrintable(providerError.toString()));
    m_conn = m_session->connectionFor(QemuLane::uri());
    QVERIFY(m_conn);
    QVERIFY2(QemuLane::waitForReady(m_guest, 1, bootTimeoutMs, &error), qPrintable(error));
}

void tst_QemuSession::cleanupTestCase()
{
    m_conn = nullptr;
    m_session.reset();
    QString error;
    QVERIFY2(m_lane.down(&error), qPrintable(error));
}

int tst_QemuSession::stateOf(const QString &domain) const
{
    virDomainPtr dom = virDomainLookupByName(m_conn, domain.toUtf8().constData());
    if (!dom)
        return -1;
    int state = -1;
    int reason = 0;
    virDomainGetState(dom, &state, &reason, 0);
    virDomainFree(dom);
    return state;
}

bool tst_QemuSession::waitForState(const QString &domain, int state) const
{
    QElapsedTimer waited;
    waited.start();
    while (stateOf(domain) != state) {
        if (waited.elapsed() > stateTimeoutMs)
            return false;
        QTest::qWait(100);
    }
    return true;
}

const VmRecord *tst_QemuSession::vmNamed(const InventoryCollection &inventory,
                                         const QString &name) const
{
    const auto it = std::find_if(inventory.vms.cbegin(), inventory.vms.cend(),
                                 [&](const VmRecord &vm) { return vm.name == name; });
    return it == inventory.vms.cend() ? nullptr : &*it;
}

void tst_QemuSession::inventoryHasTheRealGuest()
{
    CancelFlag cancel;
    ProviderError error;
    m_inventory = {};
    QVERIFY2(m_session->collectInventory(&m_inventory, cancel, {}, &error),
             qPrintable(error.toString()));

    QCOMPARE(m_inventory.hosts.size(), 1);
    QCOMPARE(m_inventory.hosts.first().hypervisor, u"QEMU"_s);
    QCOMPARE(m_inventory.hosts.first().powerState, u"on"_s);
    QVERIFY(m_inventory.hosts.first().memoryBytes > 0);

    const VmRecord *vm = vmNamed(m_inventory, m_guest);
    QVERIFY2(vm, qPrintable(m_guest + u" is not in the inventory"_s));
    m_guestRef = vm->emsRef;
    QCOMPARE(vm->powerState, u"on"_s);
    QCOMPARE(vm->vcpus, 1);
    QCOMPARE(vm->memoryBytes, guestMemoryBytes);
    QVERIFY(vm->rawDescription.contains(u"type='qemu'"_s) ||
            vm->rawDescription.contains(u"type=\"qemu\""_s));

    const auto disk = std::find_if(m_inventory.disks.cbegin(), m_inventory.disks.cend(),
                                   [&](const DiskRecord &d) { return d.vmRef == m_guestRef; });
    QVERIFY(disk != m_inventory.disks.cend());
    QCOMPARE(disk->target, u"vda"_s);
    QVERIFY2(disk->source.endsWith(m_guest + u".qcow2"_s), qPrintable(disk->source));
    const auto nic = std::find_if(m_inventory.nics.cbegin(), m_inventory.nics.cend(),
                                  [&](const NicRecord &n) { return n.vmRef == m_guestRef; });
    QVERIFY(nic != m_inventory.nics.cend());

    const auto network =
        std::find_if(m_inventory.networks.cbegin(), m_inventory.networks.cend(),
                     [](const NetworkRecord &n) { return n.name == u"default"_s; });
    QVERIFY(network != m_inventory.networks.cend());
    QVERIFY(network->active);
    QCOMPARE(network->forwardMode, u"nat"_s);
    const auto pool =
        std::find_if(m_inventory.storages.cbegin(), m_inventory.storages.cend(),
                     [](const StorageRecord &s) { return s.name == u"vantage-lane"_s; });
    QVERIFY(pool != m_inventory.storages.cend());
    QVERIFY(pool->active);
    QVERIFY(pool->capacityBytes > 0);
}

void tst_QemuSession::metricsCountersGrow()
{
    QVERIFY(!m_guestRef.isEmpty());
    const auto sampleOfGuest = [&](MetricCounters *out) {
        QList<MetricCounters> samples;
        ProviderError error;
        if (!m_session->collectMetrics(&samples, &error))
            return error.toString();
        const bool hostSampled =
            std::any_of(samples.cbegin(), samples.cend(),
                        [](const MetricCounters &s) { return s.kind == InventoryKind::Host; });
        if (!hostSampled)
            return u"no host sample"_s;
        for (const MetricCounters &sample : std::as_const(samples)) {
            if (sample.kind == InventoryKind::Vm && sample.emsRef == m_guestRef) {
                *out = sample;
                return QString();
            }
        }
        return u"no sample of the guest"_s;
    };
    MetricCounters first;
    QString failure = sampleOfGuest(&first);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // The guest pings its gateway and writes its disk every 5 s; the balloon reports every 5 s.
    QTest::qWait(11000);
    MetricCounters second;
    failure = sampleOfGuest(&second);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    QCOMPARE(second.vcpus, 1);
    const double seconds = (second.timestampMs - first.timestampMs) / 1000.0;
    QVERIFY(seconds > 5);
    QVERIFY(first.cpuTimeNs > 0);
    QVERIFY(second.cpuTimeNs > first.cpuTimeNs);
    const double cpuPercent = (second.cpuTimeNs - first.cpuTimeNs) / (seconds * 1e9) * 100;
    QVERIFY2(cpuPercent > 0 && cpuPercent <= 100, qPrintable(QString::number(cpuPercent)));
    QVERIFY(second.memoryTotalBytes > 0 && second.memoryTotalBytes <= guestMemoryBytes);
    QVERIFY(second.memoryUsedBytes > 0 && second.memoryUsedBytes < second.memoryTotalBytes);
    QVERIFY2(second.diskWriteBytes > first.diskWriteBytes,
             qPrintable(u"%1 -> %2"_s.arg(first.diskWriteBytes).arg(second.diskWriteBytes)));
    QVERIFY(second.diskWriteOps > first.diskWriteOps);
    QVERIFY(second.diskReadBytes > 0 && second.diskReadOps > 0);
    QVERIFY2(second.netTxBytes > first.netTxBytes,
             qPrintable(u"%1 -> %2"_s.arg(first.netTxBytes).arg(second.netTxBytes)));
    QVERIFY(second.netRxBytes > first.netRxBytes);
    // Sane rates, not exact ones: an idle tiny guest moves kilobytes, not gigabytes.
    QVERIFY((second.netTxBytes - first.netTxBytes) / seconds < 10e6);
    QVERIFY((second.diskWriteBytes - first.diskWriteBytes) / seconds < 50e6);
}

void tst_QemuSession::suspendAndResume()
{
    ProviderError error;
    QVERIFY2(m_session->powerOperation(m_guestRef, PowerOperation::Suspend, &error),
             qPrintable(error.toString()));
    QCOMPARE(stateOf(m_guest), int(VIR_DOMAIN_PAUSED));
    QVERIFY2(m_session->powerOperation(m_guestRef, PowerOperation::Resume, &error),
             qPrintable(error.toString()));
    QCOMPARE(stateOf(m_guest), int(VIR_DOMAIN_RUNNING));
}

void tst_QemuSession::rebootBootsTheGuestAgain()
{
    QCOMPARE(QemuLane::readyCount(m_guest), 1);
    ProviderError error;
    QVERIFY2(m_session->powerOperation(m_guestRef, PowerOperation::Reboot, &error),
             qPrintable(error.toString()));
    // The guest powers itself down on the ACPI button; QEMU keeps running and boots it again.
    QString failure;
    QVERIFY2(QemuLane::waitForReady(m_guest, 2, bootTimeoutMs, &failure), qPrintable(failure));
    QCOMPARE(stateOf(m_guest), int(VIR_DOMAIN_RUNNING));
}

void tst_QemuSession::shutdownIsGraceful()
{
    ProviderError error;
    QVERIFY2(m_session->powerOperation(m_guestRef, PowerOperation::Shutdown, &error),
             qPrintable(error.toString()));
    QVERIFY2(waitForState(m_guest, VIR_DOMAIN_SHUTOFF), "the guest ignored the ACPI shutdown");
    virDomainPtr dom = virDomainLookupByName(m_conn, m_guest.toUtf8().constData());
    QVERIFY(dom);
    int state = 0;
    int reason = 0;
    virDomainGetState(dom, &state, &reason, 0);
    virDomainFree(dom);
    // The guest itself turned the power off; nothing pulled the plug.
    QCOMPARE(reason, int(VIR_DOMAIN_SHUTOFF_SHUTDOWN));
}

void tst_QemuSession::snapshotOfTheShutOffGuest()
{
    // The provider has no snapshot operation yet: libvirt's own, on the lane's qcow2 disk.
    QCOMPARE(stateOf(m_guest), int(VIR_DOMAIN_SHUTOFF));
    virDomainPtr dom = virDomainLookupByName(m_conn, m_guest.toUtf8().constData());
    QVERIFY(dom);
    const auto freeDomain = qScopeGuard([dom] { virDomainFree(dom); });
    virDomainSnapshotPtr snapshot = virDomainSnapshotCreateXML(
        dom, "<domainsnapshot><name>lane-before</name></domainsnapshot>", 0);
    QVERIFY2(snapshot, virGetLastErrorMessage());
    QCOMPARE(virDomainSnapshotNum(dom, 0), 1);
    QCOMPARE(virDomainSnapshotIsCurrent(snapshot, 0), 1);
    QCOMPARE(virDomainRevertToSnapshot(snapshot, 0), 0);
    QCOMPARE(stateOf(m_guest), int(VIR_DOMAIN_SHUTOFF));
    QCOMPARE(virDomainSnapshotDelete(snapshot, 0), 0);
    virDomainSnapshotFree(snapshot);
    QCOMPARE(virDomainSnapshotNum(dom, 0), 0);
}

void tst_QemuSession::smartStateReadsTheGuestDisk()
{
    QCOMPARE(stateOf(m_guest), int(VIR_DOMAIN_SHUTOFF));
    QList<DiskSource> disks;
    ProviderError error;
    QVERIFY2(m_session->diskSources(m_guestRef, &disks, &error), qPrintable(error.toString()));
    QCOMPARE(disks.size(), 1);
    QCOMPARE(disks.first().format, u"qcow2"_s);

    // The file the guest wrote at boot shows that the scan reads what the guest left on disk.
    ScanProfile profile;
    profile.name = u"lane"_s;
    profile.filePatterns = {u"/var/log/vantage-boot"_s};
    SmartStateScanner scanner(profile);
    SmartStateResult result;
    CancelFlag cancel;
    QString failure;
    QVERIFY2(scanner.scan(disks, cancel, {}, &result, &failure), qPrintable(failure));
    QCOMPARE(result.os.name, u"Vantage Lane Guest"_s);
    QCOMPARE(result.os.id, u"vantage-lane"_s);
    QCOMPARE(result.hostname, u"vantage-lane-guest"_s);
    QVERIFY(std::any_of(result.users.cbegin(), result.users.cend(),
                        [](const SmartUser &u) { return u.name == u"operator"_s; }));
    QVERIFY(std::any_of(result.packages.cbegin(), result.packages.cend(),
                        [](const SmartPackage &p) { return p.name == u"busybox-static"_s; }));
    QCOMPARE(result.files.size(), 1);
    QCOMPARE(result.files.first().path, u"/var/log/vantage-boot"_s);
    QVERIFY(result.files.first().size > 0);
}

void tst_QemuSession::cloneBoots()
{
    QCOMPARE(stateOf(m_guest), int(VIR_DOMAIN_SHUTOFF));
    const auto pool =
        std::find_if(m_inventory.storages.cbegin(), m_inventory.storages.cend(),
                     [](const StorageRecord &s) { return s.name == u"vantage-lane"_s; });
    const auto network =
        std::find_if(m_inventory.networks.cbegin(), m_inventory.networks.cend(),
                     [](const NetworkRecord &n) { return n.name == u"default"_s; });
    QVERIFY(pool != m_inventory.storages.cend() && network != m_inventory.networks.cend());

    ProvisionSpec spec;
    spec.name = m_guest + u"-clone"_s;
    spec.hostRef = m_inventory.hosts.first().emsRef;
    spec.sourceVmRef = m_guestRef;
    spec.storageRef = pool->emsRef;
    spec.networkRef = network->emsRef;
    spec.vcpus = 1;
    spec.memoryBytes = guestMemoryBytes;
    spec.start = true;
    QString cloneRef;
    ProviderError error;
    QVERIFY2(m_session->provisionVm(spec, &cloneRef, &error), qPrintable(error.toString()));
    QCOMPARE(stateOf(spec.name), int(VIR_DOMAIN_RUNNING));

    // Its own disk, and its own console log: it must not write into the source's.
    QList<DiskSource> disks;
    QVERIFY2(m_session->diskSources(cloneRef, &disks, &error), qPrintable(error.toString()));
    QCOMPARE(disks.size(), 1);
    QVERIFY2(disks.first().path.contains(spec.name), qPrintable(disks.first().path));
    QString failure;
    QVERIFY2(QemuLane::waitForReady(spec.name, 1, bootTimeoutMs, &failure), qPrintable(failure));

    QVERIFY2(m_session->powerOperation(cloneRef, PowerOperation::PowerOff, &error),
             qPrintable(error.toString()));
    QCOMPARE(stateOf(spec.name), int(VIR_DOMAIN_SHUTOFF));
    QVERIFY2(m_session->removeVm(cloneRef, true, &error), qPrintable(error.toString()));
    QCOMPARE(stateOf(spec.name), -1);
}

QTEST_GUILESS_MAIN(tst_QemuSession)
#include "tst_qemusession.moc"
