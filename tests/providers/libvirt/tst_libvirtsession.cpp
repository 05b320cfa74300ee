#include "providers/libvirt/libvirtsession.h"
#include "tests/support/testnodexml.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace Vantage;

class tst_LibvirtSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void collectsDefaultDriver();
    void collectsGeneratedHost();
    void collectsGeneratedDomains();
    void collectsNetworks();
    void collectsPoolsAndVolumes();
    void powerStates_data();
    void powerStates();
    void twoUrisFormOneCluster();
    void targetPresent();
    void targetAbsent();
    void targetsIgnoreNonVms();
    void cancelMidCollection();
    void cancelBeforeStart();
    void reportsProgress();
    void concurrentCollections();
    void openFails_data();
    void openFails();
    void unreachableFailsQuickly();
    void authentication_data();
    void authentication();
    void sameHostTwice();
    void demoHostsLoad();

private:
    ManagerConfig config(const QStringList &uris, const Credentials &credentials = {}) const;
    std::shared_ptr<LibvirtSession> open(const QStringList &uris);
    QString writeNode(const QString &name, const TestNodeSpec &spec);

    QTemporaryDir m_dir;
    TestNodeSpec m_specA;
    TestNodeSpec m_specB;
    TestNodeModel m_modelA;
    TestNodeModel m_modelB;
    QString m_uriA;
    QString m_uriB;
    QString m_uriBig;
    QString m_uriAuth;
};

ManagerConfig tst_LibvirtSession::config(const QStringList &uris,
                                         const Credentials &credentials) const
{
    ManagerConfig c;
    c.id = 1;
    c.providerName = QStringLiteral("Lab");
    c.type = QStringLiteral("libvirt");
    c.name = QStringLiteral("Lab KVM");
    c.endpoints = uris;
    c.credentials = credentials;
    return c;
}

std::shared_ptr<LibvirtSession> tst_LibvirtSession::open(const QStringList &uris)
{
    ProviderError error;
    auto session = LibvirtSession::open(config(uris), &error);
    if (!session)
        qWarning() << error.toString();
    return session;
}

QString tst_LibvirtSession::writeNode(const QString &name, const TestNodeSpec &spec)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".xml"));
    QString error;
    if (!TestNodeXml::writeFile(path, spec, &error))
        qFatal("cannot write %s: %s", qPrintable(path), qPrintable(error));
    return TestNodeXml::uriForFile(path);
}

void tst_LibvirtSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_specA.hostName = QStringLiteral("host-a");
    m_specA.domains = 40;
    m_specA.networks = 3;
    m_specA.pools = 2;
    m_specA.volumesPerPool = 5;
    m_specA.seed = 11;
    m_specB.hostName = QStringLiteral("host-b");
    m_specB.domains = 25;
    m_specB.networks = 2;
    m_specB.pools = 1;
    m_specB.volumesPerPool = 3;
    m_specB.seed = 22;
    m_modelA = TestNodeXml::model(m_specA);
    m_modelB = TestNodeXml::model(m_specB);
    m_uriA = writeNode(m_specA.hostName, m_specA);
    m_uriB = writeNode(m_specB.hostName, m_specB);

    TestNodeSpec big;
    big.hostName = QStringLiteral("big");
    big.domains = 1500;
    big.seed = 33;
    m_uriBig = writeNode(big.hostName, big);

    TestNodeSpec auth;
    auth.hostName = QStringLiteral("locked");
    auth.domains = 3;
    auth.seed = 44;
    auth.authUser = QStringLiteral("admin");
    auth.authPassword = QStringLiteral("s3cret");
    m_uriAuth = writeNode(auth.hostName, auth);
}

