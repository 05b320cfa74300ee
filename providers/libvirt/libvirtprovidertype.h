#pragma once

#include "core/provider.h"

#include <QCoreApplication>

namespace Vantage {

// The "libvirt" provider type: KVM/QEMU (and any other libvirt driver) hosts, several URIs
// forming the manager's one cluster.
class LibvirtProviderType final : public ProviderType
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::LibvirtProviderType)

public:
    static QString typeId();

    QString id() const override;
    QString displayName() const override;
    QString managerKind() const override;
    EndpointDescription endpointDescription() const override;
    QString validateEndpoint(const QString &endpoint) const override;
    std::shared_ptr<ManagerSession> connect(const ManagerConfig &config,
                                            ProviderError *error) const override;
    VerifyResult verify(const ManagerConfig &config) const override;
    // resources/eventmapping.json, compiled into the library: every name LibvirtEventNames
    // emits, mapped to core's generic types.
    QByteArray eventMappingJson() const override;
    // LibvirtSession::collectMetrics() works with every driver (see there for what each gives).
    bool hasMetrics() const override { return true; }
    // LibvirtSession implements every lifecycle operation (libvirtoperations.cpp).
    bool hasOperations() const override { return true; }
};

} // namespace Vantage
