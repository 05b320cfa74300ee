#pragma once

#include "core/operations.h"
#include "core/provider.h"
#include "core/smartstate/smartstateresult.h"

#include <QCoreApplication>

namespace Vantage {

class ExtFilesystem;

// One SmartState analysis of a VM's disks: opens each image read-only (raw or qcow2), reads its
// partition table, finds the file system that holds /etc/os-release (the root) and collects the
// OS, hostname, users, groups, packages (dpkg, rpm), enabled systemd units and the profile's
// files from it. Reads only the blocks those need. Runs on the caller's thread; one scanner per
// scan.
class SmartStateScanner
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::SmartStateScanner)

public:
    explicit SmartStateScanner(ScanProfile profile);

    // False with *error set ("Disk vda: qcow2 L2 table offset beyond end of file"), or when
    // cancel was set ("Scan cancelled."). *out holds what was found either way, bytesRead too.
    bool scan(const QList<DiskSource> &disks, const CancelFlag &cancel,
              const ProgressCallback &progress, SmartStateResult *out, QString *error);

    // Collection from an opened root file system (the last part of scan()).
    bool collect(ExtFilesystem *root, const CancelFlag &cancel, const ProgressCallback &progress,
                 SmartStateResult *out, QString *error);

    // Configuration files larger than this are not read (a hostile image could claim terabytes).
    static constexpr qint64 maxConfigBytes = 64 * 1024 * 1024;
    // Profile files larger than this are listed without a checksum.
    static constexpr qint64 maxHashBytes = 64 * 1024 * 1024;
    static constexpr int maxProfileFiles = 1000;

private:
    void collectServices(ExtFilesystem *root, SmartStateResult *out);
    void collectRpm(ExtFilesystem *root, SmartStateResult *out);
    bool collectFiles(ExtFilesystem *root, const CancelFlag &cancel, SmartStateResult *out);

    ScanProfile m_profile;
};

} // namespace Vantage