void tst_LibvirtSession::collectsDefaultDriver()
{
    auto session = open({QStringLiteral("test:///default")});
    QVERIFY(session);
    QVERIFY(session->isAlive());
    InventoryCollection c;
    ProviderError error;
    QVERIFY2(session->collectInventory(&c, CancelFlag(), {}, &error), qPrintable(error.toString()));
    QCOMPARE(c.targeted, false);
    QCOMPARE(c.clusters.size(), 1);
    QCOMPARE(c.clusters[0].emsRef, QStringLiteral("cluster"));
    QCOMPARE(c.clusters[0].name, QStringLiteral("Lab KVM"));
    QCOMPARE(c.hosts.size(), 1);
    // The test driver's "computer" node device carries the host UUID.
    QCOMPARE(c.hosts[0].emsRef, QStringLiteral("11111111-2222-3333-4444-555555555555"));
    QCOMPARE(c.hosts[0].hypervisor, QStringLiteral("TEST"));
    QCOMPARE(c.hosts[0].cpuThreads, 16);
    QCOMPARE(c.hosts[0].uri, QStringLiteral("test:///default"));
    QVERIFY(!c.hosts[0].name.isEmpty());

    QCOMPARE(c.vms.size(), 1);
    const VmRecord &vm = c.vms[0];
    QCOMPARE(vm.name, QStringLiteral("test"));
    QCOMPARE(vm.emsRef, QStringLiteral("6695eb01-f6a4-8304-79aa-97f2502e193f"));
    QCOMPARE(vm.hostRef, c.hosts[0].emsRef);
    QCOMPARE(vm.powerState, QStringLiteral("on"));
    QCOMPARE(vm.vcpus, 2);
    QCOMPARE(vm.maxMemoryBytes, 8388608LL * 1024);
    QCOMPARE(vm.memoryBytes, 2097152LL * 1024);
    QVERIFY(vm.rawDescription.startsWith(QStringLiteral("<domain type='test'")));
    QCOMPARE(c.disks.size(), 1);
    QCOMPARE(c.disks[0].source, QStringLiteral("/guest/diskimage1"));
    QCOMPARE(c.disks[0].emsRef, vm.emsRef + QStringLiteral("/vda"));
    QCOMPARE(c.nics.size(), 1);
    QCOMPARE(c.nics[0].emsRef, vm.emsRef + QStringLiteral("/aa:bb:cc:dd:ee:ff"));
    QCOMPARE(c.nics[0].source, QStringLiteral("default"));
    QCOMPARE(c.networks.size(), 1);
    QCOMPARE(c.networks[0].forwardMode, QStringLiteral("nat"));
    QCOMPARE(c.networks[0].bridge, QStringLiteral("virbr0"));
    QCOMPARE(c.storages.size(), 1);
    QCOMPARE(c.storages[0].name, QStringLiteral("default-pool"));
    QCOMPARE(c.storages[0].path, QStringLiteral("/default-pool"));
}

void tst_LibvirtSession::collectsGeneratedHost()
{
    auto session = open({m_uriA});
    QVERIFY(session);
    InventoryCollection c;
    QVERIFY(session->collectInventory(&c, CancelFlag(), {}, nullptr));
    QCOMPARE(c.hosts.size(), 1);
    const HostRecord &h = c.hosts[0];
    QCOMPARE(h.emsRef, m_modelA.hostUuid);
    QCOMPARE(h.clusterRef, QStringLiteral("cluster"));
    QCOMPARE(h.name, QStringLiteral("host-a")); // a test file's host is named after the file
    QCOMPARE(h.uri, m_uriA);
    QCOMPARE(h.cpuSockets, m_modelA.cpuSockets);
    QCOMPARE(h.cpuCores, m_modelA.cpuSockets * m_modelA.cpuCores);
    QCOMPARE(h.cpuThreads, m_modelA.cpuSockets * m_modelA.cpuCores * m_modelA.cpuThreads);
    QCOMPARE(h.cpuMhz, qint64(m_modelA.cpuMhz));
    QCOMPARE(h.memoryBytes, m_modelA.memoryKiB * 1024);
    QCOMPARE(h.powerState, QStringLiteral("on"));
    QCOMPARE(h.hypervisor, QStringLiteral("TEST"));
}

