#include "providers/libvirt/libvirtprovidertype.h"

#include "providers/libvirt/libvirtlogging.h"
#include "providers/libvirt/libvirtsession.h"
#include "providers/libvirt/libvirturi.h"

#include <QFile>

namespace Vantage {

QString LibvirtProviderType::typeId()
{
    return QStringLiteral("libvirt");
}

QString LibvirtProviderType::id() const
{
    return typeId();
}

QString LibvirtProviderType::displayName() const
{
    return tr("libvirt (KVM/QEMU)");
}

QString LibvirtProviderType::managerKind() const
{
    return QLatin1StringView(ManagerKind::Infrastructure);
}

EndpointDescription LibvirtProviderType::endpointDescription() const
{
    EndpointDescription description;
    description.label = tr("URI");
    description.placeholder = QStringLiteral("qemu:///system");
    description.multiple = true;
    // Local sockets and SSH keys need none; tcp/tls with SASL and test files with <auth> do.
    description.needsCredentials = false;
    return description;
}

QString LibvirtProviderType::validateEndpoint(const QString &endpoint) const
{
    return LibvirtUri::validate(endpoint);
}

std::shared_ptr<ManagerSession> LibvirtProviderType::connect(const ManagerConfig &config,
                                                             ProviderError *error) const
{
    return LibvirtSession::open(config, error);
}

VerifyResult LibvirtProviderType::verify(const ManagerConfig &config) const
{
    VerifyResult result;
    const std::shared_ptr<LibvirtSession> session = LibvirtSession::open(config, &result.error);
    if (!session)
        return result;
    int hosts = 0;
    int vms = 0;
    if (!session->countObjects(&hosts, &vms, &result.error))
        return result;
    // Spelled out rather than "%n host(s)" so English reads right without a loaded translation.
    const QString hostText = hosts == 1 ? tr("1 host") : tr("%1 hosts").arg(hosts);
    const QString vmText = vms == 1 ? tr("1 VM") : tr("%1 VMs").arg(vms);
    result.summary = tr("%1, %2").arg(hostText, vmText);
    result.ok = true;
    return result;
}

QByteArray LibvirtProviderType::eventMappingJson() const
{
    QFile file(QStringLiteral(":/vantage/providers/libvirt/eventmapping.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcLibvirt) << "the libvirt event mapping is missing from the build";
        return {};
    }
    return file.readAll();
}

} // namespace Vantage
