#include "ui/events/eventspanel.h"

#include "core/database.h"
#include "core/providerstore.h"
#include "ui/accessiblenames.h"
#include "ui/events/eventlistmodel.h"
#include "ui/events/eventtypestyle.h"
#include "ui/events/timelinewidget.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QSqlQuery>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Vantage {

namespace {

constexpr qint64 hourMs = 3600 * 1000;
constexpr qint64 dayMs = 24 * hourMs;
// A type no event has: what the list asks for when every type is unchecked.
const QString noType = QStringLiteral("-");

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.fillRect(QRect(1, 1, 10, 10), color);
    return QIcon(pixmap);
}

template <typename W> W *named(W *widget, const char *objectName, const QString &accessibleName)
{
    widget->setObjectName(QString::fromLatin1(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

} // namespace

EventsPanel::EventsPanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("eventsPanel"));
    m_model = new EventListModel(this);
    m_model->setObjectName(QStringLiteral("eventListModel"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(EventListModel::SortKeyRole);
    m_proxy->setDynamicSortFilter(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    buildFilterBar();

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_fixedLabel);
    filterRow->addWidget(m_managerLabel);
    filterRow->addWidget(m_managerCombo);
    filterRow->addWidget(m_objectLabel);
    filterRow->addWidget(m_objectEdit, 1);
    filterRow->addWidget(m_typeButton);
    filterRow->addWidget(m_searchEdit, 2);
    layout->addLayout(filterRow);

    auto *rangeRow = new QHBoxLayout;
    auto *rangeLabel = new QLabel(tr("&Time:"), this);
    rangeLabel->setBuddy(m_rangeCombo);
    rangeRow->addWidget(rangeLabel);
    rangeRow->addWidget(m_rangeCombo);
    rangeRow->addWidget(m_fromEdit);
    rangeRow->addWidget(m_toLabel);
    rangeRow->addWidget(m_toEdit);
    rangeRow->addSpacing(12);
    rangeRow->addWidget(m_zoomOutButton);
    rangeRow->addWidget(m_zoomInButton);
    rangeRow->addWidget(m_showAllButton);
    rangeRow->addStretch(1);
    rangeRow->addWidget(m_countLabel);
    layout->addLayout(rangeRow);

    m_timeline = new TimelineWidget(this);
    m_timeline->setModel(m_model);

    m_view = named(new QTreeView(this), "eventList", tr("Events"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(EventListModel::TimeColumn, Qt::DescendingOrder);
    m_view->header()->setObjectName(QStringLiteral("eventListHeader"));
    m_view->header()->setAccessibleName(tr("Event columns"));
    m_view->header()->setStretchLastSection(true);
    const QFontMetrics metrics = fontMetrics();
    m_view->setColumnWidth(EventListModel::TimeColumn,
                           metrics.horizontalAdvance(QStringLiteral("2000-00-00 00:00:00")) + 24);
    int typeWidth = 0;
    for (const QString &type : EventType::all())
        typeWidth = qMax(typeWidth, metrics.horizontalAdvance(EventTypeStyle::label(type)));
    m_view->setColumnWidth(EventListModel::TypeColumn, typeWidth + 40);
    m_view->setColumnWidth(EventListModel::ObjectColumn, metrics.averageCharWidth() * 22);
    m_view->setColumnWidth(EventListModel::ManagerColumn, metrics.averageCharWidth() * 18);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("eventsSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_timeline);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    m_applyTimer.setSingleShot(true);
    m_applyTimer.setInterval(250);
    connect(&m_applyTimer, &QTimer::timeout, this, &EventsPanel::applyFilter);
    m_fetchTimer.setSingleShot(true);
    m_fetchTimer.setInterval(50);
    connect(&m_fetchTimer, &QTimer::timeout, this, [this] {
        if (m_timeline->visibleFrom() < m_model->oldestLoadedMs() && m_model->canFetchMore()) {
            m_model->fetchMore();
            updateCountLabel();
        }
    });

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { onCurrentRowChanged(current); });
    connect(m_timeline, &TimelineWidget::eventActivated, this,
            [this](qint64 eventId) { selectEvent(eventId); });
    connect(m_timeline, &TimelineWidget::rangeChanged, this, &EventsPanel::onTimelineRangeChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &EventsPanel::updateCountLabel);

    setTabOrder(m_managerCombo, m_objectEdit);
    setTabOrder(m_objectEdit, m_typeButton);
    setTabOrder(m_typeButton, m_searchEdit);
    setTabOrder(m_searchEdit, m_rangeCombo);
    setTabOrder(m_rangeCombo, m_fromEdit);
    setTabOrder(m_fromEdit, m_toEdit);
    setTabOrder(m_toEdit, m_zoomOutButton);
    setTabOrder(m_zoomOutButton, m_zoomInButton);
    setTabOrder(m_zoomInButton, m_showAllButton);
    setTabOrder(m_showAllButton, m_timeline);
    setTabOrder(m_timeline, m_view);

    onPresetChanged(); // shows or hides the custom range
    reloadManagers();
    applyFilter();
}

void EventsPanel::buildFilterBar()
{
    m_fixedLabel = named(new QLabel(this), "eventFixedObject", tr("Object"));
    m_fixedLabel->hide();

    m_managerCombo = named(new QComboBox(this), "eventManagerFilter", tr("Manager"));
    m_managerCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_managerLabel = new QLabel(tr("&Manager:"), this);
    m_managerLabel->setBuddy(m_managerCombo);
    connect(m_managerCombo, &QComboBox::activated, this, &EventsPanel::applyFilter);

    m_objectEdit = named(new QLineEdit(this), "eventObjectFilter", tr("Object name"));
    m_objectEdit->setPlaceholderText(tr("Name contains"));
    m_objectEdit->setClearButtonEnabled(true);
    m_objectLabel = new QLabel(tr("&Object:"), this);
    m_objectLabel->setBuddy(m_objectEdit);
    connect(m_objectEdit, &QLineEdit::textEdited, this, &EventsPanel::scheduleApply);
    connect(m_objectEdit, &QLineEdit::returnPressed, this, &EventsPanel::applyFilter);

    m_typeButton = named(new QToolButton(this), "eventTypeFilter", tr("Event types"));
    m_typeButton->setPopupMode(QToolButton::InstantPopup);
    m_typeButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buildTypeMenu();

    m_searchEdit = named(new QLineEdit(this), "eventTextFilter", tr("Search events"));
    m_searchEdit->setPlaceholderText(tr("Search messages, names and objects"));
    m_searchEdit->setClearButtonEnabled(true);
    connect(m_searchEdit, &QLineEdit::textEdited, this, &EventsPanel::scheduleApply);
    connect(m_searchEdit, &QLineEdit::returnPressed, this, &EventsPanel::applyFilter);

    m_rangeCombo = named(new QComboBox(this), "eventTimeRange", tr("Time range"));
    m_rangeCombo->addItem(tr("Last hour"), int(TimePreset::LastHour));
    m_rangeCombo->addItem(tr("Last 24 hours"), int(TimePreset::LastDay));
    m_rangeCombo->addItem(tr("Last 7 days"), int(TimePreset::LastWeek));
    m_rangeCombo->addItem(tr("Last 30 days"), int(TimePreset::LastMonth));
    m_rangeCombo->addItem(tr("All time"), int(TimePreset::AllTime));
    m_rangeCombo->addItem(tr("Custom…"), int(TimePreset::Custom));
    m_rangeCombo->setCurrentIndex(int(TimePreset::LastWeek));
    connect(m_rangeCombo, &QComboBox::activated, this, [this] {
        onPresetChanged();
        applyFilter();
    });

    const QDateTime now = QDateTime::currentDateTime();
    m_fromEdit = named(new QDateTimeEdit(now.addDays(-1), this), "eventRangeFrom", tr("From"));
    m_toEdit = named(new QDateTimeEdit(now, this), "eventRangeTo", tr("To"));
    m_toLabel = new QLabel(tr("to"), this);
    for (QDateTimeEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        connect(edit, &QDateTimeEdit::editingFinished, this, &EventsPanel::scheduleApply);
    }

    auto makeButton = [this](const char *name, const QString &text, const QString &tip) {
        auto *button = named(new QToolButton(this), name, tip);
        button->setText(text);
        button->setToolTip(tip);
        button->setAutoRaise(true);
        return button;
    };
    m_zoomOutButton = makeButton("eventZoomOut", tr("−"), tr("Zoom out (-)"));
    m_zoomInButton = makeButton("eventZoomIn", tr("+"), tr("Zoom in (+)"));
    m_showAllButton = makeButton("eventShowAll", tr("Fit"), tr("Show all loaded events (Home)"));
    connect(m_zoomOutButton, &QToolButton::clicked, this, [this] { m_timeline->zoomOut(); });
    connect(m_zoomInButton, &QToolButton::clicked, this, [this] { m_timeline->zoomIn(); });
    connect(m_showAllButton, &QToolButton::clicked, this, [this] { m_timeline->showAll(); });

    m_countLabel = named(new QLabel(this), "eventCount", tr("Event count"));

    // The parts Qt builds inside these controls need names of their own.
    AccessibleNames::nameLineEditButtons(m_objectEdit);
    AccessibleNames::nameLineEditButtons(m_searchEdit);
    AccessibleNames::nameComboParts(m_managerCombo);
    AccessibleNames::nameComboParts(m_rangeCombo);
    AccessibleNames::nameSpinBoxParts(m_fromEdit);
    AccessibleNames::nameSpinBoxParts(m_toEdit);
}

void EventsPanel::buildTypeMenu()
{
    m_typeMenu = new QMenu(m_typeButton);
    m_typeMenu->setObjectName(QStringLiteral("eventTypeMenu"));
    QAction *all = m_typeMenu->addAction(tr("All types"));
    all->setObjectName(QStringLiteral("eventTypesAll"));
    QAction *none = m_typeMenu->addAction(tr("No types"));
    none->setObjectName(QStringLiteral("eventTypesNone"));
    m_typeMenu->addSeparator();
    QList<QAction *> typeActions;
    for (const QString &type : EventType::all()) {
        QAction *action =
            m_typeMenu->addAction(swatch(EventTypeStyle::color(type)), EventTypeStyle::label(type));
        action->setObjectName(QStringLiteral("eventType_") + type);
        action->setData(type);
        action->setCheckable(true);
        action->setChecked(true);
        connect(action, &QAction::toggled, this, [this] {
            if (m_applying)
                return;
            updateTypeButton();
            applyFilter();
        });
        typeActions.append(action);
    }
    auto setAll = [this, typeActions](bool checked) {
        m_applying = true;
        for (QAction *action : typeActions)
            action->setChecked(checked);
        m_applying = false;
        updateTypeButton();
        applyFilter();
    };
    connect(all, &QAction::triggered, this, [setAll] { setAll(true); });
    connect(none, &QAction::triggered, this, [setAll] { setAll(false); });
    m_typeButton->setMenu(m_typeMenu);
    updateTypeButton();
}

void EventsPanel::updateTypeButton()
{
    QStringList checked;
    int total = 0;
    for (QAction *action : m_typeMenu->actions()) {
        if (!action->isCheckable())
            continue;
        ++total;
        if (action->isChecked())
            checked.append(action->text());
    }
    QString text;
    if (checked.size() == total)
        text = tr("All types");
    else if (checked.isEmpty())
        text = tr("No types");
    else if (checked.size() == 1)
        text = checked.constFirst();
    else
        text = tr("%1 of %2 types").arg(checked.size()).arg(total);
    m_typeButton->setText(text);
    m_typeButton->setToolTip(tr("Event types shown: %1").arg(text));
}

void EventsPanel::reloadManagers()
{
    const qint64 current = m_managerCombo->currentData().toLongLong();
    m_managerCombo->clear();
    m_managerCombo->addItem(tr("All managers"), qint64(0));
    for (const ManagerRow &manager : ProviderStore::managers()) {
        const bool sameName = manager.name.isEmpty() || manager.name == manager.providerName;
        m_managerCombo->addItem(sameName ? manager.providerName
                                         : tr("%1 / %2").arg(manager.providerName, manager.name),
                                manager.id);
    }
    const int index = m_managerCombo->findData(current);
    m_managerCombo->setCurrentIndex(qMax(0, index));
}

void EventsPanel::setFixedObject(InventoryKind kind, qint64 id, const QString &name)
{
    m_fixedKind = kind;
    m_fixedId = id;
    m_fixedName = name;
    m_fixedManagerId = 0;
    QSqlQuery query(Database::connection());
    query.prepare(
        QStringLiteral("SELECT manager_id FROM %1 WHERE id = ?").arg(inventoryTableName(kind)));
    query.addBindValue(id);
    if (query.exec() && query.next())
        m_fixedManagerId = query.value(0).toLongLong();

    const bool fixed = id != 0;
    m_fixedLabel->setText(tr("Events of %1").arg(name));
    m_fixedLabel->setVisible(fixed);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_managerLabel), static_cast<QWidget *>(m_managerCombo),
          static_cast<QWidget *>(m_objectLabel), static_cast<QWidget *>(m_objectEdit)})
        widget->setVisible(!fixed);
    if (fixed)
        m_objectEdit->clear();
    applyFilter();
}

void EventsPanel::setTimePreset(TimePreset preset)
{
    m_rangeCombo->setCurrentIndex(m_rangeCombo->findData(int(preset)));
    onPresetChanged();
    applyFilter();
}

EventsPanel::TimePreset EventsPanel::timePreset() const
{
    return TimePreset(m_rangeCombo->currentData().toInt());
}

void EventsPanel::setCustomRange(qint64 fromMs, qint64 toMs)
{
    m_fromEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(fromMs));
    m_toEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(toMs));
    setTimePreset(TimePreset::Custom);
}

