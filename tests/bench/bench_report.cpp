// Report export benchmark: VM rows in a temporary database (one inert manager, rows inserted in
// one batched transaction), exported by the report runner as `vantage report` and the Reports
// window do it: every VM column with its host, cluster, manager and provider names, sorted by
// name, streamed row by row from a forward-only query into a CsvWriter on a temporary file that
// is renamed at the end; then the same grouped by power state, with subtotals. Prints the export
// time per size and the process's peak resident memory after each export; the peak is reset before
// each (Linux clear_refs), so the growth between the smallest and the largest size shows whether
// memory stays flat in the number of rows.

#include "core/database.h"
#include "core/providerregistry.h"
#include "core/providerstore.h"
#include "core/reports/reportrunner.h"
#include "tests/support/benchmark.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace Vantage;

namespace {

std::optional<qint64> addManager()
{
    QString error;
    const auto id = ProviderStore::addProvider({QStringLiteral("bench"),
                                                QStringLiteral("benchreport"),
                                                {QStringLiteral("bench://report")},
                                                {},
                                                {}},
                                               &error);
    if (!id) {
        std::fprintf(stderr, "cannot add provider: %s\n", qPrintable(error));
        return std::nullopt;
    }
    return ProviderStore::managersOf(*id).first().id;
}

bool insertVms(qint64 managerId, int count)
{
    QSqlDatabase db = Database::connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen()) {
        std::fprintf(stderr, "transaction: %s\n", qPrintable(transaction.error()));
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
        "INSERT INTO vms (manager_id, ems_ref, name, uuid, power_state, vcpus, memory_bytes, "
        "max_memory_bytes, os_type, is_template, raw_description) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < count; ++i) {
        const QString n = QStringLiteral("%1").arg(i, 6, 10, QLatin1Char('0'));
        insert.addBindValue(managerId);
        insert.addBindValue(QString(QStringLiteral("ref-") + n));
        // Some names need quoting and some neutralising, as real ones may.
        insert.addBindValue(i % 50 == 0  ? QStringLiteral("=vm,\"%1\"").arg(n)
                            : i % 7 == 0 ? QStringLiteral("vm-%1, prod").arg(n)
                                         : QStringLiteral("vm-%1").arg(n));
        insert.addBindValue(
            QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0')));
        insert.addBindValue(i % 3 ? QStringLiteral("running") : QStringLiteral("shut off"));
        insert.addBindValue(1 + i % 16);
        insert.addBindValue(qint64(1 + i % 64) << 30);
        insert.addBindValue(qint64(2 + i % 64) << 30);
        insert.addBindValue(QStringLiteral("hvm"));
        insert.addBindValue(i % 100 == 0 ? 1 : 0);
        insert.addBindValue(QStringLiteral("Benchmark VM %1\nsecond line").arg(n));
        if (!insert.exec()) {
            std::fprintf(stderr, "insert: %s\n", qPrintable(insert.lastError().text()));
            return false;
        }
    }
    if (!transaction.commit()) {
        std::fprintf(stderr, "commit: %s\n", qPrintable(transaction.error()));
        return false;
    }
    return true;
}

// Resets the kernel's peak-RSS mark (VmHWM) to the current RSS; false where that is refused.
bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

QString sizeName(int rows)
{
    if (rows % 1000 == 0)
        return QStringLiteral("%1k").arg(rows / 1000);
    return QString::number(rows);
}

// The report the benchmark exports: every VM column, with host, cluster, manager and provider
// names joined in, sorted by name; the first `rows` VMs chosen by a bound filter.
ReportDefinition vmReport(int rows, bool grouped)
{
    ReportDefinition definition = ReportDefinition::defaultFor(*ReportSources::find("vms"));
    definition.name = QStringLiteral("bench");
    definition.columns = ReportSources::find(QStringLiteral("vms"))->columnNames();
    definition.filters << ReportFilter{
        QStringLiteral("ems_ref"), FilterOperator::Less,
        QString(QStringLiteral("ref-") + QStringLiteral("%1").arg(rows, 6, 10, QLatin1Char('0')))};
    if (grouped)
        definition.groupBy = QStringLiteral("power_state");
    return definition;
}

// Seconds to export the first `rows` VMs to `path` through the report runner, or a negative
// number on failure.
double exportVms(int rows, const QString &path, bool grouped)
{
    QElapsedTimer timer;
    timer.start();
    qint64 lastDone = 0;
    const ReportOutcome outcome =
        ReportRunner(vmReport(rows, grouped))
            .exportCsvFile(path, true, nullptr, [&](qint64 done, qint64) { lastDone = done; });
    if (!outcome.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(outcome.error));
        return -1;
    }
    if (outcome.dataRows != rows || lastDone != rows) {
        std::fprintf(stderr, "exported %lld rows, expected %d\n", outcome.dataRows, rows);
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

// Milliseconds for the Reports window's preview of the same report: the first 500 rows of the
// sorted result, as the window runs it on the UI thread after each edit.
double previewMs(int rows, bool grouped)
{
    class Discard final : public ReportSink
    {
    public:
        bool begin(const QStringList &) override { return true; }
        bool addRow(const ReportRow &) override { return true; }
    } sink;
    QElapsedTimer timer;
    timer.start();
    const ReportOutcome outcome =
        ReportRunner(vmReport(rows, grouped)).run(&sink, nullptr, {}, 500);
    if (!outcome.ok || outcome.dataRows != std::min(rows, 500)) {
        std::fprintf(stderr, "preview: %s\n", qPrintable(outcome.error));
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption sizes(QStringLiteral("rows"),
                                   QStringLiteral("VM counts to export, smallest first."),
                                   QStringLiteral("N,N"), QStringLiteral("10000,100000"));
    parser.addOptions({sizes});
    parser.process(app);

    QList<int> counts;
    for (const QString &size : parser.value(sizes).split(u',')) {
        if (size.toInt() <= 0) {
            std::fprintf(stderr, "bad --rows value: %s\n", qPrintable(size));
            return 1;
        }
        counts << size.toInt();
    }
    std::sort(counts.begin(), counts.end());

    QTemporaryDir dir;
    QString error;
    if (!dir.isValid() ||
        !Database::initialize(dir.filePath(QStringLiteral("bench-report.sqlite")), &error)) {
        std::fprintf(stderr, "database: %s\n", qPrintable(error));
        return 1;
    }
    ProviderRegistry::instance().registerType(
        std::make_unique<InertProviderType>(QStringLiteral("benchreport")));
    const auto manager = addManager();
    if (!manager || !insertVms(*manager, counts.last()))
        return 1;

    const bool peakResets = resetPeakRss();
    if (!peakResets)
        std::fprintf(stderr, "note: cannot reset VmHWM; peak figures include the insert\n");
    QList<double> peaks;
    for (const int rows : counts) {
        resetPeakRss();
        const double seconds =
            exportVms(rows, dir.filePath(QStringLiteral("report-%1.csv").arg(rows)), false);
        if (seconds < 0)
            return 1;
        const double peak = peakRssMib();
        peaks << peak;
        printFigure(QStringLiteral("report_export_%1_vms_s").arg(sizeName(rows)), seconds, "s");
        printFigure(QStringLiteral("report_export_peak_rss_mib_%1").arg(sizeName(rows)), peak,
                    "MiB");
    }
    printFigure(QStringLiteral("report_export_peak_rss_mib"), peaks.last(), "MiB");
    printFigure(QStringLiteral("report_export_peak_rss_growth_mib"), peaks.last() - peaks.first(),
                "MiB");

    // Timings only, after the memory figures: heap these runs keep would count as growth.
    for (const int rows : counts) {
        const double groupedSeconds =
            exportVms(rows, dir.filePath(QStringLiteral("grouped-%1.csv").arg(rows)), true);
        const double preview = previewMs(rows, false);
        const double groupedPreview = previewMs(rows, true);
        if (groupedSeconds < 0 || preview < 0 || groupedPreview < 0)
            return 1;
        printFigure(QStringLiteral("report_export_grouped_%1_vms_s").arg(sizeName(rows)),
                    groupedSeconds, "s");
        printFigure(QStringLiteral("report_preview_%1_vms_ms").arg(sizeName(rows)), preview, "ms");
        printFigure(QStringLiteral("report_preview_grouped_%1_vms_ms").arg(sizeName(rows)),
                    groupedPreview, "ms");
    }
    Database::closeThreadConnection();
    return 0;
}
