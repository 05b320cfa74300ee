#include "core/database.h"
#include "core/requestrunner.h"
#include "core/requests.h"
#include "core/supervisor.h"

#include "requestfixture.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Vantage;
using namespace Vantage::Testing;

namespace {

ProvisionSpec cloneSpec(const QString &name, bool start = false)
{
    ProvisionSpec spec;
    spec.name = name;
    spec.sourceVmRef = QStringLiteral("vm-vm0");
    spec.start = start;
    return spec;
}

QList<VmSelection> selectVms(int count)
{
    QList<VmSelection> vms;
    for (int i = 0; i < count; ++i)
        vms.append({QStringLiteral("vm-vm%1").arg(i), QStringLiteral("vm%1").arg(i)});
    return vms;
}

} // namespace

class tst_RequestRunner : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void runsAQueuedRequestAndRefreshesWhatItChanged();
    void approvalRequiredWaitsForApproval();
    void deniedRequestNeverRuns();
    void cancelStopsBeforeTheNextTask();
    void tasksRunInDependencyOrder();
    void failedProvisionRollsBackWhatWasMade();
    void provisionSchedulesTheRetirementItWasGiven();
    void powerRequestCarriesOnPastFailures();
    void progressIsWrittenInBatches();
    void malformedSpecFailsOnlyItsTask();
    void requestLeftActiveByACrashIsFinishedAtStart();
    void cleanStopResumesAtTheNextStart();
    void handlersCanBeRegistered();
    void reconfigureChangesTheVm();
    void retireNowKeepsARetirementRecord();

private:
    qint64 submit(const NewRequest &request);
    bool waitFinished(qint64 requestId, int timeoutMs = 10000);

    QTemporaryDir m_dir;
    qint64 m_manager = 0;
    std::unique_ptr<Supervisor> m_supervisor;
};

void tst_RequestRunner::init()
{
    resetFakeManager(5);
    QString error;
    QVERIFY2(
        Database::initialize(
            m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), &error),
        qPrintable(error));
    m_manager = addFakeManager();
    m_supervisor = std::make_unique<Supervisor>();
}

void tst_RequestRunner::cleanup()
{
    m_supervisor.reset();
}

qint64 tst_RequestRunner::submit(const NewRequest &request)
{
    QString error;
    const qint64 id = RequestStore::submit(request, m_supervisor->approvalRequired(), &error);
    if (!id)
        qWarning() << error;
    m_supervisor->notifyRequestSubmitted();
    return id;
}

bool tst_RequestRunner::waitFinished(qint64 requestId, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (requestState(requestId) == QLatin1String(RequestState::Finished))
            return true;
        QTest::qWait(20);
    }
    return false;
}

void tst_RequestRunner::runsAQueuedRequestAndRefreshesWhatItChanged()
{
    QSignalSpy changed(m_supervisor.get(), &Supervisor::requestsChanged);
    QSignalSpy refreshed(m_supervisor.get(), &Supervisor::refreshFinished);
    m_supervisor->start(false);
    const qint64 id = submit(provisionRequest(
        m_manager, {cloneSpec(QStringLiteral("web-1")), cloneSpec(QStringLiteral("web-2"))},
        QStringLiteral("alice")));
    QVERIFY(waitFinished(id));
    const auto request = RequestStore::request(id);
    QCOMPARE(request->status, QStringLiteral("ok"));
    QVERIFY(request->startedAtMs > 0);
    QVERIFY(request->finishedAtMs >= request->startedAtMs);
    QCOMPARE(request->tasksFinished, 2);
    const QList<TaskRecord> tasks = RequestStore::tasks(id);
    QCOMPARE(tasks.at(0).resultEmsRef, QStringLiteral("vm-web-1"));
    QCOMPARE(tasks.at(1).progress, 100);
    QVERIFY(tasks.at(1).log.contains(QStringLiteral("Created VM web-2")));
    QCOMPARE(fakeOperations(),
             (QStringList{QStringLiteral("provision web-1"), QStringLiteral("provision web-2")}));
    QVERIFY(changed.count() > 0);
    // One targeted refresh brings both new VMs into the inventory.
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(QStringLiteral("SELECT count(*) FROM vms WHERE ems_ref LIKE 'vm-web-%'")).toInt(), 2,
        10000);
    QCOMPARE(refreshed.count(), 1);
}

