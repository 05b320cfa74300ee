// vSphere operations through requests: a real database, a real Supervisor with its request
// runner, the vmware provider on a vCenter simulator whose clone tasks run for 3 s. A provision
// request clones and starts a VM, its task's progress is seen on the way and the refresh that
// follows stores the VM; a retirement request shuts it down and destroys it.
#include "core/providerstore.h"
#include "core/requests.h"
#include "core/supervisor.h"
#include "providers/vmware/vsphereclient.h"
#include "providers/vmware/vsphereprovider.h"
#include "providers/vmware/vspheresession.h"
#include "tests/support/flowfixture.h"
#include "tests/vcsim/vspheretesting.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Vantage;
using namespace Vantage::Testing;

namespace {

constexpr int TimeoutMs = 60000;

bool finished(qint64 requestId)
{
    const auto request = RequestStore::request(requestId);
    return request && request->state == QLatin1String(RequestState::Finished);
}

} // namespace

class tst_VsphereRequests : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void provisionThenRetire();

private:
    VcsimProcess m_vcsim;
};

void tst_VsphereRequests::initTestCase()
{
    registerVsphereProvider();
    QString error;
    QVERIFY2(m_vcsim.start({QStringLiteral("-vm"), QStringLiteral("2"),
                            QStringLiteral("-slow-task"), QStringLiteral("cloneVm"),
                            QStringLiteral("-task-ms"), QStringLiteral("3000")},
                           &error),
             qPrintable(error));
}

void tst_VsphereRequests::provisionThenRetire()
{
    QTemporaryDir dir;
    QString error;
    const qint64 managerId = databaseWithProvider(dir.path(), vsphereProvider(m_vcsim), &error);
    QVERIFY2(managerId, qPrintable(error));

    Supervisor supervisor;
    int refreshes = 0;
    countGoodRefreshes(supervisor, &refreshes);
    supervisor.start();
    QTRY_VERIFY_WITH_TIMEOUT(refreshes >= 1, TimeoutMs);

    ProvisionSpec spec;
    spec.name = QStringLiteral("requested");
    spec.sourceVmRef = scalar(QStringLiteral("SELECT ems_ref FROM vms WHERE manager_id = ? "
                                             "ORDER BY name LIMIT 1"),
                              {managerId})
                           .toString();
    spec.storageRef =
        scalar(QStringLiteral("SELECT ems_ref FROM storages WHERE manager_id = ? LIMIT 1"),
               {managerId})
            .toString();
    spec.vcpus = 2;
    spec.memoryBytes = 768LL << 20;
    spec.start = true;
    QVERIFY(!spec.sourceVmRef.isEmpty());
    const qint64 provision =
        RequestStore::submit(provisionRequest(managerId, {spec}, QStringLiteral("tester")),
                             supervisor.approvalRequired(), &error);
    QVERIFY2(provision, qPrintable(error));
    QElapsedTimer timer;
    timer.start();
    supervisor.notifyRequestSubmitted();
    // The clone's task reports 25, 50 and 75 % on the way: some of it reaches the task's row.
    QList<int> seen;
    while (!finished(provision)) {
        QVERIFY2(timer.elapsed() < TimeoutMs, "the provision request did not finish");
        const QList<TaskRecord> tasks = RequestStore::tasks(provision);
        if (!tasks.isEmpty() && tasks.first().progress > 0 && tasks.first().progress < 100 &&
            !seen.contains(tasks.first().progress))
            seen.append(tasks.first().progress);
        QTest::qWait(20);
    }
    qInfo("provision request (one clone, its task paced to 3 s) took %lld ms", timer.elapsed());
    const auto provisioned = RequestStore::request(provision);
    QVERIFY2(provisioned->status == QLatin1String(RequestStatus::Ok),
             qPrintable(provisioned->message));
    QVERIFY2(!seen.isEmpty(), "no progress between 0 and 100 % was stored");
    const TaskRecord task = RequestStore::tasks(provision).first();
    QCOMPARE(task.progress, 100);
    QVERIFY(task.resultEmsRef.startsWith(u"vm-"));
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(QStringLiteral("SELECT power_state || ' ' || vcpus FROM vms WHERE ems_ref = ?"),
               {task.resultEmsRef})
            .toString(),
        QStringLiteral("on 2"), TimeoutMs);

    // Retired now, with its files: shut down through the guest, then destroyed.
    const qint64 retire = RequestStore::submit(
        retireRequest(managerId, {{task.resultEmsRef, spec.name}}, true, QStringLiteral("tester")),
        false, &error);
    QVERIFY2(retire, qPrintable(error));
    supervisor.notifyRequestSubmitted();
    QTRY_VERIFY_WITH_TIMEOUT(finished(retire), TimeoutMs);
    QVERIFY2(RequestStore::request(retire)->status == QLatin1String(RequestStatus::Ok),
             qPrintable(RequestStore::request(retire)->message));
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(QStringLiteral("SELECT count(*) FROM vms WHERE ems_ref = ?"), {task.resultEmsRef})
            .toInt(),
        0, TimeoutMs);

    // Cancelled while its clone task runs: the request stops in the middle of the task, and the
    // clone vCenter was making is removed.
    spec.name = QStringLiteral("cancelled");
    const qint64 cancelled =
        RequestStore::submit(provisionRequest(managerId, {spec}, QStringLiteral("tester")),
                             supervisor.approvalRequired(), &error);
    QVERIFY2(cancelled, qPrintable(error));
    supervisor.notifyRequestSubmitted();
    QTRY_VERIFY_WITH_TIMEOUT(RequestStore::tasks(cancelled).first().progress > 0, TimeoutMs);
    QVERIFY2(RequestStore::cancel(cancelled, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(finished(cancelled), TimeoutMs);
    const auto stopped = RequestStore::request(cancelled);
    QVERIFY2(stopped->status != QLatin1String(RequestStatus::Ok), qPrintable(stopped->message));
    const QString message = RequestStore::tasks(cancelled).first().message;
    QVERIFY2(message.contains(u"Stopped while vCenter's task"), qPrintable(message));
    VsphereError openError;
    const auto session = VsphereSession::open(
        ProviderStore::configFor(ProviderStore::manager(managerId).value(), &error)
            .value_or(ManagerConfig()),
        &openError);
    QVERIFY2(session, qPrintable(openError.toString()));
    InventoryCollection inventory;
    ProviderError providerError;
    CancelFlag cancel;
    QVERIFY(session->collectInventory(&inventory, cancel, {}, &providerError));
    for (const VmRecord &vm : std::as_const(inventory.vms))
        QVERIFY2(vm.name != spec.name, "the cancelled clone is still in vCenter");
    supervisor.stop();
}

QTEST_GUILESS_MAIN(tst_VsphereRequests)
#include "tst_vsphererequests.moc"
