#pragma once

#include <QString>
#include <QStringList>

namespace Vantage {

// Native names and one-line messages for libvirt's events, on plain numbers (libvirt's enum
// values) so that tests can walk every combination. A name is the key of the provider's mapping
// table (resources/eventmapping.json):
//   domain.<event>.<detail>  lifecycle, e.g. "domain.started.booted", "domain.stopped.destroyed"
//   domain.<event>           lifecycle with a detail newer than this build knows
//   domain.lifecycle         lifecycle with an event newer than this build knows
//   domain.reboot, domain.device_added, domain.device_removed
//   network.<event>, network.lifecycle   network lifecycle (defined, undefined, started, stopped)
//   pool.<event>, pool.lifecycle         storage pool lifecycle (... created, deleted)
// Messages are plain English: they are stored with the event, not shown through tr().
class LibvirtEventNames final
{
public:
    static QString domainLifecycle(int event, int detail);
    static QString domainLifecycleMessage(const QString &domain, int event, int detail);
    // The words in the name, for the payload: "started" and "booted"; empty when unknown.
    static QString domainEventWord(int event);
    static QString domainDetailWord(int event, int detail);

    static QString domainReboot();
    static QString domainRebootMessage(const QString &domain);
    static QString domainDeviceAdded();
    static QString domainDeviceAddedMessage(const QString &domain, const QString &alias);
    static QString domainDeviceRemoved();
    static QString domainDeviceRemovedMessage(const QString &domain, const QString &alias);

    static QString network(int event);
    static QString networkMessage(const QString &network, int event);
    static QString networkEventWord(int event);

    static QString pool(int event);
    static QString poolMessage(const QString &pool, int event);
    static QString poolEventWord(int event);

    // Every name the provider can emit, in a stable order.
    static QStringList all();
};

} // namespace Vantage
