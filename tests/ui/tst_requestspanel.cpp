#include "accessibilityaudit.h"
#include "catalogues.h"
#include "lifecyclefixture.h"
#include "uifakeprovider.h"

#include "core/requests.h"
#include "core/supervisor.h"
#include "ui/lifecycle/lifecycleforms.h"
#include "ui/requests/requestlistmodel.h"
#include "ui/requests/requestspanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Vantage;
using namespace Vantage::Testing;

class tst_RequestsPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listsNewestFirstWithProgress();
    void filtersByStateAndText();
    void buttonsFollowTheState();
    void denyNeedsAReason();
    void approveWakesTheRunner();
    void cancelAsksFirst();
    void liveReloadKeepsSelection();
    void tasksShowProgressAndLog();
    void everyControlIsNamed();

private:
    qint64 submit(const QString &name, bool approval, int tasks = 1);
    RequestsPanel *panel();
    QPushButton *button(const QString &name) const
    {
        return m_panel->findChild<QPushButton *>(name);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Supervisor> m_supervisor;
    std::unique_ptr<RequestsPanel> m_panel;
    LifecycleInventory m_inv;
};

void tst_RequestsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installCatalogue(QStringLiteral("en")));
    registerUiFakeOperationsProvider();
}

void tst_RequestsPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(InventoryFixture::open(*m_dir, &error), qPrintable(error));
    m_inv = addLifecycleInventory();
    m_supervisor = std::make_unique<Supervisor>();
}

void tst_RequestsPanel::cleanup()
{
    m_panel.reset();
    m_supervisor.reset();
    m_dir.reset();
}

qint64 tst_RequestsPanel::submit(const QString &name, bool approval, int tasks)
{
    QList<VmSelection> vms;
    for (int i = 0; i < tasks; ++i)
        vms.append({QStringLiteral("ref-%1-%2").arg(name).arg(i), name + QString::number(i)});
    QString error;
    const qint64 id = RequestStore::submit(
        powerRequest(m_inv.managerId, PowerOperation::Start, vms, QStringLiteral("alice")),
        approval, &error);
    if (id == 0)
        qWarning("submit failed: %s", qPrintable(error));
    return id;
}

RequestsPanel *tst_RequestsPanel::panel()
{
    if (!m_panel) {
        m_panel = std::make_unique<RequestsPanel>(m_supervisor.get());
        new QAbstractItemModelTester(m_panel->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest,
                                     m_panel.get());
        m_panel->resize(1000, 600);
        m_panel->show();
        if (!QTest::qWaitForWindowExposed(m_panel.get()))
            qWarning("panel not exposed");
    }
    return m_panel.get();
}

void tst_RequestsPanel::listsNewestFirstWithProgress()
{
    const qint64 first = submit(QStringLiteral("a"), false, 3);
    const qint64 second = submit(QStringLiteral("b"), true);
    RequestListModel *model = panel()->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(
        model->index(0, RequestListModel::IdColumn).data(RequestListModel::IdRole).toLongLong(),
        second);
    QCOMPARE(
        model->index(1, RequestListModel::IdColumn).data(RequestListModel::IdRole).toLongLong(),
        first);
    QCOMPARE(model->index(1, RequestListModel::TypeColumn).data().toString(),
             QStringLiteral("Power"));
    QCOMPARE(model->index(1, RequestListModel::RequesterColumn).data().toString(),
             QStringLiteral("alice"));
    QCOMPARE(model->index(1, RequestListModel::ProgressColumn).data().toString(),
             QStringLiteral("0 of 3"));
    QCOMPARE(model->index(0, RequestListModel::StateColumn).data().toString(),
             QStringLiteral("Awaiting approval"));
    QCOMPARE(model->index(1, RequestListModel::StateColumn).data().toString(),
             QStringLiteral("Queued"));
    // Sorting by ID ascending through the header puts the oldest first.
    QTableView *view = panel()->view();
    view->sortByColumn(RequestListModel::IdColumn, Qt::AscendingOrder);
    QCOMPARE(view->model()->index(0, 0).data(RequestListModel::IdRole).toLongLong(), first);
}

