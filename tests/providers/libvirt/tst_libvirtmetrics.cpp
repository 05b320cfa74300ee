#include "providers/libvirt/libvirtprovidertype.h"
#include "providers/libvirt/libvirtsession.h"
#include "tests/support/testnodexml.h"

#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <libvirt/libvirt.h>

#include <ctime>

using namespace Vantage;

namespace {

qint64 processCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

QHash<QString, MetricCounters> byRef(const QList<MetricCounters> &samples, InventoryKind kind)
{
    QHash<QString, MetricCounters> result;
    for (const MetricCounters &s : samples) {
        if (s.kind == kind)
            result.insert(s.emsRef, s);
    }
    return result;
}

// The cumulative counters of one sample, in a fixed order.
QList<qint64> cumulative(const MetricCounters &s)
{
    return {s.cpuTimeNs,    s.diskReadBytes, s.diskWriteBytes, s.diskReadOps,
            s.diskWriteOps, s.netRxBytes,    s.netTxBytes};
}

} // namespace

class tst_LibvirtMetrics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typeHasMetrics();
    void defaultDriver();
    void generatedDomains();
    void shutOffDomainsHaveNoCounters();
    void hostSample();
    void unknownIsMinusOne();
    void withoutInventory();
    void repeatedCollectionNeverDecreases();
    void startedDomainGetsSample();
    void twoHosts();
    void lostConnection();
    void cpuFor1000Domains();

private:
    std::shared_ptr<LibvirtSession> open(const QStringList &uris);
    QString writeNode(const TestNodeSpec &spec);
    static QList<MetricCounters> collect(LibvirtSession *session);

    QTemporaryDir m_dir;
    TestNodeSpec m_specA;
    TestNodeSpec m_specB;
    TestNodeModel m_modelA;
    TestNodeModel m_modelB;
    QString m_uriA;
    QString m_uriB;
    QString m_uriBig;
};

std::shared_ptr<LibvirtSession> tst_LibvirtMetrics::open(const QStringList &uris)
{
    ManagerConfig c;
    c.id = 1;
    c.providerName = QStringLiteral("Lab");
    c.type = LibvirtProviderType::typeId();
    c.endpoints = uris;
    ProviderError error;
    auto session = LibvirtSession::open(c, &error);
    if (!session)
        qWarning() << error.toString();
    return session;
}

QString tst_LibvirtMetrics::writeNode(const TestNodeSpec &spec)
{
    const QString path = m_dir.filePath(spec.hostName + QStringLiteral(".xml"));
    QString error;
    if (!TestNodeXml::writeFile(path, spec, &error))
        qFatal("cannot write %s: %s", qPrintable(path), qPrintable(error));
    return TestNodeXml::uriForFile(path);
}

QList<MetricCounters> tst_LibvirtMetrics::collect(LibvirtSession *session)
{
    QList<MetricCounters> samples;
    ProviderError error;
    if (!session->collectMetrics(&samples, &error))
        qWarning() << "collectMetrics failed:" << error.toString();
    return samples;
}

void tst_LibvirtMetrics::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_specA.hostName = QStringLiteral("metrics-a");
    m_specA.domains = 36;
    m_specA.seed = 101;
    m_specB.hostName = QStringLiteral("metrics-b");
    m_specB.domains = 12;
    m_specB.seed = 202;
    m_modelA = TestNodeXml::model(m_specA);
    m_modelB = TestNodeXml::model(m_specB);
    m_uriA = writeNode(m_specA);
    m_uriB = writeNode(m_specB);

    TestNodeSpec big;
    big.hostName = QStringLiteral("metrics-big");
    big.domains = 1000;
    big.seed = 303;
    m_uriBig = writeNode(big);
}

void tst_LibvirtMetrics::typeHasMetrics()
{
    QVERIFY(LibvirtProviderType().hasMetrics());
}

