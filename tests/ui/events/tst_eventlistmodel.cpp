#include "eventfixture.h"
#include "tests/ui/inventoryfixture.h"

#include "core/database.h"
#include "ui/events/eventlistmodel.h"
#include "ui/events/eventtypestyle.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Vantage;
using Vantage::Testing::InventoryFixture;
using Vantage::Testing::makeEvent;
using Vantage::Testing::storeEvents;

namespace {
const qint64 base = QDateTime(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
constexpr qint64 minute = 60 * 1000;
} // namespace

class tst_EventListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void filters_data();
    void filters();
    void columnsShowTheEvent();
    void liveAppendRespectsFilter();
    void liveAppendInsertsInTimeOrderOnce();
    void pagesBackwardsThroughTies();
    void objectTextPagesUntilFull();
    void capacityDropsOldest();

private:
    std::unique_ptr<EventListModel> newModel();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_managerA = 0;
    qint64 m_managerB = 0;
    qint64 m_web = 0;
    qint64 m_db = 0;
    QList<StoredEvent> m_events;
};

void tst_EventListModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(InventoryFixture::open(*m_dir, &error), qPrintable(error));
    InventoryFixture::addProvider(QStringLiteral("alpha"), &m_managerA);
    InventoryFixture::addProvider(QStringLiteral("beta"), &m_managerB, QStringLiteral("uifake"),
                                  QStringLiteral("uifake://two"));
    const qint64 host = InventoryFixture::addHost(m_managerB, 0, QStringLiteral("node1"));
    m_web = InventoryFixture::addVm(m_managerA, 0, QStringLiteral("web01"));
    m_db = InventoryFixture::addVm(m_managerA, 0, QStringLiteral("db01"));
    const QString web = Testing::emsRefOf(InventoryKind::Vm, m_web);
    const QString db = Testing::emsRefOf(InventoryKind::Vm, m_db);
    const QString node = Testing::emsRefOf(InventoryKind::Host, host);
    const auto A = m_managerA;
    const auto B = m_managerB;
    m_events = storeEvents({
        makeEvent(A, base, "vm_created", web, "web01", "web01 created"),
        makeEvent(A, base + minute, "vm_power_on", web, "web01", "web01 started"),
        makeEvent(A, base + 2 * minute, "vm_power_on", db, "db01", "db01 started"),
        makeEvent(A, base + 3 * minute, "vm_power_off", web, "web01", "web01 shut down"),
        makeEvent(B, base + 4 * minute, "host_disconnected", node, "node1", "node1 lost connection",
                  InventoryKind::Host),
        makeEvent(A, base + 5 * minute, "vm_device_added", db, "db01", "disk vdb attached"),
        makeEvent(A, base + 6 * minute, "other", "ghost-ref", "ghost", "unknown thing happened"),
        makeEvent(B, base + 7 * minute, "host_connected", node, "node1", "node1 back",
                  InventoryKind::Host),
    });
    QCOMPARE(m_events.size(), 8);
    QCOMPARE(m_events.at(0).targetId, m_web);
}

void tst_EventListModel::cleanup()
{
    m_tester.reset();
    Database::closeThreadConnection();
    m_dir.reset();
}

std::unique_ptr<EventListModel> tst_EventListModel::newModel()
{
    auto model = std::make_unique<EventListModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    return model;
}

void tst_EventListModel::filters_data()
{
    QTest::addColumn<QString>("managers"); // "A", "B", "AB" or empty
    QTest::addColumn<QStringList>("types");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("objectText");
    QTest::addColumn<int>("fromMinute"); // -1: no bound
    QTest::addColumn<int>("toMinute");   // -1: no bound
    QTest::addColumn<bool>("webOnly");
    QTest::addColumn<QList<int>>("expected"); // indexes into the stored events, oldest first

    const QStringList none;
    QTest::newRow("everything") << "" << none << ""
                                << "" << -1 << -1 << false << QList<int>{0, 1, 2, 3, 4, 5, 6, 7};
    QTest::newRow("manager A") << "A" << none << ""
                               << "" << -1 << -1 << false << QList<int>{0, 1, 2, 3, 5, 6};
    QTest::newRow("manager B") << "B" << none << ""
                               << "" << -1 << -1 << false << QList<int>{4, 7};
    QTest::newRow("power types") << "" << QStringList{"vm_power_on", "vm_power_off"} << ""
                                 << "" << -1 << -1 << false << QList<int>{1, 2, 3};
    QTest::newRow("text, any case") << "" << none << "DISK"
                                    << "" << -1 << -1 << false << QList<int>{5};
    QTest::newRow("text in object name") << "" << none << "node1"
                                         << "" << -1 << -1 << false << QList<int>{4, 7};
    QTest::newRow("time range") << "" << none << ""
                                << "" << 2 << 5 << false << QList<int>{2, 3, 4};
    QTest::newRow("object text") << "" << none << ""
                                 << "WEB" << -1 << -1 << false << QList<int>{0, 1, 3};
    QTest::newRow("object name, not its ems_ref") << "" << none << ""
                                                  << "ghost-r" << -1 << -1 << false << QList<int>{};
    QTest::newRow("one object") << "" << none << ""
                                << "" << -1 << -1 << true << QList<int>{0, 1, 3};
    QTest::newRow("one object and a type") << "" << QStringList{"vm_power_off"} << ""
                                           << "" << -1 << -1 << true << QList<int>{3};
    QTest::newRow("host type on manager A") << "A" << QStringList{"host_connected"} << ""
                                            << "" << -1 << -1 << false << QList<int>{};
}

