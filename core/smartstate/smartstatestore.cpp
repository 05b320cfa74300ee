#include "core/smartstate/smartstatestore.h"

#include "core/database.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Vantage {

namespace {

QString packageKey(const SmartPackage &package)
{
    return package.source + u'\n' + package.name + u'\n' + package.arch;
}

template <typename T, typename Key>
void addedAndRemoved(const QList<T> &older, const QList<T> &newer, Key key, QList<T> *added,
                     QList<T> *removed)
{
    QSet<QString> before;
    QSet<QString> after;
    for (const T &item : older)
        before.insert(key(item));
    for (const T &item : newer) {
        after.insert(key(item));
        if (!before.contains(key(item)))
            added->append(item);
    }
    for (const T &item : older) {
        if (!after.contains(key(item)))
            removed->append(item);
    }
}

bool execOrFail(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    *error = SmartStateStore::tr("Cannot store the scan: %1").arg(query.lastError().text());
    return false;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

} // namespace

bool SmartStateDiff::isEmpty() const
{
    return packagesAdded.isEmpty() && packagesRemoved.isEmpty() && packagesChanged.isEmpty() &&
           usersAdded.isEmpty() && usersRemoved.isEmpty() && groupsAdded.isEmpty() &&
           groupsRemoved.isEmpty() && servicesAdded.isEmpty() && servicesRemoved.isEmpty();
}

qint64 SmartStateStore::save(qint64 managerId, const QString &vmEmsRef, const QString &vmName,
                             qint64 startedAtMs, const QString &status, const QString &message,
                             const SmartStateResult &result, QString *error)
{
    QSqlDatabase db = Database::connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen()) {
        *error = tr("Cannot store the scan: %1").arg(transaction.error());
        return 0;
    }
    QString fullMessage = message;
    if (status == QLatin1String(ScanStatus::Ok) && !result.warnings.isEmpty())
        fullMessage = result.warnings.join(u'\n');
    QSqlQuery scan(db);
    scan.prepare(QStringLiteral(
        "INSERT INTO smartstate_scans (manager_id, vm_ems_ref, vm_name, started_at, finished_at, "
        "status, message, bytes_read, os_name, os_version, os_id, hostname, disks) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    scan.addBindValue(managerId);
    scan.addBindValue(vmEmsRef);
    scan.addBindValue(vmName);
    scan.addBindValue(startedAtMs);
    scan.addBindValue(nowMs());
    scan.addBindValue(status);
    scan.addBindValue(textOrNull(fullMessage));
    scan.addBindValue(result.bytesRead);
    scan.addBindValue(textOrNull(result.os.name));
    scan.addBindValue(textOrNull(result.os.versionId));
    scan.addBindValue(textOrNull(result.os.id));
    scan.addBindValue(textOrNull(result.hostname));
    scan.addBindValue(
        QString::fromUtf8(QJsonDocument(result.disks).toJson(QJsonDocument::Compact)));
    if (!execOrFail(scan, error))
        return 0;
    const qint64 scanId = scan.lastInsertId().toLongLong();

    QSqlQuery packages(db);
    packages.prepare(QStringLiteral("INSERT INTO smartstate_packages (scan_id, name, version, "
                                    "arch, source) VALUES (?, ?, ?, ?, ?)"));
    for (const SmartPackage &package : result.packages) {
        packages.addBindValue(scanId);
        packages.addBindValue(package.name);
        packages.addBindValue(textOrNull(package.version));
        packages.addBindValue(textOrNull(package.arch));
        packages.addBindValue(package.source);
        if (!execOrFail(packages, error))
            return 0;
    }
    QSqlQuery users(db);
    users.prepare(QStringLiteral("INSERT INTO smartstate_users (scan_id, name, uid, gid, home, "
                                 "shell, gecos) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const SmartUser &user : result.users) {
        users.addBindValue(scanId);
        users.addBindValue(user.name);
        users.addBindValue(user.uid);
        users.addBindValue(user.gid);
        users.addBindValue(user.home);
        users.addBindValue(user.shell);
        users.addBindValue(user.gecos);
        if (!execOrFail(users, error))
            return 0;
    }
    QSqlQuery groups(db);
    groups.prepare(QStringLiteral(
        "INSERT INTO smartstate_groups (scan_id, name, gid, members) VALUES (?, ?, ?, ?)"));
    for (const SmartGroup &group : result.groups) {
        groups.addBindValue(scanId);
        groups.addBindValue(group.name);
        groups.addBindValue(group.gid);
        groups.addBindValue(group.members.join(u','));
        if (!execOrFail(groups, error))
            return 0;
    }
    QSqlQuery services(db);
    services.prepare(QStringLiteral("INSERT INTO smartstate_services (scan_id, name, target, "
                                    "enabled) VALUES (?, ?, ?, ?)"));
    for (const SmartService &service : result.services) {
        services.addBindValue(scanId);
        services.addBindValue(service.name);
        services.addBindValue(service.target);
        services.addBindValue(service.enabled ? 1 : 0);
        if (!execOrFail(services, error))
            return 0;
    }
    QSqlQuery files(db);
    files.prepare(QStringLiteral("INSERT INTO smartstate_files (scan_id, path, size, mode, mtime, "
                                 "sha256, content) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const SmartFile &file : result.files) {
        files.addBindValue(scanId);
        files.addBindValue(file.path);
        files.addBindValue(file.size);
        files.addBindValue(qint64(file.mode));
        files.addBindValue(file.mtimeMs);
        files.addBindValue(textOrNull(file.sha256));
        // An empty file's content is an empty blob, not NULL (NULL: not collected).
        files.addBindValue(file.hasContent
                               ? QVariant(file.content.isNull() ? QByteArray("") : file.content)
                               : QVariant(QMetaType::fromType<QByteArray>()));
        if (!execOrFail(files, error))
            return 0;
    }
    if (!transaction.commit()) {
        *error = tr("Cannot store the scan: %1").arg(transaction.error());
        return 0;
    }
    return scanId;
}

namespace {

constexpr auto summaryColumns =
    "id, manager_id, vm_ems_ref, vm_name, started_at, finished_at, status, message, bytes_read, "
    "os_name, os_version, os_id, hostname, disks";

SmartStateScanSummary summaryFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
            query.value(3).toString(),   query.value(4).toLongLong(), query.value(5).toLongLong(),
            query.value(6).toString(),   query.value(7).toString(),   query.value(8).toLongLong(),
            query.value(9).toString(),   query.value(10).toString(),  query.value(11).toString(),
            query.value(12).toString()};
}

} // namespace

QList<SmartStateScanSummary> SmartStateStore::scans(qint64 managerId, const QString &vmEmsRef)
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("SELECT %1 FROM smartstate_scans WHERE manager_id = ? AND "
                                 "vm_ems_ref = ? ORDER BY started_at DESC, id DESC")
                      .arg(QLatin1String(summaryColumns)));
    query.addBindValue(managerId);
    query.addBindValue(vmEmsRef);
    QList<SmartStateScanSummary> out;
    if (!query.exec())
        return out;
    while (query.next())
        out.append(summaryFrom(query));
    return out;
}

