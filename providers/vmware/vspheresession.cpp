#include "providers/vmware/vspheresession.h"

#include "providers/vmware/inventory/vsphereinventorymapper.h"
#include "providers/vmware/inventory/vsphereinventoryparser.h"
#include "providers/vmware/inventory/vsphereinventoryquery.h"
#include "providers/vmware/soapresponse.h"
#include "providers/vmware/vspherelogging.h"

#include <QBuffer>

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
    settings.pinnedSha256 =
        config.options.value(QLatin1StringView(ManagerOption::TlsPinSha256)).toString();
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

namespace {

// Objects per RetrievePropertiesEx page: big enough that 10,000 VMs take a few dozen calls,
// small enough that one answer stays a few MiB.
constexpr int PageSize = 1000;

QString vsphereType(InventoryKind kind)
{
    switch (kind) {
    case InventoryKind::Vm:
        return QStringLiteral("VirtualMachine");
    case InventoryKind::Host:
        return QStringLiteral("HostSystem");
    case InventoryKind::Cluster:
        return QStringLiteral("ClusterComputeResource");
    case InventoryKind::Storage:
        return QStringLiteral("Datastore");
    case InventoryKind::Network:
        return QStringLiteral("Network");
    default:
        return {};
    }
}

} // namespace

bool VsphereSession::readPage(const QByteArray &answer, VsphereInventoryMapper *mapper,
                              QString *token, VsphereError *error) const
{
    // Through a device, so the parser decodes the page a chunk at a time, never whole.
    QBuffer device;
    device.setData(answer);
    device.open(QIODevice::ReadOnly);
    const VsphereRetrieveResult page = VsphereInventoryParser::parse(
        &device, [mapper](VsphereObject &&object) { mapper->add(object); });
    if (!page.ok()) {
        error->kind = VsphereError::Kind::Malformed;
        error->message = tr("%1 sent an inventory page that cannot be read: %2")
                             .arg(m_client->url().host(), page.error);
        error->hint = tr("The last inventory is kept; the next refresh tries again.");
        return false;
    }
    *token = page.token;
    return true;
}

bool VsphereSession::collectInventory(InventoryCollection *out, const CancelFlag &cancel,
                                      const ProgressCallback &progress, ProviderError *error)
{
    const VsphereClient::ServiceContent &content = m_client->serviceContent();
    const VsphereMoref propertyCollector{QStringLiteral("PropertyCollector"),
                                         content.propertyCollector};
    VsphereError failure;
    QByteArray answer;
    if (!m_client->callEnvelope(VsphereInventoryQuery::createContainerView(
                                    {QStringLiteral("ViewManager"), content.viewManager},
                                    {QStringLiteral("Folder"), content.rootFolder}),
                                &answer, &failure, &cancel)) {
        *error = failure;
        return false;
    }
    SoapResponse created;
    if (!m_client->read(answer, &created, &failure)) {
        *error = failure;
        return false;
    }
    const VsphereMoref view{QStringLiteral("ContainerView"), created.text(u"returnval")};

    // The mapper resolves references once every page is in, so a failed page leaves *out as it
    // was.
    VsphereInventoryMapper mapper;
    QString token;
    int pages = 0;
    bool ok = true;
    QByteArray request =
        VsphereInventoryQuery::retrieveProperties(propertyCollector, view, PageSize);
    while (true) {
        if (cancel.isCancelled()) {
            failure.kind = VsphereError::Kind::Cancelled;
            failure.message = tr("Reading the vCenter inventory was cancelled.");
            ok = false;
            break;
        }
        if (progress)
            progress({pages * PageSize, 0, tr("Reading the vCenter inventory")});
        ok = m_client->callEnvelope(request, &answer, &failure, &cancel) &&
             readPage(answer, &mapper, &token, &failure);
        ++pages;
        if (!ok || token.isEmpty())
            break;
        request = VsphereInventoryQuery::continueRetrieveProperties(propertyCollector, token);
    }
    // Release what the server keeps for us, whatever happened; failures here change nothing.
    VsphereError ignored;
    QByteArray unused;
    if (!ok && !token.isEmpty())
        m_client->callEnvelope(
            VsphereInventoryQuery::cancelRetrieveProperties(propertyCollector, token), &unused,
            &ignored);
    m_client->callEnvelope(VsphereInventoryQuery::destroyView(view), &unused, &ignored);
    if (!ok) {
        *error = failure;
        return false;
    }
    for (const QString &warning : mapper.warnings())
        qCWarning(lcVsphere) << warning;
    *out = mapper.collection();
    if (progress)
        progress({int(out->vms.size()), int(out->vms.size()), tr("Read the vCenter inventory")});
    return true;
}

bool VsphereSession::collectTargets(const QList<InventoryTarget> &targets, InventoryCollection *out,
                                    ProviderError *error)
{
    VsphereInventoryMapper mapper;
    QList<InventoryTarget> readable;
    for (const InventoryTarget &target : targets) {
        if (!vsphereType(target.kind).isEmpty())
            readable.append(target);
    }
    VsphereError failure;
    if (!retrieveObjects(readable, &mapper, &failure)) {
        // vCenter refuses the whole call when one object is gone; then each is read alone and
        // the gone ones are left out, as the interface asks.
        if (failure.faultType != u"ManagedObjectNotFound") {
            *error = failure;
            return false;
        }
        for (const InventoryTarget &target : std::as_const(readable)) {
            failure = {};
            if (!retrieveObjects({target}, &mapper, &failure) &&
                failure.faultType != u"ManagedObjectNotFound") {
                *error = failure;
                return false;
            }
        }
    }
    *out = mapper.collection(targets);
    return true;
}

bool VsphereSession::retrieveObjects(const QList<InventoryTarget> &targets,
                                     VsphereInventoryMapper *mapper, VsphereError *error)
{
    if (targets.isEmpty())
        return true;
    QList<VsphereMoref> objects;
    for (const InventoryTarget &target : targets)
        objects.append({vsphereType(target.kind), target.emsRef});
    QByteArray answer;
    QString token;
    return m_client->callEnvelope(VsphereInventoryQuery::retrieveObjects(
                                      {QStringLiteral("PropertyCollector"),
                                       m_client->serviceContent().propertyCollector},
                                      objects),
                                  &answer, error) &&
           readPage(answer, mapper, &token, error);
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
    if (!m_client->read(response, &soap, error))
        return 0;
    const QString view = soap.text(u"returnval");
    const QByteArray viewRef = VsphereClient::moref("obj", QStringLiteral("ContainerView"), view);
    const bool retrieved = m_client->call(
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
    if (!retrieved || !m_client->read(response, &soap, error))
        return 0;
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