void EventsPanel::onPresetChanged()
{
    const bool custom = timePreset() == TimePreset::Custom;
    m_fromEdit->setVisible(custom);
    m_toLabel->setVisible(custom);
    m_toEdit->setVisible(custom);
}

void EventsPanel::presetRange(qint64 *fromMs, qint64 *toMs) const
{
    const qint64 now = nowMs();
    *toMs = 0;
    switch (timePreset()) {
    case TimePreset::LastHour:
        *fromMs = now - hourMs;
        break;
    case TimePreset::LastDay:
        *fromMs = now - dayMs;
        break;
    case TimePreset::LastWeek:
        *fromMs = now - 7 * dayMs;
        break;
    case TimePreset::LastMonth:
        *fromMs = now - 30 * dayMs;
        break;
    case TimePreset::AllTime:
        *fromMs = 0;
        break;
    case TimePreset::Custom:
        *fromMs = m_fromEdit->dateTime().toMSecsSinceEpoch();
        *toMs = qMax(*fromMs + 1, m_toEdit->dateTime().toMSecsSinceEpoch());
        break;
    }
}

QList<qint64> EventsPanel::filteredManagerIds() const
{
    if (hasFixedObject())
        return m_fixedManagerId ? QList<qint64>{m_fixedManagerId} : QList<qint64>{};
    const qint64 manager = m_managerCombo->currentData().toLongLong();
    return manager ? QList<qint64>{manager} : QList<qint64>{};
}

