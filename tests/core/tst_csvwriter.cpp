#include "core/csvwriter.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Vantage;

class tst_CsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void textRows_data();
    void textRows();
    void neutralisesFormulaTriggers_data();
    void neutralisesFormulaTriggers();
    void typedCells_data();
    void typedCells();
    void byteOrderMark_data();
    void byteOrderMark();
    void doublesIgnoreTheDefaultLocale();
    void reportsWriteFailures();
    void pythonCsvReadsItBack();

private:
    static QByteArray written(const QStringList &row);
    static QByteArray written(const QVariantList &row);
};

QByteArray tst_CsvWriter::written(const QStringList &row)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    if (!writer.writeRow(row))
        return QByteArrayLiteral("<failed>");
    return buffer.data();
}

QByteArray tst_CsvWriter::written(const QVariantList &row)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    if (!writer.writeRow(row))
        return QByteArrayLiteral("<failed>");
    return buffer.data();
}

void tst_CsvWriter::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void tst_CsvWriter::textRows_data()
{
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringList{QStringLiteral("a"), QStringLiteral("b c")}
                           << QByteArray("a,b c\r\n");
    QTest::newRow("empty fields") << QStringList{QString(), QString(), QStringLiteral("x")}
                                  << QByteArray(",,x\r\n");
    QTest::newRow("comma") << QStringList{QStringLiteral("a,b"), QStringLiteral("c")}
                           << QByteArray("\"a,b\",c\r\n");
    QTest::newRow("quote") << QStringList{QStringLiteral("say \"hi\"")}
                           << QByteArray("\"say \"\"hi\"\"\"\r\n");
    QTest::newRow("lone quote") << QStringList{QStringLiteral("\"")} << QByteArray("\"\"\"\"\r\n");
    QTest::newRow("LF inside") << QStringList{QStringLiteral("one\ntwo"), QStringLiteral("z")}
                               << QByteArray("\"one\ntwo\",z\r\n");
    QTest::newRow("CRLF inside") << QStringList{QStringLiteral("one\r\ntwo")}
                                 << QByteArray("\"one\r\ntwo\"\r\n");
    QTest::newRow("CR inside") << QStringList{QStringLiteral("one\rtwo")}
                               << QByteArray("\"one\rtwo\"\r\n");
    QTest::newRow("unicode") << QStringList{QStringLiteral("Grüße"), QStringLiteral("虚拟机"),
                                            QStringLiteral("🖥️")}
                             << QStringLiteral("Grüße,虚拟机,🖥️\r\n").toUtf8();
    QTest::newRow("single quote kept")
        << QStringList{QStringLiteral("'already")} << QByteArray("'already\r\n");
    QTest::newRow("trigger not leading")
        << QStringList{QStringLiteral("a=b+c-d@e")} << QByteArray("a=b+c-d@e\r\n");
    QTest::newRow("formula with comma")
        << QStringList{QStringLiteral("=SUM(A1,A2)")} << QByteArray("\"'=SUM(A1,A2)\"\r\n");
}

void tst_CsvWriter::textRows()
{
    QFETCH(QStringList, row);
    QFETCH(QByteArray, expected);
    QCOMPARE(written(row), expected);
}

void tst_CsvWriter::neutralisesFormulaTriggers_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("expected");
    QTest::newRow("=") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("+") << QStringLiteral("+1+1") << QStringLiteral("'+1+1");
    QTest::newRow("-") << QStringLiteral("-1+1") << QStringLiteral("'-1+1");
    QTest::newRow("@") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
    QTest::newRow("CR") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
    QTest::newRow("cmd") << QStringLiteral("=cmd|'/c calc'!A1")
                         << QStringLiteral("'=cmd|'/c calc'!A1");
    QTest::newRow("negative as text") << QStringLiteral("-5") << QStringLiteral("'-5");
    QTest::newRow("plain") << QStringLiteral("web-01") << QStringLiteral("web-01");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("space first") << QStringLiteral(" =1") << QStringLiteral(" =1");
}

