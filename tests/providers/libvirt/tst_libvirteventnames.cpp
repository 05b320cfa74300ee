#include "providers/libvirt/libvirteventnames.h"
#include "providers/libvirt/libvirtprovidertype.h"

#include "core/eventmapping.h"

#include <QSet>
#include <QTest>

#include <libvirt/libvirt.h>

using namespace Vantage;

class tst_LibvirtEventNames : public QObject
{
    Q_OBJECT

private slots:
    void domainLifecycle_data();
    void domainLifecycle();
    void newerLibvirtValuesStillNamed();
    void otherEvents();
    void allIsUniqueAndCoversEveryCombination();
    void mappingHasExactlyTheNames();
    void mappingChoices_data();
    void mappingChoices();
};

void tst_LibvirtEventNames::domainLifecycle_data()
{
    QTest::addColumn<int>("event");
    QTest::addColumn<int>("detail");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");

    QTest::newRow("booted") << int(VIR_DOMAIN_EVENT_STARTED) << int(VIR_DOMAIN_EVENT_STARTED_BOOTED)
                            << "domain.started.booted"
                            << "web-01 started (booted)";
    QTest::newRow("shutdown") << int(VIR_DOMAIN_EVENT_STOPPED)
                              << int(VIR_DOMAIN_EVENT_STOPPED_SHUTDOWN) << "domain.stopped.shutdown"
                              << "web-01 stopped (shutdown)";
    QTest::newRow("paused") << int(VIR_DOMAIN_EVENT_SUSPENDED)
                            << int(VIR_DOMAIN_EVENT_SUSPENDED_PAUSED) << "domain.suspended.paused"
                            << "web-01 suspended (paused)";
    QTest::newRow("unpaused") << int(VIR_DOMAIN_EVENT_RESUMED)
                              << int(VIR_DOMAIN_EVENT_RESUMED_UNPAUSED) << "domain.resumed.unpaused"
                              << "web-01 resumed (unpaused)";
    QTest::newRow("added") << int(VIR_DOMAIN_EVENT_DEFINED) << int(VIR_DOMAIN_EVENT_DEFINED_ADDED)
                           << "domain.defined.added"
                           << "web-01 defined (added)";
    QTest::newRow("updated") << int(VIR_DOMAIN_EVENT_DEFINED)
                             << int(VIR_DOMAIN_EVENT_DEFINED_UPDATED) << "domain.defined.updated"
                             << "web-01 defined (updated)";
    QTest::newRow("removed") << int(VIR_DOMAIN_EVENT_UNDEFINED)
                             << int(VIR_DOMAIN_EVENT_UNDEFINED_REMOVED)
                             << "domain.undefined.removed"
                             << "web-01 undefined (removed)";
    QTest::newRow("panicked") << int(VIR_DOMAIN_EVENT_CRASHED)
                              << int(VIR_DOMAIN_EVENT_CRASHED_PANICKED) << "domain.crashed.panicked"
                              << "web-01 crashed (panicked)";
    QTest::newRow("pm memory") << int(VIR_DOMAIN_EVENT_PMSUSPENDED)
                               << int(VIR_DOMAIN_EVENT_PMSUSPENDED_MEMORY)
                               << "domain.pmsuspended.memory"
                               << "web-01 suspended by power management (memory)";
    QTest::newRow("guest shutdown")
        << int(VIR_DOMAIN_EVENT_SHUTDOWN) << int(VIR_DOMAIN_EVENT_SHUTDOWN_GUEST)
        << "domain.shutdown.guest"
        << "web-01 shut down (guest)";
    QTest::newRow("from snapshot")
        << int(VIR_DOMAIN_EVENT_STOPPED) << int(VIR_DOMAIN_EVENT_STOPPED_FROM_SNAPSHOT)
        << "domain.stopped.from_snapshot"
        << "web-01 stopped (from snapshot)";
    QTest::newRow("postcopy failed")
        << int(VIR_DOMAIN_EVENT_RESUMED) << int(VIR_DOMAIN_EVENT_RESUMED_POSTCOPY_FAILED)
        << "domain.resumed.postcopy_failed"
        << "web-01 resumed (postcopy failed)";
}

