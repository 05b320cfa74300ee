#pragma once

#include "core/provider.h"
#include "core/providerregistry.h"

#include <QMutex>

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
};

inline FakeInventory &fakeInventory()
{
    static FakeInventory inventory;
    return inventory;
}

class FakeSession final : public ManagerSession
{
public:
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
};

inline void registerFakeProvider()
{
    if (!ProviderRegistry::instance().find(QStringLiteral("fake")))
        ProviderRegistry::instance().registerType(std::make_unique<FakeProviderType>());
}

} // namespace Vantage::Testing