void tst_RequestRunner::approvalRequiredWaitsForApproval()
{
    m_supervisor->setApprovalRequired(true);
    m_supervisor->start(false);
    const qint64 id = submit(
        powerRequest(m_manager, PowerOperation::PowerOff, selectVms(1), QStringLiteral("alice")));
    QCOMPARE(requestState(id), QStringLiteral("pending"));
    QTest::qWait(200);
    QCOMPARE(requestState(id), QStringLiteral("pending"));
    QVERIFY(fakeOperations().isEmpty());
    QString error;
    QVERIFY(RequestStore::approve(id, QStringLiteral("carol"), {}, &error));
    m_supervisor->notifyRequestSubmitted();
    QVERIFY(waitFinished(id));
    QCOMPARE(RequestStore::request(id)->status, QStringLiteral("ok"));
    QCOMPARE(fakePowerState(QStringLiteral("vm-vm0")), QStringLiteral("off"));
}

void tst_RequestRunner::deniedRequestNeverRuns()
{
    m_supervisor->setApprovalRequired(true);
    m_supervisor->start(false);
    const qint64 id = submit(
        powerRequest(m_manager, PowerOperation::PowerOff, selectVms(1), QStringLiteral("alice")));
    QString error;
    QVERIFY(RequestStore::deny(id, QStringLiteral("carol"), QStringLiteral("no"), &error));
    m_supervisor->notifyRequestSubmitted();
    QTest::qWait(200);
    const auto request = RequestStore::request(id);
    QCOMPARE(request->state, QStringLiteral("finished"));
    QCOMPARE(request->status, QStringLiteral("denied"));
    QVERIFY(fakeOperations().isEmpty());
}

void tst_RequestRunner::cancelStopsBeforeTheNextTask()
{
    qint64 id = 0;
    {
        QMutexLocker lock(&fakeInventory().mutex);
        // The operator cancels while the second VM is being made.
        fakeInventory().beforeOperation = [&id](const QString &operation) {
            QString error;
            if (operation == QLatin1String("provision b"))
                QVERIFY(RequestStore::cancel(id, &error));
        };
    }
    id = submit(provisionRequest(m_manager,
                                 {cloneSpec(QStringLiteral("a")), cloneSpec(QStringLiteral("b")),
                                  cloneSpec(QStringLiteral("c"))},
                                 QStringLiteral("alice")));
    m_supervisor->start(false);
    QVERIFY(waitFinished(id));
    const auto request = RequestStore::request(id);
    QCOMPARE(request->status, QStringLiteral("cancelled"));
    QVERIFY2(request->message.contains(QStringLiteral("2 of 3")), qPrintable(request->message));
    QCOMPARE(fakeOperations(),
             (QStringList{QStringLiteral("provision a"), QStringLiteral("provision b")}));
    const QList<TaskRecord> tasks = RequestStore::tasks(id);
    QCOMPARE(tasks.at(1).status, QStringLiteral("ok")); // the running task finished
    QCOMPARE(tasks.at(2).status, QStringLiteral("cancelled"));
    QCOMPARE(tasks.at(2).state, QStringLiteral("finished"));
}

void tst_RequestRunner::tasksRunInDependencyOrder()
{
    NewRequest request =
        provisionRequest(m_manager,
                         {cloneSpec(QStringLiteral("app")), cloneSpec(QStringLiteral("web")),
                          cloneSpec(QStringLiteral("db")), cloneSpec(QStringLiteral("cache"))},
                         QStringLiteral("alice"));
    request.tasks[0].dependsOn = {2};    // app after db
    request.tasks[1].dependsOn = {0, 3}; // web after app and cache
    const qint64 id = submit(request);
    m_supervisor->start(false);
    QVERIFY(waitFinished(id));
    QCOMPARE(RequestStore::request(id)->status, QStringLiteral("ok"));
    QCOMPARE(fakeOperations(),
             (QStringList{QStringLiteral("provision db"), QStringLiteral("provision app"),
                          QStringLiteral("provision cache"), QStringLiteral("provision web")}));
}

