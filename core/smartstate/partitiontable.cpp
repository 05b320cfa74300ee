#include "core/smartstate/partitiontable.h"

#include "core/smartstate/diskimage.h"

#include <QByteArray>
#include <QSet>
#include <QUuid>
#include <QtEndian>

#include <zlib.h>

namespace Vantage {

namespace {

constexpr qint64 sector = 512;
// A fuzzer cannot forge checksums; its builds skip them to reach the parsing behind.
#ifdef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
constexpr bool fuzzing = true;
#else
constexpr bool fuzzing = false;
#endif
constexpr uchar protectiveType = 0xee;

bool isExtended(uchar type)
{
    return type == 0x05 || type == 0x0f || type == 0x85;
}

struct MbrEntry
{
    uchar type = 0;
    quint32 start = 0;
    quint32 sectors = 0;
};

MbrEntry mbrEntry(const uchar *table, int index)
{
    const uchar *e = table + 446 + index * 16;
    return {e[4], qFromLittleEndian<quint32>(e + 8), qFromLittleEndian<quint32>(e + 12)};
}

bool addPartition(DiskImage *disk, DiskPartition partition, QList<DiskPartition> *out,
                  QString *error)
{
    if (partition.size <= 0 || partition.offset <= 0 || partition.offset > disk->size() ||
        partition.size > disk->size() - partition.offset) {
        *error = PartitionTable::tr("%1 partition %2 extends beyond the end of the disk")
                     .arg(partition.scheme.toUpper())
                     .arg(partition.number);
        return false;
    }
    out->append(partition);
    return true;
}

QString typeName(uchar type)
{
    return QStringLiteral("%1").arg(type, 2, 16, QLatin1Char('0'));
}

bool readLogical(DiskImage *disk, quint32 extendedStart, quint32 extendedSectors,
                 QList<DiskPartition> *out, QString *error)
{
    QSet<quint32> visited;
    quint32 ebr = extendedStart;
    int number = 5;
    for (;;) {
        if (visited.contains(ebr)) {
            *error = PartitionTable::tr("MBR extended partition chain loops back on itself");
            return false;
        }
        if (visited.size() >= PartitionTable::maxLogicalPartitions) {
            *error = PartitionTable::tr("MBR extended partition chain has more than %1 entries")
                         .arg(PartitionTable::maxLogicalPartitions);
            return false;
        }
        visited.insert(ebr);
        uchar block[sector];
        if (!disk->read(qint64(ebr) * sector, block, sector, error))
            return false;
        if (block[510] != 0x55 || block[511] != 0xaa) {
            *error = PartitionTable::tr("MBR extended boot record at sector %1 has no signature")
                         .arg(ebr);
            return false;
        }
        const MbrEntry logical = mbrEntry(block, 0);
        const MbrEntry next = mbrEntry(block, 1);
        if (logical.type != 0 && logical.sectors != 0) {
            DiskPartition partition{number++,
                                    QStringLiteral("mbr"),
                                    typeName(logical.type),
                                    {},
                                    (qint64(ebr) + logical.start) * sector,
                                    qint64(logical.sectors) * sector};
            if (!addPartition(disk, partition, out, error))
                return false;
        }
        if (next.type == 0 || next.start == 0)
            return true;
        if (next.start >= extendedSectors) {
            *error = PartitionTable::tr("MBR extended boot record points outside its partition");
            return false;
        }
        ebr = extendedStart + next.start;
    }
}

QString guidText(const uchar *p)
{
    return QUuid(qFromLittleEndian<quint32>(p), qFromLittleEndian<quint16>(p + 4),
                 qFromLittleEndian<quint16>(p + 6), p[8], p[9], p[10], p[11], p[12], p[13], p[14],
                 p[15])
        .toString(QUuid::WithoutBraces)
        .toLower();
}

// The GPT whose header is at headerLba: the primary at 1, the backup at the disk's last sector.
bool readGptAt(DiskImage *disk, qint64 headerLba, QList<DiskPartition> *out, QString *error)
{
    out->clear();
    uchar header[sector];
    if (!disk->read(headerLba * sector, header, sector, error))
        return false;
    if (QByteArray::fromRawData(reinterpret_cast<const char *>(header), 8) != "EFI PART") {
        *error = PartitionTable::tr("GPT header signature is missing");
        return false;
    }
    const quint32 headerSize = qFromLittleEndian<quint32>(header + 12);
    if (headerSize < 92 || headerSize > sector) {
        *error = PartitionTable::tr("GPT header size %1 is invalid").arg(headerSize);
        return false;
    }
    const quint32 storedCrc = qFromLittleEndian<quint32>(header + 16);
    uchar copy[sector];
    std::copy(header, header + sector, copy);
    qToLittleEndian<quint32>(0, copy + 16);
    if (crc32(0, copy, headerSize) != storedCrc && !fuzzing) {
        *error = PartitionTable::tr("GPT header checksum mismatch");
        return false;
    }
    const quint64 entriesLba = qFromLittleEndian<quint64>(header + 72);
    const quint32 count = qFromLittleEndian<quint32>(header + 80);
    const quint32 entrySize = qFromLittleEndian<quint32>(header + 84);
    const quint32 entriesCrc = qFromLittleEndian<quint32>(header + 88);
    if (entrySize < 128 || entrySize > 4096 || entrySize % 8 != 0) {
        *error = PartitionTable::tr("GPT entry size %1 is invalid").arg(entrySize);
        return false;
    }
    if (count > quint32(PartitionTable::maxGptEntries)) {
        *error = PartitionTable::tr("GPT has %1 entries, more than %2")
                     .arg(count)
                     .arg(PartitionTable::maxGptEntries);
        return false;
    }
    const quint64 diskSectors = quint64(disk->size() / sector);
    if (entriesLba >= diskSectors) {
        *error = PartitionTable::tr("GPT partition entries lie beyond the end of the disk");
        return false;
    }
    QByteArray entries(qsizetype(count) * entrySize, Qt::Uninitialized);
    if (!disk->read(qint64(entriesLba) * sector, entries.data(), entries.size(), error))
        return false;
    const auto *base = reinterpret_cast<const uchar *>(entries.constData());
    if (crc32(0, base, uInt(entries.size())) != entriesCrc && !fuzzing) {
        *error = PartitionTable::tr("GPT partition entries checksum mismatch");
        return false;
    }
    for (quint32 i = 0; i < count; ++i) {
        const uchar *e = base + qsizetype(i) * entrySize;
        if (std::all_of(e, e + 16, [](uchar b) { return b == 0; }))
            continue;
        const quint64 first = qFromLittleEndian<quint64>(e + 32);
        const quint64 last = qFromLittleEndian<quint64>(e + 40);
        if (last < first || last >= diskSectors) {
            *error = PartitionTable::tr("GPT partition %1 extends beyond the end of the disk")
                         .arg(i + 1);
            return false;
        }
        QString name;
        for (int c = 0; c < 36; ++c) {
            const char16_t unit = qFromLittleEndian<quint16>(e + 56 + c * 2);
            if (unit == 0)
                break;
            name.append(QChar(unit));
        }
        DiskPartition partition{
            int(i + 1), QStringLiteral("gpt"),  guidText(e),
            name,       qint64(first) * sector, qint64(last - first + 1) * sector};
        if (!addPartition(disk, partition, out, error))
            return false;
    }
    return true;
}

// The primary table, or when it is damaged the backup (which is why GPT keeps one); the
// primary's error when both are.
bool readGpt(DiskImage *disk, QList<DiskPartition> *out, QString *error)
{
    if (readGptAt(disk, 1, out, error))
        return true;
    QString backupError;
    const qint64 lastLba = disk->size() / sector - 1;
    if (lastLba > 1 && readGptAt(disk, lastLba, out, &backupError))
        return true;
    out->clear();
    return false;
}

} // namespace

bool PartitionTable::read(DiskImage *disk, QList<DiskPartition> *out, QString *error)
{
    out->clear();
    const auto wholeDisk = [&] {
        out->append({0, QStringLiteral("none"), {}, {}, 0, disk->size()});
        return true;
    };
    if (disk->size() < sector)
        return wholeDisk();
    uchar mbr[sector];
    if (!disk->read(0, mbr, sector, error))
        return false;
    if (mbr[510] != 0x55 || mbr[511] != 0xaa)
        return wholeDisk();
    // A FAT or NTFS boot sector also ends in 55 AA; a file system starting at sector 0 (ext
    // leaves its first 1 KiB alone) has no partition entries whose boot flags are 0 or 0x80.
    QList<MbrEntry> entries;
    for (int i = 0; i < 4; ++i) {
        const uchar status = mbr[446 + i * 16];
        if (status != 0 && status != 0x80)
            return wholeDisk();
        entries.append(mbrEntry(mbr, i));
    }
    for (const MbrEntry &entry : std::as_const(entries)) {
        if (entry.type == protectiveType)
            return readGpt(disk, out, error);
    }
    for (int i = 0; i < 4; ++i) {
        const MbrEntry &entry = entries.at(i);
        if (entry.type == 0 || entry.sectors == 0)
            continue;
        if (isExtended(entry.type)) {
            if (!readLogical(disk, entry.start, entry.sectors, out, error))
                return false;
            continue;
        }
        DiskPartition partition{
            i + 1, QStringLiteral("mbr"),        typeName(entry.type),
            {},    qint64(entry.start) * sector, qint64(entry.sectors) * sector};
        if (!addPartition(disk, partition, out, error))
            return false;
    }
    // Logical partitions were read while walking the primaries; list them after all four.
    std::sort(out->begin(), out->end(),
              [](const DiskPartition &a, const DiskPartition &b) { return a.number < b.number; });
    if (out->isEmpty())
        return wholeDisk();
    return true;
}

} // namespace Vantage
