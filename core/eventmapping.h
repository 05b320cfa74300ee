#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace Vantage {

// A provider's table from native event names to generic types, kept as data like ManageIQ's
// event_handling settings:
//   { "source": "libvirt", "events": { "domain.started.booted": "vm_power_on", ... } }
// Names not in the table map to "other" (the raw name is stored with every event).
class EventMapping
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::EventMapping)

public:
    // Nothing when the data is not a valid table; *error then says what is wrong and where.
    static std::optional<EventMapping> fromJson(const QByteArray &json, QString *error);

    QString source() const { return m_source; }
    QString typeOf(const QString &nativeName) const;
    const QHash<QString, QString> &entries() const { return m_types; }

private:
    QString m_source;
    QHash<QString, QString> m_types;
};

// Which refresh a generic event type asks for, kept as data in core's resources:
//   { "vm_*": "target", "host_*": "full", "other": "none" }  (the longest matching pattern wins)
class RefreshPolicy
{
public:
    enum class Action { None, Target, Full };

    static std::optional<RefreshPolicy> fromJson(const QByteArray &json, QString *error);
    // The built-in policy shipped with core.
    static const RefreshPolicy &standard();

    Action actionFor(const QString &eventType) const;

private:
    QHash<QString, Action> m_exact;
    QList<QPair<QString, Action>> m_prefixes; // longest first
};

} // namespace Vantage