void tst_LibvirtMetrics::defaultDriver()
{
    auto session = open({QStringLiteral("test:///default")});
    QVERIFY(session);
    InventoryCollection inventory;
    QVERIFY(session->collectInventory(&inventory, CancelFlag(), {}, nullptr));

    QList<MetricCounters> samples;
    ProviderError error;
    QVERIFY2(session->collectMetrics(&samples, &error), qPrintable(error.toString()));
    QCOMPARE(samples.size(), 2); // the host and its one running domain
    const auto vms = byRef(samples, InventoryKind::Vm);
    QCOMPARE(vms.size(), 1);
    const MetricCounters vm = vms.value(inventory.vms[0].emsRef);
    QCOMPARE(vm.emsRef, QStringLiteral("6695eb01-f6a4-8304-79aa-97f2502e193f"));
    QCOMPARE(vm.managerId, 0); // core fills it in
    QCOMPARE(vm.vcpus, 2);
    QVERIFY(vm.timestampMs > 0);
    QCOMPARE(vm.memoryTotalBytes, 2097152LL * 1024);            // the current (ballooned) memory
    QCOMPARE(vm.memoryUsedBytes, (2097152LL - 1048576) * 1024); // available - usable
    QVERIFY(vm.cpuTimeNs > 0);
    // The test driver's made-up block and interface figures, from the fallback per device.
    QVERIFY(vm.diskReadBytes > 0);
    QVERIFY(vm.diskWriteBytes > 0);
    QVERIFY(vm.diskReadOps > 0);
    QVERIFY(vm.diskWriteOps > 0);
    QVERIFY(vm.netRxBytes > 0);
    QVERIFY(vm.netTxBytes > 0);
}

void tst_LibvirtMetrics::generatedDomains()
{
    auto session = open({m_uriA});
    QVERIFY(session);
    InventoryCollection inventory;
    QVERIFY(session->collectInventory(&inventory, CancelFlag(), {}, nullptr));
    const auto vms = byRef(collect(session.get()), InventoryKind::Vm);

    int running = 0;
    for (const TestNodeDomain &d : m_modelA.domains) {
        if (d.runState == VIR_DOMAIN_SHUTOFF)
            continue;
        ++running;
        const QString ref = d.uuid.toLower();
        QVERIFY2(vms.contains(ref), qPrintable(d.name));
        const MetricCounters &s = vms[ref];
        QCOMPARE(s.kind, InventoryKind::Vm);
        QCOMPARE(s.vcpus, d.vcpus);
        QVERIFY(s.memoryTotalBytes > 0);
        QCOMPARE(s.memoryTotalBytes, d.currentMemoryKiB * 1024);
        QVERIFY(s.cpuTimeNs >= 0);
        // The generated domains have no balloon device, so the guest reports no memory figures.
        QCOMPARE(s.memoryUsedBytes, -1);
        QVERIFY(s.diskReadBytes >= 0);
        QVERIFY(s.netRxBytes >= 0);
    }
    QVERIFY(running > 0);
    QCOMPARE(vms.size(), running);
}

void tst_LibvirtMetrics::shutOffDomainsHaveNoCounters()
{
    auto session = open({m_uriA});
    QVERIFY(session);
    const auto vms = byRef(collect(session.get()), InventoryKind::Vm);
    int off = 0;
    for (const TestNodeDomain &d : m_modelA.domains) {
        if (d.runState != VIR_DOMAIN_SHUTOFF)
            continue;
        ++off;
        QVERIFY2(!vms.contains(d.uuid.toLower()), qPrintable(d.name));
    }
    QVERIFY(off > 0);
}

void tst_LibvirtMetrics::hostSample()
{
    auto session = open({m_uriA});
    QVERIFY(session);
    const QList<MetricCounters> samples = collect(session.get());
    const auto hosts = byRef(samples, InventoryKind::Host);
    QCOMPARE(hosts.size(), 1);
    // The same ems_ref as the inventory's host.
    InventoryCollection inventory;
    QVERIFY(session->collectInventory(&inventory, CancelFlag(), {}, nullptr));
    QVERIFY(hosts.contains(inventory.hosts[0].emsRef));
    const MetricCounters &h = hosts[inventory.hosts[0].emsRef];
    QCOMPARE(h.vcpus, m_modelA.cpuSockets * m_modelA.cpuCores * m_modelA.cpuThreads);
    QCOMPARE(h.memoryTotalBytes, m_modelA.memoryKiB * 1024);
    QVERIFY(h.cpuTimeNs > 0); // kernel + user of the test driver's fixed node CPU figures
    QVERIFY(h.timestampMs > 0);
}