void tst_LibvirtSession::collectsGeneratedDomains()
{
    auto session = open({m_uriA});
    QVERIFY(session);
    InventoryCollection c;
    QVERIFY(session->collectInventory(&c, CancelFlag(), {}, nullptr));
    QCOMPARE(c.vms.size(), m_modelA.domains.size());
    QCOMPARE(c.disks.size(), m_modelA.domains.size());
    QCOMPARE(c.nics.size(), m_modelA.domains.size());

    QHash<QString, const VmRecord *> vms;
    for (const VmRecord &vm : c.vms)
        vms.insert(vm.emsRef, &vm);
    QHash<QString, const DiskRecord *> disks;
    for (const DiskRecord &d : c.disks)
        disks.insert(d.vmRef, &d);
    QHash<QString, const NicRecord *> nics;
    for (const NicRecord &n : c.nics)
        nics.insert(n.vmRef, &n);

    for (const TestNodeDomain &d : m_modelA.domains) {
        const VmRecord *vm = vms.value(d.uuid);
        QVERIFY2(vm, qPrintable(d.name));
        QCOMPARE(vm->name, d.name);
        QCOMPARE(vm->uuid, d.uuid);
        QCOMPARE(vm->hostRef, m_modelA.hostUuid);
        QCOMPARE(vm->powerState, d.powerState);
        QCOMPARE(vm->vcpus, d.vcpus);
        QCOMPARE(vm->maxMemoryBytes, d.memoryKiB * 1024);
        QCOMPARE(vm->memoryBytes, d.currentMemoryKiB * 1024);
        QCOMPARE(vm->osType, d.osType);
        QVERIFY(vm->rawDescription.contains(d.uuid));

        const DiskRecord *disk = disks.value(d.uuid);
        QVERIFY(disk);
        QCOMPARE(disk->emsRef, d.uuid + u'/' + d.diskTarget);
        QCOMPARE(disk->device, QStringLiteral("disk"));
        QCOMPARE(disk->target, d.diskTarget);
        QCOMPARE(disk->bus, d.diskBus);
        QCOMPARE(disk->format, d.diskFormat);
        QCOMPARE(disk->source, d.diskPath);
        QCOMPARE(disk->capacityBytes, d.diskCapacityBytes);

        const NicRecord *nic = nics.value(d.uuid);
        QVERIFY(nic);
        QCOMPARE(nic->emsRef, d.uuid + u'/' + d.mac);
        QCOMPARE(nic->mac, d.mac);
        QCOMPARE(nic->model, d.nicModel);
        QCOMPARE(nic->sourceType, d.nicSourceType);
        QCOMPARE(nic->source, d.nicSource);
    }
}

void tst_LibvirtSession::collectsNetworks()
{
    auto session = open({m_uriA});
    QVERIFY(session);
    InventoryCollection c;
    QVERIFY(session->collectInventory(&c, CancelFlag(), {}, nullptr));
    QCOMPARE(c.networks.size(), m_modelA.networks.size());
    for (const TestNodeNetwork &n : m_modelA.networks) {
        const auto it = std::find_if(c.networks.cbegin(), c.networks.cend(),
                                     [&](const NetworkRecord &r) { return r.uuid == n.uuid; });
        QVERIFY2(it != c.networks.cend(), qPrintable(n.name));
        QCOMPARE(it->name, n.name);
        QCOMPARE(it->emsRef, m_modelA.hostUuid + QStringLiteral("/network/") + n.uuid);
        QCOMPARE(it->hostRef, m_modelA.hostUuid);
        QCOMPARE(it->bridge, n.bridge);
        QCOMPARE(it->forwardMode,
                 n.forwardMode.isEmpty() ? QStringLiteral("isolated") : n.forwardMode);
        QVERIFY(it->active);
    }
}

void tst_LibvirtSession::collectsPoolsAndVolumes()
{
    auto session = open({m_uriA});
    QVERIFY(session);
    InventoryCollection c;
    QVERIFY(session->collectInventory(&c, CancelFlag(), {}, nullptr));
    QCOMPARE(c.storages.size(), m_modelA.pools.size());
    int volumes = 0;
    for (const TestNodePool &p : m_modelA.pools) {
        const auto it = std::find_if(c.storages.cbegin(), c.storages.cend(),
                                     [&](const StorageRecord &r) { return r.uuid == p.uuid; });
        QVERIFY2(it != c.storages.cend(), qPrintable(p.name));
        QCOMPARE(it->name, p.name);
        QCOMPARE(it->path, p.path);
        QCOMPARE(it->type, QStringLiteral("dir"));
        QCOMPARE(it->hostRef, m_modelA.hostUuid);
        QVERIFY(it->active);
        QVERIFY(it->capacityBytes > 0);
        QCOMPARE(it->availableBytes, it->capacityBytes - it->allocationBytes);
        for (const TestNodeVolume &v : p.volumes) {
            ++volumes;
            const auto vol = std::find_if(c.volumes.cbegin(), c.volumes.cend(),
                                          [&](const StorageVolumeRecord &r) {
                                              return r.storageRef == it->emsRef && r.name == v.name;
                                          });
            QVERIFY2(vol != c.volumes.cend(), qPrintable(v.name));
            QCOMPARE(vol->path, v.path);
            QCOMPARE(vol->capacityBytes, v.capacityBytes);
            QCOMPARE(vol->allocationBytes, v.allocationBytes);
            QCOMPARE(vol->type, QStringLiteral("file"));
            QCOMPARE(vol->emsRef, it->emsRef + u'/' + v.name);
        }
    }
    QCOMPARE(c.volumes.size(), volumes);
}

