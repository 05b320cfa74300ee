// LibvirtEventHub through its public face, LibvirtSession::subscribeEvents(): events are fired
// through the session's own connection (the test driver keeps its state per connection).
#include "providers/libvirt/libvirteventloop.h"
#include "providers/libvirt/libvirtprovidertype.h"
#include "providers/libvirt/libvirtsession.h"
#include "tests/support/testnodexml.h"

#include "core/eventmapping.h"

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <atomic>
#include <optional>
#include <thread>

using namespace Vantage;

namespace {

// What a sink received, readable from the test's thread.
class EventLog
{
public:
    EventCallback sink()
    {
        return [this](const RawEvent &event) {
            QMutexLocker locker(&m_mutex);
            m_events.append(event);
            m_threads.insert(QThread::currentThread());
            m_onLoopThread = m_onLoopThread && LibvirtEventLoop::isLoopThread();
        };
    }
    QList<RawEvent> events() const
    {
        QMutexLocker locker(&m_mutex);
        return m_events;
    }
    QStringList names() const
    {
        QStringList names;
        for (const RawEvent &event : events())
            names.append(event.name);
        return names;
    }
    qsizetype size() const
    {
        QMutexLocker locker(&m_mutex);
        return m_events.size();
    }
    bool allOnLoopThread() const
    {
        QMutexLocker locker(&m_mutex);
        return m_onLoopThread;
    }
    QSet<QThread *> threads() const
    {
        QMutexLocker locker(&m_mutex);
        return m_threads;
    }

private:
    mutable QMutex m_mutex;
    QList<RawEvent> m_events;
    QSet<QThread *> m_threads;
    bool m_onLoopThread = true;
};

const ConnectionLostCallback ignoreLoss = [](const QString &) {};

QByteArray domainXml(const QString &name, const QString &uuid)
{
    return QStringLiteral("<domain type='test'><name>%1</name><uuid>%2</uuid>"
                          "<memory unit='MiB'>256</memory><vcpu>1</vcpu>"
                          "<os><type arch='x86_64'>hvm</type></os></domain>")
        .arg(name, uuid)
        .toUtf8();
}

// One step through the session's connection; false with *error when libvirt refused it.
bool perform(virConnectPtr conn, const QString &step, const QString &target,
             const QString &scratchDir, QString *error)
{
    const QByteArray name = target.toUtf8();
    auto failed = [&] {
        const virErrorPtr e = virGetLastError();
        *error = step + u": " + QString::fromUtf8(e && e->message ? e->message : "failed");
        return false;
    };
    auto withDomain = [&](auto call) {
        virDomainPtr dom = virDomainLookupByName(conn, name.constData());
        if (!dom)
            return failed();
        const int rc = call(dom);
        virDomainFree(dom);
        return rc == 0 ? true : failed();
    };
    auto withNetwork = [&](auto call) {
        virNetworkPtr net = virNetworkLookupByName(conn, name.constData());
        if (!net)
            return failed();
        const int rc = call(net);
        virNetworkFree(net);
        return rc == 0 ? true : failed();
    };
    auto withPool = [&](auto call) {
        virStoragePoolPtr pool = virStoragePoolLookupByName(conn, name.constData());
        if (!pool)
            return failed();
        const int rc = call(pool);
        virStoragePoolFree(pool);
        return rc == 0 ? true : failed();
    };
    const QByteArray savePath = (scratchDir + u'/' + target + u".save").toUtf8();

    if (step == u"suspend")
        return withDomain(virDomainSuspend);
    if (step == u"resume")
        return withDomain(virDomainResume);
    if (step == u"destroy")
        return withDomain(virDomainDestroy);
    if (step == u"create")
        return withDomain(virDomainCreate);
    if (step == u"shutdown")
        return withDomain(virDomainShutdown);
    if (step == u"reboot")
        return withDomain([](virDomainPtr d) { return virDomainReboot(d, 0); });
    if (step == u"undefine")
        return withDomain(virDomainUndefine);
    if (step == u"save")
        return withDomain([&](virDomainPtr d) { return virDomainSave(d, savePath.constData()); });
    if (step == u"restore")
        return virDomainRestore(conn, savePath.constData()) == 0 ? true : failed();
    if (step == u"redefine") {
        return withDomain([&](virDomainPtr d) {
            char *xml = virDomainGetXMLDesc(d, VIR_DOMAIN_XML_INACTIVE);
            if (!xml)
                return -1;
            virDomainPtr again = virDomainDefineXML(conn, xml);
            free(xml);
            if (!again)
                return -1;
            virDomainFree(again);
            return 0;
        });
    }
    if (step == u"define") {
        const QByteArray xml =
            domainXml(target, QStringLiteral("0f0e0d0c-0b0a-4908-8706-050403020100"));
        virDomainPtr dom = virDomainDefineXML(conn, xml.constData());
        if (!dom)
            return failed();
        virDomainFree(dom);
        return true;
    }
    if (step == u"attach" || step == u"detach") {
        const QByteArray device = "<disk type='file' device='disk'><source file='/tmp/x.img'/>"
                                  "<target dev='vdz' bus='virtio'/></disk>";
        return withDomain([&](virDomainPtr d) {
            return step == u"attach" ? virDomainAttachDevice(d, device.constData())
                                     : virDomainDetachDevice(d, device.constData());
        });
    }
    if (step == u"net-destroy")
        return withNetwork(virNetworkDestroy);
    if (step == u"net-create")
        return withNetwork(virNetworkCreate);
    if (step == u"net-undefine")
        return withNetwork(virNetworkUndefine);
    if (step == u"net-define") {
        const QByteArray xml = "<network><name>" + name +
                               "</name><uuid>1a2b3c4d-0000-4000-8000-00000000abcd</uuid>"
                               "<bridge name='virbr77'/></network>";
        virNetworkPtr net = virNetworkDefineXML(conn, xml.constData());
        if (!net)
            return failed();
        virNetworkFree(net);
        return true;
    }
    if (step == u"pool-destroy")
        return withPool(virStoragePoolDestroy);
    if (step == u"pool-create")
        return withPool([](virStoragePoolPtr p) { return virStoragePoolCreate(p, 0); });
    if (step == u"pool-undefine")
        return withPool(virStoragePoolUndefine);
    if (step == u"pool-build")
        return withPool([](virStoragePoolPtr p) { return virStoragePoolBuild(p, 0); });
    if (step == u"pool-delete")
        return withPool([](virStoragePoolPtr p) { return virStoragePoolDelete(p, 0); });
    if (step == u"pool-define") {
        const QByteArray xml = "<pool type='dir'><name>" + name +
                               "</name><uuid>5e6f7a8b-0000-4000-8000-00000000cdef</uuid>"
                               "<target><path>/var/lib/new-pool</path></target></pool>";
        virStoragePoolPtr pool = virStoragePoolDefineXML(conn, xml.constData(), 0);
        if (!pool)
            return failed();
        virStoragePoolFree(pool);
        return true;
    }
    *error = u"unknown step " + step;
    return false;
}

} // namespace

