#include "providers/vmware/inventory/vsphereinventoryparser.h"

#include <QFile>
#include <QTest>

using namespace Vantage;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(VANTAGE_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

struct Parsed
{
    VsphereRetrieveResult result;
    QList<VsphereObject> objects;
};

Parsed parse(const QByteArray &xml)
{
    Parsed parsed;
    parsed.result = VsphereInventoryParser::parse(
        xml, [&](VsphereObject &&object) { parsed.objects.append(std::move(object)); });
    return parsed;
}

const VsphereObject *byRef(const Parsed &parsed, const QString &ref)
{
    for (const VsphereObject &object : parsed.objects) {
        if (object.ref.value == ref)
            return &object;
    }
    return nullptr;
}

QByteArray envelope(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>"
           "<RetrievePropertiesExResponse xmlns=\"urn:vim25\"><returnval>" +
           body + "</returnval></RetrievePropertiesExResponse></soapenv:Body></soapenv:Envelope>";
}

} // namespace

class tst_VsphereInventoryParser : public QObject
{
    Q_OBJECT

private slots:
    void smallModel();
    void fromDevice();
    void nestedValues();
    void deviceArray();
    void missingSet();
    void emptyAnswer();
    void paging();
    void faults_data();
    void faults();
    void malformed_data();
    void malformed();
    void truncatedEverywhere();
};

void tst_VsphereInventoryParser::smallModel()
{
    // vcsim -dc 1 -cluster 1 -host 2 -standalone-host 1 -vm 2 -ds 1 -pg 1
    const Parsed parsed = parse(fixture(QStringLiteral("retrieve-small.xml")));
    QVERIFY2(parsed.result.ok(), qPrintable(parsed.result.error));
    QVERIFY(parsed.result.token.isEmpty());
    QCOMPARE(parsed.result.objectCount, 20);
    QCOMPARE(parsed.objects.size(), 20);
    QHash<QString, int> perType;
    for (const VsphereObject &object : parsed.objects)
        ++perType[object.ref.type];
    const QHash<QString, int> expected{{QStringLiteral("Datacenter"), 1},
                                       {QStringLiteral("Folder"), 4},
                                       {QStringLiteral("ClusterComputeResource"), 1},
                                       {QStringLiteral("ComputeResource"), 1},
                                       {QStringLiteral("HostSystem"), 3},
                                       {QStringLiteral("ResourcePool"), 2},
                                       {QStringLiteral("VirtualMachine"), 4},
                                       {QStringLiteral("Datastore"), 1},
                                       {QStringLiteral("Network"), 1},
                                       {QStringLiteral("DistributedVirtualPortgroup"), 2}};
    QCOMPARE(perType, expected);
}