std::optional<SmartStateScan> SmartStateStore::load(qint64 scanId, QString *error)
{
    QSqlDatabase db = Database::connection();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT %1 FROM smartstate_scans WHERE id = ?")
                      .arg(QLatin1String(summaryColumns)));
    query.addBindValue(scanId);
    if (!query.exec()) {
        *error = tr("Cannot read the scan: %1").arg(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        *error = tr("Scan %1 no longer exists.").arg(scanId);
        return std::nullopt;
    }
    SmartStateScan scan;
    scan.summary = summaryFrom(query);
    SmartStateResult &result = scan.result;
    result.os = {scan.summary.osName, scan.summary.osVersion, scan.summary.osId, {}};
    result.hostname = scan.summary.hostname;
    result.bytesRead = scan.summary.bytesRead;
    result.disks = QJsonDocument::fromJson(query.value(13).toByteArray()).array();

    const auto rows = [&](const char *sql, const auto &each) {
        QSqlQuery rowsQuery(db);
        rowsQuery.setForwardOnly(true);
        rowsQuery.prepare(QLatin1String(sql));
        rowsQuery.addBindValue(scanId);
        if (!rowsQuery.exec()) {
            *error = tr("Cannot read the scan: %1").arg(rowsQuery.lastError().text());
            return false;
        }
        while (rowsQuery.next())
            each(rowsQuery);
        return true;
    };
    const bool ok =
        rows("SELECT name, version, arch, source FROM smartstate_packages WHERE scan_id = ? "
             "ORDER BY name, arch",
             [&](const QSqlQuery &q) {
                 result.packages.append({q.value(0).toString(), q.value(1).toString(),
                                         q.value(2).toString(), q.value(3).toString()});
             }) &&
        rows("SELECT name, uid, gid, home, shell, gecos FROM smartstate_users WHERE scan_id = ? "
             "ORDER BY rowid",
             [&](const QSqlQuery &q) {
                 result.users.append({q.value(0).toString(), q.value(1).toLongLong(),
                                      q.value(2).toLongLong(), q.value(3).toString(),
                                      q.value(4).toString(), q.value(5).toString()});
             }) &&
        rows("SELECT name, gid, members FROM smartstate_groups WHERE scan_id = ? ORDER BY rowid",
             [&](const QSqlQuery &q) {
                 result.groups.append({q.value(0).toString(), q.value(1).toLongLong(),
                                       q.value(2).toString().split(u',', Qt::SkipEmptyParts)});
             }) &&
        rows("SELECT name, target, enabled FROM smartstate_services WHERE scan_id = ? "
             "ORDER BY rowid",
             [&](const QSqlQuery &q) {
                 result.services.append(
                     {q.value(0).toString(), q.value(1).toString(), q.value(2).toBool()});
             }) &&
        rows("SELECT path, size, mode, mtime, sha256, content FROM smartstate_files "
             "WHERE scan_id = ? ORDER BY rowid",
             [&](const QSqlQuery &q) {
                 result.files.append({q.value(0).toString(), q.value(1).toLongLong(),
                                      quint32(q.value(2).toLongLong()), q.value(3).toLongLong(),
                                      q.value(4).toString(), q.value(5).toByteArray(),
                                      !q.value(5).isNull()});
             });
    if (!ok)
        return std::nullopt;
    return scan;
}