void tst_RequestRunner::failedProvisionRollsBackWhatWasMade()
{
    {
        QMutexLocker lock(&fakeInventory().mutex);
        fakeInventory().failProvisionAt = 3;
    }
    NewRequest request =
        provisionRequest(m_manager,
                         {cloneSpec(QStringLiteral("db"), true), cloneSpec(QStringLiteral("web")),
                          cloneSpec(QStringLiteral("cache")), cloneSpec(QStringLiteral("lb"))},
                         QStringLiteral("alice"));
    request.tasks[2].description = QStringLiteral("cache part");
    const qint64 id = submit(request);
    m_supervisor->start(false);
    QVERIFY(waitFinished(id));
    const auto finished = RequestStore::request(id);
    QCOMPARE(finished->status, QStringLiteral("error"));
    QVERIFY2(finished->message.contains(QStringLiteral("cache part (task 3 of 4) failed: "
                                                       "Storage pool is full.")),
             qPrintable(finished->message));
    // Exactly what was made goes, newest first; the running one is powered off first.
    QCOMPARE(
        fakeOperations(),
        (QStringList{QStringLiteral("provision db"), QStringLiteral("provision web"),
                     QStringLiteral("remove vm-web storage"), QStringLiteral("power_off vm-db"),
                     QStringLiteral("remove vm-db storage")}));
    const QList<TaskRecord> tasks = RequestStore::tasks(id);
    QCOMPARE(tasks.at(0).state, QStringLiteral("rolled_back"));
    QCOMPARE(tasks.at(1).state, QStringLiteral("rolled_back"));
    QCOMPARE(tasks.at(2).status, QStringLiteral("error"));
    QCOMPARE(tasks.at(2).message, QStringLiteral("Storage pool is full."));
    QCOMPARE(tasks.at(3).status, QStringLiteral("error"));
    QVERIFY(tasks.at(3).message.startsWith(QStringLiteral("Not run")));
    QCOMPARE(RequestStore::request(id)->tasksFinished, 4);
}

void tst_RequestRunner::provisionSchedulesTheRetirementItWasGiven()
{
    {
        QMutexLocker lock(&fakeInventory().mutex);
        fakeInventory().failProvisionAt = 2;
    }
    const qint64 retiresAt = nowMs() + 30LL * 24 * 3600 * 1000;
    NewRequest request = provisionRequest(
        m_manager, {cloneSpec(QStringLiteral("kept")), cloneSpec(QStringLiteral("broken"))},
        QStringLiteral("alice"));
    for (NewTask &task : request.tasks) {
        task.spec.insert(QStringLiteral("retires_at"), retiresAt);
        task.spec.insert(QStringLiteral("warn_days"), 5);
    }
    const qint64 failing = submit(request);
    m_supervisor->start(false);
    QVERIFY(waitFinished(failing));
    // Rolled back: the VM is gone, and so is the retirement it was given.
    QVERIFY(!RetirementStore::retirement(m_manager, QStringLiteral("vm-kept")));

    const qint64 id = submit(
        provisionRequest(m_manager, {cloneSpec(QStringLiteral("later"))}, QStringLiteral("alice")));
    QVERIFY(waitFinished(id));
    NewRequest dated =
        provisionRequest(m_manager, {cloneSpec(QStringLiteral("dated"))}, QStringLiteral("alice"));
    dated.tasks[0].spec.insert(QStringLiteral("retires_at"), retiresAt);
    dated.tasks[0].spec.insert(QStringLiteral("warn_days"), 5);
    const qint64 datedId = submit(dated);
    QVERIFY(waitFinished(datedId));
    QCOMPARE(RequestStore::request(datedId)->status, QStringLiteral("ok"));
    // Scheduled before the refresh stored the VM's row, from what the request knew of it.
    const auto retirement = RetirementStore::retirement(m_manager, QStringLiteral("vm-dated"));
    QVERIFY(retirement);
    QCOMPARE(retirement->retiresAtMs, retiresAt);
    QCOMPARE(retirement->warnDays, 5);
    QCOMPARE(retirement->state, QStringLiteral("scheduled"));
    QCOMPARE(retirement->vmName, QStringLiteral("dated"));
    QVERIFY(!RetirementStore::retirement(m_manager, QStringLiteral("vm-later")));
}

