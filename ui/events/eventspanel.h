#pragma once

#include "core/eventstore.h"

#include <QList>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QToolButton;
class QTreeView;

namespace Vantage {

class EventListModel;
class TimelineWidget;

// The events view: a filter bar (manager, object, generic types, text, time range), the
// timeline above and the list below, kept in step: selecting an event in one selects it in the
// other and announces its object (objectActivated) so that the inventory tree can select it.
// Live batches from the supervisor (appendEvents) add only the rows that match the filter.
//
// For an object's own timeline (the details pane) setFixedObject() pins the object and hides
// the manager and object filters; objectActivated is then not emitted, the object being the
// one already selected.
class EventsPanel final : public QWidget
{
    Q_OBJECT

public:
    enum class TimePreset { LastHour, LastDay, LastWeek, LastMonth, AllTime, Custom };
    Q_ENUM(TimePreset)

    explicit EventsPanel(QWidget *parent = nullptr);

    void setFixedObject(InventoryKind kind, qint64 id, const QString &name);
    bool hasFixedObject() const { return m_fixedId != 0; }

    void setTimePreset(TimePreset preset);
    TimePreset timePreset() const;
    // Switches to TimePreset::Custom with this range (toMs exclusive).
    void setCustomRange(qint64 fromMs, qint64 toMs);

    // Selects the event in the list and the timeline (it must be loaded); false when it is not.
    bool selectEvent(qint64 eventId);
    qint64 selectedEvent() const;

    // What the list shows now, as the store reads it.
    EventFilter currentFilter() const;

    EventListModel *model() const { return m_model; }
    TimelineWidget *timeline() const { return m_timeline; }
    QTreeView *listView() const { return m_view; }

public slots:
    // Re-reads managers, events and gaps for the current filter.
    void reload();
    // A live batch from Supervisor::eventsStored.
    void appendEvents(const QList<Vantage::StoredEvent> &events);
    // From Supervisor::gapChanged: shown when it concerns the managers in the filter.
    void setGap(const Vantage::EventGap &gap);

signals:
    void objectActivated(Vantage::InventoryKind kind, qint64 id);

private:
    void buildFilterBar();
    void buildTypeMenu();
    void reloadManagers();
    void applyFilter();
    void scheduleApply();
    void onPresetChanged();
    void onCurrentRowChanged(const QModelIndex &current);
    void onTimelineRangeChanged(qint64 fromMs, qint64 toMs);
    void updateTypeButton();
    void updateCountLabel();
    QList<qint64> filteredManagerIds() const;
    // The range the preset stands for, now; toMs 0 when open-ended.
    void presetRange(qint64 *fromMs, qint64 *toMs) const;

    EventListModel *m_model = nullptr;        // Owned (child).
    QSortFilterProxyModel *m_proxy = nullptr; // Owned (child).

    QComboBox *m_managerCombo = nullptr;
    QLabel *m_managerLabel = nullptr;
    QLineEdit *m_objectEdit = nullptr;
    QLabel *m_objectLabel = nullptr;
    QLabel *m_fixedLabel = nullptr;
    QToolButton *m_typeButton = nullptr;
    QMenu *m_typeMenu = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QComboBox *m_rangeCombo = nullptr;
    QDateTimeEdit *m_fromEdit = nullptr;
    QDateTimeEdit *m_toEdit = nullptr;
    QLabel *m_toLabel = nullptr;
    QToolButton *m_zoomOutButton = nullptr;
    QToolButton *m_zoomInButton = nullptr;
    QToolButton *m_showAllButton = nullptr;
    QLabel *m_countLabel = nullptr;
    TimelineWidget *m_timeline = nullptr;
    QTreeView *m_view = nullptr;

    InventoryKind m_fixedKind = InventoryKind::Vm;
    qint64 m_fixedId = 0;
    qint64 m_fixedManagerId = 0;
    QString m_fixedName;

    QTimer m_applyTimer; // debounces typing in the text fields
    QTimer m_fetchTimer; // coalesces loading older events while the timeline pans
    bool m_applying = false;
};

} // namespace Vantage
