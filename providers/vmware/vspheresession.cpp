#include "providers/vmware/vspheresession.h"

#include "providers/vmware/soapresponse.h"

namespace Vantage {

VsphereSession::VsphereSession(const VsphereClient::Settings &settings)
    : m_client(std::make_unique<VsphereClient>(settings))
{}

VsphereClient::Settings VsphereSession::settingsFor(const ManagerConfig &config, QString *error)
{
    VsphereClient::Settings settings;
    if (config.endpoints.isEmpty()) {
        *error = tr("No vCenter address is set.");
        return settings;
    }
    settings.url = VsphereClient::sdkUrl(config.endpoints.first(), error);
    settings.user = config.credentials.user;
    settings.password = config.credentials.password;
    settings.pinnedSha256 = config.options.value(QLatin1StringView(PinOption)).toString();
    return settings;
}

std::shared_ptr<VsphereSession> VsphereSession::open(const ManagerConfig &config,
                                                     VsphereError *error)
{
    QString invalid;
    const VsphereClient::Settings settings = settingsFor(config, &invalid);
    if (!settings.url.isValid()) {
        error->kind = VsphereError::Kind::Malformed;
        error->message = invalid;
        error->hint = tr("Edit the provider's address.");
        return nullptr;
    }
    std::shared_ptr<VsphereSession> session(new VsphereSession(settings));
    if (!session->m_client->open(error))
        return nullptr;
    return session;
}

bool VsphereSession::isAlive() const
{
    return m_client->isAlive();
}

bool VsphereSession::collectInventory(InventoryCollection *out, const CancelFlag &cancel,
                                      const ProgressCallback &progress, ProviderError *error)
{
    Q_UNUSED(out);
    Q_UNUSED(cancel);
    Q_UNUSED(progress);
    error->message = tr("Reading a vSphere inventory is not available in this build yet.");
    return false;
}

bool VsphereSession::collectTargets(const QList<InventoryTarget> &targets, InventoryCollection *out,
                                    ProviderError *error)
{
    Q_UNUSED(targets);
    Q_UNUSED(out);
    error->message = tr("Reading a vSphere inventory is not available in this build yet.");
    return false;
}

int VsphereSession::countOfType(const QString &type, VsphereError *error, bool *ok)
{
    *ok = false;
    const VsphereClient::ServiceContent &content = m_client->serviceContent();
    QByteArray response;
    if (!m_client->call(
            "<CreateContainerView>" +
                VsphereClient::moref("_this", QStringLiteral("ViewManager"), content.viewManager) +
                VsphereClient::moref("container", QStringLiteral("Folder"), content.rootFolder) +
                "<type>" + VsphereClient::xmlText(type) +
                "</type><recursive>true</recursive></CreateContainerView>",
            &response, error))
        return 0;
    SoapResponse soap;
    soap.parse(response);
    const QString view = soap.text(u"returnval");
    const QByteArray viewRef = VsphereClient::moref("obj", QStringLiteral("ContainerView"), view);
    const bool read = m_client->call(
        "<RetrievePropertiesEx>" +
            VsphereClient::moref("_this", QStringLiteral("PropertyCollector"),
                                 content.propertyCollector) +
            "<specSet><propSet><type>ContainerView</type><pathSet>view</pathSet></propSet>"
            "<objectSet>" +
            viewRef + "</objectSet></specSet><options/></RetrievePropertiesEx>",
        &response, error);
    VsphereError ignored;
    QByteArray unused;
    m_client->call("<DestroyView>" +
                       VsphereClient::moref("_this", QStringLiteral("ContainerView"), view) +
                       "</DestroyView>",
                   &unused, &ignored);
    if (!read)
        return 0;
    soap.parse(response);
    *ok = true;
    return soap.count(u"returnval/objects/propSet/val/ManagedObjectReference");
}

bool VsphereSession::countObjects(int *hosts, int *vms, VsphereError *error)
{
    bool ok = false;
    *hosts = countOfType(QStringLiteral("HostSystem"), error, &ok);
    if (!ok)
        return false;
    *vms = countOfType(QStringLiteral("VirtualMachine"), error, &ok);
    return ok;
}

} // namespace Vantage