class tst_LibvirtEventHub : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void domainEvents_data();
    void domainEvents();
    void networkEvents_data();
    void networkEvents();
    void poolEvents_data();
    void poolEvents();
    void defaultDriver();
    void twoHostsNameTheirHost();
    void nothingAfterUnsubscribe();
    void unsubscribeWaitsForRunningSink();
    void noSinkCallAfterUnsubscribeUnderLoad();
    void resubscribeGoesToNewSink();
    void secondSubscriberRefused();
    void sinkMayUnsubscribe();
    void eventsArriveOnOneLoopThread();
    void sessionClosedWhileSubscribed();
    void testDriverCannotBeLost();
    void connectionForUnknownUri();

private:
    ManagerConfig config(const QStringList &uris) const;
    std::shared_ptr<LibvirtSession> open(const QStringList &uris);
    void runSteps(const QString &targetName, const QStringList &steps,
                  const QStringList &expectedNames, const QString &expectedMessage,
                  InventoryKind kind);
    void verifyMapped(const QList<RawEvent> &events);

    QTemporaryDir m_dir;
    TestNodeSpec m_specA;
    TestNodeSpec m_specB;
    TestNodeModel m_modelA;
    TestNodeModel m_modelB;
    QString m_uriA;
    QString m_uriB;
    std::optional<EventMapping> m_mapping;
};

