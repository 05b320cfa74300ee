#include "core/database.h"
#include "core/eventcatcher.h"
#include "core/eventstore.h"
#include "core/providerstore.h"

#include "fakeprovider.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Vantage;
using namespace Vantage::Testing;

class tst_EventCatcher : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void postsEventsWithTheirManager();
    void failingSubscribeOpensAGapUntilItWorks();
    void lostConnectionReconnectsAndRefreshes();
    void firstRefreshWaitsForTheSubscription();

private:
    QTemporaryDir m_dir;
    qint64 m_manager = 0;
};

void tst_EventCatcher::init()
{
    registerFakeProvider();
    {
        QMutexLocker lock(&fakeInventory().mutex);
        fakeInventory().eventMapping = R"({"source": "fake", "events": {"on": "vm_power_on"}})";
        fakeInventory().failingSubscribes = 0;
        fakeInventory().subscribes = 0;
    }
    QString error;
    QVERIFY(Database::initialize(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), &error));
    const auto provider = ProviderStore::addProvider(
        {QStringLiteral("p"), QStringLiteral("fake"), {QStringLiteral("fake://x")}, {}, {}},
        &error);
    m_manager = ProviderStore::managersOf(*provider).first().id;
}

void tst_EventCatcher::postsEventsWithTheirManager()
{
    SessionPool sessions;
    EventInbox inbox;
    WorkQueue queue;
    EventCatcher catcher(m_manager, &sessions, &inbox, &queue);
    catcher.start();
    QCOMPARE(fakeInventory().subscribes, 1);
    RawEvent event;
    event.name = QStringLiteral("on");
    event.targetRef = QStringLiteral("vm-1");
    fakeInventory().sink(event);
    const QList<RawEvent> posted = inbox.takeAll();
    QCOMPARE(posted.size(), 1);
    QCOMPARE(posted.first().managerId, m_manager);
    QVERIFY(EventStore::gaps({}, 0, 0).isEmpty());
    catcher.finish();
    QVERIFY(!fakeInventory().sink);
}

void tst_EventCatcher::failingSubscribeOpensAGapUntilItWorks()
{
    fakeInventory().failingSubscribes = 2;
    SessionPool sessions;
    EventInbox inbox;
    WorkQueue queue;
    EventCatcher catcher(m_manager, &sessions, &inbox, &queue);
    catcher.setReconnectBackoff(std::chrono::milliseconds(20), std::chrono::milliseconds(100));
    QSignalSpy gaps(&catcher, &EventCatcher::gapChanged);
    catcher.start();
    QCOMPARE(gaps.count(), 1);
    QCOMPARE(gaps.first().first().value<EventGap>().endedAtMs, 0);
    QTRY_COMPARE(fakeInventory().subscribes, 3);
    QCOMPARE(gaps.count(), 2);
    const EventGap closed = gaps.last().first().value<EventGap>();
    QVERIFY(closed.endedAtMs >= closed.startedAtMs);
    QVERIFY(closed.reason.contains(QStringLiteral("refuses events")));
    QCOMPARE(EventStore::gaps({m_manager}, 0, 0).first().endedAtMs, closed.endedAtMs);
    const auto refresh = queue.take(m_manager);
    QVERIFY(refresh && refresh->isFull());
    QCOMPARE(refresh->reason, RefreshReason::Reconnect);
    catcher.finish();
}

void tst_EventCatcher::lostConnectionReconnectsAndRefreshes()
{
    SessionPool sessions;
    EventInbox inbox;
    WorkQueue queue;
    EventCatcher catcher(m_manager, &sessions, &inbox, &queue);
    catcher.setReconnectBackoff(std::chrono::milliseconds(20), std::chrono::milliseconds(100));
    QSignalSpy gaps(&catcher, &EventCatcher::gapChanged);
    catcher.start();
    fakeInventory().onLost(QStringLiteral("keepalive timed out"));
    QTRY_COMPARE(gaps.count(), 2);
    QCOMPARE(fakeInventory().subscribes, 2);
    QCOMPARE(gaps.first().first().value<EventGap>().reason, QStringLiteral("keepalive timed out"));
    QVERIFY(queue.take(m_manager)->isFull());
    catcher.finish();
}

void tst_EventCatcher::firstRefreshWaitsForTheSubscription()
{
    SessionPool sessions;
    EventInbox inbox;
    WorkQueue queue;
    EventCatcher catcher(m_manager, &sessions, &inbox, &queue);
    catcher.setRefreshWhenSubscribed(true);
    QVERIFY(!queue.hasPending(m_manager));
    catcher.start();
    QVERIFY(fakeInventory().sink);
    const auto refresh = queue.take(m_manager);
    QVERIFY(refresh && refresh->isFull());
    QCOMPARE(refresh->reason, RefreshReason::Startup);
    catcher.finish();
}

QTEST_GUILESS_MAIN(tst_EventCatcher)
#include "tst_eventcatcher.moc"
