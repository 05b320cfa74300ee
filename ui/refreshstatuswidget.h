#pragma once

#include "core/refresher.h"

#include <QHash>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QToolButton;

namespace Vantage {

class Supervisor;

// The status bar's view of refreshes: per manager its name, while refreshing a progress bar,
// the stage and a Cancel button, otherwise when it last refreshed ("refreshed 3 min ago") or
// that its last refresh failed, in which case its inventory is stale.
class RefreshStatusWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit RefreshStatusWidget(Supervisor *supervisor, QWidget *parent = nullptr);

    // Re-reads the managers (after a provider was added or removed) and their last refresh.
    void reloadManagers();

    bool isRefreshing(qint64 managerId) const;
    // What the entry of a manager says right now: its stage or its last refresh.
    QString statusText(qint64 managerId) const;

    void onRefreshStarted(qint64 managerId);
    void onRefreshProgress(qint64 managerId, int done, int total, const QString &stage);
    void onRefreshFinished(qint64 managerId, const RefreshOutcome &outcome);

private:
    struct Entry
    {
        QWidget *box = nullptr;
        QLabel *name = nullptr;
        QProgressBar *bar = nullptr;
        QLabel *stage = nullptr;
        QToolButton *cancel = nullptr;
        QLabel *last = nullptr;
        bool refreshing = false;
        bool cancelled = false;
        qint64 lastRefreshAt = 0;
        QString lastStatus;
        QString lastError;
    };

    Entry *entry(qint64 managerId);
    void updateLast(Entry *entry);
    void updateAges();

    QPointer<Supervisor> m_supervisor;
    QHBoxLayout *m_layout = nullptr;
    QLabel *m_empty = nullptr;
    QHash<qint64, Entry> m_entries;
    QTimer m_ageTimer;
};

} // namespace Vantage
