#include "core/csvwriter.h"
#include "core/database.h"
#include "core/reports/reportrunner.h"
#include "core/reports/reportstore.h"
#include "tests/reports/reportfixture.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vantage;
using Vantage::Testing::ReportFixture;

// `vantage report` run as a cron job would: the real binary on a real database file.
class tst_ReportCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void list();
    void exportToFile();
    void exportToStdout();
    void filters();
    void unknownReport();
    void badUsage_data();
    void badUsage();
    void unwritableOutput();
    void brokenStoredReport();

private:
    struct Result
    {
        int status = -1;
        QByteArray out;
        QString err;
    };
    Result vantage(QStringList arguments) const;
    QString database() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }
    QList<QStringList> readCsv(const QString &path);

    QTemporaryDir m_dir;
};

tst_ReportCli::Result tst_ReportCli::vantage(QStringList arguments) const
{
    arguments.prepend(QStringLiteral("report"));
    arguments << QStringLiteral("--database") << database();
    QProcess process;
    process.start(QStringLiteral(VANTAGE_BINARY), arguments);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

QList<QStringList> tst_ReportCli::readCsv(const QString &path)
{
    QList<QStringList> rows;
    QString error;
    bool skipped = false;
    if (!Testing::readCsvWithPython(path, &rows, &error, &skipped))
        qWarning() << error;
    return rows;
}

void tst_ReportCli::initTestCase()
{
    QString error;
    QVERIFY2(Database::initialize(database(), &error), qPrintable(error));
    QVERIFY2(ReportFixture::populate(&error), qPrintable(error));
    QVERIFY2(ReportStore::restoreBuiltIns(&error), qPrintable(error));
}

void tst_ReportCli::list()
{
    const Result r = vantage({QStringLiteral("--list")});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), ReportStore::builtIns().size());
    QVERIFY(lines.contains(QStringLiteral("vms\tVirtual machines\tvms\tbuilt-in")));
    QVERIFY(r.err.isEmpty());
}

void tst_ReportCli::exportToFile()
{
    const QString path = m_dir.filePath(QStringLiteral("vms.csv"));
    const Result r =
        vantage({QStringLiteral("vms"), QStringLiteral("--output"), path, QStringLiteral("--bom")});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // stderr is no terminal: no progress
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("\xEF\xBB\xBF"));

    const QList<QStringList> rows = readCsv(path);
    if (rows.isEmpty())
        QSKIP("python3 is needed to read the file back");
    // What the runner in this process produces, cell for cell.
    Testing::CollectingSink sink;
    QVERIFY(ReportRunner(ReportStore::report(QStringLiteral("vms"))->definition).run(&sink).ok);
    QList<QStringList> expected{sink.headers};
    for (const QStringList &row : std::as_const(sink.rows)) {
        QStringList cells;
        for (const QString &cell : row)
            cells << CsvWriter::neutralised(cell);
        expected << cells;
    }
    QCOMPARE(rows, expected);
    QCOMPARE(rows.size(), 7);
}

void tst_ReportCli::exportToStdout()
{
    const Result r =
        vantage({QStringLiteral("hosts"), QStringLiteral("--output"), QStringLiteral("-")});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY(r.out.startsWith("Name,Cluster,Power state,CPU cores,Memory (bytes),VMs,Provider\r\n"));
    QVERIFY(r.out.contains("alpha,east,on,8,34359738368,3,lab\r\n"));
}

void tst_ReportCli::filters()
{
    const Result r =
        vantage({QStringLiteral("vms"), QStringLiteral("--output"), QStringLiteral("-"),
                 QStringLiteral("--filter"), QStringLiteral("power_state = running"),
                 QStringLiteral("--filter"), QStringLiteral("vcpus >= 4")});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.size(), 4); // header, two VMs, and the empty rest after the last CRLF
    QVERIFY(lines.at(1).startsWith("\"'=HYPERLINK(\"\"http://x\"\")\",running,8"));
    QVERIFY(lines.at(2).startsWith("Grüße 虚拟机,running,4"));
}

void tst_ReportCli::unknownReport()
{
    const Result r = vantage({QStringLiteral("printers"), QStringLiteral("--output"),
                              m_dir.filePath(QStringLiteral("p.csv"))});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(QStringLiteral("no report named \"printers\"")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("clusters, events, hosts")), qPrintable(r.err));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("p.csv"))));
}

void tst_ReportCli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no output") << QStringList{QStringLiteral("vms")} << QStringLiteral("--output");
    QTest::newRow("no name") << QStringList{} << QStringLiteral("--list");
    QTest::newRow("bad filter") << QStringList{"vms", "--output", "-", "--filter", "vcpus ~ 2"}
                                << QStringLiteral("is not a filter");
    QTest::newRow("unknown filter column")
        << QStringList{"vms", "--output", "-", "--filter", "colour = red"}
        << QStringLiteral("Unknown column \"colour\"");
    QTest::newRow("wrong value type")
        << QStringList{"vms", "--output", "-", "--filter", "vcpus > many"}
        << QStringLiteral("not a whole number");
    QTest::newRow("unknown option") << QStringList{"vms", "--colour"} << QStringLiteral("colour");
}

void tst_ReportCli::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result r = vantage(arguments);
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("vantage: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void tst_ReportCli::unwritableOutput()
{
    const QString blocker = m_dir.filePath(QStringLiteral("a-file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = blocker + QStringLiteral("/vms.csv");
    const Result r = vantage({QStringLiteral("vms"), QStringLiteral("--output"), path});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Could not create")), qPrintable(r.err));
    QVERIFY(!QFile::exists(path));
}

void tst_ReportCli::brokenStoredReport()
{
    QSqlQuery query(Database::connection());
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO report_definitions (name, title, source, definition, built_in, created_at, "
        "updated_at) VALUES ('half', 'Half', 'vms', '{\"columns\": [', 0, 0, 0)")));
    Result r = vantage({QStringLiteral("--list")});
    QCOMPARE(r.status, 0);
    QVERIFY(
        QString::fromUtf8(r.out).contains(QStringLiteral("half\tHalf\tvms\tThe stored report")));
    r = vantage({QStringLiteral("half"), QStringLiteral("--output"), QStringLiteral("-")});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not valid JSON")), qPrintable(r.err));
    // The others still run.
    r = vantage({QStringLiteral("vms"), QStringLiteral("--output"), QStringLiteral("-")});
    QCOMPARE(r.status, 0);
}

QTEST_GUILESS_MAIN(tst_ReportCli)
#include "tst_reportcli.moc"