void tst_LibvirtSession::powerStates_data()
{
    // virDomainState as written in the node file -> the generic word core stores.
    QTest::addColumn<int>("runState");
    QTest::addColumn<QString>("powerState");
    QTest::newRow("running") << 1 << "on";
    QTest::newRow("blocked") << 2 << "on";
    QTest::newRow("paused") << 3 << "paused";
    QTest::newRow("shutdown") << 4 << "shutting_down";
    QTest::newRow("shutoff") << 5 << "off";
    QTest::newRow("crashed") << 6 << "crashed";
    QTest::newRow("pmsuspended") << 7 << "suspended";
}

void tst_LibvirtSession::powerStates()
{
    QFETCH(int, runState);
    QFETCH(QString, powerState);
    const auto domain =
        std::find_if(m_modelA.domains.cbegin(), m_modelA.domains.cend(),
                     [&](const TestNodeDomain &d) { return d.runState == runState; });
    QVERIFY(domain != m_modelA.domains.cend());

    auto session = open({m_uriA});
    QVERIFY(session);
    InventoryCollection c;
    QVERIFY(session->collectInventory(&c, CancelFlag(), {}, nullptr));
    const auto vm = std::find_if(c.vms.cbegin(), c.vms.cend(),
                                 [&](const VmRecord &v) { return v.emsRef == domain->uuid; });
    QVERIFY(vm != c.vms.cend());
    QCOMPARE(vm->powerState, powerState);

    // The targeted path reads the state per domain rather than in bulk: same answer.
    InventoryCollection t;
    QVERIFY(session->collectTargets({{InventoryKind::Vm, domain->uuid}}, &t, nullptr));
    QCOMPARE(t.vms.size(), 1);
    QCOMPARE(t.vms[0].powerState, powerState);
}

void tst_LibvirtSession::twoUrisFormOneCluster()
{
    auto session = open({m_uriA, m_uriB});
    QVERIFY(session);
    InventoryCollection c;
    QVERIFY(session->collectInventory(&c, CancelFlag(), {}, nullptr));
    QCOMPARE(c.clusters.size(), 1);
    QCOMPARE(c.hosts.size(), 2);
    QCOMPARE(c.hosts[0].emsRef, m_modelA.hostUuid);
    QCOMPARE(c.hosts[1].emsRef, m_modelB.hostUuid);
    for (const HostRecord &h : c.hosts)
        QCOMPARE(h.clusterRef, c.clusters[0].emsRef);
    QCOMPARE(c.vms.size(), m_modelA.domains.size() + m_modelB.domains.size());

    // Both hosts have a "default" network and pool: their ems_refs must still differ.
    auto unique = [](const QStringList &refs) {
        return QSet<QString>(refs.cbegin(), refs.cend()).size() == refs.size();
    };
    QStringList refs;
    for (const auto &r : c.hosts)
        refs << r.emsRef;
    QVERIFY(unique(refs));
    refs.clear();
    for (const auto &r : c.networks)
        refs << r.emsRef;
    QCOMPARE(refs.size(), m_modelA.networks.size() + m_modelB.networks.size());
    QVERIFY(unique(refs));
    refs.clear();
    for (const auto &r : c.storages)
        refs << r.emsRef;
    QVERIFY(unique(refs));
    refs.clear();
    for (const auto &r : c.volumes)
        refs << r.emsRef;
    QVERIFY(unique(refs));
    refs.clear();
    for (const auto &r : c.vms)
        refs << r.emsRef;
    QVERIFY(unique(refs));
    refs.clear();
    for (const auto &r : c.disks)
        refs << r.emsRef;
    QVERIFY(unique(refs));
    refs.clear();
    for (const auto &r : c.nics)
        refs << r.emsRef;
    QVERIFY(unique(refs));

    int onB = 0;
    for (const VmRecord &vm : c.vms)
        onB += vm.hostRef == m_modelB.hostUuid;
    QCOMPARE(onB, m_modelB.domains.size());
}

