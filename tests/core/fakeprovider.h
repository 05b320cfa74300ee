#pragma once

#include "core/provider.h"
#include "core/providerregistry.h"

#include <QMutex>
#include <QSet>

#include <functional>

// An in-memory provider type for core's tests: its inventory is whatever the test sets, and it
// can be told to fail.
namespace Vantage::Testing {

struct FakeInventory
{
    QMutex mutex;
    InventoryCollection collection;
    bool unreachable = false;
    int collections = 0;
    int connects = 0;
    // Events: what the session was subscribed with, and how many subscribes should fail first.
    QByteArray eventMapping;
    EventCallback sink;
    ConnectionLostCallback onLost;
    int failingSubscribes = 0;
    int subscribes = 0;
    // Operations: what was done, and what should fail. A provisioned VM is "vm-<name>".
    int provisions = 0;
    int failProvisionAt = 0;     // the Nth provision (1-based) fails; 0: none
    QSet<QString> failingPower;  // VMs whose power operations fail
    bool ignoreShutdown = false; // guests do not react to a graceful shutdown
    QStringList operations;      // "provision web-1", "power_off vm-web-1", "remove vm-x storage"
    // Called before each operation, without the lock (tests cancel requests from here).
    std::function<void(const QString &operation)> beforeOperation;
};

inline FakeInventory &fakeInventory()
{
    static FakeInventory inventory;
    return inventory;
}

class FakeSession final : public ManagerSession
{
public:
    bool powerOperation(const QString &vmRef, PowerOperation operation, ProviderError *error,
                        const OperationControl & = {}) override
    {
        const QString name = PowerOperations::name(operation);
        notify(name + u' ' + vmRef);
        QMutexLocker lock(&fakeInventory().mutex);
        VmRecord *vm = findVm(vmRef);
        if (!vm || fakeInventory().failingPower.contains(vmRef)) {
            error->message = QStringLiteral("The fake manager refuses to %1 %2.").arg(name, vmRef);
            return false;
        }
        fakeInventory().operations << name + u' ' + vmRef;
        if (operation != PowerOperation::Shutdown || !fakeInventory().ignoreShutdown)
            vm->powerState = PowerOperations::resultingState(operation);
        return true;
    }
    bool provisionVm(const ProvisionSpec &spec, QString *vmRef, ProviderError *error,
                     const OperationControl & = {}) override
    {
        notify(QStringLiteral("provision ") + spec.name);
        QMutexLocker lock(&fakeInventory().mutex);
        if (++fakeInventory().provisions == fakeInventory().failProvisionAt) {
            error->message = QStringLiteral("Storage pool is full.");
            return false;
        }
        VmRecord vm;
        vm.emsRef = QStringLiteral("vm-") + spec.name;
        vm.hostRef = QStringLiteral("h");
        vm.name = spec.name;
        vm.vcpus = spec.vcpus;
        vm.powerState = QLatin1String(spec.start ? PowerState::On : PowerState::Off);
        fakeInventory().collection.vms << vm;
        fakeInventory().operations << QStringLiteral("provision ") + spec.name;
        *vmRef = vm.emsRef;
        return true;
    }
    bool reconfigureVm(const QString &vmRef, const ReconfigureSpec &spec, ProviderError *error,
                       const OperationControl & = {}) override
    {
        notify(QStringLiteral("reconfigure ") + vmRef);
        QMutexLocker lock(&fakeInventory().mutex);
        VmRecord *vm = findVm(vmRef);
        if (!vm) {
            error->message = QStringLiteral("No VM %1.").arg(vmRef);
            return false;
        }
        if (spec.vcpus)
            vm->vcpus = spec.vcpus;
        if (spec.memoryBytes)
            vm->memoryBytes = spec.memoryBytes;
        fakeInventory().operations << QStringLiteral("reconfigure ") + vmRef;
        return true;
    }
    bool removeVm(const QString &vmRef, bool deleteStorage, ProviderError *error,
                  const OperationControl & = {}) override
    {
        notify(QStringLiteral("remove ") + vmRef);
        QMutexLocker lock(&fakeInventory().mutex);
        VmRecord *vm = findVm(vmRef);
        if (!vm || vm->powerState != QLatin1String(PowerState::Off)) {
            error->message = QStringLiteral("VM %1 is missing or not shut off.").arg(vmRef);
            return false;
        }
        fakeInventory().collection.vms.removeIf(
            [&](const VmRecord &record) { return record.emsRef == vmRef; });
        fakeInventory().operations << QStringLiteral("remove ") + vmRef +
                                          (deleteStorage ? QStringLiteral(" storage") : QString());
        return true;
    }

