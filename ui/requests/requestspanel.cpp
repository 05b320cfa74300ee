#include "ui/requests/requestspanel.h"

#include "core/requests.h"
#include "core/supervisor.h"
#include "ui/accessiblenames.h"
#include "ui/fieldreason.h"
#include "ui/lifecycle/lifecycleforms.h"
#include "ui/requests/requestlistmodel.h"
#include "ui/timeformat.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Vantage {

namespace {

// Text over every column but the created time, and the state filter.
class RequestFilterProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setStateFilter(RequestsPanel::StateFilter filter)
    {
        m_state = filter;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        const QString state = index.data(RequestListModel::StateRole).toString();
        const QString status = index.data(RequestListModel::StatusRole).toString();
        switch (m_state) {
        case RequestsPanel::AllRequests:
            break;
        case RequestsPanel::AwaitingApproval:
            if (state != QLatin1String(RequestState::Pending))
                return false;
            break;
        case RequestsPanel::Running:
            if (state != QLatin1String(RequestState::Queued) &&
                state != QLatin1String(RequestState::Active))
                return false;
            break;
        case RequestsPanel::Finished:
            if (state != QLatin1String(RequestState::Finished))
                return false;
            break;
        case RequestsPanel::Failed:
            if (status != QLatin1String(RequestStatus::Error))
                return false;
            break;
        }
        const QString needle = filterRegularExpression().pattern();
        if (needle.isEmpty())
            return true;
        for (int column = 0; column < RequestListModel::ColumnCount; ++column) {
            if (sourceModel()
                    ->index(row, column, parent)
                    .data()
                    .toString()
                    .contains(needle, Qt::CaseInsensitive))
                return true;
        }
        return false;
    }

private:
    RequestsPanel::StateFilter m_state = RequestsPanel::AllRequests;
};

enum TaskColumn { TaskPosition, TaskDescription, TaskState, TaskProgress, TaskMessage, TaskCount };

QString taskStateText(const TaskRecord &task)
{
    if (task.state == QLatin1String(TaskState::Pending))
        return RequestsPanel::tr("Waiting");
    if (task.state == QLatin1String(TaskState::Active))
        return RequestsPanel::tr("Running");
    if (task.state == QLatin1String(TaskState::RolledBack))
        return RequestsPanel::tr("Rolled back");
    if (task.state == QLatin1String(TaskState::Finished))
        return RequestListModel::statusText(task.status);
    return task.state;
}

QPushButton *button(const QString &text, const QString &objectName, const QString &toolTip,
                    QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(QString(text).remove(u'&').remove(QStringLiteral("…")));
    b->setToolTip(toolTip);
    return b;
}

} // namespace

