#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Builds disk images with known contents for the SmartState tests and benchmark: a directory
// tree written here, mkfs.ext4 -d, partition tables written byte by byte, qemu-img for qcow2.
namespace Vantage::Testing {

// Writes root/relativePath (folders made as needed) with the given modification time (s, UTC).
bool writeGuestFile(const QString &root, const QString &relativePath, const QByteArray &content,
                    qint64 mtimeSecs = 1700000000);
bool writeGuestSymlink(const QString &root, const QString &relativePath, const QString &target);

// Runs a tool; false with *error holding its output when it fails.
bool runTool(const QString &program, const QStringList &arguments, QString *error);

// An ext4 file system of sizeMiB holding tree, written to imagePath (a raw file).
bool makeExt4(const QString &tree, const QString &imagePath, int sizeMiB, QString *error);

enum class PartitionLayout {
    Mbr,        // partition 1 (0x83) holds the file system
    MbrLogical, // partition 1: an empty ext4 without an OS; 2: extended; 5: the file system
    Gpt,        // GPT partition 1 ("root", Linux file system type) holds the file system; the
                // backup header and entries are written too
};

// A disk holding fsImage in the layout's partition, starting at 1 MiB. *offset: where the file
// system starts.
bool makePartitionedDisk(const QString &fsImage, const QString &diskPath, PartitionLayout layout,
                         qint64 *offset, QString *error);

// A disk whose MBR partition 1 (type 8e) is an LVM2 physical volume of volume group vg0 with a
// logical volume "root" holding fsImage (8 MiB: two 4 MiB extents, stored in swapped order so
// that reads must follow the segments) and a visible thin volume "data" that is not read.
bool makeLvmDisk(const QString &fsImage, const QString &diskPath, QString *error);

// qemu-img convert -O qcow2 [extra] raw out
bool convertToQcow2(const QString &raw, const QString &out, const QStringList &extra,
                    QString *error);

// Patches bytes of a file in place.
bool patchFile(const QString &path, qint64 offset, const QByteArray &bytes);

QByteArray be32(quint32 value);
QByteArray be64(quint64 value);

} // namespace Vantage::Testing
