#include "providers/libvirt/libvirtprovidertype.h"
#include "providers/libvirt/libvirtrefs.h"
#include "providers/libvirt/libvirtsession.h"
#include "tests/support/testnodexml.h"

#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <libvirt/libvirt.h>

#include <cstdlib>
#include <memory>
#include <thread>

using namespace Vantage;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMiB = 1024LL * 1024;
constexpr qint64 kGiB = 1024 * kMiB;

QByteArray take(char *s)
{
    const QByteArray result(s);
    std::free(s);
    return result;
}

// What a domain's XML says, read independently of the code under test.
struct Described
{
    QString name;
    int vcpus = 0;
    qint64 memoryKiB = 0;
    qint64 maxMemoryKiB = 0;
    QStringList diskTargets; // device=disk only
    QStringList diskSources;
    QStringList cdromSources;
    QStringList macs;
    QStringList networks;
    QStringList boot;
};

Described describe(const QByteArray &xml)
{
    Described d;
    QXmlStreamReader r(xml);
    QString device;
    QString section;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isEndElement() && (r.name() == u"disk" || r.name() == u"interface")) {
            section.clear();
            continue;
        }
        if (!r.isStartElement())
            continue;
        const auto a = r.attributes();
        const QStringView n = r.name();
        if (n == u"name" && section.isEmpty() && d.name.isEmpty()) {
            d.name = r.readElementText();
        } else if (n == u"vcpu") {
            const QString current = a.value("current"_L1).toString();
            const int total = r.readElementText().toInt();
            d.vcpus = current.isEmpty() ? total : current.toInt();
        } else if (n == u"memory") {
            d.maxMemoryKiB = r.readElementText().toLongLong();
        } else if (n == u"currentMemory") {
            d.memoryKiB = r.readElementText().toLongLong();
        } else if (n == u"boot") {
            d.boot.append(a.value("dev"_L1).toString());
        } else if (n == u"disk") {
            section = u"disk"_s;
            device = a.value("device"_L1).toString();
        } else if (n == u"interface") {
            section = u"interface"_s;
        } else if (section == u"disk" && n == u"source") {
            const QString path = a.hasAttribute("file"_L1)
                                     ? a.value("file"_L1).toString()
                                     : a.value("pool"_L1) + u'/' + a.value("volume"_L1);
            (device == u"cdrom" ? d.cdromSources : d.diskSources).append(path);
        } else if (section == u"disk" && n == u"target" && device == u"disk") {
            d.diskTargets.append(a.value("dev"_L1).toString());
        } else if (section == u"interface" && n == u"mac") {
            d.macs.append(a.value("address"_L1).toString());
        } else if (section == u"interface" && n == u"source") {
            d.networks.append(a.value("network"_L1).toString());
        }
    }
    return d;
}

} // namespace

class tst_LibvirtOperations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typeHasOperations();
    void power_data();
    void power();
    void powerUnknownVm();
    void powerFromThreads();
    void provision_data();
    void provision();
    void provisionRefused_data();
    void provisionRefused();
    void provisionOnAnotherHostsRefsRefused();
    void provisionRollsBackMidway();
    void provisionCloneOfPlainFile();
    void reconfigureCpuMemory_data();
    void reconfigureCpuMemory();
    void reconfigureRefused_data();
    void reconfigureRefused();
    void reconfigureDisks();
    void reconfigureNics();
    void remove_data();
    void remove();
    void removeRefused_data();
    void removeRefused();
    void diskSources();
    void diskSourcesOfVolumeDisk();

private:
    // One session on the node file; every test gets its own, so the test driver starts afresh.
    struct Lab
    {
        std::shared_ptr<LibvirtSession> session;
        virConnectPtr conn = nullptr;
        QString hostRef;

        virDomainPtr domain(const QString &ref) const
        {
            return virDomainLookupByUUIDString(conn, ref.toLatin1().constData());
        }
        int state(const QString &ref) const
        {
            virDomainPtr dom = domain(ref);
            if (!dom)
                return -1;
            int state = -1;
            int reason = 0;
            virDomainGetState(dom, &state, &reason, 0);
            virDomainFree(dom);
            return state;
        }
        Described config(const QString &ref, unsigned int flags = VIR_DOMAIN_XML_INACTIVE) const
        {
            virDomainPtr dom = domain(ref);
            if (!dom)
                return {};
            const Described d = describe(take(virDomainGetXMLDesc(dom, flags)));
            virDomainFree(dom);
            return d;
        }
        QStringList domainNames() const
        {
            QStringList names;
            virDomainPtr *doms = nullptr;
            const int n = virConnectListAllDomains(conn, &doms, 0);
            for (int i = 0; i < n; ++i) {
                names.append(QString::fromUtf8(virDomainGetName(doms[i])));
                virDomainFree(doms[i]);
            }
            std::free(doms);
            names.sort();
            return names;
        }
        QStringList volumePaths() const
        {
            QStringList paths;
            virStorageVolPtr *vols = nullptr;
            virStoragePoolPtr *pools = nullptr;
            const int poolCount = virConnectListAllStoragePools(conn, &pools, 0);
            for (int p = 0; p < poolCount; ++p) {
                const int n = virStoragePoolListAllVolumes(pools[p], &vols, 0);
                for (int i = 0; i < n; ++i) {
                    paths.append(QString::fromUtf8(take(virStorageVolGetPath(vols[i]))));
                    virStorageVolFree(vols[i]);
                }
                std::free(vols);
                virStoragePoolFree(pools[p]);
            }
            std::free(pools);
            paths.sort();
            return paths;
        }
        bool volumeExists(const QString &path) const
        {
            virStorageVolPtr vol = virStorageVolLookupByPath(conn, path.toUtf8().constData());
            if (vol)
                virStorageVolFree(vol);
            return vol != nullptr;
        }
    };

    Lab open(const QStringList &extraUris = {}) const;
    QString vmRef(int index) const { return m_model.domains[index].uuid; }
    // The first generated domain in this virDomainState (see TestNodeXml's rotation).
    int domainIn(int runState, int minVcpus = 1) const;
    QString poolRef(int pool) const;
    QString networkRef(int network) const;
    QString volumeRef(int pool, int volume) const;

    QTemporaryDir m_dir;
    TestNodeSpec m_spec;
    TestNodeModel m_model;
    QString m_uri;
    QString m_otherUri;
    TestNodeModel m_otherModel;
};

