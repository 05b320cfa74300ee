// VsphereUpdateWatcher (through VsphereSession::watchInventory) against the vCenter simulator,
// and against a loopback server of the test's own for answers no vCenter sends.
#include "providers/vmware/vsphereclient.h"
#include "providers/vmware/vspheresession.h"
#include "providers/vmware/vsphereupdates.h"
#include "tests/vcsim/vspheretesting.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Vantage;
using namespace Vantage::Testing;

namespace {

constexpr int Timeout = 30000;

// What a watcher reported, filled from its own thread.
struct Reported
{
    mutable QMutex mutex;
    QList<QList<InventoryTarget>> batches;
    QStringList lost;

    InventoryChangeCallback onChanged()
    {
        return [this](const QList<InventoryTarget> &changed) {
            QMutexLocker locker(&mutex);
            batches.append(changed);
        };
    }
    ConnectionLostCallback onLost()
    {
        return [this](const QString &reason) {
            QMutexLocker locker(&mutex);
            lost.append(reason);
        };
    }
    QList<InventoryTarget> all() const
    {
        QMutexLocker locker(&mutex);
        QList<InventoryTarget> targets;
        for (const auto &batch : batches)
            targets += batch;
        return targets;
    }
    bool has(InventoryKind kind, const QString &ref) const
    {
        return all().contains(InventoryTarget{kind, ref});
    }
    qsizetype lostCount() const
    {
        QMutexLocker locker(&mutex);
        return lost.size();
    }
    void clear()
    {
        QMutexLocker locker(&mutex);
        batches.clear();
    }
};

// A loopback vCenter of the test's own: logs in, makes a collector, view and filter, answers the
// first WaitForUpdatesEx with firstWait and every later one with laterWait.
class FakeUpdatesServer
{
public:
    FakeUpdatesServer(QByteArray firstWait, QByteArray laterWait)
        : m_firstWait(std::move(firstWait)), m_laterWait(std::move(laterWait)),
          m_server([this](const QByteArray &request) { return answer(request); })
    {}
    QString endpoint() const { return m_server.endpoint(); }
    int destroyed() const { return m_destroyed; }

private:
    QByteArray answer(const QByteArray &request)
    {
        if (const QByteArray login = LoopbackSoapServer::loginAnswer(request); !login.isEmpty())
            return login;
        if (request.contains("<WaitForUpdatesEx"))
            return LoopbackSoapServer::http(m_waits++ == 0 ? m_firstWait : m_laterWait);
        QByteArray body = "<Response/>";
        if (request.contains("<CreatePropertyCollector")) {
            body = "<CreatePropertyCollectorResponse><returnval type=\"PropertyCollector\">pc2"
                   "</returnval></CreatePropertyCollectorResponse>";
        } else if (request.contains("<CreateContainerView")) {
            body = "<CreateContainerViewResponse><returnval type=\"ContainerView\">cv1"
                   "</returnval></CreateContainerViewResponse>";
        } else if (request.contains("<CreateFilter")) {
            body = "<CreateFilterResponse><returnval type=\"PropertyFilter\">f1</returnval>"
                   "</CreateFilterResponse>";
        } else if (request.contains("<DestroyPropertyCollector")) {
            ++m_destroyed;
            body = "<DestroyPropertyCollectorResponse/>";
        }
        return LoopbackSoapServer::http(LoopbackSoapServer::envelope(body));
    }

    QByteArray m_firstWait;
    QByteArray m_laterWait;
    int m_waits = 0;
    int m_destroyed = 0;
    // Last, so that it serves only once the answers above are in place.
    LoopbackSoapServer m_server;
};

const QByteArray FirstAnswer = LoopbackSoapServer::envelope(
    "<WaitForUpdatesExResponse xmlns=\"urn:vim25\"><returnval><version>1</version><filterSet>"
    "<filter type=\"PropertyFilter\">f1</filter><objectSet><kind>enter</kind>"
    "<obj type=\"VirtualMachine\">vm-1</obj></objectSet></filterSet></returnval>"
    "</WaitForUpdatesExResponse>");

// Opens a session to server and starts its watch, reporting to *reported, aside while this thread
// serves; false with *failure when either fails (*session stays open when only the watch did).
bool watchAside(const FakeUpdatesServer &server, Reported *reported,
                std::shared_ptr<VsphereSession> *session, ProviderError *failure)
{
    bool watching = false;
    runAside([&] {
        VsphereError error;
        *session = VsphereSession::open(vsphereConfig(server.endpoint()), &error);
        if (!*session) {
            *failure = error;
            return;
        }
        watching = (*session)->watchInventory(reported->onChanged(), reported->onLost(), failure);
    });
    return watching;
}

} // namespace

