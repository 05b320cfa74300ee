// bench_vmware: a full refresh of a vCenter simulator (tests/vcsim) with CLUSTERS clusters of
// HOSTS hosts and VMS VMs in each cluster's root pool: log in, collect every page, persist
// through core's Persister into a fresh database. The simulator is started before the clock runs
// and is not part of the memory figure, which is this process's peak RSS.
//
// Then a power change to visible: a Supervisor with all its workers runs on that database (its
// first full refresh starts the refresh worker's watch of property changes), one VM is powered
// off through the API, and the clock stops when the inventory tree's model (updated on each
// finished refresh as the main window does) shows it "off"; the time until its database row
// says so is printed too. Its session reads the credentials from the keychain, so run it under
// tests/with-keyring.sh.
//
//   bench_vmware --clusters 8 --hosts 10 --vms 1250   (10,000 VMs on 80 hosts: the target is
//                                                      at most 10 s and 300 MiB, and a power
//                                                      change visible within 2 s)
#include "core/database.h"
#include "core/persister.h"
#include "core/providerregistry.h"
#include "core/providerstore.h"
#include "core/supervisor.h"
#include "providers/vmware/vsphereclient.h"
#include "providers/vmware/vsphereprovider.h"
#include "providers/vmware/vspheresession.h"
#include "tests/support/benchmark.h"
#include "tests/vcsim/vcsimprocess.h"
#include "ui/inventorytreemodel.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <functional>

using namespace Vantage;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "bench_vmware: %s\n", qPrintable(what));
    return 1;
}

