// Refresh benchmark: libvirt test-driver nodes of 1,000 and 10,000 domains, collected and
// persisted, the app launched on the cached inventory, the tree filtered by name, and
// `vantage refresh` compared with `virsh list --all` on the same file in the same run.

#include "core/database.h"
#include "core/providerregistry.h"
#include "core/providerstore.h"
#include "core/refresher.h"
#include "providers/libvirt/libvirtprovider.h"
#include "tests/support/benchmark.h"
#include "tests/support/testnodexml.h"
#include "ui/inventorytreemodel.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace Vantage;

namespace {

// Wall-clock milliseconds of a whole process, or a negative number when it failed.
double
timeProcess(const QString &program, const QStringList &arguments,
            const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(600000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program),
                     process.readAllStandardError().constData());
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

std::optional<qint64> addProvider(const QString &uri)
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

bool runSize(int domains, int runs, const QTemporaryDir &dir)
{
    const QString n = QString::number(domains);
    TestNodeSpec spec;
    spec.hostName = QStringLiteral("bench");
    spec.domains = domains;
    spec.networks = 4;
    spec.pools = 2;
    spec.volumesPerPool = 50;
    const QString node = dir.filePath(QStringLiteral("node-%1.xml").arg(domains));
    QString error;
    if (!TestNodeXml::writeFile(node, spec, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    const QString uri = TestNodeXml::uriForFile(node);

    // In process: collect and persist into a fresh database, then the same again unchanged.
    const QString database = dir.filePath(QStringLiteral("bench-%1.sqlite").arg(domains));
    if (!Database::initialize(database, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return false;
    }
    const auto manager = addProvider(uri);
    if (!manager)
        return false;
    CancelFlag never;
    SessionPool sessions;
    Refresher refresher(*manager, &sessions);
    const RefreshOutcome first = refresher.run({*manager}, never, [](const CollectProgress &) {});
    if (!first.ok) {
        std::fprintf(stderr, "refresh failed: %s\n", qPrintable(first.error));
        return false;
    }
    printFigure(QStringLiteral("refresh_collect_ms_%1").arg(n), double(first.collectMs), "ms");
    printFigure(QStringLiteral("refresh_persist_ms_%1").arg(n), double(first.persistMs), "ms");
    printFigure(QStringLiteral("refresh_rows_inserted_%1").arg(n), first.changes.inserted, "rows");
    const RefreshOutcome again = refresher.run({*manager}, never, [](const CollectProgress &) {});
    printFigure(QStringLiteral("refresh_unchanged_rows_written_%1").arg(n),
                again.changes.rowsWritten(), "rows");
    printFigure(QStringLiteral("refresh_unchanged_persist_ms_%1").arg(n), double(again.persistMs),
                "ms");

    // Launch to cached tree shown: the real binary on the database just filled.
    QProcessEnvironment offscreen = QProcessEnvironment::systemEnvironment();
    offscreen.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QList<double> launches;
    for (int i = 0; i < runs; ++i) {
        launches << timeProcess(QStringLiteral(VANTAGE_BINARY),
                                {QStringLiteral("--database"), database,
                                 QStringLiteral("--no-refresh"),
                                 QStringLiteral("--exit-when-shown")},
                                offscreen);
    }
    printFigure(QStringLiteral("launch_to_cached_tree_ms_%1").arg(n), percentile(launches, 0.5),
                "ms");

    // Filter by name as an operator does it: typing into the real window's filter box, until the
    // tree has re-laid out and repainted (expanding every match included).
    InventoryTreeModel model;
    QElapsedTimer timer;
    timer.start();
    model.reload();
    printFigure(QStringLiteral("tree_load_ms_%1").arg(n), double(timer.nsecsElapsed()) / 1e6, "ms");
    MainWindow window(nullptr);
    window.resize(1280, 800);
    window.show();
    QCoreApplication::processEvents();
    QList<double> filters;
    const QStringList needles = {QStringLiteral("bench-vm-00042"), QStringLiteral("vm-0999"),
                                 QStringLiteral("vm-09"), QStringLiteral("no such vm"), QString()};
    for (int i = 0; i < runs; ++i) {
        for (const QString &needle : needles) {
            timer.restart();
            window.filterEdit()->setText(needle);
            window.grab(); // layout and paint, as the screen would get it
            filters << double(timer.nsecsElapsed()) / 1e6;
        }
    }
    printFigure(QStringLiteral("filter_by_name_ms_%1").arg(n), percentile(filters, 0.5), "ms");
    printFigure(QStringLiteral("filter_by_name_worst_ms_%1").arg(n),
                *std::max_element(filters.cbegin(), filters.cend()), "ms");

    // `vantage refresh` from an empty inventory against `virsh list --all`, same file, same run.
    QList<double> ours, virsh;
    for (int i = 0; i < runs; ++i) {
        const QString fresh = dir.filePath(QStringLiteral("cli-%1-%2.sqlite").arg(domains).arg(i));
        if (!Database::initialize(fresh, &error) || !addProvider(uri))
            return false;
        Database::closeThreadConnection();
        ours << timeProcess(QStringLiteral(VANTAGE_BINARY),
                            {QStringLiteral("refresh"), QStringLiteral("bench"),
                             QStringLiteral("--quiet"), QStringLiteral("--database"), fresh});
        virsh << timeProcess(
            QStringLiteral("virsh"),
            {QStringLiteral("-c"), uri, QStringLiteral("list"), QStringLiteral("--all")});
    }
    printFigure(QStringLiteral("vantage_refresh_ms_%1").arg(n), percentile(ours, 0.5), "ms");
    printFigure(QStringLiteral("virsh_list_all_ms_%1").arg(n), percentile(virsh, 0.5), "ms");
    printFigure(QStringLiteral("refresh_to_virsh_ratio_%1").arg(n),
                percentile(ours, 0.5) / percentile(virsh, 0.5), "x");
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption sizes(QStringLiteral("sizes"), QStringLiteral("Domain counts."),
                                   QStringLiteral("N,N"), QStringLiteral("1000,10000"));
    const QCommandLineOption runs(QStringLiteral("runs"), QStringLiteral("Repetitions (median)."),
                                  QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({sizes, runs});
    parser.process(app);
    registerLibvirtProvider();
    QTemporaryDir dir;
    for (const QString &size : parser.value(sizes).split(u',')) {
        if (!runSize(size.toInt(), std::max(1, parser.value(runs).toInt()), dir))
            return 1;
    }
    return 0;
}