ManagerConfig tst_LibvirtEventHub::config(const QStringList &uris) const
{
    ManagerConfig c;
    c.id = 1;
    c.providerName = QStringLiteral("Lab");
    c.type = QStringLiteral("libvirt");
    c.name = QStringLiteral("Lab KVM");
    c.endpoints = uris;
    return c;
}

std::shared_ptr<LibvirtSession> tst_LibvirtEventHub::open(const QStringList &uris)
{
    ProviderError error;
    auto session = LibvirtSession::open(config(uris), &error);
    if (!session)
        qWarning() << error.toString();
    return session;
}

void tst_LibvirtEventHub::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_specA.hostName = QStringLiteral("host-a");
    m_specA.domains = 12;
    m_specA.networks = 2;
    m_specA.pools = 2;
    m_specA.seed = 71;
    m_specB.hostName = QStringLiteral("host-b");
    m_specB.domains = 3;
    m_specB.networks = 1;
    m_specB.pools = 1;
    m_specB.seed = 72;
    m_modelA = TestNodeXml::model(m_specA);
    m_modelB = TestNodeXml::model(m_specB);
    QString error;
    const QString pathA = m_dir.filePath(QStringLiteral("host-a.xml"));
    const QString pathB = m_dir.filePath(QStringLiteral("host-b.xml"));
    QVERIFY2(TestNodeXml::writeFile(pathA, m_specA, &error), qPrintable(error));
    QVERIFY2(TestNodeXml::writeFile(pathB, m_specB, &error), qPrintable(error));
    m_uriA = TestNodeXml::uriForFile(pathA);
    m_uriB = TestNodeXml::uriForFile(pathB);
    // The generated domains' states, which the rows below rely on.
    QCOMPARE(m_modelA.domains[0].runState, 1); // running
    QCOMPARE(m_modelA.domains[1].runState, 5); // shut off
    QCOMPARE(m_modelA.domains[2].runState, 3); // paused

    m_mapping = EventMapping::fromJson(LibvirtProviderType().eventMappingJson(), &error);
    QVERIFY2(m_mapping, qPrintable(error));
}

// Every event the provider really emits is a key of its table, mapped to a generic type.
void tst_LibvirtEventHub::verifyMapped(const QList<RawEvent> &events)
{
    for (const RawEvent &event : events) {
        QVERIFY2(m_mapping->entries().contains(event.name), qPrintable(event.name));
        QVERIFY(EventType::isKnown(m_mapping->typeOf(event.name)));
        QCOMPARE(event.source, QStringLiteral("libvirt"));
        QCOMPARE(event.managerId, 0); // core fills it in
        QVERIFY(qAbs(event.timestampMs - QDateTime::currentMSecsSinceEpoch()) < 60000);
        QVERIFY(!event.message.isEmpty());
    }
}

