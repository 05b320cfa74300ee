#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Vantage {

// The built-in demo: a provider on libvirt's test driver with two hosts described by the XML
// files shipped in the resources.
class Demo
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::Demo)

public:
    static QString providerName();
    static QString defaultDatabasePath();

    // Writes the demo's test-driver files to the app-data folder and adds the demo provider if
    // the database has none by that name. The provider's id, or nothing with *error set.
    static std::optional<qint64> ensureProvider(QString *error);
};

// The real demo: the QEMU lane (scripts/qemu-lane.sh: libvirtd + QEMU under software emulation,
// needs root) with three tiny guests running, and a libvirt provider on qemu:///system in a
// database of its own. The lane is held by this process and torn down by stop().
class QemuDemo
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::QemuDemo)

public:
    static QString providerName();
    static QString defaultDatabasePath();
    // The guests' names after the lane's vantage-lane- prefix.
    static QStringList guestNames();

    // Brings the lane up and defines the guests, running the script step by step while the event
    // loop keeps turning; status gets a sentence for each step. False with *error set (what went
    // wrong and what to do).
    static bool start(const std::function<void(const QString &)> &status, QString *error);
    // Starts the guests one after the other without waiting: called once Vantage watches the
    // lane, so their start events arrive and their boot shows live. context owns the processes.
    static void startGuests(QObject *context);
    // Lets go of the lane: the guests, network and daemons it started are gone afterwards.
    static void stop();
    static std::optional<qint64> ensureProvider(QString *error);
};

} // namespace Vantage
