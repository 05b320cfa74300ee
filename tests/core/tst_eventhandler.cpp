#include "core/database.h"
#include "core/eventhandler.h"
#include "core/eventstore.h"
#include "core/providerstore.h"

#include "fakeprovider.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Vantage;
using namespace Vantage::Testing;

class tst_EventHandler : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void mapsStoresAndAnnounces();
    void burstOnOneVmGivesOneTargetedRefresh();
    void hostEventsAskForFullRefresh();
    void burstAsksForOneFullRefresh();
    void burstThresholdIsMoreThanBurstEvents();
    void burstCountsOnlyEventsThatRefresh();
    void invalidMappingStoresEventsAsOther();

private:
    RawEvent raw(const QString &name, const QString &ref) const;
    QTemporaryDir m_dir;
    qint64 m_manager = 0;
};

RawEvent tst_EventHandler::raw(const QString &name, const QString &ref) const
{
    RawEvent e;
    e.managerId = m_manager;
    e.timestampMs = nowMs();
    e.source = QStringLiteral("fake");
    e.name = name;
    e.targetRef = ref;
    e.message = name + u' ' + ref;
    return e;
}

void tst_EventHandler::initTestCase()
{
    registerFakeProvider();
}

void tst_EventHandler::init()
{
    QMutexLocker lock(&fakeInventory().mutex);
    fakeInventory().eventMapping =
        R"({"source": "fake", "events": {"on": "vm_power_on", "off": "vm_power_off",
            "host.lost": "host_disconnected"}})";
    lock.unlock();
    QString error;
    QVERIFY(Database::initialize(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction())), &error));
    const auto provider = ProviderStore::addProvider(
        {QStringLiteral("p"), QStringLiteral("fake"), {QStringLiteral("fake://x")}, {}, {}},
        &error);
    m_manager = ProviderStore::managersOf(*provider).first().id;
}

void tst_EventHandler::mapsStoresAndAnnounces()
{
    EventInbox inbox;
    WorkQueue queue;
    EventHandler handler(&inbox, &queue);
    QSignalSpy stored(&handler, &EventHandler::eventsStored);
    handler.start();
    inbox.post({raw(QStringLiteral("on"), QStringLiteral("vm-1")),
                raw(QStringLiteral("mystery"), QStringLiteral("vm-1"))});
    QTRY_COMPARE(stored.count(), 1);
    const auto batch = stored.first().first().value<QList<StoredEvent>>();
    QCOMPARE(batch.size(), 2);
    QCOMPARE(batch.at(0).eventType, QStringLiteral("vm_power_on"));
    QCOMPARE(batch.at(1).eventType, QStringLiteral("other"));
    QVERIFY(batch.at(0).id > 0);
    const QList<StoredEvent> kept = EventStore::events({});
    QCOMPARE(kept.size(), 2);
    QCOMPARE(kept.at(1).raw.name, QStringLiteral("mystery"));
    handler.finish();
}

void tst_EventHandler::burstOnOneVmGivesOneTargetedRefresh()
{
    EventInbox inbox;
    WorkQueue queue;
    EventHandler handler(&inbox, &queue);
    handler.setDebounce(std::chrono::milliseconds(100));
    QSignalSpy queued(&queue, &WorkQueue::refreshQueued);
    handler.start();
    for (int i = 0; i < 50; ++i) {
        inbox.post(
            raw(i % 2 ? QStringLiteral("on") : QStringLiteral("off"), QStringLiteral("vm-1")));
        if (i % 10 == 0)
            QCoreApplication::processEvents();
    }
    inbox.post(raw(QStringLiteral("on"), QStringLiteral("vm-2")));
    QTRY_COMPARE(queued.count(), 1);
    QTest::qWait(250);
    QCOMPARE(queued.count(), 1);
    const auto request = queue.take(m_manager);
    QVERIFY(request);
    QCOMPARE(request->reason, RefreshReason::Event);
    QCOMPARE(request->targets.size(), 2);
    QCOMPARE(request->targets.at(0).emsRef, QStringLiteral("vm-1"));
    QCOMPARE(request->targets.at(1).emsRef, QStringLiteral("vm-2"));
    QCOMPARE(EventStore::count({}), 51);
    handler.finish();
}

