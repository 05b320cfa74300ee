// The real hypervisor lane (scripts/qemu-lane.sh): what running Vantage costs and how quickly it
// shows changes, on real QEMU guests.
//   qemu_collector_cpu_percent   CPU of the whole app core (Supervisor, its refresh, event and
//                                metrics workers, at the default 20 s metrics interval) while the
//                                guests idle, in % of one core over --duration seconds
//   qemu_event_to_tree_ms        a guest suspended or resumed behind our back (virsh's own
//                                connection) until the database the tree reads shows it; median
//   qemu_power_on_to_shown_ms    Start through the provider until the tree's database says "on"
//   qemu_boot_to_ready_s         Start until the guest's serial console says it is ready
// Exits 77 (a skip for ctest) where the lane cannot run: not root, QEMU not installed.
#include "core/database.h"
#include "core/providerstore.h"
#include "core/supervisor.h"
#include "providers/libvirt/libvirtprovider.h"
#include "providers/libvirt/libvirtsession.h"
#include "tests/support/benchmark.h"
#include "tests/support/qemulane.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

using namespace Vantage;
using namespace Qt::StringLiterals;

namespace {

constexpr int skipExitCode = 77;
constexpr int timeoutMs = 90000;

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

QString shownPowerState(qint64 managerId, const QString &name)
{
    QSqlQuery query(Database::connection());
    query.prepare(u"SELECT power_state FROM vms WHERE manager_id = ? AND name = ?"_s);
    query.addBindValue(managerId);
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

// Milliseconds from now until the database shows the state; negative on timeout. Polls often so
// that the polling itself adds little.
double msUntilShown(qint64 managerId, const QString &name, const QString &state,
                    const QElapsedTimer &since)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (shownPowerState(managerId, name) != state) {
        if (deadline.hasExpired())
            return -1;
        spin(5);
    }
    return double(since.nsecsElapsed()) / 1e6;
}

bool virsh(const QStringList &arguments)
{
    QProcess process;
    process.start(u"virsh"_s, QStringList{u"-q"_s, u"-c"_s, QemuLane::uri()} + arguments);
    return process.waitForFinished(timeoutMs) && process.exitCode() == 0;
}

int fail(const QString &what)
{
    std::fprintf(stderr, "bench_qemu: %s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption duration(
        u"duration"_s, u"Seconds over which the idle CPU is measured."_s, u"SECONDS"_s, u"60"_s);
    const QCommandLineOption samples(u"samples"_s, u"Suspend/resume events timed."_s, u"N"_s,
                                     u"6"_s);
    parser.addOptions({duration, samples});
    parser.process(app);

    const QString unavailable = QemuLane::unavailableReason();
    if (!unavailable.isEmpty()) {
        std::fprintf(stderr, "bench_qemu: skipped: %s\n", qPrintable(unavailable));
        return skipExitCode;
    }
    registerLibvirtProvider();
    QemuLane lane;
    QString error;
    if (!lane.up(&error))
        return fail(error);
    const QString idle = lane.guest(u"bench-idle"_s, true, &error);
    if (idle.isEmpty())
        return fail(error);
    const QString busy = lane.guest(u"bench-events"_s, true, &error);
    if (busy.isEmpty())
        return fail(error);
    const QString cold = lane.guest(u"bench-cold"_s, false, &error);
    if (cold.isEmpty())
        return fail(error);
    for (const QString &guest : {idle, busy}) {
        if (!QemuLane::waitForReady(guest, 1, timeoutMs, &error))
            return fail(error);
    }

    QTemporaryDir dir;
    if (!Database::initialize(dir.filePath(u"vantage.sqlite"_s), &error))
        return fail(error);
    const auto providerId = ProviderStore::addProvider(
        {u"QEMU lane"_s, u"libvirt"_s, {QemuLane::uri()}, {}, {}}, &error);
    if (!providerId)
        return fail(error);
    const qint64 managerId = ProviderStore::managersOf(*providerId).first().id;

    // The app's own configuration: default refresh, event handling and metrics interval.
    Supervisor supervisor;
    int refreshes = 0;
    QObject::connect(&supervisor, &Supervisor::refreshFinished, &app, [&] { ++refreshes; });
    supervisor.start();
    const QDeadlineTimer firstRefresh(timeoutMs);
    while (refreshes < 1 && !firstRefresh.hasExpired())
        spin(50);
    if (shownPowerState(managerId, idle) != u"on"_s)
        return fail(u"the first refresh did not show the running guests"_s);

    // Events: suspended and resumed by another connection, as an operator's virsh would.
    spin(3000); // the event catcher subscribes right after the first refresh
    QList<double> eventMs;
    for (int i = 0; i < parser.value(samples).toInt(); ++i) {
        const bool suspend = i % 2 == 0;
        QElapsedTimer since;
        since.start();
        if (!virsh({suspend ? u"suspend"_s : u"resume"_s, busy}))
            return fail(u"virsh could not suspend or resume "_s + busy);
        const double ms = msUntilShown(managerId, busy, suspend ? u"paused"_s : u"on"_s, since);
        if (ms < 0)
            return fail(u"the tree never showed the change of "_s + busy);
        eventMs.append(ms);
        spin(1500);
    }
    if (shownPowerState(managerId, busy) == u"paused"_s)
        virsh({u"resume"_s, busy});
    printFigure(u"qemu_event_to_tree_ms"_s, percentile(eventMs, 0.5), "ms");

    // Power-on through the provider, as the Start button does.
    QString ref;
    {
        QSqlQuery query(Database::connection());
        query.prepare(u"SELECT ems_ref FROM vms WHERE manager_id = ? AND name = ?"_s);
        query.addBindValue(managerId);
        query.addBindValue(cold);
        if (query.exec() && query.next())
            ref = query.value(0).toString();
    }
    auto session = std::dynamic_pointer_cast<LibvirtSession>(
        supervisor.sessions()->acquire(managerId, &error));
    if (ref.isEmpty() || !session)
        return fail(u"no session or no row for "_s + cold + u": "_s + error);
    QElapsedTimer since;
    since.start();
    ProviderError providerError;
    if (!session->powerOperation(ref, PowerOperation::Start, &providerError))
        return fail(providerError.toString());
    const double powerOnMs = msUntilShown(managerId, cold, u"on"_s, since);
    if (powerOnMs < 0)
        return fail(u"the tree never showed "_s + cold + u" running"_s);
    printFigure(u"qemu_power_on_to_shown_ms"_s, powerOnMs, "ms");
    if (!QemuLane::waitForReady(cold, 1, timeoutMs, &error))
        return fail(error);
    printFigure(u"qemu_boot_to_ready_s"_s, since.elapsed() / 1000.0, "s");
    session.reset();

    // Idle: three guests running, nothing happening but the metrics interval.
    spin(2000);
    const double seconds = parser.value(duration).toDouble();
    const double cpuBefore = processCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    spin(int(seconds * 1000));
    const double cpuPercent = (processCpuSeconds() - cpuBefore) / (wall.elapsed() / 1000.0) * 100.0;
    printFigure(u"qemu_collector_cpu_percent"_s, cpuPercent, "%");

    supervisor.stop();
    if (!lane.down(&error))
        return fail(error);
    return 0;
}
