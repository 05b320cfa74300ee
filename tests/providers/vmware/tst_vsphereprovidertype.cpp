#include "core/eventmapping.h"
#include "core/events.h"
#include "core/providerregistry.h"
#include "providers/vmware/vsphereclient.h"
#include "providers/vmware/vsphereprovider.h"
#include "providers/vmware/vsphereprovidertype.h"
#include "providers/vmware/vspheresession.h"
#include "tests/vcsim/vspheretesting.h"

#include <QTest>

using namespace Vantage;
using namespace Vantage::Testing;

class tst_VsphereProviderType : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void description();
    void validateEndpoint_data();
    void validateEndpoint();
    void registration();
    void verifySummary();
    void verifyUntrustedThenPinned();
    void verifyWrongPassword();
    void connectGivesSession();
    void eventMapping();

private:
    ManagerConfig config(bool pinned) const;

    VcsimProcess m_vcsim;
    QString m_fingerprint;
};

void tst_VsphereProviderType::initTestCase()
{
    // One cluster of 2 hosts and one standalone host; 3 VMs in each of their 2 root pools.
    QString error;
    QVERIFY2(m_vcsim.start(clusterAndStandaloneHost(2, 3), &error), qPrintable(error));
    m_fingerprint = tlsPin(m_vcsim);
    QVERIFY(!m_fingerprint.isEmpty());
}

ManagerConfig tst_VsphereProviderType::config(bool pinned) const
{
    ManagerConfig config =
        vsphereConfig(m_vcsim.url().toString(), pinned ? m_fingerprint : QString());
    config.name = QStringLiteral("vcsim");
    return config;
}

void tst_VsphereProviderType::description()
{
    const VsphereProviderType type;
    QCOMPARE(type.id(), QStringLiteral("vmware"));
    QCOMPARE(type.displayName(), QStringLiteral("VMware vSphere"));
    QCOMPARE(type.managerKind(), QStringLiteral("infra"));
    const EndpointDescription endpoint = type.endpointDescription();
    QCOMPARE(endpoint.placeholder, QStringLiteral("https://vcenter.example.com/sdk"));
    QVERIFY(endpoint.needsCredentials);
    QVERIFY(!endpoint.multiple);
    QVERIFY(type.hasMetrics());
    QVERIFY(type.hasOperations());
    QVERIFY(!type.provisionsFromVolumes());
    QVERIFY(type.clonesRunningVms());
}

void tst_VsphereProviderType::validateEndpoint_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<bool>("valid");
    QTest::newRow("host") << "vcenter.example.com" << true;
    QTest::newRow("url") << "https://vcenter.example.com/sdk" << true;
    QTest::newRow("ip and port") << "10.0.0.5:443" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("scheme") << "qemu:///system" << false;
}

void tst_VsphereProviderType::validateEndpoint()
{
    QFETCH(QString, endpoint);
    QFETCH(bool, valid);
    QCOMPARE(VsphereProviderType().validateEndpoint(endpoint).isEmpty(), valid);
}

void tst_VsphereProviderType::registration()
{
    registerVsphereProvider();
    registerVsphereProvider();
    const ProviderType *type = ProviderRegistry::instance().find(QStringLiteral("vmware"));
    QVERIFY(type);
    QCOMPARE(type->displayName(), QStringLiteral("VMware vSphere"));
}

void tst_VsphereProviderType::verifySummary()
{
    const VerifyResult result = VsphereProviderType().verify(config(true));
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.summary, QStringLiteral("3 hosts, 6 VMs"));
}

void tst_VsphereProviderType::verifyUntrustedThenPinned()
{
    // What the wizard does: the first verify names the fingerprint, the operator accepts it, and
    // the retry carries it in the options.
    const VerifyResult untrusted = VsphereProviderType().verify(config(false));
    QVERIFY(!untrusted.ok);
    QVERIFY2(untrusted.error.message.contains(m_fingerprint), qPrintable(untrusted.error.message));
    QVERIFY(!untrusted.error.hint.isEmpty());
    QCOMPARE(untrusted.error.certificateSha256, m_fingerprint);
    QVERIFY(!untrusted.error.certificateChanged);

    const VerifyResult pinned = VsphereProviderType().verify(config(true));
    QVERIFY2(pinned.ok, qPrintable(pinned.error.toString()));
}

void tst_VsphereProviderType::verifyWrongPassword()
{
    ManagerConfig wrong = config(true);
    wrong.credentials.password = QStringLiteral("nope");
    const VerifyResult result = VsphereProviderType().verify(wrong);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.message.contains(u"user name or password"),
             qPrintable(result.error.message));
    QVERIFY(result.summary.isEmpty());
    // A trusted certificate is not the operator's concern here.
    QVERIFY(result.error.certificateSha256.isEmpty());
}

void tst_VsphereProviderType::connectGivesSession()
{
    ProviderError error;
    const std::shared_ptr<ManagerSession> session =
        VsphereProviderType().connect(config(true), &error);
    QVERIFY2(session, qPrintable(error.toString()));
    QVERIFY(session->isAlive());

    ManagerConfig refused = config(false);
    QVERIFY(!VsphereProviderType().connect(refused, &error));
    QVERIFY(error.message.contains(m_fingerprint));
}

void tst_VsphereProviderType::eventMapping()
{
    const QByteArray json = VsphereProviderType().eventMappingJson();
    QVERIFY(!json.isEmpty());
    QString error;
    const std::optional<EventMapping> mapping = EventMapping::fromJson(json, &error);
    QVERIFY2(mapping, qPrintable(error));
    QCOMPARE(mapping->source(), QStringLiteral("vmware"));
    QCOMPARE(mapping->typeOf(QStringLiteral("VmPoweredOnEvent")), QStringLiteral("vm_power_on"));
    QCOMPARE(mapping->typeOf(QStringLiteral("VmPoweredOffEvent")), QStringLiteral("vm_power_off"));
    QCOMPARE(mapping->typeOf(QStringLiteral("VmSuspendedEvent")), QStringLiteral("vm_suspended"));
    QCOMPARE(mapping->typeOf(QStringLiteral("VmRemovedEvent")), QStringLiteral("vm_deleted"));
    QCOMPARE(mapping->typeOf(QStringLiteral("VmResettingEvent")), QStringLiteral("vm_rebooted"));
    QCOMPARE(mapping->typeOf(QStringLiteral("HostConnectionLostEvent")),
             QStringLiteral("host_disconnected"));
    QCOMPARE(mapping->typeOf(QStringLiteral("UserLoginSessionEvent")),
             QString::fromLatin1(EventType::Other));
    // Every generic type a VM event maps to is about a VM, every host event's about a host.
    for (auto it = mapping->entries().cbegin(); it != mapping->entries().cend(); ++it) {
        if (it.key().startsWith(u"Vm"))
            QCOMPARE(EventType::targetKindOf(it.value()), InventoryKind::Vm);
        else if (it.key().startsWith(u"Host"))
            QCOMPARE(EventType::targetKindOf(it.value()), InventoryKind::Host);
    }
    // Through the registry, as core's event handler reads it.
    registerVsphereProvider();
    const ProviderType *type = ProviderRegistry::instance().find(QStringLiteral("vmware"));
    QVERIFY(type);
    QCOMPARE(type->eventMappingJson(), json);
}

QTEST_GUILESS_MAIN(tst_VsphereProviderType)
#include "tst_vsphereprovidertype.moc"
