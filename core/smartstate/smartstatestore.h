#pragma once

#include "core/smartstate/smartstateresult.h"

#include <QCoreApplication>
#include <QPair>

#include <optional>

// SmartState scans in the database (schema migration 5: smartstate_*), one row per scan with
// its packages, users, groups, services and files, and the editable scan profiles.
namespace Vantage {

namespace ScanStatus {
inline constexpr auto Ok = "ok";
inline constexpr auto Error = "error";
inline constexpr auto Cancelled = "cancelled";
} // namespace ScanStatus

struct SmartStateScanSummary
{
    qint64 id = 0;
    qint64 managerId = 0;
    QString vmEmsRef;
    QString vmName;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
    QString status; // ScanStatus::*
    QString message;
    qint64 bytesRead = 0;
    QString osName;
    QString osVersion;
    QString osId;
    QString hostname;
};

struct SmartStateScan
{
    SmartStateScanSummary summary;
    SmartStateResult result;
};

// What changed from one scan of a VM to a later one.
struct SmartStateDiff
{
    QList<SmartPackage> packagesAdded;
    QList<SmartPackage> packagesRemoved;
    QList<QPair<SmartPackage, SmartPackage>> packagesChanged; // before, after
    QList<SmartUser> usersAdded;
    QList<SmartUser> usersRemoved;
    QList<SmartGroup> groupsAdded;
    QList<SmartGroup> groupsRemoved;
    QList<SmartService> servicesAdded;
    QList<SmartService> servicesRemoved;
    bool isEmpty() const;
};

class SmartStateStore
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::SmartStateStore)

public:
    // Stores one scan and all its rows in one transaction; returns its id, or 0 with *error
    // set. A failed or cancelled scan is stored too (status and message), so the VM shows when
    // it was last tried and why it failed. Warnings go to the message of a successful scan.
    static qint64 save(qint64 managerId, const QString &vmEmsRef, const QString &vmName,
                       qint64 startedAtMs, const QString &status, const QString &message,
                       const SmartStateResult &result, QString *error);
    // Newest first.
    static QList<SmartStateScanSummary> scans(qint64 managerId, const QString &vmEmsRef);
    static std::optional<SmartStateScan> load(qint64 scanId, QString *error);

    // Packages match by name, architecture and source; a match with another version is a
    // change. Users and groups match by name, services by name and target.
    static SmartStateDiff diff(const SmartStateResult &older, const SmartStateResult &newer);

    // The named profile, or the built-in default when there is none of that name.
    static ScanProfile profile(const QString &name);
    static ScanProfile defaultProfile();
    // Inserts or replaces the profile of that name.
    static bool saveProfile(const ScanProfile &profile, QString *error);
};

} // namespace Vantage