void tst_VsphereInventoryParser::fromDevice()
{
    // Read in chunks from a device (a finished QNetworkReply), the same objects as from bytes.
    QFile file(QStringLiteral(VANTAGE_TEST_DATA "/retrieve-small.xml"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QStringList refs;
    const VsphereRetrieveResult result = VsphereInventoryParser::parse(
        &file, [&](VsphereObject &&object) { refs.append(object.ref.value); });
    QVERIFY2(result.ok(), qPrintable(result.error));
    QStringList expected;
    for (const VsphereObject &object : parse(fixture(QStringLiteral("retrieve-small.xml"))).objects)
        expected.append(object.ref.value);
    QCOMPARE(refs, expected);
    QCOMPARE(refs.size(), 20);
}

void tst_VsphereInventoryParser::nestedValues()
{
    const Parsed parsed = parse(fixture(QStringLiteral("retrieve-small.xml")));
    const VsphereObject *vm = byRef(parsed, QStringLiteral("vm-54"));
    QVERIFY(vm);
    QCOMPARE(vm->ref.type, QStringLiteral("VirtualMachine"));
    QCOMPARE(vm->value(u"name"), QStringLiteral("DC0_C0_RP0_VM0"));
    QCOMPARE(vm->value(u"runtime.powerState"), QStringLiteral("poweredOn"));
    QCOMPARE(vm->refAt(vm->find(u"runtime.host")),
             (VsphereMoref{QStringLiteral("HostSystem"), QStringLiteral("host-42")}));
    QCOMPARE(vm->value(u"config.hardware.memoryMB"), QStringLiteral("32"));
    QCOMPARE(vm->value(u"config.uuid"), QStringLiteral("cd0681bf-2f18-5c00-9b9b-8197c0095348"));
    QCOMPARE(vm->value(u"config.template"), QStringLiteral("false"));
    QVERIFY(vm->value(u"config.nothing").isEmpty());
    QCOMPARE(vm->find(u"config.nothing"), -1);

    // Asked as "summary.hardware", read as its leaves.
    const VsphereObject *host = byRef(parsed, QStringLiteral("host-34"));
    QVERIFY(host);
    QCOMPARE(host->value(u"summary.hardware.numCpuPkgs"), QStringLiteral("2"));
    QCOMPARE(host->value(u"summary.hardware.memorySize"), QStringLiteral("4294430720"));
    QCOMPARE(host->value(u"summary.hardware.cpuModel"),
             QStringLiteral("Intel(R) Core(TM) i7-3615QM CPU @ 2.30GHz"));
    QCOMPARE(host->value(u"summary.config.product.version"), QStringLiteral("6.5.0"));
    QCOMPARE(host->refAt(host->find(u"parent")),
             (VsphereMoref{QStringLiteral("ClusterComputeResource"),
                           QStringLiteral("clustercomputeresource-27")}));
}

void tst_VsphereInventoryParser::deviceArray()
{
    const Parsed parsed = parse(fixture(QStringLiteral("retrieve-small.xml")));
    const VsphereObject *vm = byRef(parsed, QStringLiteral("vm-48"));
    QVERIFY(vm);
    const qsizetype array = vm->find(u"config.hardware.device");
    QVERIFY(array >= 0);
    QCOMPARE(vm->nodes[array].type, QStringLiteral("ArrayOfVirtualDevice"));
    const QList<qsizetype> devices = vm->children(array);
    QCOMPARE(devices.size(), 13);
    QStringList types;
    for (qsizetype device : devices)
        types.append(vm->nodes[device].type);
    QCOMPARE(types.count(QStringLiteral("VirtualDisk")), 1);
    QCOMPARE(types.count(QStringLiteral("VirtualE1000")), 1);
    const qsizetype disk = devices[types.indexOf(QStringLiteral("VirtualDisk"))];
    QCOMPARE(vm->childValue(disk, u"backing.fileName"),
             QStringLiteral("[LocalDS_0] DC0_H0_VM0/disk1.vmdk"));
    QCOMPARE(vm->childValue(disk, u"capacityInKB"), QStringLiteral("1024"));
    QCOMPARE(vm->childValue(disk, u"controllerKey"), QStringLiteral("202"));
}

void tst_VsphereInventoryParser::missingSet()
{
    // Asked for a property the VMs do not have: the server names it per object, no fault.
    const Parsed parsed = parse(fixture(QStringLiteral("retrieve-missingset.xml")));
    QVERIFY2(parsed.result.ok(), qPrintable(parsed.result.error));
    const VsphereObject *vm = byRef(parsed, QStringLiteral("vm-48"));
    QVERIFY(vm);
    QCOMPARE(vm->missingPaths, QStringList{QStringLiteral("config.noSuchThing")});
    QCOMPARE(vm->value(u"name"), QStringLiteral("DC0_H0_VM0"));
}

void tst_VsphereInventoryParser::emptyAnswer()
{
    const Parsed parsed = parse(fixture(QStringLiteral("retrieve-empty.xml")));
    QVERIFY2(parsed.result.ok(), qPrintable(parsed.result.error));
    QCOMPARE(parsed.result.objectCount, 0);
    QVERIFY(parsed.result.token.isEmpty());
}

void tst_VsphereInventoryParser::paging()
{
    // The simulator sends no token; these are retrieve-small.xml cut in two pages, the second a
    // ContinueRetrievePropertiesEx answer, as a vCenter sends them.
    const Parsed first = parse(fixture(QStringLiteral("paged-1.xml")));
    QVERIFY2(first.result.ok(), qPrintable(first.result.error));
    QCOMPARE(first.result.token, QStringLiteral("1"));
    QCOMPARE(first.result.objectCount, 10);
    const Parsed second = parse(fixture(QStringLiteral("paged-2.xml")));
    QVERIFY2(second.result.ok(), qPrintable(second.result.error));
    QVERIFY(second.result.token.isEmpty());
    QCOMPARE(second.result.objectCount, 10);
    const Parsed whole = parse(fixture(QStringLiteral("retrieve-small.xml")));
    QCOMPARE(first.objects.constLast().ref.value, whole.objects[9].ref.value);
    QCOMPARE(second.objects.constFirst().ref.value, whole.objects[10].ref.value);
}

void tst_VsphereInventoryParser::faults_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("string");
    QTest::newRow("not authenticated") << "fault-notauthenticated.xml"
                                       << "NotAuthenticated"
                                       << "";
    QTest::newRow("invalid argument") << "fault-invalidargument.xml"
                                      << "InvalidArgument"
                                      << "A specified parameter was not correct: specSet";
    QTest::newRow("view gone") << "fault-managedobjectnotfound.xml"
                               << "ManagedObjectNotFound"
                               << "The object has already been deleted or has not been "
                                  "completely created";
    QTest::newRow("no paging") << "fault-methodnotfound.xml"
                               << "MethodNotFound"
                               << "PropertyCollector:propertyCollector does not implement: "
                                  "ContinueRetrievePropertiesEx";
}

void tst_VsphereInventoryParser::faults()
{
    QFETCH(QString, file);
    QFETCH(QString, type);
    QFETCH(QString, string);
    const Parsed parsed = parse(fixture(file));
    QVERIFY(!parsed.result.ok());
    QCOMPARE(parsed.result.faultType, type);
    QCOMPARE(parsed.result.faultString, string);
    QVERIFY2(parsed.result.error.contains(type), qPrintable(parsed.result.error));
    QVERIFY2(parsed.result.error.contains(string), qPrintable(parsed.result.error));
    QVERIFY2(!parsed.result.error.trimmed().endsWith(u':'), qPrintable(parsed.result.error));
    QVERIFY(parsed.objects.isEmpty());
}

void tst_VsphereInventoryParser::malformed_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("error");
    const QByteArray object = "<objects><obj type=\"VirtualMachine\">vm-1</obj><propSet><name>"
                              "name</name><val xsi:type=\"xsd:string\">a</val></propSet></objects>";
    QTest::newRow("empty") << QByteArray() << "Premature end of document";
    QTest::newRow("not xml") << QByteArray("HTTP 502 Bad Gateway") << "malformed at line 1";
    QTest::newRow("html") << QByteArray("<html><body>proxy error</body></html>")
                          << "not a SOAP envelope";
    QByteArray wrongSoap = envelope(object);
    wrongSoap.replace("http://schemas.xmlsoap.org/soap/envelope/", "urn:other");
    QTest::newRow("envelope namespace") << wrongSoap << "not a SOAP envelope";
    QByteArray wrongVim = envelope(object);
    wrongVim.replace("xmlns=\"urn:vim25\"", "xmlns=\"urn:vim24\"");
    QTest::newRow("vim namespace") << wrongVim << "urn:vim24";
    QTest::newRow("other answer")
        << QByteArray("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/"
                      "envelope/\"><soapenv:Body><LoginResponse xmlns=\"urn:vim25\"/>"
                      "</soapenv:Body></soapenv:Envelope>")
        << "LoginResponse";
    QTest::newRow("no body") << QByteArray("<soapenv:Envelope xmlns:soapenv=\"http://schemas."
                                           "xmlsoap.org/soap/envelope/\"/>")
                             << "no body";
    QTest::newRow("empty body")
        << QByteArray("<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/"
                      "envelope/\"><soapenv:Body/></soapenv:Envelope>")
        << "body is empty";
    QByteArray truncated = envelope(object + object);
    truncated.chop(60);
    QTest::newRow("truncated") << truncated << "line 1, column";
    QTest::newRow("unclosed tag") << envelope("<objects><obj type=\"VirtualMachine\">vm-1</objx>")
                                  << "line 1";
    QTest::newRow("huge text")
        << envelope("<objects><obj type=\"VirtualMachine\">vm-1</obj><propSet><name>name</name>"
                    "<val>" +
                    QByteArray(VsphereInventoryParser::MaxTextBytes + 1, 'x') +
                    "</val></propSet></objects>")
        << "longer than";
    QTest::newRow("huge token") << envelope(
                                       "<token>" +
                                       QByteArray(VsphereInventoryParser::MaxTextBytes + 1, '7') +
                                       "</token>")
                                << "longer than";
    QTest::newRow("deep")
        << envelope("<objects><obj type=\"VirtualMachine\">vm-1</obj><propSet><name>a</name><val>" +
                    QByteArray("<a>").repeated(100) + QByteArray("</a>").repeated(100) +
                    "</val></propSet></objects>")
        << "deeper than";
    QTest::newRow("many values")
        << envelope("<objects><obj type=\"VirtualMachine\">vm-1</obj><propSet><name>a</name><val>" +
                    QByteArray("<b>1</b>").repeated(VsphereInventoryParser::MaxNodes + 1) +
                    "</val></propSet></objects>")
        << "more than";
    QTest::newRow("no reference")
        << envelope("<objects><propSet><name>name</name><val>a</val></propSet></objects>")
        << "no reference";
    QTest::newRow("value without name")
        << envelope("<objects><obj type=\"VirtualMachine\">vm-1</obj><propSet><val>a</val>"
                    "</propSet></objects>")
        << "without its name";
    QTest::newRow("dtd") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]>"
                                       "<x>&a;</x>")
                         << "document type";
    QByteArray garbageTail = envelope(object);
    garbageTail.append("<trailing/>");
    QTest::newRow("second root") << garbageTail << "line 1";
}

void tst_VsphereInventoryParser::malformed()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, error);
    const Parsed parsed = parse(xml);
    QVERIFY(!parsed.result.ok());
    QVERIFY2(parsed.result.error.contains(error), qPrintable(parsed.result.error));
    QVERIFY(parsed.result.faultType.isEmpty());
}

void tst_VsphereInventoryParser::truncatedEverywhere()
{
    // A connection cut anywhere gives an error, never a crash and never "ok".
    const QByteArray xml = fixture(QStringLiteral("paged-2.xml"));
    for (qsizetype size = 0; size < xml.size() - 1; size += 7) {
        const Parsed parsed = parse(xml.left(size));
        QVERIFY2(!parsed.result.ok(), qPrintable(QString::number(size)));
    }
}

QTEST_GUILESS_MAIN(tst_VsphereInventoryParser)
#include "tst_vsphereinventoryparser.moc"
