#include "core/smartstate/smartstatestore.h"
#include "core/smartstate/smartstatetask.h"
#include "tests/smartstate/imagebuilder.h"
#include "tests/smartstate/smartstatefixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Vantage;
using namespace Vantage::Testing;

namespace {

// A manager that only knows where its VMs' disks are.
class DiskSession final : public ManagerSession
{
public:
    QHash<QString, QList<DiskSource>> disks;

    bool isAlive() const override { return true; }
    bool collectInventory(InventoryCollection *, const CancelFlag &, const ProgressCallback &,
                          ProviderError *) override
    {
        return true;
    }
    bool collectTargets(const QList<InventoryTarget> &, InventoryCollection *,
                        ProviderError *) override
    {
        return true;
    }
    bool diskSources(const QString &vmRef, QList<DiskSource> *out, ProviderError *error) override
    {
        if (!disks.contains(vmRef)) {
            error->message = QStringLiteral("Domain %1 not found.").arg(vmRef);
            return false;
        }
        *out = disks.value(vmRef);
        return true;
    }
};

// The request runner's side of a task, recorded.
class RecordingContext final : public RequestTaskContext
{
public:
    RequestRecord requestRecord;
    TaskRecord taskRecord;
    ManagerSession *sessionPointer = nullptr;
    RequestRunnerSettings runnerSettings;
    QStringList lines;
    QList<int> percents;
    bool stop = false;

    const RequestRecord &request() const override { return requestRecord; }
    const TaskRecord &task() const override { return taskRecord; }
    ManagerSession *session() const override { return sessionPointer; }
    const RequestRunnerSettings &settings() const override { return runnerSettings; }
    void log(const QString &line) override { lines << line; }
    void setProgress(int percent) override { percents << percent; }
    void setResultRef(const QString &) override {}
    void refreshVm(const QString &) override {}
    void storeEvent(const QString &, const QString &, const QString &, const QString &) override {}
    bool shouldStop() const override { return stop; }
};

} // namespace

class tst_SmartStateTask : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void scansAStoppedVm();
    void refusesARunningVmUnlessAllowed();
    void missingDisksAreStoredAsAnError();
    void unknownVm();
    void handlerReportsProgressAndStops();
    void specRoundTripsAndRequestHasATaskPerVm();

private:
    QTemporaryDir m_dir;
    qint64 m_manager = 0;
    DiskSession m_session;
};

void tst_SmartStateTask::initTestCase()
{
    QString error;
    QVERIFY(Database::initialize(m_dir.filePath(QStringLiteral("db.sqlite")), &error));
    m_manager = addSmartStateManager();
    QVERIFY(addVmRow(m_manager, "vm-off", "off-vm", PowerState::Off));
    QVERIFY(addVmRow(m_manager, "vm-on", "on-vm", PowerState::On));
    QVERIFY(addVmRow(m_manager, "vm-nodisk", "nodisk", PowerState::Off));
    const QString tree = m_dir.filePath(QStringLiteral("tree"));
    QVERIFY(writeGuestFile(tree, "etc/os-release", "NAME=Alpine\nID=alpine\nVERSION_ID=3.19\n"));
    QVERIFY(writeGuestFile(tree, "etc/hostname", "alp\n"));
    QVERIFY(makeExt4(tree, m_dir.filePath("fs.raw"), 4, &error));
    QVERIFY(convertToQcow2(m_dir.filePath("fs.raw"), m_dir.filePath("fs.qcow2"), {}, &error));
    const QList<DiskSource> disks{{"vda", m_dir.filePath("fs.qcow2"), "qcow2"}};
    m_session.disks.insert("vm-off", disks);
    m_session.disks.insert("vm-on", disks);
}

void tst_SmartStateTask::scansAStoppedVm()
{
    CancelFlag cancel;
    qint64 scanId = 0;
    QString error;
    QVERIFY2(SmartStateTask::run(m_session, {m_manager, "vm-off", "off-vm"}, cancel, {}, &scanId,
                                 &error),
             qPrintable(error));
    const auto scan = SmartStateStore::load(scanId, &error);
    QVERIFY(scan);
    QCOMPARE(scan->summary.status, QStringLiteral("ok"));
    QCOMPARE(scan->summary.osName, QStringLiteral("Alpine"));
    QCOMPARE(scan->summary.osVersion, QStringLiteral("3.19"));
    QCOMPARE(scan->summary.hostname, QStringLiteral("alp"));
    QVERIFY(scan->summary.bytesRead > 0);
}

