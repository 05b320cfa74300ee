// Targeted refresh from vSphere's property changes, end to end: a real database, the vmware
// provider on the vCenter simulator, a real Supervisor with its refresh worker watching the
// session. The event handler is told to wait an hour before it asks for refreshes, so whatever
// reaches the database came through the watch.
#include "core/database.h"
#include "core/providerstore.h"
#include "core/sessionpool.h"
#include "core/supervisor.h"
#include "providers/vmware/vsphereclient.h"
#include "providers/vmware/vsphereprovider.h"
#include "providers/vmware/vspheresession.h"
#include "tests/support/flowfixture.h"
#include "tests/vcsim/vspheretesting.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Vantage;
using namespace Vantage::Testing;

namespace {

constexpr int TimeoutMs = 60000;

} // namespace

class tst_VsphereUpdateFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void powerOffAndRemovalRefreshedByTarget();

private:
    VcsimProcess m_vcsim;
    QTemporaryDir m_dir;
};

void tst_VsphereUpdateFlow::initTestCase()
{
    registerVsphereProvider();
    QString error;
    QVERIFY2(m_vcsim.start(clusterAndStandaloneHost(2, 3), &error), qPrintable(error));
    QVERIFY2(Database::initialize(m_dir.filePath(QStringLiteral("vantage.sqlite")), &error),
             qPrintable(error));
}

void tst_VsphereUpdateFlow::powerOffAndRemovalRefreshedByTarget()
{
    QString error;
    const qint64 managerId = addProviderManager(vsphereProvider(m_vcsim), &error);
    QVERIFY2(managerId, qPrintable(error));

    Supervisor supervisor;
    setEventHandlerDebounce(supervisor, std::chrono::hours(1));
    int full = 0;
    QList<RefreshOutcome> targeted;
    connect(&supervisor, &Supervisor::refreshFinished, this,
            [&](qint64, const RefreshOutcome &outcome) {
                QVERIFY2(outcome.ok, qPrintable(outcome.error));
                if (outcome.targeted)
                    targeted.append(outcome);
                else
                    ++full;
            });
    supervisor.start();
    QTRY_VERIFY_WITH_TIMEOUT(full >= 1, TimeoutMs);
    QCOMPARE(targeted.size(), 0);

    const QString vm = scalar(QStringLiteral("SELECT ems_ref FROM vms WHERE manager_id = ? AND "
                                             "power_state = 'on' ORDER BY ems_ref LIMIT 1"),
                              {managerId})
                           .toString();
    QVERIFY(!vm.isEmpty());
    const qint64 vmCount =
        scalar(QStringLiteral("SELECT COUNT(*) FROM vms WHERE manager_id = ?"), {managerId})
            .toLongLong();
    const auto session = std::dynamic_pointer_cast<VsphereSession>(
        supervisor.sessions()->acquire(managerId, &error));
    QVERIFY2(session, qPrintable(error));
    const int fullBefore = full;
    QVERIFY(runVmTask(session->client(), "PowerOffVM_Task", vm));
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(QStringLiteral("SELECT power_state FROM vms WHERE manager_id = ? AND ems_ref = ?"),
               {managerId, vm})
            .toString(),
        QStringLiteral("off"), TimeoutMs);
    // A targeted refresh of that VM brought it, not a full one. The row is written before the
    // worker's refreshFinished reaches this thread, so its arrival is waited for.
    QTRY_VERIFY_WITH_TIMEOUT(!targeted.isEmpty(), TimeoutMs);
    QCOMPARE(full, fullBefore);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM vms WHERE manager_id = ?"), {managerId})
                 .toLongLong(),
             vmCount);

    // A VM that leaves the inventory is reported too, and its targeted refresh deletes the row.
    QVERIFY(runVmTask(session->client(), "Destroy_Task", vm));
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(QStringLiteral("SELECT COUNT(*) FROM vms WHERE manager_id = ?"), {managerId})
            .toLongLong(),
        vmCount - 1, TimeoutMs);
    QVERIFY(scalar(QStringLiteral("SELECT id FROM vms WHERE manager_id = ? AND ems_ref = ?"),
                   {managerId, vm})
                .isNull());
    QCOMPARE(full, fullBefore);
    supervisor.stop();
}

QTEST_GUILESS_MAIN(tst_VsphereUpdateFlow)
#include "tst_vsphereupdateflow.moc"