void tst_RequestRunner::powerRequestCarriesOnPastFailures()
{
    resetFakeManager(10);
    {
        QMutexLocker lock(&fakeInventory().mutex);
        fakeInventory().failingPower = {QStringLiteral("vm-vm2"), QStringLiteral("vm-vm5"),
                                        QStringLiteral("vm-vm7")};
    }
    m_supervisor->start(false);
    const qint64 id = submit(
        powerRequest(m_manager, PowerOperation::PowerOff, selectVms(10), QStringLiteral("alice")));
    QVERIFY(waitFinished(id));
    const auto request = RequestStore::request(id);
    QCOMPARE(request->status, QStringLiteral("error"));
    QVERIFY2(request->message.startsWith(
                 QStringLiteral("3 of 10 failed: vm2: The fake manager refuses to power_off")),
             qPrintable(request->message));
    QCOMPARE(fakeOperations().size(), 7);
    QCOMPARE(fakePowerState(QStringLiteral("vm-vm9")), QStringLiteral("off"));
    QCOMPARE(fakePowerState(QStringLiteral("vm-vm5")), QStringLiteral("on"));
}

void tst_RequestRunner::progressIsWrittenInBatches()
{
    resetFakeManager(1000);
    QSignalSpy changed(m_supervisor.get(), &Supervisor::requestsChanged);
    m_supervisor->start(false);
    QElapsedTimer timer;
    timer.start();
    const qint64 id = submit(powerRequest(m_manager, PowerOperation::PowerOff, selectVms(1000),
                                          QStringLiteral("alice")));
    QVERIFY(waitFinished(id, 60000));
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(RequestStore::request(id)->status, QStringLiteral("ok"));
    QCOMPARE(RequestStore::request(id)->tasksFinished, 1000);
    // At most one write per flush interval, plus the start and the end: far fewer than 1,000.
    QVERIFY2(changed.count() <= elapsed / 100 + 3,
             qPrintable(QStringLiteral("%1 signals in %2 ms").arg(changed.count()).arg(elapsed)));
}

void tst_RequestRunner::malformedSpecFailsOnlyItsTask()
{
    const qint64 id = submit(
        powerRequest(m_manager, PowerOperation::PowerOff, selectVms(3), QStringLiteral("alice")));
    QVERIFY(execSql(QStringLiteral("UPDATE request_tasks SET spec = '{\"vm_ref\": \"vm-' "
                                   "WHERE request_id = %1 AND position = 1")
                        .arg(id)));
    const qint64 badOptions = submit(
        powerRequest(m_manager, PowerOperation::Start, selectVms(1), QStringLiteral("alice")));
    QVERIFY(execSql(
        QStringLiteral("UPDATE requests SET options = '{oops' WHERE id = %1").arg(badOptions)));
    m_supervisor->start(false);
    QVERIFY(waitFinished(id));
    QVERIFY(waitFinished(badOptions));
    const QList<TaskRecord> tasks = RequestStore::tasks(id);
    QCOMPARE(tasks.at(0).status, QStringLiteral("ok"));
    QCOMPARE(tasks.at(1).status, QStringLiteral("error"));
    QVERIFY2(tasks.at(1).message.contains(QStringLiteral("specification cannot be read")),
             qPrintable(tasks.at(1).message));
    QCOMPARE(tasks.at(2).status, QStringLiteral("ok"));
    QVERIFY2(RequestStore::request(id)->message.startsWith(QStringLiteral("1 of 3 failed")),
             qPrintable(RequestStore::request(id)->message));
    // Malformed options fail their whole request, clearly, and nothing is done for it.
    QCOMPARE(RequestStore::request(badOptions)->status, QStringLiteral("error"));
    QVERIFY2(RequestStore::request(badOptions)->message.contains(QStringLiteral("options")),
             qPrintable(RequestStore::request(badOptions)->message));
    QCOMPARE(fakeOperations().size(), 2);
}

