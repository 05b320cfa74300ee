#include "core/database.h"
#include "core/eventstore.h"
#include "core/persister.h"
#include "core/providerstore.h"

#include "fakeprovider.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Vantage;
using namespace Vantage::Testing;

class tst_EventStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void storesAndResolvesTargets();
    void filters_data();
    void filters();
    void newestLimitReturnsOldestFirst();
    void gaps();
    void laterInventoryLinksEarlierEvents();

private:
    static StoredEvent event(qint64 at, const QString &type, const QString &ref,
                             const QString &message);
    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_manager = 0;
    qint64 m_vmId = 0;
};

StoredEvent tst_EventStore::event(qint64 at, const QString &type, const QString &ref,
                                  const QString &message)
{
    StoredEvent e;
    e.eventType = type;
    e.raw.timestampMs = at;
    e.raw.source = QStringLiteral("fake");
    e.raw.name = QStringLiteral("native.") + type;
    e.raw.targetRef = ref;
    e.raw.targetName = ref;
    e.raw.message = message;
    e.raw.payload = {{QStringLiteral("detail"), 7}};
    return e;
}

void tst_EventStore::init()
{
    registerFakeProvider();
    QString error;
    m_dir = std::make_unique<QTemporaryDir>(); // data rows run init() again: a fresh database each
    QVERIFY(Database::initialize(m_dir->filePath(QStringLiteral("v.sqlite")), &error));
    const auto provider = ProviderStore::addProvider(
        {QStringLiteral("p"), QStringLiteral("fake"), {QStringLiteral("fake://x")}, {}, {}},
        &error);
    m_manager = ProviderStore::managersOf(*provider).first().id;
    InventoryCollection inventory;
    VmRecord vm;
    vm.emsRef = QStringLiteral("vm-a");
    vm.name = QStringLiteral("web-01");
    inventory.vms << vm;
    InventoryChanges changes;
    QVERIFY(Persister(m_manager).persist(inventory, &changes, &error));
    m_vmId = 1;

    QList<StoredEvent> events{
        event(1000, QStringLiteral("vm_power_on"), QStringLiteral("vm-a"),
              QStringLiteral("web-01 started")),
        event(2000, QStringLiteral("vm_power_off"), QStringLiteral("vm-a"),
              QStringLiteral("web-01 stopped")),
        event(3000, QStringLiteral("vm_created"), QStringLiteral("vm-new"),
              QStringLiteral("db-02 defined")),
        event(4000, QStringLiteral("other"), QString(), QStringLiteral("100% odd_thing")),
    };
    for (StoredEvent &e : events)
        e.raw.managerId = m_manager;
    QVERIFY2(EventStore::store(&events, &error), qPrintable(error));
    QCOMPARE(events.at(0).id, 1);
    QCOMPARE(events.at(0).targetId, m_vmId);
    QCOMPARE(events.at(2).targetId, 0); // not in the inventory yet
}

void tst_EventStore::storesAndResolvesTargets()
{
    const QList<StoredEvent> all = EventStore::events({});
    QCOMPARE(all.size(), 4);
    QCOMPARE(all.at(1).raw.message, QStringLiteral("web-01 stopped"));
    QCOMPARE(all.at(1).raw.payload.value(QStringLiteral("detail")).toInt(), 7);
    QCOMPARE(all.at(1).raw.targetKind, InventoryKind::Vm);
    QCOMPARE(all.at(1).targetId, m_vmId);
    QCOMPARE(all.at(3).raw.targetRef, QString());
}

void tst_EventStore::filters_data()
{
    QTest::addColumn<EventFilter>("filter");
    QTest::addColumn<QList<qint64>>("ids");
    QTest::newRow("all") << EventFilter{} << QList<qint64>{1, 2, 3, 4};
    QTest::newRow("range") << EventFilter{2000, 4000} << QList<qint64>{2, 3};
    QTest::newRow("type") << EventFilter{0,
                                         0,
                                         {},
                                         {QStringLiteral("vm_created"), QStringLiteral("other")}}
                          << QList<qint64>{3, 4};
    QTest::newRow("object") << EventFilter{0, 0, {}, {}, InventoryKind::Vm, 1}
                            << QList<qint64>{1, 2};
    QTest::newRow("text any case")
        << EventFilter{0, 0, {}, {}, InventoryKind::Vm, 0, QStringLiteral("WEB-01")}
        << QList<qint64>{1, 2};
    QTest::newRow("text wildcards are literal")
        << EventFilter{0, 0, {}, {}, InventoryKind::Vm, 0, QStringLiteral("0% o")}
        << QList<qint64>{4};
    QTest::newRow("other manager") << EventFilter{0, 0, {42}} << QList<qint64>{};
}

void tst_EventStore::filters()
{
    QFETCH(EventFilter, filter);
    QFETCH(QList<qint64>, ids);
    QList<qint64> got;
    for (const StoredEvent &e : EventStore::events(filter))
        got << e.id;
    QCOMPARE(got, ids);
    QCOMPARE(EventStore::count(filter), ids.size());
}

void tst_EventStore::newestLimitReturnsOldestFirst()
{
    EventFilter filter;
    filter.limit = 2;
    const QList<StoredEvent> newest = EventStore::events(filter);
    QCOMPARE(newest.size(), 2);
    QCOMPARE(newest.at(0).id, 3);
    QCOMPARE(newest.at(1).id, 4);
}

void tst_EventStore::gaps()
{
    const qint64 open = EventStore::openGap(m_manager, 5000, QStringLiteral("connection reset"));
    QVERIFY(open > 0);
    QCOMPARE(EventStore::gaps({m_manager}, 0, 0).size(), 1);
    QCOMPARE(EventStore::gaps({m_manager}, 0, 0).first().endedAtMs, 0);
    QVERIFY(EventStore::closeGap(open, 9000));
    const EventGap gap = EventStore::gaps({}, 6000, 7000).value(0);
    QCOMPARE(gap.startedAtMs, 5000);
    QCOMPARE(gap.endedAtMs, 9000);
    QCOMPARE(gap.reason, QStringLiteral("connection reset"));
    QVERIFY(EventStore::gaps({}, 9500, 0).isEmpty());
    QVERIFY(EventStore::gaps({}, 0, 4000).isEmpty());
}

void tst_EventStore::laterInventoryLinksEarlierEvents()
{
    // "db-02 defined" arrived before the refresh that brought vm-new into the inventory.
    InventoryCollection inventory;
    for (const char *ref : {"vm-a", "vm-new"}) {
        VmRecord vm;
        vm.emsRef = QString::fromLatin1(ref);
        vm.name = vm.emsRef;
        inventory.vms << vm;
    }
    InventoryChanges changes;
    QString error;
    QVERIFY(Persister(m_manager).persist(inventory, &changes, &error));
    QCOMPARE(EventStore::resolveTargets(m_manager), 1);
    const qint64 newId = EventStore::events({}).at(2).targetId;
    QVERIFY(newId > m_vmId);
    EventFilter ofNewVm;
    ofNewVm.targetId = newId;
    QCOMPARE(EventStore::count(ofNewVm), 1);
    QCOMPARE(EventStore::resolveTargets(m_manager), 0);
}

QTEST_GUILESS_MAIN(tst_EventStore)
#include "tst_eventstore.moc"
