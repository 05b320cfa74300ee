#include "core/smartstate/smartstatescanner.h"

#include "core/smartstate/diskimage.h"
#include "core/smartstate/extfilesystem.h"
#include "core/smartstate/lvm.h"
#include "core/smartstate/partitiontable.h"
#include "core/smartstate/smartstateparsers.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <vector>

namespace Vantage {

namespace {

constexpr int collectionSteps = 7;

QString joinPath(const QString &dir, const QString &name)
{
    return dir.endsWith(u'/') ? QString(dir + name) : QString(dir + u'/' + name);
}

// What a volume that is neither ext nor LVM holds, when it is something a Linux root may be on:
// "XFS", "Btrfs"; empty otherwise (swap, other systems, nothing).
QString otherVolumeKind(DiskImage *volume)
{
    const auto hasAt = [volume](qint64 offset, QByteArrayView magic) {
        QByteArray bytes(magic.size(), Qt::Uninitialized);
        QString ignored;
        return offset + magic.size() <= volume->size() &&
               volume->read(offset, bytes.data(), bytes.size(), &ignored) && bytes == magic;
    };
    if (hasAt(0, "XFSB"))
        return SmartStateScanner::tr("XFS");
    if (hasAt(0x10040, "_BHRfS_M"))
        return SmartStateScanner::tr("Btrfs");
    return {};
}

bool hasWildcard(const QString &component)
{
    return component.contains(u'*') || component.contains(u'?') || component.contains(u'[');
}

} // namespace

SmartStateScanner::SmartStateScanner(ScanProfile profile) : m_profile(std::move(profile)) {}

bool SmartStateScanner::scan(const QList<DiskSource> &disks, const CancelFlag &cancel,
                             const ProgressCallback &progress, SmartStateResult *out,
                             QString *error)
{
    *out = {};
    ReadCounter counter;
    const auto finish = [&](bool ok) {
        out->bytesRead = counter.bytes;
        return ok;
    };
    const int total = int(disks.size()) + collectionSteps;
    const auto report = [&](int done, const QString &stage) {
        if (progress)
            progress({done, total, stage});
    };
    if (disks.isEmpty()) {
        *error = tr("The VM has no disk images to scan.");
        return false;
    }

    // Images, partitions and logical volumes stay open until the end: the root file system
    // reads through them (declared in this order, they close in the reverse).
    std::vector<std::unique_ptr<DiskImage>> keep;
    std::vector<std::shared_ptr<DiskImage>> logicalVolumes;
    std::unique_ptr<ExtFilesystem> root;
    QList<LvmPhysicalVolume> physicalVolumes;
    QStringList fileSystemErrors;
    // Volumes recognised but not read (XFS, ...), for a telling error when no root is found.
    QStringList unreadKinds;
    // Whether the volume is an ext file system with /etc/os-release; if so it becomes the root.
    // What it holds goes to json, why it could not be read to fileSystemErrors.
    const auto examine = [&](DiskImage *volume, const QString &where, QJsonObject *json) {
        QString fsError;
        bool notExt = false;
        auto fs = ExtFilesystem::open(volume, &fsError, &notExt);
        if (!fs) {
            if (!notExt)
                fileSystemErrors << where + QStringLiteral(": ") + fsError;
            json->insert(QStringLiteral("note"), fsError);
            return false;
        }
        json->insert(QStringLiteral("filesystem"), QStringLiteral("ext"));
        QString lookError;
        if (fs->exists(QStringLiteral("/etc/os-release"), &lookError) ||
            fs->exists(QStringLiteral("/usr/lib/os-release"), &lookError)) {
            json->insert(QStringLiteral("root"), true);
            root = std::move(fs);
            return true;
        }
        if (!lookError.isEmpty()) {
            fileSystemErrors << where + QStringLiteral(": ") + lookError;
            json->insert(QStringLiteral("note"), lookError);
        }
        return false;
    };
    for (qsizetype i = 0; i < disks.size(); ++i) {
        const DiskSource &disk = disks.at(i);
        if (cancel.isCancelled()) {
            *error = tr("Scan cancelled.");
            return finish(false);
        }
        report(int(i), tr("Reading disk %1").arg(disk.target));
        QJsonObject diskJson{{QStringLiteral("target"), disk.target},
                             {QStringLiteral("path"), disk.path},
                             {QStringLiteral("format"), disk.format}};
        QString diskError;
        auto image = DiskImages::open(disk.path, disk.format, &counter, &diskError);
        QList<DiskPartition> partitions;
        if (!image || !PartitionTable::read(image.get(), &partitions, &diskError)) {
            *error = tr("Disk %1: %2").arg(disk.target, diskError);
            return finish(false);
        }
        diskJson.insert(QStringLiteral("size"), image->size());
        QJsonArray partitionsJson;
        for (const DiskPartition &partition : std::as_const(partitions)) {
            QJsonObject partitionJson{{QStringLiteral("number"), partition.number},
                                      {QStringLiteral("scheme"), partition.scheme},
                                      {QStringLiteral("type"), partition.type},
                                      {QStringLiteral("offset"), partition.offset},
                                      {QStringLiteral("size"), partition.size}};
            // Once the root is found the rest are left unread.
            if (!root) {
                auto slice =
                    std::make_unique<ImageSlice>(image.get(), partition.offset, partition.size);
                const QString where =
                    partition.number == 0
                        ? tr("Disk %1").arg(disk.target)
                        : tr("Disk %1, partition %2").arg(disk.target).arg(partition.number);
                if (examine(slice.get(), where, &partitionJson)) {
                    keep.push_back(std::move(slice));
                } else if (!partitionJson.contains(QStringLiteral("filesystem"))) {
                    LvmPhysicalVolume pv;
                    QString lvmError;
                    if (Lvm::readPhysicalVolume(slice.get(), &pv, &lvmError)) {
                        partitionJson.insert(QStringLiteral("filesystem"), QStringLiteral("lvm2"));
                        partitionJson.remove(QStringLiteral("note"));
                        physicalVolumes.append(pv);
                        keep.push_back(std::move(slice));
                    } else if (!lvmError.isEmpty()) {
                        fileSystemErrors << where + QStringLiteral(": ") + lvmError;
                        partitionJson.insert(QStringLiteral("note"), lvmError);
                    } else if (const QString other = otherVolumeKind(slice.get());
                               !other.isEmpty()) {
                        partitionJson.insert(QStringLiteral("filesystem"), other);
                        if (!unreadKinds.contains(other))
                            unreadKinds << other;
                    }
                }
            }
            partitionsJson.append(partitionJson);
        }
        diskJson.insert(QStringLiteral("partitions"), partitionsJson);
        out->disks.append(diskJson);
        keep.push_back(std::move(image));
    }
    // Logical volumes may span disks: they are put together once every disk has been read.
    if (!root && !physicalVolumes.isEmpty()) {
        for (LvmLogicalVolume &lv : Lvm::logicalVolumes(physicalVolumes, &out->warnings)) {
            QJsonObject lvJson{{QStringLiteral("volume_group"), lv.vgName},
                               {QStringLiteral("logical_volume"), lv.name},
                               {QStringLiteral("size"), lv.image->size()}};
            const bool isRoot =
                examine(lv.image.get(), tr("LVM volume %1/%2").arg(lv.vgName, lv.name), &lvJson);
            logicalVolumes.push_back(lv.image);
            out->disks.append(lvJson);
            if (isRoot)
                break;
        }
    }
    if (!root) {
        if (!fileSystemErrors.isEmpty())
            *error = fileSystemErrors.join(QStringLiteral("; "));
        else if (!unreadKinds.isEmpty())
            *error = tr("No ext2/3/4 file system with /etc/os-release was found; the VM's disks "
                        "also hold %1, which SmartState does not read yet.")
                         .arg(unreadKinds.join(QStringLiteral(", ")));
        else
            *error = tr("No disk of this VM holds a Linux root file system that SmartState "
                        "can read (ext2/3/4 with /etc/os-release).");
        return finish(false);
    }
    out->warnings << fileSystemErrors;
    const bool ok = collect(
        root.get(), cancel,
        [&](const CollectProgress &step) { report(int(disks.size()) + step.done, step.stage); },
        out, error);
    root.reset();
    return finish(ok);
}

bool SmartStateScanner::collect(ExtFilesystem *root, const CancelFlag &cancel,
                                const ProgressCallback &progress, SmartStateResult *out,
                                QString *error)
{
    int step = 0;
    const auto next = [&](const QString &stage) {
        if (progress)
            progress({step++, collectionSteps, stage});
        if (cancel.isCancelled()) {
            *error = tr("Scan cancelled.");
            return false;
        }
        return true;
    };
    // A file that is missing is normal (a minimal image, another distribution); one that
    // exists but cannot be read is worth a warning.
    const auto readOptional = [&](const QString &path, QByteArray *content) {
        if (!root->exists(path))
            return false;
        QString readError;
        if (!root->readFile(path, maxConfigBytes, content, &readError)) {
            out->warnings << readError;
            return false;
        }
        return true;
    };

    if (!next(tr("Reading the operating system")))
        return false;
    QByteArray content;
    if (readOptional(QStringLiteral("/etc/os-release"), &content) ||
        readOptional(QStringLiteral("/usr/lib/os-release"), &content))
        out->os = SmartStateParsers::parseOsRelease(content);
    if (readOptional(QStringLiteral("/etc/hostname"), &content))
        out->hostname = SmartStateParsers::parseHostname(content);

    if (!next(tr("Reading users and groups")))
        return false;
    int skipped = 0;
    if (readOptional(QStringLiteral("/etc/passwd"), &content)) {
        out->users = SmartStateParsers::parsePasswd(content, &skipped);
        if (skipped > 0)
            out->warnings << tr("/etc/passwd: %n malformed line(s) skipped", nullptr, skipped);
    }
    if (readOptional(QStringLiteral("/etc/group"), &content)) {
        out->groups = SmartStateParsers::parseGroup(content, &skipped);
        if (skipped > 0)
            out->warnings << tr("/etc/group: %n malformed line(s) skipped", nullptr, skipped);
    }

    if (!next(tr("Reading dpkg packages")))
        return false;
    if (readOptional(QStringLiteral("/var/lib/dpkg/status"), &content))
        out->packages = SmartStateParsers::parseDpkgStatus(content);

    if (!next(tr("Reading rpm packages")))
        return false;
    collectRpm(root, out);

    if (!next(tr("Reading systemd services")))
        return false;
    collectServices(root, out);

    if (!next(tr("Reading profile files")))
        return false;
    if (!collectFiles(root, cancel, out)) {
        *error = tr("Scan cancelled.");
        return false;
    }
    return next(tr("Done"));
}

void SmartStateScanner::collectRpm(ExtFilesystem *root, SmartStateResult *out)
{
    // Fedora 36 and later keep it under /usr; /var/lib/rpm is then a link to it.
    QString dbPath;
    for (const auto *candidate :
         {"/var/lib/rpm/rpmdb.sqlite", "/usr/lib/sysimage/rpm/rpmdb.sqlite"}) {
        if (root->exists(QLatin1String(candidate))) {
            dbPath = QLatin1String(candidate);
            break;
        }
    }
    if (dbPath.isEmpty()) {
        if (root->exists(QStringLiteral("/var/lib/rpm/Packages")))
            out->warnings << tr("The rpm database is in the Berkeley DB format (before RHEL 9), "
                                "which SmartState does not read; rpm packages are not listed.");
        return;
    }
    QByteArray database;
    QString readError;
    if (!root->readFile(dbPath, maxConfigBytes * 4, &database, &readError)) {
        out->warnings << readError;
        return;
    }
    // Qt's SQLite driver opens files, not memory: the copy lives only as long as this call.
    QTemporaryDir dir;
    QFile copy(dir.filePath(QStringLiteral("rpmdb.sqlite")));
    if (!dir.isValid() || !copy.open(QIODevice::WriteOnly) ||
        copy.write(database) != database.size()) {
        out->warnings
            << tr("Cannot copy the rpm database to a temporary folder: %1").arg(copy.errorString());
        return;
    }
    copy.close();
    QList<SmartPackage> packages;
    QString rpmError;
    const bool ok = SmartStateParsers::readRpmDatabase(copy.fileName(), &packages, &rpmError);
    if (!rpmError.isEmpty())
        out->warnings << dbPath + QStringLiteral(": ") + rpmError;
    if (ok)
        out->packages << packages;
}

void SmartStateScanner::collectServices(ExtFilesystem *root, SmartStateResult *out)
{
    const QString base = QStringLiteral("/etc/systemd/system");
    QList<ExtFilesystem::Entry> entries;
    QString listError;
    if (!root->exists(base))
        return;
    if (!root->list(base, &entries, &listError)) {
        out->warnings << listError;
        return;
    }
    for (const ExtFilesystem::Entry &entry : std::as_const(entries)) {
        QString target = entry.name;
        if (!entry.isDirectory || !(target.endsWith(QLatin1String(".wants")) ||
                                    target.endsWith(QLatin1String(".requires"))))
            continue;
        target.truncate(target.lastIndexOf(u'.'));
        QList<ExtFilesystem::Entry> units;
        if (!root->list(joinPath(base, entry.name), &units, &listError)) {
            out->warnings << listError;
            continue;
        }
        for (const ExtFilesystem::Entry &unit : std::as_const(units)) {
            if (!unit.isDirectory)
                out->services.append({unit.name, target, true});
        }
    }
    std::sort(out->services.begin(), out->services.end(),
              [](const SmartService &a, const SmartService &b) {
                  return std::tie(a.name, a.target) < std::tie(b.name, b.target);
              });
}

bool SmartStateScanner::collectFiles(ExtFilesystem *root, const CancelFlag &cancel,
                                     SmartStateResult *out)
{
    QSet<QString> seen;
    QStringList matched;
    for (const QString &pattern : std::as_const(m_profile.filePatterns)) {
        if (!pattern.startsWith(u'/')) {
            out->warnings
                << tr("Profile pattern %1 is not an absolute path; skipped.").arg(pattern);
            continue;
        }
        QStringList current{QStringLiteral("/")};
        const QStringList components = pattern.split(u'/', Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < components.size() && !current.isEmpty(); ++i) {
            const QString &component = components.at(i);
            QStringList next;
            if (!hasWildcard(component)) {
                for (const QString &dir : std::as_const(current))
                    next << joinPath(dir, component);
            } else {
                const QRegularExpression match(
                    QRegularExpression::wildcardToRegularExpression(component));
                for (const QString &dir : std::as_const(current)) {
                    if (cancel.isCancelled())
                        return false;
                    QList<ExtFilesystem::Entry> entries;
                    QString listError;
                    if (!root->list(dir, &entries, &listError))
                        continue; // not a directory here: the pattern does not match
                    for (const ExtFilesystem::Entry &entry : std::as_const(entries)) {
                        if (match.match(entry.name).hasMatch())
                            next << joinPath(dir, entry.name);
                    }
                }
            }
            current = next;
            // Each step can only widen what the next lists; stop a pattern like /*/*/*/* early.
            if (current.size() > maxProfileFiles * 10)
                current.resize(maxProfileFiles * 10);
        }
        for (const QString &path : std::as_const(current)) {
            if (!seen.contains(path)) {
                seen.insert(path);
                matched << path;
            }
        }
    }
    std::sort(matched.begin(), matched.end());

    for (const QString &path : std::as_const(matched)) {
        if (cancel.isCancelled())
            return false;
        ExtFilesystem::FileInfo info;
        QString statError;
        if (!root->stat(path, &info, &statError) || !info.isRegular())
            continue;
        if (out->files.size() >= maxProfileFiles) {
            out->warnings << tr("The profile matches more than %1 files; the rest are not "
                                "collected.")
                                 .arg(maxProfileFiles);
            break;
        }
        SmartFile file{path, info.size, info.mode, info.mtimeMs};
        if (info.size <= maxHashBytes) {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            const bool keep = info.size <= m_profile.maxFileBytes;
            QString readError;
            const bool ok = root->readChunks(
                info.inode, info.size,
                [&](const char *data, qint64 len) {
                    hash.addData(QByteArrayView(data, len));
                    if (keep)
                        file.content.append(data, qsizetype(len));
                    return !cancel.isCancelled();
                },
                &readError);
            if (!ok) {
                out->warnings << tr("%1: %2").arg(path, readError);
                continue;
            }
            file.sha256 = QString::fromLatin1(hash.result().toHex());
            file.hasContent = keep;
        }
        out->files.append(file);
    }
    return !cancel.isCancelled();
}

} // namespace Vantage
