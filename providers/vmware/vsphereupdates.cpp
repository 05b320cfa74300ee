#include "providers/vmware/vsphereupdates.h"

#include "providers/vmware/inventory/vsphereinventoryquery.h"
#include "providers/vmware/soapresponse.h"
#include "providers/vmware/vsphereclient.h"
#include "providers/vmware/vspherelogging.h"
#include "providers/vmware/vsphereupdateparser.h"

namespace Vantage {

VsphereUpdateWatcher::VsphereUpdateWatcher(VsphereClient &client) : m_client(client) {}

VsphereUpdateWatcher::~VsphereUpdateWatcher()
{
    stop();
}

std::optional<InventoryTarget> VsphereUpdateWatcher::targetOf(const VsphereMoref &object)
{
    const QString &type = object.type;
    InventoryKind kind;
    if (type == u"VirtualMachine")
        kind = InventoryKind::Vm;
    else if (type == u"HostSystem")
        kind = InventoryKind::Host;
    else if (type == u"ClusterComputeResource")
        kind = InventoryKind::Cluster;
    else if (type == u"Datastore")
        kind = InventoryKind::Storage;
    else if (type == u"Network" || type == u"DistributedVirtualPortgroup")
        kind = InventoryKind::Network;
    else if (type == u"Datacenter")
        kind = InventoryKind::Datacenter;
    else if (type == u"Folder")
        kind = InventoryKind::Folder;
    else if (type == u"ResourcePool")
        kind = InventoryKind::ResourcePool;
    else
        return std::nullopt;
    return InventoryTarget{kind, object.value};
}

bool VsphereUpdateWatcher::wait(const QString &version, int maxWaitSeconds, VsphereUpdateSet *set,
                                VsphereError *error, const CancelFlag *cancel)
{
    QByteArray answer;
    if (!m_client.callEnvelope(VsphereInventoryQuery::waitForUpdates(
                                   m_collector, version, maxWaitSeconds, MaxObjectUpdates),
                               &answer, error, cancel))
        return false;
    *set = VsphereUpdateParser::parse(answer);
    if (set->ok())
        return true;
    error->faultType = set->faultType;
    if (set->faultType.isEmpty()) {
        error->kind = VsphereError::Kind::Malformed;
        error->message = tr("%1 sent property changes that cannot be read: %2")
                             .arg(m_client.url().host(), set->error);
    } else {
        error->kind = VsphereError::Kind::Fault;
        error->message = set->error;
    }
    error->hint = tr("The inventory is read in full and watched again.");
    return false;
}

bool VsphereUpdateWatcher::start(const InventoryChangeCallback &onChanged,
                                 const ConnectionLostCallback &onLost, ProviderError *error)
{
    stop();
    const VsphereClient::ServiceContent &content = m_client.serviceContent();
    VsphereError failure;
    // Each call answers with the reference of what it made.
    const auto create = [&](const QByteArray &request, const QString &type, VsphereMoref *made) {
        QByteArray answer;
        SoapResponse soap;
        if (!m_client.callEnvelope(request, &answer, &failure) ||
            !m_client.read(answer, &soap, &failure))
            return false;
        *made = {type, soap.text(u"returnval")};
        if (!made->isNull())
            return true;
        failure.kind = VsphereError::Kind::Malformed;
        failure.message = tr("%1 did not create the %2 that watches for changes.")
                              .arg(m_client.url().host(), type);
        return false;
    };
    VsphereMoref filter;
    bool ok = create(VsphereInventoryQuery::createPropertyCollector(
                         {QStringLiteral("PropertyCollector"), content.propertyCollector}),
                     QStringLiteral("PropertyCollector"), &m_collector) &&
              create(VsphereInventoryQuery::createContainerView(
                         {QStringLiteral("ViewManager"), content.viewManager},
                         {QStringLiteral("Folder"), content.rootFolder}),
                     QStringLiteral("ContainerView"), &m_view) &&
              create(VsphereInventoryQuery::createFilter(m_collector, m_view),
                     QStringLiteral("PropertyFilter"), &filter);
    // The first answer is the whole inventory as it is now (in parts while truncated): what the
    // caller's full refresh reads, so not a change.
    QString version;
    VsphereUpdateSet set;
    set.truncated = true;
    while (ok && set.truncated) {
        ok = wait(version, MaxWaitSeconds, &set, &failure, nullptr);
        version = set.version;
    }
    // Without a version the next wait would list everything again, as changes.
    if (ok && version.isEmpty()) {
        ok = false;
        failure.kind = VsphereError::Kind::Malformed;
        failure.message = tr("%1 answered the first wait for changes without a version.")
                              .arg(m_client.url().host());
        failure.hint = tr("Changes are picked up by events and full refreshes instead.");
    }
    if (!ok) {
        release();
        *error = failure;
        return false;
    }
    qCInfo(lcVsphere) << "watching property changes on" << m_client.url().host() << "from version"
                      << version;
    m_stop = false;
    m_pending.clear();
    m_lost.reset();
    m_waitCancel = std::make_unique<CancelFlag>();
    m_waitThread = std::thread([this, version] { waitLoop(version); });
    m_deliverThread = std::thread([this, onChanged, onLost] { deliverLoop(onChanged, onLost); });
    return true;
}

void VsphereUpdateWatcher::waitLoop(QString version)
{
    while (!m_waitCancel->isCancelled()) {
        VsphereUpdateSet set;
        VsphereError failure;
        if (!wait(version, MaxWaitSeconds, &set, &failure, m_waitCancel.get())) {
            if (m_waitCancel->isCancelled())
                return;
            qCWarning(lcVsphere) << "property changes lost:" << failure.toString();
            std::lock_guard lock(m_mutex);
            m_lost = failure.toString();
            m_wake.notify_all();
            return;
        }
        // An empty answer means the wait ran out with nothing new: the version stays.
        if (!set.version.isEmpty())
            version = set.version;
        QList<InventoryTarget> changed;
        for (const VsphereObjectUpdate &update : std::as_const(set.objects)) {
            if (const auto target = targetOf(update.object))
                changed.append(*target);
        }
        if (changed.isEmpty())
            continue;
        std::lock_guard lock(m_mutex);
        for (const InventoryTarget &target : std::as_const(changed)) {
            if (!m_pending.contains(target))
                m_pending.append(target);
        }
        m_wake.notify_all();
    }
}

void VsphereUpdateWatcher::deliverLoop(const InventoryChangeCallback &onChanged,
                                       const ConnectionLostCallback &onLost)
{
    std::unique_lock lock(m_mutex);
    while (true) {
        m_wake.wait(lock, [this] { return m_stop || !m_pending.isEmpty() || m_lost; });
        if (m_stop)
            return;
        if (!m_pending.isEmpty()) {
            if (m_wake.wait_for(lock, std::chrono::milliseconds(CoalesceMs),
                                [this] { return m_stop; }))
                return;
            const QList<InventoryTarget> batch = std::exchange(m_pending, {});
            lock.unlock();
            onChanged(batch);
            lock.lock();
            continue;
        }
        const QString reason = *m_lost;
        lock.unlock();
        // onLost may stop the watch and so end this thread's watcher: nothing of it is touched
        // after the call.
        onLost(reason);
        return;
    }
}

void VsphereUpdateWatcher::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        if (m_waitCancel)
            m_waitCancel->cancel();
    }
    m_wake.notify_all();
    if (m_waitThread.joinable())
        m_waitThread.join();
    if (m_deliverThread.joinable()) {
        // Called from onLost on the delivering thread itself: it returns right after.
        if (m_deliverThread.get_id() == std::this_thread::get_id())
            m_deliverThread.detach();
        else
            m_deliverThread.join();
    }
    release();
}

void VsphereUpdateWatcher::release()
{
    // Only a reachable server keeps them; a dead one would only make the caller wait.
    if (m_client.isAlive()) {
        VsphereError ignored;
        QByteArray unused;
        if (!m_collector.isNull())
            m_client.callEnvelope(VsphereInventoryQuery::destroyPropertyCollector(m_collector),
                                  &unused, &ignored);
        if (!m_view.isNull())
            m_client.callEnvelope(VsphereInventoryQuery::destroyView(m_view), &unused, &ignored);
    }
    m_collector = {};
    m_view = {};
}

} // namespace Vantage
