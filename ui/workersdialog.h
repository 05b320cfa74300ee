#pragma once

#include <QDialog>
#include <QPointer>
#include <QTimer>

class QTableView;

namespace Vantage {

class Supervisor;
class WorkersModel;

// View → Workers: the live workers table, updated when the supervisor says it changed and once a
// second for the heartbeat ages. Not modal, so it can stay open beside the inventory.
class WorkersDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit WorkersDialog(Supervisor *supervisor, QWidget *parent = nullptr);

    WorkersModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QPointer<Supervisor> m_supervisor;
    WorkersModel *m_model = nullptr; // Owned (child).
    QTableView *m_view = nullptr;
    QTimer m_timer;
};

} // namespace Vantage