void tst_CsvWriter::neutralisesFormulaTriggers()
{
    QFETCH(QString, cell);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::neutralised(cell), expected);
    // And a written text cell carries it, quoted when the CR needs it.
    QCOMPARE(written(QStringList{cell}), (CsvWriter::quoted(expected) + "\r\n").toUtf8());
    QCOMPARE(written(QVariantList{cell}), (CsvWriter::quoted(expected) + "\r\n").toUtf8());
}

void tst_CsvWriter::typedCells_data()
{
    QTest::addColumn<QVariantList>("row");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("negative int") << QVariantList{-5} << QByteArray("-5\r\n");
    QTest::newRow("negative qlonglong")
        << QVariantList{qlonglong(-9007199254740993LL)} << QByteArray("-9007199254740993\r\n");
    QTest::newRow("big unsigned") << QVariantList{qulonglong(18446744073709551615ULL)}
                                  << QByteArray("18446744073709551615\r\n");
    QTest::newRow("no thousands separators")
        << QVariantList{1234567, 1234567.5} << QByteArray("1234567,1234567.5\r\n");
    QTest::newRow("negative double") << QVariantList{-0.25} << QByteArray("-0.25\r\n");
    QTest::newRow("shortest double") << QVariantList{0.1} << QByteArray("0.1\r\n");
    QTest::newRow("non-finite") << QVariantList{qQNaN(), qInf(), -qInf()}
                                << QByteArray("nan,inf,'-inf\r\n");
    QTest::newRow("float") << QVariantList{1.5f} << QByteArray("1.5\r\n");
    QTest::newRow("mixed") << QVariantList{QStringLiteral("vm"), -3, QStringLiteral("-3")}
                           << QByteArray("vm,-3,'-3\r\n");
    QTest::newRow("null and invalid")
        << QVariantList{QVariant(), QVariant(QMetaType::fromType<int>()), QStringLiteral("x")}
        << QByteArray(",,x\r\n");
    QTest::newRow("utc date-time")
        << QVariantList{QDateTime(QDate(2026, 11, 25), QTime(11, 45, 0), Qt::UTC)}
        << QByteArray("2026-11-25T11:45:00Z\r\n");
    QTest::newRow("offset date-time to utc")
        << QVariantList{QDateTime(QDate(2026, 1, 2), QTime(1, 30, 0), Qt::OffsetFromUTC, 7200)}
        << QByteArray("2026-01-01T23:30:00Z\r\n");
    QTest::newRow("milliseconds") << QVariantList{QDateTime(QDate(2026, 11, 25),
                                                            QTime(11, 45, 0, 123), Qt::UTC)}
                                  << QByteArray("2026-11-25T11:45:00.123Z\r\n");
    QTest::newRow("invalid date-time") << QVariantList{QDateTime()} << QByteArray("\r\n");
    QTest::newRow("date") << QVariantList{QDate(2026, 2, 3)} << QByteArray("2026-02-03\r\n");
    QTest::newRow("text with comma")
        << QVariantList{QStringLiteral("a,b"), 1} << QByteArray("\"a,b\",1\r\n");
}

void tst_CsvWriter::typedCells()
{
    QFETCH(QVariantList, row);
    QFETCH(QByteArray, expected);
    QCOMPARE(written(row), expected);
}

void tst_CsvWriter::byteOrderMark_data()
{
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("off") << false << QByteArray("name,size\r\n\xC3\xA4,1\r\n");
    QTest::newRow("on") << true << QByteArray("\xEF\xBB\xBFname,size\r\n\xC3\xA4,1\r\n");
}

void tst_CsvWriter::byteOrderMark()
{
    QFETCH(bool, bom);
    QFETCH(QByteArray, expected);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, bom);
    QVERIFY(writer.writeHeader({QStringLiteral("name"), QStringLiteral("size")}));
    QVERIFY(writer.writeRow(QVariantList{QStringLiteral("ä"), 1}));
    QVERIFY(writer.finish());
    QCOMPARE(buffer.data(), expected); // the BOM once, at the start
    QCOMPARE(writer.rowsWritten(), 2);
}

void tst_CsvWriter::doublesIgnoreTheDefaultLocale()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(QLocale().toString(1234.5), QStringLiteral("1.234,5")); // the locale is in effect
    QCOMPARE(written(QVariantList{1234.5, -1234567.25, 1234567}),
             QByteArray("1234.5,-1234567.25,1234567\r\n"));
}

