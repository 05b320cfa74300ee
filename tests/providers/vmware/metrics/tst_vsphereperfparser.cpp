// The PerformanceManager's answers as the simulator sends them (fixtures captured from tests/vcsim)
// or as a vCenter shapes them (per-device instances, -1 for "no value", oldest sample first), and
// what the provider makes of them.
#include "providers/vmware/vsphereperfparser.h"
#include "providers/vmware/vsphereperfsamples.h"

#include <QFile>
#include <QTest>

using namespace Vantage;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("fixtures/") + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray envelope(const QByteArray &body)
{
    return "<?xml version=\"1.0\"?><soapenv:Envelope xmlns:soapenv="
           "\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body>" +
           body + "</soapenv:Body></soapenv:Envelope>";
}

QHash<int, VspherePerfSamples::CounterUse> simulatorUses()
{
    return VspherePerfSamples::counterUses(
        VspherePerfParser::parseCounters(fixture(QStringLiteral("perfcounters.xml"))).counters);
}

} // namespace

class tst_VspherePerfParser : public QObject
{
    Q_OBJECT

private slots:
    void counters();
    void counterWithAnotherUnitIsLeftOut();
    void countersNotReadable();
    void queryPerfFromSimulator();
    void samplesFromSimulator();
    void instancesAndMissingValues();
    void badAnswers_data();
    void badAnswers();
    void bounds();
};

void tst_VspherePerfParser::counters()
{
    const VspherePerfAnswer answer =
        VspherePerfParser::parseCounters(fixture(QStringLiteral("perfcounters.xml")));
    QVERIFY2(answer.ok(), qPrintable(answer.error));
    QCOMPARE(answer.counters.size(), 10);
    const VspherePerfCounter &cpu = answer.counters.at(1);
    QCOMPARE(cpu.key, 2);
    QCOMPARE(cpu.fullName(), QStringLiteral("cpu.usage.average"));
    QCOMPARE(cpu.unit, QStringLiteral("percent"));

    // Of the ten, the eight Vantage charts; cpu.usage.none and disk.usage.average are not.
    const QHash<int, VspherePerfSamples::CounterUse> uses = simulatorUses();
    QCOMPARE(uses.size(), 8);
    QCOMPARE(uses.value(2).column, MetricColumn::CpuPercent);
    QCOMPARE(uses.value(2).scale, 0.01);
    QCOMPARE(uses.value(24).column, MetricColumn::MemoryUsedPercent);
    QCOMPARE(uses.value(130).column, MetricColumn::DiskReadBps);
    QCOMPARE(uses.value(130).scale, 1024.0);
    QCOMPARE(uses.value(136).column, MetricColumn::DiskReadIops);
    QVERIFY(uses.value(136).perInstance);
    QCOMPARE(uses.value(149).column, MetricColumn::NetTxBps);
    QVERIFY(!uses.contains(1));
    QVERIFY(!uses.contains(125));
}

void tst_VspherePerfParser::counterWithAnotherUnitIsLeftOut()
{
    VspherePerfCounter read{7, QStringLiteral("disk"), QStringLiteral("read"),
                            QStringLiteral("average"), QStringLiteral("megaBytesPerSecond")};
    QVERIFY(VspherePerfSamples::counterUses({read}).isEmpty());
    read.unit = QStringLiteral("kiloBytesPerSecond");
    QCOMPARE(VspherePerfSamples::counterUses({read}).size(), 1);
}

void tst_VspherePerfParser::countersNotReadable()
{
    const VspherePerfAnswer answer =
        VspherePerfParser::parseCounters(fixture(QStringLiteral("perfcounters-missing.xml")));
    QVERIFY(!answer.ok());
    QCOMPARE(answer.faultType, QStringLiteral("NotAuthenticated"));
    QVERIFY2(answer.error.contains(u"NotAuthenticated"), qPrintable(answer.error));
    QVERIFY(answer.counters.isEmpty());
}