void tst_LibvirtSession::targetPresent()
{
    auto session = open({m_uriA, m_uriB});
    QVERIFY(session);
    const TestNodeDomain &d = m_modelB.domains[1]; // its disk is a pool volume
    const QList<InventoryTarget> targets = {{InventoryKind::Vm, d.uuid}};
    InventoryCollection c;
    ProviderError error;
    QVERIFY2(session->collectTargets(targets, &c, &error), qPrintable(error.toString()));
    QVERIFY(c.targeted);
    QCOMPARE(c.targets, targets);
    QCOMPARE(c.vms.size(), 1);
    QCOMPARE(c.vms[0].emsRef, d.uuid);
    QCOMPARE(c.vms[0].name, d.name);
    QCOMPARE(c.vms[0].hostRef, m_modelB.hostUuid);
    QCOMPARE(c.disks.size(), 1);
    QCOMPARE(c.disks[0].capacityBytes, d.diskCapacityBytes);
    QVERIFY(c.disks[0].capacityBytes > 0);
    QCOMPARE(c.nics.size(), 1);
    QCOMPARE(c.nics[0].mac, d.mac);
    QVERIFY(c.hosts.isEmpty());
    QVERIFY(c.clusters.isEmpty());
}

void tst_LibvirtSession::targetAbsent()
{
    auto session = open({m_uriA, m_uriB});
    QVERIFY(session);
    const QList<InventoryTarget> targets = {
        {InventoryKind::Vm, QStringLiteral("00000000-0000-4000-8000-000000000001")},
        {InventoryKind::Vm, QStringLiteral("not-a-uuid")},
        {InventoryKind::Vm, m_modelA.domains[0].uuid},
    };
    InventoryCollection c;
    QVERIFY(session->collectTargets(targets, &c, nullptr));
    // The absent ones stay in targets so that the persister removes them.
    QCOMPARE(c.targets, targets);
    QCOMPARE(c.vms.size(), 1);
    QCOMPARE(c.vms[0].emsRef, m_modelA.domains[0].uuid);
}

void tst_LibvirtSession::targetsIgnoreNonVms()
{
    auto session = open({m_uriA});
    QVERIFY(session);
    InventoryCollection c;
    QVERIFY(session->collectTargets({{InventoryKind::Host, m_modelA.hostUuid}}, &c, nullptr));
    QVERIFY(c.targeted);
    QVERIFY(c.targets.isEmpty());
    QVERIFY(c.vms.isEmpty());
}

void tst_LibvirtSession::cancelMidCollection()
{
    auto session = open({m_uriBig});
    QVERIFY(session);
    CancelFlag cancel;
    int lastDone = -1;
    auto progress = [&](const CollectProgress &p) {
        if (p.done > 0 && p.done < p.total) {
            lastDone = p.done;
            cancel.cancel();
        }
    };
    InventoryCollection c;
    c.vms.append(VmRecord{}); // untouched on failure
    ProviderError error;
    QVERIFY(!session->collectInventory(&c, cancel, progress, &error));
    QVERIFY(lastDone > 0);
    QCOMPARE(c.vms.size(), 1);
    QVERIFY2(error.message.contains(QStringLiteral("cancelled")), qPrintable(error.message));

    // The session stays usable afterwards.
    QVERIFY(session->collectInventory(&c, CancelFlag(), {}, nullptr));
    QCOMPARE(c.vms.size(), 1500);
}

void tst_LibvirtSession::cancelBeforeStart()
{
    auto session = open({m_uriA});
    QVERIFY(session);
    CancelFlag cancel;
    cancel.cancel();
    InventoryCollection c;
    ProviderError error;
    QVERIFY(!session->collectInventory(&c, cancel, {}, &error));
    QVERIFY(!error.message.isEmpty());
}

void tst_LibvirtSession::reportsProgress()
{
    auto session = open({m_uriBig, m_uriA});
    QVERIFY(session);
    QList<CollectProgress> seen;
    InventoryCollection c;
    QVERIFY(session->collectInventory(
        &c, CancelFlag(), [&](const CollectProgress &p) { seen.append(p); }, nullptr));
    QVERIFY(seen.size() >= 5);
    const int total = 1500 + m_specA.domains;
    QCOMPARE(seen.last().done, total);
    QCOMPARE(seen.last().total, total);
    int previous = 0;
    for (const CollectProgress &p : seen) {
        QVERIFY(p.done >= previous);
        QVERIFY(!p.stage.isEmpty());
        previous = p.done;
    }
}

void tst_LibvirtSession::concurrentCollections()
{
    auto session = open({m_uriA, m_uriB});
    QVERIFY(session);
    InventoryCollection a;
    InventoryCollection b;
    bool okA = false;
    bool okB = false;
    std::thread first([&] { okA = session->collectInventory(&a, CancelFlag(), {}, nullptr); });
    std::thread second([&] {
        okB = session->collectTargets({{InventoryKind::Vm, m_modelB.domains[1].uuid}}, &b, nullptr);
    });
    first.join();
    second.join();
    QVERIFY(okA);
    QVERIFY(okB);
    QCOMPARE(a.vms.size(), m_modelA.domains.size() + m_modelB.domains.size());
    QCOMPARE(b.vms.size(), 1);
}

