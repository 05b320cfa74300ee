#include "providers/vmware/vsphereeventparser.h"

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

QByteArray seed(const char *name)
{
    // The fuzz target's seeds, captured from the simulator, serve as fixtures too.
    QFile file(
        QDir::cleanPath(QStringLiteral(VANTAGE_TEST_DATA "/../../../fuzz/corpus/vsphere_events/") +
                        QLatin1StringView(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_VsphereEventParser : public QObject
{
    Q_OBJECT

private slots:
    void readNextEvents();
    void latestPage();
    void empty();
    void fault();
    void malformed_data();
    void malformed();
    void tooManyEvents();
};

void tst_VsphereEventParser::readNextEvents()
{
    // Captured from the simulator: newest first, with the VM's and host's morefs.
    const VsphereEventPage page = VsphereEventParser::parse(seed("readnextevents.xml"));
    QVERIFY2(page.ok(), qPrintable(page.error));
    QVERIFY(page.events.size() >= 4);
    const VsphereEvent &login = page.events.at(0);
    QCOMPARE(login.type, QStringLiteral("UserLoginSessionEvent"));
    QCOMPARE(login.key, 8);
    QCOMPARE(login.userName, QStringLiteral("user"));
    QVERIFY(login.vmRef.isEmpty());
    const VsphereEvent &on = page.events.at(1);
    QCOMPARE(on.type, QStringLiteral("VmPoweredOnEvent"));
    QCOMPARE(on.key, 7);
    QCOMPARE(on.chainId, 7);
    QCOMPARE(on.vmRef, QStringLiteral("vm-27"));
    QCOMPARE(on.vmName, QStringLiteral("DC0_H0_VM0"));
    QCOMPARE(on.hostRef, QStringLiteral("host-21"));
    QCOMPARE(on.hostName, QStringLiteral("DC0_H0"));
    QCOMPARE(on.message, QStringLiteral("DC0_H0_VM0 on DC0_H0 in DC0 is powered on"));
    // 2026-11-25T14:10:10.052482173Z: nanoseconds cut to milliseconds.
    QCOMPARE(on.createdMs,
             QDateTime(QDate(2026, 11, 25), QTime(14, 10, 10, 52), Qt::UTC).toMSecsSinceEpoch());
}

void tst_VsphereEventParser::latestPage()
{
    const VsphereEventPage page = VsphereEventParser::parse(seed("latestpage.xml"));
    QVERIFY2(page.ok(), qPrintable(page.error));
    QVERIFY(page.events.size() >= 3);
    QCOMPARE(page.events.first().type, QStringLiteral("VmPoweredOffEvent"));
    QCOMPARE(page.events.first().key, 10);
    QCOMPARE(page.events.first().vmRef, QStringLiteral("vm-27"));
}

void tst_VsphereEventParser::empty()
{
    const VsphereEventPage page = VsphereEventParser::parse(seed("empty.xml"));
    QVERIFY2(page.ok(), qPrintable(page.error));
    QVERIFY(page.events.isEmpty());
}

void tst_VsphereEventParser::fault()
{
    const VsphereEventPage page = VsphereEventParser::parse(seed("fault.xml"));
    QVERIFY(!page.ok());
    QCOMPARE(page.faultType, QStringLiteral("ManagedObjectNotFound"));
    QVERIFY2(page.error.contains(u"managed object not found"), qPrintable(page.error));
}

void tst_VsphereEventParser::malformed_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("error");
    const QByteArray event = "<returnval xsi:type=\"VmPoweredOnEvent\"><key>3</key></returnval>";
    QTest::newRow("not xml") << QByteArray("HTTP gateway error") << "well-formed";
    QTest::newRow("cut off")
        << envelope("<ReadNextEventsResponse xmlns=\"urn:vim25\">" + event).left(250)
        << "well-formed";
    QTest::newRow("dtd") << "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]>" +
                                envelope("<ReadNextEventsResponse xmlns=\"urn:vim25\"/>")
                         << "document type declaration";
    QTest::newRow("foreign answer")
        << envelope("<CurrentTimeResponse xmlns=\"urn:vim25\"/>") << "not a list of events";
    QTest::newRow("no body") << QByteArray("<soapenv:Envelope xmlns:soapenv=\"http://schemas."
                                           "xmlsoap.org/soap/envelope/\"/>")
                             << "no body";
    QTest::newRow("no key") << envelope("<ReadNextEventsResponse xmlns=\"urn:vim25\"><returnval "
                                        "xsi:type=\"VmPoweredOnEvent\"/></ReadNextEventsResponse>")
                            << "no type or no key";
    QByteArray deep = "<ReadNextEventsResponse xmlns=\"urn:vim25\"><returnval xsi:type=\"E\">"
                      "<key>1</key>";
    for (int i = 0; i < 40; ++i)
        deep += "<a>";
    for (int i = 0; i < 40; ++i)
        deep += "</a>";
    QTest::newRow("too deep") << envelope(deep + "</returnval></ReadNextEventsResponse>")
                              << "deeper than";
    const QByteArray huge(VsphereEventParser::MaxTextBytes + 1, 'x');
    QTest::newRow("too long") << envelope("<ReadNextEventsResponse xmlns=\"urn:vim25\"><returnval "
                                          "xsi:type=\"E\"><key>1</key><fullFormattedMessage>" +
                                          huge +
                                          "</fullFormattedMessage></returnval>"
                                          "</ReadNextEventsResponse>")
                              << "longer than";
}

void tst_VsphereEventParser::malformed()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, error);
    const VsphereEventPage page = VsphereEventParser::parse(xml);
    QVERIFY(!page.ok());
    QVERIFY2(page.error.contains(error), qPrintable(page.error));
    QVERIFY(page.events.isEmpty());
}

void tst_VsphereEventParser::tooManyEvents()
{
    QByteArray body = "<ReadNextEventsResponse xmlns=\"urn:vim25\">";
    for (int i = 1; i <= VsphereEventParser::MaxEvents + 1; ++i)
        body += "<returnval xsi:type=\"E\"><key>" + QByteArray::number(i) + "</key></returnval>";
    const VsphereEventPage page =
        VsphereEventParser::parse(envelope(body + "</ReadNextEventsResponse>"));
    QVERIFY2(page.error.contains(u"more than"), qPrintable(page.error));
    QVERIFY(page.events.isEmpty());
}

QTEST_APPLESS_MAIN(tst_VsphereEventParser)
#include "tst_vsphereeventparser.moc"
