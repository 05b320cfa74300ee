#pragma once

#include "core/provider.h"
#include "providers/vmware/vsphereclient.h"
#include "providers/vmware/vsphereoperationparser.h"

#include <QCoreApplication>
#include <QStringList>

namespace Vantage {

// How often a running task is polled and how long it may take before Vantage gives up on it.
struct VsphereTaskTiming
{
    int pollMs = 250;
    // A clone of a big VM between datastores takes its time; a task past this is cancelled.
    int timeoutMs = 60 * 60 * 1000;
};

// The calls every vSphere operation is made of: reading one object's properties, and running a
// method that returns a Task until the task ends, its progress reported on the way.
class VsphereTaskRunner
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::VsphereTaskRunner)

public:
    VsphereTaskRunner(VsphereClient &client, const VsphereTaskTiming &timing);

    // The named properties of one managed object; false with *error otherwise (a fault
    // ManagedObjectNotFound when the object is gone).
    bool read(const QString &type, const QString &ref, const QStringList &paths,
              VsphereProperties *out, VsphereError *error);

    // Sends method (a *_Task body), then polls the task it returns until it ends. control's
    // progress gets the task's percent mapped into [from, to]. On success *info holds the final
    // info (result: the new VM of a clone). failure is the sentence an error starts with ("Could
    // not power on web-1."); the task's own message follows it. A task still running after the
    // time-out, or when control asks to stop, is asked to cancel and reported as failed.
    bool run(const QByteArray &method, const QString &failure, const OperationControl &control,
             int from, int to, VsphereTaskInfo *info, VsphereError *error);

    // A method that is not a task (ShutdownGuest, UnregisterVM): its answer only says whether
    // the server accepted it.
    bool call(const QByteArray &method, const QString &failure, VsphereError *error);

    // <_this type="Type">ref</_this>
    static QByteArray self(const QString &type, const QString &ref);

    VsphereClient &client() { return m_client; }

private:
    bool wait(const QString &task, const QString &failure, const OperationControl &control,
              int from, int to, VsphereTaskInfo *info, VsphereError *error);
    void cancel(const QString &task);

    VsphereClient &m_client;
    VsphereTaskTiming m_timing;
};

} // namespace Vantage
