#include "core/requests.h"

#include "core/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace Vantage {

namespace {

constexpr qint64 dayMs = 24 * 60 * 60 * 1000;

QString toJsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString toJsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QJsonArray positionsToJson(const QList<int> &positions)
{
    QJsonArray array;
    for (const int position : positions)
        array.append(position);
    return array;
}

// A stored JSON document; *error says what is wrong with it when it is not of the wanted shape.
QJsonDocument parseStored(const QString &text, bool wantArray, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = RequestStore::tr("it is not valid JSON (%1 at character %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
    } else if (wantArray ? !document.isArray() : !document.isObject()) {
        *error = wantArray ? RequestStore::tr("it is not a JSON array")
                           : RequestStore::tr("it is not a JSON object");
    }
    return document;
}

// Positions from a stored depends_on array; *error when an entry is not a whole number.
QList<int> positionsFromJson(const QJsonArray &array, QString *error)
{
    QList<int> positions;
    for (const QJsonValue &value : array) {
        const double number = value.toDouble(-1);
        if (!value.isDouble() || number < 0 || number != double(int(number))) {
            *error = RequestStore::tr("a dependency is not a task position");
            return {};
        }
        positions.append(int(number));
    }
    return positions;
}

bool exec(QSqlQuery &query, QString *error)
{
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant nullIfZero(qint64 value)
{
    return value ? QVariant(value) : QVariant();
}

// Qt binds a null QString as SQL NULL; NOT NULL text columns get an empty string instead.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

const QString requestColumns =
    QStringLiteral("r.id, r.request_type, r.description, r.requester, r.manager_id, r.options, "
                   "r.approval_state, r.approver, r.approval_reason, r.state, r.status, r.message, "
                   "r.created_at, r.updated_at, r.approved_at, r.started_at, r.finished_at, "
                   "(SELECT count(*) FROM request_tasks t WHERE t.request_id = r.id), "
                   "(SELECT count(*) FROM request_tasks t WHERE t.request_id = r.id AND "
                   "t.state IN ('finished', 'rolled_back'))");

RequestRecord requestFrom(const QSqlQuery &query)
{
    RequestRecord record;
    record.id = query.value(0).toLongLong();
    record.type = query.value(1).toString();
    record.description = query.value(2).toString();
    record.requester = query.value(3).toString();
    record.managerId = query.value(4).toLongLong();
    QString error;
    const QJsonDocument options = parseStored(query.value(5).toString(), false, &error);
    if (error.isEmpty())
        record.options = options.object();
    else
        record.optionsError =
            RequestStore::tr("The request's options cannot be read: %1.").arg(error);
    record.approvalState = query.value(6).toString();
    record.approver = query.value(7).toString();
    record.approvalReason = query.value(8).toString();
    record.state = query.value(9).toString();
    record.status = query.value(10).toString();
    record.message = query.value(11).toString();
    record.createdAtMs = query.value(12).toLongLong();
    record.updatedAtMs = query.value(13).toLongLong();
    record.approvedAtMs = query.value(14).toLongLong();
    record.startedAtMs = query.value(15).toLongLong();
    record.finishedAtMs = query.value(16).toLongLong();
    record.taskCount = query.value(17).toInt();
    record.tasksFinished = query.value(18).toInt();
    return record;
}

const QString retirementColumns = QStringLiteral(
    "id, manager_id, vm_ems_ref, vm_name, retires_at, warn_days, delete_storage, state, "
    "warned_at, retired_at, request_id, message, vm_snapshot");

RetirementRecord retirementFrom(const QSqlQuery &query)
{
    RetirementRecord record;
    record.id = query.value(0).toLongLong();
    record.managerId = query.value(1).toLongLong();
    record.vmEmsRef = query.value(2).toString();
    record.vmName = query.value(3).toString();
    record.retiresAtMs = query.value(4).toLongLong();
    record.warnDays = query.value(5).toInt();
    record.deleteStorage = query.value(6).toBool();
    record.state = query.value(7).toString();
    record.warnedAtMs = query.value(8).toLongLong();
    record.retiredAtMs = query.value(9).toLongLong();
    record.requestId = query.value(10).toLongLong();
    record.message = query.value(11).toString();
    // The snapshot is for display only: a damaged one shows as empty rather than failing.
    record.vmSnapshot = QJsonDocument::fromJson(query.value(12).toString().toUtf8()).object();
    return record;
}

QList<RetirementRecord> retirementsWhere(const QString &condition, const QVariantList &values)
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("SELECT ") + retirementColumns +
                  QStringLiteral(" FROM retirements WHERE ") + condition +
                  QStringLiteral(" ORDER BY retires_at, id"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<RetirementRecord> result;
    if (!query.exec())
        return result;
    while (query.next())
        result.append(retirementFrom(query));
    return result;
}

// Marks a request's retirements failed when the request will not retire them (denied,
// cancelled), in the caller's transaction.
bool failRetirementsOf(QSqlDatabase db, qint64 requestId, const QString &message, QString *error)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE retirements SET state = 'failed', message = ? "
                                 "WHERE request_id = ? AND state = 'retiring'"));
    query.addBindValue(message);
    query.addBindValue(requestId);
    return exec(query, error);
}

QString taskLabel(const QList<NewTask> &tasks, int position)
{
    const QString description = tasks.at(position).description;
    return description.isEmpty() ? RequestStore::tr("task %1").arg(position + 1) : description;
}