void tst_RequestRunner::requestLeftActiveByACrashIsFinishedAtStart()
{
    // What a crash leaves: db made, web being made, lb not started.
    const qint64 id =
        submit(provisionRequest(m_manager,
                                {cloneSpec(QStringLiteral("db")), cloneSpec(QStringLiteral("web")),
                                 cloneSpec(QStringLiteral("lb"))},
                                QStringLiteral("alice")));
    QString error;
    ProviderError providerError;
    QString made;
    FakeSession session;
    QVERIFY(session.provisionVm(cloneSpec(QStringLiteral("db")), &made, &providerError));
    QVERIFY(execSql(QStringLiteral("UPDATE requests SET state = 'active' WHERE id = %1").arg(id)));
    QVERIFY(
        execSql(QStringLiteral("UPDATE request_tasks SET state = 'finished', status = 'ok', "
                               "result_ems_ref = 'vm-db', finished_at = 1 WHERE position = 0")));
    QVERIFY(execSql(QStringLiteral(
        "UPDATE request_tasks SET state = 'active', started_at = 2 WHERE position = 1")));

    m_supervisor->start(false);
    QVERIFY(waitFinished(id));
    const auto request = RequestStore::request(id);
    QCOMPARE(request->status, QStringLiteral("error"));
    QVERIFY2(request->message.contains(QStringLiteral("Interrupted by a restart")),
             qPrintable(request->message));
    QVERIFY2(request->message.contains(QStringLiteral("Rolled back: Provision db")),
             qPrintable(request->message));
    const QList<TaskRecord> tasks = RequestStore::tasks(id);
    QCOMPARE(tasks.at(0).state, QStringLiteral("rolled_back"));
    QCOMPARE(tasks.at(1).message, QStringLiteral("Interrupted by a restart."));
    QCOMPARE(tasks.at(2).message, QStringLiteral("Not run: interrupted by a restart."));
    QCOMPARE(fakeOperations().last(), QStringLiteral("remove vm-db storage"));
}

void tst_RequestRunner::cleanStopResumesAtTheNextStart()
{
    {
        QMutexLocker lock(&fakeInventory().mutex);
        fakeInventory().beforeOperation = [this](const QString &operation) {
            if (operation != QLatin1String("provision b"))
                return;
            // The main thread asks the workers to stop while b is being made.
            QMetaObject::invokeMethod(m_supervisor.get(), &Supervisor::stop);
            QThread::msleep(1000);
        };
    }
    const qint64 id =
        submit(provisionRequest(m_manager,
                                {cloneSpec(QStringLiteral("a")), cloneSpec(QStringLiteral("b")),
                                 cloneSpec(QStringLiteral("c"))},
                                QStringLiteral("alice")));
    m_supervisor->start(false);
    QTRY_COMPARE_WITH_TIMEOUT(m_supervisor->runningWorkerCount(), 0, 10000);
    QCOMPARE(requestState(id), QStringLiteral("queued"));
    {
        QMutexLocker lock(&fakeInventory().mutex);
        fakeInventory().beforeOperation = nullptr;
    }
    Supervisor next;
    next.start(false);
    QVERIFY(waitFinished(id));
    QCOMPARE(RequestStore::request(id)->status, QStringLiteral("ok"));
    QCOMPARE(fakeOperations(),
             (QStringList{QStringLiteral("provision a"), QStringLiteral("provision b"),
                          QStringLiteral("provision c")}));
}