void tst_LibvirtOperations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_spec.hostName = u"ops"_s;
    m_spec.domains = 24;
    m_spec.networks = 2;
    m_spec.pools = 2;
    m_spec.volumesPerPool = 4;
    m_spec.seed = 7;
    m_model = TestNodeXml::model(m_spec);
    QString error;
    const QString path = m_dir.filePath(u"ops.xml"_s);
    QVERIFY2(TestNodeXml::writeFile(path, m_spec, &error), qPrintable(error));
    m_uri = TestNodeXml::uriForFile(path);

    TestNodeSpec other;
    other.hostName = u"other"_s;
    other.domains = 2;
    other.seed = 8;
    m_otherModel = TestNodeXml::model(other);
    const QString otherPath = m_dir.filePath(u"other.xml"_s);
    QVERIFY2(TestNodeXml::writeFile(otherPath, other, &error), qPrintable(error));
    m_otherUri = TestNodeXml::uriForFile(otherPath);
}

tst_LibvirtOperations::Lab tst_LibvirtOperations::open(const QStringList &extraUris) const
{
    ManagerConfig config;
    config.id = 1;
    config.providerName = u"Lab"_s;
    config.type = u"libvirt"_s;
    config.endpoints = QStringList{m_uri} + extraUris;
    ProviderError error;
    Lab lab;
    lab.session = LibvirtSession::open(config, &error);
    if (!lab.session)
        qFatal("cannot open %s: %s", qPrintable(m_uri), qPrintable(error.toString()));
    lab.conn = lab.session->connectionFor(m_uri);
    lab.hostRef = m_model.hostUuid;
    return lab;
}

int tst_LibvirtOperations::domainIn(int runState, int minVcpus) const
{
    // Only domains whose disk is a pool volume (the first pools × volumesPerPool).
    for (int i = 0; i < m_spec.pools * m_spec.volumesPerPool; ++i) {
        if (m_model.domains[i].runState == runState && m_model.domains[i].vcpus >= minVcpus)
            return i;
    }
    for (int i = 0; i < m_model.domains.size(); ++i) {
        if (m_model.domains[i].runState == runState && m_model.domains[i].vcpus >= minVcpus)
            return i;
    }
    qFatal("no generated domain in state %d", runState);
}

QString tst_LibvirtOperations::poolRef(int pool) const
{
    const TestNodePool &p = m_model.pools[pool];
    return LibvirtRefs::pool(m_model.hostUuid, p.uuid, p.name);
}

QString tst_LibvirtOperations::networkRef(int network) const
{
    const TestNodeNetwork &n = m_model.networks[network];
    return LibvirtRefs::network(m_model.hostUuid, n.uuid, n.name);
}

QString tst_LibvirtOperations::volumeRef(int pool, int volume) const
{
    return LibvirtRefs::volume(poolRef(pool), m_model.pools[pool].volumes[volume].name);
}

void tst_LibvirtOperations::typeHasOperations()
{
    QVERIFY(LibvirtProviderType().hasOperations());
}

void tst_LibvirtOperations::power_data()
{
    QTest::addColumn<int>("runState"); // the VM's state before, as virDomainState
    QTest::addColumn<PowerOperation>("operation");
    QTest::addColumn<int>("expectedState"); // -1: refused, state unchanged
    QTest::addColumn<QString>("errorPart");

    const int running = VIR_DOMAIN_RUNNING;
    const int off = VIR_DOMAIN_SHUTOFF;
    const int paused = VIR_DOMAIN_PAUSED;
    QTest::newRow("start off") << off << PowerOperation::Start << running << QString();
    QTest::newRow("shutdown running") << running << PowerOperation::Shutdown << off << QString();
    QTest::newRow("power off running") << running << PowerOperation::PowerOff << off << QString();
    QTest::newRow("reboot running") << running << PowerOperation::Reboot << running << QString();
    QTest::newRow("reset running") << running << PowerOperation::Reset << running << QString();
    QTest::newRow("suspend running") << running << PowerOperation::Suspend << paused << QString();
    QTest::newRow("resume paused") << paused << PowerOperation::Resume << running << QString();
    QTest::newRow("power off paused") << paused << PowerOperation::PowerOff << off << QString();
    QTest::newRow("power off shutting down")
        << int(VIR_DOMAIN_SHUTDOWN) << PowerOperation::PowerOff << off << QString();
    QTest::newRow("start crashed")
        << int(VIR_DOMAIN_CRASHED) << PowerOperation::Start << running << QString();
    QTest::newRow("shutdown blocked")
        << int(VIR_DOMAIN_BLOCKED) << PowerOperation::Shutdown << off << QString();
    // The test driver cannot wake a guest from its own sleep: libvirt's reason is passed on.
    QTest::newRow("resume guest-suspended")
        << int(VIR_DOMAIN_PMSUSPENDED) << PowerOperation::Resume << -1 << u"does not offer this"_s;

    QTest::newRow("start running refused")
        << running << PowerOperation::Start << -1 << u"is running, so it cannot be started"_s;
    QTest::newRow("resume running refused")
        << running << PowerOperation::Resume << -1 << u"is running, so it cannot be resumed"_s;
    QTest::newRow("suspend off refused")
        << off << PowerOperation::Suspend << -1 << u"is shut off, so it cannot be suspended"_s;
    QTest::newRow("shutdown off refused")
        << off << PowerOperation::Shutdown << -1 << u"is shut off, so it cannot be shut down"_s;
    QTest::newRow("power off off refused")
        << off << PowerOperation::PowerOff << -1 << u"cannot be powered off"_s;
    QTest::newRow("reboot paused refused")
        << paused << PowerOperation::Reboot << -1 << u"is paused, so it cannot be rebooted"_s;
    QTest::newRow("reset off refused") << off << PowerOperation::Reset << -1 << u"reset"_s;
    QTest::newRow("start shutting down refused")
        << int(VIR_DOMAIN_SHUTDOWN) << PowerOperation::Start << -1 << u"shutting down"_s;
}