// What the test driver cannot tell stays -1, never 0.
void tst_LibvirtMetrics::unknownIsMinusOne()
{
    auto session = open({m_uriA});
    QVERIFY(session);
    const QList<MetricCounters> samples = collect(session.get());
    const auto hosts = byRef(samples, InventoryKind::Host);
    QCOMPARE(hosts.size(), 1);
    const MetricCounters &h = *hosts.cbegin();
    // A domain without a balloon device: its guest's used memory is unknown, its total is not.
    const auto vms = byRef(samples, InventoryKind::Vm);
    QVERIFY(!vms.isEmpty());
    for (const MetricCounters &vm : vms) {
        QCOMPARE(vm.memoryUsedBytes, -1);
        QVERIFY(vm.memoryTotalBytes > 0);
    }
    // No virNodeGetMemoryStats in the test driver: total from virNodeGetInfo, used unknown.
    QCOMPARE(h.memoryUsedBytes, -1);
    // libvirt has no host-wide disk or network counters.
    QCOMPARE(h.diskReadBytes, -1);
    QCOMPARE(h.diskWriteBytes, -1);
    QCOMPARE(h.diskReadOps, -1);
    QCOMPARE(h.diskWriteOps, -1);
    QCOMPARE(h.netRxBytes, -1);
    QCOMPARE(h.netTxBytes, -1);
}

// Metrics before any inventory collection: device names are read from the domain XML once.
void tst_LibvirtMetrics::withoutInventory()
{
    auto session = open({m_uriA});
    QVERIFY(session);
    const auto first = byRef(collect(session.get()), InventoryKind::Vm);
    QVERIFY(!first.isEmpty());
    for (const MetricCounters &s : first) {
        QVERIFY2(s.diskReadBytes > 0, qPrintable(s.emsRef));
        QVERIFY2(s.netRxBytes > 0, qPrintable(s.emsRef));
    }
    InventoryCollection inventory;
    QVERIFY(session->collectInventory(&inventory, CancelFlag(), {}, nullptr));
    const auto second = byRef(collect(session.get()), InventoryKind::Vm);
    QCOMPARE(second.keys().size(), first.keys().size());
    for (const MetricCounters &s : second)
        QVERIFY(s.diskReadBytes >= first.value(s.emsRef).diskReadBytes);
}

void tst_LibvirtMetrics::repeatedCollectionNeverDecreases()
{
    auto session = open({m_uriA});
    QVERIFY(session);
    const QList<MetricCounters> first = collect(session.get());
    QTest::qWait(20);
    const QList<MetricCounters> second = collect(session.get());
    QCOMPARE(second.size(), first.size());
    for (const InventoryKind kind : {InventoryKind::Vm, InventoryKind::Host}) {
        const auto a = byRef(first, kind);
        const auto b = byRef(second, kind);
        QCOMPARE(b.keys().size(), a.keys().size());
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            QVERIFY(b.contains(it.key()));
            const MetricCounters &later = b[it.key()];
            QVERIFY(later.timestampMs >= it->timestampMs);
            const QList<qint64> before = cumulative(*it);
            const QList<qint64> after = cumulative(later);
            for (qsizetype i = 0; i < before.size(); ++i) {
                QVERIFY2(after[i] >= before[i],
                         qPrintable(QStringLiteral("%1 counter %2: %3 then %4")
                                        .arg(it.key())
                                        .arg(i)
                                        .arg(before[i])
                                        .arg(after[i])));
                if (before[i] >= 0)
                    QVERIFY(after[i] >= 0); // known stays known
            }
        }
    }
}

