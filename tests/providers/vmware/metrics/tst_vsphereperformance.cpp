// VspherePerformance against the real vCenter simulator (tests/vcsim), and against a loopback
// vCenter of the test's own for what the simulator never answers: faults and broken answers.
#include "providers/vmware/vsphereclient.h"
#include "providers/vmware/vsphereperformance.h"
#include "providers/vmware/vspheresession.h"
#include "tests/vcsim/vspheretesting.h"

#include <QFile>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <functional>
#include <memory>

using namespace Vantage;
using namespace Vantage::Testing;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("fixtures/") + name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QSet<QString> refsOf(const QList<MetricCounters> &samples, InventoryKind kind)
{
    QSet<QString> refs;
    for (const MetricCounters &sample : samples) {
        if (sample.kind == kind)
            refs.insert(sample.emsRef);
    }
    return refs;
}

// A loopback vCenter that logs in, lists one running VM and one host, and answers QueryPerf as
// its mode says: what no simulator does.
class FakePerfServer
{
public:
    enum class Mode { Good, Fault, Malformed, GoneOnce, Dropped };

    explicit FakePerfServer(Mode mode)
        : m_mode(mode), m_server([this](const QByteArray &request) { return answer(request); })
    {}
    QString endpoint() const { return m_server.endpoint(); }
    int views() const { return m_views; }
    int queries() const { return m_queries; }

private:
    static QByteArray fault(const QByteArray &type, const QByteArray &text)
    {
        return LoopbackSoapServer::http(
            LoopbackSoapServer::envelope(
                "<soapenv:Fault><faultcode>ServerFaultCode</faultcode><faultstring>" + text +
                "</faultstring><detail><" + type + "Fault xmlns=\"urn:vim25\" xsi:type=\"" + type +
                "\"/></detail>"
                "</soapenv:Fault>"),
            {}, 500);
    }

    QByteArray answer(const QByteArray &request)
    {
        if (const QByteArray login = LoopbackSoapServer::loginAnswer(
                request, "<perfManager type=\"PerformanceManager\">PerfMgr</perfManager>");
            !login.isEmpty()) {
            return login;
        }
        if (request.contains("<CreateContainerView")) {
            ++m_views;
            return LoopbackSoapServer::http(LoopbackSoapServer::envelope(
                "<CreateContainerViewResponse xmlns=\"urn:vim25\"><returnval "
                "type=\"ContainerView\">v1</returnval>"
                "</CreateContainerViewResponse>"));
        }
        if (request.contains("<RetrievePropertiesEx") && request.contains("perfCounter"))
            return LoopbackSoapServer::http(fixture(QStringLiteral("perfcounters.xml")));
        if (request.contains("<RetrievePropertiesEx")) {
            return LoopbackSoapServer::http(LoopbackSoapServer::envelope(
                "<RetrievePropertiesExResponse xmlns=\"urn:vim25\"><returnval>"
                "<objects><obj type=\"VirtualMachine\">vm-1</obj>"
                "<propSet><name>runtime.powerState</name><val "
                "xsi:type=\"VirtualMachinePowerState\">"
                "poweredOn</val></propSet><propSet><name>config.hardware.numCPU</name>"
                "<val xsi:type=\"xsd:int\">2</val></propSet></objects>"
                "<objects><obj type=\"HostSystem\">host-1</obj>"
                "<propSet><name>runtime.powerState</name><val>poweredOn</val></propSet>"
                "<propSet><name>runtime.connectionState</name><val>connected</val></propSet>"
                "<propSet><name>summary.hardware.numCpuThreads</name><val>8</val></propSet>"
                "</objects></returnval></RetrievePropertiesExResponse>"));
        }
        if (request.contains("<QueryPerf")) {
            ++m_queries;
            if (m_mode == Mode::Fault)
                return fault("InvalidArgument", "A specified parameter was not correct: querySpec");
            if (m_mode == Mode::Dropped)
                return {};
            if (m_mode == Mode::GoneOnce && m_queries == 1)
                return fault("ManagedObjectNotFound", "The object has already been deleted");
            QByteArray good = fixture(QStringLiteral("queryperf-instances.xml"));
            if (m_mode == Mode::Malformed)
                good.truncate(good.indexOf("</sampleInfo>") + 5);
            return LoopbackSoapServer::http(good);
        }
        return LoopbackSoapServer::http(
            LoopbackSoapServer::envelope("<Response xmlns=\"urn:vim25\"/>"));
    }

