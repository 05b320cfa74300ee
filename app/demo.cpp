#include "app/demo.h"

#include "core/providerstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <unistd.h>

#include <memory>

namespace Vantage {

namespace {

QString demoFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo");
}

// libvirt's test driver reads a real file, so the XML leaves the resources; rewritten only when
// the shipped content changed.
bool extract(const QString &resource, const QString &target, QString *error)
{
    QFile source(resource);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = Demo::tr("The demo file %1 is missing from this build.").arg(resource);
        return false;
    }
    const QByteArray content = source.readAll();
    QFile existing(target);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == content)
        return true;
    existing.close();
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        out.write(content) != content.size()) {
        *error = Demo::tr("Cannot write the demo file %1: %2").arg(target, out.errorString());
        return false;
    }
    return true;
}

// The lane's script: VANTAGE_QEMU_LANE_SCRIPT, else the source tree this build came from.
QString laneScript()
{
    const QString configured = qEnvironmentVariable("VANTAGE_QEMU_LANE_SCRIPT");
    return configured.isEmpty() ? QStringLiteral(VANTAGE_SOURCE_DIR "/scripts/qemu-lane.sh")
                                : configured;
}

// One step of the lane's script; the event loop turns while it runs so the window can paint.
bool runLane(const QStringList &arguments, QString *error)
{
    QProcess process;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    // The first start downloads a kernel and builds the guest.
    QTimer::singleShot(std::chrono::minutes(5), &loop, &QEventLoop::quit);
    process.start(laneScript(), arguments);
    loop.exec();
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        *error = QemuDemo::tr("The QEMU lane did not finish \"%1\" within five minutes.")
                     .arg(arguments.join(u' '));
        return false;
    }
    if (process.error() == QProcess::FailedToStart) {
        *error = QemuDemo::tr("Cannot run %1: %2. Set VANTAGE_QEMU_LANE_SCRIPT to the "
                              "scripts/qemu-lane.sh of a Vantage source tree.")
                     .arg(laneScript(), process.errorString());
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        if (error->isEmpty())
            *error = QemuDemo::tr("%1 %2 failed.").arg(laneScript(), arguments.join(u' '));
        return false;
    }
    return true;
}

QString holder()
{
    return QString::number(QCoreApplication::applicationPid());
}

} // namespace

QString Demo::providerName()
{
    return QStringLiteral("Demo");
}

QString Demo::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo.sqlite");
}

std::optional<qint64> Demo::ensureProvider(QString *error)
{
    const QString folder = demoFolder();
    if (!QDir().mkpath(folder)) {
        *error = Demo::tr("Cannot create the folder %1 for the demo files.").arg(folder);
        return std::nullopt;
    }
    QStringList uris;
    for (const QString &name :
         QStringList{QStringLiteral("demo-host-a.xml"), QStringLiteral("demo-host-b.xml")}) {
        const QString target = folder + u'/' + name;
        if (!extract(QStringLiteral(":/demo/") + name, target, error))
            return std::nullopt;
        uris << QStringLiteral("test://") + QDir(target).absolutePath();
    }
    if (const auto existing = ProviderStore::providerByName(providerName()))
        return existing->id;
    return ProviderStore::addProvider({providerName(), QStringLiteral("libvirt"), uris, {}, {}},
                                      error);
}

QString QemuDemo::providerName()
{
    return QStringLiteral("QEMU Lane");
}

QString QemuDemo::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/qemu-demo.sqlite");
}

QStringList QemuDemo::guestNames()
{
    return {QStringLiteral("web"), QStringLiteral("db"), QStringLiteral("batch")};
}

bool QemuDemo::start(const std::function<void(const QString &)> &status, QString *error)
{
    if (geteuid() != 0) {
        *error = tr("The QEMU demo needs root: it starts libvirtd and its network on this "
                    "machine. Run it as root (sudo scripts/demo.sh --qemu).");
        return false;
    }
    status(tr("Starting libvirtd, its network and storage pool (the first start also builds the "
              "tiny guest)…"));
    if (!runLane({QStringLiteral("up"), holder()}, error))
        return false;
    for (const QString &guest : guestNames()) {
        status(tr("Preparing guest %1…").arg(guest));
        if (!runLane({QStringLiteral("guest"), guest}, error))
            return false;
    }
    return true;
}

void QemuDemo::startGuests(QObject *context)
{
    QStringList pending = guestNames();
    // One process at a time: each start reads and writes the lane's pool.
    auto startNext = std::make_shared<std::function<void()>>();
    *startNext = [context, pending, startNext]() mutable {
        if (pending.isEmpty()) {
            *startNext = nullptr; // breaks the cycle through the captured pointer
            return;
        }
        const QString guest = pending.takeFirst();
        auto *process = new QProcess(context);
        QObject::connect(process, &QProcess::finished, context, [process, guest, startNext] {
            if (process->exitCode() != 0)
                qWarning("QEMU demo: guest %s did not start: %s", qPrintable(guest),
                         process->readAllStandardError().constData());
            process->deleteLater();
            (*startNext)();
        });
        process->start(laneScript(), {QStringLiteral("guest"), guest, QStringLiteral("start")});
    };
    (*startNext)();
}

void QemuDemo::stop()
{
    QString error;
    if (!runLane({QStringLiteral("down"), holder()}, &error))
        qWarning("QEMU demo: the lane could not be torn down: %s", qPrintable(error));
}

std::optional<qint64> QemuDemo::ensureProvider(QString *error)
{
    if (const auto existing = ProviderStore::providerByName(providerName()))
        return existing->id;
    return ProviderStore::addProvider(
        {providerName(), QStringLiteral("libvirt"), {QStringLiteral("qemu:///system")}, {}, {}},
        error);
}

} // namespace Vantage
