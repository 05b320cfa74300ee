#include "providers/libvirt/libvirtdomainstats.h"

#include <QList>
#include <QTest>

#include <cstring>

using namespace Vantage;

namespace {

// Typed parameters as virConnectGetAllDomainStats hands them out.
class Params
{
public:
    Params &ull(const char *field, unsigned long long value)
    {
        virTypedParameter p{};
        std::strncpy(p.field, field, VIR_TYPED_PARAM_FIELD_LENGTH - 1);
        p.type = VIR_TYPED_PARAM_ULLONG;
        p.value.ul = value;
        m_params.append(p);
        return *this;
    }
    Params &uint(const char *field, unsigned int value)
    {
        virTypedParameter p{};
        std::strncpy(p.field, field, VIR_TYPED_PARAM_FIELD_LENGTH - 1);
        p.type = VIR_TYPED_PARAM_UINT;
        p.value.ui = value;
        m_params.append(p);
        return *this;
    }
    Params &integer(const char *field, int value)
    {
        virTypedParameter p{};
        std::strncpy(p.field, field, VIR_TYPED_PARAM_FIELD_LENGTH - 1);
        p.type = VIR_TYPED_PARAM_INT;
        p.value.i = value;
        m_params.append(p);
        return *this;
    }
    Params &string(const char *field)
    {
        virTypedParameter p{};
        std::strncpy(p.field, field, VIR_TYPED_PARAM_FIELD_LENGTH - 1);
        p.type = VIR_TYPED_PARAM_STRING;
        p.value.s = nullptr;
        m_params.append(p);
        return *this;
    }
    LibvirtDomainStats::Bulk parse() const
    {
        return LibvirtDomainStats::parse(m_params.constData(), int(m_params.size()));
    }

private:
    QList<virTypedParameter> m_params;
};

} // namespace

class tst_LibvirtDomainStats : public QObject
{
    Q_OBJECT

private slots:
    void qemuRecord();
    void stateOnlyRecord();
    void emptyGroups();
    void usedMemory_data();
    void usedMemory();
};

// What QEMU gives for a running domain with two disks (one an empty CD-ROM) and two NICs.
void tst_LibvirtDomainStats::qemuRecord()
{
    const auto bulk = Params()
                          .integer("state.state", VIR_DOMAIN_RUNNING)
                          .integer("state.reason", 1)
                          .ull("cpu.time", 5000000000ULL)
                          .ull("cpu.user", 3000000000ULL)
                          .ull("cpu.system", 1000000000ULL)
                          .ull("balloon.current", 4194304)
                          .ull("balloon.maximum", 8388608)
                          .ull("balloon.available", 4000000)
                          .ull("balloon.usable", 3000000)
                          .ull("balloon.unused", 2500000)
                          .ull("balloon.rss", 4100000)
                          .uint("vcpu.current", 4)
                          .uint("vcpu.maximum", 8)
                          .ull("vcpu.0.time", 1)
                          .uint("net.count", 2)
                          .string("net.0.name")
                          .ull("net.0.rx.bytes", 1000)
                          .ull("net.0.rx.pkts", 10)
                          .ull("net.0.tx.bytes", 2000)
                          .string("net.1.name")
                          .ull("net.1.rx.bytes", 30)
                          .ull("net.1.tx.bytes", 40)
                          .uint("block.count", 2)
                          .string("block.0.name")
                          .ull("block.0.rd.reqs", 5)
                          .ull("block.0.rd.bytes", 4096)
                          .ull("block.0.wr.reqs", 7)
                          .ull("block.0.wr.bytes", 8192)
                          .ull("block.0.capacity", 1ULL << 33)
                          .string("block.1.name")
                          .parse();
    QCOMPARE(bulk.state, int(VIR_DOMAIN_RUNNING));
    QVERIFY(bulk.hasCpu && bulk.hasBalloon && bulk.hasVcpu && bulk.hasNet && bulk.hasBlock);

    MetricCounters s;
    LibvirtDomainStats::apply(bulk, &s);
    QCOMPARE(s.cpuTimeNs, 5000000000LL);
    QCOMPARE(s.vcpus, 4);
    QCOMPARE(s.memoryTotalBytes, 4194304LL * 1024);
    QCOMPARE(s.memoryUsedBytes, (4000000LL - 3000000) * 1024);
    QCOMPARE(s.netRxBytes, 1030);
    QCOMPARE(s.netTxBytes, 2040);
    QCOMPARE(s.diskReadBytes, 4096);
    QCOMPARE(s.diskWriteBytes, 8192);
    QCOMPARE(s.diskReadOps, 5);
    QCOMPARE(s.diskWriteOps, 7);
}

