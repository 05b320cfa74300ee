#pragma once

#include <QString>
#include <QStringList>

namespace Vantage {

// The real hypervisor lane (scripts/qemu-lane.sh) for tests and benchmarks: libvirtd + QEMU under
// software emulation on qemu:///system, with tiny guests booted from Debian's kernel. One object
// holds the lane for this process from up() until down() or its destruction; the lane is torn
// down when its last holder lets go.
class QemuLane
{
public:
    static QString uri() { return QStringLiteral("qemu:///system"); }

    QemuLane() = default;
    ~QemuLane();
    QemuLane(const QemuLane &) = delete;
    QemuLane &operator=(const QemuLane &) = delete;

    // Why this machine cannot run the lane at all (not root, QEMU or libvirtd not installed), to
    // skip with; empty when it can, and then a failing up() is a real failure.
    static QString unavailableReason();

    // Starts what is not running. False with *error set (the script's own words).
    bool up(QString *error);
    // Lets go of the lane; the last holder's call tears it down. Safe to call twice.
    bool down(QString *error = nullptr);

    // Defines the guest vantage-lane-NAME-PID (its own copy of the tiny guest's disk) and starts it
    // when asked; the domain's name, or empty with *error set.
    QString guest(const QString &name, bool start, QString *error);

    // How many times the guest's serial console has said it is ready since QEMU last started it
    // (QEMU truncates the log then; a reboot keeps the process, so it makes two).
    static int readyCount(const QString &domain);
    // Waits until readyCount(domain) reaches count; false with *error set after timeoutMs.
    static bool waitForReady(const QString &domain, int count, int timeoutMs, QString *error);
    static QString serialLogPath(const QString &domain);

private:
    bool run(const QStringList &arguments, QString *output, QString *error, int timeoutMs);

    bool m_holding = false;
};

} // namespace Vantage
