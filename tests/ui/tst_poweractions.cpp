#include "accessibilityaudit.h"
#include "catalogues.h"
#include "lifecyclefixture.h"
#include "uifakeprovider.h"

#include "core/requests.h"
#include "core/supervisor.h"
#include "ui/detailspane.h"
#include "ui/inventoryfilterproxy.h"
#include "ui/inventorytreemodel.h"
#include "ui/lifecycle/poweractions.h"
#include "ui/mainwindow.h"
#include "ui/requests/requestlistmodel.h"
#include "ui/requests/requestspanel.h"

#include <QAction>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Vantage;
using namespace Vantage::Testing;
using Kind = InventoryTreeModel::Kind;

class tst_PowerActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void enabledPerPowerState_data();
    void enabledPerPowerState();
    void everySelectedVmMustAllowIt();
    void providerWithoutOperationsOffersNone();
    void confirmedPowerOffSubmitsOneRequest();
    void declinedPowerOffSubmitsNothing();
    void startAsksNothing();
    void menusToolbarAndShortcuts();
    void thousandSelectedVms();
    void showRetiredAndWarnedVms();

private:
    MainWindow *window();
    void select(const QList<qint64> &vmIds);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Supervisor> m_supervisor;
    std::unique_ptr<MainWindow> m_window;
    LifecycleInventory m_inv;
};

void tst_PowerActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installCatalogue(QStringLiteral("en")));
    registerUiFakeProviders();
    registerUiFakeOperationsProvider();
}

void tst_PowerActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(InventoryFixture::open(*m_dir, &error), qPrintable(error));
    m_inv = addLifecycleInventory();
    m_supervisor = std::make_unique<Supervisor>();
}

void tst_PowerActions::cleanup()
{
    m_window.reset();
    m_supervisor.reset();
    m_dir.reset();
}

MainWindow *tst_PowerActions::window()
{
    if (!m_window) {
        m_window = std::make_unique<MainWindow>(m_supervisor.get());
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            qWarning("window not exposed");
    }
    return m_window.get();
}

// Selects the VMs as ctrl+clicks would: one selection of their rows.
void tst_PowerActions::select(const QList<qint64> &vmIds)
{
    MainWindow *w = window();
    QItemSelection selection;
    for (qint64 id : vmIds) {
        QVERIFY(w->selectObject(Kind::Vm, id));
        const QModelIndex index =
            w->filterProxy()->mapFromSource(w->inventoryModel()->indexFor(Kind::Vm, id));
        selection.select(index, index);
    }
    w->inventoryView()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect |
                                                                QItemSelectionModel::Rows);
}

void tst_PowerActions::enabledPerPowerState_data()
{
    QTest::addColumn<QString>("vm");
    QTest::addColumn<QStringList>("enabled");
    QTest::newRow("running") << "on"
                             << QStringList{"actionShutdown", "actionPowerOff", "actionReboot",
                                            "actionReset", "actionSuspend"};
    QTest::newRow("shut off") << "off" << QStringList{"actionStart"};
    QTest::newRow("suspended") << "suspended" << QStringList{"actionPowerOff", "actionResume"};
    QTest::newRow("template") << "template" << QStringList();
}

void tst_PowerActions::enabledPerPowerState()
{
    QFETCH(QString, vm);
    QFETCH(QStringList, enabled);
    const qint64 id = vm == QLatin1String("on")          ? m_inv.vmOn
                      : vm == QLatin1String("off")       ? m_inv.vmOff
                      : vm == QLatin1String("suspended") ? m_inv.vmSuspended
                                                         : m_inv.vmTemplate;
    select({id});
    for (QAction *action : window()->powerActions()->actions())
        QCOMPARE(action->isEnabled(), enabled.contains(action->objectName()));
    // Reconfigure needs one VM; retire any number; neither a template.
    const bool vmNotTemplate = vm != QLatin1String("template");
    QCOMPARE(window()->findChild<QAction *>(QStringLiteral("actionReconfigure"))->isEnabled(),
             vmNotTemplate);
    QCOMPARE(window()->findChild<QAction *>(QStringLiteral("actionRetire"))->isEnabled(),
             vmNotTemplate);
}

