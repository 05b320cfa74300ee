#include "core/reports/reportdefinition.h"
#include "core/reports/reportstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTest>

using namespace Vantage;

class tst_ReportDefinition : public QObject
{
    Q_OBJECT

private slots:
    void builtInsValidate();
    void jsonRoundTrip();
    void validationErrors_data();
    void validationErrors();
    void malformedJson_data();
    void malformedJson();
    void parseFilter_data();
    void parseFilter();
};

namespace {

ReportDefinition vmReport()
{
    ReportDefinition definition;
    definition.name = QStringLiteral("my-vms");
    definition.title = QStringLiteral("My VMs");
    definition.source = QStringLiteral("vms");
    definition.columns = {QStringLiteral("name"), QStringLiteral("power_state"),
                          QStringLiteral("vcpus")};
    return definition;
}

} // namespace

void tst_ReportDefinition::builtInsValidate()
{
    const QList<ReportDefinition> builtIns = ReportStore::builtIns();
    QCOMPARE(builtIns.size(), ReportSources::all().size());
    QStringList names;
    for (const ReportDefinition &definition : builtIns) {
        QVERIFY2(definition.validate().isEmpty(), qPrintable(definition.validate()));
        QVERIFY(definition.builtIn);
        names << definition.name;
    }
    QCOMPARE(names, (QStringList{"vms", "hosts", "clusters", "storage", "networks", "events",
                                 "metrics", "retirements", "requests", "packages", "users"}));
}

void tst_ReportDefinition::jsonRoundTrip()
{
    ReportDefinition definition;
    definition.name = QStringLiteral("everything");
    definition.title = QStringLiteral("Everything");
    definition.source = QStringLiteral("retirements");
    definition.columns = {QStringLiteral("state"), QStringLiteral("vm"),
                          QStringLiteral("warn_days"), QStringLiteral("retires_at")};
    definition.filters = {
        {QStringLiteral("vm"), FilterOperator::StartsWith, QStringLiteral("db, \"x\"")},
        {QStringLiteral("warn_days"), FilterOperator::GreaterOrEqual, qint64(3)},
        {QStringLiteral("retires_at"), FilterOperator::Less,
         QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 600), Qt::UTC)},
        {QStringLiteral("delete_storage"), FilterOperator::Equal, true},
        {QStringLiteral("message"), FilterOperator::IsEmpty, {}},
    };
    definition.sort = {{QStringLiteral("retires_at"), Qt::DescendingOrder},
                       {QStringLiteral("vm"), Qt::AscendingOrder}};
    definition.groupBy = QStringLiteral("state");
    QVERIFY2(definition.validate().isEmpty(), qPrintable(definition.validate()));

    const QByteArray json = QJsonDocument(definition.toJson()).toJson();
    QString error;
    auto read = ReportDefinition::fromJson(definition.source, json, &error);
    QVERIFY2(read, qPrintable(error));
    read->name = definition.name;
    read->title = definition.title;
    QCOMPARE(*read, definition);

    // Real values survive too.
    ReportDefinition metrics;
    metrics.name = QStringLiteral("busy");
    metrics.title = QStringLiteral("Busy");
    metrics.source = QStringLiteral("metrics");
    metrics.columns = {QStringLiteral("object"), QStringLiteral("cpu_avg")};
    metrics.filters = {{QStringLiteral("cpu_avg"), FilterOperator::Greater, 12.25}};
    read = ReportDefinition::fromJson(metrics.source, QJsonDocument(metrics.toJson()).toJson(),
                                      &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->filters, metrics.filters);
}

void tst_ReportDefinition::validationErrors_data()
{
    QTest::addColumn<ReportDefinition>("definition");
    QTest::addColumn<QString>("message");
    ReportDefinition d = vmReport();
    d.columns << QStringLiteral("colour");
    QTest::newRow("unknown column") << d << QStringLiteral("unknown column \"colour\"");
    d = vmReport();
    d.columns << QStringLiteral("name");
    QTest::newRow("twice") << d << QStringLiteral("twice");
    d = vmReport();
    d.columns.clear();
    QTest::newRow("no columns") << d << QStringLiteral("no column");
    d = vmReport();
    d.filters << ReportFilter{QStringLiteral("size"), FilterOperator::Equal, qint64(1)};
    QTest::newRow("unknown filter column") << d << QStringLiteral("unknown column \"size\"");
    d = vmReport();
    d.filters << ReportFilter{QStringLiteral("vcpus"), FilterOperator::Contains, qint64(1)};
    QTest::newRow("bad operator") << d << QStringLiteral("\"contains\" does not apply");
    d = vmReport();
    d.filters << ReportFilter{QStringLiteral("template"), FilterOperator::Less, true};
    QTest::newRow("ordering a boolean") << d << QStringLiteral("\"<\" does not apply");
    d = vmReport();
    d.filters << ReportFilter{QStringLiteral("vcpus"), FilterOperator::Equal,
                              QStringLiteral("four")};
    QTest::newRow("wrong value type") << d << QStringLiteral("must be a whole number");
    d = vmReport();
    d.sort << ReportSort{QStringLiteral("colour"), Qt::AscendingOrder};
    QTest::newRow("unknown sort column") << d << QStringLiteral("unknown column \"colour\"");
    d = vmReport();
    d.groupBy = QStringLiteral("host");
    QTest::newRow("group not shown") << d << QStringLiteral("not one of its columns");
    d = vmReport();
    d.source = QStringLiteral("spreadsheets");
    QTest::newRow("unknown source") << d << QStringLiteral("unknown source \"spreadsheets\"");
    d = vmReport();
    d.name = QStringLiteral("my vms");
    QTest::newRow("bad name") << d << QStringLiteral("not usable");
    d = vmReport();
    d.title.clear();
    QTest::newRow("no title") << d << QStringLiteral("needs a title");
}

