// VsphereOperationParser: task infos and VM properties in the shape vCenter (and the simulator)
// sends them, and the broken answers it must turn into errors.

#include "providers/vmware/vsphereoperationparser.h"

#include <QTest>

using namespace Vantage;

namespace {

QByteArray envelope(const QByteArray &body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
           "xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>" +
           body + "</soapenv:Body></soapenv:Envelope>";
}

QByteArray taskAnswer(const QByteArray &info)
{
    return envelope("<RetrievePropertiesExResponse xmlns=\"urn:vim25\"><returnval><objects>"
                    "<obj type=\"Task\">task-7</obj><propSet><name>info</name>"
                    "<val xsi:type=\"TaskInfo\"><key>task-7</key>"
                    "<task type=\"Task\">task-7</task><name>CloneVM_Task</name>" +
                    info + "</val></propSet></objects></returnval></RetrievePropertiesExResponse>");
}

} // namespace

class tst_VsphereOperationParser : public QObject
{
    Q_OBJECT

private slots:
    void taskInfo_data();
    void taskInfo();
    void vmProperties();
    void brokenAnswers_data();
    void brokenAnswers();
};

void tst_VsphereOperationParser::taskInfo_data()
{
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("progress");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("faultType");
    QTest::addColumn<QString>("message");
    QTest::newRow("running") << QByteArray("<state>running</state><progress>40</progress>")
                             << int(VsphereTaskInfo::State::Running) << 40 << QString() << QString()
                             << QString();
    QTest::newRow("queued, no progress")
        << QByteArray("<state>queued</state>") << int(VsphereTaskInfo::State::Queued) << -1
        << QString() << QString() << QString();
    QTest::newRow("clone done")
        << QByteArray("<state>success</state><result xsi:type=\"ManagedObjectReference\" "
                      "type=\"VirtualMachine\">vm-61</result><progress>100</progress>")
        << int(VsphereTaskInfo::State::Success) << 100 << QStringLiteral("vm-61") << QString()
        << QString();
    QTest::newRow("error, empty fault")
        << QByteArray("<state>error</state><error><fault xsi:type=\"NotSupported\"/>"
                      "<localizedMessage>The operation is not supported.</localizedMessage>"
                      "</error>")
        << int(VsphereTaskInfo::State::Error) << -1 << QString() << QStringLiteral("NotSupported")
        << QStringLiteral("The operation is not supported.");
    QTest::newRow("error with fault details")
        << QByteArray("<state>error</state><error><fault xsi:type=\"InvalidPowerState\">"
                      "<requestedState>poweredOff</requestedState><existingState>poweredOn"
                      "</existingState></fault><localizedMessage>*types.InvalidPowerState"
                      "</localizedMessage></error>")
        << int(VsphereTaskInfo::State::Error) << -1 << QString()
        << QStringLiteral("InvalidPowerState") << QStringLiteral("*types.InvalidPowerState");
    QTest::newRow("progress out of range is clamped")
        << QByteArray("<state>running</state><progress>250</progress>")
        << int(VsphereTaskInfo::State::Running) << 100 << QString() << QString() << QString();
}

void tst_VsphereOperationParser::taskInfo()
{
    QFETCH(QByteArray, info);
    QFETCH(int, state);
    QFETCH(int, progress);
    QFETCH(QString, result);
    QFETCH(QString, faultType);
    QFETCH(QString, message);
    VsphereTaskInfo read;
    QString error;
    QVERIFY2(VsphereOperationParser::taskInfo(taskAnswer(info), &read, &error), qPrintable(error));
    QCOMPARE(int(read.state), state);
    QCOMPARE(read.progress, progress);
    QCOMPARE(read.result, result);
    QCOMPARE(read.resultType, result.isEmpty() ? QString() : QStringLiteral("VirtualMachine"));
    QCOMPARE(read.faultType, faultType);
    QCOMPARE(read.errorMessage, message);
}