void tst_CsvWriter::reportsWriteFailures()
{
    QBuffer readOnly;
    readOnly.open(QIODevice::ReadOnly);
    CsvWriter notWritable(&readOnly);
    QVERIFY(!notWritable.writeRow(QStringList{QStringLiteral("a")}));
    QVERIFY(!notWritable.errorString().isEmpty());
    QCOMPARE(notWritable.rowsWritten(), 0);

    CsvWriter noDevice(nullptr);
    QVERIFY(!noDevice.writeRow(QVariantList{1}));
    QVERIFY(!noDevice.errorString().isEmpty());

    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("/dev/full is not there: the full-disk case needs it");
    QFile full(QStringLiteral("/dev/full"));
    QVERIFY(full.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    CsvWriter writer(&full);
    QVERIFY(!writer.writeRow(QStringList{QStringLiteral("a")}));
    QVERIFY2(writer.errorString().contains(full.errorString()), qPrintable(writer.errorString()));

    QFile buffered(QStringLiteral("/dev/full")); // the failure shows when the buffer goes out
    QVERIFY(buffered.open(QIODevice::WriteOnly));
    CsvWriter late(&buffered);
    late.writeRow(QStringList{QStringLiteral("a")});
    QVERIFY(!late.finish());
    QVERIFY(!late.errorString().isEmpty());
}

void tst_CsvWriter::pythonCsvReadsItBack()
{
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (python.isEmpty())
        QSKIP("python3 is not on PATH: the round trip through Python's csv module needs it");

    const QList<QVariantList> rows{
        {QStringLiteral("name"), QStringLiteral("vcpus"), QStringLiteral("load"),
         QStringLiteral("seen")},
        {QStringLiteral("web, \"prod\""), 4, -0.5,
         QDateTime(QDate(2026, 11, 25), QTime(8, 0), Qt::UTC)},
        {QStringLiteral("multi\r\nline\nnote"), -12, 1e-9, QDateTime()},
        {QStringLiteral("=HYPERLINK(\"http://x\")"), 0, 1234567.125, QVariant()},
        {QStringLiteral("Grüße 虚拟机 🖥️"), qlonglong(1) << 40, 2.5,
         QStringLiteral("\tx")},
        {QStringLiteral("\rcr"), QStringLiteral("@me"), QStringLiteral("+1"), QString()},
    };
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        CsvWriter writer(&file, true);
        for (const QVariantList &row : rows)
            QVERIFY2(writer.writeRow(row), qPrintable(writer.errorString()));
        QVERIFY(writer.finish());
    }

    QProcess process;
    process.start(python,
                  {QStringLiteral("-c"),
                   QStringLiteral("import csv, json, sys\n"
                                  "with open(sys.argv[1], newline='', "
                                  "encoding='utf-8-sig') as f:\n"
                                  "    print(json.dumps(list(csv.reader(f, strict=True))))"),
                   path});
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
             process.readAllStandardError().constData());
    QJsonParseError parseError;
    const QJsonDocument read =
        QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError);
    QVERIFY2(read.isArray(), qPrintable(parseError.errorString()));

    QList<QStringList> got;
    for (const QJsonValue &row : read.array())
        got << row.toVariant().toStringList();
    QList<QStringList> expected;
    for (const QVariantList &row : rows) {
        QStringList cells;
        for (const QVariant &cell : row) {
            const bool text = cell.typeId() == QMetaType::QString;
            cells << (text ? CsvWriter::neutralised(cell.toString()) : CsvWriter::formatted(cell));
        }
        expected << cells;
    }
    QCOMPARE(got, expected);
    QCOMPARE(got.at(2).at(0), QStringLiteral("multi\r\nline\nnote"));
    QCOMPARE(got.at(2).at(1), QStringLiteral("-12")); // a number stays a number
    QCOMPARE(got.at(3).at(0), QStringLiteral("'=HYPERLINK(\"http://x\")"));
    QCOMPARE(got.at(4).at(0), QStringLiteral("Grüße 虚拟机 🖥️"));
}

QTEST_GUILESS_MAIN(tst_CsvWriter)
#include "tst_csvwriter.moc"