EventFilter EventsPanel::currentFilter() const
{
    EventFilter filter;
    presetRange(&filter.fromMs, &filter.toMs);
    filter.managerIds = filteredManagerIds();
    QStringList types;
    int total = 0;
    for (QAction *action : m_typeMenu->actions()) {
        if (!action->isCheckable())
            continue;
        ++total;
        if (action->isChecked())
            types.append(action->data().toString());
    }
    if (types.isEmpty())
        filter.eventTypes = {noType};
    else if (types.size() < total)
        filter.eventTypes = types;
    if (hasFixedObject()) {
        filter.targetKind = m_fixedKind;
        filter.targetId = m_fixedId;
    }
    filter.text = m_searchEdit->text().trimmed();
    return filter;
}

void EventsPanel::scheduleApply()
{
    m_applyTimer.start();
}

void EventsPanel::reload()
{
    reloadManagers();
    applyFilter();
}

void EventsPanel::applyFilter()
{
    m_applyTimer.stop();
    m_applying = true;
    const EventFilter filter = currentFilter();
    m_model->setFilter(filter, hasFixedObject() ? QString() : m_objectEdit->text());
    m_model->reload();

    const qint64 now = nowMs();
    if (timePreset() == TimePreset::AllTime) {
        if (m_model->rowCount() > 0)
            m_timeline->showAll();
        else
            m_timeline->setRange(now - 7 * dayMs, now + 7 * dayMs / 50);
    } else {
        const qint64 end = filter.toMs ? filter.toMs : now;
        const qint64 margin = filter.toMs ? 0 : (end - filter.fromMs) / 50;
        m_timeline->setRange(filter.fromMs, end + margin);
    }
    m_timeline->setSelectedEvent(0);
    m_timeline->setGaps(EventStore::gaps(filter.managerIds, filter.fromMs, filter.toMs));
    m_applying = false;
    updateCountLabel();
}

