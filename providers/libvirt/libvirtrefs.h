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

} // namespace Vantage::LibvirtRefs
