#include "core/metrics.h"

#include <QTest>

#include <cmath>

using namespace Vantage;

using Rates = std::optional<MetricRates>;
Q_DECLARE_METATYPE(Rates)

class tst_MetricsProcessor : public QObject
{
    Q_OBJECT

private slots:
    void rates_data();
    void rates();
    void firstSampleGivesNoRates();
    void objectsAreKeptApart();
    void clockGoingBackStartsOver();
    void forget();
    void columnNames();
};

namespace {

// A VM with 2 vCPUs, 1000 bytes of memory, and every counter at a round starting value.
MetricCounters baseSample()
{
    MetricCounters s;
    s.managerId = 1;
    s.kind = InventoryKind::Vm;
    s.emsRef = QStringLiteral("vm-a");
    s.timestampMs = 1000000;
    s.vcpus = 2;
    s.cpuTimeNs = 50'000'000'000;
    s.memoryTotalBytes = 1000;
    s.memoryUsedBytes = 250;
    s.diskReadBytes = 1'000'000;
    s.diskWriteBytes = 2'000'000;
    s.diskReadOps = 1000;
    s.diskWriteOps = 2000;
    s.netRxBytes = 10'000;
    s.netTxBytes = 20'000;
    return s;
}

// base + 20 s: 10 s of CPU on 2 vCPUs (25 %), memory 50 %, and per second 102400 B read,
// 20480 B written, 10 read and 5 write ops, 1000 B received and 2000 B sent.
MetricCounters steadySample()
{
    MetricCounters s = baseSample();
    s.timestampMs += 20000;
    s.cpuTimeNs += 10'000'000'000;
    s.memoryUsedBytes = 500;
    s.diskReadBytes += 2'048'000;
    s.diskWriteBytes += 409'600;
    s.diskReadOps += 200;
    s.diskWriteOps += 100;
    s.netRxBytes += 20'000;
    s.netTxBytes += 40'000;
    return s;
}

MetricRates steadyRates()
{
    MetricRates r;
    r.managerId = 1;
    r.kind = InventoryKind::Vm;
    r.emsRef = QStringLiteral("vm-a");
    r.timestampMs = 1020000;
    r.intervalMs = 20000;
    r.vcpus = 2;
    r.cpuPercent = 25;
    r.memoryUsedPercent = 50;
    r.diskReadBps = 102400;
    r.diskWriteBps = 20480;
    r.diskReadIops = 10;
    r.diskWriteIops = 5;
    r.netRxBps = 1000;
    r.netTxBps = 2000;
    return r;
}

bool sameValue(const std::optional<double> &a, const std::optional<double> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::abs(*a - *b) <= 1e-9 * std::max(1.0, std::abs(*b));
}

QString describe(const std::optional<double> &v)
{
    return v ? QString::number(*v, 'g', 12) : QStringLiteral("none");
}

} // namespace