SmartStateDiff SmartStateStore::diff(const SmartStateResult &older, const SmartStateResult &newer)
{
    SmartStateDiff out;
    QHash<QString, SmartPackage> before;
    for (const SmartPackage &package : older.packages)
        before.insert(packageKey(package), package);
    QSet<QString> after;
    for (const SmartPackage &package : newer.packages) {
        const QString key = packageKey(package);
        after.insert(key);
        const auto it = before.constFind(key);
        if (it == before.constEnd())
            out.packagesAdded.append(package);
        else if (it->version != package.version)
            out.packagesChanged.append({*it, package});
    }
    for (const SmartPackage &package : older.packages) {
        if (!after.contains(packageKey(package)))
            out.packagesRemoved.append(package);
    }
    const auto byName = [](const auto &item) { return item.name; };
    addedAndRemoved(older.users, newer.users, byName, &out.usersAdded, &out.usersRemoved);
    addedAndRemoved(older.groups, newer.groups, byName, &out.groupsAdded, &out.groupsRemoved);
    addedAndRemoved(
        older.services, newer.services,
        [](const SmartService &service) -> QString {
            return service.name + u'\n' + service.target;
        },
        &out.servicesAdded, &out.servicesRemoved);
    return out;
}

ScanProfile SmartStateStore::defaultProfile()
{
    return {QStringLiteral("default"),
            {QStringLiteral("/etc/fstab"), QStringLiteral("/etc/resolv.conf"),
             QStringLiteral("/etc/ssh/sshd_config"), QStringLiteral("/etc/crontab"),
             QStringLiteral("/etc/apt/sources.list"), QStringLiteral("/etc/yum.repos.d/*.repo")},
            65536};
}

ScanProfile SmartStateStore::profile(const QString &name)
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral(
        "SELECT file_patterns, max_file_bytes FROM smartstate_profiles WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next())
        return defaultProfile();
    ScanProfile profile{name, {}, query.value(1).toLongLong()};
    const QJsonArray patterns = QJsonDocument::fromJson(query.value(0).toByteArray()).array();
    for (const QJsonValue &pattern : patterns) {
        if (pattern.isString())
            profile.filePatterns.append(pattern.toString());
    }
    return profile;
}

bool SmartStateStore::saveProfile(const ScanProfile &profile, QString *error)
{
    if (profile.name.trimmed().isEmpty()) {
        *error = tr("A scan profile needs a name.");
        return false;
    }
    if (profile.maxFileBytes < 0) {
        *error = tr("The largest file to keep cannot be negative.");
        return false;
    }
    for (const QString &pattern : profile.filePatterns) {
        if (!pattern.startsWith(u'/')) {
            *error = tr("Pattern %1 must be an absolute path (start with /).").arg(pattern);
            return false;
        }
    }
    QSqlDatabase db = Database::connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen()) {
        *error = tr("Cannot save the profile: %1").arg(transaction.error());
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "INSERT INTO smartstate_profiles (name, file_patterns, max_file_bytes, updated_at) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET file_patterns = excluded."
        "file_patterns, max_file_bytes = excluded.max_file_bytes, updated_at = "
        "excluded.updated_at"));
    query.addBindValue(profile.name);
    query.addBindValue(
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(profile.filePatterns))
                              .toJson(QJsonDocument::Compact)));
    query.addBindValue(profile.maxFileBytes);
    query.addBindValue(nowMs());
    if (!query.exec()) {
        *error = tr("Cannot save the profile: %1").arg(query.lastError().text());
        return false;
    }
    if (!transaction.commit()) {
        *error = tr("Cannot save the profile: %1").arg(transaction.error());
        return false;
    }
    return true;
}

} // namespace Vantage