RequestsPanel::RequestsPanel(Supervisor *supervisor, QWidget *parent)
    : QWidget(parent), m_supervisor(supervisor)
{
    setObjectName(QStringLiteral("requestsPanel"));
    setAccessibleName(tr("Requests"));
    m_model = new RequestListModel(this);
    auto *proxy = new RequestFilterProxy(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(RequestListModel::SortRole);
    proxy->setDynamicSortFilter(true);
    m_proxy = proxy;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("requestFilterEdit"));
    m_filterEdit->setAccessibleName(tr("Filter requests"));
    m_filterEdit->setPlaceholderText(tr("Filter requests"));
    m_filterEdit->setClearButtonEnabled(true);
    AccessibleNames::nameLineEditButtons(m_filterEdit);
    m_stateCombo = new QComboBox(this);
    m_stateCombo->setObjectName(QStringLiteral("requestStateCombo"));
    m_stateCombo->setAccessibleName(tr("Show requests"));
    m_stateCombo->addItem(tr("All requests"), AllRequests);
    m_stateCombo->addItem(tr("Awaiting approval"), AwaitingApproval);
    m_stateCombo->addItem(tr("Queued or active"), Running);
    m_stateCombo->addItem(tr("Finished"), Finished);
    m_stateCombo->addItem(tr("Failed"), Failed);
    AccessibleNames::nameComboParts(m_stateCombo);
    m_approveButton = button(tr("&Approve…"), QStringLiteral("approveButton"),
                             tr("Approve the selected request so that it runs"), this);
    m_denyButton = button(tr("&Deny…"), QStringLiteral("denyButton"),
                          tr("Deny the selected request, with a reason"), this);
    m_cancelButton = button(tr("Ca&ncel Request"), QStringLiteral("cancelRequestButton"),
                            tr("Cancel the selected request; an active one stops after its "
                               "current task"),
                            this);
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(m_stateCombo);
    bar->addWidget(m_approveButton);
    bar->addWidget(m_denyButton);
    bar->addWidget(m_cancelButton);
    layout->addLayout(bar);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("requestsSplitter"));
    m_view = new QTableView(splitter);
    m_view->setObjectName(QStringLiteral("requestsView"));
    m_view->setAccessibleName(tr("Requests"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(RequestListModel::IdColumn, Qt::DescendingOrder);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Wide enough for their usual texts; the message takes what is left.
    const QList<QPair<int, int>> widths = {
        {RequestListModel::IdColumn, 50},           {RequestListModel::TypeColumn, 90},
        {RequestListModel::DescriptionColumn, 220}, {RequestListModel::RequesterColumn, 80},
        {RequestListModel::StateColumn, 130},       {RequestListModel::StatusColumn, 80},
        {RequestListModel::ProgressColumn, 70},     {RequestListModel::CreatedColumn, 140}};
    for (const auto &[column, width] : widths)
        m_view->horizontalHeader()->resizeSection(column, width);
    AccessibleNames::nameViewParts(m_view);

    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_details = new QLabel(lower);
    m_details->setObjectName(QStringLiteral("requestDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    lowerLayout->addWidget(m_details);
    auto *taskSplitter = new QSplitter(Qt::Horizontal, lower);
    m_tasks = new QTableWidget(0, TaskCount, taskSplitter);
    m_tasks->setObjectName(QStringLiteral("tasksTable"));
    m_tasks->setAccessibleName(tr("Tasks of the selected request"));
    m_tasks->setHorizontalHeaderLabels(
        {tr("#"), tr("Task"), tr("State"), tr("Progress"), tr("Message")});
    m_tasks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tasks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tasks->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tasks->verticalHeader()->hide();
    m_tasks->horizontalHeader()->setStretchLastSection(true);
    m_tasks->horizontalHeader()->resizeSection(TaskPosition, 36);
    m_tasks->horizontalHeader()->resizeSection(TaskDescription, 220);
    AccessibleNames::nameViewParts(m_tasks);
    m_log = new QPlainTextEdit(taskSplitter);
    m_log->setObjectName(QStringLiteral("taskLog"));
    m_log->setAccessibleName(tr("Log of the selected task"));
    m_log->setReadOnly(true);
    m_log->setPlaceholderText(tr("Select a task to see its log."));
    taskSplitter->setStretchFactor(0, 3);
    taskSplitter->setStretchFactor(1, 2);
    lowerLayout->addWidget(taskSplitter, 1);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterRegularExpression(QRegularExpression(QRegularExpression::escape(text)));
    });
    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, [this] {
        static_cast<RequestFilterProxy *>(m_proxy)->setStateFilter(
            StateFilter(m_stateCombo->currentData().toInt()));
        showSelected();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RequestsPanel::showSelected);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { showSelected(); });
    connect(m_tasks, &QTableWidget::itemSelectionChanged, this, &RequestsPanel::showTaskLog);
    connect(m_approveButton, &QPushButton::clicked, this, [this] {
        QString reason;
        if (askReason(tr("Approve Request"), tr("Why is it approved? (optional)"), false, &reason))
            approveSelected(reason);
    });
    connect(m_denyButton, &QPushButton::clicked, this, [this] {
        QString reason;
        if (askReason(tr("Deny Request"), tr("Why is it denied? The requester sees this."), true,
                      &reason))
            denySelected(reason);
    });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        QMessageBox box(QMessageBox::Question, tr("Cancel Request"),
                        tr("Cancel request %1?").arg(selectedRequestId()), QMessageBox::NoButton,
                        this);
        box.setObjectName(QStringLiteral("cancelRequestConfirmation"));
        box.setInformativeText(tr("A queued request will not run; an active one stops after its "
                                  "current task. What is done stays done."));
        QPushButton *yes = box.addButton(tr("Cancel &Request"), QMessageBox::DestructiveRole);
        yes->setObjectName(QStringLiteral("confirmCancelRequestButton"));
        QPushButton *no = box.addButton(tr("&Keep It"), QMessageBox::RejectRole);
        no->setObjectName(QStringLiteral("keepRequestButton"));
        box.setDefaultButton(no);
        LifecycleForms::nameButtons(&box);
        box.exec();
        if (box.clickedButton() == yes)
            cancelSelected();
    });
    if (supervisor)
        connect(supervisor, &Supervisor::requestsChanged, this, &RequestsPanel::reload);
    reload();
}

