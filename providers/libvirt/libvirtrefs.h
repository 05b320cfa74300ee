#pragma once

#include <QString>

namespace Vantage::LibvirtRefs {

// ems_refs as the collector writes them and events name their targets: both must agree.
inline QString domain(const QString &uuid)
{
    return uuid.toLower();
}

inline QString network(const QString &hostRef, const QString &uuid, const QString &name)
{
    return hostRef + u"/network/" + (uuid.isEmpty() ? name : uuid);
}

inline QString pool(const QString &hostRef, const QString &uuid, const QString &name)
{
    return hostRef + u"/pool/" + (uuid.isEmpty() ? name : uuid);
}

inline QString volume(const QString &poolRef, const QString &name)
{
    return poolRef + u'/' + name;
}

inline QString disk(const QString &vmRef, const QString &target)
{
    return vmRef + u'/' + target;
}

inline QString nic(const QString &vmRef, const QString &mac)
{
    return vmRef + u'/' + mac;
}

// The reverse of network() and pool() for one host: the UUID (or name) that ref names under
// hostRef, with kind "network" or "pool"; empty when ref is not such a child of that host. A
// host's own ref may hold slashes (a URI when libvirt knows no host UUID), so the host is given.
inline QString childId(const QString &ref, const QString &hostRef, QStringView kind)
{
    const QString prefix = hostRef + u'/' + kind + u'/';
    if (!ref.startsWith(prefix))
        return {};
    return ref.mid(prefix.size());
}

} // namespace Vantage::LibvirtRefs