// Opens host A, collects it, subscribes, runs the steps through the session's own connection,
// and checks the events against what the collector made of the same objects.
void tst_LibvirtEventHub::runSteps(const QString &targetName, const QStringList &steps,
                                   const QStringList &expectedNames, const QString &expectedMessage,
                                   InventoryKind kind)
{
    auto session = open({m_uriA});
    QVERIFY(session);
    InventoryCollection before;
    ProviderError error;
    QVERIFY2(session->collectInventory(&before, CancelFlag(), {}, &error),
             qPrintable(error.toString()));
    EventLog log;
    QVERIFY2(session->subscribeEvents(log.sink(), ignoreLoss, &error),
             qPrintable(error.toString()));
    for (const QString &step : steps) {
        QString failure;
        QVERIFY2(perform(session->connectionFor(m_uriA), step, targetName, m_dir.path(), &failure),
                 qPrintable(failure));
    }
    QTRY_COMPARE(log.names(), expectedNames);
    // Defining a new object: its ref is what the collector reads after the event.
    InventoryCollection after;
    QVERIFY(session->collectInventory(&after, CancelFlag(), {}, &error));
    session->unsubscribeEvents();

    auto refIn = [&](const InventoryCollection &c) {
        switch (kind) {
        case InventoryKind::Network:
            for (const NetworkRecord &n : c.networks)
                if (n.name == targetName)
                    return n.emsRef;
            break;
        case InventoryKind::Storage:
            for (const StorageRecord &s : c.storages)
                if (s.name == targetName)
                    return s.emsRef;
            break;
        default:
            for (const VmRecord &v : c.vms)
                if (v.name == targetName)
                    return v.emsRef;
            break;
        }
        return QString();
    };
    QString expectedRef = refIn(before);
    if (expectedRef.isEmpty())
        expectedRef = refIn(after);
    QVERIFY2(!expectedRef.isEmpty(), "the collector never saw the target");

    const QList<RawEvent> events = log.events();
    verifyMapped(events);
    for (const RawEvent &event : events) {
        QCOMPARE(event.targetKind, kind);
        QCOMPARE(event.targetRef, expectedRef);
        QCOMPARE(event.targetName, targetName);
        QCOMPARE(event.hostRef, before.hosts[0].emsRef);
        QCOMPARE(event.payload.value(QStringLiteral("uri")).toString(), m_uriA);
        QVERIFY(event.payload.contains(QStringLiteral("event")));
    }
    QCOMPARE(events.first().message, expectedMessage);
}

void tst_LibvirtEventHub::domainEvents_data()
{
    QTest::addColumn<int>("domain"); // index in the generated model; -1 for a new one
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("message"); // of the first event; %1 is the domain's name

    QTest::newRow("suspend running")
        << 0 << QStringList{"suspend"} << QStringList{"domain.suspended.paused"}
        << QStringLiteral("%1 suspended (paused)");
    QTest::newRow("resume paused")
        << 2 << QStringList{"resume"} << QStringList{"domain.resumed.unpaused"}
        << QStringLiteral("%1 resumed (unpaused)");
    QTest::newRow("destroy then start")
        << 0 << QStringList{"destroy", "create"}
        << QStringList{"domain.stopped.destroyed", "domain.started.booted"}
        << QStringLiteral("%1 stopped (destroyed)");
    QTest::newRow("start shut off")
        << 1 << QStringList{"create"} << QStringList{"domain.started.booted"}
        << QStringLiteral("%1 started (booted)");
    QTest::newRow("shutdown") << 0 << QStringList{"shutdown"}
                              << QStringList{"domain.stopped.shutdown"}
                              << QStringLiteral("%1 stopped (shutdown)");
    QTest::newRow("save and restore")
        << 0 << QStringList{"save", "restore"}
        << QStringList{"domain.stopped.saved", "domain.started.restored"}
        << QStringLiteral("%1 stopped (saved)");
    QTest::newRow("redefine then undefine")
        << 1 << QStringList{"redefine", "undefine"}
        << QStringList{"domain.defined.updated", "domain.undefined.removed"}
        << QStringLiteral("%1 defined (updated)");
    QTest::newRow("define new") << -1 << QStringList{"define"}
                                << QStringList{"domain.defined.added"}
                                << QStringLiteral("%1 defined (added)");
}

void tst_LibvirtEventHub::domainEvents()
{
    QFETCH(int, domain);
    QFETCH(QStringList, steps);
    QFETCH(QStringList, names);
    QFETCH(QString, message);
    const QString name = domain < 0 ? QStringLiteral("brand-new") : m_modelA.domains[domain].name;
    runSteps(name, steps, names, message.arg(name), InventoryKind::Vm);
}

