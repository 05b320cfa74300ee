#pragma once

#include "core/provider.h"
#include "core/providerregistry.h"

#include <QMutex>
#include <QThread>

// Tiny provider types for UI tests. "uifake" takes one endpoint uifake://<host>; a host named
// "down" fails verification and refresh the way an unreachable manager would. "uifakecluster"
// takes several endpoints and needs credentials. "uifakeops" says it implements the lifecycle
// operations, so that the UI offers them (its sessions never run one: UI tests read requests).
namespace Vantage::Testing {

struct UiFakeInventory
{
    QMutex mutex;
    InventoryCollection collection;
};

inline UiFakeInventory &uiFakeInventory()
{
    static UiFakeInventory inventory;
    return inventory;
}

class UiFakeSession final : public ManagerSession
{
public:
    explicit UiFakeSession(bool down) : m_down(down) {}
    bool isAlive() const override { return true; }
    bool collectInventory(InventoryCollection *out, const CancelFlag &,
                          const ProgressCallback &progress, ProviderError *error) override
    {
        if (m_down) {
            error->message = QStringLiteral("Cannot reach the manager: connection refused.");
            return false;
        }
        progress({0, 1, QStringLiteral("Reading VMs")});
        QMutexLocker lock(&uiFakeInventory().mutex);
        *out = uiFakeInventory().collection;
        progress({1, 1, QStringLiteral("Reading VMs")});
        return true;
    }
    bool collectTargets(const QList<InventoryTarget> &, InventoryCollection *,
                        ProviderError *) override
    {
        return true;
    }

private:
    bool m_down = false;
};

class UiFakeProviderType final : public ProviderType
{
public:
    explicit UiFakeProviderType(bool cluster = false, bool operations = false)
        : m_cluster(cluster), m_operations(operations)
    {}
    QString id() const override
    {
        if (m_operations)
            return QStringLiteral("uifakeops");
        return m_cluster ? QStringLiteral("uifakecluster") : QStringLiteral("uifake");
    }
    QString displayName() const override
    {
        if (m_operations)
            return QStringLiteral("UI Fake with operations");
        return m_cluster ? QStringLiteral("UI Fake Cluster") : QStringLiteral("UI Fake");
    }
    bool hasOperations() const override { return m_operations; }
    QString managerKind() const override
    {
        return QString::fromLatin1(ManagerKind::Infrastructure);
    }
    EndpointDescription endpointDescription() const override
    {
        return {QStringLiteral("URI"), QStringLiteral("uifake://host"), m_cluster, m_cluster};
    }
    QString validateEndpoint(const QString &endpoint) const override
    {
        if (!endpoint.startsWith(QStringLiteral("uifake://")))
            return QStringLiteral("A UI fake URI starts with uifake://");
        if (endpoint.size() == 9)
            return QStringLiteral("The URI names no host.");
        return {};
    }
    std::shared_ptr<ManagerSession> connect(const ManagerConfig &config,
                                            ProviderError *) const override
    {
        return std::make_shared<UiFakeSession>(isDown(config));
    }
    VerifyResult verify(const ManagerConfig &config) const override
    {
        // Slow enough for the busy indicator to be seen by the test.
        QThread::msleep(150);
        VerifyResult result;
        if (isDown(config)) {
            result.error.message = QStringLiteral("Cannot reach down: connection refused.");
            result.error.hint = QStringLiteral("Check that the host is running and reachable.");
            return result;
        }
        result.ok = true;
        result.summary = QStringLiteral("1 host, 1 VM");
        return result;
    }

private:
    static bool isDown(const ManagerConfig &config)
    {
        return config.endpoints.contains(QStringLiteral("uifake://down"));
    }
    bool m_cluster = false;
    bool m_operations = false;
};

inline void registerUiFakeProviders()
{
    ProviderRegistry::instance().registerType(std::make_unique<UiFakeProviderType>(false));
    ProviderRegistry::instance().registerType(std::make_unique<UiFakeProviderType>(true));
}

inline void registerUiFakeOperationsProvider()
{
    ProviderRegistry::instance().registerType(std::make_unique<UiFakeProviderType>(false, true));
}

} // namespace Vantage::Testing