void tst_SmartStateTask::refusesARunningVmUnlessAllowed()
{
    CancelFlag cancel;
    qint64 scanId = 0;
    QString error;
    QVERIFY(!SmartStateTask::run(m_session, {m_manager, "vm-on", "on-vm"}, cancel, {}, &scanId,
                                 &error));
    QCOMPARE(error, QStringLiteral("VM on-vm is running (on): its disks change while they are "
                                   "read. Shut it down first, or confirm a crash-consistent "
                                   "scan."));
    QVERIFY(scanId > 0);
    QCOMPARE(SmartStateStore::scans(m_manager, "vm-on").first().status, QStringLiteral("error"));

    SmartStateTaskSpec allowed{m_manager, "vm-on", "on-vm", true};
    QVERIFY2(SmartStateTask::run(m_session, allowed, cancel, {}, &scanId, &error),
             qPrintable(error));
    QCOMPARE(SmartStateStore::scans(m_manager, "vm-on").first().status, QStringLiteral("ok"));
}

void tst_SmartStateTask::missingDisksAreStoredAsAnError()
{
    CancelFlag cancel;
    qint64 scanId = 0;
    QString error;
    QVERIFY(!SmartStateTask::run(m_session, {m_manager, "vm-nodisk", "nodisk"}, cancel, {}, &scanId,
                                 &error));
    QCOMPARE(error, QStringLiteral("Cannot find the disks of nodisk: Domain vm-nodisk not found."));
    const auto scans = SmartStateStore::scans(m_manager, "vm-nodisk");
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.first().message, error);
}

void tst_SmartStateTask::unknownVm()
{
    CancelFlag cancel;
    qint64 scanId = 0;
    QString error;
    QVERIFY(!SmartStateTask::run(m_session, {m_manager, "vm-gone", "gone"}, cancel, {}, &scanId,
                                 &error));
    QCOMPARE(error, QStringLiteral("VM gone is not in the inventory; refresh the provider and "
                                   "try again."));
    QCOMPARE(scanId, 0);
}

void tst_SmartStateTask::handlerReportsProgressAndStops()
{
    const RequestHandler handler = SmartStateTask::handler();
    QVERIFY(!handler.stopOnFailure);
    RecordingContext context;
    context.requestRecord.managerId = m_manager;
    context.taskRecord.spec = SmartStateTaskSpec{0, "vm-off", "off-vm"}.toJson();
    context.sessionPointer = &m_session;
    QString error;
    QVERIFY2(handler.runTask(context, &error), qPrintable(error));
    QCOMPARE(context.percents.last(), 100);
    QVERIFY(context.lines.contains(QStringLiteral("Reading disk vda")));
    QVERIFY(context.lines.last().startsWith(QStringLiteral("Stored as scan ")));

    RecordingContext stopped = context;
    stopped.lines.clear();
    stopped.stop = true;
    QVERIFY(!handler.runTask(stopped, &error));
    QCOMPARE(error, QStringLiteral("Scan cancelled."));
    QCOMPARE(SmartStateStore::scans(m_manager, "vm-off").first().status,
             QStringLiteral("cancelled"));

    RecordingContext disconnected = context;
    disconnected.sessionPointer = nullptr;
    QVERIFY(!handler.runTask(disconnected, &error));
    QCOMPARE(error, QStringLiteral("The manager is not connected."));
}

void tst_SmartStateTask::specRoundTripsAndRequestHasATaskPerVm()
{
    const SmartStateTaskSpec spec{7, "ref", "name", true, "web"};
    const SmartStateTaskSpec back = SmartStateTaskSpec::fromJson(spec.toJson());
    QCOMPARE(back.managerId, 7);
    QCOMPARE(back.vmEmsRef, QStringLiteral("ref"));
    QCOMPARE(back.vmName, QStringLiteral("name"));
    QVERIFY(back.allowRunning);
    QCOMPARE(back.profile, QStringLiteral("web"));
    QCOMPARE(SmartStateTaskSpec::fromJson({}).profile, QStringLiteral("default"));

    const NewRequest request =
        SmartStateTask::request(m_manager, {{"a", "web"}, {"b", "db"}}, "ops", false);
    QCOMPARE(request.type, QStringLiteral("scan"));
    QCOMPARE(request.managerId, m_manager);
    QCOMPARE(request.tasks.size(), 2);
    QCOMPARE(request.tasks.at(1).description, QStringLiteral("Scan db"));
    QCOMPARE(SmartStateTaskSpec::fromJson(request.tasks.at(1).spec).vmEmsRef, QStringLiteral("b"));
}

QTEST_GUILESS_MAIN(tst_SmartStateTask)
#include "tst_smartstatetask.moc"