void EventsPanel::appendEvents(const QList<StoredEvent> &events)
{
    m_model->appendEvents(events);
}

void EventsPanel::setGap(const EventGap &gap)
{
    const QList<qint64> managers = filteredManagerIds();
    if (!managers.isEmpty() && !managers.contains(gap.managerId))
        return;
    m_timeline->setGap(gap);
}

bool EventsPanel::selectEvent(qint64 eventId)
{
    const int row = m_model->rowOf(eventId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

qint64 EventsPanel::selectedEvent() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(EventListModel::IdRole).toLongLong() : 0;
}

void EventsPanel::onCurrentRowChanged(const QModelIndex &current)
{
    if (!current.isValid()) {
        m_timeline->setSelectedEvent(0);
        return;
    }
    m_timeline->setSelectedEvent(current.data(EventListModel::IdRole).toLongLong());
    if (hasFixedObject())
        return;
    const qint64 targetId = current.data(EventListModel::TargetIdRole).toLongLong();
    if (targetId)
        emit objectActivated(InventoryKind(current.data(EventListModel::TargetKindRole).toInt()),
                             targetId);
}

void EventsPanel::onTimelineRangeChanged(qint64 fromMs, qint64)
{
    if (!m_applying && fromMs < m_model->oldestLoadedMs() && m_model->canFetchMore())
        m_fetchTimer.start();
}

void EventsPanel::updateCountLabel()
{
    const QLocale locale;
    const int shown = m_model->rowCount();
    const int total = m_model->totalCount();
    QString text;
    if (total < 0)
        text = tr("Events: %1 loaded").arg(locale.toString(shown));
    else if (total == shown)
        text = tr("Events: %1").arg(locale.toString(shown));
    else
        text = tr("Events: %1 of %2").arg(locale.toString(shown), locale.toString(total));
    m_countLabel->setText(text);
}

} // namespace Vantage