void tst_LibvirtSession::openFails_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<QString>("hintPart");

    QTest::newRow("malformed test xml")
        << QStringLiteral("test://" VANTAGE_TEST_DATA "/malformed-node.xml")
        << "is not a valid libvirt node file"
        << "expected '>'";
    QTest::newRow("invalid domain in test xml")
        << QStringLiteral("test://" VANTAGE_TEST_DATA "/invalid-domain-node.xml")
        << "is not a valid libvirt node file"
        << "os <type>";
    QTest::newRow("nonexistent test file") << "test:///nonexistent/vantage/node.xml"
                                           << "does not exist"
                                           << "absolute path";
    QTest::newRow("invalid uri") << "not a uri"
                                 << "cannot be used"
                                 << "not a libvirt URI";
    QTest::newRow("unknown driver") << "foo:///system"
                                    << "cannot be used"
                                    << "not a libvirt driver";
    QTest::newRow("no endpoints") << ""
                                  << "no URI"
                                  << "qemu:///system";
}

void tst_LibvirtSession::openFails()
{
    QFETCH(QString, uri);
    QFETCH(QString, messagePart);
    QFETCH(QString, hintPart);
    ProviderError error;
    const QStringList uris = uri.isEmpty() ? QStringList() : QStringList{m_uriA, uri};
    auto session = LibvirtSession::open(config(uris), &error);
    QVERIFY(!session);
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.toString()));
    QVERIFY2(error.hint.contains(hintPart), qPrintable(error.toString()));
}

void tst_LibvirtSession::unreachableFailsQuickly()
{
    QElapsedTimer timer;
    timer.start();
    ProviderError error;
    auto session =
        LibvirtSession::open(config({QStringLiteral("qemu+tcp://127.0.0.1:1/system")}), &error);
    QVERIFY(!session);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY2(error.message.contains(QStringLiteral("Could not reach")),
             qPrintable(error.toString()));
    QVERIFY2(error.hint.contains(QStringLiteral("refused")), qPrintable(error.toString()));
}

void tst_LibvirtSession::authentication_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("opens");
    QTest::newRow("right") << "admin"
                           << "s3cret" << true;
    QTest::newRow("wrong password") << "admin"
                                    << "guess" << false;
    QTest::newRow("unknown user") << "mallory"
                                  << "s3cret" << false;
    QTest::newRow("none") << ""
                          << "" << false;
}

void tst_LibvirtSession::authentication()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(bool, opens);
    ProviderError error;
    auto session = LibvirtSession::open(config({m_uriAuth}, {user, password}), &error);
    QCOMPARE(bool(session), opens);
    if (!opens) {
        QVERIFY2(error.message.contains(QStringLiteral("Authentication")),
                 qPrintable(error.toString()));
        QVERIFY(!error.message.contains(password) || password.isEmpty());
    }
}

void tst_LibvirtSession::sameHostTwice()
{
    ProviderError error;
    auto session = LibvirtSession::open(config({m_uriA, m_uriA}), &error);
    QVERIFY(!session);
    QVERIFY2(error.message.contains(QStringLiteral("same host")), qPrintable(error.message));
}

void tst_LibvirtSession::demoHostsLoad()
{
    auto session = open({QStringLiteral("test://" VANTAGE_DEMO_DATA "/demo-host-a.xml"),
                         QStringLiteral("test://" VANTAGE_DEMO_DATA "/demo-host-b.xml")});
    QVERIFY(session);
    InventoryCollection c;
    QVERIFY(session->collectInventory(&c, CancelFlag(), {}, nullptr));
    QCOMPARE(c.hosts.size(), 2);
    QVERIFY(c.vms.size() >= 24);
    QSet<QString> states;
    for (const VmRecord &vm : c.vms)
        states.insert(vm.powerState);
    QVERIFY(states.contains(QStringLiteral("on")));
    QVERIFY(states.contains(QStringLiteral("off")));
    QVERIFY(states.contains(QStringLiteral("paused")));
    QVERIFY(c.networks.size() >= 3);
    QVERIFY(c.volumes.size() >= 4);
}

QTEST_GUILESS_MAIN(tst_LibvirtSession)
#include "tst_libvirtsession.moc"