class tst_VsphereUpdates : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void powerOffReportsThatVm();
    void renameAndRemoval();
    void everyReportedKindReadsByTarget();
    void stopEndsTheWait();
    void lostWhenSimulatorKilled();
    void malformedUpdates_data();
    void malformedUpdates();
    void malformedFirstAnswer_data();
    void malformedFirstAnswer();

private:
    QStringList vms(VsphereSession &session);

    VcsimProcess m_vcsim;
};

void tst_VsphereUpdates::initTestCase()
{
    QString error;
    QVERIFY2(m_vcsim.start(clusterAndStandaloneHost(1, 2), &error), qPrintable(error));
}

QStringList tst_VsphereUpdates::vms(VsphereSession &session)
{
    InventoryCollection inventory;
    ProviderError error;
    if (!session.collectInventory(&inventory, CancelFlag(), {}, &error))
        return {};
    QStringList refs;
    for (const VmRecord &vm : std::as_const(inventory.vms)) {
        if (vm.powerState == u"on")
            refs.append(vm.emsRef);
    }
    refs.sort();
    return refs;
}

void tst_VsphereUpdates::powerOffReportsThatVm()
{
    VsphereError error;
    const auto session = VsphereSession::open(vsphereConfig(m_vcsim), &error);
    QVERIFY2(session, qPrintable(error.toString()));
    const QStringList refs = vms(*session);
    QVERIFY(refs.size() >= 2);
    const QString vm = refs.first();

    Reported reported;
    ProviderError failure;
    QVERIFY2(session->watchInventory(reported.onChanged(), reported.onLost(), &failure),
             qPrintable(failure.toString()));
    QVERIFY(runVmTask(session->client(), "PowerOffVM_Task", vm));
    QTRY_VERIFY_WITH_TIMEOUT(reported.has(InventoryKind::Vm, vm), Timeout);
    // The first answer listed everything; only the VM that changed is reported, once.
    QCOMPARE(reported.all(), (QList<InventoryTarget>{{InventoryKind::Vm, vm}}));

    reported.clear();
    QVERIFY(runVmTask(session->client(), "PowerOnVM_Task", vm));
    QTRY_VERIFY_WITH_TIMEOUT(reported.has(InventoryKind::Vm, vm), Timeout);
    session->unwatchInventory();
    QCOMPARE(reported.lostCount(), 0);
    QMutexLocker locker(&reported.mutex);
    for (const auto &batch : std::as_const(reported.batches))
        QVERIFY(!batch.isEmpty());
}

void tst_VsphereUpdates::renameAndRemoval()
{
    VsphereError error;
    const auto session = VsphereSession::open(vsphereConfig(m_vcsim), &error);
    QVERIFY2(session, qPrintable(error.toString()));
    const QStringList refs = vms(*session);
    QVERIFY(refs.size() >= 2);
    const QString renamed = refs.at(0);
    const QString removed = refs.at(1);

    Reported reported;
    ProviderError failure;
    QVERIFY2(session->watchInventory(reported.onChanged(), reported.onLost(), &failure),
             qPrintable(failure.toString()));
    QVERIFY(runVmTask(session->client(), "Rename_Task", renamed,
                      "<newName>renamed by the watch test</newName>"));
    QTRY_VERIFY_WITH_TIMEOUT(reported.has(InventoryKind::Vm, renamed), Timeout);

    // One at a time: this simulator's WaitForUpdatesEx panics when an object it was told
    // changed is gone by the time it answers.
    QVERIFY(runVmTask(session->client(), "PowerOffVM_Task", removed));
    QTRY_VERIFY_WITH_TIMEOUT(reported.has(InventoryKind::Vm, removed), Timeout);
    reported.clear();
    QVERIFY(runVmTask(session->client(), "Destroy_Task", removed));
    QTRY_VERIFY_WITH_TIMEOUT(reported.has(InventoryKind::Vm, removed), Timeout);
    // Reported gone, it reads as absent: the targeted refresh deletes it.
    InventoryCollection targeted;
    QVERIFY2(session->collectTargets({{InventoryKind::Vm, removed}, {InventoryKind::Vm, renamed}},
                                     &targeted, &failure),
             qPrintable(failure.toString()));
    QCOMPARE(targeted.vms.size(), 1);
    QCOMPARE(targeted.vms.first().emsRef, renamed);
    QCOMPARE(targeted.vms.first().name, QStringLiteral("renamed by the watch test"));
    session->unwatchInventory();
    QCOMPARE(reported.lostCount(), 0);
}

