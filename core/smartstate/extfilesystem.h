#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace Vantage {

class DiskImage;

// An ext2/3/4 file system inside a DiskImage (a partition of a raw or qcow2 disk), read through
// e2fsprogs' libext2fs with an I/O manager of our own, so that nothing is copied to a temporary
// file. Read-only. Paths are absolute inside the image; symbolic links are resolved inside the
// image (an absolute target starts at the image's root) with libext2fs' nesting limit.
class ExtFilesystem
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::ExtFilesystem)

public:
    struct Entry
    {
        QString name;
        quint32 inode = 0;
        bool isDirectory = false;
        bool isSymlink = false;
    };

    struct FileInfo
    {
        quint32 inode = 0;
        qint64 size = 0;
        quint32 mode = 0;   // st_mode: type and permission bits
        qint64 mtimeMs = 0; // UTC
        bool isRegular() const { return (mode & 0170000) == 0100000; }
        bool isDirectory() const { return (mode & 0170000) == 0040000; }
    };

    ~ExtFilesystem();

    // Null with *error set; *notExt is true when the volume simply holds no ext file system
    // (no superblock magic), as opposed to a damaged one or a read error.
    static std::unique_ptr<ExtFilesystem> open(DiskImage *volume, QString *error,
                                               bool *notExt = nullptr);

    // The file or directory at path, links followed.
    bool stat(const QString &path, FileInfo *out, QString *error);
    // False when it is not there, or with *error set when looking failed (a read error, a link
    // loop).
    bool exists(const QString &path, QString *error = nullptr);
    // The whole file; refused when it is larger than maxBytes.
    bool readFile(const QString &path, qint64 maxBytes, QByteArray *out, QString *error);
    // Streams the file in chunks to sink (which may stop early by returning false), at most
    // limit bytes in all: the size its inode gave, whatever a damaged block map delivers.
    bool readChunks(quint32 inode, qint64 limit,
                    const std::function<bool(const char *, qint64)> &sink, QString *error);
    // The entries of a directory, without "." and "..", at most maxEntries.
    bool list(const QString &path, QList<Entry> *out, QString *error, int maxEntries = 100000);

private:
    struct Private;
    explicit ExtFilesystem(std::unique_ptr<Private> d);
    bool lookup(const QString &path, quint32 *inode, QString *error);
    QString message(long code) const;

    std::unique_ptr<Private> d;
    bool m_notFound = false; // the last lookup's failure was a missing name
};

} // namespace Vantage
