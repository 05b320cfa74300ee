#include "providers/libvirt/libvirteventnames.h"

#include <libvirt/libvirt.h>

#include <array>
#include <span>

namespace Vantage {

namespace {

// Indexed by libvirt's enum values; the asserts catch a renumbering in a newer libvirt.
constexpr std::array<const char *, 9> kDomainEvents = {
    "defined", "undefined", "started",     "suspended", "resumed",
    "stopped", "shutdown",  "pmsuspended", "crashed",
};
static_assert(VIR_DOMAIN_EVENT_DEFINED == 0 && VIR_DOMAIN_EVENT_CRASHED == 8);

constexpr const char *kDefined[] = {"added", "updated", "renamed", "from_snapshot"};
static_assert(VIR_DOMAIN_EVENT_DEFINED_FROM_SNAPSHOT == 3);
constexpr const char *kUndefined[] = {"removed", "renamed"};
static_assert(VIR_DOMAIN_EVENT_UNDEFINED_RENAMED == 1);
constexpr const char *kStarted[] = {"booted", "migrated", "restored", "from_snapshot", "wakeup"};
static_assert(VIR_DOMAIN_EVENT_STARTED_WAKEUP == 4);
constexpr const char *kSuspended[] = {
    "paused",        "migrated",  "ioerror",  "watchdog",        "restored",
    "from_snapshot", "api_error", "postcopy", "postcopy_failed",
};
static_assert(VIR_DOMAIN_EVENT_SUSPENDED_POSTCOPY_FAILED == 8);
constexpr const char *kResumed[] = {"unpaused", "migrated", "from_snapshot", "postcopy",
                                    "postcopy_failed"};
static_assert(VIR_DOMAIN_EVENT_RESUMED_POSTCOPY_FAILED == 4);
constexpr const char *kStopped[] = {"shutdown", "destroyed", "crashed",      "migrated",
                                    "saved",    "failed",    "from_snapshot"};
static_assert(VIR_DOMAIN_EVENT_STOPPED_FROM_SNAPSHOT == 6);
constexpr const char *kShutdown[] = {"finished", "guest", "host"};
static_assert(VIR_DOMAIN_EVENT_SHUTDOWN_HOST == 2);
constexpr const char *kPmSuspended[] = {"memory", "disk"};
static_assert(VIR_DOMAIN_EVENT_PMSUSPENDED_DISK == 1);
constexpr const char *kCrashed[] = {"panicked", "crashloaded"};
static_assert(VIR_DOMAIN_EVENT_CRASHED_CRASHLOADED == 1);

constexpr std::array<std::span<const char *const>, 9> kDomainDetails = {
    kDefined, kUndefined, kStarted,     kSuspended, kResumed,
    kStopped, kShutdown,  kPmSuspended, kCrashed,
};

// How the event reads in a sentence: "web-01 shut down (guest)".
constexpr std::array<const char *, 9> kDomainVerbs = {
    "defined", "undefined", "started",   "suspended",
    "resumed", "stopped",   "shut down", "suspended by power management",
    "crashed",
};

constexpr const char *kNetworkEvents[] = {"defined", "undefined", "started", "stopped"};
static_assert(VIR_NETWORK_EVENT_DEFINED == 0 && VIR_NETWORK_EVENT_STOPPED == 3);

constexpr const char *kPoolEvents[] = {"defined", "undefined", "started",
                                       "stopped", "created",   "deleted"};
static_assert(VIR_STORAGE_POOL_EVENT_DEFINED == 0 && VIR_STORAGE_POOL_EVENT_DELETED == 5);
// "created" and "deleted" are about the pool's underlying storage (built, deleted), not the
// pool's definition.
constexpr const char *kPoolVerbs[] = {"defined", "undefined", "started",
                                      "stopped", "built",     "had its storage deleted"};

template <typename Table> const char *lookup(const Table &table, int index)
{
    if (index < 0 || std::size_t(index) >= std::size(table))
        return nullptr;
    return table[std::size_t(index)];
}

QString spaced(const char *word)
{
    return QString::fromLatin1(word).replace(u'_', u' ');
}

} // namespace

QString LibvirtEventNames::domainEventWord(int event)
{
    const char *word = lookup(kDomainEvents, event);
    return word ? QString::fromLatin1(word) : QString();
}

QString LibvirtEventNames::domainDetailWord(int event, int detail)
{
    if (!lookup(kDomainEvents, event))
        return {};
    const char *word = lookup(kDomainDetails[std::size_t(event)], detail);
    return word ? QString::fromLatin1(word) : QString();
}

QString LibvirtEventNames::domainLifecycle(int event, int detail)
{
    const QString eventWord = domainEventWord(event);
    if (eventWord.isEmpty())
        return QStringLiteral("domain.lifecycle");
    const QString detailWord = domainDetailWord(event, detail);
    if (detailWord.isEmpty())
        return u"domain." + eventWord;
    return u"domain." + eventWord + u'.' + detailWord;
}

QString LibvirtEventNames::domainLifecycleMessage(const QString &domain, int event, int detail)
{
    const char *verb = lookup(kDomainVerbs, event);
    if (!verb)
        return QStringLiteral("%1 changed state (lifecycle event %2, detail %3)")
            .arg(domain)
            .arg(event)
            .arg(detail);
    const char *detailWord = lookup(kDomainDetails[std::size_t(event)], detail);
    if (!detailWord)
        return QStringLiteral("%1 %2 (detail %3)").arg(domain, QLatin1StringView(verb)).arg(detail);
    return QStringLiteral("%1 %2 (%3)").arg(domain, QLatin1StringView(verb), spaced(detailWord));
}

QString LibvirtEventNames::domainReboot()
{
    return QStringLiteral("domain.reboot");
}

QString LibvirtEventNames::domainRebootMessage(const QString &domain)
{
    return QStringLiteral("%1 rebooted").arg(domain);
}

QString LibvirtEventNames::domainDeviceAdded()
{
    return QStringLiteral("domain.device_added");
}

QString LibvirtEventNames::domainDeviceAddedMessage(const QString &domain, const QString &alias)
{
    return QStringLiteral("Device %1 added to %2").arg(alias, domain);
}

QString LibvirtEventNames::domainDeviceRemoved()
{
    return QStringLiteral("domain.device_removed");
}

QString LibvirtEventNames::domainDeviceRemovedMessage(const QString &domain, const QString &alias)
{
    return QStringLiteral("Device %1 removed from %2").arg(alias, domain);
}

QString LibvirtEventNames::networkEventWord(int event)
{
    const char *word = lookup(kNetworkEvents, event);
    return word ? QString::fromLatin1(word) : QString();
}

QString LibvirtEventNames::network(int event)
{
    const QString word = networkEventWord(event);
    return u"network." + (word.isEmpty() ? QStringLiteral("lifecycle") : word);
}

QString LibvirtEventNames::networkMessage(const QString &network, int event)
{
    const QString word = networkEventWord(event);
    if (word.isEmpty())
        return QStringLiteral("Network %1 changed state (lifecycle event %2)")
            .arg(network)
            .arg(event);
    return QStringLiteral("Network %1 %2").arg(network, word);
}

QString LibvirtEventNames::poolEventWord(int event)
{
    const char *word = lookup(kPoolEvents, event);
    return word ? QString::fromLatin1(word) : QString();
}

QString LibvirtEventNames::pool(int event)
{
    const QString word = poolEventWord(event);
    return u"pool." + (word.isEmpty() ? QStringLiteral("lifecycle") : word);
}

QString LibvirtEventNames::poolMessage(const QString &pool, int event)
{
    const char *verb = lookup(kPoolVerbs, event);
    if (!verb)
        return QStringLiteral("Storage pool %1 changed state (lifecycle event %2)")
            .arg(pool)
            .arg(event);
    return QStringLiteral("Storage pool %1 %2").arg(pool, QLatin1StringView(verb));
}

QStringList LibvirtEventNames::all()
{
    QStringList names;
    for (std::size_t e = 0; e < kDomainEvents.size(); ++e) {
        names.append(domainLifecycle(int(e), -1));
        for (std::size_t d = 0; d < kDomainDetails[e].size(); ++d)
            names.append(domainLifecycle(int(e), int(d)));
    }
    names.append(domainLifecycle(-1, -1));
    names.append({domainReboot(), domainDeviceAdded(), domainDeviceRemoved()});
    for (std::size_t e = 0; e < std::size(kNetworkEvents); ++e)
        names.append(network(int(e)));
    names.append(network(-1));
    for (std::size_t e = 0; e < std::size(kPoolEvents); ++e)
        names.append(pool(int(e)));
    names.append(pool(-1));
    return names;
}

} // namespace Vantage
