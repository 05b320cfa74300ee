// vSphere events end to end: a real database, the vmware provider on the vCenter simulator, a real
// Supervisor with its event catcher, event handler and refresh worker. The VM is powered off
// through the catcher's own session, as an operation would do it.
#include "core/providerstore.h"
#include "core/sessionpool.h"
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
constexpr auto ShortDebounce = std::chrono::milliseconds(250);

} // namespace

class tst_VsphereEventFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void powerOffIsStoredAndRefreshed();

private:
    VcsimProcess m_vcsim;
};

void tst_VsphereEventFlow::initTestCase()
{
    registerVsphereProvider();
    QString error;
    QVERIFY2(m_vcsim.start({QStringLiteral("-cluster"), QStringLiteral("0"),
                            QStringLiteral("-standalone-host"), QStringLiteral("1"),
                            QStringLiteral("-vm"), QStringLiteral("2")},
                           &error),
             qPrintable(error));
}

void tst_VsphereEventFlow::powerOffIsStoredAndRefreshed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const qint64 managerId = databaseWithProvider(dir.path(), vsphereProvider(m_vcsim), &error);
    QVERIFY2(managerId, qPrintable(error));

    Supervisor supervisor;
    // The stock handler, only quicker to ask for its refreshes.
    setEventHandlerDebounce(supervisor, ShortDebounce);
    QList<StoredEvent> stored;
    int refreshes = 0;
    connect(&supervisor, &Supervisor::eventsStored, this,
            [&](const QList<StoredEvent> &events) { stored.append(events); });
    countGoodRefreshes(supervisor, &refreshes);
    supervisor.start();
    QTRY_VERIFY_WITH_TIMEOUT(refreshes >= 1, TimeoutMs);

    const QString vm = scalar(QStringLiteral("SELECT ems_ref FROM vms WHERE manager_id = ? AND "
                                             "power_state = 'on' ORDER BY ems_ref LIMIT 1"),
                              {managerId})
                           .toString();
    QVERIFY(!vm.isEmpty());
    const auto session = std::dynamic_pointer_cast<VsphereSession>(
        supervisor.sessions()->acquire(managerId, &error));
    QVERIFY2(session, qPrintable(error));
    const auto powerOffStored = [&] {
        for (const StoredEvent &event : std::as_const(stored)) {
            if (event.raw.targetRef == vm && event.eventType == u"vm_power_off")
                return true;
        }
        return false;
    };

    // The catcher subscribes on its own time: power the VM off and on until one power-off is
    // caught after it did.
    QElapsedTimer waited;
    waited.start();
    while (!powerOffStored()) {
        QVERIFY2(waited.elapsed() < TimeoutMs, "no vSphere event came through the event catcher");
        QVERIFY(runVmTask(session->client(), "PowerOffVM_Task", vm));
        for (int i = 0; i < 60 && !powerOffStored(); ++i)
            QTest::qWait(100);
        if (!powerOffStored())
            QVERIFY(runVmTask(session->client(), "PowerOnVM_Task", vm));
    }
    QCOMPARE(scalar(QStringLiteral("SELECT event_type FROM event_stream WHERE manager_id = ? AND "
                                   "target_ems_ref = ? AND event_type = 'vm_power_off'"),
                    {managerId, vm})
                 .toString(),
             QStringLiteral("vm_power_off"));
    // The targeted refresh the event asked for brings the new state into the inventory.
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(QStringLiteral("SELECT power_state FROM vms WHERE manager_id = ? AND ems_ref = ?"),
               {managerId, vm})
            .toString(),
        QStringLiteral("off"), TimeoutMs);
    supervisor.stop();
}

QTEST_GUILESS_MAIN(tst_VsphereEventFlow)
#include "tst_vsphereeventflow.moc"