void tst_MetricsProcessor::rates_data()
{
    QTest::addColumn<MetricCounters>("previous");
    QTest::addColumn<MetricCounters>("current");
    QTest::addColumn<Rates>("expected");

    QTest::newRow("steady") << baseSample() << steadySample() << Rates(steadyRates());

    {
        // The same counter growth over 40 s: every rate halves; 2x expected is not a gap yet.
        MetricCounters current = steadySample();
        current.timestampMs = baseSample().timestampMs + 40000;
        MetricRates r = steadyRates();
        r.timestampMs = current.timestampMs;
        r.intervalMs = 40000;
        r.cpuPercent = 12.5;
        r.diskReadBps = 51200;
        r.diskWriteBps = 10240;
        r.diskReadIops = 5;
        r.diskWriteIops = 2.5;
        r.netRxBps = 500;
        r.netTxBps = 1000;
        QTest::newRow("late sample, no gap") << baseSample() << current << Rates(r);
    }
    {
        // 100 s > 3 x 20 s: samples were missed. Rates over the real interval, flagged.
        MetricCounters current = steadySample();
        current.timestampMs = baseSample().timestampMs + 100000;
        MetricRates r = steadyRates();
        r.timestampMs = current.timestampMs;
        r.intervalMs = 100000;
        r.gap = true;
        r.cpuPercent = 5;
        r.diskReadBps = 20480;
        r.diskWriteBps = 4096;
        r.diskReadIops = 2;
        r.diskWriteIops = 1;
        r.netRxBps = 200;
        r.netTxBps = 400;
        QTest::newRow("gap") << baseSample() << current << Rates(r);
    }
    {
        // Exactly 3 x expected is still no gap.
        MetricCounters current = steadySample();
        current.timestampMs = baseSample().timestampMs + 60000;
        current.cpuTimeNs = baseSample().cpuTimeNs + 60'000'000'000; // 1 of 2 vCPUs busy
        MetricCounters previous = baseSample();
        current.diskReadBytes = previous.diskReadBytes; // idle disk: zero, not unknown
        MetricRates r = steadyRates();
        r.timestampMs = current.timestampMs;
        r.intervalMs = 60000;
        r.cpuPercent = 50;
        r.diskReadBps = 0;
        r.diskWriteBps = 409600.0 / 60;
        r.diskReadIops = 200.0 / 60;
        r.diskWriteIops = 100.0 / 60;
        r.netRxBps = 20000.0 / 60;
        r.netTxBps = 40000.0 / 60;
        QTest::newRow("3x expected, idle disk") << previous << current << Rates(r);
    }
    {
        // The VM restarted: its counters began again from zero. Those columns have no rate.
        MetricCounters current = steadySample();
        current.cpuTimeNs = 1'000'000'000;
        current.diskReadBytes = 4096;
        current.netTxBytes = 0;
        MetricRates r = steadyRates();
        r.cpuPercent.reset();
        r.diskReadBps.reset();
        r.netTxBps.reset();
        QTest::newRow("counter reset") << baseSample() << current << Rates(r);
    }
    {
        // 30 s of CPU in 20 s on one vCPU is 150 %: clamped to 100, flagged.
        MetricCounters previous = baseSample();
        previous.vcpus = 1;
        MetricCounters current = steadySample();
        current.vcpus = 1;
        current.cpuTimeNs = previous.cpuTimeNs + 30'000'000'000;
        MetricRates r = steadyRates();
        r.vcpus = 1;
        r.cpuPercent = 100;
        r.cpuClamped = true;
        QTest::newRow("cpu spike clamped") << previous << current << Rates(r);
    }
    {
        // A vCPU hot-added: the current count is the one the time was spread over.
        MetricCounters current = steadySample();
        current.vcpus = 4;
        MetricRates r = steadyRates();
        r.vcpus = 4;
        r.cpuPercent = 12.5;
        QTest::newRow("vcpus changed") << baseSample() << current << Rates(r);
    }
    {
        // Unknown counters, in either sample, and unknown vCPUs or memory total.
        MetricCounters previous = baseSample();
        previous.diskWriteOps = -1;
        MetricCounters current = steadySample();
        current.netRxBytes = -1;
        current.vcpus = 0;
        current.memoryTotalBytes = -1;
        MetricRates r = steadyRates();
        r.vcpus = 0;
        r.diskWriteIops.reset();
        r.netRxBps.reset();
        r.cpuPercent.reset();
        r.memoryUsedPercent.reset();
        QTest::newRow("unknown counters") << previous << current << Rates(r);
    }
    {
        // Memory used above the total (a balloon resized between two reads) is clamped.
        MetricCounters current = steadySample();
        current.memoryUsedBytes = 1200;
        MetricRates r = steadyRates();
        r.memoryUsedPercent = 100;
        QTest::newRow("memory over total") << baseSample() << current << Rates(r);
    }
    {
        MetricCounters current = steadySample();
        current.timestampMs = baseSample().timestampMs;
        QTest::newRow("zero interval dropped") << baseSample() << current << Rates();
    }
    {
        MetricCounters current = steadySample();
        current.timestampMs = baseSample().timestampMs - 20000;
        QTest::newRow("negative interval dropped") << baseSample() << current << Rates();
    }
}