void RequestsPanel::reload()
{
    m_model->reload();
    showSelected();
}

void RequestsPanel::setStateFilter(StateFilter filter)
{
    m_stateCombo->setCurrentIndex(m_stateCombo->findData(filter));
}

bool RequestsPanel::selectRequest(qint64 requestId)
{
    const int row = m_model->rowOf(requestId);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (row < 0 || !index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

qint64 RequestsPanel::selectedRequestId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(RequestListModel::IdRole).toLongLong();
}

void RequestsPanel::updateButtons()
{
    const int row = m_model->rowOf(selectedRequestId());
    const RequestRecord *r = m_model->record(row);
    const bool pending = r && r->state == QLatin1String(RequestState::Pending);
    const bool running = r && (r->state == QLatin1String(RequestState::Queued) ||
                               r->state == QLatin1String(RequestState::Active));
    m_approveButton->setEnabled(pending);
    m_denyButton->setEnabled(pending);
    m_cancelButton->setEnabled(pending || running);
}

void RequestsPanel::showSelected()
{
    updateButtons();
    const qint64 id = selectedRequestId();
    const RequestRecord *r = m_model->record(m_model->rowOf(id));
    if (!r) {
        m_shownRequest = 0;
        m_details->setText(tr("Select a request to see its tasks."));
        m_tasks->setRowCount(0);
        m_log->clear();
        return;
    }
    QString details = tr("Request %1 · %2 · by %3 · %4")
                          .arg(r->id)
                          .arg(r->description, r->requester, RequestListModel::stateText(*r));
    if (!r->approver.isEmpty())
        details += u'\n' + (r->approvalReason.isEmpty()
                                ? tr("Decided by %1.").arg(r->approver)
                                : tr("Decided by %1: %2").arg(r->approver, r->approvalReason));
    if (!r->message.isEmpty())
        details += u'\n' + r->message;
    m_details->setText(details);

    const int selectedTask = m_tasks->currentRow();
    const bool sameRequest = m_shownRequest == id;
    m_shownRequest = id;
    const QList<TaskRecord> tasks = RequestStore::tasks(id);
    m_tasks->setRowCount(int(tasks.size()));
    for (int i = 0; i < tasks.size(); ++i) {
        const TaskRecord &t = tasks.at(i);
        const QStringList cells = {QString::number(t.position + 1), t.description, taskStateText(t),
                                   QString(), t.message};
        for (int c = 0; c < TaskCount; ++c) {
            if (c == TaskProgress)
                continue;
            auto *item = m_tasks->item(i, c);
            if (!item) {
                item = new QTableWidgetItem;
                m_tasks->setItem(i, c, item);
            }
            item->setText(cells.at(c));
            item->setData(Qt::UserRole, t.log);
            item->setToolTip(c == TaskMessage ? t.message : QString());
        }
        auto *bar = qobject_cast<QProgressBar *>(m_tasks->cellWidget(i, TaskProgress));
        if (!bar) {
            bar = new QProgressBar;
            bar->setObjectName(QStringLiteral("taskProgress_%1").arg(i));
            bar->setRange(0, 100);
            m_tasks->setCellWidget(i, TaskProgress, bar);
        }
        bar->setAccessibleName(tr("Progress of task %1").arg(t.position + 1));
        bar->setValue(t.progress);
    }
    if (sameRequest && selectedTask >= 0 && selectedTask < m_tasks->rowCount())
        m_tasks->selectRow(selectedTask);
    else if (m_tasks->rowCount() > 0)
        m_tasks->selectRow(0);
    showTaskLog();
}

void RequestsPanel::showTaskLog()
{
    const int row = m_tasks->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_tasks->item(row, TaskDescription) : nullptr;
    const QString log = item ? item->data(Qt::UserRole).toString() : QString();
    m_log->setPlaceholderText(item ? tr("This task has written nothing to its log yet.")
                                   : tr("Select a task to see its log."));
    if (m_log->toPlainText() != log) {
        m_log->setPlainText(log);
        m_log->moveCursor(QTextCursor::End);
    }
}

bool RequestsPanel::askReason(const QString &title, const QString &prompt, bool required,
                              QString *reason)
{
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("reasonDialog"));
    dialog.setWindowTitle(title);
    dialog.setAccessibleName(title);
    auto *layout = new QVBoxLayout(&dialog);
    auto *label = new QLabel(prompt, &dialog);
    label->setWordWrap(true);
    layout->addWidget(label);
    auto *edit = new QLineEdit(&dialog);
    edit->setObjectName(QStringLiteral("reasonEdit"));
    edit->setAccessibleName(tr("Reason"));
    label->setBuddy(edit);
    layout->addWidget(edit);
    QLabel *problem =
        FieldReason::label(QStringLiteral("reasonProblem"), tr("Reason problem"), &dialog);
    layout->addWidget(problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->setObjectName(QStringLiteral("reasonButtons"));
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("reasonOkButton"));
    ok->setText(title.section(u' ', 0, 0));
    ok->setAccessibleName(ok->text());
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("reasonCancelButton"));
    cancel->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    const auto check = [&] {
        const bool missing = required && edit->text().trimmed().isEmpty();
        FieldReason::set(problem, missing ? tr("Enter a reason.") : QString());
        ok->setEnabled(!missing);
    };
    connect(edit, &QLineEdit::textChanged, &dialog, check);
    check();
    dialog.resize(420, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    *reason = edit->text().trimmed();
    return true;
}

