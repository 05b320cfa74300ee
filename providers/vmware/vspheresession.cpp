#include "providers/vmware/vspheresession.h"

#include "providers/vmware/inventory/vsphereinventorymapper.h"
#include "providers/vmware/inventory/vsphereinventoryparser.h"
#include "providers/vmware/inventory/vsphereinventoryquery.h"
#include "providers/vmware/soapresponse.h"
#include "providers/vmware/vsphereeventparser.h"
#include "providers/vmware/vspherelogging.h"
#include "providers/vmware/vsphereoperations.h"
#include "providers/vmware/vsphereperformance.h"
#include "providers/vmware/vsphereupdates.h"

#include "core/database.h"

#include <QBuffer>

#include <algorithm>

namespace Vantage {

VsphereSession::VsphereSession(const VsphereClient::Settings &settings)
    : m_client(std::make_unique<VsphereClient>(settings)),
      m_updates(std::make_unique<VsphereUpdateWatcher>(*m_client)),
      m_performance(std::make_unique<VspherePerformance>(*m_client)),
      m_operations(std::make_unique<VsphereOperations>(*m_client))
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

VsphereSession::~VsphereSession()
{
    unwatchInventory();
    unsubscribeEvents();
}

bool VsphereSession::watchInventory(const InventoryChangeCallback &onChanged,
                                    const ConnectionLostCallback &onLost, ProviderError *error)
{
    return m_updates->start(onChanged, onLost, error);
}

void VsphereSession::unwatchInventory()
{
    m_updates->stop();
}

bool VsphereSession::collectMetrics(QList<MetricCounters> *out, ProviderError *error)
{
    return m_performance->collect(out, error);
}

bool VsphereSession::powerOperation(const QString &vmRef, PowerOperation operation,
                                    ProviderError *error, const OperationControl &control)
{
    return m_operations->powerOperation(vmRef, operation, error, control);
}

bool VsphereSession::provisionVm(const ProvisionSpec &spec, QString *vmRef, ProviderError *error,
                                 const OperationControl &control)
{
    return m_operations->provisionVm(spec, vmRef, error, control);
}

bool VsphereSession::reconfigureVm(const QString &vmRef, const ReconfigureSpec &spec,
                                   ProviderError *error, const OperationControl &control)
{
    return m_operations->reconfigureVm(vmRef, spec, error, control);
}

bool VsphereSession::removeVm(const QString &vmRef, bool deleteStorage, ProviderError *error,
                              const OperationControl &control)
{
    return m_operations->removeVm(vmRef, deleteStorage, error, control);
}

bool VsphereSession::isAlive() const
{
    return m_client->isAlive();
}

namespace {

// Objects per RetrievePropertiesEx page: big enough that 10,000 VMs take a few dozen calls,
// small enough that one answer stays a few MiB.
constexpr int PageSize = 1000;

// The managed object type to read a target as: vCenter finds an object only by its exact type,
// and a network may be a distributed port group, which vCenter names "dvportgroup-N".
QString vsphereType(const InventoryTarget &target)
{
    switch (target.kind) {
    case InventoryKind::Vm:
        return QStringLiteral("VirtualMachine");
    case InventoryKind::Host:
        return QStringLiteral("HostSystem");
    case InventoryKind::Cluster:
        return QStringLiteral("ClusterComputeResource");
    case InventoryKind::Datacenter:
        return QStringLiteral("Datacenter");
    case InventoryKind::Folder:
        return QStringLiteral("Folder");
    case InventoryKind::ResourcePool:
        return QStringLiteral("ResourcePool");
    case InventoryKind::Storage:
        return QStringLiteral("Datastore");
    case InventoryKind::Network:
        return target.emsRef.startsWith(u"dvportgroup-")
                   ? QStringLiteral("DistributedVirtualPortgroup")
                   : QStringLiteral("Network");
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
        if (!vsphereType(target).isEmpty())
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
        objects.append({vsphereType(target), target.emsRef});
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

namespace {

// The collector's latest page, at vSphere's maximum: every poll carries at most this many, so a
// burst (which the event handler answers with one full refresh once it passes 100 events in 2 s)
// must fit in it to be seen as one; events beyond it in one poll interval are missed, and the
// burst's full refresh catches up.
constexpr int EventPageSize = 1000;

} // namespace

RawEvent VsphereSession::rawEvent(const VsphereEvent &event)
{
    RawEvent raw;
    raw.timestampMs = event.createdMs > 0 ? event.createdMs : nowMs();
    raw.source = QStringLiteral("vmware");
    raw.name = event.type;
    if (!event.vmRef.isEmpty()) {
        raw.targetKind = InventoryKind::Vm;
        raw.targetRef = event.vmRef;
        raw.targetName = event.vmName;
    } else if (!event.hostRef.isEmpty()) {
        raw.targetKind = InventoryKind::Host;
        raw.targetRef = event.hostRef;
        raw.targetName = event.hostName;
    }
    raw.hostRef = event.hostRef;
    raw.message = event.message;
    raw.payload = {{QStringLiteral("key"), event.key},
                   {QStringLiteral("chainId"), event.chainId},
                   {QStringLiteral("userName"), event.userName}};
    return raw;
}

bool VsphereSession::readNewEvents(QList<VsphereEvent> *events, VsphereError *error,
                                   const CancelFlag *cancel)
{
    QByteArray answer;
    if (!m_client->call(
            "<RetrievePropertiesEx>" +
                VsphereClient::moref("_this", QStringLiteral("PropertyCollector"),
                                     m_client->serviceContent().propertyCollector) +
                "<specSet><propSet><type>EventHistoryCollector</type><pathSet>latestPage"
                "</pathSet></propSet><objectSet>" +
                VsphereClient::moref("obj", QStringLiteral("EventHistoryCollector"), m_collector) +
                "</objectSet></specSet><options/></RetrievePropertiesEx>",
            &answer, error, cancel))
        return false;
    VsphereEventPage page = VsphereEventParser::parse(answer);
    if (!page.ok()) {
        error->kind = VsphereError::Kind::Malformed;
        error->faultType = page.faultType;
        error->message =
            tr("%1 sent events that cannot be read: %2").arg(m_client->url().host(), page.error);
        error->hint = tr("Events are read again after reconnecting; a full refresh follows.");
        return false;
    }
    // The page is newest first; keys grow with time on one vCenter, so a key not above the last
    // one delivered was delivered before.
    std::sort(page.events.begin(), page.events.end(),
              [](const VsphereEvent &a, const VsphereEvent &b) { return a.key < b.key; });
    for (const VsphereEvent &event : std::as_const(page.events)) {
        if (event.key > m_lastEventKey) {
            m_lastEventKey = event.key;
            events->append(event);
        }
    }
    return true;
}

bool VsphereSession::subscribeEvents(const EventCallback &sink,
                                     const ConnectionLostCallback &onLost, ProviderError *error)
{
    unsubscribeEvents();
    const QString manager = m_client->serviceContent().eventManager;
    if (manager.isEmpty()) {
        error->message =
            tr("%1 has no event manager, so it reports no events.").arg(m_client->url().host());
        return false;
    }
    VsphereError failure;
    QString now;
    QByteArray answer;
    SoapResponse created;
    if (!m_client->currentTime(&now, &failure) ||
        !m_client->call("<CreateCollectorForEvents>" +
                            VsphereClient::moref("_this", QStringLiteral("EventManager"), manager) +
                            "<filter><time><beginTime>" + VsphereClient::xmlText(now) +
                            "</beginTime></time><maxCount>" + QByteArray::number(EventPageSize) +
                            "</maxCount></filter></CreateCollectorForEvents>",
                        &answer, &failure) ||
        !m_client->read(answer, &created, &failure)) {
        *error = failure;
        return false;
    }
    m_collector = created.text(u"returnval");
    m_lastEventKey = 0;
    // What the collector already holds happened before the subscription (not every server
    // honours beginTime): remember its last key without delivering it.
    QList<VsphereEvent> history;
    if (m_collector.isEmpty() || !readNewEvents(&history, &failure, nullptr)) {
        *error = failure;
        if (error->message.isEmpty())
            error->message =
                tr("%1 did not create an event collector.").arg(m_client->url().host());
        m_collector.clear();
        return false;
    }
    m_pollStop = false;
    m_pollCancel = std::make_unique<CancelFlag>();
    m_pollThread = std::thread([this, sink, onLost] { pollEvents(sink, onLost); });
    return true;
}

void VsphereSession::pollEvents(const EventCallback &sink, const ConnectionLostCallback &onLost)
{
    while (true) {
        {
            std::unique_lock lock(m_pollMutex);
            m_pollWake.wait_for(lock, std::chrono::milliseconds(PollIntervalMs),
                                [this] { return m_pollStop; });
            if (m_pollStop)
                return;
        }
        QList<VsphereEvent> events;
        VsphereError failure;
        if (!readNewEvents(&events, &failure, m_pollCancel.get())) {
            if (m_pollCancel->isCancelled())
                return;
            qCWarning(lcVsphere) << "events lost:" << failure.message;
            // onLost may unsubscribe; nothing of the session is touched after it.
            onLost(failure.message);
            return;
        }
        for (const VsphereEvent &event : std::as_const(events)) {
            if (m_pollCancel->isCancelled())
                return;
            sink(rawEvent(event));
        }
    }
}

void VsphereSession::unsubscribeEvents()
{
    {
        std::lock_guard lock(m_pollMutex);
        m_pollStop = true;
        if (m_pollCancel)
            m_pollCancel->cancel();
    }
    m_pollWake.notify_all();
    if (m_pollThread.joinable()) {
        // Called from onLost on the poll thread itself: it returns right after, so let it go.
        if (m_pollThread.get_id() == std::this_thread::get_id())
            m_pollThread.detach();
        else
            m_pollThread.join();
    }
    if (m_collector.isEmpty())
        return;
    // Only a reachable server keeps collectors; a dead one would only make the caller wait.
    if (m_client->isAlive()) {
        VsphereError ignored;
        QByteArray unused;
        m_client->call("<DestroyCollector>" +
                           VsphereClient::moref("_this", QStringLiteral("EventHistoryCollector"),
                                                m_collector) +
                           "</DestroyCollector>",
                       &unused, &ignored);
    }
    m_collector.clear();
}

} // namespace Vantage
