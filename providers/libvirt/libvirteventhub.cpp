#include "providers/libvirt/libvirteventhub.h"

#include "providers/libvirt/libvirterror.h"
#include "providers/libvirt/libvirteventnames.h"
#include "providers/libvirt/libvirtlogging.h"
#include "providers/libvirt/libvirtprovidertype.h"
#include "providers/libvirt/libvirtrefs.h"

#include <QDateTime>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

namespace Vantage {

namespace {

constexpr int kKeepAliveIntervalS = 5;
constexpr unsigned kKeepAliveCount = 3;

// What libvirt holds for each registered callback; freed by libvirt once the callback is gone
// (which may be after deregistering, when it was being dispatched at that moment).
struct Registration
{
    std::shared_ptr<LibvirtEventHub> hub;
    quint64 generation = 0;
    QString uri;
    QString hostRef;
};

void freeRegistration(void *opaque)
{
    delete static_cast<Registration *>(opaque);
}

QString fromC(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

RawEvent baseEvent(const Registration &reg)
{
    RawEvent raw;
    raw.timestampMs = QDateTime::currentMSecsSinceEpoch(); // libvirt's events carry no time
    raw.source = LibvirtProviderType::typeId();
    raw.hostRef = reg.hostRef;
    raw.payload.insert(QStringLiteral("uri"), reg.uri);
    return raw;
}

// Only local getters here: the name and UUID travel with the event, so no round trip is made
// on the event loop thread.
RawEvent domainEvent(const Registration &reg, virDomainPtr dom)
{
    RawEvent raw = baseEvent(reg);
    raw.targetKind = InventoryKind::Vm;
    char uuid[VIR_UUID_STRING_BUFLEN];
    if (virDomainGetUUIDString(dom, uuid) == 0)
        raw.targetRef = LibvirtRefs::domain(QString::fromLatin1(uuid));
    raw.targetName = fromC(virDomainGetName(dom));
    return raw;
}

int onDomainLifecycle(virConnectPtr, virDomainPtr dom, int event, int detail, void *opaque)
{
    const auto *reg = static_cast<const Registration *>(opaque);
    RawEvent raw = domainEvent(*reg, dom);
    raw.name = LibvirtEventNames::domainLifecycle(event, detail);
    raw.message = LibvirtEventNames::domainLifecycleMessage(raw.targetName, event, detail);
    raw.payload.insert(QStringLiteral("event"), event);
    raw.payload.insert(QStringLiteral("detail"), detail);
    raw.payload.insert(QStringLiteral("eventName"), LibvirtEventNames::domainEventWord(event));
    raw.payload.insert(QStringLiteral("detailName"),
                       LibvirtEventNames::domainDetailWord(event, detail));
    reg->hub->deliver(reg->generation, raw);
    return 0;
}

void onDomainReboot(virConnectPtr, virDomainPtr dom, void *opaque)
{
    const auto *reg = static_cast<const Registration *>(opaque);
    RawEvent raw = domainEvent(*reg, dom);
    raw.name = LibvirtEventNames::domainReboot();
    raw.message = LibvirtEventNames::domainRebootMessage(raw.targetName);
    reg->hub->deliver(reg->generation, raw);
}

void onDomainDeviceAdded(virConnectPtr, virDomainPtr dom, const char *alias, void *opaque)
{
    const auto *reg = static_cast<const Registration *>(opaque);
    RawEvent raw = domainEvent(*reg, dom);
    raw.name = LibvirtEventNames::domainDeviceAdded();
    raw.message = LibvirtEventNames::domainDeviceAddedMessage(raw.targetName, fromC(alias));
    raw.payload.insert(QStringLiteral("device"), fromC(alias));
    reg->hub->deliver(reg->generation, raw);
}

void onDomainDeviceRemoved(virConnectPtr, virDomainPtr dom, const char *alias, void *opaque)
{
    const auto *reg = static_cast<const Registration *>(opaque);
    RawEvent raw = domainEvent(*reg, dom);
    raw.name = LibvirtEventNames::domainDeviceRemoved();
    raw.message = LibvirtEventNames::domainDeviceRemovedMessage(raw.targetName, fromC(alias));
    raw.payload.insert(QStringLiteral("device"), fromC(alias));
    reg->hub->deliver(reg->generation, raw);
}

void onNetworkLifecycle(virConnectPtr, virNetworkPtr net, int event, int detail, void *opaque)
{
    const auto *reg = static_cast<const Registration *>(opaque);
    RawEvent raw = baseEvent(*reg);
    raw.targetKind = InventoryKind::Network;
    char uuid[VIR_UUID_STRING_BUFLEN];
    const QString uuidText =
        virNetworkGetUUIDString(net, uuid) == 0 ? QString::fromLatin1(uuid) : QString();
    raw.targetName = fromC(virNetworkGetName(net));
    raw.targetRef = LibvirtRefs::network(reg->hostRef, uuidText, raw.targetName);
    raw.name = LibvirtEventNames::network(event);
    raw.message = LibvirtEventNames::networkMessage(raw.targetName, event);
    raw.payload.insert(QStringLiteral("event"), event);
    raw.payload.insert(QStringLiteral("detail"), detail);
    raw.payload.insert(QStringLiteral("eventName"), LibvirtEventNames::networkEventWord(event));
    reg->hub->deliver(reg->generation, raw);
}

void onPoolLifecycle(virConnectPtr, virStoragePoolPtr pool, int event, int detail, void *opaque)
{
    const auto *reg = static_cast<const Registration *>(opaque);
    RawEvent raw = baseEvent(*reg);
    raw.targetKind = InventoryKind::Storage;
    char uuid[VIR_UUID_STRING_BUFLEN];
    const QString uuidText =
        virStoragePoolGetUUIDString(pool, uuid) == 0 ? QString::fromLatin1(uuid) : QString();
    raw.targetName = fromC(virStoragePoolGetName(pool));
    raw.targetRef = LibvirtRefs::pool(reg->hostRef, uuidText, raw.targetName);
    raw.name = LibvirtEventNames::pool(event);
    raw.message = LibvirtEventNames::poolMessage(raw.targetName, event);
    raw.payload.insert(QStringLiteral("event"), event);
    raw.payload.insert(QStringLiteral("detail"), detail);
    raw.payload.insert(QStringLiteral("eventName"), LibvirtEventNames::poolEventWord(event));
    reg->hub->deliver(reg->generation, raw);
}

void onConnectionClosed(virConnectPtr, int reason, void *opaque)
{
    // Runs under libvirt's close-callback lock, which virConnectUnregisterCloseCallback() also
    // takes: the hub (and this watch) outlive any call in progress.
    const auto *watch = static_cast<const LibvirtEventHub::CloseWatch *>(opaque);
    watch->hub->connectionClosed(watch->uri, reason);
}

} // namespace

LibvirtEventHub::~LibvirtEventHub()
{
    unwatchAll();
}

void LibvirtEventHub::watch(const Connection &connection)
{
    QMutexLocker api(&m_apiMutex);
    m_connections.append(connection);

    virResetLastError();
    if (virConnectSetKeepAlive(connection.conn, kKeepAliveIntervalS, kKeepAliveCount) < 0) {
        // In-process drivers (test:///...) have no keepalive to set.
        qCDebug(lcLibvirt) << "no keepalive on" << connection.uri
                           << QString::fromUtf8(virGetLastErrorMessage());
    }
    virResetLastError();

    auto closeWatch =
        std::make_shared<CloseWatch>(CloseWatch{this, connection.conn, connection.uri});
    if (virConnectRegisterCloseCallback(connection.conn, onConnectionClosed, closeWatch.get(),
                                        nullptr) == 0) {
        m_closeWatches.append(closeWatch);
    } else {
        qCDebug(lcLibvirt) << "cannot watch" << connection.uri
                           << "for closing:" << QString::fromUtf8(virGetLastErrorMessage());
    }
    virResetLastError();
}

void LibvirtEventHub::unwatchAll()
{
    unsubscribe();
    QList<std::shared_ptr<CloseWatch>> watches;
    {
        QMutexLocker api(&m_apiMutex);
        watches.swap(m_closeWatches);
        m_connections.clear();
    }
    // Without m_apiMutex: a close callback running now may call onLost, which may unsubscribe.
    for (const std::shared_ptr<CloseWatch> &watch : std::as_const(watches)) {
        // Fails harmlessly when libvirt already dropped the callback after calling it.
        virConnectUnregisterCloseCallback(watch->conn, onConnectionClosed);
    }
    virResetLastError();
}

bool LibvirtEventHub::subscribe(const EventCallback &sink, const ConnectionLostCallback &onLost,
                                ProviderError *error)
{
    ProviderError ignored;
    if (!error)
        error = &ignored;
    QMutexLocker api(&m_apiMutex);
    if (m_subscribed) {
        *error = {tr("The libvirt session already delivers events to another subscriber."),
                  tr("Unsubscribe first.")};
        return false;
    }
    quint64 generation = 0;
    {
        QMutexLocker dispatch(&m_dispatchMutex);
        if (m_lost.load()) {
            *error = {m_lostReason, tr("Connect again.")};
            return false;
        }
        generation = ++m_generation;
        m_sink = sink;
        m_onLost = onLost;
        m_active = true;
        m_lostReported = false;
    }
    for (const Connection &connection : std::as_const(m_connections)) {
        if (!registerAll(connection, generation, error)) {
            deregisterAll();
            QMutexLocker dispatch(&m_dispatchMutex);
            m_active = false;
            m_sink = {};
            m_onLost = {};
            return false;
        }
    }
    m_subscribed = true;
    qCDebug(lcLibvirt) << "subscribed to events on" << m_connections.size() << "connections";
    return true;
}

bool LibvirtEventHub::registerAll(const Connection &connection, quint64 generation,
                                  ProviderError *error)
{
    virConnectPtr conn = connection.conn;
    auto opaque = [&] {
        return new Registration{shared_from_this(), generation, connection.uri, connection.hostRef};
    };

    struct DomainEvent
    {
        int id;
        virConnectDomainEventGenericCallback callback;
        bool required;
    };
    const DomainEvent domainEvents[] = {
        {VIR_DOMAIN_EVENT_ID_LIFECYCLE, VIR_DOMAIN_EVENT_CALLBACK(onDomainLifecycle), true},
        {VIR_DOMAIN_EVENT_ID_REBOOT, VIR_DOMAIN_EVENT_CALLBACK(onDomainReboot), true},
        {VIR_DOMAIN_EVENT_ID_DEVICE_ADDED, VIR_DOMAIN_EVENT_CALLBACK(onDomainDeviceAdded), false},
        {VIR_DOMAIN_EVENT_ID_DEVICE_REMOVED, VIR_DOMAIN_EVENT_CALLBACK(onDomainDeviceRemoved),
         false},
    };
    for (const DomainEvent &event : domainEvents) {
        virResetLastError();
        Registration *reg = opaque();
        const int id = virConnectDomainEventRegisterAny(conn, nullptr, event.id, event.callback,
                                                        reg, freeRegistration);
        if (id < 0) {
            // libvirt does not free the opaque of a registration that failed.
            delete reg;
            const int code = LibvirtError::lastErrorCode();
            if (!event.required && code == VIR_ERR_NO_SUPPORT)
                continue;
            *error = LibvirtError::fromLastError(connection.uri);
            return false;
        }
        m_callbacks.append({conn, CallbackId::Domain, id});
    }

    // Drivers without networks or storage (ESX, some containers) have no such events.
    virResetLastError();
    Registration *reg = opaque();
    int id = virConnectNetworkEventRegisterAny(conn, nullptr, VIR_NETWORK_EVENT_ID_LIFECYCLE,
                                               VIR_NETWORK_EVENT_CALLBACK(onNetworkLifecycle), reg,
                                               freeRegistration);
    if (id >= 0) {
        m_callbacks.append({conn, CallbackId::Network, id});
    } else {
        delete reg;
        if (LibvirtError::lastErrorCode() != VIR_ERR_NO_SUPPORT) {
            *error = LibvirtError::fromLastError(connection.uri);
            return false;
        }
    }

    virResetLastError();
    reg = opaque();
    id = virConnectStoragePoolEventRegisterAny(conn, nullptr, VIR_STORAGE_POOL_EVENT_ID_LIFECYCLE,
                                               VIR_STORAGE_POOL_EVENT_CALLBACK(onPoolLifecycle),
                                               reg, freeRegistration);
    if (id >= 0) {
        m_callbacks.append({conn, CallbackId::Pool, id});
    } else {
        delete reg;
        if (LibvirtError::lastErrorCode() != VIR_ERR_NO_SUPPORT) {
            *error = LibvirtError::fromLastError(connection.uri);
            return false;
        }
    }
    virResetLastError();
    return true;
}

void LibvirtEventHub::deregisterAll()
{
    for (const CallbackId &callback : std::as_const(m_callbacks)) {
        // On a lost remote connection the daemon cannot be told, but libvirt drops the callback
        // locally all the same; the error means nothing then.
        switch (callback.kind) {
        case CallbackId::Domain:
            virConnectDomainEventDeregisterAny(callback.conn, callback.id);
            break;
        case CallbackId::Network:
            virConnectNetworkEventDeregisterAny(callback.conn, callback.id);
            break;
        case CallbackId::Pool:
            virConnectStoragePoolEventDeregisterAny(callback.conn, callback.id);
            break;
        }
    }
    m_callbacks.clear();
    virResetLastError();
}

void LibvirtEventHub::unsubscribe()
{
    QMutexLocker api(&m_apiMutex);
    if (!m_subscribed)
        return;
    deregisterAll();
    // A callback being dispatched right now holds m_dispatchMutex; once we have it, none is
    // running, and m_active keeps any that was about to start from reaching the sink.
    QMutexLocker dispatch(&m_dispatchMutex);
    m_active = false;
    m_sink = {};
    m_onLost = {};
    m_subscribed = false;
    qCDebug(lcLibvirt) << "unsubscribed from events";
}

void LibvirtEventHub::deliver(quint64 generation, const RawEvent &event)
{
    QMutexLocker dispatch(&m_dispatchMutex);
    if (!m_active || generation != m_generation || !m_sink)
        return;
    // A copy: the sink may unsubscribe, which clears m_sink while it runs.
    const EventCallback sink = m_sink;
    sink(event);
}

void LibvirtEventHub::connectionClosed(const QString &uri, int reason)
{
    QString why;
    switch (reason) {
    case VIR_CONNECT_CLOSE_REASON_EOF:
        why = tr("The connection to %1 was closed by the other side.").arg(uri);
        break;
    case VIR_CONNECT_CLOSE_REASON_KEEPALIVE:
        why = tr("The connection to %1 stopped answering (keepalive timed out).").arg(uri);
        break;
    case VIR_CONNECT_CLOSE_REASON_CLIENT:
        why = tr("The connection to %1 was closed.").arg(uri);
        break;
    case VIR_CONNECT_CLOSE_REASON_ERROR:
    default:
        why = tr("The connection to %1 failed.").arg(uri);
        break;
    }
    qCWarning(lcLibvirt) << why;

    QMutexLocker dispatch(&m_dispatchMutex);
    if (!m_lost.load())
        m_lostReason = why;
    m_lost.store(true);
    if (!m_active || m_lostReported || !m_onLost)
        return;
    m_lostReported = true;
    const ConnectionLostCallback onLost = m_onLost;
    onLost(why);
}

QString LibvirtEventHub::lostReason()
{
    QMutexLocker dispatch(&m_dispatchMutex);
    return m_lostReason;
}

} // namespace Vantage
