#include "core/database.h"
#include "core/provider.h"
#include "core/reports/reportrunner.h"
#include "core/reports/reportstore.h"
#include "tests/reports/reportfixture.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vantage;
using Vantage::Testing::CollectingSink;
using Vantage::Testing::ReportFixture;

class tst_ReportRunner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eachBuiltInRuns_data();
    void eachBuiltInRuns();
    void filters_data();
    void filters();
    void sortDescending();
    void groupingSubtotals();
    void previewLimit();
    void cancelLeavesNoFile();
    void progressCountsRows();
    void pythonReadsTheExport();
    void unwritablePath();
    void fullDevice();
    void invalidDefinitionDoesNotRun();

private:
    ReportDefinition vms(const QStringList &columns) const;
    QStringList names(const ReportDefinition &definition) const;

    QTemporaryDir m_dir;
};

void tst_ReportRunner::initTestCase()
{
    QString error;
    QVERIFY2(Database::initialize(m_dir.filePath(QStringLiteral("r.sqlite")), &error),
             qPrintable(error));
    QVERIFY2(ReportFixture::populate(&error), qPrintable(error));
}

ReportDefinition tst_ReportRunner::vms(const QStringList &columns) const
{
    ReportDefinition definition;
    definition.name = QStringLiteral("t");
    definition.title = QStringLiteral("T");
    definition.source = QStringLiteral("vms");
    definition.columns = columns;
    definition.sort = {{QStringLiteral("name"), Qt::AscendingOrder}};
    return definition;
}

QStringList tst_ReportRunner::names(const ReportDefinition &definition) const
{
    CollectingSink sink;
    const ReportOutcome outcome = ReportRunner(definition).run(&sink);
    if (!outcome.ok)
        qWarning() << outcome.error;
    QStringList out;
    for (const QStringList &row : std::as_const(sink.rows))
        out << row.value(0);
    return out;
}

void tst_ReportRunner::eachBuiltInRuns_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("dataRows");
    QTest::addColumn<QString>("firstCell");
    QTest::newRow("vms") << "vms" << 6 << "=HYPERLINK(\"http://x\")";
    QTest::newRow("hosts") << "hosts" << 2 << "alpha";
    QTest::newRow("clusters") << "clusters" << 1 << "east";
    QTest::newRow("storage") << "storage" << 1 << "default";
    QTest::newRow("networks") << "networks" << 2 << "default";
    QTest::newRow("events") << "events" << 2 << "2025-11-25T08:00:00Z";
    QTest::newRow("metrics") << "metrics" << 3 << "";
    QTest::newRow("retirements") << "retirements" << 1 << "db-2";
    QTest::newRow("requests") << "requests" << 2 << "1";
    QTest::newRow("packages, newest scan only") << "packages" << 2 << "db-1";
    QTest::newRow("users, newest scan only") << "users" << 2 << "db-1";
}

void tst_ReportRunner::eachBuiltInRuns()
{
    QFETCH(QString, source);
    QFETCH(int, dataRows);
    QFETCH(QString, firstCell);
    const ReportDefinition definition = ReportDefinition::defaultFor(*ReportSources::find(source));
    CollectingSink sink;
    const ReportOutcome outcome = ReportRunner(definition).run(&sink);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.dataRows, qint64(dataRows));
    QCOMPARE(sink.headers.size(),
             definition.columns.size() + (definition.groupBy.isEmpty() ? 0 : 2));
    QCOMPARE(sink.rows.first().first(), firstCell);
}