    Mode m_mode;
    int m_views = 0;
    int m_queries = 0;
    // Last, so that it serves only once the counts above are in place.
    LoopbackSoapServer m_server;
};

// Opens a session to the loopback server and collects once, aside.
bool collectFrom(const FakePerfServer &server, QList<MetricCounters> *samples, ProviderError *error)
{
    bool collected = false;
    runAside([&] {
        VsphereError failure;
        const auto session = VsphereSession::open(vsphereConfig(server.endpoint()), &failure);
        if (!session) {
            *error = failure;
            return;
        }
        collected = session->collectMetrics(samples, error);
    });
    return collected;
}

} // namespace

class tst_VspherePerformance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void samplesOfRunningVmsAndHosts();
    void batches();
    void laterRoundsBringNewerSamples();
    void soapFault();
    void malformedAnswer();
    void goneEntityRereadsTheList();
    void droppedConnection();

private:
    VcsimProcess m_vcsim;
    InventoryCollection m_inventory;
};

void tst_VspherePerformance::initTestCase()
{
    // A cluster of 2 hosts and a standalone host; 3 VMs in each of their 2 root pools.
    QString error;
    QVERIFY2(m_vcsim.start(clusterAndStandaloneHost(2, 3), &error), qPrintable(error));

    // One VM powered off first: it must get no samples.
    VsphereError failure;
    const auto session = VsphereSession::open(vsphereConfig(m_vcsim), &failure);
    QVERIFY2(session, qPrintable(failure.toString()));
    CancelFlag never;
    ProviderError collectFailure;
    QVERIFY(session->collectInventory(&m_inventory, never, {}, &collectFailure));
    QCOMPARE(m_inventory.vms.size(), 6);
    QVERIFY(runVmTask(session->client(), "PowerOffVM_Task", m_inventory.vms.first().emsRef));
}

void tst_VspherePerformance::samplesOfRunningVmsAndHosts()
{
    VsphereError failure;
    const auto session = VsphereSession::open(vsphereConfig(m_vcsim), &failure);
    QVERIFY2(session, qPrintable(failure.toString()));
    QList<MetricCounters> samples;
    ProviderError error;
    QVERIFY2(session->collectMetrics(&samples, &error), qPrintable(error.toString()));

    QSet<QString> runningVms;
    for (const VmRecord &vm : std::as_const(m_inventory.vms)) {
        if (vm.emsRef != m_inventory.vms.first().emsRef)
            runningVms.insert(vm.emsRef);
    }
    QSet<QString> hosts;
    for (const HostRecord &host : std::as_const(m_inventory.hosts))
        hosts.insert(host.emsRef);
    QCOMPARE(refsOf(samples, InventoryKind::Vm), runningVms);
    QCOMPARE(refsOf(samples, InventoryKind::Host), hosts);
    // The first round asks for the latest sample only.
    QCOMPARE(samples.size(), runningVms.size() + hosts.size());

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const MetricCounters &sample : std::as_const(samples)) {
        const QString what = sample.emsRef;
        QVERIFY2(sample.averaged, qPrintable(what));
        QCOMPARE(sample.cpuTimeNs, -1);
        QVERIFY2(sample.vcpus > 0, qPrintable(what));
        QVERIFY2(qAbs(sample.timestampMs - now) < 10 * 60 * 1000, qPrintable(what));
        QCOMPARE(sample.averaged->intervalMs, 20000);
        // As stored: the simulator adds noise that can take a host's memory above 100 %, which
        // the processor clamps.
        const std::optional<MetricRates> stored =
            MetricsProcessor::averagedRates(nullptr, sample, {});
        QVERIFY2(stored, qPrintable(what));
        const MetricRates &rates = *stored;
        QVERIFY2(rates.cpuPercent && *rates.cpuPercent >= 0 && *rates.cpuPercent <= 100,
                 qPrintable(what));
        QVERIFY2(rates.memoryUsedPercent && *rates.memoryUsedPercent >= 0 &&
                     *rates.memoryUsedPercent <= 100,
                 qPrintable(what));
        for (const MetricColumn column : {MetricColumn::DiskReadBps, MetricColumn::DiskWriteBps,
                                          MetricColumn::NetRxBps, MetricColumn::NetTxBps}) {
            QVERIFY2(rates.value(column) && *rates.value(column) >= 0,
                     qPrintable(what + u' ' + metricColumnName(column)));
        }
    }
}