void tst_LibvirtEventNames::domainLifecycle()
{
    QFETCH(int, event);
    QFETCH(int, detail);
    QFETCH(QString, name);
    QFETCH(QString, message);
    QCOMPARE(LibvirtEventNames::domainLifecycle(event, detail), name);
    QCOMPARE(LibvirtEventNames::domainLifecycleMessage(QStringLiteral("web-01"), event, detail),
             message);
    QCOMPARE(u"domain." + LibvirtEventNames::domainEventWord(event) + u'.' +
                 LibvirtEventNames::domainDetailWord(event, detail),
             name);
}

// A newer daemon may send values this build does not know: still a name in the table.
void tst_LibvirtEventNames::newerLibvirtValuesStillNamed()
{
    QCOMPARE(LibvirtEventNames::domainLifecycle(VIR_DOMAIN_EVENT_STARTED, 42),
             QStringLiteral("domain.started"));
    QCOMPARE(LibvirtEventNames::domainLifecycleMessage(QStringLiteral("db"),
                                                       VIR_DOMAIN_EVENT_STARTED, 42),
             QStringLiteral("db started (detail 42)"));
    QCOMPARE(LibvirtEventNames::domainLifecycle(42, 0), QStringLiteral("domain.lifecycle"));
    QCOMPARE(LibvirtEventNames::domainLifecycle(-1, 0), QStringLiteral("domain.lifecycle"));
    QVERIFY(LibvirtEventNames::domainLifecycleMessage(QStringLiteral("db"), 42, 1)
                .startsWith(QStringLiteral("db changed state")));
    QCOMPARE(LibvirtEventNames::domainDetailWord(42, 0), QString());
    QCOMPARE(LibvirtEventNames::network(42), QStringLiteral("network.lifecycle"));
    QCOMPARE(LibvirtEventNames::pool(42), QStringLiteral("pool.lifecycle"));
}

void tst_LibvirtEventNames::otherEvents()
{
    QCOMPARE(LibvirtEventNames::domainReboot(), QStringLiteral("domain.reboot"));
    QCOMPARE(LibvirtEventNames::domainRebootMessage(QStringLiteral("web-01")),
             QStringLiteral("web-01 rebooted"));
    QCOMPARE(LibvirtEventNames::domainDeviceAdded(), QStringLiteral("domain.device_added"));
    QCOMPARE(LibvirtEventNames::domainDeviceAddedMessage(QStringLiteral("web-01"),
                                                         QStringLiteral("virtio-disk1")),
             QStringLiteral("Device virtio-disk1 added to web-01"));
    QCOMPARE(LibvirtEventNames::domainDeviceRemoved(), QStringLiteral("domain.device_removed"));
    QCOMPARE(LibvirtEventNames::domainDeviceRemovedMessage(QStringLiteral("web-01"),
                                                           QStringLiteral("net0")),
             QStringLiteral("Device net0 removed from web-01"));
    QCOMPARE(LibvirtEventNames::network(VIR_NETWORK_EVENT_STARTED),
             QStringLiteral("network.started"));
    QCOMPARE(
        LibvirtEventNames::networkMessage(QStringLiteral("default"), VIR_NETWORK_EVENT_STOPPED),
        QStringLiteral("Network default stopped"));
    QCOMPARE(LibvirtEventNames::pool(VIR_STORAGE_POOL_EVENT_CREATED),
             QStringLiteral("pool.created"));
    QCOMPARE(
        LibvirtEventNames::poolMessage(QStringLiteral("images"), VIR_STORAGE_POOL_EVENT_CREATED),
        QStringLiteral("Storage pool images built"));
    QCOMPARE(
        LibvirtEventNames::poolMessage(QStringLiteral("images"), VIR_STORAGE_POOL_EVENT_UNDEFINED),
        QStringLiteral("Storage pool images undefined"));
}