bool validItemName(const QString &name)
{
    if (name.trimmed().isEmpty() || name.trimmed() != name || name.size() > 64)
        return false;
    return std::none_of(name.cbegin(), name.cend(),
                        [](QChar c) { return c.category() == QChar::Other_Control; });
}

QJsonObject itemToJson(const NewTask &item)
{
    return QJsonObject{{QStringLiteral("name"), item.description},
                       {QStringLiteral("spec"), item.spec},
                       {QStringLiteral("depends_on"), positionsToJson(item.dependsOn)}};
}

} // namespace

// ---- specs ----

QJsonObject provisionSpecToJson(const ProvisionSpec &spec)
{
    QJsonObject json{{QStringLiteral("name"), spec.name},
                     {QStringLiteral("vcpus"), spec.vcpus},
                     {QStringLiteral("memory_bytes"), double(spec.memoryBytes)},
                     {QStringLiteral("disk_bytes"), double(spec.diskBytes)},
                     {QStringLiteral("start"), spec.start}};
    const auto putText = [&json](const char *key, const QString &value) {
        if (!value.isEmpty())
            json.insert(QLatin1String(key), value);
    };
    putText("host_ref", spec.hostRef);
    putText("source_vm_ref", spec.sourceVmRef);
    putText("source_volume_ref", spec.sourceVolumeRef);
    putText("storage_ref", spec.storageRef);
    putText("network_ref", spec.networkRef);
    if (spec.sourceIsIso)
        json.insert(QStringLiteral("source_is_iso"), true);
    return json;
}

ProvisionSpec provisionSpecFromJson(const QJsonObject &json)
{
    ProvisionSpec spec;
    spec.name = json.value(QStringLiteral("name")).toString();
    spec.hostRef = json.value(QStringLiteral("host_ref")).toString();
    spec.sourceVmRef = json.value(QStringLiteral("source_vm_ref")).toString();
    spec.sourceVolumeRef = json.value(QStringLiteral("source_volume_ref")).toString();
    spec.sourceIsIso = json.value(QStringLiteral("source_is_iso")).toBool();
    spec.storageRef = json.value(QStringLiteral("storage_ref")).toString();
    spec.vcpus = json.value(QStringLiteral("vcpus")).toInt(1);
    spec.memoryBytes = qint64(json.value(QStringLiteral("memory_bytes")).toDouble());
    spec.diskBytes = qint64(json.value(QStringLiteral("disk_bytes")).toDouble());
    spec.networkRef = json.value(QStringLiteral("network_ref")).toString();
    spec.start = json.value(QStringLiteral("start")).toBool();
    return spec;
}

QJsonObject reconfigureSpecToJson(const ReconfigureSpec &spec)
{
    QJsonObject json;
    if (spec.vcpus > 0)
        json.insert(QStringLiteral("vcpus"), spec.vcpus);
    if (spec.memoryBytes > 0)
        json.insert(QStringLiteral("memory_bytes"), double(spec.memoryBytes));
    QJsonArray addDisks;
    for (const DiskAddition &disk : spec.addDisks)
        addDisks.append(
            QJsonObject{{QStringLiteral("storage_ref"), disk.storageRef},
                        {QStringLiteral("capacity_bytes"), double(disk.capacityBytes)}});
    if (!addDisks.isEmpty())
        json.insert(QStringLiteral("add_disks"), addDisks);
    if (!spec.removeDiskRefs.isEmpty())
        json.insert(QStringLiteral("remove_disk_refs"),
                    QJsonArray::fromStringList(spec.removeDiskRefs));
    QJsonArray addNics;
    for (const NicAddition &nic : spec.addNics)
        addNics.append(QJsonObject{{QStringLiteral("network_ref"), nic.networkRef},
                                   {QStringLiteral("model"), nic.model}});
    if (!addNics.isEmpty())
        json.insert(QStringLiteral("add_nics"), addNics);
    if (!spec.removeNicRefs.isEmpty())
        json.insert(QStringLiteral("remove_nic_refs"),
                    QJsonArray::fromStringList(spec.removeNicRefs));
    json.insert(QStringLiteral("live"), spec.live);
    return json;
}

ReconfigureSpec reconfigureSpecFromJson(const QJsonObject &json)
{
    ReconfigureSpec spec;
    spec.vcpus = json.value(QStringLiteral("vcpus")).toInt();
    spec.memoryBytes = qint64(json.value(QStringLiteral("memory_bytes")).toDouble());
    for (const QJsonValue &value : json.value(QStringLiteral("add_disks")).toArray()) {
        const QJsonObject disk = value.toObject();
        spec.addDisks.append({disk.value(QStringLiteral("storage_ref")).toString(),
                              qint64(disk.value(QStringLiteral("capacity_bytes")).toDouble())});
    }
    for (const QJsonValue &value : json.value(QStringLiteral("remove_disk_refs")).toArray())
        spec.removeDiskRefs.append(value.toString());
    for (const QJsonValue &value : json.value(QStringLiteral("add_nics")).toArray()) {
        const QJsonObject nic = value.toObject();
        NicAddition addition;
        addition.networkRef = nic.value(QStringLiteral("network_ref")).toString();
        addition.model = nic.value(QStringLiteral("model")).toString(addition.model);
        spec.addNics.append(addition);
    }
    for (const QJsonValue &value : json.value(QStringLiteral("remove_nic_refs")).toArray())
        spec.removeNicRefs.append(value.toString());
    spec.live = json.value(QStringLiteral("live")).toBool();
    return spec;
}