void tst_LibvirtEventHub::networkEvents_data()
{
    QTest::addColumn<QString>("network"); // empty: the first generated network
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("message");

    QTest::newRow("destroy") << QString() << QStringList{"net-destroy"}
                             << QStringList{"network.stopped"}
                             << QStringLiteral("Network %1 stopped");
    QTest::newRow("destroy then create") << QString() << QStringList{"net-destroy", "net-create"}
                                         << QStringList{"network.stopped", "network.started"}
                                         << QStringLiteral("Network %1 stopped");
    QTest::newRow("destroy then undefine")
        << QString() << QStringList{"net-destroy", "net-undefine"}
        << QStringList{"network.stopped", "network.undefined"}
        << QStringLiteral("Network %1 stopped");
    QTest::newRow("define new") << QStringLiteral("lab-net") << QStringList{"net-define"}
                                << QStringList{"network.defined"}
                                << QStringLiteral("Network %1 defined");
}

void tst_LibvirtEventHub::networkEvents()
{
    QFETCH(QString, network);
    QFETCH(QStringList, steps);
    QFETCH(QStringList, names);
    QFETCH(QString, message);
    if (network.isEmpty())
        network = m_modelA.networks[0].name;
    runSteps(network, steps, names, message.arg(network), InventoryKind::Network);
}

void tst_LibvirtEventHub::poolEvents_data()
{
    QTest::addColumn<QString>("pool"); // empty: the first generated pool
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("message");

    QTest::newRow("destroy") << QString() << QStringList{"pool-destroy"}
                             << QStringList{"pool.stopped"}
                             << QStringLiteral("Storage pool %1 stopped");
    QTest::newRow("destroy then create")
        << QString() << QStringList{"pool-destroy", "pool-create"}
        << QStringList{"pool.stopped", "pool.started"} << QStringLiteral("Storage pool %1 stopped");
    QTest::newRow("build and delete storage")
        << QString() << QStringList{"pool-destroy", "pool-build", "pool-delete"}
        << QStringList{"pool.stopped", "pool.created", "pool.deleted"}
        << QStringLiteral("Storage pool %1 stopped");
    QTest::newRow("destroy then undefine")
        << QString() << QStringList{"pool-destroy", "pool-undefine"}
        << QStringList{"pool.stopped", "pool.undefined"}
        << QStringLiteral("Storage pool %1 stopped");
    QTest::newRow("define new") << QStringLiteral("lab-pool") << QStringList{"pool-define"}
                                << QStringList{"pool.defined"}
                                << QStringLiteral("Storage pool %1 defined");
}

void tst_LibvirtEventHub::poolEvents()
{
    QFETCH(QString, pool);
    QFETCH(QStringList, steps);
    QFETCH(QStringList, names);
    QFETCH(QString, message);
    if (pool.isEmpty())
        pool = m_modelA.pools[0].name;
    runSteps(pool, steps, names, message.arg(pool), InventoryKind::Storage);
}