void tst_PowerActions::everySelectedVmMustAllowIt()
{
    select({m_inv.vmOn, m_inv.vmSuspended});
    PowerActions *power = window()->powerActions();
    QVERIFY(power->action(PowerOperation::PowerOff)->isEnabled());
    QVERIFY(!power->action(PowerOperation::Shutdown)->isEnabled());
    QVERIFY(!power->action(PowerOperation::Resume)->isEnabled());
    QVERIFY(!window()->findChild<QAction *>(QStringLiteral("actionReconfigure"))->isEnabled());
    QVERIFY(window()->findChild<QAction *>(QStringLiteral("actionRetire"))->isEnabled());

    // A host in the selection is ignored; only VMs count.
    select({m_inv.vmOn});
    QVERIFY(power->action(PowerOperation::Shutdown)->isEnabled());
    window()->inventoryView()->selectionModel()->clearSelection();
    for (QAction *action : power->actions())
        QVERIFY(!action->isEnabled());
}

void tst_PowerActions::providerWithoutOperationsOffersNone()
{
    const LifecycleInventory other =
        addLifecycleInventory(QStringLiteral("uifake"), QStringLiteral("readonly"));
    select({other.vmOn});
    for (QAction *action : window()->powerActions()->actions())
        QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
    QVERIFY(!window()->findChild<QAction *>(QStringLiteral("actionRetire"))->isEnabled());
}

void tst_PowerActions::confirmedPowerOffSubmitsOneRequest()
{
    const qint64 second = InventoryFixture::addVm(m_inv.managerId, m_inv.hostId,
                                                  QStringLiteral("db-on"), QStringLiteral("on"));
    select({m_inv.vmOn, second});
    QSignalSpy submitted(m_supervisor.get(), &Supervisor::requestSubmitted);
    QString question;
    QString details;
    QStringList unnamed;
    onNextModal<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        details = box->informativeText();
        unnamed = unnamedControls(box);
        QCOMPARE(box->objectName(), QStringLiteral("powerConfirmation"));
        QCOMPARE(box->defaultButton()->objectName(), QStringLiteral("cancelPowerButton"));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmPowerButton")),
                          Qt::LeftButton);
    });
    window()->powerActions()->action(PowerOperation::PowerOff)->trigger();
    QVERIFY2(question.contains(QStringLiteral("Power Off 2 VM")), qPrintable(question));
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    QVERIFY(details.contains(QStringLiteral("db-on")) &&
            details.contains(QStringLiteral("web-on")));
    QCOMPARE(submitted.count(), 1);

    const QList<RequestRecord> requests = RequestStore::requests();
    QCOMPARE(requests.size(), 1);
    const RequestRecord &request = requests.first();
    QCOMPARE(request.type, QString::fromLatin1(RequestType::Power));
    QCOMPARE(request.options.value(QLatin1String(RequestOption::Operation)).toString(),
             QStringLiteral("power_off"));
    QCOMPARE(request.managerId, m_inv.managerId);
    const QList<TaskRecord> tasks = RequestStore::tasks(request.id);
    QCOMPARE(tasks.size(), 2);
    QStringList refs;
    for (const TaskRecord &task : tasks)
        refs << task.spec.value(QLatin1String(TaskKey::VmRef)).toString();
    QVERIFY(refs.contains(emsRefOf(QStringLiteral("vms"), m_inv.vmOn)));
    QVERIFY(refs.contains(emsRefOf(QStringLiteral("vms"), second)));

    // The Requests view lists it and has it selected.
    RequestsPanel *panel = window()->requestsPanel();
    QCOMPARE(panel->model()->rowCount(), 1);
    QCOMPARE(panel->selectedRequestId(), request.id);
    QCOMPARE(panel->model()->index(0, RequestListModel::ProgressColumn).data().toString(),
             QStringLiteral("0 of 2"));
}

