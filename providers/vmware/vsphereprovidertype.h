#pragma once

#include "core/provider.h"

#include <QCoreApplication>

namespace Vantage {

// The "vmware" provider type: one vCenter Server (or a single ESXi host) through the vSphere
// Web Services API.
class VsphereProviderType final : public ProviderType
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::VsphereProviderType)

public:
    static QString typeId();

    QString id() const override;
    QString displayName() const override;
    QString managerKind() const override;
    EndpointDescription endpointDescription() const override;
    QString validateEndpoint(const QString &endpoint) const override;
    std::shared_ptr<ManagerSession> connect(const ManagerConfig &config,
                                            ProviderError *error) const override;
    // An untrusted certificate fails with its SHA-256 fingerprint in the message; the manager
    // option ManagerOption::TlsPinSha256 set to it makes the next verify() accept it.
    VerifyResult verify(const ManagerConfig &config) const override;
    // resources/eventmapping.json: vSphere event types (VmPoweredOnEvent, ...) to generic ones.
    QByteArray eventMappingJson() const override;
    // Power, clone, reconfigure and remove as vSphere tasks (vsphereoperations.h).
    bool hasOperations() const override { return true; }
    // PerformanceManager realtime statistics (vsphereperformance.h).
    bool hasMetrics() const override { return true; }
    // New VMs are clones of VMs or templates only.
    bool provisionsFromVolumes() const override { return false; }
    // vCenter copies a running VM's disks through a snapshot of its own.
    bool clonesRunningVms() const override { return true; }
};

} // namespace Vantage
