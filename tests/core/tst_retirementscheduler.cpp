#include "core/database.h"
#include "core/eventstore.h"
#include "core/requests.h"
#include "core/supervisor.h"

#include "requestfixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Vantage;
using namespace Vantage::Testing;

namespace {
constexpr qint64 dayMs = 24 * 60 * 60 * 1000;

QList<StoredEvent> eventsOfType(const QString &type)
{
    EventFilter filter;
    filter.eventTypes = {type};
    return EventStore::events(filter);
}
} // namespace

class tst_RetirementScheduler : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void warningTimeIsRetiresAtLessWarnDays();
    void warnsOnceWhenTheWarningTimeComes();
    void dueRetirementShutsDownAndRemovesTheVm();
    void guestThatIgnoresShutdownIsPoweredOff();
    void retirementDueWhileNotRunningIsCarriedOutAtStart();
    void retirementWaitsForApprovalAndFailsWhenDenied();
    void retireNowWakesTheScheduler();

private:
    std::unique_ptr<Supervisor> makeSupervisor();
    QTemporaryDir m_dir;
    qint64 m_manager = 0;
};

void tst_RetirementScheduler::init()
{
    resetFakeManager(3);
    QString error;
    QVERIFY2(
        Database::initialize(
            m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), &error),
        qPrintable(error));
    m_manager = addFakeManager();
    for (int i = 0; i < 3; ++i)
        insertVmRow(m_manager, QStringLiteral("vm-vm%1").arg(i), QStringLiteral("vm%1").arg(i));
}

std::unique_ptr<Supervisor> tst_RetirementScheduler::makeSupervisor()
{
    auto supervisor = std::make_unique<Supervisor>();
    RequestRunnerSettings settings;
    settings.shutdownTimeout = std::chrono::milliseconds(300);
    settings.shutdownPoll = std::chrono::milliseconds(20);
    supervisor->setRequestRunnerSettings(settings);
    return supervisor;
}

void tst_RetirementScheduler::warningTimeIsRetiresAtLessWarnDays()
{
    const qint64 retiresAt = nowMs() + 10 * dayMs;
    QString error;
    QVERIFY(RetirementStore::schedule(m_manager, QStringLiteral("vm-vm0"), retiresAt, 3, false,
                                      &error));
    const qint64 warnAt = retiresAt - 3 * dayMs;
    QVERIFY(RetirementStore::dueForWarning(warnAt - 1).isEmpty());
    QCOMPARE(RetirementStore::dueForWarning(warnAt).size(), 1);
    QVERIFY(RetirementStore::due(retiresAt - 1).isEmpty());
    QCOMPARE(RetirementStore::due(retiresAt).size(), 1);
    // Once due, it is no longer merely warned of.
    QVERIFY(RetirementStore::dueForWarning(retiresAt).isEmpty());
    QCOMPARE(RetirementStore::nextEventAt(), warnAt);
}

void tst_RetirementScheduler::warnsOnceWhenTheWarningTimeComes()
{
    QString error;
    // Warned now (2 days left of a 3-day warning); the other's warning is a week away.
    QVERIFY(RetirementStore::schedule(m_manager, QStringLiteral("vm-vm0"), nowMs() + 2 * dayMs, 3,
                                      false, &error));
    QVERIFY(RetirementStore::schedule(m_manager, QStringLiteral("vm-vm1"), nowMs() + 10 * dayMs, 3,
                                      false, &error));
    auto supervisor = makeSupervisor();
    QSignalSpy stored(supervisor.get(), &Supervisor::eventsStored);
    supervisor->start(false);
    QTRY_COMPARE_WITH_TIMEOUT(stored.count(), 1, 10000);
    const auto events = stored.first().first().value<QList<StoredEvent>>();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().eventType, QStringLiteral("vm_retirement_warning"));
    QCOMPARE(events.first().raw.targetName, QStringLiteral("vm0"));
    QVERIFY(events.first().targetId > 0); // linked to the VM's row
    QCOMPARE(eventsOfType(QStringLiteral("vm_retirement_warning")).size(), 1);
    QCOMPARE(RetirementStore::retirement(m_manager, QStringLiteral("vm-vm0"))->state,
             QStringLiteral("warned"));
    QVERIFY(RetirementStore::retirement(m_manager, QStringLiteral("vm-vm0"))->warnedAtMs > 0);
    QCOMPARE(RetirementStore::retirement(m_manager, QStringLiteral("vm-vm1"))->state,
             QStringLiteral("scheduled"));
    // A second check warns no one again.
    supervisor->wakeRetirementScheduler();
    QTest::qWait(100);
    QCOMPARE(eventsOfType(QStringLiteral("vm_retirement_warning")).size(), 1);
    QVERIFY(fakeOperations().isEmpty());
}

