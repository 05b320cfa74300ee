#include "core/database.h"
#include "core/requests.h"

#include "requestfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Vantage;
using namespace Vantage::Testing;

class tst_RetirementStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void scheduleSnapshotsAndMoves();
    void unknownVmIsRefused();
    void unscheduleRemovesAPlannedRetirement();
    void retiredOrRetiringCannotBeChanged();
    void damagedSnapshotReadsAsEmpty();

private:
    QTemporaryDir m_dir;
    qint64 m_manager = 0;
};

void tst_RetirementStore::init()
{
    resetFakeManager(0);
    QString error;
    QVERIFY2(
        Database::initialize(
            m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), &error),
        qPrintable(error));
    m_manager = addFakeManager();
    insertVmRow(m_manager, QStringLiteral("r1"), QStringLiteral("web-1"));
    insertVmRow(m_manager, QStringLiteral("r2"), QStringLiteral("web-2"), QStringLiteral("off"));
}

void tst_RetirementStore::scheduleSnapshotsAndMoves()
{
    QString error;
    QVERIFY2(RetirementStore::schedule(m_manager, QStringLiteral("r2"), 5000, 2, true, &error),
             qPrintable(error));
    QVERIFY(RetirementStore::schedule(m_manager, QStringLiteral("r1"), 9000, 0, false, &error));
    auto record = RetirementStore::retirement(m_manager, QStringLiteral("r2"));
    QVERIFY(record);
    QCOMPARE(record->vmName, QStringLiteral("web-2"));
    QCOMPARE(record->retiresAtMs, 5000);
    QCOMPARE(record->warnDays, 2);
    QVERIFY(record->deleteStorage);
    QCOMPARE(record->state, QStringLiteral("scheduled"));
    QCOMPARE(record->vmSnapshot.value(QStringLiteral("power_state")).toString(),
             QStringLiteral("off"));
    QCOMPARE(record->vmSnapshot.value(QStringLiteral("vcpus")).toInt(), 2);
    // Soonest first.
    QCOMPARE(RetirementStore::retirements().first().vmEmsRef, QStringLiteral("r2"));

    // Moving a warned retirement starts its warning over.
    QVERIFY(RetirementStore::markWarned(record->id, 4000, &error));
    QVERIFY(RetirementStore::schedule(m_manager, QStringLiteral("r2"), 20000, 1, false, &error));
    record = RetirementStore::retirement(m_manager, QStringLiteral("r2"));
    QCOMPARE(record->state, QStringLiteral("scheduled"));
    QCOMPARE(record->warnedAtMs, 0);
    QCOMPARE(record->retiresAtMs, 20000);
    QVERIFY(!record->deleteStorage);
    QCOMPARE(RetirementStore::retirements().size(), 2);
    QCOMPARE(RetirementStore::retirements().first().vmEmsRef, QStringLiteral("r1"));
}

void tst_RetirementStore::unknownVmIsRefused()
{
    QString error;
    QVERIFY(!RetirementStore::schedule(m_manager, QStringLiteral("gone"), 5000, 0, false, &error));
    QVERIFY2(error.contains(QStringLiteral("no longer in the inventory")), qPrintable(error));
    QVERIFY(!RetirementStore::schedule(m_manager, QStringLiteral("r1"), 5000, -1, false, &error));
    QVERIFY(RetirementStore::retirements().isEmpty());
}

void tst_RetirementStore::unscheduleRemovesAPlannedRetirement()
{
    QString error;
    QVERIFY(RetirementStore::schedule(m_manager, QStringLiteral("r1"), 5000, 0, false, &error));
    QVERIFY(RetirementStore::unschedule(m_manager, QStringLiteral("r1"), &error));
    QVERIFY(!RetirementStore::retirement(m_manager, QStringLiteral("r1")));
    QVERIFY(RetirementStore::unschedule(m_manager, QStringLiteral("r1"), &error)); // nothing to do
}

void tst_RetirementStore::retiredOrRetiringCannotBeChanged()
{
    QString error;
    QVERIFY(RetirementStore::schedule(m_manager, QStringLiteral("r1"), 5000, 0, false, &error));
    QVERIFY(RetirementStore::schedule(m_manager, QStringLiteral("r2"), 5000, 0, false, &error));
    const auto r1 = RetirementStore::retirement(m_manager, QStringLiteral("r1"));
    QVERIFY(RetirementStore::markRetiring({r1->id}, 0, &error));
    QVERIFY(!RetirementStore::unschedule(m_manager, QStringLiteral("r1"), &error));
    QVERIFY2(error.contains(QStringLiteral("being retired")), qPrintable(error));
    QVERIFY(!RetirementStore::schedule(m_manager, QStringLiteral("r1"), 9000, 0, false, &error));
    QVERIFY(RetirementStore::markRetired(m_manager, QStringLiteral("r2"), 0, &error));
    QVERIFY(!RetirementStore::schedule(m_manager, QStringLiteral("r2"), 9000, 0, false, &error));
    QVERIFY2(error.contains(QStringLiteral("retired already")), qPrintable(error));
    // Failing touches only one being retired.
    QVERIFY(
        RetirementStore::markFailed(m_manager, QStringLiteral("r2"), QStringLiteral("x"), &error));
    QCOMPARE(RetirementStore::retirement(m_manager, QStringLiteral("r2"))->state,
             QStringLiteral("retired"));
    QVERIFY(
        RetirementStore::markFailed(m_manager, QStringLiteral("r1"), QStringLiteral("x"), &error));
    QCOMPARE(RetirementStore::retirement(m_manager, QStringLiteral("r1"))->state,
             QStringLiteral("failed"));
}

void tst_RetirementStore::damagedSnapshotReadsAsEmpty()
{
    QString error;
    QVERIFY(RetirementStore::schedule(m_manager, QStringLiteral("r1"), 5000, 0, false, &error));
    QVERIFY(execSql(QStringLiteral("UPDATE retirements SET vm_snapshot = '{no'")));
    const auto record = RetirementStore::retirement(m_manager, QStringLiteral("r1"));
    QVERIFY(record);
    QVERIFY(record->vmSnapshot.isEmpty());
    QCOMPARE(record->vmName, QStringLiteral("web-1"));
}

QTEST_GUILESS_MAIN(tst_RetirementStore)
#include "tst_retirementstore.moc"
