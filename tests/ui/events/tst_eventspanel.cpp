#include "eventfixture.h"
#include "tests/ui/inventoryfixture.h"

#include "core/database.h"
#include "core/events.h"
#include "ui/events/eventlistmodel.h"
#include "ui/events/eventspanel.h"
#include "ui/events/timelinewidget.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Vantage;
using Vantage::Testing::InventoryFixture;
using Vantage::Testing::makeEvent;
using Vantage::Testing::storeEvents;

namespace {
constexpr qint64 minute = 60 * 1000;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;
} // namespace

class tst_EventsPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void everyControlIsNamedAndReachable();
    void showsLastWeekNewestFirst();
    void timePresets();
    void customRange();
    void managerFilter();
    void textAndObjectFilters();
    void typeMenu();
    void selectingARowActivatesItsObject();
    void clickingATimelineMarkSelectsTheRow();
    void liveEventsRespectTheFilter();
    void fixedObject();
    void gapsOfFilteredManagersOnly();

private:
    // Event ids of the list's rows, top to bottom.
    QList<qint64> shownIds() const;
    qint64 id(int event) const { return m_events.at(event).id; }
    template <typename T> T *child(const char *name) const
    {
        T *widget = m_panel->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EventsPanel> m_panel;
    qint64 m_managerA = 0;
    qint64 m_managerB = 0;
    qint64 m_web = 0;
    qint64 m_db = 0;
    qint64 m_host = 0;
    qint64 m_now = 0;
    QList<StoredEvent> m_events;
};

void tst_EventsPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(InventoryFixture::open(*m_dir, &error), qPrintable(error));
    InventoryFixture::addProvider(QStringLiteral("alpha"), &m_managerA);
    InventoryFixture::addProvider(QStringLiteral("beta"), &m_managerB, QStringLiteral("uifake"),
                                  QStringLiteral("uifake://two"));
    m_host = InventoryFixture::addHost(m_managerB, 0, QStringLiteral("node1"));
    m_web = InventoryFixture::addVm(m_managerA, 0, QStringLiteral("web01"));
    m_db = InventoryFixture::addVm(m_managerA, 0, QStringLiteral("db01"));
    const QString web = Testing::emsRefOf(InventoryKind::Vm, m_web);
    const QString db = Testing::emsRefOf(InventoryKind::Vm, m_db);
    const QString node = Testing::emsRefOf(InventoryKind::Host, m_host);
    m_now = nowMs();
    const auto A = m_managerA;
    m_events = storeEvents({
        makeEvent(A, m_now - 10 * day, "vm_created", web, "web01", "web01 created"),
        makeEvent(A, m_now - 2 * day, "vm_power_on", web, "web01", "web01 started"),
        makeEvent(A, m_now - 3 * hour, "vm_power_on", db, "db01", "db01 started"),
        makeEvent(A, m_now - 30 * minute, "vm_power_off", web, "web01", "web01 shut down"),
        makeEvent(m_managerB, m_now - 20 * minute, "host_disconnected", node, "node1",
                  "node1 lost connection", InventoryKind::Host),
        makeEvent(A, m_now - 10 * minute, "vm_device_added", db, "db01", "disk vdb attached"),
    });
    QCOMPARE(m_events.size(), 6);
    m_panel = std::make_unique<EventsPanel>();
    m_panel->resize(1100, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_EventsPanel::cleanup()
{
    m_panel.reset();
    Database::closeThreadConnection();
    m_dir.reset();
}

QList<qint64> tst_EventsPanel::shownIds() const
{
    QList<qint64> ids;
    const QAbstractItemModel *model = m_panel->listView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(EventListModel::IdRole).toLongLong();
    return ids;
}

void tst_EventsPanel::everyControlIsNamedAndReachable()
{
    auto isControl = [this](const QWidget *widget) {
        return qobject_cast<const QAbstractButton *>(widget) ||
               qobject_cast<const QLineEdit *>(widget) ||
               qobject_cast<const QAbstractItemView *>(widget) ||
               qobject_cast<const QComboBox *>(widget) ||
               qobject_cast<const QAbstractSpinBox *>(widget) || widget == m_panel->timeline();
    };
    // Parts of a compound control (a combo box's popup list, a line edit's clear button) are
    // announced through the control.
    auto isPart = [&](const QWidget *widget) {
        for (const QWidget *w = widget->parentWidget(); w && w != m_panel.get();
             w = w->parentWidget()) {
            if (isControl(w))
                return true;
        }
        return false;
    };
    QStringList problems;
    for (const QWidget *widget : m_panel->findChildren<QWidget *>()) {
        if (isControl(widget) && !isPart(widget) &&
            (widget->accessibleName().isEmpty() || widget->objectName().isEmpty()))
            problems << QString::fromLatin1(widget->metaObject()->className()) + u' ' +
                            widget->objectName();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral(", "))));

    // Tab reaches the filters, the timeline and the list in that order.
    QWidget *manager = child<QWidget>("eventManagerFilter");
    manager->setFocus();
    QList<QString> order{manager->objectName()};
    for (int i = 0; i < 12; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order << QApplication::focusWidget()->objectName();
    }
    const QStringList expected{
        QStringLiteral("eventObjectFilter"), QStringLiteral("eventTypeFilter"),
        QStringLiteral("eventTextFilter"),   QStringLiteral("eventTimeRange"),
        QStringLiteral("eventTimeline"),     QStringLiteral("eventList")};
    int at = 0;
    for (const QString &name : order) {
        if (at < expected.size() && name == expected.at(at))
            ++at;
    }
    QVERIFY2(at == expected.size(), qPrintable(order.join(u' ')));
}