void tst_VspherePerfParser::queryPerfFromSimulator()
{
    const VspherePerfAnswer answer =
        VspherePerfParser::parseQueryPerf(fixture(QStringLiteral("queryperf.xml")));
    QVERIFY2(answer.ok(), qPrintable(answer.error));
    QCOMPARE(answer.entities.size(), 2);
    const VspherePerfEntityMetric &vm = answer.entities.at(0);
    QCOMPARE(vm.entity.type, QStringLiteral("VirtualMachine"));
    QCOMPARE(vm.entity.value, QStringLiteral("vm-58"));
    QCOMPARE(vm.timestampsMs.size(), 2);
    // The simulator sends the newest first and nanoseconds.
    QCOMPARE(vm.timestampsMs.at(0) - vm.timestampsMs.at(1), 20000);
    QCOMPARE(vm.intervalsS, QList<int>({20, 20}));
    QCOMPARE(vm.series.size(), 8);
    QCOMPARE(vm.series.at(0).counterId, 2);
    QCOMPARE(vm.series.at(0).values, QList<qint64>({1721, 416}));
    // A counter it has no data of comes without values.
    QCOMPARE(vm.series.at(6).instance, QStringLiteral("*"));
    QVERIFY(vm.series.at(6).values.isEmpty());
    QCOMPARE(answer.entities.at(1).entity.type, QStringLiteral("HostSystem"));
}

void tst_VspherePerfParser::samplesFromSimulator()
{
    const VspherePerfAnswer answer =
        VspherePerfParser::parseQueryPerf(fixture(QStringLiteral("queryperf.xml")));
    const QList<MetricCounters> samples = VspherePerfSamples::samples(
        answer.entities, simulatorUses(),
        {{QStringLiteral("vm-58"), 2}, {QStringLiteral("host-21"), 16}});
    QCOMPARE(samples.size(), 4);
    // Oldest first, whatever the order of the answer.
    QCOMPARE(samples.at(0).timestampMs, answer.entities.at(0).timestampsMs.at(1));
    const MetricCounters &vm = samples.at(1);
    QCOMPARE(vm.kind, InventoryKind::Vm);
    QCOMPARE(vm.emsRef, QStringLiteral("vm-58"));
    QCOMPARE(vm.vcpus, 2);
    QCOMPARE(vm.timestampMs, answer.entities.at(0).timestampsMs.at(0));
    QCOMPARE(vm.cpuTimeNs, -1); // no counters: the averages form
    QVERIFY(vm.averaged);
    QCOMPARE(vm.averaged->intervalMs, 20000);
    QCOMPARE(*vm.averaged->cpuPercent, 17.21);
    QCOMPARE(*vm.averaged->memoryUsedPercent, 39.5);
    QCOMPARE(*vm.averaged->diskReadBps, 75.0 * 1024);
    QCOMPARE(*vm.averaged->diskWriteBps, 246.0 * 1024);
    QCOMPARE(*vm.averaged->netRxBps, 226.0 * 1024);
    QCOMPARE(*vm.averaged->netTxBps, 227.0 * 1024);
    QCOMPARE(vm.averaged->diskReadIops, std::nullopt);
    const MetricCounters &host = samples.at(3);
    QCOMPARE(host.kind, InventoryKind::Host);
    QCOMPARE(host.vcpus, 16);
    QCOMPARE(*host.averaged->cpuPercent, 47.6);
}

