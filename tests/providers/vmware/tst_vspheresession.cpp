#include "providers/vmware/vsphereclient.h"
#include "providers/vmware/vspheresession.h"
#include "tests/vcsim/vspheretesting.h"

#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Vantage;
using namespace Vantage::Testing;

namespace {

// What a failed collection must leave alone.
InventoryCollection sentinel()
{
    InventoryCollection collection;
    VmRecord kept;
    kept.emsRef = QStringLiteral("kept");
    collection.vms.append(kept);
    return collection;
}

// A loopback vCenter's answers: well enough to log in, then a broken inventory page, which no
// simulator sends.
QByteArray brokenPageAnswer(const QByteArray &request)
{
    if (const QByteArray login = LoopbackSoapServer::loginAnswer(request); !login.isEmpty())
        return login;
    if (request.contains("<CreateContainerView")) {
        return LoopbackSoapServer::http(LoopbackSoapServer::envelope(
            "<CreateContainerViewResponse><returnval type=\"ContainerView\">v1</returnval>"
            "</CreateContainerViewResponse>"));
    }
    if (request.contains("<RetrievePropertiesEx")) {
        return LoopbackSoapServer::http(
            "<?xml version=\"1.0\"?><soapenv:Envelope xmlns:soapenv="
            "\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>"
            "<RetrievePropertiesExResponse><returnval><objects>"
            "<obj type=\"VirtualMachine\">vm-1</obj><propSet><name>na");
    }
    return LoopbackSoapServer::http(LoopbackSoapServer::envelope("<Response/>"));
}

} // namespace

class tst_VsphereSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void collectInventory();
    void collectTargets();
    void collectTargetsOfEveryKind();
    void collectAfterSessionTerminated();
    void cancelledCollection();
    void serverStopsMidRefresh();
    void malformedInventoryPage();

private:
    VcsimProcess m_vcsim;
};

void tst_VsphereSession::initTestCase()
{
    // A cluster of 2 hosts and a standalone host; 3 VMs in each of their 2 root pools.
    QString error;
    QVERIFY2(m_vcsim.start(clusterAndStandaloneHost(2, 3), &error), qPrintable(error));
}

void tst_VsphereSession::collectInventory()
{
    VsphereError error;
    const auto session = VsphereSession::open(vsphereConfig(m_vcsim), &error);
    QVERIFY2(session, qPrintable(error.toString()));
    InventoryCollection out;
    CancelFlag never;
    int calls = 0;
    ProviderError failure;
    QVERIFY2(session->collectInventory(
                 &out, never, [&](const CollectProgress &) { ++calls; }, &failure),
             qPrintable(failure.toString()));
    QVERIFY(calls >= 2);
    QVERIFY(!out.targeted);
    QCOMPARE(out.hosts.size(), 3);
    QCOMPARE(out.clusters.size(), 1);
    QCOMPARE(out.vms.size(), 6);
    QVERIFY(!out.storages.isEmpty());
    QVERIFY(!out.disks.isEmpty());
    QVERIFY(!out.nics.isEmpty());
    QSet<QString> hosts;
    for (const HostRecord &host : std::as_const(out.hosts))
        hosts.insert(host.emsRef);
    for (const VmRecord &vm : std::as_const(out.vms)) {
        QVERIFY(!vm.name.isEmpty());
        QVERIFY2(hosts.contains(vm.hostRef), qPrintable(vm.hostRef));
    }
    int hostCount = 0;
    int vmCount = 0;
    QVERIFY(session->countObjects(&hostCount, &vmCount, &error));
    QCOMPARE(hostCount, out.hosts.size());
    QCOMPARE(vmCount, out.vms.size());
}

