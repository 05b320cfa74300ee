#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>

// What a SmartState scan finds inside a VM's disks: the rows of the smartstate_* tables.
namespace Vantage {

namespace PackageSource {
inline constexpr auto Dpkg = "dpkg";
inline constexpr auto Rpm = "rpm";
} // namespace PackageSource

struct SmartPackage
{
    QString name;
    QString version; // dpkg: as written (epoch included); rpm: [epoch:]version-release
    QString arch;
    QString source; // PackageSource::*
    friend bool operator==(const SmartPackage &, const SmartPackage &) = default;
};

struct SmartUser
{
    QString name;
    qint64 uid = -1;
    qint64 gid = -1;
    QString home;
    QString shell;
    QString gecos;
    friend bool operator==(const SmartUser &, const SmartUser &) = default;
};

struct SmartGroup
{
    QString name;
    qint64 gid = -1;
    QStringList members;
    friend bool operator==(const SmartGroup &, const SmartGroup &) = default;
};

// An enabled systemd unit: a link in /etc/systemd/system/<target>.wants or .requires.
struct SmartService
{
    QString name;   // sshd.service
    QString target; // multi-user.target
    bool enabled = true;
    friend bool operator==(const SmartService &, const SmartService &) = default;
};

struct SmartFile
{
    QString path;
    qint64 size = 0;
    quint32 mode = 0;
    qint64 mtimeMs = 0;
    QString sha256;     // hex; empty when the file is too large to hash
    QByteArray content; // only when hasContent (size within the profile's max_file_bytes)
    bool hasContent = false;
    friend bool operator==(const SmartFile &, const SmartFile &) = default;
};

struct OsRelease
{
    QString name;       // NAME
    QString versionId;  // VERSION_ID
    QString id;         // ID
    QString prettyName; // PRETTY_NAME
    friend bool operator==(const OsRelease &, const OsRelease &) = default;
};

// Which files a scan collects: absolute glob patterns (* ? [...] within one path component).
struct ScanProfile
{
    QString name;
    QStringList filePatterns;
    qint64 maxFileBytes = 65536;
};

struct SmartStateResult
{
    OsRelease os;
    QString hostname;
    QList<SmartPackage> packages;
    QList<SmartUser> users;
    QList<SmartGroup> groups;
    QList<SmartService> services;
    QList<SmartFile> files;
    // Per disk: {target, path, format, size, partitions: [{number, scheme, type, offset, size,
    // filesystem, root, note}]}.
    QJsonArray disks;
    qint64 bytesRead = 0;
    // What could not be read but did not stop the scan ("rpm database: ...").
    QStringList warnings;
};

} // namespace Vantage
