// Requests end to end, as an operator gets them: a real database, the libvirt provider on a
// generated test-driver node, a real Supervisor with its request runner and retirement scheduler.
// One request clones three VMs, a second starts them, and a retirement shuts one down and
// removes it with its disk.
#include "core/database.h"
#include "core/eventstore.h"
#include "core/providerregistry.h"
#include "core/providerstore.h"
#include "core/requests.h"
#include "core/supervisor.h"
#include "providers/libvirt/libvirtprovider.h"
#include "tests/support/flowfixture.h"
#include "tests/support/testnodexml.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Vantage;

namespace {

constexpr int timeoutMs = 30000;

} // namespace

class tst_LibvirtRequests : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void provisionPowerAndRetire();

private:
    bool waitFinished(qint64 requestId);
    bool refreshAndWait();

    QTemporaryDir m_dir;
    TestNodeModel m_model;
    QString m_sourceName; // the VM that is cloned
    qint64 m_manager = 0;
    std::unique_ptr<Supervisor> m_supervisor;
};

void tst_LibvirtRequests::initTestCase()
{
    registerLibvirtProvider();
    const ProviderType *type = ProviderRegistry::instance().find(QStringLiteral("libvirt"));
    QVERIFY(type);
    if (!type->hasOperations())
        QSKIP("The libvirt provider has no lifecycle operations in this build.");
    QString error;
    QVERIFY2(Database::initialize(m_dir.filePath(QStringLiteral("vantage.sqlite")), &error),
             qPrintable(error));
    TestNodeSpec spec;
    spec.hostName = QStringLiteral("request-lab");
    spec.domains = 12;
    spec.pools = 2;
    spec.volumesPerPool = 1; // each pool keeps most of its 100 GiB free
    // The first seed whose node has a small enough shut-off VM for three clones of its disk to
    // fit in the other pool (clones are fully allocated).
    for (spec.seed = 1; m_sourceName.isEmpty(); ++spec.seed) {
        m_model = TestNodeXml::model(spec);
        for (const TestNodeDomain &domain : std::as_const(m_model.domains)) {
            if (domain.runState == 5 && domain.diskCapacityBytes > 0 &&
                domain.diskCapacityBytes <= 15 * (1LL << 30)) {
                m_sourceName = domain.name;
                break;
            }
        }
    }
    const QString path = m_dir.filePath(spec.hostName + QStringLiteral(".xml"));
    QVERIFY2(TestNodeXml::writeFile(path, spec, &error), qPrintable(error));
    ProviderSpec provider;
    provider.name = QStringLiteral("Request Lab");
    provider.type = QStringLiteral("libvirt");
    provider.endpoints = {TestNodeXml::uriForFile(path)};
    m_manager = addProviderManager(provider, &error);
    QVERIFY2(m_manager, qPrintable(error));

    m_supervisor = std::make_unique<Supervisor>();
    RequestRunnerSettings settings;
    settings.shutdownTimeout = std::chrono::seconds(5);
    settings.shutdownPoll = std::chrono::milliseconds(50);
    m_supervisor->setRequestRunnerSettings(settings);
    QSignalSpy refreshed(m_supervisor.get(), &Supervisor::refreshFinished);
    m_supervisor->start(true);
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), timeoutMs);
    QVERIFY(refreshed.first().at(1).value<RefreshOutcome>().ok);
}

bool tst_LibvirtRequests::waitFinished(qint64 requestId)
{
    return QTest::qWaitFor(
        [&] {
            return RequestStore::request(requestId)->state == QLatin1String(RequestState::Finished);
        },
        timeoutMs);
}

bool tst_LibvirtRequests::refreshAndWait()
{
    QSignalSpy refreshed(m_supervisor.get(), &Supervisor::refreshFinished);
    m_supervisor->requestRefresh(m_manager);
    return QTest::qWaitFor([&] { return !refreshed.isEmpty(); }, timeoutMs) &&
           refreshed.first().at(1).value<RefreshOutcome>().ok;
}

