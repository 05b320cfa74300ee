#pragma once

#include "core/provider.h"
#include "core/requestrunner.h"

#include <QCoreApplication>
#include <QJsonObject>

// SmartState as a request task (request type "scan", one task per VM): what the request engine
// calls on its worker thread.
namespace Vantage {

namespace SmartStateRequest {
inline constexpr auto Type = "scan";
} // namespace SmartStateRequest

struct SmartStateTaskSpec
{
    qint64 managerId = 0;
    QString vmEmsRef;
    QString vmName;
    // Read the disks of a running VM anyway: a crash-consistent read that the UI confirmed.
    bool allowRunning = false;
    QString profile = QStringLiteral("default");

    QJsonObject toJson() const;
    static SmartStateTaskSpec fromJson(const QJsonObject &json);
};

class SmartStateTask
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::SmartStateTask)

public:
    // Asks the session for the VM's disks, refuses a VM that the inventory shows running
    // unless spec.allowRunning, scans, and stores the scan (a failed or cancelled one too,
    // with its message). *scanId is the stored scan, 0 if none. False with *error set when the
    // scan did not succeed.
    static bool run(ManagerSession &session, const SmartStateTaskSpec &spec,
                    const CancelFlag &cancel, const ProgressCallback &progress, qint64 *scanId,
                    QString *error);

    // The request runner's handler for SmartStateRequest::Type: one scan per task, progress
    // and stages in the task, a cancelled request stops the scan; one VM failing does not stop
    // the others.
    static RequestHandler handler();

    // A scan request for some VMs of one manager, ready for RequestStore::submit().
    static NewRequest request(qint64 managerId, const QList<QPair<QString, QString>> &vms,
                              const QString &requester, bool allowRunning,
                              const QString &profile = QStringLiteral("default"));
};

} // namespace Vantage