QString validateProvisionSpec(const ProvisionSpec &spec)
{
    if (spec.name.trimmed().isEmpty())
        return RequestStore::tr("The new VM has no name.");
    if (spec.sourceVmRef.isEmpty() == spec.sourceVolumeRef.isEmpty())
        return RequestStore::tr("VM %1 needs exactly one source: a VM or template to clone, or "
                                "an image or ISO volume.")
            .arg(spec.name);
    if (spec.sourceIsIso && (spec.storageRef.isEmpty() || spec.diskBytes <= 0))
        return RequestStore::tr("VM %1 installs from an ISO: give it a storage pool and a size "
                                "for its new disk.")
            .arg(spec.name);
    if (spec.vcpus < 1)
        return RequestStore::tr("VM %1 needs at least one virtual CPU.").arg(spec.name);
    if (spec.memoryBytes < 0 || spec.diskBytes < 0)
        return RequestStore::tr("VM %1 has a negative memory or disk size.").arg(spec.name);
    return {};
}

QString validateReconfigureSpec(const ReconfigureSpec &spec)
{
    if (spec.vcpus < 0 || spec.memoryBytes < 0)
        return RequestStore::tr("The new CPU count and memory size cannot be negative.");
    for (const DiskAddition &disk : spec.addDisks) {
        if (disk.storageRef.isEmpty() || disk.capacityBytes <= 0)
            return RequestStore::tr("A new disk needs a storage pool and a size above zero.");
    }
    for (const NicAddition &nic : spec.addNics) {
        if (nic.networkRef.isEmpty())
            return RequestStore::tr("A new network interface needs a network.");
    }
    if (spec.vcpus == 0 && spec.memoryBytes == 0 && spec.addDisks.isEmpty() &&
        spec.removeDiskRefs.isEmpty() && spec.addNics.isEmpty() && spec.removeNicRefs.isEmpty())
        return RequestStore::tr("The change is empty: choose something to reconfigure.");
    return {};
}

namespace {
QJsonObject vmTaskSpec(const VmSelection &vm)
{
    return QJsonObject{{QLatin1String(TaskKey::VmRef), vm.emsRef},
                       {QLatin1String(TaskKey::VmName), vm.name}};
}
} // namespace

NewRequest powerRequest(qint64 managerId, PowerOperation operation, const QList<VmSelection> &vms,
                        const QString &requester)
{
    NewRequest request;
    request.type = QString::fromLatin1(RequestType::Power);
    request.description =
        vms.size() == 1 ? RequestStore::tr("%1: %2").arg(PowerOperations::displayName(operation),
                                                         vms.first().name)
                        : RequestStore::tr("%1: %n VMs", nullptr, int(vms.size()))
                              .arg(PowerOperations::displayName(operation));
    request.requester = requester;
    request.managerId = managerId;
    request.options.insert(QLatin1String(RequestOption::Operation),
                           PowerOperations::name(operation));
    for (const VmSelection &vm : vms)
        request.tasks.append(
            {PowerOperations::displayName(operation) + u' ' + vm.name, vmTaskSpec(vm), {}});
    return request;
}

NewRequest reconfigureRequest(qint64 managerId, const VmSelection &vm, const ReconfigureSpec &spec,
                              const QString &requester)
{
    NewRequest request;
    request.type = QString::fromLatin1(RequestType::Reconfigure);
    request.description = RequestStore::tr("Reconfigure %1").arg(vm.name);
    request.requester = requester;
    request.managerId = managerId;
    QJsonObject json = reconfigureSpecToJson(spec);
    json.insert(QLatin1String(TaskKey::VmRef), vm.emsRef);
    json.insert(QLatin1String(TaskKey::VmName), vm.name);
    request.tasks.append({request.description, json, {}});
    return request;
}

NewRequest retireRequest(qint64 managerId, const QList<VmSelection> &vms, bool deleteStorage,
                         const QString &requester)
{
    NewRequest request;
    request.type = QString::fromLatin1(RequestType::Retire);
    request.description = vms.size() == 1
                              ? RequestStore::tr("Retire %1").arg(vms.first().name)
                              : RequestStore::tr("Retire %n VMs", nullptr, int(vms.size()));
    request.requester = requester;
    request.managerId = managerId;
    for (const VmSelection &vm : vms) {
        QJsonObject json = vmTaskSpec(vm);
        json.insert(QLatin1String(TaskKey::DeleteStorage), deleteStorage);
        request.tasks.append({RequestStore::tr("Retire %1").arg(vm.name), json, {}});
    }
    return request;
}

NewRequest provisionRequest(qint64 managerId, const QList<ProvisionSpec> &specs,
                            const QString &requester)
{
    NewRequest request;
    request.type = QString::fromLatin1(RequestType::Provision);
    request.description = specs.size() == 1
                              ? RequestStore::tr("Provision %1").arg(specs.first().name)
                              : RequestStore::tr("Provision %n VMs", nullptr, int(specs.size()));
    request.requester = requester;
    request.managerId = managerId;
    for (const ProvisionSpec &spec : specs)
        request.tasks.append(
            {RequestStore::tr("Provision %1").arg(spec.name), provisionSpecToJson(spec), {}});
    return request;
}