void tst_EventListModel::filters()
{
    QFETCH(QString, managers);
    QFETCH(QStringList, types);
    QFETCH(QString, text);
    QFETCH(QString, objectText);
    QFETCH(int, fromMinute);
    QFETCH(int, toMinute);
    QFETCH(bool, webOnly);
    QFETCH(QList<int>, expected);

    EventFilter filter;
    if (managers.contains(u'A'))
        filter.managerIds << m_managerA;
    if (managers.contains(u'B'))
        filter.managerIds << m_managerB;
    filter.eventTypes = types;
    filter.text = text;
    if (fromMinute >= 0)
        filter.fromMs = base + fromMinute * minute;
    if (toMinute >= 0)
        filter.toMs = base + toMinute * minute;
    if (webOnly) {
        filter.targetKind = InventoryKind::Vm;
        filter.targetId = m_web;
    }
    auto model = newModel();
    model->setFilter(filter, objectText);
    model->reload();

    QList<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(EventListModel::IdRole).toLongLong();
    QList<qint64> wanted;
    for (const int i : expected)
        wanted << m_events.at(i).id;
    QCOMPARE(ids, wanted);
    QCOMPARE(model->canFetchMore(), false);
    if (objectText.isEmpty())
        QCOMPARE(model->totalCount(), int(expected.size()));
    // The in-memory test agrees with the store's query, event by event.
    for (int i = 0; i < m_events.size(); ++i)
        QCOMPARE(model->matches(m_events.at(i)), expected.contains(i));
}

void tst_EventListModel::columnsShowTheEvent()
{
    auto model = newModel();
    model->reload();
    QCOMPARE(model->columnCount(), int(EventListModel::ColumnCount));
    QCOMPARE(model->headerData(EventListModel::TimeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Time"));
    const int row = model->rowOf(m_events.at(5).id);
    QCOMPARE(row, 5);
    auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model->index(row, column).data(role);
    };
    QCOMPARE(cell(EventListModel::TimeColumn).toString(),
             QDateTime::fromMSecsSinceEpoch(base + 5 * minute)
                 .toLocalTime()
                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(cell(EventListModel::TimeColumn, EventListModel::SortKeyRole).toLongLong(),
             base + 5 * minute);
    QCOMPARE(cell(EventListModel::TypeColumn).toString(), QStringLiteral("VM device added"));
    QCOMPARE(cell(EventListModel::TypeColumn, Qt::DecorationRole).value<QColor>(),
             EventTypeStyle::color(QStringLiteral("vm_device_added")));
    QCOMPARE(cell(EventListModel::ObjectColumn).toString(), QStringLiteral("db01"));
    QCOMPARE(cell(EventListModel::ManagerColumn).toString(), QStringLiteral("alpha"));
    QCOMPARE(cell(EventListModel::MessageColumn).toString(), QStringLiteral("disk vdb attached"));
    QCOMPARE(cell(EventListModel::MessageColumn, EventListModel::TargetIdRole).toLongLong(), m_db);
    QCOMPARE(cell(EventListModel::MessageColumn, EventListModel::TargetKindRole).toInt(),
             int(InventoryKind::Vm));
    QCOMPARE(cell(EventListModel::TypeColumn, EventListModel::EventTypeRole).toString(),
             QStringLiteral("vm_device_added"));
    // An event about an object not in the inventory names it by what the manager said.
    QCOMPARE(model->index(6, EventListModel::ObjectColumn).data().toString(),
             QStringLiteral("ghost"));
    QCOMPARE(model->index(6, 0).data(EventListModel::TargetIdRole).toLongLong(), 0);
}

void tst_EventListModel::liveAppendRespectsFilter()
{
    auto model = newModel();
    EventFilter filter;
    filter.managerIds = {m_managerA};
    filter.eventTypes = {QStringLiteral("vm_power_on")};
    model->setFilter(filter);
    model->reload();
    QCOMPARE(model->rowCount(), 2);

    QSignalSpy resets(model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserts(model.get(), &QAbstractItemModel::rowsInserted);
    const QString web = Testing::emsRefOf(InventoryKind::Vm, m_web);
    const QList<StoredEvent> batch = storeEvents({
        makeEvent(m_managerA, base + 10 * minute, "vm_power_on", web, "web01", "web01 started"),
        makeEvent(m_managerB, base + 11 * minute, "vm_power_on", "x", "x", "other manager"),
        makeEvent(m_managerA, base + 12 * minute, "vm_power_off", web, "web01", "wrong type"),
        makeEvent(m_managerA, base + 13 * minute, "vm_power_on", web, "web01", "again"),
    });
    QCOMPARE(model->appendEvents(batch), 2);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserts.count(), 1);
    QCOMPARE(inserts.at(0).at(1).toInt(), 2);
    QCOMPARE(inserts.at(0).at(2).toInt(), 3);
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->eventAt(2).id, batch.at(0).id);
    QCOMPARE(model->eventAt(3).id, batch.at(3).id);
    QCOMPARE(model->totalCount(), 4);

    // A batch with nothing for this filter changes nothing.
    QCOMPARE(model->appendEvents({batch.at(1), batch.at(2)}), 0);
    QCOMPARE(inserts.count(), 1);
}

void tst_EventListModel::liveAppendInsertsInTimeOrderOnce()
{
    auto model = newModel();
    model->reload();
    QSignalSpy inserts(model.get(), &QAbstractItemModel::rowsInserted);
    // A late event (the manager's clock, a catcher catching up) lands at its time, not last.
    const QList<StoredEvent> late = storeEvents(
        {makeEvent(m_managerA, base + 2 * minute + 30000, "vm_rebooted", "r", "web01", "late")});
    QCOMPARE(model->appendEvents(late), 1);
    QCOMPARE(inserts.count(), 1);
    QCOMPARE(inserts.at(0).at(1).toInt(), 3);
    QCOMPARE(model->rowOf(late.at(0).id), 3);
    // Something already shown (a batch that raced the reload) is not shown twice.
    QCOMPARE(model->appendEvents({m_events.at(1), late.at(0)}), 0);
    QCOMPARE(model->rowCount(), 9);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->eventAt(row - 1).raw.timestampMs <= model->eventAt(row).raw.timestampMs);
}

