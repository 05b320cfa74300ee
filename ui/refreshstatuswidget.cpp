#include "ui/refreshstatuswidget.h"

#include "core/database.h"
#include "core/providerstore.h"
#include "core/supervisor.h"
#include "ui/timeformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

namespace Vantage {

RefreshStatusWidget::RefreshStatusWidget(Supervisor *supervisor, QWidget *parent)
    : QWidget(parent), m_supervisor(supervisor)
{
    setObjectName(QStringLiteral("refreshStatus"));
    setAccessibleName(tr("Refresh status"));
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(12);
    m_empty = new QLabel(tr("No providers"), this);
    m_empty->setObjectName(QStringLiteral("refreshStatusEmpty"));
    m_layout->addWidget(m_empty);
    m_layout->addStretch(1);

    if (supervisor) {
        connect(supervisor, &Supervisor::refreshStarted, this,
                &RefreshStatusWidget::onRefreshStarted);
        connect(supervisor, &Supervisor::refreshProgress, this,
                &RefreshStatusWidget::onRefreshProgress);
        connect(supervisor, &Supervisor::refreshFinished, this,
                &RefreshStatusWidget::onRefreshFinished);
    }
    m_ageTimer.setInterval(30'000);
    connect(&m_ageTimer, &QTimer::timeout, this, &RefreshStatusWidget::updateAges);
    m_ageTimer.start();
    reloadManagers();
}

void RefreshStatusWidget::reloadManagers()
{
    const QList<ManagerRow> managers = ProviderStore::managers();
    QSet<qint64> present;
    for (const ManagerRow &m : managers) {
        present.insert(m.id);
        Entry *e = entry(m.id);
        e->name->setText(managers.size() > 1 && m.name != m.providerName
                             ? tr("%1 / %2:").arg(m.providerName, m.name)
                             : tr("%1:").arg(m.providerName));
        e->lastRefreshAt = m.lastRefreshAt;
        e->lastStatus = m.lastRefreshStatus;
        e->lastError = m.lastRefreshError;
        updateLast(e);
    }
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (present.contains(it.key())) {
            ++it;
            continue;
        }
        delete it->box;
        it = m_entries.erase(it);
    }
    m_empty->setVisible(m_entries.isEmpty());
}

RefreshStatusWidget::Entry *RefreshStatusWidget::entry(qint64 managerId)
{
    auto it = m_entries.find(managerId);
    if (it != m_entries.end())
        return &*it;
    Entry e;
    e.box = new QWidget(this);
    e.box->setObjectName(QStringLiteral("refreshEntry_%1").arg(managerId));
    auto *layout = new QHBoxLayout(e.box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    e.name = new QLabel(e.box);
    e.bar = new QProgressBar(e.box);
    e.bar->setObjectName(QStringLiteral("refreshProgress_%1").arg(managerId));
    e.bar->setAccessibleName(tr("Refresh progress"));
    e.bar->setMaximumWidth(120);
    e.bar->setMaximumHeight(16);
    e.bar->setTextVisible(false);
    e.bar->hide();
    e.stage = new QLabel(e.box);
    e.stage->setObjectName(QStringLiteral("refreshStage_%1").arg(managerId));
    e.stage->hide();
    e.cancel = new QToolButton(e.box);
    e.cancel->setObjectName(QStringLiteral("cancelRefresh_%1").arg(managerId));
    e.cancel->setText(tr("Cancel"));
    e.cancel->setAccessibleName(tr("Cancel refresh"));
    e.cancel->setToolTip(tr("Stop this refresh; the inventory keeps what it had"));
    e.cancel->setIcon(style()->standardIcon(QStyle::SP_DialogCancelButton));
    e.cancel->setAutoRaise(true);
    e.cancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    e.cancel->hide();
    connect(e.cancel, &QToolButton::clicked, this, [this, managerId] {
        if (m_supervisor)
            m_supervisor->cancelRefresh(managerId);
    });
    e.last = new QLabel(e.box);
    e.last->setObjectName(QStringLiteral("lastRefresh_%1").arg(managerId));
    layout->addWidget(e.name);
    layout->addWidget(e.bar);
    layout->addWidget(e.stage);
    layout->addWidget(e.cancel);
    layout->addWidget(e.last);
    // Before the trailing stretch, so entries sit together on the left.
    m_layout->insertWidget(m_layout->count() - 1, e.box);
    m_empty->hide();
    return &*m_entries.insert(managerId, e);
}

void RefreshStatusWidget::updateLast(Entry *e)
{
    e->last->setVisible(!e->refreshing);
    QString text;
    QString toolTip;
    bool failed = false;
    if (e->cancelled) {
        text = tr("refresh cancelled");
    } else if (e->lastStatus == QLatin1String("error")) {
        failed = true;
        text = tr("refresh failed %1, stale").arg(TimeFormat::age(e->lastRefreshAt, nowMs()));
        toolTip = e->lastError;
    } else if (e->lastRefreshAt > 0) {
        text = tr("refreshed %1").arg(TimeFormat::age(e->lastRefreshAt, nowMs()));
        toolTip = TimeFormat::dateTime(e->lastRefreshAt);
    } else {
        text = tr("not refreshed yet");
    }
    e->last->setText(text);
    e->last->setToolTip(toolTip);
    e->last->setAccessibleName(text);
    e->last->setStyleSheet(failed ? QStringLiteral("color: #c62828;") : QString());
}

void RefreshStatusWidget::updateAges()
{
    for (Entry &e : m_entries)
        updateLast(&e);
}

void RefreshStatusWidget::onRefreshStarted(qint64 managerId)
{
    if (!ProviderStore::manager(managerId))
        return;
    if (!m_entries.contains(managerId))
        reloadManagers();
    Entry *e = entry(managerId);
    e->refreshing = true;
    e->cancelled = false;
    e->bar->setRange(0, 0); // busy until the first progress report says how much there is
    e->bar->show();
    e->stage->setText(tr("Connecting…"));
    e->stage->show();
    e->cancel->show();
    e->cancel->setEnabled(true);
    updateLast(e);
}

void RefreshStatusWidget::onRefreshProgress(qint64 managerId, int done, int total,
                                            const QString &stage)
{
    auto it = m_entries.find(managerId);
    if (it == m_entries.end() || !it->refreshing)
        return;
    if (total > 0) {
        it->bar->setRange(0, total);
        it->bar->setValue(qBound(0, done, total));
    } else {
        it->bar->setRange(0, 0);
    }
    it->stage->setText(stage);
}

void RefreshStatusWidget::onRefreshFinished(qint64 managerId, const RefreshOutcome &outcome)
{
    const auto manager = ProviderStore::manager(managerId);
    if (!manager) {
        reloadManagers();
        return;
    }
    Entry *e = entry(managerId);
    e->refreshing = false;
    e->cancelled = outcome.cancelled;
    e->lastRefreshAt = manager->lastRefreshAt;
    e->lastStatus = manager->lastRefreshStatus;
    e->lastError = manager->lastRefreshError;
    // The row may lag the outcome (or a test may send outcomes alone): the outcome wins.
    if (!outcome.ok && !outcome.cancelled) {
        e->lastStatus = QStringLiteral("error");
        if (!outcome.error.isEmpty())
            e->lastError = outcome.error;
        if (e->lastRefreshAt <= 0)
            e->lastRefreshAt = nowMs();
    }
    e->bar->hide();
    e->stage->hide();
    e->cancel->hide();
    updateLast(e);
}

bool RefreshStatusWidget::isRefreshing(qint64 managerId) const
{
    const auto it = m_entries.constFind(managerId);
    return it != m_entries.constEnd() && it->refreshing;
}

QString RefreshStatusWidget::statusText(qint64 managerId) const
{
    const auto it = m_entries.constFind(managerId);
    if (it == m_entries.constEnd())
        return {};
    return it->refreshing ? it->stage->text() : it->last->text();
}

} // namespace Vantage