void tst_ReportRunner::filters_data()
{
    QTest::addColumn<QList<ReportFilter>>("filters");
    QTest::addColumn<QStringList>("expected");
    using F = FilterOperator;
    const QString db1 = QStringLiteral("db-1"), db2 = QStringLiteral("db-2");
    const QString formula = ReportFixture::vmNames().at(3);
    const QString grusse = ReportFixture::vmNames().at(2);
    const QString multi = ReportFixture::vmNames().at(1);
    const QString web = ReportFixture::vmNames().at(0);
    QTest::newRow("=") << QList<ReportFilter>{{"power_state", F::Equal, QStringLiteral("paused")}}
                       << QStringList{db2};
    QTest::newRow("!= keeps no value rows")
        << QList<ReportFilter>{{"host", F::NotEqual, QStringLiteral("alpha")}}
        << QStringList{formula, grusse, db2};
    QTest::newRow("<") << QList<ReportFilter>{{"vcpus", F::Less, qint64(2)}}
                       << QStringList{db2, multi};
    QTest::newRow("<=") << QList<ReportFilter>{{"vcpus", F::LessOrEqual, qint64(2)}}
                        << QStringList{db1, db2, multi, web};
    QTest::newRow(">") << QList<ReportFilter>{{"memory_bytes", F::Greater, qint64(4) << 30}}
                       << QStringList{formula, grusse};
    QTest::newRow(">=") << QList<ReportFilter>{{"vcpus", F::GreaterOrEqual, qint64(4)}}
                        << QStringList{formula, grusse};
    QTest::newRow("contains, any case")
        << QList<ReportFilter>{{"name", F::Contains, QStringLiteral("PROD")}} << QStringList{web};
    QTest::newRow("contains % is no wildcard")
        << QList<ReportFilter>{{"name", F::Contains, QStringLiteral("%")}} << QStringList{};
    QTest::newRow("starts with") << QList<ReportFilter>{{"name", F::StartsWith,
                                                         QStringLiteral("db")}}
                                 << QStringList{db1, db2};
    QTest::newRow("is empty") << QList<ReportFilter>{{"host", F::IsEmpty, {}}} << QStringList{db2};
    QTest::newRow("boolean") << QList<ReportFilter>{{"template", F::Equal, true}}
                             << QStringList{formula};
    QTest::newRow("all must hold")
        << QList<ReportFilter>{{"power_state", F::Equal, QStringLiteral("running")},
                               {"cluster", F::Equal, QStringLiteral("east")}}
        << QStringList{db1, web};
    QTest::newRow("a quote in the value is data")
        << QList<ReportFilter>{{"name", F::Equal, QStringLiteral("x' OR '1'='1")}} << QStringList{};
}

void tst_ReportRunner::filters()
{
    QFETCH(QList<ReportFilter>, filters);
    QFETCH(QStringList, expected);
    ReportDefinition definition = vms({QStringLiteral("name")});
    definition.filters = filters;
    QCOMPARE(names(definition), expected);
}

void tst_ReportRunner::sortDescending()
{
    ReportDefinition definition = vms({QStringLiteral("name"), QStringLiteral("vcpus")});
    definition.sort = {{QStringLiteral("vcpus"), Qt::DescendingOrder},
                       {QStringLiteral("name"), Qt::AscendingOrder}};
    const QStringList all = ReportFixture::vmNames();
    QCOMPARE(names(definition),
             (QStringList{all.at(3), all.at(2), all.at(4), all.at(0), all.at(5), all.at(1)}));
}

void tst_ReportRunner::groupingSubtotals()
{
    ReportDefinition definition = vms({QStringLiteral("name"), QStringLiteral("power_state"),
                                       QStringLiteral("vcpus"), QStringLiteral("host")});
    definition.groupBy = QStringLiteral("power_state");
    definition.sort = {{QStringLiteral("vcpus"), Qt::DescendingOrder},
                       {QStringLiteral("power_state"), Qt::DescendingOrder},
                       {QStringLiteral("name"), Qt::AscendingOrder}};
    CollectingSink sink;
    const ReportOutcome outcome = ReportRunner(definition).run(&sink);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(sink.headers,
             (QStringList{"Summary", "Count", "Name", "Power state", "vCPUs", "Host"}));
    const QStringList all = ReportFixture::vmNames();
    using K = ReportRow::Kind;
    const QList<QStringList> expected{
        {"", "", all.at(1), "shut off", "1", "alpha"},
        {"Subtotal", "1", "", "shut off", "1", ""},
        {"Average", "1", "", "shut off", "1", ""},
        {"", "", all.at(3), "running", "8", "beta"},
        {"", "", all.at(2), "running", "4", "beta"},
        {"", "", all.at(4), "running", "2", "alpha"},
        {"", "", all.at(0), "running", "2", "alpha"},
        {"Subtotal", "4", "", "running", "16", ""},
        {"Average", "4", "", "running", "4", ""},
        {"", "", all.at(5), "paused", "1", ""},
        {"Subtotal", "1", "", "paused", "1", ""},
        {"Average", "1", "", "paused", "1", ""},
        {"Total", "6", "", "", "18", ""},
        {"Total average", "6", "", "", "3", ""},
    };
    QCOMPARE(sink.rows, expected);
    QCOMPARE(sink.kinds, (QList<K>{K::Data, K::Subtotal, K::Average, K::Data, K::Data, K::Data,
                                   K::Data, K::Subtotal, K::Average, K::Data, K::Subtotal,
                                   K::Average, K::Total, K::TotalAverage}));
    QCOMPARE(outcome.dataRows, 6);
}

void tst_ReportRunner::previewLimit()
{
    ReportDefinition definition = vms({QStringLiteral("power_state"), QStringLiteral("name")});
    definition.groupBy = QStringLiteral("power_state");
    CollectingSink sink;
    const ReportOutcome outcome = ReportRunner(definition).run(&sink, nullptr, {}, 3);
    QVERIFY(outcome.ok);
    QVERIFY(outcome.truncated);
    QCOMPARE(outcome.dataRows, 3);
    // No totals are made up for rows that were not read.
    QVERIFY(!sink.kinds.contains(ReportRow::Kind::Total));
}