void tst_VspherePerfParser::instancesAndMissingValues()
{
    const VspherePerfAnswer answer =
        VspherePerfParser::parseQueryPerf(fixture(QStringLiteral("queryperf-instances.xml")));
    QVERIFY2(answer.ok(), qPrintable(answer.error));
    QCOMPARE(answer.entities.size(), 3);
    const QList<MetricCounters> samples =
        VspherePerfSamples::samples(answer.entities, simulatorUses(), {});
    // The datastore is no VM or host, and the VM without samples gives none.
    QCOMPARE(samples.size(), 2);
    const MetricCounters &first = samples.at(0);
    QCOMPARE(first.timestampMs,
             QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(first.vcpus, 0);
    // The aggregate, not the per-CPU instance; the sum of the disks when there is no aggregate,
    // the aggregate when there is one.
    QCOMPARE(*first.averaged->cpuPercent, 25.0);
    QCOMPARE(*first.averaged->diskReadIops, 20.0);
    QCOMPARE(*first.averaged->diskWriteIops, 30.0);
    QCOMPARE(*first.averaged->netRxBps, 102400.0);
    QCOMPARE(first.averaged->netTxBps, std::nullopt);
    const MetricCounters &second = samples.at(1);
    QCOMPARE(second.timestampMs - first.timestampMs, 20000);
    QCOMPARE(second.averaged->cpuPercent, std::nullopt); // -1
    QCOMPARE(*second.averaged->diskReadIops, 3.0);       // one disk had no value
    QCOMPARE(*second.averaged->diskWriteIops, 40.0);
}

void tst_VspherePerfParser::badAnswers_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("faultType");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("fault") << fixture(QStringLiteral("queryperf-fault.xml"))
                           << QStringLiteral("InvalidArgument")
                           << QStringLiteral("refused to report performance data");
    QByteArray truncated = fixture(QStringLiteral("queryperf.xml"));
    truncated.chop(truncated.size() / 3);
    QTest::newRow("truncated") << truncated << QString() << QStringLiteral("not well-formed XML");
    QTest::newRow("not xml") << QByteArray("<html>502 Bad Gateway") << QString()
                             << QStringLiteral("not a SOAP envelope");
    QTest::newRow("another answer")
        << envelope("<RetrievePropertiesExResponse xmlns=\"urn:vim25\"/>") << QString()
        << QStringLiteral("not QueryPerfResponse");
    QTest::newRow("dtd") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]>") +
                                envelope("<QueryPerfResponse xmlns=\"urn:vim25\"/>")
                         << QString() << QStringLiteral("document type");
    QTest::newRow("more values than samples")
        << envelope("<QueryPerfResponse xmlns=\"urn:vim25\"><returnval><entity "
                    "type=\"HostSystem\">host-1</entity><sampleInfo><timestamp>2026-11-25T10:00:"
                    "00Z</timestamp><interval>20</interval></sampleInfo><value><id><counterId>2<"
                    "/counterId><instance/></id><value>1</value><value>2</value></value>"
                    "</returnval></QueryPerfResponse>")
        << QString() << QStringLiteral("2 values for 1 samples");
    QTest::newRow("bad time")
        << envelope("<QueryPerfResponse xmlns=\"urn:vim25\"><returnval><entity "
                    "type=\"HostSystem\">host-1</entity><sampleInfo><timestamp>yesterday"
                    "</timestamp></sampleInfo></returnval></QueryPerfResponse>")
        << QString() << QStringLiteral("cannot be read");
    QTest::newRow("bad number")
        << envelope("<QueryPerfResponse xmlns=\"urn:vim25\"><returnval><entity "
                    "type=\"HostSystem\">host-1</entity><sampleInfo><timestamp>2026-11-25T10:00:"
                    "00Z</timestamp></sampleInfo><value><id><counterId>2</counterId></id><value>"
                    "lots</value></value></returnval></QueryPerfResponse>")
        << QString() << QStringLiteral("not a number");
    QTest::newRow("no entity") << envelope("<QueryPerfResponse xmlns=\"urn:vim25\"><returnval>"
                                           "</returnval></QueryPerfResponse>")
                               << QString() << QStringLiteral("names no entity");
}

void tst_VspherePerfParser::badAnswers()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, faultType);
    QFETCH(QString, errorContains);
    const VspherePerfAnswer answer = VspherePerfParser::parseQueryPerf(xml);
    QVERIFY(!answer.ok());
    QVERIFY(answer.entities.isEmpty());
    QCOMPARE(answer.faultType, faultType);
    QVERIFY2(answer.error.contains(errorContains), qPrintable(answer.error));
}

void tst_VspherePerfParser::bounds()
{
    QByteArray deep;
    for (int i = 0; i <= VspherePerfParser::MaxDepth; ++i)
        deep += "<a>";
    VspherePerfAnswer answer = VspherePerfParser::parseQueryPerf(
        envelope("<QueryPerfResponse xmlns=\"urn:vim25\">" + deep + "</QueryPerfResponse>"));
    QVERIFY2(answer.error.contains(u"deeper"), qPrintable(answer.error));

    QByteArray samples;
    for (int i = 0; i <= VspherePerfParser::MaxSamples; ++i)
        samples += "<sampleInfo><timestamp>2026-11-25T10:00:00Z</timestamp></sampleInfo>";
    answer = VspherePerfParser::parseQueryPerf(
        envelope("<QueryPerfResponse xmlns=\"urn:vim25\"><returnval><entity "
                 "type=\"HostSystem\">h</entity>" +
                 samples + "</returnval></QueryPerfResponse>"));
    QVERIFY2(answer.error.contains(u"samples"), qPrintable(answer.error));

    const QByteArray longText(VspherePerfParser::MaxTextBytes + 1, 'x');
    answer = VspherePerfParser::parseQueryPerf(
        envelope("<QueryPerfResponse xmlns=\"urn:vim25\"><returnval><entity "
                 "type=\"HostSystem\">" +
                 longText + "</entity></returnval></QueryPerfResponse>"));
    QVERIFY2(answer.error.contains(u"longer"), qPrintable(answer.error));
}

QTEST_GUILESS_MAIN(tst_VspherePerfParser)
#include "tst_vsphereperfparser.moc"