void tst_RetirementScheduler::dueRetirementShutsDownAndRemovesTheVm()
{
    QString error;
    QVERIFY(RetirementStore::schedule(m_manager, QStringLiteral("vm-vm1"), nowMs() + dayMs, 0, true,
                                      &error));
    auto supervisor = makeSupervisor();
    supervisor->start(false);
    QTest::qWait(100);
    QVERIFY(fakeOperations().isEmpty()); // not due yet
    QVERIFY(
        RetirementStore::schedule(m_manager, QStringLiteral("vm-vm1"), nowMs(), 0, true, &error));
    QSignalSpy stored(supervisor.get(), &Supervisor::eventsStored);
    supervisor->wakeRetirementScheduler();
    QTRY_COMPARE_WITH_TIMEOUT(
        RetirementStore::retirement(m_manager, QStringLiteral("vm-vm1"))->state,
        QStringLiteral("retired"), 10000);
    const auto retirement = RetirementStore::retirement(m_manager, QStringLiteral("vm-vm1"));
    QVERIFY(retirement->retiredAtMs > 0);
    QVERIFY(retirement->requestId > 0);
    QCOMPARE(retirement->vmSnapshot.value(QStringLiteral("name")).toString(),
             QStringLiteral("vm1"));
    QCOMPARE(fakeOperations(), (QStringList{QStringLiteral("shutdown vm-vm1"),
                                            QStringLiteral("remove vm-vm1 storage")}));
    const auto request = RequestStore::request(retirement->requestId);
    QCOMPARE(request->type, QStringLiteral("retire"));
    QTRY_COMPARE_WITH_TIMEOUT(RequestStore::request(retirement->requestId)->status,
                              QStringLiteral("ok"), 10000);
    QCOMPARE(eventsOfType(QStringLiteral("vm_retired")).size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(!stored.isEmpty(), 10000); // the UI hears of it
    // The targeted refresh takes the VM out of the inventory; the retirement stays listed.
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(QStringLiteral("SELECT count(*) FROM vms WHERE ems_ref = 'vm-vm1'")).toInt(), 0,
        10000);
    QCOMPARE(RetirementStore::retirements().size(), 1);
    QVERIFY(!RetirementStore::unschedule(m_manager, QStringLiteral("vm-vm1"), &error));
}

void tst_RetirementScheduler::guestThatIgnoresShutdownIsPoweredOff()
{
    {
        QMutexLocker lock(&fakeInventory().mutex);
        fakeInventory().ignoreShutdown = true;
    }
    QString error;
    QVERIFY(RetirementStore::schedule(m_manager, QStringLiteral("vm-vm2"), nowMs() - 1, 0, false,
                                      &error));
    auto supervisor = makeSupervisor();
    supervisor->start(false);
    QTRY_COMPARE_WITH_TIMEOUT(
        RetirementStore::retirement(m_manager, QStringLiteral("vm-vm2"))->state,
        QStringLiteral("retired"), 10000);
    QCOMPARE(fakeOperations(),
             (QStringList{QStringLiteral("shutdown vm-vm2"), QStringLiteral("power_off vm-vm2"),
                          QStringLiteral("remove vm-vm2")}));
}

void tst_RetirementScheduler::retirementDueWhileNotRunningIsCarriedOutAtStart()
{
    QString error;
    QVERIFY(RetirementStore::schedule(m_manager, QStringLiteral("vm-vm0"), nowMs() + dayMs, 1, true,
                                      &error));
    {
        // One program run ends before the date...
        auto first = makeSupervisor();
        first->start(false);
        QTRY_COMPARE_WITH_TIMEOUT(
            RetirementStore::retirement(m_manager, QStringLiteral("vm-vm0"))->state,
            QStringLiteral("warned"), 10000);
    }
    // ... and the date passes while nothing runs.
    QVERIFY(
        execSql(QStringLiteral("UPDATE retirements SET retires_at = %1").arg(nowMs() - 3600000)));
    auto second = makeSupervisor();
    second->start(false);
    QTRY_COMPARE_WITH_TIMEOUT(
        RetirementStore::retirement(m_manager, QStringLiteral("vm-vm0"))->state,
        QStringLiteral("retired"), 10000);
    QCOMPARE(fakeOperations().last(), QStringLiteral("remove vm-vm0 storage"));
}

void tst_RetirementScheduler::retirementWaitsForApprovalAndFailsWhenDenied()
{
    QString error;
    QVERIFY(RetirementStore::schedule(m_manager, QStringLiteral("vm-vm0"), nowMs() - 1, 0, false,
                                      &error));
    auto supervisor = makeSupervisor();
    supervisor->setApprovalRequired(true);
    supervisor->start(false);
    QTRY_COMPARE_WITH_TIMEOUT(
        RetirementStore::retirement(m_manager, QStringLiteral("vm-vm0"))->state,
        QStringLiteral("retiring"), 10000);
    const qint64 requestId =
        RetirementStore::retirement(m_manager, QStringLiteral("vm-vm0"))->requestId;
    QCOMPARE(RequestStore::request(requestId)->state, QStringLiteral("pending"));
    QVERIFY(RequestStore::deny(requestId, QStringLiteral("carol"), {}, &error));
    const auto retirement = RetirementStore::retirement(m_manager, QStringLiteral("vm-vm0"));
    QCOMPARE(retirement->state, QStringLiteral("failed"));
    QVERIFY2(retirement->message.contains(QStringLiteral("denied")),
             qPrintable(retirement->message));
    QVERIFY(fakeOperations().isEmpty());
}

void tst_RetirementScheduler::retireNowWakesTheScheduler()
{
    auto supervisor = makeSupervisor();
    supervisor->setRetirementCheckInterval(std::chrono::hours(1));
    supervisor->start(false);
    QTest::qWait(100);
    QString error;
    QVERIFY(
        RetirementStore::schedule(m_manager, QStringLiteral("vm-vm2"), nowMs(), 0, false, &error));
    supervisor->wakeRetirementScheduler();
    QTRY_COMPARE_WITH_TIMEOUT(
        RetirementStore::retirement(m_manager, QStringLiteral("vm-vm2"))->state,
        QStringLiteral("retired"), 10000);
}

QTEST_GUILESS_MAIN(tst_RetirementScheduler)
#include "tst_retirementscheduler.moc"