void tst_EventListModel::pagesBackwardsThroughTies()
{
    // 130 more events, 40 of them at one millisecond, read in pages of 25.
    QList<StoredEvent> more;
    for (int i = 0; i < 130; ++i) {
        const qint64 ms = i < 40 ? base + 100 * minute : base + (101 + i) * minute;
        more << makeEvent(m_managerA, ms, "vm_power_on", "r", "web01", QString::number(i));
    }
    QCOMPARE(storeEvents(more).size(), 130);

    auto model = newModel();
    model->setPageSize(25);
    model->reload();
    QCOMPARE(model->rowCount(), 25);
    QCOMPARE(model->totalCount(), 138);
    QVERIFY(model->canFetchMore());
    int fetches = 0;
    while (model->canFetchMore() && fetches < 20) {
        model->fetchMore();
        ++fetches;
    }
    QCOMPARE(model->rowCount(), 138);
    QCOMPARE(fetches, 5);
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row) {
        ids.insert(model->eventAt(row).id);
        if (row > 0)
            QVERIFY(model->eventAt(row - 1).raw.timestampMs <= model->eventAt(row).raw.timestampMs);
    }
    QCOMPARE(ids.size(), 138);
    QCOMPARE(model->oldestLoadedMs(), base);
}

void tst_EventListModel::objectTextPagesUntilFull()
{
    // Names the store cannot filter by: pages are read until enough rows match.
    QList<StoredEvent> more;
    for (int i = 0; i < 200; ++i)
        more << makeEvent(m_managerA, base + (10 + i) * minute, "vm_power_on", "r",
                          i % 10 == 0 ? QStringLiteral("needle-%1").arg(i) : QStringLiteral("hay"),
                          QStringLiteral("about needle"));
    QCOMPARE(storeEvents(more).size(), 200);
    auto model = newModel();
    model->setPageSize(8);
    model->setFilter({}, QStringLiteral("needle"));
    model->reload();
    QCOMPARE(model->rowCount(), 8);
    QCOMPARE(model->totalCount(), -1);
    model->fetchMore();
    QCOMPARE(model->rowCount(), 16);
    model->fetchMore();
    QCOMPARE(model->rowCount(), 20);
    QVERIFY(!model->canFetchMore());
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(model->eventAt(row).raw.targetName.startsWith(QStringLiteral("needle")));
}

void tst_EventListModel::capacityDropsOldest()
{
    auto model = newModel();
    model->setCapacity(10);
    model->reload();
    QCOMPARE(model->rowCount(), 8);
    QList<StoredEvent> more;
    for (int i = 0; i < 5; ++i)
        more << makeEvent(m_managerA, base + (20 + i) * minute, "vm_power_on", "r", "web01", "x");
    more = storeEvents(more);
    QSignalSpy removes(model.get(), &QAbstractItemModel::rowsRemoved);
    QCOMPARE(model->appendEvents(more), 5);
    QCOMPARE(model->rowCount(), 10);
    QCOMPARE(removes.count(), 1);
    QCOMPARE(model->rowOf(m_events.at(0).id), -1);
    QCOMPARE(model->rowOf(m_events.at(2).id), -1);
    QCOMPARE(model->rowOf(m_events.at(3).id), 0);
    QCOMPARE(model->rowOf(more.last().id), 9);
    QVERIFY(!model->canFetchMore());
}

QTEST_GUILESS_MAIN(tst_EventListModel)
#include "tst_eventlistmodel.moc"