QString validateDependencies(const QList<NewTask> &tasks)
{
    const int count = int(tasks.size());
    for (int i = 0; i < count; ++i) {
        for (const int dependency : tasks.at(i).dependsOn) {
            if (dependency == i)
                return RequestStore::tr("%1 depends on itself.").arg(taskLabel(tasks, i));
            if (dependency < 0 || dependency >= count)
                return RequestStore::tr("%1 depends on an item that does not exist.")
                    .arg(taskLabel(tasks, i));
        }
    }
    // Depth-first search; a dependency met again while still on the path closes a cycle.
    enum class Mark { None, OnPath, Done };
    QList<Mark> marks(count, Mark::None);
    QList<int> path;
    std::function<QString(int)> visit = [&](int node) -> QString {
        marks[node] = Mark::OnPath;
        path.append(node);
        for (const int next : tasks.at(node).dependsOn) {
            if (marks.at(next) == Mark::OnPath) {
                QStringList names;
                for (int i = int(path.indexOf(next)); i < path.size(); ++i)
                    names << taskLabel(tasks, path.at(i));
                names << taskLabel(tasks, next);
                return RequestStore::tr("The dependencies form a cycle: %1.")
                    .arg(names.join(QStringLiteral(" → ")));
            }
            if (marks.at(next) == Mark::None) {
                const QString cycle = visit(next);
                if (!cycle.isEmpty())
                    return cycle;
            }
        }
        path.removeLast();
        marks[node] = Mark::Done;
        return {};
    };
    for (int i = 0; i < count; ++i) {
        if (marks.at(i) == Mark::None) {
            const QString cycle = visit(i);
            if (!cycle.isEmpty())
                return cycle;
        }
    }
    return {};
}

// ---- requests ----

qint64 RequestStore::submit(const NewRequest &request, bool requireApproval, QString *error)
{
    if (request.type.isEmpty() || request.tasks.isEmpty()) {
        *error = tr("The request has nothing to do.");
        return 0;
    }
    const QString dependencyError = validateDependencies(request.tasks);
    if (!dependencyError.isEmpty()) {
        *error = dependencyError;
        return 0;
    }
    QSqlDatabase db = Database::connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen()) {
        *error = tr("The request could not be saved: %1").arg(transaction.error());
        return 0;
    }
    QSqlQuery manager(db);
    manager.prepare(QStringLiteral("SELECT 1 FROM managers WHERE id = ?"));
    manager.addBindValue(request.managerId);
    if (!manager.exec() || !manager.next()) {
        *error = tr("The provider of this request no longer exists.");
        return 0;
    }
    const qint64 now = nowMs();
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO requests (request_type, description, requester, manager_id, options, "
        "approval_state, state, created_at, updated_at, approved_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(request.type);
    insert.addBindValue(notNull(request.description));
    insert.addBindValue(notNull(request.requester));
    insert.addBindValue(request.managerId);
    insert.addBindValue(toJsonText(request.options));
    insert.addBindValue(
        QLatin1String(requireApproval ? ApprovalState::PendingApproval : ApprovalState::Approved));
    insert.addBindValue(
        QLatin1String(requireApproval ? RequestState::Pending : RequestState::Queued));
    insert.addBindValue(now);
    insert.addBindValue(now);
    insert.addBindValue(requireApproval ? QVariant() : QVariant(now));
    QString sqlError;
    if (!exec(insert, &sqlError)) {
        *error = tr("The request could not be saved: %1").arg(sqlError);
        return 0;
    }
    const qint64 id = insert.lastInsertId().toLongLong();
    QSqlQuery task(db);
    task.prepare(QStringLiteral("INSERT INTO request_tasks (request_id, position, description, "
                                "spec, depends_on, state) VALUES (?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < request.tasks.size(); ++i) {
        const NewTask &newTask = request.tasks.at(i);
        task.addBindValue(id);
        task.addBindValue(i);
        task.addBindValue(notNull(newTask.description));
        task.addBindValue(toJsonText(newTask.spec));
        task.addBindValue(toJsonText(positionsToJson(newTask.dependsOn)));
        task.addBindValue(QLatin1String(TaskState::Pending));
        if (!exec(task, &sqlError)) {
            *error = tr("The request could not be saved: %1").arg(sqlError);
            return 0;
        }
    }
    if (!transaction.commit()) {
        *error = tr("The request could not be saved: %1").arg(transaction.error());
        return 0;
    }
    return id;
}

namespace {
// Runs one state change in a transaction, with the request's current row to check against.
bool changeRequest(
    qint64 requestId, QString *error,
    const std::function<bool(QSqlDatabase, const RequestRecord &, QString *)> &change)
{
    QSqlDatabase db = Database::connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen()) {
        *error = RequestStore::tr("The request could not be changed: %1").arg(transaction.error());
        return false;
    }
    const auto current = RequestStore::request(requestId);
    if (!current) {
        *error = RequestStore::tr("Request %1 no longer exists.").arg(requestId);
        return false;
    }
    if (!change(db, *current, error))
        return false;
    if (!transaction.commit()) {
        *error = RequestStore::tr("The request could not be changed: %1").arg(transaction.error());
        return false;
    }
    return true;
}

bool decide(qint64 requestId, bool approve, const QString &approver, const QString &reason,
            QString *error)
{
    return changeRequest(
        requestId, error, [&](QSqlDatabase db, const RequestRecord &current, QString *failure) {
            if (current.approvalState != QLatin1String(ApprovalState::PendingApproval) ||
                current.state != QLatin1String(RequestState::Pending)) {
                *failure =
                    RequestStore::tr("Request %1 is not waiting for approval.").arg(requestId);
                return false;
            }
            const qint64 now = nowMs();
            QSqlQuery update(db);
            if (approve) {
                update.prepare(QStringLiteral(
                    "UPDATE requests SET approval_state = ?, approver = ?, approval_reason = ?, "
                    "approved_at = ?, state = ?, updated_at = ? WHERE id = ?"));
                update.addBindValue(QLatin1String(ApprovalState::Approved));
                update.addBindValue(approver);
                update.addBindValue(nullIfEmpty(reason));
                update.addBindValue(now);
                update.addBindValue(QLatin1String(RequestState::Queued));
            } else {
                update.prepare(QStringLiteral(
                    "UPDATE requests SET approval_state = ?, approver = ?, approval_reason = ?, "
                    "approved_at = ?, state = ?, status = ?, message = ?, finished_at = ?, "
                    "updated_at = ? WHERE id = ?"));
                update.addBindValue(QLatin1String(ApprovalState::Denied));
                update.addBindValue(approver);
                update.addBindValue(nullIfEmpty(reason));
                update.addBindValue(now);
                update.addBindValue(QLatin1String(RequestState::Finished));
                update.addBindValue(QLatin1String(RequestStatus::Denied));
                update.addBindValue(
                    reason.isEmpty() ? RequestStore::tr("Denied by %1.").arg(approver)
                                     : RequestStore::tr("Denied by %1: %2").arg(approver, reason));
                update.addBindValue(now);
            }
            update.addBindValue(now);
            update.addBindValue(requestId);
            QString sqlError;
            if (!exec(update, &sqlError)) {
                *failure = RequestStore::tr("The request could not be changed: %1").arg(sqlError);
                return false;
            }
            if (!approve &&
                !failRetirementsOf(db, requestId,
                                   RequestStore::tr("The retirement request was denied."), failure))
                return false;
            return true;
        });
}
} // namespace