void tst_VsphereSession::collectTargets()
{
    VsphereError error;
    const auto session = VsphereSession::open(vsphereConfig(m_vcsim), &error);
    QVERIFY2(session, qPrintable(error.toString()));
    InventoryCollection full;
    CancelFlag never;
    ProviderError failure;
    QVERIFY(session->collectInventory(&full, never, {}, &failure));

    const QList<InventoryTarget> targets{{InventoryKind::Vm, full.vms.at(0).emsRef},
                                         {InventoryKind::Vm, full.vms.at(3).emsRef},
                                         {InventoryKind::Vm, QStringLiteral("vm-gone")}};
    InventoryCollection out;
    QVERIFY2(session->collectTargets(targets, &out, &failure), qPrintable(failure.toString()));
    QVERIFY(out.targeted);
    QCOMPARE(out.targets, targets);
    QCOMPARE(out.vms.size(), 2);
    QSet<QString> refs{out.vms.at(0).emsRef, out.vms.at(1).emsRef};
    QCOMPARE(refs, QSet<QString>({full.vms.at(0).emsRef, full.vms.at(3).emsRef}));
    QVERIFY(out.hosts.isEmpty());
    for (const DiskRecord &disk : std::as_const(out.disks))
        QVERIFY(refs.contains(disk.vmRef));
}

void tst_VsphereSession::collectTargetsOfEveryKind()
{
    // One target of every kind read alone comes back as the full refresh gave it, placed in the
    // same datacenter (its ancestors are read along); a port group is read as what it is.
    VsphereError error;
    const auto session = VsphereSession::open(vsphereConfig(m_vcsim), &error);
    QVERIFY2(session, qPrintable(error.toString()));
    InventoryCollection full;
    CancelFlag never;
    ProviderError failure;
    QVERIFY(session->collectInventory(&full, never, {}, &failure));
    const auto portgroup = std::find_if(
        full.networks.cbegin(), full.networks.cend(),
        [](const NetworkRecord &network) { return network.emsRef.startsWith(u"dvportgroup-"); });
    QVERIFY(portgroup != full.networks.cend());
    const auto readBack = [&](InventoryKind kind, const QString &ref) {
        InventoryCollection out;
        if (!session->collectTargets({{kind, ref}}, &out, &failure))
            qWarning() << failure.toString();
        return out;
    };
    QCOMPARE(readBack(InventoryKind::Datacenter, full.datacenters[0].emsRef).datacenters[0].name,
             full.datacenters[0].name);
    const FolderRecord folder = readBack(InventoryKind::Folder, full.folders[0].emsRef).folders[0];
    QCOMPARE(folder.name, full.folders[0].name);
    QCOMPARE(folder.folderType, full.folders[0].folderType);
    QCOMPARE(folder.datacenterRef, full.datacenters[0].emsRef);
    const ResourcePoolRecord pool =
        readBack(InventoryKind::ResourcePool, full.resourcePools[0].emsRef).resourcePools[0];
    QCOMPARE(pool.clusterRef, full.resourcePools[0].clusterRef);
    QCOMPARE(pool.datacenterRef, full.datacenters[0].emsRef);
    const ClusterRecord cluster =
        readBack(InventoryKind::Cluster, full.clusters[0].emsRef).clusters[0];
    QCOMPARE(cluster.name, full.clusters[0].name);
    QCOMPARE(cluster.datacenterRef, full.datacenters[0].emsRef);
    const HostRecord host = readBack(InventoryKind::Host, full.hosts[0].emsRef).hosts[0];
    QCOMPARE(host.clusterRef, full.hosts[0].clusterRef);
    QCOMPARE(host.datacenterRef, full.datacenters[0].emsRef);
    const VmRecord vm = readBack(InventoryKind::Vm, full.vms[0].emsRef).vms[0];
    QCOMPARE(vm.resourcePoolRef, full.vms[0].resourcePoolRef);
    QCOMPARE(vm.folderRef, full.vms[0].folderRef);
    QCOMPARE(vm.datacenterRef, full.datacenters[0].emsRef);
    QCOMPARE(readBack(InventoryKind::Storage, full.storages[0].emsRef).storages[0].datacenterRef,
             full.datacenters[0].emsRef);
    const InventoryCollection networks = readBack(InventoryKind::Network, portgroup->emsRef);
    QCOMPARE(networks.networks.size(), 1);
    QCOMPARE(networks.networks[0].name, portgroup->name);
    QCOMPARE(networks.networks[0].forwardMode, QStringLiteral("distributed"));
}