void tst_LibvirtEventHub::defaultDriver()
{
    const QString uri = QStringLiteral("test:///default");
    auto session = open({uri});
    QVERIFY(session);
    InventoryCollection c;
    QVERIFY(session->collectInventory(&c, CancelFlag(), {}, nullptr));
    QCOMPARE(c.vms.size(), 1);
    EventLog log;
    ProviderError error;
    QVERIFY(session->subscribeEvents(log.sink(), ignoreLoss, &error));
    QString failure;
    QVERIFY2(perform(session->connectionFor(uri), QStringLiteral("suspend"), c.vms[0].name,
                     m_dir.path(), &failure),
             qPrintable(failure));
    QVERIFY2(perform(session->connectionFor(uri), QStringLiteral("net-destroy"), c.networks[0].name,
                     m_dir.path(), &failure),
             qPrintable(failure));
    QVERIFY2(perform(session->connectionFor(uri), QStringLiteral("pool-destroy"),
                     c.storages[0].name, m_dir.path(), &failure),
             qPrintable(failure));
    QTRY_COMPARE(log.size(), 3);
    session->unsubscribeEvents();

    const QList<RawEvent> events = log.events();
    verifyMapped(events);
    QCOMPARE(events[0].name, QStringLiteral("domain.suspended.paused"));
    QCOMPARE(events[0].targetRef, c.vms[0].emsRef);
    QCOMPARE(events[0].message, QStringLiteral("test suspended (paused)"));
    QCOMPARE(events[1].name, QStringLiteral("network.stopped"));
    QCOMPARE(events[1].targetKind, InventoryKind::Network);
    QCOMPARE(events[1].targetRef, c.networks[0].emsRef);
    QCOMPARE(events[1].message, QStringLiteral("Network default stopped"));
    QCOMPARE(events[2].name, QStringLiteral("pool.stopped"));
    QCOMPARE(events[2].targetKind, InventoryKind::Storage);
    QCOMPARE(events[2].targetRef, c.storages[0].emsRef);
    QCOMPARE(events[2].message, QStringLiteral("Storage pool default-pool stopped"));
    for (const RawEvent &event : events)
        QCOMPARE(event.hostRef, QStringLiteral("11111111-2222-3333-4444-555555555555"));
}

void tst_LibvirtEventHub::twoHostsNameTheirHost()
{
    auto session = open({m_uriA, m_uriB});
    QVERIFY(session);
    InventoryCollection c;
    QVERIFY(session->collectInventory(&c, CancelFlag(), {}, nullptr));
    QCOMPARE(c.hosts.size(), 2);
    EventLog log;
    QVERIFY(session->subscribeEvents(log.sink(), ignoreLoss, nullptr));
    QString failure;
    QVERIFY(perform(session->connectionFor(m_uriB), QStringLiteral("suspend"),
                    m_modelB.domains[0].name, m_dir.path(), &failure));
    QVERIFY(perform(session->connectionFor(m_uriA), QStringLiteral("suspend"),
                    m_modelA.domains[0].name, m_dir.path(), &failure));
    QTRY_COMPARE(log.size(), 2);
    session->unsubscribeEvents();
    // Each connection flushes its own queue: the order between hosts is not defined.
    QHash<QString, RawEvent> byName;
    for (const RawEvent &event : log.events())
        byName.insert(event.targetName, event);
    const RawEvent onB = byName.value(m_modelB.domains[0].name);
    const RawEvent onA = byName.value(m_modelA.domains[0].name);
    QCOMPARE(onB.hostRef, c.hosts[1].emsRef);
    QCOMPARE(onB.payload.value(QStringLiteral("uri")).toString(), m_uriB);
    QCOMPARE(onA.hostRef, c.hosts[0].emsRef);
    QCOMPARE(onA.payload.value(QStringLiteral("uri")).toString(), m_uriA);
    QVERIFY(c.hosts[0].emsRef != c.hosts[1].emsRef);
}

void tst_LibvirtEventHub::nothingAfterUnsubscribe()
{
    auto session = open({m_uriA});
    QVERIFY(session);
    EventLog log;
    QVERIFY(session->subscribeEvents(log.sink(), ignoreLoss, nullptr));
    virConnectPtr conn = session->connectionFor(m_uriA);
    QString failure;
    const QString vm = m_modelA.domains[0].name;
    QVERIFY(perform(conn, QStringLiteral("suspend"), vm, m_dir.path(), &failure));
    QTRY_COMPARE(log.size(), 1);
    session->unsubscribeEvents();
    QVERIFY(perform(conn, QStringLiteral("resume"), vm, m_dir.path(), &failure));
    QVERIFY(perform(conn, QStringLiteral("destroy"), vm, m_dir.path(), &failure));
    QVERIFY(perform(conn, QStringLiteral("net-destroy"), m_modelA.networks[0].name, m_dir.path(),
                    &failure));
    QVERIFY(perform(conn, QStringLiteral("pool-destroy"), m_modelA.pools[0].name, m_dir.path(),
                    &failure));
    QTest::qWait(300);
    QCOMPARE(log.size(), 1);
    session->unsubscribeEvents(); // twice is fine
}