void tst_PowerActions::declinedPowerOffSubmitsNothing()
{
    select({m_inv.vmOn});
    QString question;
    onNextModal<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("cancelPowerButton")),
                          Qt::LeftButton);
    });
    QVERIFY(window()->powerActions()->run(PowerOperation::Reset).isEmpty());
    QVERIFY2(question.contains(QStringLiteral("“web-on”")), qPrintable(question));
    QVERIFY(RequestStore::requests().isEmpty());
}

void tst_PowerActions::startAsksNothing()
{
    select({m_inv.vmOff});
    const QList<qint64> ids = window()->powerActions()->run(PowerOperation::Start);
    QCOMPARE(ids.size(), 1);
    const auto request = RequestStore::request(ids.first());
    QVERIFY(request);
    QCOMPARE(request->options.value(QLatin1String(RequestOption::Operation)).toString(),
             QStringLiteral("start"));
    QCOMPARE(RequestStore::tasks(request->id)
                 .first()
                 .spec.value(QLatin1String(TaskKey::VmName))
                 .toString(),
             QStringLiteral("web-off"));
}

void tst_PowerActions::menusToolbarAndShortcuts()
{
    MainWindow *w = window();
    auto *vmMenu = w->findChild<QMenu *>(QStringLiteral("vmMenu"));
    QVERIFY(vmMenu);
    for (QAction *action : w->powerActions()->actions()) {
        QVERIFY(vmMenu->actions().contains(action));
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->objectName()));
    }
    auto *power = w->findChild<QMenu *>(QStringLiteral("powerContextMenu"));
    QVERIFY(power);
    QCOMPARE(power->actions(), w->powerActions()->actions());
    QCOMPARE(w->findChild<QAction *>(QStringLiteral("actionProvision"))->shortcut(),
             QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    QVERIFY(w->findChild<QAction *>(QStringLiteral("actionProvision"))->isEnabled());

    // The shortcut reaches the action from the tree.
    select({m_inv.vmOff});
    w->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(w));
    w->inventoryView()->setFocus();
    QTest::keyClick(w->inventoryView(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(RequestStore::requests().size(), 1);

    const QStringList problems = unnamedControls(w);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

    // Ctrl+R brings the Requests view forward, behind the Events tab as it starts, and focuses it.
    auto *requestsDock = w->findChild<QDockWidget *>(QStringLiteral("requestsDock"));
    QTest::keyClick(w->inventoryView(), Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY(requestsDock->isVisible());
    QVERIFY(w->requestsPanel()->view()->isVisible());
    QTRY_VERIFY(w->requestsPanel()->view()->hasFocus());

    const QString shots = qEnvironmentVariable("VANTAGE_SHOTS");
    if (!shots.isEmpty()) {
        select({m_inv.vmOn});
        auto *dock = w->findChild<QDockWidget *>(QStringLiteral("requestsDock"));
        dock->show();
        dock->raise();
        w->resize(1300, 800);
        QTest::qWait(200);
        w->grab().save(shots + QStringLiteral("/mainwindow-requests.png"));
        vmMenu->popup(w->mapToGlobal(QPoint(120, 20)));
        QTest::qWait(200);
        vmMenu->grab().save(shots + QStringLiteral("/mainwindow-vm-menu.png"));
        vmMenu->hide();
    }
}

// 1,000 selected VMs: enabling the actions and building the request read only the model. The
// figures are printed, not asserted (no wall-clock assertions in unit tests).
void tst_PowerActions::thousandSelectedVms()
{
    qint64 managerId = 0;
    InventoryFixture::addLargeProvider(QStringLiteral("big"), 1, 10, 100, &managerId);
    InventoryFixture::exec(QStringLiteral("UPDATE providers SET type = 'uifakeops'"));
    MainWindow *w = window();
    QTreeView *tree = w->inventoryView();
    tree->expandAll();
    QItemSelection selection;
    for (int i = 0; i < 1000; ++i) {
        const QModelIndex index =
            w->filterProxy()->mapFromSource(w->inventoryModel()->indexFor(Kind::Vm, [&] {
                QSqlQuery q(Database::connection());
                q.prepare(QStringLiteral("SELECT id FROM vms WHERE name = ?"));
                q.addBindValue(QStringLiteral("big-vm-%1").arg(i, 5, 10, QLatin1Char('0')));
                return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
            }()));
        QVERIFY(index.isValid());
        selection.select(index, index);
    }
    QElapsedTimer timer;
    timer.start();
    tree->selectionModel()->select(selection,
                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const qint64 selectMs = timer.elapsed();
    const QList<PowerActions::Vm> vms = w->powerActions()->selectedVms();
    QCOMPARE(vms.size(), 1000);
    // The large fixture mixes running and shut-off VMs: no operation suits them all.
    for (QAction *action : w->powerActions()->actions())
        QVERIFY(!action->isEnabled());
    timer.restart();
    const QList<NewRequest> requests =
        PowerActions::requestsFor(PowerOperation::PowerOff, vms, QStringLiteral("tester"));
    const qint64 buildMs = timer.elapsed();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().tasks.size(), 1000);
    timer.restart();
    QString error;
    QVERIFY2(RequestStore::submit(requests.first(), false, &error) > 0, qPrintable(error));
    const qint64 submitMs = timer.elapsed();
    qInfo("1000 VMs: select + enable %lld ms, build request %lld ms, submit %lld ms", selectMs,
          buildMs, submitMs);
}

// View ▸ Show Retired VMs lists the retired ones greyed under their provider; a warned VM's
// details carry the warning.
void tst_PowerActions::showRetiredAndWarnedVms()
{
    const qint64 day = qint64(24) * 3600 * 1000;
    QString error;
    QVERIFY(RetirementStore::schedule(m_inv.managerId, emsRefOf(QStringLiteral("vms"), m_inv.vmOff),
                                      nowMs() + day, 0, false, &error));
    QVERIFY(InventoryFixture::exec(
        QStringLiteral("UPDATE retirements SET state = 'retired', retired_at = ?"), {nowMs()}));
    QVERIFY(InventoryFixture::exec(QStringLiteral("DELETE FROM vms WHERE id = ?"), {m_inv.vmOff}));
    QVERIFY(RetirementStore::schedule(m_inv.managerId, emsRefOf(QStringLiteral("vms"), m_inv.vmOn),
                                      nowMs() + 5 * day, 7, false, &error));
    QVERIFY(InventoryFixture::exec(
        QStringLiteral(
            "UPDATE retirements SET state = 'warned', warned_at = ? WHERE vm_ems_ref = ?"),
        {nowMs(), emsRefOf(QStringLiteral("vms"), m_inv.vmOn)}));

    MainWindow *w = window();
    QSqlQuery q(Database::connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM retirements WHERE state = 'retired'")) &&
            q.next());
    const qint64 retiredId = q.value(0).toLongLong();
    q.finish();
    QVERIFY(!w->inventoryModel()->indexFor(Kind::RetiredVm, retiredId).isValid());
    auto *toggle = w->findChild<QAction *>(QStringLiteral("actionShowRetired"));
    QVERIFY(toggle && toggle->isCheckable());
    toggle->trigger();
    QVERIFY(w->inventoryModel()->showRetired());
    QVERIFY(w->selectObject(Kind::RetiredVm, retiredId));
    QCOMPARE(w->detailsPane()->title(), QStringLiteral("web-off"));
    for (QAction *action : w->powerActions()->actions())
        QVERIFY(!action->isEnabled());

    QVERIFY(w->selectObject(Kind::Vm, m_inv.vmOn));
    QVERIFY2(w->detailsPane()->retirementText().contains(QStringLiteral("shut down and removed")),
             qPrintable(w->detailsPane()->retirementText()));
    const QString shots = qEnvironmentVariable("VANTAGE_SHOTS");
    if (!shots.isEmpty()) {
        w->resize(1300, 800);
        QTest::qWait(200);
        w->grab().save(shots + QStringLiteral("/mainwindow-retired.png"));
    }
    toggle->trigger();
    QVERIFY(!w->inventoryModel()->indexFor(Kind::RetiredVm, retiredId).isValid());
}

QTEST_MAIN(tst_PowerActions)
#include "tst_poweractions.moc"