void tst_MetricsProcessor::rates()
{
    QFETCH(MetricCounters, previous);
    QFETCH(MetricCounters, current);
    QFETCH(Rates, expected);

    const Rates got = MetricsProcessor::rates(previous, current, MetricsProcessor::Options{});
    QCOMPARE(got.has_value(), expected.has_value());
    if (!got)
        return;
    QCOMPARE(got->managerId, expected->managerId);
    QCOMPARE(got->kind, expected->kind);
    QCOMPARE(got->emsRef, expected->emsRef);
    QCOMPARE(got->timestampMs, expected->timestampMs);
    QCOMPARE(got->intervalMs, expected->intervalMs);
    QCOMPARE(got->vcpus, expected->vcpus);
    QCOMPARE(got->gap, expected->gap);
    QCOMPARE(got->cpuClamped, expected->cpuClamped);
    for (const MetricColumn column : metricColumns()) {
        QVERIFY2(sameValue(got->value(column), expected->value(column)),
                 qPrintable(QStringLiteral("%1: got %2, expected %3")
                                .arg(metricColumnName(column), describe(got->value(column)),
                                     describe(expected->value(column)))));
        if (const auto value = got->value(column))
            QVERIFY(*value >= 0);
    }
}

void tst_MetricsProcessor::firstSampleGivesNoRates()
{
    MetricsProcessor processor;
    QVERIFY(!processor.process(baseSample()));
    QCOMPARE(processor.trackedObjects(), 1);
    const Rates second = processor.process(steadySample());
    QVERIFY(second);
    QCOMPARE(second->cpuPercent, 25.0);
    QCOMPARE(second->intervalMs, 20000);
}

void tst_MetricsProcessor::objectsAreKeptApart()
{
    MetricsProcessor processor;
    MetricCounters otherVm = baseSample();
    otherVm.emsRef = QStringLiteral("vm-b");
    MetricCounters otherManager = baseSample();
    otherManager.managerId = 2;
    MetricCounters host = baseSample();
    host.kind = InventoryKind::Host;
    QVERIFY(processor.process({baseSample(), otherVm, otherManager, host}).isEmpty());
    QCOMPARE(processor.trackedObjects(), 4);

    MetricCounters otherVmLater = steadySample();
    otherVmLater.emsRef = QStringLiteral("vm-b");
    otherVmLater.cpuTimeNs = baseSample().cpuTimeNs + 20'000'000'000; // 50 %
    const QList<MetricRates> rates = processor.process({steadySample(), otherVmLater});
    QCOMPARE(rates.size(), 2);
    QCOMPARE(rates.at(0).emsRef, QStringLiteral("vm-a"));
    QCOMPARE(rates.at(0).cpuPercent, 25.0);
    QCOMPARE(rates.at(1).emsRef, QStringLiteral("vm-b"));
    QCOMPARE(rates.at(1).cpuPercent, 50.0);

    processor.forgetManager(2);
    QCOMPARE(processor.trackedObjects(), 3);
}

void tst_MetricsProcessor::clockGoingBackStartsOver()
{
    MetricsProcessor processor;
    processor.process(steadySample());
    // The clock went back 20 s: dropped, and this reading is the new baseline.
    QVERIFY(!processor.process(baseSample()));
    const Rates next = processor.process(steadySample());
    QVERIFY(next);
    QCOMPARE(next->cpuPercent, 25.0);
    QCOMPARE(next->intervalMs, 20000);
}

void tst_MetricsProcessor::forget()
{
    MetricsProcessor processor;
    processor.process(baseSample());
    processor.forget(1, InventoryKind::Vm, QStringLiteral("vm-a"));
    QCOMPARE(processor.trackedObjects(), 0);
    QVERIFY(!processor.process(steadySample())); // a first sample again
}

void tst_MetricsProcessor::columnNames()
{
    QStringList names;
    for (const MetricColumn column : metricColumns())
        names << metricColumnName(column);
    QCOMPARE(names,
             QStringList({"cpu_percent", "memory_used_percent", "disk_read_bps", "disk_write_bps",
                          "disk_read_iops", "disk_write_iops", "net_rx_bps", "net_tx_bps"}));
    QVERIFY(isPercentColumn(MetricColumn::CpuPercent));
    QVERIFY(!isPercentColumn(MetricColumn::NetTxBps));
}

QTEST_GUILESS_MAIN(tst_MetricsProcessor)
#include "tst_metricsprocessor.moc"
