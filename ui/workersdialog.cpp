#include "ui/workersdialog.h"

#include "core/supervisor.h"
#include "ui/accessiblenames.h"
#include "ui/workersmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Vantage {

WorkersDialog::WorkersDialog(Supervisor *supervisor, QWidget *parent)
    : QDialog(parent), m_supervisor(supervisor)
{
    setObjectName(QStringLiteral("workersDialog"));
    setWindowTitle(tr("Workers"));
    setAccessibleName(tr("Workers"));
    resize(900, 360);

    m_model = new WorkersModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(WorkersModel::SortKeyRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every background worker, its heartbeat and its last error. A "
                                "worker that stops beating is restarted by the supervisor."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("workersView"));
    m_view->setAccessibleName(tr("Workers table"));
    AccessibleNames::nameViewParts(m_view);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(WorkersModel::ManagerColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(WorkersModel::ErrorColumn,
                                                     QHeaderView::Stretch);
    layout->addWidget(m_view, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeWorkersButton"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (supervisor)
        connect(supervisor, &Supervisor::workersChanged, m_model, &WorkersModel::reload);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, m_model, &WorkersModel::reload);
    m_model->reload();
}

void WorkersDialog::showEvent(QShowEvent *event)
{
    m_model->reload();
    m_timer.start();
    QDialog::showEvent(event);
}

void WorkersDialog::hideEvent(QHideEvent *event)
{
    // Nobody looks at a hidden table: no need to read it every second.
    m_timer.stop();
    QDialog::hideEvent(event);
}

} // namespace Vantage
