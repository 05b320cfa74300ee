#include "tests/smartstate/imagebuilder.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QtEndian>

#include <zlib.h>

#include <cstring>

namespace Vantage::Testing {

bool writeGuestFile(const QString &root, const QString &relativePath, const QByteArray &content,
                    qint64 mtimeSecs)
{
    const QString path = QDir(root).filePath(relativePath);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return false;
    QFile file(path);
    // Flushed first: a write at close would set the time again.
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.flush())
        return false;
    return file.setFileTime(QDateTime::fromSecsSinceEpoch(mtimeSecs, Qt::UTC),
                            QFileDevice::FileModificationTime);
}

bool writeGuestSymlink(const QString &root, const QString &relativePath, const QString &target)
{
    const QString path = QDir(root).filePath(relativePath);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && QFile::link(target, path);
}

bool runTool(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = program + u' ' + arguments.join(u' ') + QStringLiteral(": ") +
                 QString::fromLocal8Bit(process.readAll()) + process.errorString();
        return false;
    }
    return true;
}

bool makeExt4(const QString &tree, const QString &imagePath, int sizeMiB, QString *error)
{
    QFile::remove(imagePath);
    return runTool(QStringLiteral("mkfs.ext4"),
                   {QStringLiteral("-q"), QStringLiteral("-F"), QStringLiteral("-b"),
                    QStringLiteral("4096"), QStringLiteral("-E"), QStringLiteral("root_owner=0:0"),
                    QStringLiteral("-d"), tree, imagePath, QStringLiteral("%1M").arg(sizeMiB)},
                   error);
}

namespace {

constexpr qint64 sector = 512;
constexpr qint64 mib = 1024 * 1024;

void mbrEntry(QByteArray *block, qint64 at, int index, uchar type, quint32 start, quint32 count)
{
    uchar *e = reinterpret_cast<uchar *>(block->data()) + at + 446 + index * 16;
    e[4] = type;
    qToLittleEndian<quint32>(start, e + 8);
    qToLittleEndian<quint32>(count, e + 12);
}

void signature(QByteArray *disk, qint64 at)
{
    (*disk)[at + 510] = char(0x55);
    (*disk)[at + 511] = char(0xaa);
}

QByteArray guidBytes(quint32 a, quint16 b, quint16 c, quint64 d)
{
    QByteArray out(16, '\0');
    auto *p = reinterpret_cast<uchar *>(out.data());
    qToLittleEndian(a, p);
    qToLittleEndian(b, p + 4);
    qToLittleEndian(c, p + 6);
    qToBigEndian(d, p + 8);
    return out;
}

} // namespace

