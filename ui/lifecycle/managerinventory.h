#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace Vantage {

// What one manager holds, read from the cached inventory, for the lifecycle dialogs to offer
// choices (hosts, pools, networks, sources) and to check requests against (host threads and
// memory, pool space, names in use). One query per table.
struct ManagerInventory
{
    struct Host
    {
        QString ref;
        QString name;
        int threads = 0;
        qint64 memoryBytes = 0;
    };
    struct Storage
    {
        QString ref;
        QString name;
        qint64 availableBytes = 0;
        bool active = false;
    };
    struct Network
    {
        QString ref;
        QString name;
    };
    struct Vm
    {
        qint64 id = 0;
        QString ref;
        QString name;
        QString hostRef;
        QString powerState;
        bool isTemplate = false;
        int vcpus = 0;
        qint64 memoryBytes = 0;
    };
    struct Volume
    {
        QString ref;
        QString name;
        QString storageRef;
        qint64 capacityBytes = 0;
        bool isIso = false;
    };

    qint64 managerId = 0;
    // Whether the manager's provider builds VMs from image and ISO volumes, or only clones
    // (ProviderType::provisionsFromVolumes()).
    bool volumeSources = true;
    // Whether it clones running VMs too (ProviderType::clonesRunningVms()).
    bool clonesRunning = false;
    QList<Host> hosts;
    QList<Storage> storages;
    QList<Network> networks;
    QList<Vm> vms;
    QList<Volume> volumes;
    QSet<QString> vmNames; // lower-case: names are compared as the manager would, ignoring case

    static ManagerInventory load(qint64 managerId);

    const Host *host(const QString &ref) const;
    const Storage *storage(const QString &ref) const;
    const Vm *vm(const QString &ref) const;
    int maxThreads() const;
    qint64 maxMemoryBytes() const;
};

// The managers whose provider type implements lifecycle operations, as (id, "provider / manager").
struct OperableManager
{
    qint64 id = 0;
    QString label;
};
QList<OperableManager> operableManagers();

// Names of new VMs: what the request runner and the manager accept.
class VmNames
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::VmNames)

public:
    static constexpr int MaxLength = 63;
    // Why the name cannot be used (characters, first character, length); empty when fine.
    static QString problem(const QString &name);
    // web-{n} with count 3 → web-1, web-2, web-3; a name without {n} stays as it is.
    static QStringList expand(const QString &pattern, int count);
    static bool hasCounter(const QString &pattern);
};

} // namespace Vantage
