#include "providers/vmware/vspheretask.h"

#include "providers/vmware/soapresponse.h"
#include "providers/vmware/vspherelogging.h"

#include <QElapsedTimer>
#include <QThread>

namespace Vantage {

VsphereTaskRunner::VsphereTaskRunner(VsphereClient &client, const VsphereTaskTiming &timing)
    : m_client(client), m_timing(timing)
{}

QByteArray VsphereTaskRunner::self(const QString &type, const QString &ref)
{
    return VsphereClient::moref("_this", type, ref);
}

bool VsphereTaskRunner::read(const QString &type, const QString &ref, const QStringList &paths,
                             VsphereProperties *out, VsphereError *error)
{
    QByteArray pathSet;
    for (const QString &path : paths)
        pathSet += "<pathSet>" + VsphereClient::xmlText(path) + "</pathSet>";
    QByteArray answer;
    if (!m_client.call("<RetrievePropertiesEx>" +
                           self(QStringLiteral("PropertyCollector"),
                                m_client.serviceContent().propertyCollector) +
                           "<specSet><propSet><type>" + VsphereClient::xmlText(type) + "</type>" +
                           pathSet + "</propSet><objectSet>" +
                           VsphereClient::moref("obj", type, ref) +
                           "</objectSet></specSet><options/></RetrievePropertiesEx>",
                       &answer, error))
        return false;
    *out = VsphereOperationParser::properties(answer);
    if (!out->ok()) {
        error->kind = VsphereError::Kind::Malformed;
        error->faultType = out->faultType;
        error->message = tr("%1 sent properties of %2 that cannot be read: %3")
                             .arg(m_client.url().host(), ref, out->error);
        return false;
    }
    if (!out->found) {
        // vCenter leaves out an object it no longer has rather than failing the call.
        error->kind = VsphereError::Kind::Fault;
        error->faultType = QStringLiteral("ManagedObjectNotFound");
        error->message = tr("%1 no longer has %2.").arg(m_client.url().host(), ref);
        error->hint = tr("Refresh the provider to see its current inventory.");
        return false;
    }
    return true;
}

bool VsphereTaskRunner::call(const QByteArray &method, const QString &failure, VsphereError *error)
{
    QByteArray answer;
    SoapResponse soap;
    if (m_client.call(method, &answer, error) && m_client.read(answer, &soap, error))
        return true;
    error->message = failure + u' ' + error->message;
    return false;
}

bool VsphereTaskRunner::run(const QByteArray &method, const QString &failure,
                            const OperationControl &control, int from, int to,
                            VsphereTaskInfo *info, VsphereError *error)
{
    QByteArray answer;
    SoapResponse soap;
    if (!m_client.call(method, &answer, error) || !m_client.read(answer, &soap, error)) {
        error->message = failure + u' ' + error->message;
        return false;
    }
    const QString task = soap.text(u"returnval");
    if (task.isEmpty()) {
        error->kind = VsphereError::Kind::Malformed;
        error->message =
            failure + u' ' + tr("%1 started no task for it.").arg(m_client.url().host());
        return false;
    }
    return wait(task, failure, control, from, to, info, error);
}

bool VsphereTaskRunner::wait(const QString &task, const QString &failure,
                             const OperationControl &control, int from, int to,
                             VsphereTaskInfo *info, VsphereError *error)
{
    QElapsedTimer waited;
    waited.start();
    int reported = -1;
    const auto report = [&](int percent) {
        const int mapped = from + (to - from) * percent / 100;
        if (control.progress && mapped != reported) {
            reported = mapped;
            control.progress({mapped, 100, {}});
        }
    };
    report(0);
    while (true) {
        QByteArray answer;
        if (!m_client.call("<RetrievePropertiesEx>" +
                               self(QStringLiteral("PropertyCollector"),
                                    m_client.serviceContent().propertyCollector) +
                               "<specSet><propSet><type>Task</type><pathSet>info</pathSet>"
                               "</propSet><objectSet>" +
                               VsphereClient::moref("obj", QStringLiteral("Task"), task) +
                               "</objectSet></specSet><options/></RetrievePropertiesEx>",
                           &answer, error)) {
            error->message = failure + u' ' + error->message;
            return false;
        }
        QString unreadable;
        if (!VsphereOperationParser::taskInfo(answer, info, &unreadable)) {
            error->kind = VsphereError::Kind::Malformed;
            error->message = failure + u' ' +
                             tr("%1 sent a task state that cannot be read: %2")
                                 .arg(m_client.url().host(), unreadable);
            error->hint = tr("Refresh the provider to see what the task did.");
            return false;
        }
        if (info->state == VsphereTaskInfo::State::Success) {
            report(100);
            return true;
        }
        if (info->state == VsphereTaskInfo::State::Error) {
            error->kind = VsphereError::Kind::Fault;
            error->faultType = info->faultType;
            QString detail = info->errorMessage;
            if (detail.isEmpty())
                detail = info->faultType;
            else if (!info->faultType.isEmpty() && !detail.contains(info->faultType))
                detail = tr("%1 (%2)").arg(detail, info->faultType);
            error->message = detail.isEmpty() ? failure + u' ' + tr("vCenter gave no reason.")
                                              : failure + u' ' + tr("vCenter says: %1").arg(detail);
            return false;
        }
        if (info->progress >= 0)
            report(info->progress);
        if (control.stopRequested && control.stopRequested()) {
            cancel(task);
            qCInfo(lcVsphere) << "stopped waiting for task" << task << ":" << failure;
            error->kind = VsphereError::Kind::Cancelled;
            error->message = failure + u' ' +
                             tr("Stopped while vCenter's task %1 still ran; Vantage asked vCenter "
                                "to cancel it.")
                                 .arg(task);
            return false;
        }
        if (waited.elapsed() >= m_timing.timeoutMs) {
            cancel(task);
            qCWarning(lcVsphere) << "task" << task << "timed out:" << failure;
            error->kind = VsphereError::Kind::Network;
            error->message =
                failure + u' ' +
                tr("vCenter's task %1 did not finish within %2 seconds; Vantage asked vCenter to "
                   "cancel it.")
                    .arg(task)
                    .arg(m_timing.timeoutMs / 1000.0);
            error->hint = tr("Look at the task in the vSphere Client, then refresh the provider.");
            return false;
        }
        QThread::msleep(m_timing.pollMs);
    }
}

void VsphereTaskRunner::cancel(const QString &task)
{
    // Best effort: not every task can be cancelled, and not every server cancels.
    VsphereError ignored;
    QByteArray unused;
    m_client.call("<CancelTask>" + self(QStringLiteral("Task"), task) + "</CancelTask>", &unused,
                  &ignored);
}

} // namespace Vantage