void tst_EventHandler::hostEventsAskForFullRefresh()
{
    EventInbox inbox;
    WorkQueue queue;
    EventHandler handler(&inbox, &queue);
    handler.setDebounce(std::chrono::milliseconds(20));
    handler.start();
    RawEvent lost = raw(QStringLiteral("host.lost"), QStringLiteral("h1"));
    lost.targetKind = InventoryKind::Host;
    inbox.post({raw(QStringLiteral("on"), QStringLiteral("vm-1")), lost});
    QTRY_VERIFY(queue.hasPending(m_manager));
    QVERIFY(queue.take(m_manager)->isFull());
    handler.finish();
}

void tst_EventHandler::burstAsksForOneFullRefresh()
{
    EventInbox inbox;
    WorkQueue queue;
    EventHandler handler(&inbox, &queue);
    handler.setDebounce(std::chrono::milliseconds(500));
    QSignalSpy queued(&queue, &WorkQueue::refreshQueued);
    handler.start();
    // A fast loop of power changes on as many VMs, in a few drains, well within BurstWindow.
    const int events = EventHandler::BurstEvents + 50;
    for (int i = 0; i < events; ++i) {
        inbox.post(raw(i % 2 ? QStringLiteral("on") : QStringLiteral("off"),
                       QStringLiteral("vm-%1").arg(i)));
        if (i % 40 == 0)
            QCoreApplication::processEvents();
    }
    QTRY_COMPARE(queued.count(), 1);
    QTRY_COMPARE(EventStore::count({}), events);
    QTest::qWait(250);
    QCOMPARE(queued.count(), 1);
    const auto request = queue.take(m_manager);
    QVERIFY(request);
    QVERIFY(request->isFull());
    QCOMPARE(request->reason, RefreshReason::Event);
    handler.finish();
}

void tst_EventHandler::burstThresholdIsMoreThanBurstEvents()
{
    EventInbox inbox;
    WorkQueue queue;
    EventHandler handler(&inbox, &queue);
    handler.setDebounce(std::chrono::milliseconds(100));
    handler.start();
    // Exactly BurstEvents in one drain: still one targeted refresh of each VM.
    QList<RawEvent> batch;
    for (int i = 0; i < EventHandler::BurstEvents; ++i)
        batch.append(raw(QStringLiteral("off"), QStringLiteral("vm-%1").arg(i)));
    inbox.post(batch);
    QTRY_VERIFY(queue.hasPending(m_manager));
    const auto request = queue.take(m_manager);
    QVERIFY(!request->isFull());
    QCOMPARE(request->targets.size(), EventHandler::BurstEvents);
    handler.finish();
}

void tst_EventHandler::burstCountsOnlyEventsThatRefresh()
{
    EventInbox inbox;
    WorkQueue queue;
    EventHandler handler(&inbox, &queue);
    handler.setDebounce(std::chrono::milliseconds(100));
    handler.start();
    // Events the refresh policy ignores (logins, unknown names) ask for nothing, in any number.
    QList<RawEvent> batch;
    for (int i = 0; i < 3 * EventHandler::BurstEvents; ++i)
        batch.append(raw(QStringLiteral("mystery"), QStringLiteral("vm-%1").arg(i)));
    batch.append(raw(QStringLiteral("on"), QStringLiteral("vm-1")));
    inbox.post(batch);
    QTRY_VERIFY(queue.hasPending(m_manager));
    const auto request = queue.take(m_manager);
    QCOMPARE(request->targets,
             (QList<InventoryTarget>{{InventoryKind::Vm, QStringLiteral("vm-1")}}));
    handler.finish();
}

void tst_EventHandler::invalidMappingStoresEventsAsOther()
{
    {
        QMutexLocker lock(&fakeInventory().mutex);
        fakeInventory().eventMapping = R"({"source": "fake", "events": {"on": "vm_teleported"}})";
    }
    EventInbox inbox;
    WorkQueue queue;
    EventHandler handler(&inbox, &queue);
    QSignalSpy stored(&handler, &EventHandler::eventsStored);
    handler.start();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("vm_teleported")));
    inbox.post(raw(QStringLiteral("on"), QStringLiteral("vm-1")));
    QTRY_COMPARE(stored.count(), 1);
    QCOMPARE(stored.first().first().value<QList<StoredEvent>>().first().eventType,
             QStringLiteral("other"));
    handler.finish();
}

QTEST_GUILESS_MAIN(tst_EventHandler)
#include "tst_eventhandler.moc"
