#include "providers/libvirt/libvirtprovider.h"
#include "providers/libvirt/libvirtprovidertype.h"
#include "tests/support/testnodexml.h"

#include "core/providerregistry.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Vantage;

class tst_LibvirtProviderType : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void registers();
    void describesItself();
    void validateEndpoint_data();
    void validateEndpoint();
    void connectGivesSession();
    void verifySummary_data();
    void verifySummary();
    void verifyFails_data();
    void verifyFails();
    void eventMappingIsLinkedIn();

private:
    QTemporaryDir m_dir;
    QString m_uriA;
    QString m_uriB;
};

static ManagerConfig configFor(const QStringList &uris)
{
    ManagerConfig c;
    c.name = QStringLiteral("Lab");
    c.type = QStringLiteral("libvirt");
    c.endpoints = uris;
    return c;
}

void tst_LibvirtProviderType::initTestCase()
{
    QVERIFY(m_dir.isValid());
    TestNodeSpec a;
    a.hostName = QStringLiteral("a");
    a.domains = 30;
    a.seed = 5;
    TestNodeSpec b;
    b.hostName = QStringLiteral("b");
    b.domains = 4;
    b.seed = 6;
    QString error;
    QVERIFY(TestNodeXml::writeFile(m_dir.filePath(QStringLiteral("a.xml")), a, &error));
    QVERIFY(TestNodeXml::writeFile(m_dir.filePath(QStringLiteral("b.xml")), b, &error));
    m_uriA = TestNodeXml::uriForFile(m_dir.filePath(QStringLiteral("a.xml")));
    m_uriB = TestNodeXml::uriForFile(m_dir.filePath(QStringLiteral("b.xml")));
}

void tst_LibvirtProviderType::registers()
{
    ProviderRegistry::instance().clear();
    registerLibvirtProvider();
    registerLibvirtProvider(); // a second call keeps the first registration
    QCOMPARE(ProviderRegistry::instance().types().size(), 1);
    const ProviderType *type = ProviderRegistry::instance().find(QStringLiteral("libvirt"));
    QVERIFY(type);
    QCOMPARE(type->id(), QStringLiteral("libvirt"));
}

void tst_LibvirtProviderType::describesItself()
{
    const LibvirtProviderType type;
    QCOMPARE(type.displayName(), QStringLiteral("libvirt (KVM/QEMU)"));
    QCOMPARE(type.managerKind(), QStringLiteral("infra"));
    const EndpointDescription endpoint = type.endpointDescription();
    QCOMPARE(endpoint.label, QStringLiteral("URI"));
    QCOMPARE(endpoint.placeholder, QStringLiteral("qemu:///system"));
    QVERIFY(endpoint.multiple);
}

void tst_LibvirtProviderType::validateEndpoint_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("valid");
    QTest::newRow("qemu") << "qemu:///system" << true;
    QTest::newRow("qemu+ssh") << "qemu+ssh://root@kvm1/system" << true;
    QTest::newRow("qemu+tcp") << "qemu+tcp://kvm1:16509/system" << true;
    QTest::newRow("qemu+tls") << "qemu+tls://kvm1/system" << true;
    QTest::newRow("test") << "test:///default" << true;
    QTest::newRow("xen") << "xen:///" << true;
    QTest::newRow("lxc") << "lxc:///" << true;
    QTest::newRow("garbage") << "::::" << false;
    QTest::newRow("host only") << "kvm1" << false;
    QTest::newRow("unknown scheme") << "vsphere://vc/dc" << false;
    QTest::newRow("space in host") << "qemu+ssh://kvm 1/system" << false;
}

void tst_LibvirtProviderType::validateEndpoint()
{
    QFETCH(QString, uri);
    QFETCH(bool, valid);
    const LibvirtProviderType type;
    const QString message = type.validateEndpoint(uri);
    QVERIFY2(message.isEmpty() == valid, qPrintable(message));
}

void tst_LibvirtProviderType::connectGivesSession()
{
    const LibvirtProviderType type;
    ProviderError error;
    const auto session = type.connect(configFor({m_uriA}), &error);
    QVERIFY2(session, qPrintable(error.toString()));
    QVERIFY(session->isAlive());
}

void tst_LibvirtProviderType::verifySummary_data()
{
    QTest::addColumn<QStringList>("uris");
    QTest::addColumn<QString>("summary");
    QTest::newRow("default") << QStringList{QStringLiteral("test:///default")} << "1 host, 1 VM";
    QTest::newRow("one file") << QStringList{m_uriA} << "1 host, 30 VMs";
    QTest::newRow("two files") << QStringList{m_uriA, m_uriB} << "2 hosts, 34 VMs";
}

void tst_LibvirtProviderType::verifySummary()
{
    QFETCH(QStringList, uris);
    QFETCH(QString, summary);
    const LibvirtProviderType type;
    const VerifyResult result = type.verify(configFor(uris));
    QVERIFY2(result.ok, qPrintable(result.error.toString()));
    QCOMPARE(result.summary, summary);
}

void tst_LibvirtProviderType::verifyFails_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("unreachable") << "qemu+tcp://127.0.0.1:1/system"
                                 << "Could not reach";
    QTest::newRow("malformed") << QStringLiteral("test://" VANTAGE_TEST_DATA "/malformed-node.xml")
                               << "not a valid libvirt node file";
    QTest::newRow("missing file") << "test:///no/such/node.xml"
                                  << "does not exist";
    QTest::newRow("bad uri") << "qemu:/system"
                             << "cannot be used";
}

void tst_LibvirtProviderType::verifyFails()
{
    QFETCH(QString, uri);
    QFETCH(QString, messagePart);
    const LibvirtProviderType type;
    QElapsedTimer timer;
    timer.start();
    const VerifyResult result = type.verify(configFor({uri}));
    QVERIFY(!result.ok);
    QVERIFY(result.summary.isEmpty());
    QVERIFY2(result.error.message.contains(messagePart), qPrintable(result.error.toString()));
    QVERIFY(!result.error.hint.isEmpty());
    QVERIFY(timer.elapsed() < 5000);
}

// The table is a Qt resource of the static provider library: this executable links it like
// the app does, so finding it here means the resource's initialiser really reached the binary.
void tst_LibvirtProviderType::eventMappingIsLinkedIn()
{
    const QByteArray json = LibvirtProviderType().eventMappingJson();
    QVERIFY(!json.isEmpty());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(doc.object().value(QStringLiteral("source")).toString(), QStringLiteral("libvirt"));
    QVERIFY(doc.object().value(QStringLiteral("events")).toObject().size() > 40);
    // Through the registry, as core's event handler reads it.
    registerLibvirtProvider();
    const ProviderType *type = ProviderRegistry::instance().find(QStringLiteral("libvirt"));
    QVERIFY(type);
    QCOMPARE(type->eventMappingJson(), json);
}

QTEST_GUILESS_MAIN(tst_LibvirtProviderType)
#include "tst_libvirtprovidertype.moc"
