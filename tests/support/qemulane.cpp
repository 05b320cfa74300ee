#include "tests/support/qemulane.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <unistd.h>

namespace Vantage {

namespace {

const QString script = QStringLiteral(VANTAGE_SOURCE_DIR "/scripts/qemu-lane.sh");
const QByteArray readyLine = "vantage-guest ready:";
// Building the guest (a kernel download) is the slow part of a first up().
constexpr int upTimeoutMs = 300000;
constexpr int commandTimeoutMs = 120000;

} // namespace

QemuLane::~QemuLane()
{
    down();
}

QString QemuLane::unavailableReason()
{
    if (geteuid() != 0)
        return QStringLiteral("the QEMU lane needs root (libvirtd's qemu:///system)");
    for (const char *tool : {"qemu-system-x86_64", "libvirtd", "virtlogd", "virsh"}) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty() &&
            QStandardPaths::findExecutable(QLatin1String(tool), {QStringLiteral("/usr/sbin")})
                .isEmpty())
            return QStringLiteral("%1 is not installed (scripts/install-deps.sh installs the "
                                  "QEMU lane's packages)")
                .arg(QLatin1String(tool));
    }
    return {};
}

bool QemuLane::run(const QStringList &arguments, QString *output, QString *error, int timeoutMs)
{
    QProcess process;
    process.start(script, arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        if (error)
            *error = QStringLiteral("%1 %2 did not finish in %3 s")
                         .arg(script, arguments.join(u' '))
                         .arg(timeoutMs / 1000);
        return false;
    }
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("%1 %2 failed: %3")
                         .arg(script, arguments.join(u' '),
                              QString::fromUtf8(process.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

bool QemuLane::up(QString *error)
{
    const QString pid = QString::number(QCoreApplication::applicationPid());
    if (!run({QStringLiteral("up"), pid}, nullptr, error, upTimeoutMs))
        return false;
    m_holding = true;
    return true;
}

bool QemuLane::down(QString *error)
{
    if (!m_holding)
        return true;
    m_holding = false;
    const QString pid = QString::number(QCoreApplication::applicationPid());
    return run({QStringLiteral("down"), pid}, nullptr, error, commandTimeoutMs);
}

QString QemuLane::guest(const QString &name, bool start, QString *error)
{
    QStringList arguments{QStringLiteral("guest"),
                          name + u'-' + QString::number(QCoreApplication::applicationPid())};
    if (start)
        arguments << QStringLiteral("start");
    QString domain;
    if (!run(arguments, &domain, error, commandTimeoutMs))
        return {};
    return domain;
}

QString QemuLane::serialLogPath(const QString &domain)
{
    return QStringLiteral("/var/log/libvirt/qemu/%1-serial.log").arg(domain);
}

int QemuLane::readyCount(const QString &domain)
{
    QFile log(serialLogPath(domain));
    if (!log.open(QIODevice::ReadOnly))
        return 0;
    return int(log.readAll().count(readyLine));
}

bool QemuLane::waitForReady(const QString &domain, int count, int timeoutMs, QString *error)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (readyCount(domain) < count) {
        if (deadline.hasExpired()) {
            *error = QStringLiteral("%1 did not say it was ready (%2 times) within %3 s; see %4")
                         .arg(domain)
                         .arg(count)
                         .arg(timeoutMs / 1000)
                         .arg(serialLogPath(domain));
            return false;
        }
        // Queued signals (events, refreshes) keep arriving while the guest boots.
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(50);
    }
    return true;
}

} // namespace Vantage
