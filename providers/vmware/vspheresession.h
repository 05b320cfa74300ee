#pragma once

#include "core/provider.h"
#include "providers/vmware/vsphereclient.h"

#include <QCoreApplication>

#include <memory>

namespace Vantage {

class VsphereInventoryMapper;

// One vCenter (or ESXi host) as a manager: one VsphereClient, logged in for the session's life
// and logged in again by the client when vCenter drops the session. The client's calls are
// synchronous and may come from any thread, so the session needs no lock of its own.
class VsphereSession final : public ManagerSession
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::VsphereSession)

public:
    // Logs in to the first endpoint; nullptr with *error set otherwise.
    static std::shared_ptr<VsphereSession> open(const ManagerConfig &config, VsphereError *error);
    static VsphereClient::Settings settingsFor(const ManagerConfig &config, QString *error);

    bool isAlive() const override;
    // A recursive ContainerView of the root folder read in pages of RetrievePropertiesEx; *out
    // changes only when every page was read.
    bool collectInventory(InventoryCollection *out, const CancelFlag &cancel,
                          const ProgressCallback &progress, ProviderError *error) override;
    // VMs, hosts, clusters, datastores and networks by moref; other kinds are left out.
    bool collectTargets(const QList<InventoryTarget> &targets, InventoryCollection *out,
                        ProviderError *error) override;

    // Hosts and VMs (templates included) below the root folder, read through container views
    // without their properties: verify()'s summary.
    bool countObjects(int *hosts, int *vms, VsphereError *error);

    VsphereClient &client() { return *m_client; }

private:
    explicit VsphereSession(const VsphereClient::Settings &settings);
    int countOfType(const QString &type, VsphereError *error, bool *ok);
    // One RetrievePropertiesEx of these objects (and their ancestors, to name datacenters).
    bool retrieveObjects(const QList<InventoryTarget> &targets, VsphereInventoryMapper *mapper,
                         VsphereError *error);
    // Hands a retrieval answer's objects to mapper; *token is set when more pages follow.
    bool readPage(const QByteArray &answer, VsphereInventoryMapper *mapper, QString *token,
                  VsphereError *error) const;

    std::unique_ptr<VsphereClient> m_client;
};

} // namespace Vantage