bool RequestStore::approve(qint64 requestId, const QString &approver, const QString &reason,
                           QString *error)
{
    return decide(requestId, true, approver, reason, error);
}

bool RequestStore::deny(qint64 requestId, const QString &approver, const QString &reason,
                        QString *error)
{
    return decide(requestId, false, approver, reason, error);
}

bool RequestStore::cancel(qint64 requestId, QString *error)
{
    return changeRequest(
        requestId, error, [&](QSqlDatabase db, const RequestRecord &current, QString *failure) {
            if (current.state == QLatin1String(RequestState::Finished)) {
                *failure = tr("Request %1 has finished already.").arg(requestId);
                return false;
            }
            const qint64 now = nowMs();
            const bool active = current.state == QLatin1String(RequestState::Active);
            QSqlQuery update(db);
            QString sqlError;
            if (active) {
                // The runner sees this before its next task and finishes the request.
                update.prepare(
                    QStringLiteral("UPDATE requests SET status = ?, updated_at = ? WHERE id = ?"));
                update.addBindValue(QLatin1String(RequestStatus::Cancelled));
                update.addBindValue(now);
                update.addBindValue(requestId);
                if (!exec(update, &sqlError)) {
                    *failure = tr("The request could not be changed: %1").arg(sqlError);
                    return false;
                }
                return true;
            }
            update.prepare(QStringLiteral(
                "UPDATE requests SET state = ?, status = ?, message = ?, finished_at = ?, "
                "updated_at = ? WHERE id = ?"));
            update.addBindValue(QLatin1String(RequestState::Finished));
            update.addBindValue(QLatin1String(RequestStatus::Cancelled));
            update.addBindValue(tr("Cancelled before it started."));
            update.addBindValue(now);
            update.addBindValue(now);
            update.addBindValue(requestId);
            QSqlQuery tasks(db);
            tasks.prepare(
                QStringLiteral("UPDATE request_tasks SET state = ?, status = ?, finished_at = ? "
                               "WHERE request_id = ? AND state = ?"));
            tasks.addBindValue(QLatin1String(TaskState::Finished));
            tasks.addBindValue(QLatin1String(RequestStatus::Cancelled));
            tasks.addBindValue(now);
            tasks.addBindValue(requestId);
            tasks.addBindValue(QLatin1String(TaskState::Pending));
            if (!exec(update, &sqlError) || !exec(tasks, &sqlError)) {
                *failure = tr("The request could not be changed: %1").arg(sqlError);
                return false;
            }
            return failRetirementsOf(db, requestId, tr("The retirement request was cancelled."),
                                     failure);
        });
}

QList<RequestRecord> RequestStore::requests(int limit)
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("SELECT ") + requestColumns +
                  QStringLiteral(" FROM requests r ORDER BY r.id DESC LIMIT ?"));
    query.addBindValue(limit);
    QList<RequestRecord> result;
    if (!query.exec())
        return result;
    while (query.next())
        result.append(requestFrom(query));
    return result;
}