void tst_ReportDefinition::validationErrors()
{
    QFETCH(ReportDefinition, definition);
    QFETCH(QString, message);
    const QString error = definition.validate();
    QVERIFY2(error.contains(message), qPrintable(error));
}

void tst_ReportDefinition::malformedJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not json") << QByteArray("{\"columns\": [") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[1]") << QStringLiteral("not a JSON object");
    QTest::newRow("no columns") << QByteArray("{}") << QStringLiteral("no \"columns\" list");
    QTest::newRow("column not a name")
        << QByteArray("{\"columns\": [1]}") << QStringLiteral("not a name");
    QTest::newRow("unknown operator")
        << QByteArray("{\"columns\": [\"name\"], \"filters\": [{\"column\": \"name\", \"op\": "
                      "\"~\", \"value\": \"x\"}]}")
        << QStringLiteral("unknown operator \"~\"");
    QTest::newRow("string for a number")
        << QByteArray("{\"columns\": [\"name\"], \"filters\": [{\"column\": \"vcpus\", \"op\": "
                      "\"=\", \"value\": \"4\"}]}")
        << QStringLiteral("\"vcpus\" must be a whole number");
    QTest::newRow("fraction for a whole number")
        << QByteArray("{\"columns\": [\"name\"], \"filters\": [{\"column\": \"vcpus\", \"op\": "
                      "\">\", \"value\": 1.5}]}")
        << QStringLiteral("\"vcpus\" must be a whole number");
    QTest::newRow("number for a boolean")
        << QByteArray("{\"columns\": [\"name\"], \"filters\": [{\"column\": \"template\", "
                      "\"op\": \"=\", \"value\": 1}]}")
        << QStringLiteral("\"template\" must be true or false");
    QTest::newRow("sort without column")
        << QByteArray("{\"columns\": [\"name\"], \"sort\": [{}]}") << QStringLiteral("sort key");
}

void tst_ReportDefinition::malformedJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!ReportDefinition::fromJson(QStringLiteral("vms"), json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void tst_ReportDefinition::parseFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("op");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("text =") << "power_state = running"
                            << "power_state" << int(FilterOperator::Equal)
                            << QVariant(QStringLiteral("running")) << QString();
    QTest::newRow("no spaces") << "vcpus>=2"
                               << "vcpus" << int(FilterOperator::GreaterOrEqual)
                               << QVariant(qint64(2)) << QString();
    QTest::newRow("!=") << "os_type != hvm"
                        << "os_type" << int(FilterOperator::NotEqual)
                        << QVariant(QStringLiteral("hvm")) << QString();
    QTest::newRow("starts with") << "name starts with web, x"
                                 << "name" << int(FilterOperator::StartsWith)
                                 << QVariant(QStringLiteral("web, x")) << QString();
    QTest::newRow("contains") << "name CONTAINS db"
                              << "name" << int(FilterOperator::Contains)
                              << QVariant(QStringLiteral("db")) << QString();
    QTest::newRow("is empty") << "host is empty"
                              << "host" << int(FilterOperator::IsEmpty) << QVariant() << QString();
    QTest::newRow("boolean") << "template = yes"
                             << "template" << int(FilterOperator::Equal) << QVariant(true)
                             << QString();
    QTest::newRow("not a number") << "memory_bytes < 1.5" << QString() << 0 << QVariant()
                                  << QStringLiteral("not a whole number");
    QTest::newRow("unknown column") << "colour = red" << QString() << 0 << QVariant()
                                    << QStringLiteral("Unknown column \"colour\"");
    QTest::newRow("no operator") << "name ~ web" << QString() << 0 << QVariant()
                                 << QStringLiteral("is not a filter");
    QTest::newRow("contains on a number")
        << "vcpus contains 1" << QString() << 0 << QVariant() << QStringLiteral("does not apply");
    QTest::newRow("empty") << "" << QString() << 0 << QVariant()
                           << QStringLiteral("is not a filter");
}

void tst_ReportDefinition::parseFilter()
{
    QFETCH(QString, text);
    QFETCH(QString, column);
    QFETCH(int, op);
    QFETCH(QVariant, value);
    QFETCH(QString, message);
    QString error;
    const auto filter =
        ReportDefinition::parseFilter(*ReportSources::find(QStringLiteral("vms")), text, &error);
    if (!message.isEmpty()) {
        QVERIFY(!filter);
        QVERIFY2(error.contains(message), qPrintable(error));
        return;
    }
    QVERIFY2(filter, qPrintable(error));
    QCOMPARE(filter->column, column);
    QCOMPARE(int(filter->op), op);
    QCOMPARE(filter->value, value);

    // Dates parse as UTC, with or without a time.
    const auto at = ReportDefinition::parseFilter(*ReportSources::find(QStringLiteral("events")),
                                                  QStringLiteral("time >= 2026-11-25"), &error);
    QVERIFY2(at, qPrintable(error));
    QCOMPARE(at->value.toDateTime(), QDateTime(QDate(2026, 11, 25), QTime(0, 0), Qt::UTC));
}

QTEST_GUILESS_MAIN(tst_ReportDefinition)
#include "tst_reportdefinition.moc"