void tst_LibvirtEventHub::unsubscribeWaitsForRunningSink()
{
    auto session = open({m_uriA});
    QVERIFY(session);
    std::atomic_bool inSink = false;
    std::atomic_bool sinkDone = false;
    const EventCallback slowSink = [&](const RawEvent &) {
        inSink = true;
        QThread::msleep(300);
        sinkDone = true;
    };
    QVERIFY(session->subscribeEvents(slowSink, ignoreLoss, nullptr));
    QString failure;
    QVERIFY(perform(session->connectionFor(m_uriA), QStringLiteral("suspend"),
                    m_modelA.domains[0].name, m_dir.path(), &failure));
    QTRY_VERIFY(inSink.load());
    session->unsubscribeEvents();
    QVERIFY(sinkDone.load()); // unsubscribe returned only after the running sink finished
}

void tst_LibvirtEventHub::noSinkCallAfterUnsubscribeUnderLoad()
{
    auto session = open({m_uriA});
    QVERIFY(session);
    std::atomic_bool unsubscribed = false;
    std::atomic_int late = 0;
    std::atomic_int delivered = 0;
    const EventCallback sink = [&](const RawEvent &) {
        if (unsubscribed.load())
            ++late;
        ++delivered;
        QThread::usleep(200);
    };
    QVERIFY(session->subscribeEvents(sink, ignoreLoss, nullptr));
    virConnectPtr conn = session->connectionFor(m_uriA);
    const QByteArray vm = m_modelA.domains[0].name.toUtf8();
    std::atomic_bool stop = false;
    std::thread firing([&] {
        virDomainPtr dom = virDomainLookupByName(conn, vm.constData());
        while (!stop.load()) {
            virDomainSuspend(dom);
            virDomainResume(dom);
        }
        virDomainFree(dom);
    });
    QTRY_VERIFY(delivered.load() > 50);
    session->unsubscribeEvents();
    unsubscribed = true;
    QTest::qWait(200);
    stop = true;
    firing.join();
    QCOMPARE(late.load(), 0);
}

void tst_LibvirtEventHub::resubscribeGoesToNewSink()
{
    auto session = open({m_uriA});
    QVERIFY(session);
    EventLog first;
    EventLog second;
    QVERIFY(session->subscribeEvents(first.sink(), ignoreLoss, nullptr));
    session->unsubscribeEvents();
    QVERIFY(session->subscribeEvents(second.sink(), ignoreLoss, nullptr));
    QString failure;
    QVERIFY(perform(session->connectionFor(m_uriA), QStringLiteral("suspend"),
                    m_modelA.domains[0].name, m_dir.path(), &failure));
    QTRY_COMPARE(second.size(), 1);
    QTest::qWait(100);
    QCOMPARE(second.size(), 1); // once, not once per past subscription
    QCOMPARE(first.size(), 0);
    session->unsubscribeEvents();
}

void tst_LibvirtEventHub::secondSubscriberRefused()
{
    auto session = open({m_uriA});
    QVERIFY(session);
    EventLog log;
    QVERIFY(session->subscribeEvents(log.sink(), ignoreLoss, nullptr));
    ProviderError error;
    QVERIFY(!session->subscribeEvents(log.sink(), ignoreLoss, &error));
    QVERIFY(error.message.contains(QStringLiteral("already")));
    session->unsubscribeEvents();
}