void tst_RequestsPanel::filtersByStateAndText()
{
    submit(QStringLiteral("queued"), false);
    const qint64 pending = submit(QStringLiteral("pending"), true);
    const qint64 cancelled = submit(QStringLiteral("gone"), false);
    QString error;
    QVERIFY(RequestStore::cancel(cancelled, &error));
    QTableView *view = panel()->view();
    QCOMPARE(view->model()->rowCount(), 3);

    auto *state = m_panel->findChild<QComboBox *>(QStringLiteral("requestStateCombo"));
    state->setCurrentIndex(state->findData(RequestsPanel::AwaitingApproval));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data(RequestListModel::IdRole).toLongLong(), pending);
    state->setCurrentIndex(state->findData(RequestsPanel::Finished));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data(RequestListModel::IdRole).toLongLong(), cancelled);
    state->setCurrentIndex(state->findData(RequestsPanel::Running));
    QCOMPARE(view->model()->rowCount(), 1);
    state->setCurrentIndex(state->findData(RequestsPanel::AllRequests));

    auto *filter = m_panel->findChild<QLineEdit *>(QStringLiteral("requestFilterEdit"));
    QTest::keyClicks(filter, QStringLiteral("PENDING0"));
    QCOMPARE(view->model()->rowCount(), 1);
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("nothing like it"));
    QCOMPARE(view->model()->rowCount(), 0);
}

void tst_RequestsPanel::buttonsFollowTheState()
{
    const qint64 queued = submit(QStringLiteral("q"), false);
    const qint64 pending = submit(QStringLiteral("p"), true);
    panel();
    QVERIFY(!button(QStringLiteral("approveButton"))->isEnabled());
    QVERIFY(m_panel->selectRequest(pending));
    QVERIFY(button(QStringLiteral("approveButton"))->isEnabled());
    QVERIFY(button(QStringLiteral("denyButton"))->isEnabled());
    QVERIFY(button(QStringLiteral("cancelRequestButton"))->isEnabled());
    QVERIFY(m_panel->selectRequest(queued));
    QVERIFY(!button(QStringLiteral("approveButton"))->isEnabled());
    QVERIFY(!button(QStringLiteral("denyButton"))->isEnabled());
    QVERIFY(button(QStringLiteral("cancelRequestButton"))->isEnabled());
}