// Runs the event loop until done() or timeoutMs; false on time-out.
bool waitFor(const std::function<bool()> &done, qint64 timeoutMs)
{
    QElapsedTimer waited;
    waited.start();
    while (!done()) {
        if (waited.elapsed() > timeoutMs)
            return false;
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

QString vmPower(qint64 managerId, const QString &ref)
{
    QSqlQuery query(Database::connection());
    query.prepare(
        QStringLiteral("SELECT power_state FROM vms WHERE manager_id = ? AND ems_ref = ?"));
    query.addBindValue(managerId);
    query.addBindValue(ref);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

// The power-change figures on the inventory the full refresh stored: the time from sending
// PowerOffVM_Task to the VM's row saying "off" (*databaseMs) and to the tree showing it (*treeMs).
int powerChangeVisible(qint64 providerId, qint64 managerId, const ProviderSpec &spec,
                       double *databaseMs, double *treeMs)
{
    QString error;
    if (!ProviderStore::updateProvider(providerId, spec, &error))
        return fail(QStringLiteral("could not store the credentials (%1); the power-change figure "
                                   "needs a Secret Service: run under tests/with-keyring.sh")
                        .arg(error));
    Supervisor supervisor;
    InventoryTreeModel tree;
    tree.reload();
    int fullRefreshes = 0;
    QObject::connect(&supervisor, &Supervisor::refreshFinished, &supervisor,
                     [&](qint64 refreshed, const RefreshOutcome &outcome) {
                         tree.updateManager(refreshed, outcome.changes.any());
                         if (!outcome.ok)
                             std::fprintf(stderr, "refresh failed: %s\n",
                                          qPrintable(outcome.error));
                         else if (!outcome.targeted)
                             ++fullRefreshes;
                     });
    supervisor.start();
    if (!waitFor([&] { return fullRefreshes > 0; }, 600000))
        return fail(QStringLiteral("the supervisor's first full refresh did not finish"));
    QSqlQuery on(Database::connection());
    on.prepare(QStringLiteral("SELECT ems_ref, id FROM vms WHERE manager_id = ? AND "
                              "power_state = 'on' ORDER BY id LIMIT 1"));
    on.addBindValue(managerId);
    if (!on.exec() || !on.next())
        return fail(QStringLiteral("no powered-on VM to power off"));
    const QString vm = on.value(0).toString();
    const qint64 vmId = on.value(1).toLongLong();
    const auto treePower = [&tree, vmId] {
        return tree.indexFor(InventoryTreeModel::Kind::Vm, vmId)
            .data(InventoryTreeModel::PowerStateRole)
            .toString();
    };
    if (treePower() != u"on")
        return fail(QStringLiteral("the tree does not show %1 running").arg(vm));
    on.finish(); // an open statement would keep this connection on its old snapshot
    const auto session = std::dynamic_pointer_cast<VsphereSession>(
        supervisor.sessions()->acquire(managerId, &error));
    if (!session)
        return fail(error);
    const int fullBefore = fullRefreshes;
    QElapsedTimer visible;
    visible.start();
    QByteArray answer;
    VsphereError failure;
    if (!session->client().call(
            "<PowerOffVM_Task>" +
                VsphereClient::moref("_this", QStringLiteral("VirtualMachine"), vm) +
                "</PowerOffVM_Task>",
            &answer, &failure))
        return fail(failure.toString());
    if (!waitFor([&] { return vmPower(managerId, vm) == u"off"; }, 120000))
        return fail(QStringLiteral("the power-off of %1 never reached the database").arg(vm));
    *databaseMs = visible.nsecsElapsed() / 1e6;
    if (!waitFor([&] { return treePower() == u"off"; }, 120000))
        return fail(QStringLiteral("the power-off of %1 never reached the tree").arg(vm));
    *treeMs = visible.nsecsElapsed() / 1e6;
    std::fprintf(stderr,
                 "%s off after %.0f ms in the database, %.0f ms in the tree, %d full "
                 "refreshes meanwhile\n",
                 qPrintable(vm), *databaseMs, *treeMs, fullRefreshes - fullBefore);
    supervisor.stop();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    // The inventory tree's model draws icons, which need a GUI application but no screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption clusters(QStringLiteral("clusters"), QStringLiteral("clusters"),
                                      QStringLiteral("n"), QStringLiteral("8"));
    const QCommandLineOption hosts(QStringLiteral("hosts"), QStringLiteral("hosts per cluster"),
                                   QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption vms(QStringLiteral("vms"), QStringLiteral("VMs per cluster"),
                                 QStringLiteral("n"), QStringLiteral("1250"));
    parser.addOptions({clusters, hosts, vms});
    parser.process(app);
    const int clusterCount = parser.value(clusters).toInt();
    const int expectedHosts = clusterCount * parser.value(hosts).toInt();
    const int expectedVms = clusterCount * parser.value(vms).toInt();

    Testing::VcsimProcess vcsim;
    QString error;
    QElapsedTimer modelTimer;
    modelTimer.start();
    if (!vcsim.start({QStringLiteral("-dc"), QStringLiteral("1"), QStringLiteral("-cluster"),
                      parser.value(clusters), QStringLiteral("-host"), parser.value(hosts),
                      QStringLiteral("-standalone-host"), QStringLiteral("0"),
                      QStringLiteral("-vm"), parser.value(vms)},
                     &error, 600000))
        return fail(error);
    std::fprintf(stderr, "simulator ready after %.1f s\n", modelTimer.elapsed() / 1000.0);

    QTemporaryDir dir;
    if (!Database::initialize(dir.filePath(QStringLiteral("bench.sqlite")), &error))
        return fail(error);
    registerVsphereProvider();
    QVariantMap options;
    options.insert(
        QLatin1StringView(ManagerOption::TlsPinSha256),
        VsphereClient::fingerprint(QSslCertificate::fromPath(vcsim.certificatePath()).value(0)));
    // Credentials are handed to the session directly: the benchmark needs no keyring.
    const auto providerId = ProviderStore::addProvider(
        {QStringLiteral("bench"), QStringLiteral("vmware"), {vcsim.url().toString()}, options, {}},
        &error);
    if (!providerId)
        return fail(error);
    ManagerConfig config;
    config.id = ProviderStore::managersOf(*providerId).first().id;
    config.type = QStringLiteral("vmware");
    config.endpoints = {vcsim.url().toString()};
    config.options = options;
    config.credentials = {QStringLiteral("user"), QStringLiteral("pass")};

    QElapsedTimer total;
    total.start();
    VsphereError openError;
    const auto session = VsphereSession::open(config, &openError);
    if (!session)
        return fail(openError.toString());
    InventoryCollection collection;
    ProviderError collectError;
    if (!session->collectInventory(&collection, CancelFlag(), {}, &collectError))
        return fail(collectError.toString());
    const qint64 collectMs = total.elapsed();
    InventoryChanges changes;
    if (!Persister(config.id).persist(collection, &changes, &error))
        return fail(error);
    const double seconds = total.nsecsElapsed() / 1e9;

    printFigure(QStringLiteral("vmware_refresh_s"), seconds, "s");
    printFigure(QStringLiteral("vmware_collect_ms"), double(collectMs), "ms");
    printFigure(QStringLiteral("vmware_peak_rss_mib"), peakRssMib(), "MiB");
    printFigure(QStringLiteral("vmware_vms"), double(collection.vms.size()), "VMs");
    printFigure(QStringLiteral("vmware_hosts"), double(collection.hosts.size()), "hosts");
    printFigure(QStringLiteral("vmware_rows_inserted"), changes.inserted, "rows");
    if (collection.vms.size() != expectedVms || collection.hosts.size() != expectedHosts)
        return fail(
            QStringLiteral("expected %1 VMs on %2 hosts").arg(expectedVms).arg(expectedHosts));

    double databaseMs = 0;
    double treeMs = 0;
    if (const int failed = powerChangeVisible(*providerId, config.id,
                                              {QStringLiteral("bench"), QStringLiteral("vmware"),
                                               config.endpoints, options, config.credentials},
                                              &databaseMs, &treeMs))
        return failed;
    printFigure(QStringLiteral("vmware_power_change_in_database_ms"), databaseMs, "ms");
    printFigure(QStringLiteral("vmware_power_change_visible_ms"), treeMs, "ms");
    return 0;
}
