#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;

namespace Vantage {

class RequestListModel;
class Supervisor;

// Every request, live: reloaded when the supervisor says requests changed, keeping the selection.
// Sortable, filtered by text and by state ("Awaiting approval" is the approvals view). The
// selected request's tasks show below with their progress, message and log. Approve and Deny
// (with a reason) act on pending requests, Cancel on queued and active ones.
class RequestsPanel final : public QWidget
{
    Q_OBJECT

public:
    enum StateFilter { AllRequests, AwaitingApproval, Running, Finished, Failed };
    Q_ENUM(StateFilter)

    explicit RequestsPanel(Supervisor *supervisor, QWidget *parent = nullptr);

    void reload();
    void setStateFilter(StateFilter filter);
    // Selects a request; false when it is filtered out or unknown.
    bool selectRequest(qint64 requestId);
    qint64 selectedRequestId() const;

    // Act on the selected request; false (with a message box) when the store refused.
    bool approveSelected(const QString &reason);
    bool denySelected(const QString &reason);
    bool cancelSelected();

    RequestListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QTableWidget *tasksTable() const { return m_tasks; }

private:
    void showSelected();
    void showTaskLog();
    void updateButtons();
    // Asks for the reason of a decision; false when the user cancelled.
    bool askReason(const QString &title, const QString &prompt, bool required, QString *reason);

    QPointer<Supervisor> m_supervisor;
    RequestListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_stateCombo = nullptr;
    QPushButton *m_approveButton = nullptr;
    QPushButton *m_denyButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_details = nullptr;
    QTableWidget *m_tasks = nullptr;
    QPlainTextEdit *m_log = nullptr;
    qint64 m_shownRequest = 0;
};

} // namespace Vantage