void tst_VsphereUpdates::everyReportedKindReadsByTarget()
{
    VsphereError error;
    const auto session = VsphereSession::open(vsphereConfig(m_vcsim), &error);
    QVERIFY2(session, qPrintable(error.toString()));
    InventoryCollection inventory;
    ProviderError failure;
    QVERIFY2(session->collectInventory(&inventory, CancelFlag(), {}, &failure),
             qPrintable(failure.toString()));
    // One object of each kind the watcher reports, as it names them: a target that does not
    // read back would be deleted by its targeted refresh.
    QList<InventoryTarget> targets;
    const auto add = [&](InventoryKind kind, const QString &ref) {
        if (!ref.isEmpty())
            targets.append({kind, ref});
    };
    add(InventoryKind::Vm, inventory.vms.value(0).emsRef);
    add(InventoryKind::Host, inventory.hosts.value(0).emsRef);
    add(InventoryKind::Cluster, inventory.clusters.value(0).emsRef);
    add(InventoryKind::Storage, inventory.storages.value(0).emsRef);
    for (const NetworkRecord &network : std::as_const(inventory.networks))
        add(InventoryKind::Network, network.emsRef); // networks and distributed port groups
    add(InventoryKind::Datacenter, inventory.datacenters.value(0).emsRef);
    add(InventoryKind::Folder, inventory.folders.value(0).emsRef);
    add(InventoryKind::ResourcePool, inventory.resourcePools.value(0).emsRef);
    for (const InventoryTarget &target : std::as_const(targets)) {
        InventoryCollection read;
        QVERIFY2(session->collectTargets({target}, &read, &failure),
                 qPrintable(failure.toString()));
        QStringList refs;
        for (const VmRecord &record : std::as_const(read.vms))
            refs << record.emsRef;
        for (const HostRecord &record : std::as_const(read.hosts))
            refs << record.emsRef;
        for (const ClusterRecord &record : std::as_const(read.clusters))
            refs << record.emsRef;
        for (const StorageRecord &record : std::as_const(read.storages))
            refs << record.emsRef;
        for (const NetworkRecord &record : std::as_const(read.networks))
            refs << record.emsRef;
        for (const DatacenterRecord &record : std::as_const(read.datacenters))
            refs << record.emsRef;
        for (const FolderRecord &record : std::as_const(read.folders))
            refs << record.emsRef;
        for (const ResourcePoolRecord &record : std::as_const(read.resourcePools))
            refs << record.emsRef;
        QVERIFY2(refs.contains(target.emsRef), qPrintable(target.emsRef));
    }
}

void tst_VsphereUpdates::stopEndsTheWait()
{
    VsphereError error;
    const auto session = VsphereSession::open(vsphereConfig(m_vcsim), &error);
    QVERIFY2(session, qPrintable(error.toString()));
    const QStringList refs = vms(*session);
    QVERIFY(!refs.isEmpty());
    Reported reported;
    ProviderError failure;
    QVERIFY2(session->watchInventory(reported.onChanged(), reported.onLost(), &failure),
             qPrintable(failure.toString()));
    QTest::qWait(500); // the watcher now sits in a wait on the server
    QElapsedTimer stopping;
    stopping.start();
    session->unwatchInventory();
    // Not a timing figure: without cancelling, stop() would wait for the server's wait to end.
    QVERIFY2(stopping.elapsed() < VsphereUpdateWatcher::MaxWaitSeconds * 1000,
             qPrintable(QString::number(stopping.elapsed())));
    QVERIFY(runVmTask(session->client(), "PowerOffVM_Task", refs.first()));
    QTest::qWait(VsphereUpdateWatcher::CoalesceMs + 1000);
    QVERIFY(reported.all().isEmpty());
    QCOMPARE(reported.lostCount(), 0);
    QVERIFY(runVmTask(session->client(), "PowerOnVM_Task", refs.first()));

    // Watching again starts afresh.
    QVERIFY2(session->watchInventory(reported.onChanged(), reported.onLost(), &failure),
             qPrintable(failure.toString()));
    QVERIFY(runVmTask(session->client(), "PowerOffVM_Task", refs.first()));
    QTRY_VERIFY_WITH_TIMEOUT(reported.has(InventoryKind::Vm, refs.first()), Timeout);
    QVERIFY(runVmTask(session->client(), "PowerOnVM_Task", refs.first()));
}

