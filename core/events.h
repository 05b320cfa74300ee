#pragma once

#include "core/inventory.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QVariantMap>

#include <functional>

namespace Vantage {

// A manager's native event as its provider reports it, before mapping.
struct RawEvent
{
    qint64 managerId = 0;   // set by the event catcher
    qint64 timestampMs = 0; // when the manager says it happened (or when it was caught)
    QString source;         // the provider type, "libvirt"
    QString name;           // the native name, the key of the provider's mapping table
    InventoryKind targetKind = InventoryKind::Vm;
    QString targetRef; // the target's ems_ref; empty when the event has no object
    QString targetName;
    QString hostRef;     // where it happened, when the provider knows
    QString message;     // one readable line
    QVariantMap payload; // the native details, stored as JSON
};

// What the event handler stored: the raw event, its generic type and its row.
struct StoredEvent
{
    qint64 id = 0;
    QString eventType;   // generic: vm_power_on, ... or "other"
    qint64 targetId = 0; // the target's row id when it was known at storage time
    RawEvent raw;
};

// A span during which events may have been missed (the connection was down).
struct EventGap
{
    qint64 id = 0;
    qint64 managerId = 0;
    qint64 startedAtMs = 0;
    qint64 endedAtMs = 0; // 0 while the gap is open
    QString reason;
};

// Called by a session from any thread (libvirt's event loop thread, a socket thread, ...).
using EventCallback = std::function<void(const RawEvent &)>;
// Called once when the connection that events arrive on is lost.
using ConnectionLostCallback = std::function<void(const QString &reason)>;

// The generic event types every provider maps into (ManageIQ's event_handling vocabulary).
namespace EventType {
inline constexpr auto Other = "other";
const QStringList &all();
bool isKnown(const QString &type);
// The kind of object a type is about: vm_* -> Vm, host_* -> Host, ...
InventoryKind targetKindOf(const QString &type);
} // namespace EventType

QString inventoryKindName(InventoryKind kind);
// The table that holds objects of the kind ("vms", "hosts", ...).
QString inventoryTableName(InventoryKind kind);
InventoryKind inventoryKindFromName(const QString &name, bool *ok = nullptr);

} // namespace Vantage

Q_DECLARE_METATYPE(Vantage::RawEvent)
Q_DECLARE_METATYPE(Vantage::StoredEvent)
Q_DECLARE_METATYPE(Vantage::EventGap)