std::optional<RequestRecord> RequestStore::request(qint64 requestId)
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("SELECT ") + requestColumns +
                  QStringLiteral(" FROM requests r WHERE r.id = ?"));
    query.addBindValue(requestId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return requestFrom(query);
}

QList<TaskRecord> RequestStore::tasks(qint64 requestId)
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral(
        "SELECT id, request_id, position, description, spec, depends_on, state, status, "
        "progress, message, log, result_ems_ref, started_at, finished_at FROM request_tasks "
        "WHERE request_id = ? ORDER BY position"));
    query.addBindValue(requestId);
    QList<TaskRecord> result;
    if (!query.exec())
        return result;
    while (query.next()) {
        TaskRecord task;
        task.id = query.value(0).toLongLong();
        task.requestId = query.value(1).toLongLong();
        task.position = query.value(2).toInt();
        task.description = query.value(3).toString();
        QString error;
        const QJsonDocument spec = parseStored(query.value(4).toString(), false, &error);
        if (!error.isEmpty()) {
            task.specError = tr("The task's specification cannot be read: %1.").arg(error);
        } else {
            task.spec = spec.object();
            const QJsonDocument dependsOn = parseStored(query.value(5).toString(), true, &error);
            if (error.isEmpty())
                task.dependsOn = positionsFromJson(dependsOn.array(), &error);
            if (!error.isEmpty())
                task.specError = tr("The task's dependencies cannot be read: %1.").arg(error);
        }
        task.state = query.value(6).toString();
        task.status = query.value(7).toString();
        task.progress = query.value(8).toInt();
        task.message = query.value(9).toString();
        task.log = query.value(10).toString();
        task.resultEmsRef = query.value(11).toString();
        task.startedAtMs = query.value(12).toLongLong();
        task.finishedAtMs = query.value(13).toLongLong();
        result.append(task);
    }
    return result;
}

// ---- retirements ----

bool RetirementStore::schedule(qint64 managerId, const QString &vmEmsRef, qint64 retiresAtMs,
                               int warnDays, bool deleteStorage, QString *error,
                               const QJsonObject &knownVm)
{
    if (warnDays < 0) {
        *error = tr("The warning period cannot be negative.");
        return false;
    }
    QSqlDatabase db = Database::connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen()) {
        *error = tr("The retirement could not be saved: %1").arg(transaction.error());
        return false;
    }
    QSqlQuery vm(db);
    vm.prepare(
        QStringLiteral("SELECT v.name, v.uuid, v.power_state, v.vcpus, v.memory_bytes, v.os_type, "
                       "v.is_template, h.name FROM vms v LEFT JOIN hosts h ON h.id = v.host_id "
                       "WHERE v.manager_id = ? AND v.ems_ref = ?"));
    vm.addBindValue(managerId);
    vm.addBindValue(vmEmsRef);
    QJsonObject snapshot;
    if (vm.exec() && vm.next()) {
        snapshot = {{QStringLiteral("name"), vm.value(0).toString()},
                    {QStringLiteral("uuid"), vm.value(1).toString()},
                    {QStringLiteral("power_state"), vm.value(2).toString()},
                    {QStringLiteral("vcpus"), vm.value(3).toInt()},
                    {QStringLiteral("memory_bytes"), vm.value(4).toDouble()},
                    {QStringLiteral("os_type"), vm.value(5).toString()},
                    {QStringLiteral("is_template"), vm.value(6).toBool()},
                    {QStringLiteral("host"), vm.value(7).toString()}};
    } else if (!knownVm.value(QLatin1String("name")).toString().isEmpty()) {
        snapshot = knownVm;
    } else {
        *error = tr("The VM is no longer in the inventory; refresh its provider and try again.");
        return false;
    }
    const QString name = snapshot.value(QLatin1String("name")).toString();
    const auto existing = retirement(managerId, vmEmsRef);
    if (existing && (existing->state == QLatin1String("retiring") ||
                     existing->state == QLatin1String("retired"))) {
        *error = existing->state == QLatin1String("retired")
                     ? tr("VM %1 is retired already.").arg(name)
                     : tr("VM %1 is being retired now.").arg(name);
        return false;
    }
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO retirements (manager_id, vm_ems_ref, vm_name, retires_at, warn_days, "
        "delete_storage, state, vm_snapshot, created_at) VALUES (?, ?, ?, ?, ?, ?, 'scheduled', "
        "?, ?) ON CONFLICT (manager_id, vm_ems_ref) DO UPDATE SET vm_name = excluded.vm_name, "
        "retires_at = excluded.retires_at, warn_days = excluded.warn_days, "
        "delete_storage = excluded.delete_storage, state = 'scheduled', warned_at = NULL, "
        "retired_at = NULL, request_id = NULL, message = NULL, "
        "vm_snapshot = excluded.vm_snapshot"));
    upsert.addBindValue(managerId);
    upsert.addBindValue(vmEmsRef);
    upsert.addBindValue(name);
    upsert.addBindValue(retiresAtMs);
    upsert.addBindValue(warnDays);
    upsert.addBindValue(deleteStorage ? 1 : 0);
    upsert.addBindValue(toJsonText(snapshot));
    upsert.addBindValue(nowMs());
    QString sqlError;
    if (!exec(upsert, &sqlError) || !transaction.commit()) {
        *error = tr("The retirement could not be saved: %1")
                     .arg(sqlError.isEmpty() ? transaction.error() : sqlError);
        return false;
    }
    return true;
}