void tst_VsphereOperationParser::vmProperties()
{
    const QByteArray answer = envelope(
        "<RetrievePropertiesExResponse xmlns=\"urn:vim25\"><returnval><objects>"
        "<obj type=\"VirtualMachine\">vm-42</obj>"
        "<propSet><name>config.hardware.device</name><val xsi:type=\"ArrayOfVirtualDevice\">"
        "<VirtualDevice xsi:type=\"VirtualLsiLogicController\"><key>1000</key>"
        "<deviceInfo><label>SCSI controller 0</label></deviceInfo><controllerKey>100"
        "</controllerKey><unitNumber>3</unitNumber><busNumber>0</busNumber>"
        "<device>2000</device></VirtualDevice>"
        "<VirtualDevice xsi:type=\"VirtualDisk\"><key>2000</key><backing "
        "xsi:type=\"VirtualDiskFlatVer2BackingInfo\"><fileName>[LocalDS_0] a/a.vmdk</fileName>"
        "</backing><controllerKey>1000</controllerKey><unitNumber>0</unitNumber>"
        "<capacityInKB>1048576</capacityInKB></VirtualDevice>"
        "<VirtualDevice xsi:type=\"VirtualE1000\"><key>4000</key><controllerKey>100"
        "</controllerKey><unitNumber>7</unitNumber><macAddress>00:0c:29:36:63:62</macAddress>"
        "</VirtualDevice></val></propSet>"
        "<propSet><name>datastore</name><val xsi:type=\"ArrayOfManagedObjectReference\">"
        "<ManagedObjectReference type=\"Datastore\">datastore-1</ManagedObjectReference>"
        "<ManagedObjectReference type=\"Datastore\">datastore-2</ManagedObjectReference>"
        "</val></propSet>"
        "<propSet><name>name</name><val xsi:type=\"xsd:string\">web &amp; db</val></propSet>"
        "<propSet><name>parent</name><val xsi:type=\"ManagedObjectReference\" type=\"Folder\">"
        "group-v3</val></propSet>"
        "<propSet><name>runtime.powerState</name><val xsi:type=\"VirtualMachinePowerState\">"
        "poweredOff</val></propSet>"
        "</objects></returnval></RetrievePropertiesExResponse>");
    const VsphereProperties read = VsphereOperationParser::properties(answer);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QVERIFY(read.found);
    QCOMPARE(read.value(QStringLiteral("name")), QStringLiteral("web & db"));
    QCOMPARE(read.value(QStringLiteral("parent")), QStringLiteral("group-v3"));
    QCOMPARE(read.value(QStringLiteral("parent@type")), QStringLiteral("Folder"));
    QCOMPARE(read.value(QStringLiteral("runtime.powerState")), QStringLiteral("poweredOff"));
    QCOMPARE(read.lists.value(QStringLiteral("datastore")),
             QStringList({QStringLiteral("datastore-1"), QStringLiteral("datastore-2")}));
    QCOMPARE(read.devices.size(), 3);
    QVERIFY(read.devices.at(0).isScsiController());
    QCOMPARE(read.devices.at(0).busNumber, 0);
    QVERIFY(read.devices.at(1).isDisk());
    QCOMPARE(read.devices.at(1).capacityKb, 1048576);
    QCOMPARE(read.devices.at(1).controllerKey, 1000);
    QCOMPARE(read.devices.at(1).unitNumber, 0);
    QVERIFY(read.devices.at(2).isNic());
    QCOMPARE(read.devices.at(2).key, 4000);
    QCOMPARE(read.devices.at(0).label, QStringLiteral("SCSI controller 0"));

    // An object vCenter no longer has is simply left out.
    const VsphereProperties none = VsphereOperationParser::properties(
        envelope("<RetrievePropertiesExResponse xmlns=\"urn:vim25\"/>"));
    QVERIFY(none.ok());
    QVERIFY(!none.found);
    VsphereTaskInfo info;
    QString error;
    QVERIFY(!VsphereOperationParser::taskInfo(
        envelope("<RetrievePropertiesExResponse xmlns=\"urn:vim25\"/>"), &info, &error));
    QVERIFY2(error.contains(u"no task"), qPrintable(error));
}

void tst_VsphereOperationParser::brokenAnswers_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<QString>("words");
    QTest::newRow("not XML") << QByteArray("<html><body>502 Bad Gateway")
                             << QStringLiteral("not a SOAP envelope");
    QTest::newRow("not SOAP") << QByteArray("<a/>") << QStringLiteral("not a SOAP envelope");
    QTest::newRow("truncated") << taskAnswer("<state>running</state>").left(300)
                               << QStringLiteral("XML");
    QTest::newRow("fault")
        << envelope("<soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring>The "
                    "object has already been deleted</faultstring><detail>"
                    "<ManagedObjectNotFoundFault xmlns=\"urn:vim25\"/></detail></soapenv:Fault>")
        << QStringLiteral("ManagedObjectNotFound");
    QTest::newRow("DTD") << QByteArray("<!DOCTYPE x [<!ENTITY a \"aaaa\">]>") +
                                taskAnswer("<state>&a;</state>")
                         << QStringLiteral("document type");
    QTest::newRow("foreign answer")
        << envelope("<LoginResponse xmlns=\"urn:vim25\"/>") << QStringLiteral("LoginResponse");
    QTest::newRow("too deep") << taskAnswer("<state>running</state>" +
                                            QByteArray("<a>").repeated(40) +
                                            QByteArray("</a>").repeated(40))
                              << QStringLiteral("deeper");
    QTest::newRow("unknown state")
        << taskAnswer("<state>sleeping</state>") << QStringLiteral("sleeping");
    QTest::newRow("device type that is no name")
        << envelope("<RetrievePropertiesExResponse xmlns=\"urn:vim25\"><returnval><objects>"
                    "<obj type=\"VirtualMachine\">vm-1</obj><propSet><name>"
                    "config.hardware.device</name><val><VirtualDevice xsi:type=\"Virtual&quot;"
                    "Disk\"><key>1</key></VirtualDevice></val></propSet></objects></returnval>"
                    "</RetrievePropertiesExResponse>")
        << QStringLiteral("not a vSphere type name");
}

void tst_VsphereOperationParser::brokenAnswers()
{
    QFETCH(QByteArray, answer);
    QFETCH(QString, words);
    VsphereTaskInfo info;
    QString error;
    QVERIFY(!VsphereOperationParser::taskInfo(answer, &info, &error));
    QVERIFY2(error.contains(words), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_VsphereOperationParser)
#include "tst_vsphereoperationparser.moc"
