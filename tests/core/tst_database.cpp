#include "core/database.h"
#include "core/schema.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vantage;

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void createsCurrentSchema();
    void reopeningKeepsData();
    void refusesNewerSchema();
    void refusesCorruptFile();
    void refusesForeignDatabase();
    void foreignKeysAndWal();
    void connectionPerThread();
    void migratesVersion5Inventory();
};

static int version()
{
    QSqlQuery query(Database::connection());
    query.exec(QStringLiteral("SELECT version FROM schema_version"));
    return query.next() ? query.value(0).toInt() : -1;
}

void tst_Database::createsCurrentSchema()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(Database::initialize(dir.filePath(QStringLiteral("sub/v.sqlite")), &error),
             qPrintable(error));
    QCOMPARE(version(), Database::programSchemaVersion());
    QSqlQuery query(Database::connection());
    for (const char *table : {"providers", "managers", "hosts", "clusters", "vms", "disks", "nics",
                              "networks", "storages", "storage_volumes", "workers"}) {
        QVERIFY2(query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                 table);
    }
}

void tst_Database::reopeningKeepsData()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.sqlite"));
    QString error;
    QVERIFY(Database::initialize(path, &error));
    QSqlQuery(Database::connection())
        .exec(
            QStringLiteral("INSERT INTO providers (name, type, created_at) VALUES ('a', 'x', 1)"));
    QVERIFY(Database::initialize(path, &error));
    QSqlQuery query(Database::connection());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM providers")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("a"));
}

void tst_Database::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.sqlite"));
    QString error;
    QVERIFY(Database::initialize(path, &error));
    QSqlQuery(Database::connection())
        .exec(QStringLiteral("UPDATE schema_version SET version = 999"));
    Database::closeThreadConnection();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    QVERIFY(!Database::initialize(path, &error));
    QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("999")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void tst_Database::refusesCorruptFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray garbage = QByteArray("this is not a database\n").repeated(300);
    file.write(garbage);
    file.close();

    QString error;
    QVERIFY(!Database::initialize(path, &error));
    QVERIFY2(error.contains(QStringLiteral("cannot be used")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("--database")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
}

void tst_Database::refusesForeignDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("o"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE recipes (name TEXT)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("o"));
    QString error;
    QVERIFY(!Database::initialize(path, &error));
    QVERIFY2(error.contains(QStringLiteral("schema version")), qPrintable(error));
}

void tst_Database::foreignKeysAndWal()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(Database::initialize(dir.filePath(QStringLiteral("v.sqlite")), &error));
    QSqlQuery query(Database::connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(!query.exec(QStringLiteral(
        "INSERT INTO managers (provider_id, kind, type, name, endpoints) VALUES (42, 'infra', "
        "'libvirt', 'orphan', '[]')")));
}

void tst_Database::connectionPerThread()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY(Database::initialize(dir.filePath(QStringLiteral("v.sqlite")), &error));
    const QString mainName = Database::connection().connectionName();
    QString workerName;
    bool workerOpen = false;
    QThread *thread = QThread::create([&] {
        QSqlDatabase db = Database::connection();
        workerName = db.connectionName();
        workerOpen = db.isOpen();
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY(workerOpen);
    QVERIFY(workerName != mainName);
    // The worker thread's connection ended with the thread.
    QVERIFY(!QSqlDatabase::contains(workerName));
}

void tst_Database::migratesVersion5Inventory()
{
    // A database as version 5 left it, with a libvirt-shaped inventory in it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v5"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")));
        for (int step = 0; step < 5; ++step) {
            for (const QString &statement : schemaMigrations().at(step))
                QVERIFY2(q.exec(statement), qPrintable(statement));
        }
        for (const char *statement :
             {"INSERT INTO schema_version (version) VALUES (5)",
              "INSERT INTO providers (id, name, type, created_at) VALUES (1, 'lab', 'libvirt', 1)",
              "INSERT INTO managers (id, provider_id, kind, type, name, endpoints) VALUES "
              "(1, 1, 'infra', 'libvirt', 'lab', '[]')",
              "INSERT INTO clusters (id, manager_id, ems_ref, name) VALUES (1, 1, 'c', 'lab')",
              "INSERT INTO hosts (id, manager_id, ems_ref, cluster_id, name) VALUES "
              "(1, 1, 'h', 1, 'node1')",
              "INSERT INTO vms (id, manager_id, ems_ref, host_id, name) VALUES "
              "(1, 1, 'v', 1, 'web')",
              "INSERT INTO storages (id, manager_id, ems_ref, host_id, name) VALUES "
              "(1, 1, 's', 1, 'default')",
              "INSERT INTO networks (id, manager_id, ems_ref, host_id, name) VALUES "
              "(1, 1, 'n', 1, 'default')"})
            QVERIFY2(q.exec(QString::fromLatin1(statement)), statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v5"));

    QString error;
    QVERIFY2(Database::initialize(path, &error), qPrintable(error));
    QCOMPARE(version(), Database::programSchemaVersion());
    QSqlQuery query(Database::connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT v.name, h.name, c.name, v.datacenter_id, v.resource_pool_id, v.folder_id, "
        "h.datacenter_id, c.datacenter_id FROM vms v JOIN hosts h ON h.id = v.host_id "
        "JOIN clusters c ON c.id = h.cluster_id")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("web"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("node1"));
    QCOMPARE(query.value(2).toString(), QStringLiteral("lab"));
    for (int column = 3; column < 8; ++column)
        QVERIFY(query.value(column).isNull());
    for (const char *sql :
         {"SELECT count(*) FROM datacenters", "SELECT count(*) FROM folders",
          "SELECT count(*) FROM resource_pools",
          "SELECT count(*) FROM storages WHERE datacenter_id IS NULL AND name = 'default'",
          "SELECT count(*) FROM networks WHERE datacenter_id IS NULL AND name = 'default'"}) {
        QVERIFY2(query.exec(QString::fromLatin1(sql)) && query.next(), sql);
        QCOMPARE(query.value(0).toInt(), QByteArray(sql).contains("default") ? 1 : 0);
    }
    // The new references hold: a VM cannot name a pool that does not exist.
    QVERIFY(!query.exec(QStringLiteral("UPDATE vms SET resource_pool_id = 42")));
}

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