void tst_RequestRunner::handlersCanBeRegistered()
{
    QVERIFY(!RequestRunner::hasHandler(QStringLiteral("scan")));
    RequestHandler scan;
    scan.stopOnFailure = false;
    scan.runTask = [](RequestTaskContext &context, QString *error) {
        if (context.task().spec.value(QStringLiteral("vm_ref")).toString() ==
            QLatin1String("bad")) {
            *error = QStringLiteral("unreadable disk");
            return false;
        }
        context.log(QStringLiteral("scanned"));
        return true;
    };
    RequestRunner::registerHandler(QStringLiteral("scan"), scan);
    QVERIFY(RequestRunner::hasHandler(QStringLiteral("scan")));
    NewRequest request = powerRequest(m_manager, PowerOperation::Start,
                                      {{QStringLiteral("vm-vm0"), QStringLiteral("vm0")},
                                       {QStringLiteral("bad"), QStringLiteral("bad")}},
                                      QStringLiteral("alice"));
    request.type = QStringLiteral("scan");
    const qint64 id = submit(request);
    NewRequest unknown = request;
    unknown.type = QStringLiteral("teleport");
    const qint64 unknownId = submit(unknown);
    m_supervisor->start(false);
    QVERIFY(waitFinished(id));
    QVERIFY(waitFinished(unknownId));
    QCOMPARE(RequestStore::request(id)->message, QStringLiteral("1 of 2 failed: unreadable disk"));
    QVERIFY(RequestStore::tasks(id).at(0).log.contains(QStringLiteral("scanned")));
    QVERIFY2(RequestStore::request(unknownId)->message.contains(QStringLiteral("“teleport”")),
             qPrintable(RequestStore::request(unknownId)->message));
}

void tst_RequestRunner::reconfigureChangesTheVm()
{
    ReconfigureSpec spec;
    spec.vcpus = 8;
    const qint64 id = submit(reconfigureRequest(
        m_manager, {QStringLiteral("vm-vm1"), QStringLiteral("vm1")}, spec, QStringLiteral("a")));
    ReconfigureSpec empty;
    const qint64 invalid = submit(reconfigureRequest(
        m_manager, {QStringLiteral("vm-vm1"), QStringLiteral("vm1")}, empty, QStringLiteral("a")));
    m_supervisor->start(false);
    QVERIFY(waitFinished(id));
    QVERIFY(waitFinished(invalid));
    QCOMPARE(RequestStore::request(id)->status, QStringLiteral("ok"));
    QCOMPARE(fakeOperations(), QStringList{QStringLiteral("reconfigure vm-vm1")});
    QVERIFY2(RequestStore::request(invalid)->message.contains(QStringLiteral("empty")),
             qPrintable(RequestStore::request(invalid)->message));
}

void tst_RequestRunner::retireNowKeepsARetirementRecord()
{
    // Retire now from a menu: a Retire request, no retirement scheduled before.
    insertVmRow(m_manager, QStringLiteral("vm-vm3"), QStringLiteral("vm3"));
    const qint64 id =
        submit(retireRequest(m_manager, {{QStringLiteral("vm-vm3"), QStringLiteral("vm3")}}, true,
                             QStringLiteral("alice")));
    m_supervisor->start(false);
    QVERIFY(waitFinished(id));
    QCOMPARE(RequestStore::request(id)->status, QStringLiteral("ok"));
    const auto retirement = RetirementStore::retirement(m_manager, QStringLiteral("vm-vm3"));
    QVERIFY(retirement);
    QCOMPARE(retirement->state, QStringLiteral("retired"));
    QCOMPARE(retirement->requestId, id);
    QVERIFY(retirement->deleteStorage);
    QCOMPARE(retirement->vmSnapshot.value(QStringLiteral("name")).toString(),
             QStringLiteral("vm3"));
    QCOMPARE(fakeOperations(), (QStringList{QStringLiteral("shutdown vm-vm3"),
                                            QStringLiteral("remove vm-vm3 storage")}));
}

QTEST_GUILESS_MAIN(tst_RequestRunner)
#include "tst_requestrunner.moc"