void tst_VsphereSession::collectAfterSessionTerminated()
{
    VsphereError error;
    const auto session = VsphereSession::open(vsphereConfig(m_vcsim), &error);
    const auto admin = VsphereSession::open(vsphereConfig(m_vcsim), &error);
    QVERIFY2(session && admin, qPrintable(error.toString()));
    QByteArray response;
    QVERIFY(admin->client().call(
        "<TerminateSession>" +
            VsphereClient::moref("_this", QStringLiteral("SessionManager"),
                                 admin->client().serviceContent().sessionManager) +
            "<sessionId>" + VsphereClient::xmlText(session->client().sessionKey()) +
            "</sessionId></TerminateSession>",
        &response, &error));
    InventoryCollection out;
    CancelFlag never;
    ProviderError failure;
    QVERIFY2(session->collectInventory(&out, never, {}, &failure), qPrintable(failure.toString()));
    QCOMPARE(out.vms.size(), 6);
    QCOMPARE(session->client().loginCount(), 2);
}

void tst_VsphereSession::cancelledCollection()
{
    VsphereError error;
    const auto session = VsphereSession::open(vsphereConfig(m_vcsim), &error);
    QVERIFY2(session, qPrintable(error.toString()));
    InventoryCollection out = sentinel();
    CancelFlag cancelled;
    cancelled.cancel();
    ProviderError failure;
    QVERIFY(!session->collectInventory(&out, cancelled, {}, &failure));
    QVERIFY(!failure.message.isEmpty());
    QCOMPARE(out.vms.size(), 1);
    QCOMPARE(out.vms.first().emsRef, QStringLiteral("kept"));
    // The session is still good for the next refresh.
    QVERIFY(session->isAlive());
    QVERIFY(session->collectInventory(&out, CancelFlag(), {}, &failure));
    QCOMPARE(out.vms.size(), 6);
}

void tst_VsphereSession::serverStopsMidRefresh()
{
    VcsimProcess slow;
    QString message;
    QVERIFY2(slow.start({QStringLiteral("-delay"), QStringLiteral("2000"), QStringLiteral("-vm"),
                         QStringLiteral("1")},
                        &message),
             qPrintable(message));
    VsphereError error;
    const auto session = VsphereSession::open(vsphereConfig(slow), &error);
    QVERIFY2(session, qPrintable(error.toString()));

    InventoryCollection out = sentinel();
    ProviderError failure;
    bool collected = true;
    std::unique_ptr<QThread> worker(QThread::create(
        [&] { collected = session->collectInventory(&out, CancelFlag(), {}, &failure); }));
    worker->start();
    QTest::qWait(500);
    ::kill(pid_t(slow.processId()), SIGKILL);
    QVERIFY(worker->wait(60000));
    QVERIFY(!collected);
    QVERIFY2(failure.message.contains(u"127.0.0.1"), qPrintable(failure.message));
    QVERIFY(!failure.hint.isEmpty());
    QCOMPARE(out.vms.first().emsRef, QStringLiteral("kept"));
    QVERIFY(!session->isAlive());

    // A new session to a running simulator reads everything again.
    const auto fresh = VsphereSession::open(vsphereConfig(m_vcsim), &error);
    QVERIFY2(fresh, qPrintable(error.toString()));
    QVERIFY(fresh->collectInventory(&out, CancelFlag(), {}, &failure));
    QCOMPARE(out.vms.size(), 6);
}

void tst_VsphereSession::malformedInventoryPage()
{
    LoopbackSoapServer server(brokenPageAnswer);
    const ManagerConfig config = vsphereConfig(server.endpoint());
    InventoryCollection out = sentinel();
    ProviderError failure;
    bool collected = true;
    // The session blocks its caller, so it runs aside while this thread serves.
    runAside([&] {
        VsphereError error;
        const auto session = VsphereSession::open(config, &error);
        if (!session) {
            failure = error;
            return;
        }
        collected = session->collectInventory(&out, CancelFlag(), {}, &failure);
    });
    QVERIFY(!collected);
    QVERIFY2(failure.message.contains(u"inventory page"), qPrintable(failure.message));
    QVERIFY(!failure.hint.isEmpty());
    QCOMPARE(out.vms.size(), 1);
    QCOMPARE(out.vms.first().emsRef, QStringLiteral("kept"));
}

QTEST_GUILESS_MAIN(tst_VsphereSession)
#include "tst_vspheresession.moc"
