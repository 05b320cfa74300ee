#include "providers/vmware/vsphereupdateparser.h"
#include "providers/vmware/vsphereupdates.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Vantage;

namespace {

QByteArray envelope(const QByteArray &body)
{
    return "<?xml version=\"1.0\"?><soapenv:Envelope xmlns:soapenv="
           "\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:xsi="
           "\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>" +
           body + "</soapenv:Body></soapenv:Envelope>";
}

QByteArray answer(const QByteArray &objectSets, const QByteArray &version = "7")
{
    return envelope("<WaitForUpdatesExResponse xmlns=\"urn:vim25\"><returnval><version>" + version +
                    "</version><filterSet><filter type=\"PropertyFilter\">f</filter>" + objectSets +
                    "</filterSet></returnval></WaitForUpdatesExResponse>");
}

QByteArray seed(const char *name)
{
    // The fuzz target's seeds, captured from the simulator, serve as fixtures too.
    QFile file(QDir::cleanPath(
        QStringLiteral(VANTAGE_TEST_DATA "/../../../../fuzz/corpus/vsphere_updates/") +
        QLatin1StringView(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_VsphereUpdateParser : public QObject
{
    Q_OBJECT

private slots:
    void firstAnswer();
    void modifyAndLeave();
    void timeoutHasNoVersion();
    void truncated();
    void fault();
    void malformed_data();
    void malformed();
    void targets_data();
    void targets();
};

void tst_VsphereUpdateParser::firstAnswer()
{
    const QByteArray xml = seed("first.xml");
    QVERIFY(!xml.isEmpty());
    const VsphereUpdateSet set = VsphereUpdateParser::parse(xml);
    QVERIFY2(set.ok(), qPrintable(set.error));
    QCOMPARE(set.version, QStringLiteral("-"));
    QVERIFY(!set.truncated);
    QVERIFY(set.objects.size() >= 3);
    for (const VsphereObjectUpdate &update : set.objects)
        QCOMPARE(update.kind, VsphereObjectUpdate::Kind::Enter);
    QCOMPARE(set.objects.first().object,
             (VsphereMoref{QStringLiteral("VirtualMachine"), QStringLiteral("vm-27")}));
}

void tst_VsphereUpdateParser::modifyAndLeave()
{
    VsphereUpdateSet set = VsphereUpdateParser::parse(seed("modify.xml"));
    QVERIFY2(set.ok(), qPrintable(set.error));
    QCOMPARE(set.objects.size(), 1);
    QCOMPARE(set.objects.first().kind, VsphereObjectUpdate::Kind::Modify);
    QCOMPARE(set.objects.first().object.value, QStringLiteral("vm-27"));

    set = VsphereUpdateParser::parse(seed("leave.xml"));
    QVERIFY2(set.ok(), qPrintable(set.error));
    QCOMPARE(set.objects.size(), 1);
    QCOMPARE(set.objects.first().kind, VsphereObjectUpdate::Kind::Leave);
    QCOMPARE(set.objects.first().object.type, QStringLiteral("VirtualMachine"));
}

void tst_VsphereUpdateParser::timeoutHasNoVersion()
{
    const VsphereUpdateSet set = VsphereUpdateParser::parse(seed("timeout.xml"));
    QVERIFY2(set.ok(), qPrintable(set.error));
    QVERIFY(set.version.isEmpty());
    QVERIFY(set.objects.isEmpty());
}

void tst_VsphereUpdateParser::truncated()
{
    const VsphereUpdateSet set = VsphereUpdateParser::parse(seed("truncated.xml"));
    QVERIFY2(set.ok(), qPrintable(set.error));
    QCOMPARE(set.version, QStringLiteral("12"));
    QVERIFY(set.truncated);
    QCOMPARE(set.objects.size(), 3);
    QCOMPARE(set.objects.at(1).kind, VsphereObjectUpdate::Kind::Enter);
    QCOMPARE(set.objects.at(1).object.value, QStringLiteral("dvportgroup-4"));
}

void tst_VsphereUpdateParser::fault()
{
    const VsphereUpdateSet set = VsphereUpdateParser::parse(seed("fault.xml"));
    QVERIFY(!set.ok());
    QCOMPARE(set.faultType, QStringLiteral("ManagedObjectNotFound"));
    QVERIFY2(set.error.contains(u"managed object not found"), qPrintable(set.error));
    QVERIFY(set.objects.isEmpty());
}

void tst_VsphereUpdateParser::malformed_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("expected");
    const QByteArray modify =
        "<objectSet><kind>modify</kind><obj type=\"VirtualMachine\">vm-1</obj></objectSet>";
    QTest::newRow("not xml") << QByteArray("HTTP/1.1 502") << QStringLiteral("well-formed");
    QTest::newRow("cut off") << answer(modify).left(300) << QStringLiteral("well-formed");
    QTest::newRow("foreign answer")
        << envelope("<RetrievePropertiesExResponse xmlns=\"urn:vim25\"/>")
        << QStringLiteral("not a set of property updates");
    QTest::newRow("no body") << QByteArray("<soapenv:Envelope xmlns:soapenv=\"http://schemas."
                                           "xmlsoap.org/soap/envelope/\"/>")
                             << QStringLiteral("no body");
    QTest::newRow("no version") << answer(modify, "") << QStringLiteral("no version");
    QTest::newRow("unknown kind")
        << answer("<objectSet><kind>teleport</kind><obj type=\"VirtualMachine\">vm-1</obj>"
                  "</objectSet>")
        << QStringLiteral("unknown kind");
    QTest::newRow("no object") << answer("<objectSet><kind>modify</kind></objectSet>")
                               << QStringLiteral("names no object");
    QTest::newRow("dtd") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]>") +
                                answer(modify).mid(21)
                         << QStringLiteral("document type");
    QByteArray deep;
    for (int i = 0; i < 40; ++i)
        deep += "<val>";
    QTest::newRow("too deep") << answer("<objectSet><kind>modify</kind><obj type=\"V\">v</obj>"
                                        "<changeSet>" +
                                        deep + "</changeSet></objectSet>")
                              << QStringLiteral("deeper");
    QTest::newRow("too long") << answer(
                                     "<objectSet><kind>modify</kind><obj type=\"VirtualMachine\">" +
                                     QByteArray(BoundedSoapReader::MaxTextBytes + 1, 'x') +
                                     "</obj></objectSet>")
                              << QStringLiteral("longer than");
}

void tst_VsphereUpdateParser::malformed()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, expected);
    const VsphereUpdateSet set = VsphereUpdateParser::parse(xml);
    QVERIFY(!set.ok());
    QVERIFY2(set.error.contains(expected), qPrintable(set.error));
    QVERIFY(set.objects.isEmpty());
    QVERIFY(set.version.isEmpty());
}

void tst_VsphereUpdateParser::targets_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("kind"); // -1: not refreshed by target
    QTest::newRow("vm") << QStringLiteral("VirtualMachine") << int(InventoryKind::Vm);
    QTest::newRow("host") << QStringLiteral("HostSystem") << int(InventoryKind::Host);
    QTest::newRow("cluster") << QStringLiteral("ClusterComputeResource")
                             << int(InventoryKind::Cluster);
    QTest::newRow("datastore") << QStringLiteral("Datastore") << int(InventoryKind::Storage);
    QTest::newRow("network") << QStringLiteral("Network") << int(InventoryKind::Network);
    QTest::newRow("datacenter") << QStringLiteral("Datacenter") << int(InventoryKind::Datacenter);
    QTest::newRow("folder") << QStringLiteral("Folder") << int(InventoryKind::Folder);
    QTest::newRow("resource pool")
        << QStringLiteral("ResourcePool") << int(InventoryKind::ResourcePool);
    QTest::newRow("port group") << QStringLiteral("DistributedVirtualPortgroup")
                                << int(InventoryKind::Network);
    QTest::newRow("standalone compute resource") << QStringLiteral("ComputeResource") << -1;
    QTest::newRow("task") << QStringLiteral("Task") << -1;
}

void tst_VsphereUpdateParser::targets()
{
    QFETCH(QString, type);
    QFETCH(int, kind);
    const auto target = VsphereUpdateWatcher::targetOf({type, QStringLiteral("ref-1")});
    QCOMPARE(target.has_value(), kind >= 0);
    if (target) {
        QCOMPARE(int(target->kind), kind);
        QCOMPARE(target->emsRef, QStringLiteral("ref-1"));
    }
}

QTEST_GUILESS_MAIN(tst_VsphereUpdateParser)
#include "tst_vsphereupdateparser.moc"