void tst_ReportRunner::cancelLeavesNoFile()
{
    QString error;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile before(path);
    QVERIFY(before.open(QIODevice::WriteOnly));
    before.write("old contents\r\n");
    before.close();

    QVERIFY2(ReportFixture::addVms(3000, &error), qPrintable(error));
    CancelFlag cancel;
    qint64 progressCalls = 0;
    const ReportOutcome outcome =
        ReportRunner(vms({QStringLiteral("name")}))
            .exportCsvFile(path, false, &cancel, [&](qint64 done, qint64 total) {
                ++progressCalls;
                QVERIFY(done <= total);
                cancel.cancel();
            });
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.cancelled);
    QCOMPARE(progressCalls, 1);
    QVERIFY(outcome.dataRows < 3006);
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), QByteArray("old contents\r\n"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("big.csv")});
    QSqlQuery(Database::connection())
        .exec(QStringLiteral("DELETE FROM vms WHERE ems_ref LIKE 'bulk-%'"));
}

void tst_ReportRunner::progressCountsRows()
{
    QList<QPair<qint64, qint64>> calls;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const ReportOutcome outcome =
        ReportRunner(vms({QStringLiteral("name")}))
            .exportCsv(&buffer, false, nullptr,
                       [&](qint64 done, qint64 total) { calls << qMakePair(done, total); });
    QVERIFY(outcome.ok);
    QCOMPARE(calls, (QList<QPair<qint64, qint64>>{{6, 6}}));
}

void tst_ReportRunner::pythonReadsTheExport()
{
    ReportDefinition definition = ReportDefinition::defaultFor(*ReportSources::find("vms"));
    definition.columns = ReportSources::find(QStringLiteral("vms"))->columnNames();
    definition.groupBy = QStringLiteral("host");
    CollectingSink shown;
    QVERIFY(ReportRunner(definition).run(&shown).ok);

    const QString path = m_dir.filePath(QStringLiteral("vms.csv"));
    const ReportOutcome outcome = ReportRunner(definition).exportCsvFile(path, true);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("\xEF\xBB\xBF"));

    QList<QStringList> read;
    QString error;
    bool skipped = false;
    if (!Testing::readCsvWithPython(path, &read, &error, &skipped)) {
        if (skipped)
            QSKIP(qPrintable(error));
        QFAIL(qPrintable(error));
    }
    QList<QStringList> expected{shown.headers};
    for (const QStringList &row : std::as_const(shown.rows)) {
        QStringList cells;
        for (const QString &cell : row)
            cells << CsvWriter::neutralised(cell);
        expected << cells;
    }
    QCOMPARE(read, expected);
    // Spot checks of what must survive: quoting, line breaks, Unicode, neutralising.
    const QStringList names = ReportFixture::vmNames();
    QList<QString> column;
    for (const QStringList &row : std::as_const(read))
        column << row.value(2);
    QVERIFY(column.contains(names.at(0)));
    QVERIFY(column.contains(names.at(1)));
    QVERIFY(column.contains(names.at(2)));
    QVERIFY(column.contains(QStringLiteral("'") + names.at(3)));
}

void tst_ReportRunner::unwritablePath()
{
    // Under a regular file no directory can exist, even for root.
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = blocker + QStringLiteral("/out.csv");
    const ReportOutcome outcome =
        ReportRunner(vms({QStringLiteral("name")})).exportCsvFile(path, false);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(QStringLiteral("Could not create")), qPrintable(outcome.error));
    QVERIFY(outcome.error.contains(path));
    QVERIFY(!QFile::exists(path));
}

void tst_ReportRunner::fullDevice()
{
    QFile full(QStringLiteral("/dev/full"));
    if (!full.open(QIODevice::WriteOnly))
        QSKIP("/dev/full is not available");
    const ReportOutcome outcome =
        ReportRunner(vms({QStringLiteral("name")})).exportCsv(&full, false);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.error.contains(QStringLiteral("Could not write the CSV file")),
             qPrintable(outcome.error));
}

void tst_ReportRunner::invalidDefinitionDoesNotRun()
{
    ReportDefinition definition = vms({QStringLiteral("name"), QStringLiteral("colour")});
    CollectingSink sink;
    const ReportOutcome outcome = ReportRunner(definition).run(&sink);
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.error.contains(QStringLiteral("colour")));
    QVERIFY(sink.headers.isEmpty());
}

QTEST_GUILESS_MAIN(tst_ReportRunner)
#include "tst_reportrunner.moc"