bool RetirementStore::unschedule(qint64 managerId, const QString &vmEmsRef, QString *error)
{
    const auto existing = retirement(managerId, vmEmsRef);
    if (!existing)
        return true;
    if (existing->state == QLatin1String("retiring") ||
        existing->state == QLatin1String("retired")) {
        *error = existing->state == QLatin1String("retired")
                     ? tr("VM %1 is retired already.").arg(existing->vmName)
                     : tr("VM %1 is being retired now; cancel its request instead.")
                           .arg(existing->vmName);
        return false;
    }
    QSqlQuery remove(Database::connection());
    remove.prepare(QStringLiteral("DELETE FROM retirements WHERE id = ?"));
    remove.addBindValue(existing->id);
    QString sqlError;
    if (!exec(remove, &sqlError)) {
        *error = tr("The retirement could not be removed: %1").arg(sqlError);
        return false;
    }
    return true;
}

std::optional<RetirementRecord> RetirementStore::retirement(qint64 managerId,
                                                            const QString &vmEmsRef)
{
    const auto found = retirementsWhere(QStringLiteral("manager_id = ? AND vm_ems_ref = ?"),
                                        {managerId, vmEmsRef});
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<RetirementRecord> RetirementStore::retirements()
{
    return retirementsWhere(QStringLiteral("1"), {});
}

QList<RetirementRecord> RetirementStore::dueForWarning(qint64 nowMs)
{
    return retirementsWhere(QStringLiteral("state = 'scheduled' AND warn_days > 0 AND "
                                           "retires_at - warn_days * ? <= ? AND retires_at > ?"),
                            {dayMs, nowMs, nowMs});
}

QList<RetirementRecord> RetirementStore::due(qint64 nowMs)
{
    return retirementsWhere(QStringLiteral("state IN ('scheduled', 'warned') AND retires_at <= ?"),
                            {nowMs});
}

qint64 RetirementStore::nextEventAt()
{
    QSqlQuery query(Database::connection());
    query.prepare(
        QStringLiteral("SELECT min(CASE WHEN state = 'scheduled' AND warn_days > 0 "
                       "THEN retires_at - warn_days * ? ELSE retires_at END) FROM retirements "
                       "WHERE state IN ('scheduled', 'warned')"));
    query.addBindValue(dayMs);
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

namespace {
bool updateRetirements(const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery query(Database::connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    QString sqlError;
    if (!exec(query, &sqlError)) {
        *error = RetirementStore::tr("The retirement could not be updated: %1").arg(sqlError);
        return false;
    }
    return true;
}
} // namespace

bool RetirementStore::markWarned(qint64 retirementId, qint64 atMs, QString *error)
{
    return updateRetirements(
        QStringLiteral("UPDATE retirements SET state = 'warned', warned_at = ? WHERE id = ?"),
        {atMs, retirementId}, error);
}

bool RetirementStore::markRetiring(const QList<qint64> &retirementIds, qint64 requestId,
                                   QString *error)
{
    QSqlDatabase db = Database::connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen()) {
        *error = tr("The retirement could not be updated: %1").arg(transaction.error());
        return false;
    }
    for (const qint64 id : retirementIds) {
        if (!updateRetirements(QStringLiteral("UPDATE retirements SET state = 'retiring', "
                                              "request_id = ?, message = NULL WHERE id = ?"),
                               {nullIfZero(requestId), id}, error))
            return false;
    }
    if (!transaction.commit()) {
        *error = tr("The retirement could not be updated: %1").arg(transaction.error());
        return false;
    }
    return true;
}

bool RetirementStore::markRetired(qint64 managerId, const QString &vmEmsRef, qint64 requestId,
                                  QString *error)
{
    // A VM retired by a request nobody scheduled (Retire now from a menu) gets its row here.
    return updateRetirements(
        QStringLiteral("UPDATE retirements SET state = 'retired', retired_at = ?, "
                       "request_id = ?, message = NULL WHERE manager_id = ? AND vm_ems_ref = ?"),
        {nowMs(), nullIfZero(requestId), managerId, vmEmsRef}, error);
}

bool RetirementStore::markFailed(qint64 managerId, const QString &vmEmsRef, const QString &message,
                                 QString *error)
{
    return updateRetirements(QStringLiteral("UPDATE retirements SET state = 'failed', message = ? "
                                            "WHERE manager_id = ? AND vm_ems_ref = ? AND "
                                            "state = 'retiring'"),
                             {message, managerId, vmEmsRef}, error);
}

// ---- service templates ----

QList<ServiceTemplate> ServiceTemplateStore::templates()
{
    QSqlQuery query(Database::connection());
    QList<ServiceTemplate> result;
    if (!query.exec(QStringLiteral("SELECT id, name, description, manager_id, items FROM "
                                   "service_templates ORDER BY name")))
        return result;
    while (query.next()) {
        ServiceTemplate serviceTemplate;
        serviceTemplate.id = query.value(0).toLongLong();
        serviceTemplate.name = query.value(1).toString();
        serviceTemplate.description = query.value(2).toString();
        serviceTemplate.managerId = query.value(3).toLongLong();
        QString error;
        const QJsonDocument items = parseStored(query.value(4).toString(), true, &error);
        for (const QJsonValue &value : items.array()) {
            const QJsonObject item = value.toObject();
            NewTask task;
            task.description = item.value(QStringLiteral("name")).toString();
            task.spec = item.value(QStringLiteral("spec")).toObject();
            task.dependsOn =
                positionsFromJson(item.value(QStringLiteral("depends_on")).toArray(), &error);
            serviceTemplate.items.append(task);
        }
        if (!error.isEmpty()) {
            serviceTemplate.items.clear();
            serviceTemplate.itemsError = tr("The items of service template %1 cannot be read: %2.")
                                             .arg(serviceTemplate.name, error);
        }
        result.append(serviceTemplate);
    }
    return result;
}

std::optional<ServiceTemplate> ServiceTemplateStore::serviceTemplate(qint64 templateId)
{
    for (const ServiceTemplate &serviceTemplate : templates()) {
        if (serviceTemplate.id == templateId)
            return serviceTemplate;
    }
    return std::nullopt;
}

qint64 ServiceTemplateStore::save(const ServiceTemplate &serviceTemplate, QString *error)
{
    const QString name = serviceTemplate.name.trimmed();
    if (name.isEmpty()) {
        *error = tr("Give the service template a name.");
        return 0;
    }
    if (serviceTemplate.items.isEmpty()) {
        *error = tr("Add at least one item to service template %1.").arg(name);
        return 0;
    }
    QSet<QString> itemNames;
    for (const NewTask &item : serviceTemplate.items) {
        if (!validItemName(item.description)) {
            *error = tr("Item name “%1” is not valid: use 1 to 64 characters without leading or "
                        "trailing spaces.")
                         .arg(item.description);
            return 0;
        }
        if (itemNames.contains(item.description.toCaseFolded())) {
            *error =
                tr("Two items are named “%1”; item names must be unique.").arg(item.description);
            return 0;
        }
        itemNames.insert(item.description.toCaseFolded());
        const QString specError = validateProvisionSpec(provisionSpecFromJson(item.spec));
        if (!specError.isEmpty()) {
            *error = tr("Item “%1”: %2").arg(item.description, specError);
            return 0;
        }
    }
    const QString dependencyError = validateDependencies(serviceTemplate.items);
    if (!dependencyError.isEmpty()) {
        *error = dependencyError;
        return 0;
    }
    QSqlDatabase db = Database::connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen()) {
        *error = tr("The service template could not be saved: %1").arg(transaction.error());
        return 0;
    }
    QSqlQuery clash(db);
    clash.prepare(
        QStringLiteral("SELECT 1 FROM service_templates WHERE lower(name) = lower(?) AND id != ?"));
    clash.addBindValue(name);
    clash.addBindValue(serviceTemplate.id);
    if (clash.exec() && clash.next()) {
        *error = tr("A service template named %1 exists already; choose another name.").arg(name);
        return 0;
    }
    QJsonArray items;
    for (const NewTask &item : serviceTemplate.items)
        items.append(itemToJson(item));
    const qint64 now = nowMs();
    QSqlQuery write(db);
    if (serviceTemplate.id == 0) {
        write.prepare(QStringLiteral(
            "INSERT INTO service_templates (name, description, manager_id, items, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    } else {
        write.prepare(QStringLiteral(
            "UPDATE service_templates SET name = ?, description = ?, manager_id = ?, items = ?, "
            "updated_at = ? WHERE id = ?"));
    }
    write.addBindValue(name);
    write.addBindValue(notNull(serviceTemplate.description));
    write.addBindValue(nullIfZero(serviceTemplate.managerId));
    write.addBindValue(toJsonText(items));
    write.addBindValue(now);
    write.addBindValue(serviceTemplate.id == 0 ? QVariant(now) : QVariant(serviceTemplate.id));
    QString sqlError;
    if (!exec(write, &sqlError)) {
        *error = tr("The service template could not be saved: %1").arg(sqlError);
        return 0;
    }
    if (serviceTemplate.id != 0 && write.numRowsAffected() == 0) {
        *error = tr("Service template %1 no longer exists.").arg(name);
        return 0;
    }
    const qint64 id =
        serviceTemplate.id == 0 ? write.lastInsertId().toLongLong() : serviceTemplate.id;
    if (!transaction.commit()) {
        *error = tr("The service template could not be saved: %1").arg(transaction.error());
        return 0;
    }
    return id;
}

bool ServiceTemplateStore::remove(qint64 templateId, QString *error)
{
    QSqlQuery remove(Database::connection());
    remove.prepare(QStringLiteral("DELETE FROM service_templates WHERE id = ?"));
    remove.addBindValue(templateId);
    QString sqlError;
    if (!exec(remove, &sqlError)) {
        *error = tr("The service template could not be removed: %1").arg(sqlError);
        return false;
    }
    return true;
}

NewRequest ServiceTemplateStore::orderRequest(const ServiceTemplate &serviceTemplate,
                                              const QString &requester)
{
    NewRequest request;
    request.type = QString::fromLatin1(RequestType::Service);
    request.description = tr("Order %1").arg(serviceTemplate.name);
    request.requester = requester;
    request.managerId = serviceTemplate.managerId;
    request.options.insert(QLatin1String(RequestOption::TemplateId), serviceTemplate.id);
    request.options.insert(QLatin1String(RequestOption::TemplateName), serviceTemplate.name);
    request.tasks = serviceTemplate.items;
    return request;
}

} // namespace Vantage