bool makePartitionedDisk(const QString &fsImage, const QString &diskPath, PartitionLayout layout,
                         qint64 *offset, QString *error)
{
    QFile source(fsImage);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = source.errorString();
        return false;
    }
    const QByteArray fs = source.readAll();
    const qint64 fsSectors = fs.size() / sector;
    // Room before the file system for the tables (and, for MbrLogical, an extra partition),
    // and after it for GPT's backup area.
    const qint64 headroom = layout == PartitionLayout::MbrLogical ? 4 * mib : mib;
    QByteArray disk(headroom + fs.size() + mib, '\0');
    *offset = headroom;
    switch (layout) {
    case PartitionLayout::Mbr:
        mbrEntry(&disk, 0, 0, 0x83, quint32(mib / sector), quint32(fsSectors));
        signature(&disk, 0);
        break;
    case PartitionLayout::MbrLogical: {
        // Partition 1: sectors 2048-4095, left empty. Extended from 2 MiB to the end; its EBR
        // at 2 MiB describes logical 5 starting 2 MiB further (4 MiB on the disk).
        mbrEntry(&disk, 0, 0, 0x83, 2048, 2048);
        const quint32 extStart = quint32(2 * mib / sector);
        mbrEntry(&disk, 0, 1, 0x05, extStart, quint32(disk.size() / sector) - extStart);
        signature(&disk, 0);
        mbrEntry(&disk, qint64(extStart) * sector, 0, 0x83, quint32(2 * mib / sector),
                 quint32(fsSectors));
        signature(&disk, qint64(extStart) * sector);
        break;
    }
    case PartitionLayout::Gpt: {
        const quint64 diskSectors = quint64(disk.size() / sector);
        mbrEntry(&disk, 0, 0, 0xee, 1, quint32(diskSectors - 1));
        signature(&disk, 0);
        QByteArray entries(128 * 128, '\0');
        entries.replace(0, 16, guidBytes(0x0fc63daf, 0x8483, 0x4772, 0x8e793d69d8477de4ULL));
        entries.replace(16, 16, guidBytes(0x12345678, 0x9abc, 0xdef0, 0x0102030405060708ULL));
        auto *e = reinterpret_cast<uchar *>(entries.data());
        qToLittleEndian<quint64>(quint64(mib / sector), e + 32);
        qToLittleEndian<quint64>(quint64(mib / sector + fsSectors - 1), e + 40);
        const QString name = QStringLiteral("root");
        for (int i = 0; i < name.size(); ++i)
            qToLittleEndian<quint16>(name.at(i).unicode(), e + 56 + i * 2);
        QByteArray header(sector, '\0');
        auto *h = reinterpret_cast<uchar *>(header.data());
        header.replace(0, 8, "EFI PART");
        qToLittleEndian<quint32>(0x00010000, h + 8);
        qToLittleEndian<quint32>(92, h + 12);
        qToLittleEndian<quint64>(1, h + 24);
        qToLittleEndian<quint64>(diskSectors - 1, h + 32);
        qToLittleEndian<quint64>(34, h + 40);
        qToLittleEndian<quint64>(diskSectors - 34, h + 48);
        qToLittleEndian<quint64>(2, h + 72);
        qToLittleEndian<quint32>(128, h + 80);
        qToLittleEndian<quint32>(128, h + 84);
        qToLittleEndian<quint32>(crc32(0, e, uInt(entries.size())), h + 88);
        qToLittleEndian<quint32>(crc32(0, h, 92), h + 16);
        disk.replace(sector, sector, header);
        disk.replace(2 * sector, entries.size(), entries);
        // The backup: entries just before the last sector, its header in the last.
        QByteArray backup = header;
        auto *b = reinterpret_cast<uchar *>(backup.data());
        qToLittleEndian<quint64>(diskSectors - 1, b + 24);
        qToLittleEndian<quint64>(1, b + 32);
        qToLittleEndian<quint64>(diskSectors - 33, b + 72);
        qToLittleEndian<quint32>(0, b + 16);
        qToLittleEndian<quint32>(crc32(0, b, 92), b + 16);
        disk.replace((qint64(diskSectors) - 33) * sector, entries.size(), entries);
        disk.replace((qint64(diskSectors) - 1) * sector, sector, backup);
        break;
    }
    }
    disk.replace(*offset, fs.size(), fs);
    QFile out(diskPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(disk) != disk.size()) {
        *error = out.errorString();
        return false;
    }
    return true;
}