void tst_LibvirtEventHub::sinkMayUnsubscribe()
{
    auto session = open({m_uriA});
    QVERIFY(session);
    std::atomic_int calls = 0;
    LibvirtSession *raw = session.get();
    const EventCallback sink = [&calls, raw](const RawEvent &) {
        ++calls;
        raw->unsubscribeEvents();
    };
    QVERIFY(session->subscribeEvents(sink, ignoreLoss, nullptr));
    QString failure;
    virConnectPtr conn = session->connectionFor(m_uriA);
    QVERIFY(
        perform(conn, QStringLiteral("suspend"), m_modelA.domains[0].name, m_dir.path(), &failure));
    QVERIFY(
        perform(conn, QStringLiteral("resume"), m_modelA.domains[0].name, m_dir.path(), &failure));
    QTRY_COMPARE(calls.load(), 1);
    QTest::qWait(200);
    QCOMPARE(calls.load(), 1);
    // And a new subscriber is welcome afterwards.
    EventLog log;
    QVERIFY(session->subscribeEvents(log.sink(), ignoreLoss, nullptr));
    session->unsubscribeEvents();
}

void tst_LibvirtEventHub::eventsArriveOnOneLoopThread()
{
    auto a = open({m_uriA});
    auto b = open({m_uriB});
    QVERIFY(a && b);
    EventLog log;
    EventLog logB;
    QVERIFY(a->subscribeEvents(log.sink(), ignoreLoss, nullptr));
    QVERIFY(b->subscribeEvents(logB.sink(), ignoreLoss, nullptr));
    QString failure;
    QVERIFY(perform(a->connectionFor(m_uriA), QStringLiteral("suspend"), m_modelA.domains[0].name,
                    m_dir.path(), &failure));
    QVERIFY(perform(b->connectionFor(m_uriB), QStringLiteral("suspend"), m_modelB.domains[0].name,
                    m_dir.path(), &failure));
    QTRY_COMPARE(log.size(), 1);
    QTRY_COMPARE(logB.size(), 1);
    a->unsubscribeEvents();
    b->unsubscribeEvents();
    QCOMPARE(log.threads().size(), 1);
    QVERIFY(!log.threads().contains(QThread::currentThread()));
    QCOMPARE(log.threads(), logB.threads()); // one loop for the whole process
    // Not the main thread, even though Qt's GLib dispatcher runs there (see LibvirtEventLoop).
    QVERIFY(log.allOnLoopThread());
    QVERIFY(!LibvirtEventLoop::isLoopThread());
}

void tst_LibvirtEventHub::sessionClosedWhileSubscribed()
{
    EventLog log;
    {
        auto session = open({m_uriA});
        QVERIFY(session);
        QVERIFY(session->subscribeEvents(log.sink(), ignoreLoss, nullptr));
        QString failure;
        QVERIFY(perform(session->connectionFor(m_uriA), QStringLiteral("suspend"),
                        m_modelA.domains[0].name, m_dir.path(), &failure));
        // Dropped without unsubscribing, possibly while the event is still queued.
    }
    QTest::qWait(200);
    QVERIFY(log.size() <= 1);
}

// The test driver runs in process: it has no keepalive and never closes a connection under us,
// so onLost cannot be provoked here. Subscribing still works, and the session stays alive.
void tst_LibvirtEventHub::testDriverCannotBeLost()
{
    auto session = open({m_uriA});
    QVERIFY(session);
    std::atomic_int lost = 0;
    QVERIFY(session->subscribeEvents([](const RawEvent &) {}, [&](const QString &) { ++lost; },
                                     nullptr));
    QVERIFY(session->isAlive());
    session->unsubscribeEvents();
    QCOMPARE(lost.load(), 0);
    QVERIFY(session->isAlive());
}

void tst_LibvirtEventHub::connectionForUnknownUri()
{
    auto session = open({m_uriA});
    QVERIFY(session);
    QVERIFY(session->connectionFor(m_uriA));
    QCOMPARE(session->connectionFor(u"  " + m_uriA + u' '), session->connectionFor(m_uriA));
    QVERIFY(!session->connectionFor(m_uriB));
    QVERIFY(!session->connectionFor(QString()));
}

QTEST_GUILESS_MAIN(tst_LibvirtEventHub)
#include "tst_libvirteventhub.moc"
