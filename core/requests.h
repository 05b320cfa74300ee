#pragma once

#include "core/operations.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// Requests and tasks (ManageIQ's MiqRequest / MiqRequestTask), kept in the database (schema
// migration 4), so that the UI, the CLI and the request runner meet there and a request survives
// a restart. The UI writes a request with RequestStore::submit() (or approves one) and tells the
// Supervisor (Supervisor::notifyRequestSubmitted); the request runner worker does the rest and
// announces changes through Supervisor::requestsChanged.
namespace Vantage {

namespace RequestType {
inline constexpr auto Provision = "provision";     // tasks: one ProvisionSpec each
inline constexpr auto Service = "service";         // tasks: a service template's items
inline constexpr auto Power = "power";             // options.operation; tasks: one VM each
inline constexpr auto Reconfigure = "reconfigure"; // one task: vm_ref + ReconfigureSpec
inline constexpr auto Retire = "retire";           // tasks: one VM each (vm_ref, delete_storage)
} // namespace RequestType

namespace ApprovalState {
inline constexpr auto PendingApproval = "pending_approval";
inline constexpr auto Approved = "approved";
inline constexpr auto Denied = "denied";
} // namespace ApprovalState

namespace RequestState {
inline constexpr auto Pending = "pending"; // waiting for approval
inline constexpr auto Queued = "queued";
inline constexpr auto Active = "active";
inline constexpr auto Finished = "finished";
} // namespace RequestState

namespace RequestStatus {
inline constexpr auto Ok = "ok";
inline constexpr auto Error = "error";
inline constexpr auto Cancelled = "cancelled";
inline constexpr auto Denied = "denied";
} // namespace RequestStatus

namespace TaskState {
inline constexpr auto Pending = "pending";
inline constexpr auto Active = "active";
inline constexpr auto Finished = "finished";
inline constexpr auto RolledBack = "rolled_back";
} // namespace TaskState

// The keys of a task's spec for requests about an existing VM (power, reconfigure, retire).
// A reconfigure task's spec is reconfigureSpecToJson() with vm_ref (and vm_name) added.
namespace TaskKey {
inline constexpr auto VmRef = "vm_ref";
inline constexpr auto VmName = "vm_name";
inline constexpr auto DeleteStorage = "delete_storage"; // retire
} // namespace TaskKey

// The keys of a request's options.
namespace RequestOption {
inline constexpr auto Operation = "operation";        // power: PowerOperations::name()
inline constexpr auto TemplateId = "template_id";     // service
inline constexpr auto TemplateName = "template_name"; // service
} // namespace RequestOption

struct NewTask
{
    QString description;
    QJsonObject spec;
    QList<int> dependsOn; // positions (0-based) of tasks of the same request
};

struct NewRequest
{
    QString type;        // RequestType::*
    QString description; // "Provision 3 VMs named web-{n}"
    QString requester;   // the operator's login name
    qint64 managerId = 0;
    QJsonObject options;
    QList<NewTask> tasks;
};

struct RequestRecord
{
    qint64 id = 0;
    QString type;
    QString description;
    QString requester;
    qint64 managerId = 0;
    QJsonObject options;
    QString approvalState;
    QString approver;
    QString approvalReason;
    QString state;
    QString status;
    QString message; // why it failed, which part
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 approvedAtMs = 0;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
    int taskCount = 0;
    int tasksFinished = 0; // finished or rolled back
    // Set when the stored options are not a JSON object: the runner fails the request with it.
    QString optionsError;

    // An active request that RequestStore::cancel() asked to stop before its next task.
    bool cancelRequested() const
    {
        return state == QLatin1String(RequestState::Active) &&
               status == QLatin1String(RequestStatus::Cancelled);
    }
};

struct TaskRecord
{
    qint64 id = 0;
    qint64 requestId = 0;
    int position = 0;
    QString description;
    QJsonObject spec;
    QList<int> dependsOn;
    QString state;
    QString status;
    int progress = 0; // percent
    QString message;
    QString log;
    QString resultEmsRef;
    qint64 startedAtMs = 0;
    qint64 finishedAtMs = 0;
    // Set when the stored spec or depends_on is malformed: the runner fails the task with it.
    QString specError;
};

// The JSON that requests store for operation specs; the runner reads back what the UI wrote.
QJsonObject provisionSpecToJson(const ProvisionSpec &spec);
ProvisionSpec provisionSpecFromJson(const QJsonObject &json);
QJsonObject reconfigureSpecToJson(const ReconfigureSpec &spec);
ReconfigureSpec reconfigureSpecFromJson(const QJsonObject &json);
// The same, checking what the runner needs: an empty string when the spec can be carried out,
// otherwise what is wrong with it ("The new VM has no name.").
QString validateProvisionSpec(const ProvisionSpec &spec);
QString validateReconfigureSpec(const ReconfigureSpec &spec);

// Requests as the UI and the retirement scheduler make them: one task per VM.
struct VmSelection
{
    QString emsRef;
    QString name;
};
NewRequest powerRequest(qint64 managerId, PowerOperation operation, const QList<VmSelection> &vms,
                        const QString &requester);
NewRequest reconfigureRequest(qint64 managerId, const VmSelection &vm, const ReconfigureSpec &spec,
                              const QString &requester);
NewRequest retireRequest(qint64 managerId, const QList<VmSelection> &vms, bool deleteStorage,
                         const QString &requester);
NewRequest provisionRequest(qint64 managerId, const QList<ProvisionSpec> &specs,
                            const QString &requester);

class RequestStore
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::RequestStore)

