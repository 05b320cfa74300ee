#pragma once

#include "core/events.h"
#include "core/provider.h"

#include <QCoreApplication>
#include <QList>
#include <QMutex>
#include <QRecursiveMutex>
#include <QString>

#include <atomic>
#include <memory>

struct _virConnect; // libvirt's connection; users of this header need no libvirt

namespace Vantage {

// The events of one LibvirtSession's connections: keepalive and close watching for the session's
// whole life, and one subscriber's domain, network and storage pool callbacks on every
// connection. libvirt calls back on its event loop thread (LibvirtEventLoop); every call into the
// subscriber's sink or onLost holds m_dispatchMutex, so once unsubscribe() has taken it no
// callback can be running or start. The mutex is recursive so that a sink may unsubscribe.
class LibvirtEventHub final : public std::enable_shared_from_this<LibvirtEventHub>
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::LibvirtEventHub)

public:
    struct Connection
    {
        _virConnect *conn = nullptr; // Not owned: the session closes it after unwatchAll().
        QString uri;
        QString hostRef; // the host's ems_ref, as collected
    };

    LibvirtEventHub() = default;
    ~LibvirtEventHub();
    LibvirtEventHub(const LibvirtEventHub &) = delete;
    LibvirtEventHub &operator=(const LibvirtEventHub &) = delete;

    // Turns on keepalive (5 s interval, 3 missed answers; drivers without it are fine) and
    // watches for the connection closing under us. Once per connection, right after opening it.
    void watch(const Connection &connection);
    // Unsubscribes and stops watching every connection; call before closing them.
    void unwatchAll();

    // See ManagerSession::subscribeEvents(): one subscriber at a time.
    bool subscribe(const EventCallback &sink, const ConnectionLostCallback &onLost,
                   ProviderError *error);
    void unsubscribe();

    // True once any watched connection was closed by the other side, an error or keepalive.
    bool isLost() const { return m_lost.load(); }
    // Why, in an operator's words; empty while nothing was lost.
    QString lostReason();

    // For libvirt's callbacks (in the .cpp): deliver only to the subscription they were
    // registered for.
    void deliver(quint64 generation, const RawEvent &event);
    void connectionClosed(const QString &uri, int reason);
    // What libvirt's close callback gets for one connection.
    struct CloseWatch
    {
        LibvirtEventHub *hub = nullptr; // Not owned.
        _virConnect *conn = nullptr;    // Not owned.
        QString uri;
    };

private:
    struct CallbackId
    {
        _virConnect *conn = nullptr;
        enum Kind { Domain, Network, Pool } kind = Domain;
        int id = -1;
    };

    bool registerAll(const Connection &connection, quint64 generation, ProviderError *error);
    void deregisterAll();

    QMutex m_apiMutex; // serialises watch, subscribe and unsubscribe
    QList<Connection> m_connections;
    QList<std::shared_ptr<CloseWatch>> m_closeWatches; // libvirt keeps raw pointers to these
    QList<CallbackId> m_callbacks;
    bool m_subscribed = false;

    QRecursiveMutex m_dispatchMutex; // guards the members below
    EventCallback m_sink;
    ConnectionLostCallback m_onLost;
    quint64 m_generation = 0;
    bool m_active = false;
    bool m_lostReported = false;
    QString m_lostReason;

    std::atomic_bool m_lost = false;
};

} // namespace Vantage
