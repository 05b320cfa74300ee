#include "core/reports/reportsource.h"

#include <QDateTime>

#include <cmath>

namespace Vantage {

namespace {

const char *const context = "Vantage::ReportSources";

ReportColumn text(const char *name, const char *label, const char *expression)
{
    return {QString::fromLatin1(name), label, ColumnType::Text, QString::fromLatin1(expression)};
}

ReportColumn integer(const char *name, const char *label, const char *expression)
{
    return {QString::fromLatin1(name), label, ColumnType::Integer, QString::fromLatin1(expression)};
}

ReportColumn real(const char *name, const char *label, const char *expression)
{
    return {QString::fromLatin1(name), label, ColumnType::Real, QString::fromLatin1(expression)};
}

ReportColumn time(const char *name, const char *label, const char *expression)
{
    return {QString::fromLatin1(name), label, ColumnType::DateTime,
            QString::fromLatin1(expression)};
}

ReportColumn boolean(const char *name, const char *label, const char *expression)
{
    return {QString::fromLatin1(name), label, ColumnType::Boolean, QString::fromLatin1(expression)};
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *each : list)
        out << QString::fromLatin1(each);
    return out;
}

// Every inventory row names its manager; the provider is what an operator calls it.
const char *const managerJoin = " JOIN managers m ON m.id = %1.manager_id"
                                " JOIN providers p ON p.id = m.provider_id";

QString withManager(const char *from, const char *alias, const char *rest = "")
{
    return QString::fromLatin1(from) + QString::fromLatin1(managerJoin).arg(QLatin1String(alias)) +
           QString::fromLatin1(rest);
}

// The newest scan of each VM that found any rows of `table`: a package or user list is what a
// VM has now, not the sum of every scan it ever had.
QString latestScanJoin(const char *table)
{
    return QStringLiteral(" JOIN (SELECT y.manager_id, y.vm_ems_ref, max(y.id) AS scan_id FROM "
                          "smartstate_scans y WHERE EXISTS (SELECT 1 FROM %1 z WHERE z.scan_id "
                          "= y.id) GROUP BY y.manager_id, y.vm_ems_ref) latest ON latest.scan_id "
                          "= s.id")
        .arg(QLatin1String(table));
}

QList<ReportSource> buildSources()
{
    QList<ReportSource> sources;
    sources << ReportSource{
        QStringLiteral("vms"),
        QT_TRANSLATE_NOOP("Vantage::ReportSources", "Virtual machines"),
        withManager("vms v", "v",
                    " LEFT JOIN hosts h ON h.id = v.host_id"
                    " LEFT JOIN clusters c ON c.id = h.cluster_id"),
        {text("name", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Name"), "v.name"),
         text("power_state", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Power state"),
              "v.power_state"),
         integer("vcpus", QT_TRANSLATE_NOOP("Vantage::ReportSources", "vCPUs"), "v.vcpus"),
         integer("memory_bytes", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Memory (bytes)"),
                 "v.memory_bytes"),
         integer("max_memory_bytes",
                 QT_TRANSLATE_NOOP("Vantage::ReportSources", "Maximum memory (bytes)"),
                 "v.max_memory_bytes"),
         text("os_type", QT_TRANSLATE_NOOP("Vantage::ReportSources", "OS type"), "v.os_type"),
         boolean("template", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Template"),
                 "v.is_template"),
         text("host", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Host"), "h.name"),
         text("cluster", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Cluster"), "c.name"),
         text("manager", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Manager"), "m.name"),
         text("provider", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Provider"), "p.name"),
         text("uuid", QT_TRANSLATE_NOOP("Vantage::ReportSources", "UUID"), "v.uuid"),
         text("ems_ref", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Manager reference"),
              "v.ems_ref"),
         text("description", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Description"),
              "v.raw_description")},
        names({"name", "power_state", "vcpus", "memory_bytes", "host", "cluster", "provider"}),
        QStringLiteral("name"),
        {}};
    sources << ReportSource{
        QStringLiteral("hosts"),
        QT_TRANSLATE_NOOP("Vantage::ReportSources", "Hosts"),
        withManager("hosts h", "h", " LEFT JOIN clusters c ON c.id = h.cluster_id"),
        {text("name", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Name"), "h.name"),
         text("hostname", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Host name"), "h.hostname"),
         text("cluster", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Cluster"), "c.name"),
         text("power_state", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Power state"),
              "h.power_state"),
         text("hypervisor", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Hypervisor"),
              "h.hypervisor"),
         text("hypervisor_version",
              QT_TRANSLATE_NOOP("Vantage::ReportSources", "Hypervisor version"),
              "h.hypervisor_version"),
         text("cpu_model", QT_TRANSLATE_NOOP("Vantage::ReportSources", "CPU model"), "h.cpu_model"),
         integer("cpu_sockets", QT_TRANSLATE_NOOP("Vantage::ReportSources", "CPU sockets"),
                 "h.cpu_sockets"),
         integer("cpu_cores", QT_TRANSLATE_NOOP("Vantage::ReportSources", "CPU cores"),
                 "h.cpu_cores"),
         integer("cpu_threads", QT_TRANSLATE_NOOP("Vantage::ReportSources", "CPU threads"),
                 "h.cpu_threads"),
         integer("cpu_mhz", QT_TRANSLATE_NOOP("Vantage::ReportSources", "CPU MHz"), "h.cpu_mhz"),
         integer("memory_bytes", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Memory (bytes)"),
                 "h.memory_bytes"),
         integer("vms", QT_TRANSLATE_NOOP("Vantage::ReportSources", "VMs"),
                 "(SELECT count(*) FROM vms x WHERE x.host_id = h.id)"),
         text("manager", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Manager"), "m.name"),
         text("provider", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Provider"), "p.name"),
         text("uri", QT_TRANSLATE_NOOP("Vantage::ReportSources", "URI"), "h.uri")},
        names({"name", "cluster", "power_state", "cpu_cores", "memory_bytes", "vms", "provider"}),
        QStringLiteral("name"),
        {}};
    sources << ReportSource{
        QStringLiteral("clusters"),
        QT_TRANSLATE_NOOP("Vantage::ReportSources", "Clusters"),
        withManager("clusters c", "c"),
        {text("name", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Name"), "c.name"),
         integer("hosts", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Hosts"),
                 "(SELECT count(*) FROM hosts x WHERE x.cluster_id = c.id)"),
         integer("vms", QT_TRANSLATE_NOOP("Vantage::ReportSources", "VMs"),
                 "(SELECT count(*) FROM vms x JOIN hosts y ON y.id = x.host_id "
                 "WHERE y.cluster_id = c.id)"),
         integer("memory_bytes", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Host memory (bytes)"),
                 "(SELECT sum(x.memory_bytes) FROM hosts x WHERE x.cluster_id = c.id)"),
         text("manager", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Manager"), "m.name"),
         text("provider", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Provider"), "p.name"),
         text("ems_ref", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Manager reference"),
              "c.ems_ref")},
        names({"name", "hosts", "vms", "memory_bytes", "provider"}),
        QStringLiteral("name"),
        {}};
    sources << ReportSource{
        QStringLiteral("storage"),
        QT_TRANSLATE_NOOP("Vantage::ReportSources", "Storage"),
        withManager("storages s", "s", " LEFT JOIN hosts h ON h.id = s.host_id"),
        {text("name", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Name"), "s.name"),
         text("type", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Type"), "s.type"),
         text("path", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Path"), "s.path"),
         integer("capacity_bytes", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Capacity (bytes)"),
                 "s.capacity_bytes"),
         integer("allocation_bytes",
                 QT_TRANSLATE_NOOP("Vantage::ReportSources", "Allocated (bytes)"),
                 "s.allocation_bytes"),
         integer("available_bytes",
                 QT_TRANSLATE_NOOP("Vantage::ReportSources", "Available (bytes)"),
                 "s.available_bytes"),
         boolean("active", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Active"), "s.active"),
         integer("volumes", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Volumes"),
                 "(SELECT count(*) FROM storage_volumes x WHERE x.storage_id = s.id)"),
         text("host", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Host"), "h.name"),
         text("manager", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Manager"), "m.name"),
         text("provider", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Provider"), "p.name"),
         text("uuid", QT_TRANSLATE_NOOP("Vantage::ReportSources", "UUID"), "s.uuid")},
        names({"name", "type", "capacity_bytes", "available_bytes", "volumes", "host", "provider"}),
        QStringLiteral("name"),
        {}};
    sources << ReportSource{
        QStringLiteral("networks"),
        QT_TRANSLATE_NOOP("Vantage::ReportSources", "Networks"),
        withManager("networks n", "n", " LEFT JOIN hosts h ON h.id = n.host_id"),
        {text("name", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Name"), "n.name"),
         text("bridge", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Bridge"), "n.bridge"),
         text("forward_mode", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Forward mode"),
              "n.forward_mode"),
         boolean("active", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Active"), "n.active"),
         text("host", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Host"), "h.name"),
         text("manager", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Manager"), "m.name"),
         text("provider", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Provider"), "p.name"),
         text("uuid", QT_TRANSLATE_NOOP("Vantage::ReportSources", "UUID"), "n.uuid")},
        names({"name", "bridge", "forward_mode", "active", "host", "provider"}),
        QStringLiteral("name"),
        {}};
    sources << ReportSource{
        QStringLiteral("events"),
        QT_TRANSLATE_NOOP("Vantage::ReportSources", "Events"),
        withManager("event_stream e", "e"),
        {time("time", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Time"), "e.timestamp"),
         text("event_type", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Event type"),
              "e.event_type"),
         text("raw_name", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Provider event"),
              "e.raw_name"),
         text("target_kind", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Object kind"),
              "e.target_kind"),
         text("target_name", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Object"),
              "e.target_name"),
         text("message", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Message"), "e.message"),
         text("source", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Source"), "e.source"),
         text("manager", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Manager"), "m.name"),
         text("provider", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Provider"), "p.name")},
        names({"time", "event_type", "target_kind", "target_name", "message", "provider"}),
        QStringLiteral("time"),
        {}};
    sources << ReportSource{
        QStringLiteral("metrics"),
        QT_TRANSLATE_NOOP("Vantage::ReportSources", "Metric rollups"),
        withManager("metrics_rollups r", "r"),
        {text("object_kind", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Object kind"),
              "r.resource_kind"),
         text("object", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Object"),
              "coalesce(CASE r.resource_kind"
              " WHEN 'vm' THEN (SELECT x.name FROM vms x WHERE x.id = r.resource_id)"
              " WHEN 'host' THEN (SELECT x.name FROM hosts x WHERE x.id = r.resource_id)"
              " WHEN 'cluster' THEN (SELECT x.name FROM clusters x WHERE x.id = r.resource_id)"
              " WHEN 'manager' THEN m.name END, r.ems_ref)"),
         text("interval", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Interval"), "r.interval"),
         time("time", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Start"), "r.timestamp"),
         integer("samples", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Samples"),
                 "r.sample_count"),
         real("cpu_avg", QT_TRANSLATE_NOOP("Vantage::ReportSources", "CPU % (average)"),
              "r.cpu_percent_avg"),
         real("cpu_max", QT_TRANSLATE_NOOP("Vantage::ReportSources", "CPU % (maximum)"),
              "r.cpu_percent_max"),
         real("memory_avg", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Memory % (average)"),
              "r.memory_used_percent_avg"),
         real("memory_max", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Memory % (maximum)"),
              "r.memory_used_percent_max"),
         real("disk_read_bps", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Disk read (bytes/s)"),
              "r.disk_read_bps_avg"),
         real("disk_write_bps", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Disk write (bytes/s)"),
              "r.disk_write_bps_avg"),
         real("disk_read_iops", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Disk read IOPS"),
              "r.disk_read_iops_avg"),
         real("disk_write_iops", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Disk write IOPS"),
              "r.disk_write_iops_avg"),
         real("net_rx_bps",
              QT_TRANSLATE_NOOP("Vantage::ReportSources", "Network received (bytes/s)"),
              "r.net_rx_bps_avg"),
         real("net_tx_bps", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Network sent (bytes/s)"),
              "r.net_tx_bps_avg"),
         text("manager", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Manager"), "m.name"),
         text("provider", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Provider"), "p.name")},
        names({"object_kind", "object", "interval", "time", "cpu_avg", "cpu_max", "memory_avg",
               "net_rx_bps", "net_tx_bps"}),
        QStringLiteral("object_kind"),
        QStringLiteral("object_kind")};
    sources << ReportSource{
        QStringLiteral("retirements"),
        QT_TRANSLATE_NOOP("Vantage::ReportSources", "Retirement schedule"),
        withManager("retirements t", "t"),
        {text("vm", QT_TRANSLATE_NOOP("Vantage::ReportSources", "VM"), "t.vm_name"),
         time("retires_at", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Retires at"),
              "t.retires_at"),
         integer("warn_days", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Warning (days)"),
                 "t.warn_days"),
         text("state", QT_TRANSLATE_NOOP("Vantage::ReportSources", "State"), "t.state"),
         time("warned_at", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Warned at"), "t.warned_at"),
         time("retired_at", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Retired at"),
              "t.retired_at"),
         boolean("delete_storage", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Delete storage"),
                 "t.delete_storage"),
         text("message", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Message"), "t.message"),
         text("manager", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Manager"), "m.name"),
         text("provider", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Provider"), "p.name")},
        names({"vm", "retires_at", "state", "warn_days", "provider"}),
        QStringLiteral("retires_at"),
        {}};
    sources << ReportSource{
        QStringLiteral("requests"),
        QT_TRANSLATE_NOOP("Vantage::ReportSources", "Requests"),
        QStringLiteral("requests q LEFT JOIN managers m ON m.id = q.manager_id"
                       " LEFT JOIN providers p ON p.id = m.provider_id"),
        {integer("id", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Request"), "q.id"),
         text("type", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Type"), "q.request_type"),
         text("description", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Description"),
              "q.description"),
         text("requester", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Requester"), "q.requester"),
         text("approval_state", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Approval"),
              "q.approval_state"),
         text("approver", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Approver"), "q.approver"),
         text("state", QT_TRANSLATE_NOOP("Vantage::ReportSources", "State"), "q.state"),
         text("status", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Status"), "q.status"),
         text("message", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Message"), "q.message"),
         integer("tasks", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Tasks"),
                 "(SELECT count(*) FROM request_tasks x WHERE x.request_id = q.id)"),
         time("created_at", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Created"), "q.created_at"),
         time("updated_at", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Updated"), "q.updated_at"),
         time("finished_at", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Finished"),
              "q.finished_at"),
         text("provider", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Provider"), "p.name")},
        names({"id", "type", "description", "requester", "approval_state", "state", "status",
               "created_at"}),
        QStringLiteral("id"),
        {}};
    sources << ReportSource{
        QStringLiteral("packages"),
        QT_TRANSLATE_NOOP("Vantage::ReportSources", "SmartState packages"),
        withManager("smartstate_packages k JOIN smartstate_scans s ON s.id = k.scan_id", "s", "")
            .append(latestScanJoin("smartstate_packages")),
        {text("vm", QT_TRANSLATE_NOOP("Vantage::ReportSources", "VM"), "s.vm_name"),
         text("package", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Package"), "k.name"),
         text("version", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Version"), "k.version"),
         text("arch", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Architecture"), "k.arch"),
         text("source", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Source"), "k.source"),
         text("os_name", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Operating system"),
              "s.os_name"),
         time("scanned_at", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Scanned"),
              "coalesce(s.finished_at, s.started_at)"),
         text("provider", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Provider"), "p.name")},
        names({"vm", "package", "version", "arch", "source"}),
        QStringLiteral("vm"),
        {}};
    sources << ReportSource{
        QStringLiteral("users"),
        QT_TRANSLATE_NOOP("Vantage::ReportSources", "SmartState users"),
        withManager("smartstate_users u JOIN smartstate_scans s ON s.id = u.scan_id", "s", "")
            .append(latestScanJoin("smartstate_users")),
        {text("vm", QT_TRANSLATE_NOOP("Vantage::ReportSources", "VM"), "s.vm_name"),
         text("user", QT_TRANSLATE_NOOP("Vantage::ReportSources", "User"), "u.name"),
         integer("uid", QT_TRANSLATE_NOOP("Vantage::ReportSources", "UID"), "u.uid"),
         integer("gid", QT_TRANSLATE_NOOP("Vantage::ReportSources", "GID"), "u.gid"),
         text("home", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Home"), "u.home"),
         text("shell", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Shell"), "u.shell"),
         text("gecos", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Full name"), "u.gecos"),
         time("scanned_at", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Scanned"),
              "coalesce(s.finished_at, s.started_at)"),
         text("provider", QT_TRANSLATE_NOOP("Vantage::ReportSources", "Provider"), "p.name")},
        names({"vm", "user", "uid", "gid", "home", "shell"}),
        QStringLiteral("vm"),
        {}};
    return sources;
}

} // namespace

QString ReportColumn::title() const
{
    return QCoreApplication::translate(context, label);
}

QVariant ReportColumn::cell(const QVariant &stored) const
{
    if (stored.isNull())
        return {};
    switch (type) {
    case ColumnType::Text:
        return stored.toString();
    case ColumnType::Integer:
        return stored.toLongLong();
    case ColumnType::Real:
        return stored.toDouble();
    case ColumnType::DateTime:
        return QDateTime::fromMSecsSinceEpoch(stored.toLongLong(), Qt::UTC);
    case ColumnType::Boolean:
        return stored.toLongLong() != 0;
    }
    return stored;
}

QVariant ReportColumn::parseValue(const QString &input, QString *error) const
{
    const QString value = input.trimmed();
    bool ok = false;
    switch (type) {
    case ColumnType::Text:
        return input;
    case ColumnType::Integer: {
        const qint64 number = value.toLongLong(&ok);
        if (ok)
            return number;
        *error = ReportSources::tr("\"%1\" is not a whole number, which column \"%2\" needs.")
                     .arg(input, name);
        return {};
    }
    case ColumnType::Real: {
        const double number = value.toDouble(&ok); // C locale: "1.5", never "1,5"
        if (ok && std::isfinite(number))
            return number;
        *error = ReportSources::tr("\"%1\" is not a number, which column \"%2\" needs (use a "
                                   "point for decimals: 1.5).")
                     .arg(input, name);
        return {};
    }
    case ColumnType::DateTime: {
        QDateTime at = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!at.isValid()) {
            const QDate day = QDate::fromString(value, Qt::ISODate);
            if (day.isValid())
                at = QDateTime(day, QTime(0, 0), Qt::UTC);
        }
        if (at.isValid()) {
            // Without a zone ISO 8601 means local time; reports read and write UTC.
            if (at.timeSpec() == Qt::LocalTime)
                at = QDateTime(at.date(), at.time(), Qt::UTC);
            return at.toUTC();
        }
        *error = ReportSources::tr("\"%1\" is not an ISO 8601 date or time (such as "
                                   "2026-11-25 or 2026-11-25T14:00:00Z), which column \"%2\" "
                                   "needs.")
                     .arg(input, name);
        return {};
    }
    case ColumnType::Boolean: {
        const QString lower = value.toLower();
        if (lower == QLatin1String("true") || lower == QLatin1String("yes") ||
            lower == QLatin1String("1"))
            return true;
        if (lower == QLatin1String("false") || lower == QLatin1String("no") ||
            lower == QLatin1String("0"))
            return false;
        *error = ReportSources::tr("\"%1\" is not true or false, which column \"%2\" needs.")
                     .arg(input, name);
        return {};
    }
    }
    return {};
}

QVariant ReportColumn::bindValue(const QVariant &value) const
{
    switch (type) {
    case ColumnType::DateTime:
        return value.toDateTime().toMSecsSinceEpoch();
    case ColumnType::Boolean:
        return value.toBool() ? 1 : 0;
    default:
        return value;
    }
}

QString ReportSource::title() const
{
    return QCoreApplication::translate(context, label);
}

const ReportColumn *ReportSource::column(const QString &name) const
{
    for (const ReportColumn &each : columns) {
        if (each.name == name)
            return &each;
    }
    return nullptr;
}

QStringList ReportSource::columnNames() const
{
    QStringList out;
    for (const ReportColumn &each : columns)
        out << each.name;
    return out;
}

const QList<ReportSource> &ReportSources::all()
{
    static const QList<ReportSource> sources = buildSources();
    return sources;
}

const ReportSource *ReportSources::find(const QString &id)
{
    for (const ReportSource &source : all()) {
        if (source.id == id)
            return &source;
    }
    return nullptr;
}

QString ReportSources::typeName(ColumnType type)
{
    switch (type) {
    case ColumnType::Text:
        return tr("text");
    case ColumnType::Integer:
        return tr("a whole number");
    case ColumnType::Real:
        return tr("a number");
    case ColumnType::DateTime:
        return tr("a date and time");
    case ColumnType::Boolean:
        return tr("true or false");
    }
    return {};
}

} // namespace Vantage