void tst_VsphereUpdates::lostWhenSimulatorKilled()
{
    VcsimProcess doomed;
    QString message;
    QVERIFY2(doomed.start({QStringLiteral("-vm"), QStringLiteral("1")}, &message),
             qPrintable(message));
    VsphereError error;
    const auto session = VsphereSession::open(vsphereConfig(doomed), &error);
    QVERIFY2(session, qPrintable(error.toString()));
    Reported reported;
    ProviderError failure;
    QVERIFY2(session->watchInventory(reported.onChanged(), reported.onLost(), &failure),
             qPrintable(failure.toString()));
    QTest::qWait(500); // in the middle of a wait
    ::kill(pid_t(doomed.processId()), SIGKILL);
    QTRY_COMPARE_WITH_TIMEOUT(reported.lostCount(), 1, Timeout);
    QTest::qWait(VsphereUpdateWatcher::CoalesceMs + 1000);
    QCOMPARE(reported.lostCount(), 1);
    QVERIFY(!reported.lost.first().isEmpty());
    QVERIFY(reported.all().isEmpty());
    // The refresh worker stops the watch after a loss; that must not wait for the dead server.
    session->unwatchInventory();
}

void tst_VsphereUpdates::malformedUpdates_data()
{
    QTest::addColumn<QByteArray>("later");
    QTest::addColumn<QString>("expected");
    QTest::newRow("cut off") << LoopbackSoapServer::envelope(
                                    "<WaitForUpdatesExResponse xmlns=\"urn:vim25\"><returnval>"
                                    "<version>2</version><filterSet><objectSet><kind>modify"
                                    "</kind><obj type=\"VirtualMachine\">vm-1</obj>"
                                    "</objectSet>")
                                    .left(200)
                             << QStringLiteral("property changes that cannot be read");
    // As a vCenter answers once the collector is gone (a new login session, say).
    QTest::newRow("fault")
        << LoopbackSoapServer::envelope(
               "<soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring>managed object "
               "not found: PropertyCollector:pc2</faultstring><detail><ManagedObjectNotFoundFault "
               "xmlns=\"urn:vim25\"/></detail></soapenv:Fault>")
        << QStringLiteral("managed object not found");
}

void tst_VsphereUpdates::malformedUpdates()
{
    QFETCH(QByteArray, later);
    QFETCH(QString, expected);
    FakeUpdatesServer server(FirstAnswer, later);
    Reported reported;
    std::shared_ptr<VsphereSession> session;
    ProviderError failure;
    QVERIFY2(watchAside(server, &reported, &session, &failure), qPrintable(failure.toString()));
    QTRY_COMPARE_WITH_TIMEOUT(reported.lostCount(), 1, Timeout);
    QVERIFY2(reported.lost.first().contains(expected), qPrintable(reported.lost.first()));
    // The first answer's objects are the baseline, and nothing of the broken one is reported.
    QVERIFY(reported.all().isEmpty());
    runAside([&] { session->unwatchInventory(); });
    QCOMPARE(server.destroyed(), 1);
    QCOMPARE(reported.lostCount(), 1);
    runAside([&] { session.reset(); }); // logs out
}

void tst_VsphereUpdates::malformedFirstAnswer_data()
{
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QString>("expected");
    QTest::newRow("update set without version")
        << LoopbackSoapServer::envelope("<WaitForUpdatesExResponse xmlns=\"urn:vim25\"><returnval>"
                                        "<filterSet/></returnval></WaitForUpdatesExResponse>")
        << QStringLiteral("no version");
    // Well-formed, but waiting again without a version would list everything as changed.
    QTest::newRow("empty answer") << LoopbackSoapServer::envelope(
                                         "<WaitForUpdatesExResponse xmlns=\"urn:vim25\"/>")
                                  << QStringLiteral("without a version");
}

void tst_VsphereUpdates::malformedFirstAnswer()
{
    QFETCH(QByteArray, first);
    QFETCH(QString, expected);
    FakeUpdatesServer server(first, FirstAnswer);
    Reported reported;
    std::shared_ptr<VsphereSession> session;
    ProviderError failure;
    QVERIFY(!watchAside(server, &reported, &session, &failure));
    QVERIFY(session);
    QVERIFY2(failure.message.contains(expected), qPrintable(failure.toString()));
    QVERIFY(!failure.hint.isEmpty());
    // Nothing is left behind on the server.
    QCOMPARE(server.destroyed(), 1);
    runAside([&] { session.reset(); });
}

QTEST_GUILESS_MAIN(tst_VsphereUpdates)
#include "tst_vsphereupdates.moc"
