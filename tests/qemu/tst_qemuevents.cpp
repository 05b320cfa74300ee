// Lifecycle events of a real QEMU guest (scripts/qemu-lane.sh) through the whole chain a user
// sees: libvirtd's events, the provider's event hub, the Supervisor's event catcher and handler,
// the event stream, and the refresh that puts the new power state where the tree reads it. Unlike
// libvirt's test driver, these events come from the hypervisor and the guest itself (a guest
// shutting down on the ACPI button, a reboot).
#include "core/database.h"
#include "core/providerstore.h"
#include "core/supervisor.h"
#include "providers/libvirt/libvirtprovider.h"
#include "providers/libvirt/libvirtsession.h"
#include "tests/support/flowfixture.h"
#include "tests/support/qemulane.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Vantage;
using namespace Qt::StringLiterals;

namespace {

constexpr int bootTimeoutMs = 90000;
constexpr int eventTimeoutMs = 60000;
constexpr auto shortDebounce = std::chrono::milliseconds(250);

} // namespace

class tst_QemuEvents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void definedAndStartedAreShown();
    void suspendAndResumeAreShown();
    void rebootArrivesTwice();
    void guestShutdownIsShown();
    void destroyIsShown();

private:
    // Raw event names stored for the guest since index `from` of m_stored.
    QStringList namesSince(qsizetype from) const;
    // Waits until the guest's events since `from` include every name in `expected`, in order.
    bool waitForNames(qsizetype from, const QStringList &expected) const;
    QString shownPowerState() const;
    bool waitForShown(const QString &powerState) const;
    bool act(PowerOperation operation);

    QemuLane m_lane;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Supervisor> m_supervisor;
    std::shared_ptr<LibvirtSession> m_session;
    qint64 m_managerId = 0;
    QString m_guest;
    QString m_guestRef;
    QList<StoredEvent> m_stored;
    int m_refreshesFinished = 0;
};

void tst_QemuEvents::initTestCase()
{
    const QString unavailable = QemuLane::unavailableReason();
    if (!unavailable.isEmpty())
        QSKIP(qPrintable(unavailable));
    registerLibvirtProvider();
    QString error;
    QVERIFY2(m_lane.up(&error), qPrintable(error));

    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY2(Database::initialize(m_dir->filePath(u"vantage.sqlite"_s), &error), qPrintable(error));
    ProviderSpec provider;
    provider.name = u"QEMU lane"_s;
    provider.type = u"libvirt"_s;
    provider.endpoints = {QemuLane::uri()};
    m_managerId = addProviderManager(provider, &error);
    QVERIFY2(m_managerId, qPrintable(error));

    m_supervisor = std::make_unique<Supervisor>();
    // The stock handler, only quicker to ask for its refreshes.
    setEventHandlerDebounce(*m_supervisor, shortDebounce);
    connect(m_supervisor.get(), &Supervisor::eventsStored, this,
            [this](const QList<StoredEvent> &events) { m_stored.append(events); });
    connect(m_supervisor.get(), &Supervisor::refreshFinished, this,
            [this] { ++m_refreshesFinished; });
    m_supervisor->start();
    QTRY_VERIFY_WITH_TIMEOUT(m_refreshesFinished >= 1, eventTimeoutMs);
    m_session = std::dynamic_pointer_cast<LibvirtSession>(
        m_supervisor->sessions()->acquire(m_managerId, &error));
    QVERIFY2(m_session, qPrintable(error));
}

void tst_QemuEvents::cleanupTestCase()
{
    if (m_supervisor)
        m_supervisor->stop();
    m_session.reset();
    m_supervisor.reset();
    m_dir.reset();
    QString error;
    QVERIFY2(m_lane.down(&error), qPrintable(error));
}

QStringList tst_QemuEvents::namesSince(qsizetype from) const
{
    QStringList names;
    for (qsizetype i = from; i < m_stored.size(); ++i) {
        if (m_stored[i].raw.targetName == m_guest)
            names.append(m_stored[i].raw.name);
    }
    return names;
}

bool tst_QemuEvents::waitForNames(qsizetype from, const QStringList &expected) const
{
    const auto arrived = [&] {
        const QStringList names = namesSince(from);
        qsizetype at = 0;
        for (const QString &name : expected) {
            at = names.indexOf(name, at);
            if (at < 0)
                return false;
            ++at;
        }
        return true;
    };
    QDeadlineTimer deadline(eventTimeoutMs);
    while (!arrived()) {
        if (deadline.hasExpired()) {
            qWarning() << "expected" << expected << "got" << namesSince(from);
            return false;
        }
        QTest::qWait(100);
    }
    return true;
}

QString tst_QemuEvents::shownPowerState() const
{
    return scalar(u"SELECT power_state FROM vms WHERE manager_id = ? AND name = ?"_s,
                  {m_managerId, m_guest})
        .toString();
}