// libvirt 9.0's test driver: only the state group, so everything else is left for the fallback.
void tst_LibvirtDomainStats::stateOnlyRecord()
{
    const auto bulk =
        Params().integer("state.state", VIR_DOMAIN_PAUSED).integer("state.reason", 0).parse();
    QCOMPARE(bulk.state, int(VIR_DOMAIN_PAUSED));
    QVERIFY(!bulk.hasCpu && !bulk.hasBalloon && !bulk.hasVcpu && !bulk.hasNet && !bulk.hasBlock);
    MetricCounters s;
    LibvirtDomainStats::apply(bulk, &s);
    QCOMPARE(s.cpuTimeNs, -1);
    QCOMPARE(s.memoryTotalBytes, -1);
    QCOMPARE(s.memoryUsedBytes, -1);
    QCOMPARE(s.diskReadBytes, -1);
    QCOMPARE(s.netRxBytes, -1);
    QCOMPARE(s.vcpus, 0);
}

// A domain without disks or NICs does no I/O: 0, not unknown. No guest memory figures: unknown.
void tst_LibvirtDomainStats::emptyGroups()
{
    const auto bulk =
        Params().ull("balloon.current", 1024).uint("net.count", 0).uint("block.count", 0).parse();
    QCOMPARE(bulk.state, -1);
    MetricCounters s;
    LibvirtDomainStats::apply(bulk, &s);
    QCOMPARE(s.memoryTotalBytes, 1024LL * 1024);
    QCOMPARE(s.memoryUsedBytes, -1);
    QCOMPARE(s.diskReadBytes, 0);
    QCOMPARE(s.diskWriteOps, 0);
    QCOMPARE(s.netTxBytes, 0);
    QCOMPARE(s.cpuTimeNs, -1);
}

void tst_LibvirtDomainStats::usedMemory_data()
{
    QTest::addColumn<qint64>("available");
    QTest::addColumn<qint64>("usable");
    QTest::addColumn<qint64>("unused");
    QTest::addColumn<qint64>("rss");
    QTest::addColumn<qint64>("used");
    QTest::newRow("usable") << 100LL << 40LL << 30LL << 90LL << 60LL * 1024;
    QTest::newRow("unused") << 100LL << -1LL << 30LL << 90LL << 70LL * 1024;
    QTest::newRow("rss") << -1LL << -1LL << -1LL << 90LL << 90LL * 1024;
    QTest::newRow("odd usable") << 100LL << 140LL << 30LL << 90LL << 70LL * 1024;
    QTest::newRow("nothing") << -1LL << -1LL << -1LL << -1LL << -1LL;
}

void tst_LibvirtDomainStats::usedMemory()
{
    QFETCH(qint64, available);
    QFETCH(qint64, usable);
    QFETCH(qint64, unused);
    QFETCH(qint64, rss);
    QFETCH(qint64, used);
    QCOMPARE(LibvirtDomainStats::usedMemoryBytes(available, usable, unused, rss), used);
}

QTEST_GUILESS_MAIN(tst_LibvirtDomainStats)
#include "tst_libvirtdomainstats.moc"