bool RequestsPanel::approveSelected(const QString &reason)
{
    const qint64 id = selectedRequestId();
    QString error;
    if (id == 0 || !RequestStore::approve(id, LifecycleForms::requester(), reason, &error)) {
        QMessageBox::warning(this, tr("Approve Request"),
                             tr("Request %1 could not be approved: %2").arg(id).arg(error));
        return false;
    }
    if (m_supervisor)
        m_supervisor->notifyRequestSubmitted();
    reload();
    return true;
}

bool RequestsPanel::denySelected(const QString &reason)
{
    const qint64 id = selectedRequestId();
    QString error;
    if (id == 0 || !RequestStore::deny(id, LifecycleForms::requester(), reason, &error)) {
        QMessageBox::warning(this, tr("Deny Request"),
                             tr("Request %1 could not be denied: %2").arg(id).arg(error));
        return false;
    }
    reload();
    return true;
}

bool RequestsPanel::cancelSelected()
{
    const qint64 id = selectedRequestId();
    QString error;
    if (id == 0 || !RequestStore::cancel(id, &error)) {
        QMessageBox::warning(this, tr("Cancel Request"),
                             tr("Request %1 could not be cancelled: %2").arg(id).arg(error));
        return false;
    }
    if (m_supervisor)
        m_supervisor->notifyRequestSubmitted();
    reload();
    return true;
}

} // namespace Vantage