void tst_LibvirtMetrics::startedDomainGetsSample()
{
    auto session = open({m_uriA});
    QVERIFY(session);
    InventoryCollection inventory;
    QVERIFY(session->collectInventory(&inventory, CancelFlag(), {}, nullptr));
    const TestNodeDomain *off = nullptr;
    for (const TestNodeDomain &d : m_modelA.domains) {
        if (d.runState == VIR_DOMAIN_SHUTOFF) {
            off = &d;
            break;
        }
    }
    QVERIFY(off);
    QVERIFY(!byRef(collect(session.get()), InventoryKind::Vm).contains(off->uuid.toLower()));

    virConnectPtr conn = session->connectionFor(m_uriA);
    virDomainPtr dom = virDomainLookupByName(conn, off->name.toUtf8().constData());
    QVERIFY(dom);
    QCOMPARE(virDomainCreate(dom), 0);
    const auto vms = byRef(collect(session.get()), InventoryKind::Vm);
    QVERIFY(vms.contains(off->uuid.toLower()));
    QCOMPARE(vms[off->uuid.toLower()].vcpus, off->vcpus);
    QCOMPARE(virDomainDestroy(dom), 0);
    virDomainFree(dom);
    QVERIFY(!byRef(collect(session.get()), InventoryKind::Vm).contains(off->uuid.toLower()));
}

void tst_LibvirtMetrics::twoHosts()
{
    auto session = open({m_uriA, m_uriB});
    QVERIFY(session);
    const QList<MetricCounters> samples = collect(session.get());
    QCOMPARE(byRef(samples, InventoryKind::Host).size(), 2);
    int running = 0;
    for (const TestNodeModel *model : {&m_modelA, &m_modelB}) {
        for (const TestNodeDomain &d : model->domains)
            running += d.runState == VIR_DOMAIN_SHUTOFF ? 0 : 1;
    }
    QCOMPARE(byRef(samples, InventoryKind::Vm).size(), running);
}

void tst_LibvirtMetrics::lostConnection()
{
    auto session = open({m_uriA, m_uriB});
    QVERIFY(session);
    session->simulateConnectionClosed(m_uriB);
    QList<MetricCounters> samples;
    samples.append(MetricCounters());
    ProviderError error;
    QVERIFY(!session->collectMetrics(&samples, &error));
    QVERIFY2(error.message.contains(m_uriB), qPrintable(error.message));
    QVERIFY(error.message.contains(QStringLiteral("closed")));
    QVERIFY(!error.hint.isEmpty());
    QCOMPARE(samples.size(), 1); // untouched on failure
    // Also without an error pointer.
    QVERIFY(!session->collectMetrics(&samples, nullptr));
}

// One collection over 1,000 generated domains, as the metrics benchmark runs it.
void tst_LibvirtMetrics::cpuFor1000Domains()
{
    // Cold: a session whose inventory was never collected reads every domain's XML once.
    qint64 cold = 0;
    {
        auto fresh = open({m_uriBig});
        QVERIFY(fresh);
        const qint64 start = processCpuNs();
        QVERIFY(!collect(fresh.get()).isEmpty());
        cold = processCpuNs() - start;
    }

    auto session = open({m_uriBig});
    QVERIFY(session);
    InventoryCollection inventory;
    QVERIFY(session->collectInventory(&inventory, CancelFlag(), {}, nullptr));
    QCOMPARE(inventory.vms.size(), 1000);
    collect(session.get()); // warm-up

    constexpr int rounds = 5;
    qint64 best = std::numeric_limits<qint64>::max();
    qsizetype vmSamples = 0;
    for (int i = 0; i < rounds; ++i) {
        const qint64 start = processCpuNs();
        const QList<MetricCounters> samples = collect(session.get());
        best = qMin(best, processCpuNs() - start);
        vmSamples = byRef(samples, InventoryKind::Vm).size();
    }
    qInfo("collectMetrics over 1000 domains (%lld running): %.1f ms CPU (best of %d); "
          "%.1f ms the first time without an inventory",
          qlonglong(vmSamples), double(best) / 1e6, rounds, double(cold) / 1e6);
    // The figure itself is bench_metrics' (no timing assertions in unit tests).
    QVERIFY(vmSamples > 0);
}

QTEST_GUILESS_MAIN(tst_LibvirtMetrics)
#include "tst_libvirtmetrics.moc"