bool tst_QemuEvents::waitForShown(const QString &powerState) const
{
    QDeadlineTimer deadline(eventTimeoutMs);
    while (shownPowerState() != powerState) {
        if (deadline.hasExpired()) {
            qWarning() << "the tree shows" << shownPowerState() << "not" << powerState;
            return false;
        }
        QTest::qWait(100);
    }
    return true;
}

bool tst_QemuEvents::act(PowerOperation operation)
{
    ProviderError error;
    if (m_session->powerOperation(m_guestRef, operation, &error))
        return true;
    qWarning() << error.toString();
    return false;
}

void tst_QemuEvents::definedAndStartedAreShown()
{
    const qsizetype from = m_stored.size();
    QString error;
    m_guest = m_lane.guest(u"events"_s, true, &error);
    QVERIFY2(!m_guest.isEmpty(), qPrintable(error));
    QVERIFY(waitForNames(from, {u"domain.defined.added"_s, u"domain.started.booted"_s}));
    QVERIFY(waitForShown(QString::fromLatin1(PowerState::On)));
    m_guestRef = scalar(u"SELECT ems_ref FROM vms WHERE manager_id = ? AND name = ?"_s,
                        {m_managerId, m_guest})
                     .toString();
    QVERIFY(!m_guestRef.isEmpty());
    // Mapped to the generic vocabulary and linked to the VM once it is in the inventory.
    const auto started = std::find_if(m_stored.cbegin() + from, m_stored.cend(), [&](auto &e) {
        return e.raw.name == u"domain.started.booted"_s && e.raw.targetName == m_guest;
    });
    QCOMPARE(started->eventType, u"vm_power_on"_s);
    QCOMPARE(started->raw.source, u"libvirt"_s);
    QCOMPARE(started->raw.targetRef, m_guestRef);
    QVERIFY2(QemuLane::waitForReady(m_guest, 1, bootTimeoutMs, &error), qPrintable(error));
}

void tst_QemuEvents::suspendAndResumeAreShown()
{
    QVERIFY(!m_guestRef.isEmpty());
    qsizetype from = m_stored.size();
    QVERIFY(act(PowerOperation::Suspend));
    QVERIFY(waitForNames(from, {u"domain.suspended.paused"_s}));
    QVERIFY(waitForShown(QString::fromLatin1(PowerState::Paused)));
    from = m_stored.size();
    QVERIFY(act(PowerOperation::Resume));
    QVERIFY(waitForNames(from, {u"domain.resumed.unpaused"_s}));
    QVERIFY(waitForShown(QString::fromLatin1(PowerState::On)));
}

void tst_QemuEvents::rebootArrivesTwice()
{
    QVERIFY(!m_guestRef.isEmpty());
    const qsizetype from = m_stored.size();
    QVERIFY(act(PowerOperation::Reboot));
    QString error;
    QVERIFY2(QemuLane::waitForReady(m_guest, 2, bootTimeoutMs, &error), qPrintable(error));
    // libvirt's ACPI reboot: the guest powers off on the button, QEMU resets it instead of
    // stopping; libvirt reports the reset as a reboot event, once from the shutdown it turned into
    // a reset and once from the reset itself.
    QVERIFY(waitForNames(from, {u"domain.reboot"_s, u"domain.reboot"_s}));
    const auto reboot = std::find_if(m_stored.cbegin() + from, m_stored.cend(), [&](auto &e) {
        return e.raw.name == u"domain.reboot"_s && e.raw.targetName == m_guest;
    });
    QCOMPARE(reboot->eventType, u"vm_rebooted"_s);
    QCOMPARE(shownPowerState(), QString::fromLatin1(PowerState::On));
}

void tst_QemuEvents::guestShutdownIsShown()
{
    QVERIFY(!m_guestRef.isEmpty());
    const qsizetype from = m_stored.size();
    QVERIFY(act(PowerOperation::Shutdown));
    // The guest asked for its own power-off (ACPI); nothing pulled the plug.
    QVERIFY(waitForNames(from, {u"domain.shutdown.guest"_s, u"domain.stopped.shutdown"_s}));
    QVERIFY(waitForShown(QString::fromLatin1(PowerState::Off)));
    QCOMPARE(scalar(u"SELECT event_type FROM event_stream WHERE target_ems_ref = ? AND "
                    "raw_name = 'domain.stopped.shutdown'"_s,
                    {m_guestRef})
                 .toString(),
             u"vm_power_off"_s);
}

void tst_QemuEvents::destroyIsShown()
{
    QVERIFY(!m_guestRef.isEmpty());
    qsizetype from = m_stored.size();
    QVERIFY(act(PowerOperation::Start));
    QVERIFY(waitForNames(from, {u"domain.started.booted"_s}));
    QVERIFY(waitForShown(QString::fromLatin1(PowerState::On)));
    from = m_stored.size();
    QVERIFY(act(PowerOperation::PowerOff));
    QVERIFY(waitForNames(from, {u"domain.stopped.destroyed"_s}));
    QVERIFY(waitForShown(QString::fromLatin1(PowerState::Off)));
}

QTEST_GUILESS_MAIN(tst_QemuEvents)
#include "tst_qemuevents.moc"
