// bench_vmware: a full refresh of a vCenter simulator (tests/vcsim) with CLUSTERS clusters of
// HOSTS hosts and VMS VMs in each cluster's root pool: log in, collect every page, persist
// through core's Persister into a fresh database. The simulator is started before the clock runs
// and is not part of the memory figure, which is this process's peak RSS.
//
//   bench_vmware --clusters 8 --hosts 10 --vms 1250   (10,000 VMs on 80 hosts: the target is
//                                                      at most 10 s and 300 MiB)
#include "core/database.h"
#include "core/persister.h"
#include "core/providerregistry.h"
#include "core/providerstore.h"
#include "providers/vmware/vsphereclient.h"
#include "providers/vmware/vsphereprovider.h"
#include "providers/vmware/vspheresession.h"
#include "tests/support/benchmark.h"
#include "tests/vcsim/vcsimprocess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSslCertificate>
#include <QTemporaryDir>

#include <cstdio>

using namespace Vantage;

namespace {

int fail(const QString &what)
{
    std::fprintf(stderr, "bench_vmware: %s\n", qPrintable(what));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
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
    return 0;
}
