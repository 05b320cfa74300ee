#include "core/workqueue.h"

#include <QSignalSpy>
#include <QTest>

using namespace Vantage;

class tst_WorkQueue : public QObject
{
    Q_OBJECT

private slots:
    void coalescing_data();
    void coalescing();
    void takeEmptiesTheSlot();
    void managersAreSeparate();
};

static InventoryTarget vm(const char *ref)
{
    return {InventoryKind::Vm, QString::fromLatin1(ref)};
}

void tst_WorkQueue::coalescing_data()
{
    QTest::addColumn<QList<RefreshRequest>>("requests");
    QTest::addColumn<int>("queuedSignals");
    QTest::addColumn<QList<InventoryTarget>>("expectedTargets");

    QTest::newRow("full twice") << QList<RefreshRequest>{{1, {}}, {1, {}}} << 1
                                << QList<InventoryTarget>{};
    QTest::newRow("full absorbs targeted")
        << QList<RefreshRequest>{{1, {}}, {1, {vm("a")}}} << 1 << QList<InventoryTarget>{};
    QTest::newRow("targeted grows into full")
        << QList<RefreshRequest>{{1, {vm("a")}}, {1, {}}} << 1 << QList<InventoryTarget>{};
    QTest::newRow("targets merge")
        << QList<RefreshRequest>{{1, {vm("a")}}, {1, {vm("b"), vm("a")}}, {1, {vm("a")}}} << 1
        << QList<InventoryTarget>{vm("a"), vm("b")};
}

void tst_WorkQueue::coalescing()
{
    QFETCH(QList<RefreshRequest>, requests);
    QFETCH(int, queuedSignals);
    QFETCH(QList<InventoryTarget>, expectedTargets);

    WorkQueue queue;
    QSignalSpy queued(&queue, &WorkQueue::refreshQueued);
    for (const RefreshRequest &request : requests)
        queue.enqueue(request);
    QCOMPARE(queued.count(), queuedSignals);
    QCOMPARE(queue.pendingCount(), 1);
    const auto taken = queue.take(1);
    QVERIFY(taken);
    QCOMPARE(taken->targets, expectedTargets);
}

void tst_WorkQueue::takeEmptiesTheSlot()
{
    WorkQueue queue;
    QVERIFY(queue.enqueue({7, {}}));
    QVERIFY(queue.take(7));
    QVERIFY(!queue.take(7));
    QVERIFY(queue.enqueue({7, {}}));
    queue.discard(7);
    QVERIFY(!queue.hasPending(7));
}

void tst_WorkQueue::managersAreSeparate()
{
    WorkQueue queue;
    QVERIFY(queue.enqueue({1, {}}));
    QVERIFY(queue.enqueue({2, {}}));
    QVERIFY(!queue.enqueue({1, {}}));
    QCOMPARE(queue.pendingCount(), 2);
}

QTEST_GUILESS_MAIN(tst_WorkQueue)
#include "tst_workqueue.moc"