void tst_LibvirtOperations::power()
{
    QFETCH(int, runState);
    QFETCH(PowerOperation, operation);
    QFETCH(int, expectedState);
    QFETCH(QString, errorPart);

    const Lab lab = open();
    const int index = domainIn(runState);
    const QString ref = vmRef(index);
    QCOMPARE(lab.state(ref), runState);

    ProviderError error;
    const bool ok = lab.session->powerOperation(ref, operation, &error);
    if (expectedState < 0) {
        QVERIFY(!ok);
        QVERIFY2(error.toString().contains(errorPart), qPrintable(error.toString()));
        QVERIFY2(error.message.contains(m_model.domains[index].name), qPrintable(error.message));
        QCOMPARE(lab.state(ref), runState);
        return;
    }
    QVERIFY2(ok, qPrintable(error.toString()));
    QCOMPARE(lab.state(ref), expectedState);
}

void tst_LibvirtOperations::powerUnknownVm()
{
    const Lab lab = open();
    ProviderError error;
    for (const QString &ref : {u"00000000-0000-4000-8000-000000000000"_s, u"not-a-uuid"_s}) {
        QVERIFY(!lab.session->powerOperation(ref, PowerOperation::Start, &error));
        QVERIFY2(error.message.contains(u"was not found on any host"_s), qPrintable(error.message));
        QVERIFY(error.hint.contains(u"refresh"_s));
    }
}