    bool isAlive() const override { return true; }
    bool subscribeEvents(const EventCallback &sink, const ConnectionLostCallback &onLost,
                         ProviderError *error) override
    {
        QMutexLocker lock(&fakeInventory().mutex);
        ++fakeInventory().subscribes;
        if (fakeInventory().failingSubscribes > 0) {
            --fakeInventory().failingSubscribes;
            error->message = QStringLiteral("The fake manager refuses events.");
            return false;
        }
        fakeInventory().sink = sink;
        fakeInventory().onLost = onLost;
        return true;
    }
    void unsubscribeEvents() override
    {
        QMutexLocker lock(&fakeInventory().mutex);
        fakeInventory().sink = nullptr;
        fakeInventory().onLost = nullptr;
    }
    bool collectInventory(InventoryCollection *out, const CancelFlag &,
                          const ProgressCallback &progress, ProviderError *error) override
    {
        QMutexLocker lock(&fakeInventory().mutex);
        ++fakeInventory().collections;
        if (fakeInventory().unreachable) {
            error->message = QStringLiteral("The fake manager cannot be reached.");
            return false;
        }
        progress({1, 1, QStringLiteral("Reading")});
        *out = fakeInventory().collection;
        return true;
    }
    bool collectTargets(const QList<InventoryTarget> &targets, InventoryCollection *out,
                        ProviderError *) override
    {
        QMutexLocker lock(&fakeInventory().mutex);
        for (const VmRecord &vm : std::as_const(fakeInventory().collection.vms)) {
            for (const InventoryTarget &target : targets) {
                if (target.emsRef == vm.emsRef)
                    out->vms << vm;
            }
        }
        return true;
    }

private:
    static void notify(const QString &operation)
    {
        std::function<void(const QString &)> hook;
        {
            QMutexLocker lock(&fakeInventory().mutex);
            hook = fakeInventory().beforeOperation;
        }
        if (hook)
            hook(operation);
    }
    static VmRecord *findVm(const QString &vmRef)
    {
        for (VmRecord &vm : fakeInventory().collection.vms) {
            if (vm.emsRef == vmRef)
                return &vm;
        }
        return nullptr;
    }
};

class FakeProviderType final : public ProviderType
{
public:
    QString id() const override { return QStringLiteral("fake"); }
    QString displayName() const override { return QStringLiteral("Fake"); }
    QString managerKind() const override
    {
        return QString::fromLatin1(ManagerKind::Infrastructure);
    }
    EndpointDescription endpointDescription() const override
    {
        return {QStringLiteral("URL"), QStringLiteral("fake://"), false, false};
    }
    QString validateEndpoint(const QString &endpoint) const override
    {
        return endpoint.startsWith(QStringLiteral("fake://")) ? QString()
                                                              : QStringLiteral("Not a fake URL.");
    }
    std::shared_ptr<ManagerSession> connect(const ManagerConfig &, ProviderError *) const override
    {
        QMutexLocker lock(&fakeInventory().mutex);
        ++fakeInventory().connects;
        return std::make_shared<FakeSession>();
    }
    VerifyResult verify(const ManagerConfig &) const override
    {
        return {true, QStringLiteral("ok"), {}};
    }
    QByteArray eventMappingJson() const override
    {
        QMutexLocker lock(&fakeInventory().mutex);
        return fakeInventory().eventMapping;
    }
    bool hasOperations() const override { return true; }
};

inline void registerFakeProvider()
{
    if (!ProviderRegistry::instance().find(QStringLiteral("fake")))
        ProviderRegistry::instance().registerType(std::make_unique<FakeProviderType>());
}

} // namespace Vantage::Testing
