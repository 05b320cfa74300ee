#include "providers/vmware/vsphereprovidertype.h"

#include "providers/vmware/vspherelogging.h"
#include "providers/vmware/vspheresession.h"

#include <QFile>

namespace Vantage {

QString VsphereProviderType::typeId()
{
    return QStringLiteral("vmware");
}

QString VsphereProviderType::id() const
{
    return typeId();
}

QString VsphereProviderType::displayName() const
{
    return tr("VMware vSphere");
}

QString VsphereProviderType::managerKind() const
{
    return QLatin1StringView(ManagerKind::Infrastructure);
}

EndpointDescription VsphereProviderType::endpointDescription() const
{
    EndpointDescription description;
    description.label = tr("vCenter address");
    description.placeholder = QStringLiteral("https://vcenter.example.com/sdk");
    description.multiple = false;
    description.needsCredentials = true;
    return description;
}

QString VsphereProviderType::validateEndpoint(const QString &endpoint) const
{
    QString error;
    VsphereClient::sdkUrl(endpoint, &error);
    return error;
}

std::shared_ptr<ManagerSession> VsphereProviderType::connect(const ManagerConfig &config,
                                                             ProviderError *error) const
{
    VsphereError failure;
    std::shared_ptr<VsphereSession> session = VsphereSession::open(config, &failure);
    if (!session)
        *error = failure;
    return session;
}

VerifyResult VsphereProviderType::verify(const ManagerConfig &config) const
{
    VerifyResult result;
    VsphereError failure;
    const std::shared_ptr<VsphereSession> session = VsphereSession::open(config, &failure);
    int hosts = 0;
    int vms = 0;
    if (!session || !session->countObjects(&hosts, &vms, &failure)) {
        result.error = failure;
        return result;
    }
    // Spelled out rather than "%n host(s)" so English reads right without a loaded translation.
    const QString hostText = hosts == 1 ? tr("1 host") : tr("%1 hosts").arg(hosts);
    const QString vmText = vms == 1 ? tr("1 VM") : tr("%1 VMs").arg(vms);
    result.summary = tr("%1, %2").arg(hostText, vmText);
    result.ok = true;
    return result;
}

QByteArray VsphereProviderType::eventMappingJson() const
{
    QFile file(QStringLiteral(":/vantage/providers/vmware/eventmapping.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcVsphere) << "the vSphere event mapping is missing from the build";
        return {};
    }
    return file.readAll();
}

} // namespace Vantage
