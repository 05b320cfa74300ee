#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Vantage {

class DiskImage;

// One place on a disk that may hold a file system. A disk without a partition table is one
// "partition" covering it all (scheme "none").
struct DiskPartition
{
    int number = 0;    // 1-4 primary, 5.. logical (MBR); 1.. (GPT); 0 for a whole disk
    QString scheme;    // "mbr", "gpt", "none"
    QString type;      // MBR: two hex digits ("83"); GPT: the type GUID, lower case
    QString name;      // GPT partition name
    qint64 offset = 0; // bytes
    qint64 size = 0;
};

// Reads MBR (primary, extended and logical partitions) and GPT (header and entry checksums
// checked) with 512-byte sectors. Every entry is checked against the disk's size and every
// chain has a limit, so a hostile table gives an error rather than a loop or a read outside.
class PartitionTable
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::PartitionTable)

public:
    static bool read(DiskImage *disk, QList<DiskPartition> *out, QString *error);

    static constexpr int maxLogicalPartitions = 128;
    static constexpr int maxGptEntries = 1024;
};

} // namespace Vantage