void tst_EventsPanel::showsLastWeekNewestFirst()
{
    QCOMPARE(m_panel->timePreset(), EventsPanel::TimePreset::LastWeek);
    QCOMPARE(shownIds(), (QList<qint64>{id(5), id(4), id(3), id(2), id(1)}));
    QCOMPARE(child<QLabel>("eventCount")->text(), QStringLiteral("Events: 5"));
    // The timeline shows the week, up to now.
    TimelineWidget *timeline = m_panel->timeline();
    QVERIFY(qAbs(timeline->visibleFrom() - (m_now - 7 * day)) < minute);
    QVERIFY(timeline->visibleTo() > m_now);
    QVERIFY(!timeline->markPosition(id(1)).isNull());
}

void tst_EventsPanel::timePresets()
{
    auto *range = child<QComboBox>("eventTimeRange");
    range->setFocus();
    QTest::keyClick(range, Qt::Key_Up); // last 24 hours
    QCOMPARE(m_panel->timePreset(), EventsPanel::TimePreset::LastDay);
    QCOMPARE(shownIds(), (QList<qint64>{id(5), id(4), id(3), id(2)}));
    QTest::keyClick(range, Qt::Key_Up); // last hour
    QCOMPARE(shownIds(), (QList<qint64>{id(5), id(4), id(3)}));
    const qint64 span = m_panel->timeline()->visibleTo() - m_panel->timeline()->visibleFrom();
    QVERIFY(span > hour && span < 2 * hour);
    m_panel->setTimePreset(EventsPanel::TimePreset::AllTime);
    QCOMPARE(shownIds().size(), 6);
    QVERIFY(m_panel->timeline()->visibleFrom() <= m_now - 10 * day);
    QVERIFY(child<QWidget>("eventRangeFrom")->isHidden());
}

void tst_EventsPanel::customRange()
{
    m_panel->setCustomRange(m_now - 4 * hour, m_now - 15 * minute);
    QCOMPARE(m_panel->timePreset(), EventsPanel::TimePreset::Custom);
    QVERIFY(!child<QWidget>("eventRangeFrom")->isHidden());
    QVERIFY(!child<QWidget>("eventRangeTo")->isHidden());
    // The editors show minutes: the range is what they say.
    QCOMPARE(shownIds(), (QList<qint64>{id(4), id(3), id(2)}));
    QVERIFY(qAbs(m_panel->timeline()->visibleFrom() - (m_now - 4 * hour)) < minute);
}

void tst_EventsPanel::managerFilter()
{
    auto *manager = child<QComboBox>("eventManagerFilter");
    QCOMPARE(manager->count(), 3);
    QCOMPARE(manager->itemText(0), QStringLiteral("All managers"));
    manager->setFocus();
    QTest::keyClick(manager, Qt::Key_Down);
    QCOMPARE(manager->currentText(), QStringLiteral("alpha"));
    QCOMPARE(shownIds(), (QList<qint64>{id(5), id(3), id(2), id(1)}));
    QTest::keyClick(manager, Qt::Key_Down);
    QCOMPARE(shownIds(), (QList<qint64>{id(4)}));
    QCOMPARE(m_panel->currentFilter().managerIds, (QList<qint64>{m_managerB}));
}