public:
    // Stores the request and its tasks in one transaction: approved and queued, or pending
    // approval when requireApproval. Returns its id, or 0 with *error set.
    static qint64 submit(const NewRequest &request, bool requireApproval, QString *error);
    // After submit() or approve(), Supervisor::notifyRequestSubmitted() starts the runner at
    // once (it also looks for queued requests every few seconds).
    static bool approve(qint64 requestId, const QString &approver, const QString &reason,
                        QString *error);
    static bool deny(qint64 requestId, const QString &approver, const QString &reason,
                     QString *error);
    // A queued or pending request is finished as cancelled; an active one stops after its
    // current task (the runner checks).
    static bool cancel(qint64 requestId, QString *error);

    // Newest first.
    static QList<RequestRecord> requests(int limit = 1000);
    static std::optional<RequestRecord> request(qint64 requestId);
    static QList<TaskRecord> tasks(qint64 requestId);
};

// What a task list's dependencies must satisfy (requests and service templates alike): every
// position exists and is not the task itself, and there is no cycle. Empty when fine.
QString validateDependencies(const QList<NewTask> &tasks);

// Scheduled retirements (table retirements).
struct RetirementRecord
{
    qint64 id = 0;
    qint64 managerId = 0;
    QString vmEmsRef;
    QString vmName;
    qint64 retiresAtMs = 0;
    int warnDays = 0;
    bool deleteStorage = false;
    QString state; // scheduled, warned, retiring, retired, failed
    qint64 warnedAtMs = 0;
    qint64 retiredAtMs = 0;
    qint64 requestId = 0;
    QString message;
    QJsonObject vmSnapshot;
};

class RetirementStore
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::RetirementStore)

public:
    // Sets (or moves) a VM's retirement date; the VM's current row is snapshotted. Then
    // Supervisor::wakeRetirementScheduler(), so that a date within the hour (or now) is not
    // left for the scheduler's next hourly round.
    // knownVm stands in for the snapshot while the VM has no row yet (a VM just provisioned,
    // before its refresh has stored it); it needs at least "name".
    static bool schedule(qint64 managerId, const QString &vmEmsRef, qint64 retiresAtMs,
                         int warnDays, bool deleteStorage, QString *error,
                         const QJsonObject &knownVm = {});
    static bool unschedule(qint64 managerId, const QString &vmEmsRef, QString *error);
    static std::optional<RetirementRecord> retirement(qint64 managerId, const QString &vmEmsRef);
    // Every retirement, soonest first; retired ones too (the "Retired" filter shows them).
    static QList<RetirementRecord> retirements();

    // For the retirement scheduler and the request runner.
    // Scheduled retirements whose warning time has come but which are not due yet.
    static QList<RetirementRecord> dueForWarning(qint64 nowMs);
    // Scheduled or warned retirements whose date has come.
    static QList<RetirementRecord> due(qint64 nowMs);
    // The earliest warning or retirement time still ahead of the scheduler; 0 when none.
    static qint64 nextEventAt();
    static bool markWarned(qint64 retirementId, qint64 atMs, QString *error);
    static bool markRetiring(const QList<qint64> &retirementIds, qint64 requestId, QString *error);
    static bool markRetired(qint64 managerId, const QString &vmEmsRef, qint64 requestId,
                            QString *error);
    // Only a retirement being retired (state retiring) is marked failed.
    static bool markFailed(qint64 managerId, const QString &vmEmsRef, const QString &message,
                           QString *error);
};

struct ServiceTemplate
{
    qint64 id = 0;
    QString name;
    QString description;
    qint64 managerId = 0;
    // Items in order: each {"name": ..., "spec": ProvisionSpec JSON, "depends_on": [positions]}.
    QList<NewTask> items;
    // Set by templates() when the stored items cannot be read (items is then empty).
    QString itemsError;
};

class ServiceTemplateStore
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::ServiceTemplateStore)

public:
    static QList<ServiceTemplate> templates();
    static std::optional<ServiceTemplate> serviceTemplate(qint64 templateId);
    // Inserts (id 0) or updates; validates names and dependencies (no cycles, positions exist).
    // Returns the id, or 0 with *error set.
    static qint64 save(const ServiceTemplate &serviceTemplate, QString *error);
    static bool remove(qint64 templateId, QString *error);
    // The request that orders the template: one task per item, dependencies kept.
    static NewRequest orderRequest(const ServiceTemplate &serviceTemplate,
                                   const QString &requester);
};

} // namespace Vantage