void tst_LibvirtOperations::powerFromThreads()
{
    // Several workers at once, each cycling its own VM, and two fighting over one more: every
    // call either works or is refused for the state the other left, never anything else.
    const Lab lab = open();
    QList<QString> own;
    for (int i = 0; i < m_model.domains.size() && own.size() < 3; ++i) {
        if (m_model.domains[i].runState == VIR_DOMAIN_SHUTOFF)
            own.append(vmRef(i));
    }
    QCOMPARE(own.size(), 3);
    const QString shared = vmRef(domainIn(VIR_DOMAIN_RUNNING));
    std::atomic_int failures = 0;
    std::atomic_int sharedDone = 0;
    std::vector<std::thread> threads;
    for (const QString &ref : own) {
        threads.emplace_back([&, ref] {
            ProviderError error;
            for (int round = 0; round < 30; ++round) {
                if (!lab.session->powerOperation(ref, PowerOperation::Start, &error) ||
                    !lab.session->powerOperation(ref, PowerOperation::Suspend, &error) ||
                    !lab.session->powerOperation(ref, PowerOperation::Resume, &error) ||
                    !lab.session->powerOperation(ref, PowerOperation::PowerOff, &error))
                    ++failures;
            }
        });
    }
    for (PowerOperation op : {PowerOperation::Suspend, PowerOperation::Resume}) {
        threads.emplace_back([&, op] {
            ProviderError error;
            for (int round = 0; round < 50; ++round) {
                if (lab.session->powerOperation(shared, op, &error))
                    ++sharedDone;
                else if (!error.message.contains(u"so it cannot be"_s))
                    ++failures;
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QCOMPARE(failures.load(), 0);
    QVERIFY(sharedDone.load() > 0);
    for (const QString &ref : own)
        QCOMPARE(lab.state(ref), int(VIR_DOMAIN_SHUTOFF));
}

void tst_LibvirtOperations::provision_data()
{
    QTest::addColumn<QString>("source"); // clone, image, iso
    QTest::addColumn<int>("pool");       // the sources' volumes are all in pool 0
    QTest::addColumn<bool>("start");
    for (const QString &source : {u"clone"_s, u"image"_s, u"iso"_s}) {
        QTest::newRow(qPrintable(source + u" defined, same pool"_s)) << source << 0 << false;
        QTest::newRow(qPrintable(source + u" defined, other pool"_s)) << source << 1 << false;
        QTest::newRow(qPrintable(source + u" started, other pool"_s)) << source << 1 << true;
    }
}

void tst_LibvirtOperations::provision()
{
    QFETCH(QString, source);
    QFETCH(int, pool);
    QFETCH(bool, start);

    const Lab lab = open();
    const QStringList domainsBefore = lab.domainNames();
    const QStringList volumesBefore = lab.volumePaths();
    const int sourceIndex = domainIn(VIR_DOMAIN_SHUTOFF);
    const TestNodeDomain &sourceVm = m_model.domains[sourceIndex];

    ProvisionSpec spec;
    spec.name = u"web-1"_s;
    spec.hostRef = lab.hostRef;
    spec.storageRef = poolRef(pool);
    spec.networkRef = networkRef(1);
    spec.vcpus = 2;
    spec.memoryBytes = 3 * kGiB;
    spec.start = start;
    if (source == u"clone") {
        spec.sourceVmRef = vmRef(sourceIndex);
    } else {
        spec.sourceVolumeRef = volumeRef(0, 0);
        spec.sourceIsIso = source == u"iso";
        spec.diskBytes = source == u"iso" ? 20 * kGiB : 0;
    }

    QString ref;
    ProviderError error;
    QVERIFY2(lab.session->provisionVm(spec, &ref, &error), qPrintable(error.toString()));
    QCOMPARE(ref, ref.toLower());
    QCOMPARE(ref.size(), 36);
    QCOMPARE(lab.state(ref), start ? int(VIR_DOMAIN_RUNNING) : int(VIR_DOMAIN_SHUTOFF));

    const Described vm = lab.config(ref);
    QCOMPARE(vm.name, u"web-1"_s);
    QCOMPARE(vm.vcpus, 2);
    QCOMPARE(vm.memoryKiB, 3 * kGiB / 1024);
    QCOMPARE(vm.networks, QStringList{m_model.networks[1].name});
    QCOMPARE(vm.macs.size(), 1);
    QVERIFY(!vm.macs[0].isEmpty());
    QVERIFY(vm.macs[0] != sourceVm.mac);
    QCOMPARE(vm.diskTargets, QStringList{u"vda"_s});
    QCOMPARE(vm.diskSources.size(), 1);
    const QString newDisk = vm.diskSources[0];
    QVERIFY2(newDisk.startsWith(m_model.pools[pool].path + u"/web-1-vda."_s), qPrintable(newDisk));
    QVERIFY(lab.volumeExists(newDisk));
    QStringList expectedVolumes = volumesBefore + QStringList{newDisk};
    expectedVolumes.sort();
    QCOMPARE(lab.volumePaths(), expectedVolumes);
    QStringList expectedDomains = domainsBefore + QStringList{u"web-1"_s};
    expectedDomains.sort();
    QCOMPARE(lab.domainNames(), expectedDomains);

    virStorageVolPtr vol = virStorageVolLookupByPath(lab.conn, newDisk.toUtf8().constData());
    virStorageVolInfo info{};
    QCOMPARE(virStorageVolGetInfo(vol, &info), 0);
    virStorageVolFree(vol);
    if (source == u"iso") {
        QCOMPARE(qint64(info.capacity), 20 * kGiB);
        QCOMPARE(vm.cdromSources, QStringList{m_model.pools[0].volumes[0].path});
        QCOMPARE(vm.boot, (QStringList{u"cdrom"_s, u"hd"_s}));
    } else if (source == u"image") {
        QCOMPARE(qint64(info.capacity), m_model.pools[0].volumes[0].capacityBytes);
        QVERIFY(vm.cdromSources.isEmpty());
    } else {
        QCOMPARE(qint64(info.capacity), sourceVm.diskCapacityBytes);
        QVERIFY(newDisk.endsWith(u'.' + sourceVm.diskFormat));
        // The source is left as it was.
        const Described original = lab.config(vmRef(sourceIndex));
        QCOMPARE(original.diskSources, QStringList{sourceVm.diskPath});
        QCOMPARE(original.macs, QStringList{sourceVm.mac});
        QCOMPARE(lab.state(vmRef(sourceIndex)), int(VIR_DOMAIN_SHUTOFF));
    }
}

void tst_LibvirtOperations::provisionRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("name clash") << u"name clash"_s << u"already exists on host"_s;
    QTest::newRow("empty name") << u"empty name"_s << u"cannot be a VM name"_s;
    QTest::newRow("slash in name") << u"slash in name"_s << u"cannot be a VM name"_s;
    QTest::newRow("unknown host") << u"unknown host"_s << u"is not part of this provider"_s;
    QTest::newRow("unknown pool") << u"unknown pool"_s << u"was not found on host"_s;
    QTest::newRow("malformed pool ref") << u"malformed pool ref"_s << u"is not a storage pool"_s;
    QTest::newRow("unknown network") << u"unknown network"_s << u"was not found on host"_s;
    QTest::newRow("malformed network ref") << u"malformed network ref"_s << u"is not a network"_s;
    QTest::newRow("unknown image") << u"unknown image"_s << u"was not found in storage pool"_s;
    QTest::newRow("clone of unknown VM")
        << u"clone of unknown VM"_s << u"was not found on any host"_s;
    QTest::newRow("clone source running")
        << u"clone source running"_s << u"is running; shut it down before cloning it"_s;
    QTest::newRow("two sources") << u"two sources"_s << u"needs exactly one source"_s;
    QTest::newRow("no source") << u"no source"_s << u"needs exactly one source"_s;
    QTest::newRow("disk larger than pool") << u"disk larger than pool"_s << u"does not fit"_s;
    QTest::newRow("disk smaller than image")
        << u"disk smaller than image"_s << u"cannot be smaller than its image"_s;
    QTest::newRow("iso without disk size") << u"iso without disk size"_s << u"size of its disk"_s;
    QTest::newRow("too many vcpus") << u"too many vcpus"_s << u"at most 32"_s;
    QTest::newRow("no vcpus") << u"no vcpus"_s << u"at least one vCPU"_s;
    QTest::newRow("too much memory") << u"too much memory"_s << u"of memory: host"_s;
    QTest::newRow("no memory") << u"no memory"_s << u"needs an amount of memory"_s;
    QTest::newRow("clone without pool") << u"clone without pool"_s << u"no storage pool"_s;
}

void tst_LibvirtOperations::provisionRefused()
{
    QFETCH(QString, change);
    QFETCH(QString, errorPart);

    const Lab lab = open();
    const QStringList domainsBefore = lab.domainNames();
    const QStringList volumesBefore = lab.volumePaths();

    ProvisionSpec spec;
    spec.name = u"db-1"_s;
    spec.hostRef = lab.hostRef;
    spec.storageRef = poolRef(1);
    spec.networkRef = networkRef(0);
    spec.sourceVolumeRef = volumeRef(0, 1);
    spec.memoryBytes = 2 * kGiB;
    spec.start = true;
    const bool clone = change.startsWith(u"clone"_s);
    if (clone) {
        spec.sourceVolumeRef.clear();
        spec.sourceVmRef = vmRef(domainIn(VIR_DOMAIN_SHUTOFF));
    }

    if (change == u"name clash")
        spec.name = m_model.domains[3].name;
    else if (change == u"empty name")
        spec.name = u" "_s;
    else if (change == u"slash in name")
        spec.name = u"a/b"_s;
    else if (change == u"unknown host")
        spec.hostRef = u"99999999-0000-4000-8000-000000000000"_s;
    else if (change == u"unknown pool")
        spec.storageRef =
            LibvirtRefs::pool(lab.hostRef, u"99999999-0000-4000-8000-0000000000aa"_s, QString());
    else if (change == u"malformed pool ref")
        spec.storageRef = u"pool-1"_s;
    else if (change == u"unknown network")
        spec.networkRef = LibvirtRefs::network(lab.hostRef, QString(), u"nowhere"_s);
    else if (change == u"malformed network ref")
        spec.networkRef = lab.hostRef + u"/net"_s;
    else if (change == u"unknown image")
        spec.sourceVolumeRef = LibvirtRefs::volume(poolRef(0), u"missing.qcow2"_s);
    else if (change == u"clone of unknown VM")
        spec.sourceVmRef = u"99999999-0000-4000-8000-0000000000bb"_s;
    else if (change == u"clone source running")
        spec.sourceVmRef = vmRef(domainIn(VIR_DOMAIN_RUNNING));
    else if (change == u"two sources")
        spec.sourceVmRef = vmRef(domainIn(VIR_DOMAIN_SHUTOFF));
    else if (change == u"no source")
        spec.sourceVolumeRef.clear();
    else if (change == u"disk larger than pool")
        spec.diskBytes = 200 * kGiB;
    else if (change == u"disk smaller than image")
        spec.diskBytes = kGiB;
    else if (change == u"iso without disk size")
        spec.sourceIsIso = true;
    else if (change == u"too many vcpus")
        spec.vcpus = 64;
    else if (change == u"no vcpus")
        spec.vcpus = 0;
    else if (change == u"too much memory")
        spec.memoryBytes = 512 * kGiB;
    else if (change == u"no memory")
        spec.memoryBytes = 0;
    else if (change == u"clone without pool")
        spec.storageRef.clear();
    else
        QFAIL("unknown change");

    QString ref;
    ProviderError error;
    QVERIFY(!lab.session->provisionVm(spec, &ref, &error));
    QVERIFY2(error.message.contains(errorPart), qPrintable(error.toString()));
    QVERIFY(!error.hint.isEmpty());
    QVERIFY(ref.isEmpty());
    QCOMPARE(lab.domainNames(), domainsBefore);
    QCOMPARE(lab.volumePaths(), volumesBefore);
}

void tst_LibvirtOperations::provisionOnAnotherHostsRefsRefused()
{
    const Lab lab = open({m_otherUri});
    const QString otherHost = m_otherModel.hostUuid;
    const TestNodePool &otherPool = m_otherModel.pools[0];
    const TestNodeNetwork &otherNet = m_otherModel.networks[0];

    ProvisionSpec spec;
    spec.name = u"x-1"_s;
    spec.hostRef = lab.hostRef;
    spec.storageRef = LibvirtRefs::pool(otherHost, otherPool.uuid, otherPool.name);
    spec.sourceVolumeRef = volumeRef(0, 0);
    spec.memoryBytes = kGiB;
    QString ref;
    ProviderError error;
    QVERIFY(!lab.session->provisionVm(spec, &ref, &error));
    QVERIFY2(error.message.contains(u"is on host other"_s), qPrintable(error.message));

    spec.storageRef = poolRef(0);
    spec.networkRef = LibvirtRefs::network(otherHost, otherNet.uuid, otherNet.name);
    QVERIFY(!lab.session->provisionVm(spec, &ref, &error));
    QVERIFY2(error.message.contains(u"is on host other"_s), qPrintable(error.message));

    // A clone stays on its source's host.
    spec.networkRef.clear();
    spec.sourceVolumeRef.clear();
    spec.hostRef = otherHost;
    spec.storageRef = LibvirtRefs::pool(otherHost, otherPool.uuid, otherPool.name);
    spec.sourceVmRef = vmRef(domainIn(VIR_DOMAIN_SHUTOFF));
    QVERIFY(!lab.session->provisionVm(spec, &ref, &error));
    QVERIFY2(error.message.contains(u"a clone is made on the same host"_s),
             qPrintable(error.message));
}

void tst_LibvirtOperations::provisionRollsBackMidway()
{
    // A source with two disks in pool 1: the first copies, the second cannot fit any more, so
    // the clone fails after it made a volume. Nothing of it may stay.
    const Lab lab = open();
    virStoragePoolPtr pool =
        virStoragePoolLookupByName(lab.conn, m_model.pools[1].name.toUtf8().constData());
    QVERIFY(pool);
    virStoragePoolInfo info{};
    QCOMPARE(virStoragePoolGetInfo(pool, &info), 0);
    const qint64 fill = (qint64(info.available) - 64 * 1024 * 1024) & ~qint64(4095);
    QVERIFY(fill > kGiB);
    auto makeVolume = [&](const char *name, qint64 capacity, qint64 allocation) {
        const QByteArray xml = "<volume><name>" + QByteArray(name) +
                               "</name><capacity unit='bytes'>" + QByteArray::number(capacity) +
                               "</capacity><allocation unit='bytes'>" +
                               QByteArray::number(allocation) +
                               "</allocation><target><format type='raw'/></target></volume>";
        virStorageVolPtr vol = virStorageVolCreateXML(pool, xml.constData(), 0);
        const QString path = QString::fromUtf8(take(virStorageVolGetPath(vol)));
        virStorageVolFree(vol);
        return path;
    };
    const QString small = makeVolume("small.img", kGiB, 0);
    const QString large = makeVolume("large.img", fill, fill);
    virStoragePoolFree(pool);
    const QByteArray domainXml = "<domain type='test'><name>two-disks</name>"
                                 "<memory unit='KiB'>1048576</memory><vcpu>1</vcpu>"
                                 "<os><type>hvm</type></os><devices>"
                                 "<disk type='file' device='disk'><driver name='qemu' type='raw'/>"
                                 "<source file='" +
                                 small.toUtf8() +
                                 "'/><target dev='vda' bus='virtio'/></disk>"
                                 "<disk type='file' device='disk'><driver name='qemu' type='raw'/>"
                                 "<source file='" +
                                 large.toUtf8() +
                                 "'/><target dev='vdb' bus='virtio'/></disk>"
                                 "</devices></domain>";
    virDomainPtr dom = virDomainDefineXML(lab.conn, domainXml.constData());
    QVERIFY(dom);
    char uuid[VIR_UUID_STRING_BUFLEN];
    virDomainGetUUIDString(dom, uuid);
    virDomainFree(dom);

    const QStringList domainsBefore = lab.domainNames();
    const QStringList volumesBefore = lab.volumePaths();
    ProvisionSpec spec;
    spec.name = u"copy"_s;
    spec.hostRef = lab.hostRef;
    spec.sourceVmRef = QString::fromLatin1(uuid);
    spec.storageRef = poolRef(1);
    spec.start = true;
    QString ref;
    ProviderError error;
    QVERIFY(!lab.session->provisionVm(spec, &ref, &error));
    QVERIFY2(error.message.contains(u"Could not create a disk in storage pool"_s),
             qPrintable(error.toString()));
    QVERIFY2(error.hint.contains(u"space"_s), qPrintable(error.hint));
    QCOMPARE(lab.domainNames(), domainsBefore);
    QCOMPARE(lab.volumePaths(), volumesBefore);
    QVERIFY(!lab.volumeExists(m_model.pools[1].path + u"/copy-vda.img"_s));
}

void tst_LibvirtOperations::provisionCloneOfPlainFile()
{
    // A disk that is no pool volume cannot be copied by libvirt: the clone gets a blank volume of
    // the size asked for, and without one, of the size libvirt reports for the source disk.
    const Lab lab = open();
    int index = -1;
    for (int i = m_spec.pools * m_spec.volumesPerPool; i < m_model.domains.size(); ++i) {
        if (m_model.domains[i].runState == VIR_DOMAIN_SHUTOFF) {
            index = i;
            break;
        }
    }
    QVERIFY(index >= 0);
    QVERIFY(!lab.volumeExists(m_model.domains[index].diskPath));
    const QStringList volumesBefore = lab.volumePaths();

    ProvisionSpec spec;
    spec.name = u"plain-copy"_s;
    spec.hostRef = lab.hostRef;
    spec.sourceVmRef = vmRef(index);
    spec.storageRef = poolRef(0);
    ProviderError error;
    QString ref;
    // The test driver reports 1 TiB for every disk, more than the pool holds.
    QVERIFY(!lab.session->provisionVm(spec, &ref, &error));
    QVERIFY2(error.message.contains(u"does not fit"_s), qPrintable(error.toString()));
    QCOMPARE(lab.volumePaths(), volumesBefore);

    spec.diskBytes = 6 * kGiB;
    QVERIFY2(lab.session->provisionVm(spec, &ref, &error), qPrintable(error.toString()));
    const Described vm = lab.config(ref);
    const QString disk =
        m_model.pools[0].path + u"/plain-copy-vda."_s +
        (m_model.domains[index].diskFormat == u"raw" ? u"img"_s
                                                     : m_model.domains[index].diskFormat);
    QCOMPARE(vm.diskSources, QStringList{disk});
    virStorageVolPtr vol = virStorageVolLookupByPath(lab.conn, disk.toUtf8().constData());
    QVERIFY(vol);
    virStorageVolInfo info{};
    QCOMPARE(virStorageVolGetInfo(vol, &info), 0);
    virStorageVolFree(vol);
    QCOMPARE(qint64(info.capacity), 6 * kGiB);
    QCOMPARE(qint64(info.allocation), 0);
}

void tst_LibvirtOperations::reconfigureCpuMemory_data()
{
    QTest::addColumn<int>("runState");
    QTest::addColumn<int>("minVcpus");
    QTest::addColumn<bool>("live");
    QTest::addColumn<int>("vcpus");
    QTest::addColumn<qint64>("memoryBytes");

    const int off = VIR_DOMAIN_SHUTOFF;
    const int running = VIR_DOMAIN_RUNNING;
    QTest::newRow("off: more vcpus than its maximum") << off << 1 << false << 12 << qint64(0);
    QTest::newRow("off: more memory than its maximum")
        << off << 1 << false << 0 << qint64(20 * kGiB);
    QTest::newRow("off: live asked, definition changed") << off << 1 << true << 3 << 256 * kMiB;
    QTest::newRow("running: definition only") << running << 1 << false << 16 << qint64(8 * kGiB);
    QTest::newRow("running: live fewer vcpus") << running << 2 << true << 1 << qint64(0);
    QTest::newRow("running: live less memory") << running << 1 << true << 0 << 256 * kMiB;
}

void tst_LibvirtOperations::reconfigureCpuMemory()
{
    QFETCH(int, runState);
    QFETCH(int, minVcpus);
    QFETCH(bool, live);
    QFETCH(int, vcpus);
    QFETCH(qint64, memoryBytes);

    const Lab lab = open();
    const int index = domainIn(runState, minVcpus);
    const QString ref = vmRef(index);
    const Described configBefore = lab.config(ref);
    const Described liveBefore = lab.config(ref, 0);

    ReconfigureSpec spec;
    spec.vcpus = vcpus;
    spec.memoryBytes = memoryBytes;
    spec.live = live;
    ProviderError error;
    QVERIFY2(lab.session->reconfigureVm(ref, spec, &error), qPrintable(error.toString()));

    const Described config = lab.config(ref);
    QCOMPARE(config.vcpus, vcpus > 0 ? vcpus : configBefore.vcpus);
    QCOMPARE(config.memoryKiB, memoryBytes > 0 ? memoryBytes / 1024 : configBefore.memoryKiB);
    QVERIFY(config.maxMemoryKiB >= config.memoryKiB);
    const Described now = lab.config(ref, 0);
    const bool applied = live && runState == VIR_DOMAIN_RUNNING;
    if (runState == VIR_DOMAIN_RUNNING) {
        QCOMPARE(now.vcpus, applied && vcpus > 0 ? vcpus : liveBefore.vcpus);
        QCOMPARE(now.memoryKiB,
                 applied && memoryBytes > 0 ? memoryBytes / 1024 : liveBefore.memoryKiB);
        virDomainPtr dom = lab.domain(ref);
        virDomainInfo info{};
        QCOMPARE(virDomainGetInfo(dom, &info), 0);
        virDomainFree(dom);
        QCOMPARE(int(info.nrVirtCpu), now.vcpus);
    }
}

void tst_LibvirtOperations::reconfigureRefused_data()
{
    QTest::addColumn<int>("runState");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("errorPart");

    const int off = VIR_DOMAIN_SHUTOFF;
    const int running = VIR_DOMAIN_RUNNING;
    QTest::newRow("vcpus over the hypervisor's limit") << off << u"vcpus 33"_s << u"at most 32"_s;
    QTest::newRow("memory over the host's") << off << u"memory 200G"_s << u"of memory: host"_s;
    QTest::newRow("negative vcpus") << off << u"vcpus -1"_s << u"negative"_s;
    QTest::newRow("live vcpus over the running maximum")
        << running << u"live vcpus 32"_s << u"can take at most"_s;
    QTest::newRow("live memory over the running maximum")
        << running << u"live memory 100G"_s << u"can take at most"_s;
    QTest::newRow("unknown disk") << off << u"remove disk vdq"_s << u"has no disk"_s;
    QTest::newRow("disk of another VM") << off << u"remove foreign disk"_s << u"has no disk"_s;
    QTest::newRow("unknown NIC") << off << u"remove nic"_s << u"has no network interface"_s;
    QTest::newRow("disk larger than pool") << off << u"add disk 300G"_s << u"does not fit"_s;
    QTest::newRow("disk without size") << off << u"add disk 0"_s << u"needs a size"_s;
    QTest::newRow("disk in unknown pool") << off << u"add disk nowhere"_s << u"not found"_s;
    QTest::newRow("NIC on unknown network") << off << u"add nic nowhere"_s << u"not found"_s;
    QTest::newRow("unknown VM") << off << u"unknown vm"_s << u"was not found"_s;
}

void tst_LibvirtOperations::reconfigureRefused()
{
    QFETCH(int, runState);
    QFETCH(QString, change);
    QFETCH(QString, errorPart);

    const Lab lab = open();
    const QString vm = vmRef(domainIn(runState));
    QString ref = vm;
    const QStringList volumesBefore = lab.volumePaths();
    const Described configBefore = lab.config(vm);

    ReconfigureSpec spec;
    spec.vcpus = 2; // refused changes come with a valid one, which must not happen either
    if (change == u"vcpus 33") {
        spec.vcpus = 33;
    } else if (change == u"memory 200G") {
        spec.memoryBytes = 200 * kGiB;
    } else if (change == u"vcpus -1") {
        spec.vcpus = -1;
    } else if (change == u"live vcpus 32") {
        spec.vcpus = 32;
        spec.live = true;
    } else if (change == u"live memory 100G") {
        spec.memoryBytes = 100 * kGiB;
        spec.live = true;
    } else if (change == u"remove disk vdq") {
        spec.removeDiskRefs = {LibvirtRefs::disk(ref, u"vdq"_s)};
    } else if (change == u"remove foreign disk") {
        spec.removeDiskRefs = {LibvirtRefs::disk(vmRef(0) == ref ? vmRef(1) : vmRef(0), u"vda"_s)};
    } else if (change == u"remove nic") {
        spec.removeNicRefs = {LibvirtRefs::nic(ref, u"52:54:ff:ff:ff:ff"_s)};
    } else if (change == u"add disk 300G") {
        spec.addDisks = {{poolRef(0), 300 * kGiB}};
    } else if (change == u"add disk 0") {
        spec.addDisks = {{poolRef(0), 0}};
    } else if (change == u"add disk nowhere") {
        spec.addDisks = {{LibvirtRefs::pool(lab.hostRef, QString(), u"nowhere"_s), kGiB}};
    } else if (change == u"add nic nowhere") {
        spec.addNics = {{LibvirtRefs::network(lab.hostRef, QString(), u"nowhere"_s)}};
    } else if (change == u"unknown vm") {
        ref = u"99999999-0000-4000-8000-0000000000cc"_s;
    } else {
        QFAIL("unknown change");
    }

    ProviderError error;
    QVERIFY(!lab.session->reconfigureVm(ref, spec, &error));
    QVERIFY2(error.message.contains(errorPart), qPrintable(error.toString()));
    QVERIFY(!error.hint.isEmpty());
    QCOMPARE(lab.volumePaths(), volumesBefore);
    const Described config = lab.config(vm);
    QCOMPARE(config.vcpus, configBefore.vcpus);
    QCOMPARE(config.diskTargets, configBefore.diskTargets);
    QCOMPARE(config.macs, configBefore.macs);
}

void tst_LibvirtOperations::reconfigureDisks()
{
    for (const int runState : {int(VIR_DOMAIN_SHUTOFF), int(VIR_DOMAIN_RUNNING)}) {
        const Lab lab = open();
        const int index = domainIn(runState);
        const QString ref = vmRef(index);
        const QString name = m_model.domains[index].name;

        ReconfigureSpec add;
        add.addDisks = {{poolRef(1), 5 * kGiB}, {poolRef(0), 2 * kGiB}};
        add.live = true;
        ProviderError error;
        QVERIFY2(lab.session->reconfigureVm(ref, add, &error), qPrintable(error.toString()));
        Described config = lab.config(ref);
        QCOMPARE(config.diskTargets, (QStringList{u"vda"_s, u"vdb"_s, u"vdc"_s}));
        const QString vdb = m_model.pools[1].path + u'/' + name + u"-vdb.qcow2"_s;
        const QString vdc = m_model.pools[0].path + u'/' + name + u"-vdc.qcow2"_s;
        QCOMPARE(config.diskSources.mid(1), (QStringList{vdb, vdc}));
        QVERIFY(lab.volumeExists(vdb));
        QVERIFY(lab.volumeExists(vdc));

        // A removed disk leaves the VM, not the pool.
        ReconfigureSpec remove;
        remove.removeDiskRefs = {LibvirtRefs::disk(ref, u"vda"_s),
                                 LibvirtRefs::disk(ref, u"vdc"_s)};
        QVERIFY2(lab.session->reconfigureVm(ref, remove, &error), qPrintable(error.toString()));
        config = lab.config(ref);
        QCOMPARE(config.diskTargets, QStringList{u"vdb"_s});
        QVERIFY(lab.volumeExists(vdc));
        QVERIFY(lab.volumeExists(m_model.domains[index].diskPath));

        // The freed name is the next one taken.
        ReconfigureSpec again;
        again.addDisks = {{poolRef(1), kGiB}};
        QVERIFY2(lab.session->reconfigureVm(ref, again, &error), qPrintable(error.toString()));
        // vda is still in use by the running VM until it restarts (the test driver cannot
        // detach), so a running VM gets vdc.
        const QString next = runState == VIR_DOMAIN_RUNNING ? u"vdc"_s : u"vda"_s;
        QStringList targets = lab.config(ref).diskTargets;
        targets.sort();
        QStringList expected{next, u"vdb"_s};
        expected.sort();
        QCOMPARE(targets, expected);
        QCOMPARE(lab.state(ref), runState);
    }
}

void tst_LibvirtOperations::reconfigureNics()
{
    const Lab lab = open();
    const int index = domainIn(VIR_DOMAIN_RUNNING);
    const QString ref = vmRef(index);
    const QString oldMac = m_model.domains[index].mac;

    ReconfigureSpec add;
    add.addNics = {{networkRef(1), u"e1000"_s}};
    add.live = true;
    ProviderError error;
    QVERIFY2(lab.session->reconfigureVm(ref, add, &error), qPrintable(error.toString()));
    Described config = lab.config(ref);
    QCOMPARE(config.macs.size(), 2);
    QCOMPARE(config.networks.last(), m_model.networks[1].name);
    QVERIFY(!config.macs.last().isEmpty());

    ReconfigureSpec remove;
    remove.removeNicRefs = {LibvirtRefs::nic(ref, oldMac.toUpper())};
    QVERIFY2(lab.session->reconfigureVm(ref, remove, &error), qPrintable(error.toString()));
    config = lab.config(ref);
    QCOMPARE(config.networks, QStringList{m_model.networks[1].name});
    QVERIFY(!config.macs.contains(oldMac));
}

void tst_LibvirtOperations::remove_data()
{
    QTest::addColumn<bool>("deleteStorage");
    QTest::newRow("keep disks") << false;
    QTest::newRow("delete disks") << true;
}

void tst_LibvirtOperations::remove()
{
    QFETCH(bool, deleteStorage);

    const Lab lab = open();
    // A VM made here, so it has a disk of its own and a CD-ROM that must survive.
    ProvisionSpec spec;
    spec.name = u"old-1"_s;
    spec.hostRef = lab.hostRef;
    spec.sourceVolumeRef = volumeRef(0, 2);
    spec.sourceIsIso = true;
    spec.diskBytes = 4 * kGiB;
    spec.memoryBytes = kGiB;
    spec.storageRef = poolRef(1);
    QString ref;
    ProviderError error;
    QVERIFY2(lab.session->provisionVm(spec, &ref, &error), qPrintable(error.toString()));
    const QString disk = lab.config(ref).diskSources.value(0);
    QVERIFY(lab.volumeExists(disk));

    QVERIFY2(lab.session->removeVm(ref, deleteStorage, &error), qPrintable(error.toString()));
    QCOMPARE(lab.state(ref), -1);
    QVERIFY(!lab.domainNames().contains(u"old-1"_s));
    QCOMPARE(lab.volumeExists(disk), !deleteStorage);
    QVERIFY(lab.volumeExists(m_model.pools[0].volumes[2].path));

    // A generated VM whose disk is a pool volume.
    const int index = domainIn(VIR_DOMAIN_SHUTOFF);
    QVERIFY2(lab.session->removeVm(vmRef(index), deleteStorage, &error),
             qPrintable(error.toString()));
    QCOMPARE(lab.state(vmRef(index)), -1);
    QCOMPARE(lab.volumeExists(m_model.domains[index].diskPath), !deleteStorage);
}

void tst_LibvirtOperations::removeRefused_data()
{
    QTest::addColumn<int>("runState");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("running") << int(VIR_DOMAIN_RUNNING)
                             << u"is running; shut it down before removing it"_s;
    QTest::newRow("paused") << int(VIR_DOMAIN_PAUSED) << u"is paused; shut it down"_s;
    QTest::newRow("unknown") << -1 << u"was not found"_s;
}

void tst_LibvirtOperations::removeRefused()
{
    QFETCH(int, runState);
    QFETCH(QString, errorPart);

    const Lab lab = open();
    const int index = runState < 0 ? -1 : domainIn(runState);
    const QString ref = index < 0 ? u"99999999-0000-4000-8000-0000000000dd"_s : vmRef(index);
    const QStringList volumesBefore = lab.volumePaths();
    ProviderError error;
    QVERIFY(!lab.session->removeVm(ref, true, &error));
    QVERIFY2(error.message.contains(errorPart), qPrintable(error.toString()));
    if (index >= 0) {
        QVERIFY(error.message.contains(m_model.domains[index].name));
        QCOMPARE(lab.state(ref), runState);
    }
    QCOMPARE(lab.volumePaths(), volumesBefore);
}

void tst_LibvirtOperations::diskSources()
{
    const Lab lab = open();
    const int index = domainIn(VIR_DOMAIN_RUNNING);
    const TestNodeDomain &d = m_model.domains[index];
    QList<DiskSource> sources;
    ProviderError error;
    QVERIFY2(lab.session->diskSources(vmRef(index), &sources, &error),
             qPrintable(error.toString()));
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources[0].target, u"vda"_s);
    QCOMPARE(sources[0].path, d.diskPath);
    QCOMPARE(sources[0].format, d.diskFormat);

    // The CD-ROM of an ISO installation is no disk to analyse.
    ProvisionSpec spec;
    spec.name = u"fresh"_s;
    spec.hostRef = lab.hostRef;
    spec.sourceVolumeRef = volumeRef(1, 0);
    spec.sourceIsIso = true;
    spec.diskBytes = 8 * kGiB;
    spec.memoryBytes = kGiB;
    spec.storageRef = poolRef(0);
    QString ref;
    QVERIFY2(lab.session->provisionVm(spec, &ref, &error), qPrintable(error.toString()));
    QVERIFY2(lab.session->diskSources(ref, &sources, &error), qPrintable(error.toString()));
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources[0].path, m_model.pools[0].path + u"/fresh-vda.qcow2"_s);
    QCOMPARE(sources[0].format, u"qcow2"_s);

    QVERIFY(!lab.session->diskSources(u"99999999-0000-4000-8000-0000000000ee"_s, &sources, &error));
    QVERIFY(error.message.contains(u"was not found"_s));
}

void tst_LibvirtOperations::diskSourcesOfVolumeDisk()
{
    // A disk named by pool and volume instead of a path, and a block device that is skipped.
    const Lab lab = open();
    const TestNodePool &pool = m_model.pools[1];
    const TestNodeVolume &vol = pool.volumes[1];
    const QByteArray xml = "<domain type='test'><name>by-volume</name>"
                           "<memory unit='KiB'>524288</memory><vcpu>1</vcpu>"
                           "<os><type>hvm</type></os><devices>"
                           "<disk type='volume' device='disk'><driver name='qemu' type='qcow2'/>"
                           "<source pool='" +
                           pool.name.toUtf8() + "' volume='" + vol.name.toUtf8() +
                           "'/><target dev='vda' bus='virtio'/></disk>"
                           "<disk type='block' device='disk'><source dev='/dev/sdz'/>"
                           "<target dev='vdb' bus='virtio'/></disk>"
                           "</devices></domain>";
    virDomainPtr dom = virDomainDefineXML(lab.conn, xml.constData());
    QVERIFY(dom);
    char uuid[VIR_UUID_STRING_BUFLEN];
    virDomainGetUUIDString(dom, uuid);
    virDomainFree(dom);

    QList<DiskSource> sources;
    ProviderError error;
    QVERIFY2(lab.session->diskSources(QString::fromLatin1(uuid), &sources, &error),
             qPrintable(error.toString()));
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources[0].target, u"vda"_s);
    QCOMPARE(sources[0].path, vol.path);
    QCOMPARE(sources[0].format, u"qcow2"_s);

    // Removing it with its storage deletes the volume it names.
    QVERIFY2(lab.session->removeVm(QString::fromLatin1(uuid), true, &error),
             qPrintable(error.toString()));
    QVERIFY(!lab.volumeExists(vol.path));
}

QTEST_GUILESS_MAIN(tst_LibvirtOperations)
#include "tst_libvirtoperations.moc"
