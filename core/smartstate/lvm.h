#pragma once

#include "core/smartstate/diskimage.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Vantage {

// One LVM2 physical volume as its label and text metadata describe it.
struct LvmPhysicalVolume
{
    QString uuid;                // without dashes, as in the label
    QString metadata;            // the volume group's text metadata
    DiskImage *volume = nullptr; // Not owned.
};

// A logical volume of linear segments, readable as a disk image.
struct LvmLogicalVolume
{
    QString vgName;
    QString name;
    std::shared_ptr<DiskImage> image;
};

// LVM2 as the on-disk format documents it (lvm2's format_text): a label in one of the first four
// sectors, a metadata area whose header points at the volume group's text metadata, and in it
// the logical volumes' segments as extents of the physical volumes. Only linear segments
// (striped with one stripe) are read; snapshots, thin, RAID and multi-stripe volumes are skipped
// with a warning. Checksums are not checked: every offset and size is bounds-checked instead.
class Lvm
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::Lvm)

public:
    // False without an error when the volume carries no LVM2 label; false with *error set when
    // it does but cannot be read.
    static bool readPhysicalVolume(DiskImage *volume, LvmPhysicalVolume *out, QString *error);

    // The visible logical volumes whose physical volumes are all among pvs.
    static QList<LvmLogicalVolume> logicalVolumes(const QList<LvmPhysicalVolume> &pvs,
                                                  QStringList *warnings);

    static constexpr qint64 maxMetadataBytes = 4 * 1024 * 1024;
};

} // namespace Vantage