void tst_LibvirtRequests::provisionPowerAndRetire()
{
    // A shut-off VM whose disk is a volume of a pool is cloned into the second pool.
    const QString sourceRef =
        scalar(QStringLiteral("SELECT ems_ref FROM vms WHERE name = ?"), {m_sourceName}).toString();
    const QString poolRef =
        scalar(QStringLiteral("SELECT ems_ref FROM storages ORDER BY available_bytes DESC"))
            .toString();
    const QString hostRef = scalar(QStringLiteral("SELECT ems_ref FROM hosts")).toString();
    QVERIFY(!sourceRef.isEmpty());
    QVERIFY(!poolRef.isEmpty());
    QVERIFY(!hostRef.isEmpty());

    QList<ProvisionSpec> specs;
    for (int i = 1; i <= 3; ++i) {
        ProvisionSpec spec;
        spec.name = QStringLiteral("clone-%1").arg(i);
        spec.hostRef = hostRef;
        spec.sourceVmRef = sourceRef;
        spec.storageRef = poolRef;
        spec.vcpus = 1;
        spec.memoryBytes = 512LL << 20;
        specs << spec;
    }
    QString error;
    const qint64 provision =
        RequestStore::submit(provisionRequest(m_manager, specs, QStringLiteral("tester")),
                             m_supervisor->approvalRequired(), &error);
    QVERIFY2(provision, qPrintable(error));
    m_supervisor->notifyRequestSubmitted();
    QVERIFY(waitFinished(provision));
    const auto provisioned = RequestStore::request(provision);
    QVERIFY2(provisioned->status == QLatin1String(RequestStatus::Ok),
             qPrintable(provisioned->message));
    QList<VmSelection> clones;
    for (const TaskRecord &task : RequestStore::tasks(provision)) {
        QVERIFY(!task.resultEmsRef.isEmpty());
        clones.append({task.resultEmsRef, provisionSpecFromJson(task.spec).name});
    }
    // The request's targeted refresh brings them into the inventory.
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(QStringLiteral("SELECT count(*) FROM vms WHERE name LIKE 'clone-%' AND "
                              "power_state = 'off'"))
            .toInt(),
        3, timeoutMs);

    const qint64 power = RequestStore::submit(
        powerRequest(m_manager, PowerOperation::Start, clones, QStringLiteral("tester")), false,
        &error);
    m_supervisor->notifyRequestSubmitted();
    QVERIFY(waitFinished(power));
    QVERIFY2(RequestStore::request(power)->status == QLatin1String(RequestStatus::Ok),
             qPrintable(RequestStore::request(power)->message));
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(QStringLiteral("SELECT count(*) FROM vms WHERE name LIKE 'clone-%' AND "
                              "power_state = 'on'"))
            .toInt(),
        3, timeoutMs);

    // Retire the first clone now, with its disk.
    const VmSelection retired = clones.first();
    const QString diskPath =
        scalar(QStringLiteral("SELECT d.source FROM disks d JOIN vms v ON v.id = d.vm_id "
                              "WHERE v.ems_ref = ? AND d.device = 'disk'"),
               {retired.emsRef})
            .toString();
    QVERIFY(!diskPath.isEmpty());
    QVERIFY(refreshAndWait());
    // The refresh that was waited for may be an earlier targeted one still finishing.
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(QStringLiteral("SELECT count(*) FROM storage_volumes WHERE path = ?"), {diskPath})
            .toInt(),
        1, timeoutMs);
    QVERIFY2(RetirementStore::schedule(m_manager, retired.emsRef, nowMs(), 0, true, &error),
             qPrintable(error));
    m_supervisor->wakeRetirementScheduler();
    QTRY_COMPARE_WITH_TIMEOUT(RetirementStore::retirement(m_manager, retired.emsRef)->state,
                              QStringLiteral("retired"), timeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(QStringLiteral("SELECT count(*) FROM vms WHERE ems_ref = ?"), {retired.emsRef})
            .toInt(),
        0, timeoutMs);
    QVERIFY(refreshAndWait());
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM storage_volumes WHERE path = ?"), {diskPath})
            .toInt(),
        0);
    EventFilter filter;
    filter.eventTypes = {QStringLiteral("vm_retired")};
    QCOMPARE(EventStore::events(filter).size(), 1);
    // The other clones are untouched.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM vms WHERE name LIKE 'clone-%'")).toInt(),
             2);
    m_supervisor->stop();
}

QTEST_GUILESS_MAIN(tst_LibvirtRequests)
#include "tst_libvirtrequests.moc"
