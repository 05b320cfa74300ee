#pragma once

#include "inventoryfixture.h"

#include "core/database.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

#include <functional>

// An inventory for the lifecycle windows: one manager of a type that implements operations
// ("uifakeops", see uifakeprovider.h) with a host (64 threads, 256 GiB), VMs in every power
// state, a template, a pool with an image and an ISO, and a network.
namespace Vantage::Testing {

struct LifecycleInventory
{
    qint64 providerId = 0;
    qint64 managerId = 0;
    qint64 hostId = 0;
    qint64 vmOn = 0;        // "web-on", running
    qint64 vmOff = 0;       // "web-off", shut off, one 40 GiB disk and a NIC
    qint64 vmSuspended = 0; // "web-suspended"
    qint64 vmTemplate = 0;  // "golden", a template
    qint64 storageId = 0;   // "images": 1 TiB free, base.qcow2 (40 GiB), install.iso
    qint64 networkId = 0;   // "default"
};

inline QString emsRefOf(const QString &table, qint64 id)
{
    QSqlQuery q(Database::connection());
    q.prepare(QStringLiteral("SELECT ems_ref FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

inline LifecycleInventory addLifecycleInventory(const QString &type = QStringLiteral("uifakeops"),
                                                const QString &name = QStringLiteral("lab"))
{
    LifecycleInventory inv;
    inv.providerId = InventoryFixture::addProvider(name, &inv.managerId, type);
    InventoryFixture::setRefreshStatus(inv.managerId, QStringLiteral("ok"));
    inv.hostId = InventoryFixture::addHost(inv.managerId, 0, name + QStringLiteral("-host"));
    inv.vmOn = InventoryFixture::addVm(inv.managerId, inv.hostId, QStringLiteral("web-on"),
                                       QStringLiteral("on"));
    inv.vmOff = InventoryFixture::addVm(inv.managerId, inv.hostId, QStringLiteral("web-off"),
                                        QStringLiteral("off"));
    inv.vmSuspended = InventoryFixture::addVm(
        inv.managerId, inv.hostId, QStringLiteral("web-suspended"), QStringLiteral("suspended"));
    inv.vmTemplate = InventoryFixture::addVm(inv.managerId, inv.hostId, QStringLiteral("golden"),
                                             QStringLiteral("off"));
    InventoryFixture::exec(QStringLiteral("UPDATE vms SET is_template = 1 WHERE id = ?"),
                           {inv.vmTemplate});
    InventoryFixture::addDisk(inv.managerId, inv.vmOff, QStringLiteral("vda"),
                              QStringLiteral("/pool/web-off.qcow2"));
    InventoryFixture::addNic(inv.managerId, inv.vmOff, QStringLiteral("52:54:00:00:00:01"),
                             QStringLiteral("default"));
    inv.networkId = InventoryFixture::addNetwork(inv.managerId, QStringLiteral("default"));
    inv.storageId = InventoryFixture::addStorage(inv.managerId, QStringLiteral("images"));
    InventoryFixture::addVolume(inv.managerId, inv.storageId, QStringLiteral("base.qcow2"));
    InventoryFixture::addVolume(inv.managerId, inv.storageId, QStringLiteral("install.iso"));
    return inv;
}

// Runs f on the next modal window of type T as soon as it shows, from inside its exec(); the
// window is the caller's to close. Gives up after 5 s.
template <class T> void onNextModal(std::function<void(T *)> f)
{
    auto *timer = new QTimer;
    auto *elapsed = new QElapsedTimer;
    elapsed->start();
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, elapsed, f] {
        if (auto *window = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            delete elapsed;
            f(window);
        } else if (elapsed->elapsed() > 5000) {
            timer->stop();
            timer->deleteLater();
            delete elapsed;
        }
    });
    timer->start();
}

// Clicks a radio button or check box on its indicator: laid out across a form's width, its centre
// can lie beyond its text, where a click does nothing.
inline void clickCheckable(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

// Replaces a spin box's text by typing, as a user would.
inline void typeInto(QAbstractSpinBox *spin, const QString &text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClick(spin, Qt::Key_Backspace);
    QTest::keyClicks(spin, text);
}

} // namespace Vantage::Testing