void tst_EventsPanel::textAndObjectFilters()
{
    auto *search = child<QLineEdit>("eventTextFilter");
    QTest::keyClicks(search, QStringLiteral("DISK"));
    QTRY_COMPARE(shownIds(), (QList<qint64>{id(5)}));
    search->clear();
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(shownIds().size(), 5);

    auto *object = child<QLineEdit>("eventObjectFilter");
    QTest::keyClicks(object, QStringLiteral("web"));
    QTRY_COMPARE(shownIds(), (QList<qint64>{id(3), id(1)}));
    // Both at once.
    QTest::keyClicks(search, QStringLiteral("started"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(shownIds(), (QList<qint64>{id(1)}));
    QCOMPARE(child<QLabel>("eventCount")->text(), QStringLiteral("Events: 1 loaded"));
}

void tst_EventsPanel::typeMenu()
{
    auto *button = child<QToolButton>("eventTypeFilter");
    QCOMPARE(button->text(), QStringLiteral("All types"));
    QMenu *menu = button->menu();
    QVERIFY(menu);
    auto action = [&](const char *name) {
        return menu->findChild<QAction *>(QString::fromLatin1(name));
    };
    // Through the menu as a user would: open it, pick an entry.
    QTimer::singleShot(0, this, [&] {
        QMenu *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        QVERIFY(popup);
        popup->setActiveAction(action("eventType_vm_power_on"));
        QTest::keyClick(popup, Qt::Key_Return);
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(!action("eventType_vm_power_on")->isChecked());
    const int typeCount = int(EventType::all().size());
    QCOMPARE(button->text(), QStringLiteral("%1 of %2 types").arg(typeCount - 1).arg(typeCount));
    QCOMPARE(shownIds(), (QList<qint64>{id(5), id(4), id(3)}));

    action("eventTypesNone")->trigger();
    QCOMPARE(button->text(), QStringLiteral("No types"));
    QVERIFY(shownIds().isEmpty());
    action("eventType_vm_power_off")->trigger();
    QCOMPARE(button->text(), QStringLiteral("VM powered off"));
    QCOMPARE(shownIds(), (QList<qint64>{id(3)}));
    action("eventTypesAll")->trigger();
    QCOMPARE(shownIds().size(), 5);
}

void tst_EventsPanel::selectingARowActivatesItsObject()
{
    QSignalSpy objects(m_panel.get(), &EventsPanel::objectActivated);
    QTreeView *view = m_panel->listView();
    // Row 3 is event 2: db01 started.
    const QModelIndex index = view->model()->index(3, EventListModel::MessageColumn);
    QCOMPARE(index.data().toString(), QStringLiteral("db01 started"));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(objects.count(), 1);
    QCOMPARE(objects.at(0).at(0).value<InventoryKind>(), InventoryKind::Vm);
    QCOMPARE(objects.at(0).at(1).toLongLong(), m_db);
    QCOMPARE(m_panel->selectedEvent(), id(2));
    QCOMPARE(m_panel->timeline()->selectedEvent(), id(2));

    // Keyboard: up to the host event.
    QTest::keyClick(view, Qt::Key_Up);
    QTest::keyClick(view, Qt::Key_Up);
    QCOMPARE(m_panel->selectedEvent(), id(4));
    QCOMPARE(objects.last().at(0).value<InventoryKind>(), InventoryKind::Host);
    QCOMPARE(objects.last().at(1).toLongLong(), m_host);
}

void tst_EventsPanel::clickingATimelineMarkSelectsTheRow()
{
    QSignalSpy objects(m_panel.get(), &EventsPanel::objectActivated);
    TimelineWidget *timeline = m_panel->timeline();
    // Zoom to the last hour so that the marks stand apart.
    timeline->setRange(m_now - hour, m_now + minute);
    const QPoint mark = timeline->markPosition(id(3));
    QVERIFY(!mark.isNull());
    QTest::mouseClick(timeline, Qt::LeftButton, {}, mark);
    QCOMPARE(m_panel->selectedEvent(), id(3));
    const QModelIndex current = m_panel->listView()->currentIndex();
    QCOMPARE(current.data(EventListModel::IdRole).toLongLong(), id(3));
    QVERIFY(m_panel->listView()->selectionModel()->isRowSelected(current.row(), {}));
    QCOMPARE(objects.count(), 1);
    QCOMPARE(objects.at(0).at(1).toLongLong(), m_web);
}

void tst_EventsPanel::liveEventsRespectTheFilter()
{
    auto *manager = child<QComboBox>("eventManagerFilter");
    manager->setFocus();
    QTest::keyClick(manager, Qt::Key_Down); // alpha
    QCOMPARE(shownIds().size(), 4);
    QSignalSpy resets(m_panel->model(), &QAbstractItemModel::modelReset);
    const QList<StoredEvent> live = storeEvents({
        makeEvent(m_managerA, nowMs(), "vm_power_on", "x", "web01", "web01 started again"),
        makeEvent(m_managerB, nowMs(), "host_connected", "y", "node1", "node1 back",
                  InventoryKind::Host),
    });
    m_panel->appendEvents(live);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(shownIds().first(), live.at(0).id);
    QCOMPARE(shownIds().size(), 5);
    QCOMPARE(child<QLabel>("eventCount")->text(), QStringLiteral("Events: 5"));
    QVERIFY(!m_panel->timeline()->markPosition(live.at(0).id).isNull());
    QVERIFY(m_panel->timeline()->markPosition(live.at(1).id).isNull());
}

void tst_EventsPanel::fixedObject()
{
    QSignalSpy objects(m_panel.get(), &EventsPanel::objectActivated);
    m_panel->setFixedObject(InventoryKind::Vm, m_web, QStringLiteral("web01"));
    QVERIFY(m_panel->hasFixedObject());
    QVERIFY(child<QWidget>("eventObjectFilter")->isHidden());
    QVERIFY(child<QWidget>("eventManagerFilter")->isHidden());
    QCOMPARE(child<QLabel>("eventFixedObject")->text(), QStringLiteral("Events of web01"));
    QCOMPARE(shownIds(), (QList<qint64>{id(3), id(1)}));
    // The object is the one selected already: choosing its events does not select it again.
    QVERIFY(m_panel->selectEvent(id(3)));
    QCOMPARE(objects.count(), 0);
    // Live: only this object's events.
    const QString web = Testing::emsRefOf(InventoryKind::Vm, m_web);
    const QString db = Testing::emsRefOf(InventoryKind::Vm, m_db);
    const QList<StoredEvent> live = storeEvents({
        makeEvent(m_managerA, nowMs(), "vm_rebooted", web, "web01", "web01 rebooted"),
        makeEvent(m_managerA, nowMs(), "vm_rebooted", db, "db01", "db01 rebooted"),
    });
    m_panel->appendEvents(live);
    QCOMPARE(shownIds(), (QList<qint64>{live.at(0).id, id(3), id(1)}));
    // The other filters still apply.
    QTest::keyClicks(child<QLineEdit>("eventTextFilter"), QStringLiteral("shut"));
    QTest::keyClick(child<QLineEdit>("eventTextFilter"), Qt::Key_Return);
    QCOMPARE(shownIds(), (QList<qint64>{id(3)}));
}

void tst_EventsPanel::gapsOfFilteredManagersOnly()
{
    auto *manager = child<QComboBox>("eventManagerFilter");
    manager->setFocus();
    QTest::keyClick(manager, Qt::Key_Down); // alpha
    m_panel->timeline()->setRange(m_now - 2 * hour, m_now + minute);
    m_panel->setGap({1, m_managerB, m_now - hour, 0, QStringLiteral("beta down")});
    QVERIFY(m_panel->timeline()->gapBands().isEmpty());
    m_panel->setGap({2, m_managerA, m_now - hour, 0, QStringLiteral("alpha down")});
    QCOMPARE(m_panel->timeline()->gapBands().size(), 1);
    // Stored gaps come back with a reload.
    const qint64 gap = EventStore::openGap(m_managerA, m_now - 90 * minute, QStringLiteral("x"));
    QVERIFY(EventStore::closeGap(gap, m_now - 80 * minute));
    m_panel->reload();
    QCOMPARE(m_panel->timeline()->gaps().size(), 1);
    QCOMPARE(m_panel->timeline()->gaps().at(0).id, gap);
}

QTEST_MAIN(tst_EventsPanel)
#include "tst_eventspanel.moc"