bool makeLvmDisk(const QString &fsImage, const QString &diskPath, QString *error)
{
    QFile source(fsImage);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = source.errorString();
        return false;
    }
    const QByteArray fs = source.readAll();
    const qint64 extent = 4 * mib;
    if (fs.size() != 2 * extent) {
        *error = QStringLiteral("the file system must be 8 MiB");
        return false;
    }
    const qint64 partition = mib; // where the PV starts on the disk
    const qint64 peStart = mib;   // where its extents start in the PV
    const qint64 pvSize = peStart + 2 * extent;
    QByteArray disk(partition + pvSize, '\0');
    mbrEntry(&disk, 0, 0, 0x8e, quint32(partition / sector), quint32(pvSize / sector));
    signature(&disk, 0);

    auto *pv = reinterpret_cast<uchar *>(disk.data()) + partition;
    uchar *label = pv + sector;
    std::memcpy(label, "LABELONE", 8);
    qToLittleEndian<quint64>(1, label + 8);
    qToLittleEndian<quint32>(32, label + 20);
    std::memcpy(label + 24, "LVM2 001", 8);
    std::memcpy(label + 32, "abcdefghijklmnopqrstuvwxyz012345", 32);
    qToLittleEndian<quint64>(quint64(pvSize), label + 64);
    qToLittleEndian<quint64>(quint64(peStart), label + 72); // data area, then the list's end
    qToLittleEndian<quint64>(4096, label + 104);            // metadata area
    qToLittleEndian<quint64>(quint64(mib - 4096), label + 112);

    const QByteArray text =
        "vg0 {\nid = \"vgid-0000\"\nseqno = 3\nformat = \"lvm2\"\n"
        "status = [\"RESIZEABLE\", \"READ\", \"WRITE\"]\nflags = []\nextent_size = 8192\n"
        "physical_volumes {\npv0 {\nid = \"abcdef-ghij-klmn-opqr-stuv-wxyz-012345\"\n"
        "device = \"/dev/vda1\" # a hint only\nstatus = [\"ALLOCATABLE\"]\ndev_size = 18432\n"
        "pe_start = 2048\npe_count = 2\n}\n}\n"
        "logical_volumes {\nroot {\nid = \"lvid-root\"\n"
        "status = [\"READ\", \"WRITE\", \"VISIBLE\"]\nsegment_count = 2\n"
        "segment1 {\nstart_extent = 0\nextent_count = 1\ntype = \"striped\"\n"
        "stripe_count = 1\nstripes = [\n\"pv0\", 1\n]\n}\n"
        "segment2 {\nstart_extent = 1\nextent_count = 1\ntype = \"striped\"\n"
        "stripe_count = 1\nstripes = [\n\"pv0\", 0\n]\n}\n}\n"
        "data {\nid = \"lvid-data\"\nstatus = [\"READ\", \"WRITE\", \"VISIBLE\"]\n"
        "segment_count = 1\nsegment1 {\nstart_extent = 0\nextent_count = 1\n"
        "type = \"thin\"\nthin_pool = \"pool\"\ntransaction_id = 1\n}\n}\n}\n}\n"
        "# Generated by LVM2\ncontents = \"Text Format Volume Group\"\nversion = 1\n"
        "description = \"\"\ncreation_time = 1700000000\n";
    uchar *mda = pv + 4096;
    std::memcpy(mda + 4, " LVM2 x[5A%r0N*>", 16);
    qToLittleEndian<quint32>(1, mda + 20);
    qToLittleEndian<quint64>(4096, mda + 24);
    qToLittleEndian<quint64>(quint64(mib - 4096), mda + 32);
    qToLittleEndian<quint64>(512, mda + 40);
    qToLittleEndian<quint64>(quint64(text.size()), mda + 48);
    std::memcpy(mda + 512, text.constData(), size_t(text.size()));

    // LV extent 0 is PV extent 1 and the other way round.
    disk.replace(partition + peStart + extent, extent, fs.left(extent));
    disk.replace(partition + peStart, extent, fs.mid(extent));
    QFile out(diskPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(disk) != disk.size()) {
        *error = out.errorString();
        return false;
    }
    return true;
}

bool convertToQcow2(const QString &raw, const QString &out, const QStringList &extra,
                    QString *error)
{
    QFile::remove(out);
    return runTool(QStringLiteral("qemu-img"),
                   QStringList{QStringLiteral("convert"), QStringLiteral("-f"),
                               QStringLiteral("raw"), QStringLiteral("-O"),
                               QStringLiteral("qcow2")} +
                       extra + QStringList{raw, out},
                   error);
}

bool patchFile(const QString &path, qint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && file.seek(offset) &&
           file.write(bytes) == bytes.size();
}

QByteArray be32(quint32 value)
{
    QByteArray out(4, '\0');
    qToBigEndian(value, out.data());
    return out;
}

QByteArray be64(quint64 value)
{
    QByteArray out(8, '\0');
    qToBigEndian(value, out.data());
    return out;
}

} // namespace Vantage::Testing