void tst_RequestsPanel::denyNeedsAReason()
{
    const qint64 pending = submit(QStringLiteral("p"), true);
    QVERIFY(panel()->selectRequest(pending));
    bool okWasDisabled = false;
    QString problem;
    QStringList unnamed;
    onNextModal<QDialog>([&](QDialog *dialog) {
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("reasonOkButton"));
        okWasDisabled = !ok->isEnabled();
        problem = dialog->findChild<QLabel *>(QStringLiteral("reasonProblem"))->text();
        unnamed = unnamedControls(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reasonEdit")),
                         QStringLiteral("not this quarter"));
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(button(QStringLiteral("denyButton")), Qt::LeftButton);
    QVERIFY(okWasDisabled);
    QCOMPARE(problem, QStringLiteral("Enter a reason."));
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    const auto request = RequestStore::request(pending);
    QCOMPARE(request->approvalState, QString::fromLatin1(ApprovalState::Denied));
    QCOMPARE(request->approvalReason, QStringLiteral("not this quarter"));
    QCOMPARE(request->status, QString::fromLatin1(RequestStatus::Denied));
    // Shown at once, and the buttons follow.
    const QModelIndex row =
        m_panel->model()->index(m_panel->model()->rowOf(pending), RequestListModel::StatusColumn);
    QCOMPARE(row.data().toString(), QStringLiteral("Denied"));
    QVERIFY(!button(QStringLiteral("denyButton"))->isEnabled());
}

void tst_RequestsPanel::approveWakesTheRunner()
{
    const qint64 pending = submit(QStringLiteral("p"), true);
    QVERIFY(panel()->selectRequest(pending));
    QSignalSpy woken(m_supervisor.get(), &Supervisor::requestSubmitted);
    onNextModal<QDialog>([](QDialog *dialog) {
        // The reason is optional when approving.
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("reasonOkButton"));
        QVERIFY(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(button(QStringLiteral("approveButton")), Qt::LeftButton);
    QCOMPARE(woken.count(), 1);
    const auto request = RequestStore::request(pending);
    QCOMPARE(request->approvalState, QString::fromLatin1(ApprovalState::Approved));
    QCOMPARE(request->state, QString::fromLatin1(RequestState::Queued));
    QCOMPARE(request->approver, LifecycleForms::requester());
}

void tst_RequestsPanel::cancelAsksFirst()
{
    const qint64 queued = submit(QStringLiteral("q"), false);
    QVERIFY(panel()->selectRequest(queued));
    QStringList unnamed;
    onNextModal<QMessageBox>([&](QMessageBox *box) {
        unnamed = unnamedControls(box);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("keepRequestButton")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(button(QStringLiteral("cancelRequestButton")), Qt::LeftButton);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    QCOMPARE(RequestStore::request(queued)->state, QString::fromLatin1(RequestState::Queued));
    onNextModal<QMessageBox>([](QMessageBox *box) {
        QTest::mouseClick(
            box->findChild<QPushButton *>(QStringLiteral("confirmCancelRequestButton")),
            Qt::LeftButton);
    });
    QTest::mouseClick(button(QStringLiteral("cancelRequestButton")), Qt::LeftButton);
    const auto request = RequestStore::request(queued);
    QCOMPARE(request->state, QString::fromLatin1(RequestState::Finished));
    QCOMPARE(request->status, QString::fromLatin1(RequestStatus::Cancelled));
    QVERIFY(!button(QStringLiteral("cancelRequestButton"))->isEnabled());
}

void tst_RequestsPanel::liveReloadKeepsSelection()
{
    submit(QStringLiteral("a"), false);
    const qint64 chosen = submit(QStringLiteral("b"), false);
    submit(QStringLiteral("c"), false);
    QVERIFY(panel()->selectRequest(chosen));
    // The runner writes, then the supervisor says so.
    submit(QStringLiteral("d"), false);
    InventoryFixture::exec(
        QStringLiteral("UPDATE requests SET state = 'active', updated_at = updated_at + 1 "
                       "WHERE id = ?"),
        {chosen});
    emit m_supervisor->requestsChanged();
    QCOMPARE(m_panel->model()->rowCount(), 4);
    QCOMPARE(m_panel->selectedRequestId(), chosen);
    const QModelIndex row =
        m_panel->model()->index(m_panel->model()->rowOf(chosen), RequestListModel::StateColumn);
    QCOMPARE(row.data().toString(), QStringLiteral("Active"));
    // A request deleted from the table goes from the list.
    InventoryFixture::exec(QStringLiteral("DELETE FROM requests WHERE id = ?"), {chosen});
    emit m_supervisor->requestsChanged();
    QCOMPARE(m_panel->model()->rowCount(), 3);
    QVERIFY(m_panel->selectedRequestId() != chosen);
}

void tst_RequestsPanel::tasksShowProgressAndLog()
{
    const qint64 id = submit(QStringLiteral("t"), false, 2);
    InventoryFixture::exec(
        QStringLiteral("UPDATE request_tasks SET state = 'active', progress = 40, "
                       "log = 'copying disk\nstill copying', message = 'half way' "
                       "WHERE request_id = ? AND position = 1"),
        {id});
    QVERIFY(panel()->selectRequest(id));
    QTableWidget *tasks = m_panel->tasksTable();
    QCOMPARE(tasks->rowCount(), 2);
    QCOMPARE(tasks->item(1, 2)->text(), QStringLiteral("Running"));
    QCOMPARE(tasks->item(1, 4)->text(), QStringLiteral("half way"));
    auto *bar = qobject_cast<QProgressBar *>(tasks->cellWidget(1, 3));
    QVERIFY(bar);
    QCOMPARE(bar->value(), 40);
    tasks->selectRow(1);
    QCOMPARE(m_panel->findChild<QPlainTextEdit *>(QStringLiteral("taskLog"))->toPlainText(),
             QStringLiteral("copying disk\nstill copying"));
    // Progress moves on; the task stays selected.
    InventoryFixture::exec(QStringLiteral("UPDATE request_tasks SET progress = 90 WHERE "
                                          "request_id = ? AND position = 1"),
                           {id});
    InventoryFixture::exec(
        QStringLiteral("UPDATE requests SET updated_at = updated_at + 1 WHERE id = ?"), {id});
    emit m_supervisor->requestsChanged();
    QCOMPARE(bar->value(), 90);
    QCOMPARE(tasks->currentRow(), 1);
}

void tst_RequestsPanel::everyControlIsNamed()
{
    const qint64 id = submit(QStringLiteral("x"), true, 3);
    submit(QStringLiteral("y"), false, 1);
    QVERIFY(panel()->selectRequest(id));
    const QStringList problems = unnamedControls(m_panel.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const QString shots = qEnvironmentVariable("VANTAGE_SHOTS");
    if (!shots.isEmpty()) {
        QTest::qWait(100);
        m_panel->grab().save(shots + QStringLiteral("/requestspanel.png"));
    }
}

QTEST_MAIN(tst_RequestsPanel)
#include "tst_requestspanel.moc"