void tst_LibvirtEventNames::allIsUniqueAndCoversEveryCombination()
{
    const QStringList all = LibvirtEventNames::all();
    const QSet<QString> unique(all.cbegin(), all.cend());
    QCOMPARE(unique.size(), all.size());
    // Every (event, detail) pair, including values beyond what libvirt defines today.
    for (int event = -1; event < VIR_DOMAIN_EVENT_CRASHED + 3; ++event) {
        for (int detail = -1; detail < 12; ++detail) {
            const QString name = LibvirtEventNames::domainLifecycle(event, detail);
            QVERIFY2(unique.contains(name), qPrintable(name));
        }
    }
    for (int event = -1; event < 8; ++event) {
        QVERIFY(unique.contains(LibvirtEventNames::network(event)));
        QVERIFY(unique.contains(LibvirtEventNames::pool(event)));
    }
    QVERIFY(unique.contains(LibvirtEventNames::domainReboot()));
    QVERIFY(unique.contains(LibvirtEventNames::domainDeviceAdded()));
    QVERIFY(unique.contains(LibvirtEventNames::domainDeviceRemoved()));
}

// The table in the provider's resources names exactly what the provider can emit, each with a
// generic type core knows.
void tst_LibvirtEventNames::mappingHasExactlyTheNames()
{
    QString error;
    const auto mapping = EventMapping::fromJson(LibvirtProviderType().eventMappingJson(), &error);
    QVERIFY2(mapping, qPrintable(error));
    QCOMPARE(mapping->source(), QStringLiteral("libvirt"));
    const QStringList all = LibvirtEventNames::all();
    for (const QString &name : all) {
        QVERIFY2(mapping->entries().contains(name), qPrintable(name + u" is not in the table"));
        QVERIFY(EventType::isKnown(mapping->typeOf(name)));
    }
    for (auto it = mapping->entries().cbegin(); it != mapping->entries().cend(); ++it) {
        QVERIFY2(all.contains(it.key()), qPrintable(it.key() + u" is never emitted"));
        QVERIFY(EventType::isKnown(it.value()));
    }
}

void tst_LibvirtEventNames::mappingChoices_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("type");
    const QList<QPair<const char *, const char *>> rows = {
        {"domain.started.booted", "vm_power_on"},
        {"domain.started.migrated", "vm_migrated"},
        {"domain.started.wakeup", "vm_resumed"},
        {"domain.stopped.destroyed", "vm_power_off"},
        {"domain.stopped.shutdown", "vm_power_off"},
        {"domain.stopped.crashed", "vm_crashed"},
        {"domain.stopped.migrated", "vm_migrated"},
        {"domain.suspended.paused", "vm_suspended"},
        {"domain.resumed.unpaused", "vm_resumed"},
        {"domain.pmsuspended.disk", "vm_suspended"},
        {"domain.defined.added", "vm_created"},
        {"domain.defined.updated", "vm_reconfigured"},
        {"domain.undefined.removed", "vm_deleted"},
        {"domain.undefined.renamed", "vm_reconfigured"},
        {"domain.crashed.panicked", "vm_crashed"},
        {"domain.shutdown.guest", "other"},
        {"domain.reboot", "vm_rebooted"},
        {"domain.device_added", "vm_device_added"},
        {"domain.device_removed", "vm_device_removed"},
        {"network.defined", "network_created"},
        {"network.undefined", "network_deleted"},
        {"network.started", "network_started"},
        {"network.stopped", "network_stopped"},
        {"pool.defined", "storage_created"},
        {"pool.undefined", "storage_deleted"},
        {"pool.started", "storage_started"},
        {"pool.stopped", "storage_stopped"},
        {"pool.created", "other"},
        {"domain.lifecycle", "other"},
    };
    for (const auto &[name, type] : rows)
        QTest::newRow(name) << QString::fromLatin1(name) << QString::fromLatin1(type);
}

void tst_LibvirtEventNames::mappingChoices()
{
    QFETCH(QString, name);
    QFETCH(QString, type);
    QString error;
    const auto mapping = EventMapping::fromJson(LibvirtProviderType().eventMappingJson(), &error);
    QVERIFY2(mapping, qPrintable(error));
    QCOMPARE(mapping->typeOf(name), type);
    // What core files the event under follows from the type.
    if (type != u"other") {
        const InventoryKind kind = EventType::targetKindOf(type);
        if (name.startsWith(u"domain."))
            QCOMPARE(kind, InventoryKind::Vm);
        else if (name.startsWith(u"network."))
            QCOMPARE(kind, InventoryKind::Network);
        else
            QCOMPARE(kind, InventoryKind::Storage);
    }
}

QTEST_GUILESS_MAIN(tst_LibvirtEventNames)
#include "tst_libvirteventnames.moc"
