#include "core/database.h"
#include "core/metricsprocessorworker.h"
#include "core/metricsstore.h"
#include "core/persister.h"
#include "core/providerstore.h"

#include "fakeprovider.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vantage;
using namespace Vantage::Testing;

class tst_MetricsProcessorWorker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void countersBecomeStoredRatesAndRollups();
    void retentionPurgesOldRows();

private:
    MetricCounters sample(qint64 at, qint64 cpuNs) const;
    static int count(const QString &sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_manager = 0;
    qint64 m_vmId = 0;
};

MetricCounters tst_MetricsProcessorWorker::sample(qint64 at, qint64 cpuNs) const
{
    MetricCounters counters;
    counters.managerId = m_manager;
    counters.emsRef = QStringLiteral("vm-a");
    counters.timestampMs = at;
    counters.vcpus = 2;
    counters.cpuTimeNs = cpuNs;
    return counters;
}

int tst_MetricsProcessorWorker::count(const QString &sql)
{
    QSqlQuery query(Database::connection());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

void tst_MetricsProcessorWorker::init()
{
    registerFakeProvider();
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY(Database::initialize(m_dir->filePath(QStringLiteral("v.sqlite")), &error));
    const auto provider = ProviderStore::addProvider(
        {QStringLiteral("p"), QStringLiteral("fake"), {QStringLiteral("fake://x")}, {}, {}},
        &error);
    m_manager = ProviderStore::managersOf(*provider).first().id;
    InventoryCollection inventory;
    VmRecord vm;
    vm.emsRef = QStringLiteral("vm-a");
    vm.name = QStringLiteral("web-01");
    inventory.vms << vm;
    InventoryChanges changes;
    QVERIFY(Persister(m_manager).persist(inventory, &changes, &error));
    m_vmId = count(QStringLiteral("SELECT id FROM vms"));
}

void tst_MetricsProcessorWorker::countersBecomeStoredRatesAndRollups()
{
    MetricsProcessorWorker worker(std::chrono::seconds(20));
    QSignalSpy stored(&worker, &MetricsProcessorWorker::metricsStored);
    worker.start();
    const qint64 t0 = nowMs() - 40000;
    // 2 vCPUs busy for 10 s of CPU over 20 s: 25 %.
    worker.process({sample(t0, 0)});
    worker.process({sample(t0 + 20000, 10'000'000'000LL)});
    QCOMPARE(stored.count(), 1); // the first sample has nothing to compare with
    const auto rows = stored.first().first().value<QList<MetricRates>>();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().resourceId, m_vmId);
    QCOMPARE(*rows.first().cpuPercent, 25.0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM metrics_realtime")), 1);

    worker.maintain();
    const QList<MetricPoint> hourly =
        MetricsStore::series(InventoryKind::Vm, m_vmId, MetricInterval::Hourly, 0, 0);
    QCOMPARE(hourly.size(), 1);
    QCOMPARE(hourly.first().sampleCount, 1);
    QCOMPARE(MetricsStore::series(InventoryKind::Vm, m_vmId, MetricInterval::Daily, 0, 0).size(),
             1);
    worker.finish();
}

void tst_MetricsProcessorWorker::retentionPurgesOldRows()
{
    MetricsProcessorWorker worker;
    MetricRetention retention;
    retention.realtimeMs = 60 * 1000; // one minute
    worker.setRetention(retention);
    worker.start();
    const qint64 old = nowMs() - 10 * 60 * 1000;
    worker.process({sample(old, 0)});
    worker.process({sample(old + 20000, 1'000'000'000LL)});
    worker.process({sample(nowMs() - 20000, 2'000'000'000LL)});
    worker.process({sample(nowMs(), 3'000'000'000LL)});
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM metrics_realtime")), 3);
    worker.finish(); // maintains (and so purges) a last time
    // The row of ten minutes ago is gone; those of the last minute stay.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM metrics_realtime")), 2);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM metrics_realtime WHERE timestamp < %1")
                       .arg(nowMs() - 60 * 1000)),
             0);
}

QTEST_GUILESS_MAIN(tst_MetricsProcessorWorker)
#include "tst_metricsprocessorworker.moc"
