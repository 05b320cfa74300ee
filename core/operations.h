#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// What a manager can be asked to do to its VMs: the provider-neutral vocabulary of lifecycle
// operations. Providers implement them in ManagerSession; requests (core/requests.h) call them.
namespace Vantage {

enum class PowerOperation { Start, Shutdown, PowerOff, Reboot, Reset, Suspend, Resume };

class PowerOperations
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::PowerOperations)

public:
    static QList<PowerOperation> all();
    // "start", "shutdown", "power_off", "reboot", "reset", "suspend", "resume": stored in requests.
    static QString name(PowerOperation operation);
    static std::optional<PowerOperation> fromName(const QString &name);
    // "Start", "Shut Down", ...: for menus and logs.
    static QString displayName(PowerOperation operation);
    // Whether the operation makes sense for a VM in this generic power state (PowerState::*).
    static bool allowedIn(PowerOperation operation, const QString &powerState);
    // Power off, reset: the guest loses what it had not written. The UI asks first.
    static bool isDestructive(PowerOperation operation);
    // The power state the VM is in when the operation has done its work (On for Reboot/Reset).
    static QString resultingState(PowerOperation operation);
};

// A new VM. Exactly one source: sourceVmRef (clone a shut-off VM or template, or a running VM
// where ProviderType::clonesRunningVms(), its disks copied into storageRef), or sourceVolumeRef (an
// image volume copied as the new disk, or with sourceIsIso an ISO attached as a CD-ROM to boot
// from, with a blank disk of diskBytes).
struct ProvisionSpec
{
    QString name;
    QString hostRef;
    QString sourceVmRef;
    QString sourceVolumeRef;
    bool sourceIsIso = false;
    QString storageRef; // the pool that receives the new disk(s)
    int vcpus = 1;
    qint64 memoryBytes = 0;
    qint64 diskBytes = 0; // 0: as the source's
    QString networkRef;   // empty: no NIC (or as the clone source's)
    bool start = false;
};

struct DiskAddition
{
    QString storageRef;
    qint64 capacityBytes = 0;
};

struct NicAddition
{
    QString networkRef;
    QString model = QStringLiteral("virtio");
};

// A change to an existing VM; zero and empty members leave that part alone. live applies it to
// the running VM as well as its definition; otherwise it takes effect at next boot.
struct ReconfigureSpec
{
    int vcpus = 0;
    qint64 memoryBytes = 0;
    QList<DiskAddition> addDisks;
    QStringList removeDiskRefs; // disks' ems_refs
    QList<NicAddition> addNics;
    QStringList removeNicRefs; // NICs' ems_refs
    bool live = false;
};

// One disk image of a VM as SmartState reads it: a local path, opened read-only.
struct DiskSource
{
    QString target; // vda
    QString path;
    QString format; // raw, qcow2; empty when the manager does not say
};

} // namespace Vantage