void tst_VspherePerformance::batches()
{
    VsphereError failure;
    const auto session = VsphereSession::open(vsphereConfig(m_vcsim), &failure);
    QVERIFY2(session, qPrintable(failure.toString()));
    VspherePerformance whole(session->client());
    QList<MetricCounters> all;
    ProviderError error;
    QVERIFY2(whole.collect(&all, &error), qPrintable(error.toString()));
    QCOMPARE(whole.lastQueryCount(), 1);

    VspherePerformance batched(session->client());
    batched.setBatchSize(3);
    QList<MetricCounters> inBatches;
    QVERIFY2(batched.collect(&inBatches, &error), qPrintable(error.toString()));
    QCOMPARE(all.size(), 8); // 5 running VMs, 3 hosts
    QCOMPARE(batched.lastQueryCount(), 3);
    QCOMPARE(refsOf(inBatches, InventoryKind::Vm), refsOf(all, InventoryKind::Vm));
    QCOMPARE(refsOf(inBatches, InventoryKind::Host), refsOf(all, InventoryKind::Host));
}

void tst_VspherePerformance::laterRoundsBringNewerSamples()
{
    VsphereError failure;
    const auto session = VsphereSession::open(vsphereConfig(m_vcsim), &failure);
    QVERIFY2(session, qPrintable(failure.toString()));
    VspherePerformance performance(session->client());
    QList<MetricCounters> first;
    ProviderError error;
    QVERIFY2(performance.collect(&first, &error), qPrintable(error.toString()));
    qint64 newest = 0;
    for (const MetricCounters &sample : std::as_const(first))
        newest = qMax(newest, sample.timestampMs);
    QList<MetricCounters> second;
    QVERIFY2(performance.collect(&second, &error), qPrintable(error.toString()));
    QVERIFY(!second.isEmpty());
    for (const MetricCounters &sample : std::as_const(second))
        QVERIFY2(sample.timestampMs > newest, qPrintable(sample.emsRef));
}

void tst_VspherePerformance::soapFault()
{
    FakePerfServer server(FakePerfServer::Mode::Fault);
    QList<MetricCounters> samples{MetricCounters()};
    ProviderError error;
    QVERIFY(!collectFrom(server, &samples, &error));
    QVERIFY2(error.message.contains(u"InvalidArgument") &&
                 error.message.contains(u"A specified parameter was not correct"),
             qPrintable(error.toString()));
    QCOMPARE(samples.size(), 1); // left alone
}

void tst_VspherePerformance::malformedAnswer()
{
    FakePerfServer server(FakePerfServer::Mode::Malformed);
    QList<MetricCounters> samples;
    ProviderError error;
    QVERIFY(!collectFrom(server, &samples, &error));
    QVERIFY2(error.message.contains(u"performance data that cannot be read") &&
                 error.message.contains(u"well-formed"),
             qPrintable(error.toString()));
    QVERIFY(!error.hint.isEmpty());
    QVERIFY(samples.isEmpty());
}

void tst_VspherePerformance::goneEntityRereadsTheList()
{
    FakePerfServer server(FakePerfServer::Mode::GoneOnce);
    QList<MetricCounters> samples;
    ProviderError error;
    QVERIFY2(collectFrom(server, &samples, &error), qPrintable(error.toString()));
    QCOMPARE(server.views(), 2);
    QCOMPARE(server.queries(), 2);
    // The fixture's two samples of vm-7 (the server does not care what was asked).
    QCOMPARE(samples.size(), 2);
}

void tst_VspherePerformance::droppedConnection()
{
    FakePerfServer server(FakePerfServer::Mode::Dropped);
    QList<MetricCounters> samples;
    ProviderError error;
    QVERIFY(!collectFrom(server, &samples, &error));
    QVERIFY2(error.message.contains(u"127.0.0.1") && error.message.contains(u"QueryPerf"),
             qPrintable(error.toString()));
    QVERIFY(samples.isEmpty());
}

QTEST_GUILESS_MAIN(tst_VspherePerformance)
#include "tst_vsphereperformance.moc"
