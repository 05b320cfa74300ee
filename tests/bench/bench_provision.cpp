// Requests benchmark, on libvirt's test driver:
// - one request cloning N VMs: total seconds, and the request machinery's overhead per VM
//   beyond libvirt's own work (the same N clones made directly through LibvirtSession, on a
//   fresh connection to the same node file, versus through a request run by the Supervisor's
//   request runner);
// - a power operation on M selected VMs while the main window is shown and follows the
//   supervisor: the longest stall of the GUI's event loop (a 1 ms timer on the main thread,
//   largest gap between its ticks), while the request runs and until the refresh it asks for
//   has finished. Target: at most 50 ms.

#include "core/database.h"
#include "core/providerstore.h"
#include "core/requests.h"
#include "core/supervisor.h"
#include "providers/libvirt/libvirtprovider.h"
#include "providers/libvirt/libvirtsession.h"
#include "tests/support/benchmark.h"
#include "tests/support/testnodexml.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>

using namespace Vantage;

namespace {

constexpr int timeoutMs = 600000;

QVariant scalar(const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(Database::connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

bool writeNode(const QString &path, const TestNodeModel &model, const TestNodeSpec &spec)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(TestNodeXml::generate(model, spec)) < 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

std::optional<qint64> addManager(const QString &uri)
{
    QString error;
    const auto id = ProviderStore::addProvider(
        {QStringLiteral("bench"), QStringLiteral("libvirt"), {uri}, {}, {}}, &error);
    if (!id) {
        std::fprintf(stderr, "cannot add provider: %s\n", qPrintable(error));
        return std::nullopt;
    }
    return ProviderStore::managersOf(*id).first().id;
}

// Starts the supervisor and waits for the manager's first refresh.
bool startAndRefresh(Supervisor *supervisor)
{
    bool refreshed = false;
    bool ok = false;
    const auto connection = QObject::connect(supervisor, &Supervisor::refreshFinished, supervisor,
                                             [&](qint64, const RefreshOutcome &outcome) {
                                                 refreshed = true;
                                                 ok = outcome.ok;
                                                 if (!ok)
                                                     std::fprintf(stderr, "refresh failed: %s\n",
                                                                  qPrintable(outcome.error));
                                             });
    supervisor->start(true);
    QElapsedTimer wait;
    wait.start();
    while (!refreshed && wait.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    QObject::disconnect(connection);
    return ok;
}

bool waitFinished(qint64 requestId)
{
    QElapsedTimer wait;
    wait.start();
    while (wait.elapsed() < timeoutMs) {
        const auto request = RequestStore::request(requestId);
        if (request && request->state == QLatin1String(RequestState::Finished)) {
            if (request->status == QLatin1String(RequestStatus::Ok))
                return true;
            std::fprintf(stderr, "request failed: %s\n", qPrintable(request->message));
            return false;
        }
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    std::fprintf(stderr, "request %lld did not finish\n", qlonglong(requestId));
    return false;
}

// N clones of one small shut-off VM: directly, then through a request.
bool provision(int count, const QTemporaryDir &dir)
{
    TestNodeSpec spec;
    spec.hostName = QStringLiteral("provision-lab");
    spec.domains = 4;
    spec.pools = 2;
    spec.volumesPerPool = 1;
    TestNodeModel model = TestNodeXml::model(spec);
    // Domain 1 is shut off with its disk in pool 1; a small disk lets a hundred clones fit in
    // the test driver's 100 GiB pool.
    const int source = 1;
    TestNodeVolume &volume = model.pools[1].volumes[0];
    volume.capacityBytes = 256LL << 20;
    volume.allocationBytes = 64LL << 20;
    model.domains[source].diskCapacityBytes = volume.capacityBytes;
    if (model.domains[source].runState != 5) {
        std::fprintf(stderr, "the generated node changed: domain 1 is not shut off\n");
        return false;
    }
    const QString path = dir.filePath(spec.hostName + QStringLiteral(".xml"));
    if (!writeNode(path, model, spec))
        return false;
    const QString uri = TestNodeXml::uriForFile(path);

    QString error;
    if (!Database::initialize(dir.filePath(QStringLiteral("provision.sqlite")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    const auto manager = addManager(uri);
    if (!manager)
        return false;
    auto supervisor = std::make_unique<Supervisor>();
    if (!startAndRefresh(supervisor.get()))
        return false;
    ProvisionSpec clone;
    clone.hostRef = scalar(QStringLiteral("SELECT ems_ref FROM hosts")).toString();
    clone.sourceVmRef = scalar(QStringLiteral("SELECT ems_ref FROM vms WHERE name = ?"),
                               {model.domains[source].name})
                            .toString();
    clone.storageRef =
        scalar(QStringLiteral("SELECT ems_ref FROM storages ORDER BY available_bytes DESC"))
            .toString();
    clone.memoryBytes = 256LL << 20;
    QList<ProvisionSpec> specs;
    for (int i = 0; i < count; ++i) {
        ProvisionSpec spec = clone;
        spec.name = QStringLiteral("clone-%1").arg(i, 4, 10, QLatin1Char('0'));
        specs << spec;
    }

    // Directly: a connection of its own, so the test driver starts from the same file.
    ManagerConfig config;
    config.id = *manager;
    config.type = QStringLiteral("libvirt");
    config.endpoints = {uri};
    ProviderError providerError;
    const auto direct = LibvirtSession::open(config, &providerError);
    if (!direct) {
        std::fprintf(stderr, "%s\n", qPrintable(providerError.toString()));
        return false;
    }
    QElapsedTimer timer;
    timer.start();
    for (const ProvisionSpec &spec : std::as_const(specs)) {
        QString ref;
        if (!direct->provisionVm(spec, &ref, &providerError)) {
            std::fprintf(stderr, "direct clone failed: %s\n", qPrintable(providerError.toString()));
            return false;
        }
    }
    const double directSeconds = double(timer.nsecsElapsed()) / 1e9;

    timer.restart();
    const qint64 id = RequestStore::submit(
        provisionRequest(*manager, specs, QStringLiteral("bench")), false, &error);
    if (!id) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    supervisor->notifyRequestSubmitted();
    if (!waitFinished(id))
        return false;
    const double requestSeconds = double(timer.nsecsElapsed()) / 1e9;
    supervisor->stop();
    printFigure(QStringLiteral("provision_%1_vms_s").arg(count), requestSeconds, "s");
    printFigure(QStringLiteral("provision_%1_vms_direct_s").arg(count), directSeconds, "s");
    printFigure(QStringLiteral("provision_overhead_per_vm_ms"),
                (requestSeconds - directSeconds) * 1000 / count, "ms");
    Database::closeThreadConnection();
    return true;
}

// A power operation on `count` running VMs with the main window on screen.
bool powerWithWindow(int count, const QTemporaryDir &dir)
{
    TestNodeSpec spec;
    spec.hostName = QStringLiteral("power-lab");
    spec.domains = count;
    spec.pools = 1;
    spec.volumesPerPool = 1;
    TestNodeModel model = TestNodeXml::model(spec);
    for (TestNodeDomain &domain : model.domains) {
        domain.runState = 1;
        domain.powerState = QStringLiteral("on");
    }
    const QString path = dir.filePath(spec.hostName + QStringLiteral(".xml"));
    if (!writeNode(path, model, spec))
        return false;
    QString error;
    if (!Database::initialize(dir.filePath(QStringLiteral("power.sqlite")), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    const auto manager = addManager(TestNodeXml::uriForFile(path));
    if (!manager)
        return false;
    Supervisor supervisor;
    MainWindow window(&supervisor);
    window.resize(1280, 800);
    window.show();
    if (!startAndRefresh(&supervisor))
        return false;
    QList<VmSelection> vms;
    {
        QSqlQuery query(Database::connection());
        query.exec(QStringLiteral("SELECT ems_ref, name FROM vms WHERE power_state = 'on'"));
        while (query.next())
            vms.append({query.value(0).toString(), query.value(1).toString()});
    }
    if (vms.size() != count) {
        std::fprintf(stderr, "%lld of %d VMs are running\n", qlonglong(vms.size()), count);
        return false;
    }
    // Let the window settle before measuring.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);

    QElapsedTimer clock;
    clock.start();
    qint64 lastTick = clock.nsecsElapsed();
    qint64 maxGap = 0;
    QTimer ticker;
    ticker.setInterval(1);
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        const qint64 now = clock.nsecsElapsed();
        maxGap = std::max(maxGap, now - lastTick);
        lastTick = now;
    });
    bool refreshedAfter = false;
    qint64 finishedAt = 0;
    QObject::connect(&supervisor, &Supervisor::refreshFinished, &ticker,
                     [&](qint64, const RefreshOutcome &) {
                         if (finishedAt)
                             refreshedAfter = true;
                     });
    ticker.start();
    lastTick = clock.nsecsElapsed();
    const qint64 id = RequestStore::submit(
        powerRequest(*manager, PowerOperation::PowerOff, vms, QStringLiteral("bench")), false,
        &error);
    supervisor.notifyRequestSubmitted();
    if (!id || !waitFinished(id))
        return false;
    finishedAt = clock.nsecsElapsed();
    const double requestSeconds = double(finishedAt) / 1e9;
    const qint64 stallDuringRequest = maxGap;
    QElapsedTimer wait;
    wait.start();
    while (!refreshedAfter && wait.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    ticker.stop();
    supervisor.stop();
    printFigure(QStringLiteral("power_off_%1_vms_s").arg(count), requestSeconds, "s");
    printFigure(QStringLiteral("gui_max_stall_during_power_%1_ms").arg(count),
                double(stallDuringRequest) / 1e6, "ms");
    printFigure(QStringLiteral("gui_max_stall_incl_refresh_%1_ms").arg(count), double(maxGap) / 1e6,
                "ms");
    return refreshedAfter;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption vms(QStringLiteral("vms"), QStringLiteral("Clones in one request."),
                                 QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption power(QStringLiteral("power"),
                                   QStringLiteral("VMs in the power request."), QStringLiteral("N"),
                                   QStringLiteral("1000"));
    parser.addOptions({vms, power});
    parser.process(app);
    registerLibvirtProvider();
    QTemporaryDir dir;
    if (!provision(std::max(1, parser.value(vms).toInt()), dir))
        return 1;
    if (!powerWithWindow(std::max(1, parser.value(power).toInt()), dir))
        return 1;
    return 0;
}
