#include "core/database.h"
#include "core/reports/reportrunner.h"
#include "core/reports/reportstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vantage;

class tst_ReportStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void builtInsRestored();
    void upToDateTakesNoWriteLock();
    void damagedBuiltInRepaired();
    void builtInNoLongerDefinedIsDropped();
    void userReportKeepsBuiltInName();
    void addUpdateRemove();
    void builtInsAreProtected();
    void invalidReportIsNotStored();
    void malformedStoredDefinition();

private:
    void exec(const QString &sql);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ReportStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(Database::initialize(m_dir->filePath(QStringLiteral("s.sqlite")), &error),
             qPrintable(error));
    QVERIFY2(ReportStore::restoreBuiltIns(&error), qPrintable(error));
}

void tst_ReportStore::cleanup()
{
    Database::closeThreadConnection();
}

void tst_ReportStore::exec(const QString &sql)
{
    QSqlQuery query(Database::connection());
    QVERIFY2(query.exec(sql), qPrintable(sql));
}

void tst_ReportStore::builtInsRestored()
{
    const QList<StoredReport> reports = ReportStore::reports();
    QCOMPARE(reports.size(), ReportStore::builtIns().size());
    for (const StoredReport &report : reports) {
        QVERIFY(report.definition.builtIn);
        QVERIFY2(report.problem.isEmpty(), qPrintable(report.problem));
    }
    QCOMPARE(reports.first().definition.displayTitle(), QStringLiteral("Clusters"));

    // Restoring again writes nothing.
    exec(QStringLiteral("UPDATE report_definitions SET updated_at = 1"));
    QString error;
    QVERIFY(ReportStore::restoreBuiltIns(&error));
    QSqlQuery query(Database::connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM report_definitions WHERE "
                                      "updated_at != 1")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void tst_ReportStore::upToDateTakesNoWriteLock()
{
    // Another process (the window) holds the write lock while `vantage report` starts.
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(Database::path());
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QString error;
        QVERIFY2(ReportStore::restoreBuiltIns(&error), qPrintable(error));
        QCOMPARE(ReportStore::reports().size(), ReportStore::builtIns().size());
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
}

void tst_ReportStore::damagedBuiltInRepaired()
{
    exec(QStringLiteral("UPDATE report_definitions SET definition = '{oops' WHERE name = 'vms'"));
    auto stored = ReportStore::report(QStringLiteral("vms"));
    QVERIFY(stored);
    QVERIFY(stored->problem.contains(QStringLiteral("not valid JSON")));
    QString error;
    QVERIFY(ReportStore::restoreBuiltIns(&error));
    stored = ReportStore::report(QStringLiteral("vms"));
    QVERIFY2(stored->problem.isEmpty(), qPrintable(stored->problem));
}

void tst_ReportStore::builtInNoLongerDefinedIsDropped()
{
    exec(QStringLiteral("INSERT INTO report_definitions (name, title, source, definition, "
                        "built_in, created_at, updated_at) VALUES ('printers', 'Printers', "
                        "'printers', '{\"columns\": [\"name\"]}', 1, 0, 0)"));
    QString error;
    QVERIFY2(ReportStore::restoreBuiltIns(&error), qPrintable(error));
    QVERIFY(!ReportStore::report(QStringLiteral("printers")));
    QCOMPARE(ReportStore::reports().size(), ReportStore::builtIns().size());
}

void tst_ReportStore::userReportKeepsBuiltInName()
{
    // A user report stored under a name a later program uses for a built-in is kept, renamed.
    exec(QStringLiteral("DELETE FROM report_definitions WHERE name = 'hosts'"));
    exec(QStringLiteral("INSERT INTO report_definitions (name, title, source, definition, "
                        "built_in, created_at, updated_at) VALUES ('hosts', 'Mine', 'hosts', "
                        "'{\"columns\": [\"name\"]}', 0, 0, 0)"));
    QString error;
    QVERIFY2(ReportStore::restoreBuiltIns(&error), qPrintable(error));
    const auto mine = ReportStore::report(QStringLiteral("hosts-user"));
    QVERIFY(mine);
    QCOMPARE(mine->definition.title, QStringLiteral("Mine"));
    QVERIFY(!mine->definition.builtIn);
    QVERIFY(ReportStore::report(QStringLiteral("hosts"))->definition.builtIn);
}

void tst_ReportStore::addUpdateRemove()
{
    ReportDefinition definition = ReportStore::report(QStringLiteral("vms"))->definition;
    definition.name = ReportStore::unusedName(QStringLiteral("vms"));
    QCOMPARE(definition.name, QStringLiteral("vms-2"));
    definition.name = QStringLiteral("running");
    definition.title = QStringLiteral("Running VMs");
    definition.filters = {
        {QStringLiteral("power_state"), FilterOperator::Equal, QStringLiteral("running")}};
    QString error;
    QVERIFY2(ReportStore::add(definition, &error), qPrintable(error));
    QVERIFY(!ReportStore::add(definition, &error));
    QVERIFY(error.contains(QStringLiteral("exists already")));

    auto stored = ReportStore::report(QStringLiteral("running"));
    QVERIFY(stored);
    QVERIFY(!stored->definition.builtIn);
    definition.builtIn = false;
    QCOMPARE(stored->definition, definition);

    definition.name = QStringLiteral("running-vms");
    definition.columns << QStringLiteral("uuid");
    QVERIFY2(ReportStore::update(QStringLiteral("running"), definition, &error), qPrintable(error));
    QVERIFY(!ReportStore::report(QStringLiteral("running")));
    QCOMPARE(ReportStore::report(QStringLiteral("running-vms"))->definition, definition);

    QVERIFY(!ReportStore::update(QStringLiteral("running-vms"),
                                 ReportStore::report(QStringLiteral("hosts"))->definition, &error));
    QVERIFY(error.contains(QStringLiteral("exists already")));

    QVERIFY2(ReportStore::remove(QStringLiteral("running-vms"), &error), qPrintable(error));
    QVERIFY(!ReportStore::report(QStringLiteral("running-vms")));
    QVERIFY(!ReportStore::remove(QStringLiteral("running-vms"), &error));
    QVERIFY(error.contains(QStringLiteral("no report named")));
}

void tst_ReportStore::builtInsAreProtected()
{
    QString error;
    ReportDefinition definition = ReportStore::report(QStringLiteral("vms"))->definition;
    definition.columns.removeLast();
    QVERIFY(!ReportStore::update(QStringLiteral("vms"), definition, &error));
    QVERIFY2(error.contains(QStringLiteral("built-in")), qPrintable(error));
    QVERIFY(!ReportStore::remove(QStringLiteral("vms"), &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be removed")), qPrintable(error));
    QCOMPARE(ReportStore::report(QStringLiteral("vms"))->definition,
             ReportStore::builtIns().first());
}

void tst_ReportStore::invalidReportIsNotStored()
{
    ReportDefinition definition = ReportStore::builtIns().first();
    definition.name = QStringLiteral("broken");
    definition.filters = {{QStringLiteral("vcpus"), FilterOperator::Equal, QStringLiteral("many")}};
    QString error;
    QVERIFY(!ReportStore::add(definition, &error));
    QVERIFY2(error.contains(QStringLiteral("must be a whole number")), qPrintable(error));
    QVERIFY(!ReportStore::report(QStringLiteral("broken")));
}

void tst_ReportStore::malformedStoredDefinition()
{
    exec(QStringLiteral("INSERT INTO report_definitions (name, title, source, definition, "
                        "built_in, created_at, updated_at) VALUES "
                        "('garbled', 'Garbled', 'vms', '{\"columns\": [\"name\"', 0, 0, 0), "
                        "('gone-column', 'Gone', 'vms', '{\"columns\": [\"colour\"]}', 0, 0, 0), "
                        "('gone-source', 'Gone', 'printers', '{\"columns\": [\"name\"]}', 0, 0, "
                        "0), ('fine', 'Fine', 'hosts', '{\"columns\": [\"name\"]}', 0, 0, 0)"));
    QString error;
    const QList<StoredReport> reports = ReportStore::reports(&error);
    QVERIFY(error.isEmpty());
    QCOMPARE(reports.size(), ReportStore::builtIns().size() + 4);
    QMap<QString, QString> problems;
    for (const StoredReport &report : reports)
        problems.insert(report.definition.name, report.problem);
    QVERIFY2(problems.value(QStringLiteral("garbled")).contains(QStringLiteral("not valid JSON")),
             qPrintable(problems.value(QStringLiteral("garbled"))));
    QVERIFY(problems.value(QStringLiteral("garbled")).contains(QStringLiteral("\"garbled\"")));
    QVERIFY(problems.value(QStringLiteral("gone-column")).contains(QStringLiteral("colour")));
    QVERIFY(problems.value(QStringLiteral("gone-source")).contains(QStringLiteral("printers")));
    QVERIFY(problems.value(QStringLiteral("fine")).isEmpty());
    QVERIFY(problems.value(QStringLiteral("vms")).isEmpty());

    // A broken report can still be removed; the others stay.
    QVERIFY2(ReportStore::remove(QStringLiteral("garbled"), &error), qPrintable(error));
    QCOMPARE(ReportStore::reports().size(), ReportStore::builtIns().size() + 3);
}

QTEST_GUILESS_MAIN(tst_ReportStore)
#include "tst_reportstore.moc"
