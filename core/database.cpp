#include "core/database.h"

#include "core/logging.h"
#include "core/schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QThreadStorage>

namespace Vantage {

namespace {

QMutex pathMutex;
QString databasePath;

// Removes the thread's connection when the thread ends, so connections never outlive (or cross)
// the thread that opened them.
struct ThreadConnection
{
    QString name;
    ~ThreadConnection()
    {
        if (name.isEmpty())
            return;
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
};

QThreadStorage<ThreadConnection *> threadConnections;

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

void configure(QSqlDatabase &db)
{
    QSqlQuery query(db);
    // WAL lets the UI read while a worker writes; a busy timeout rides out the writer's commits.
    query.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    query.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    query.exec(QStringLiteral("PRAGMA busy_timeout=5000"));
}

QSqlDatabase openConnection(const QString &name, const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    if (db.open())
        configure(db);
    return db;
}

QString friendly(const QString &path, const QString &detail)
{
    return Database::tr(
               "The database %1 cannot be used: %2. Nothing was changed. Move the file aside or "
               "choose another one with --database.")
        .arg(QDir::toNativeSeparators(path), detail);
}

// Reads the schema version; 0 for an empty database. False when the file is not a database we
// can read (corrupt, or another program's).
bool readVersion(QSqlDatabase &db, int *version, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
        *error = query.lastError().databaseText();
        return false;
    }
    query.next();
    const bool empty = query.value(0).toInt() == 0;
    if (empty) {
        *version = 0;
        return true;
    }
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next()) {
        *error = Database::tr("it holds tables but no Vantage schema version");
        return false;
    }
    *version = query.value(0).toInt();
    return true;
}

bool migrate(QSqlDatabase &db, int from, QString *error)
{
    const auto &migrations = schemaMigrations();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    if (from == 0 &&
        !exec(db, QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
              error)) {
        db.rollback();
        return false;
    }
    for (int step = from; step < migrations.size(); ++step) {
        for (const QString &statement : migrations.at(step)) {
            if (!exec(db, statement, error)) {
                db.rollback();
                return false;
            }
        }
        qCInfo(lcDatabase) << "migrated schema to version" << step + 1;
    }
    const QString write = from == 0
                              ? QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)")
                              : QStringLiteral("UPDATE schema_version SET version = %1");
    if (!exec(db, write.arg(migrations.size()), error) || !db.commit()) {
        if (error->isEmpty())
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace

WriteTransaction::WriteTransaction(QSqlDatabase db) : m_db(db)
{
    QSqlQuery begin(m_db);
    m_open = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_open)
        m_error = begin.lastError().text();
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

bool WriteTransaction::commit()
{
    QSqlQuery commit(m_db);
    if (commit.exec(QStringLiteral("COMMIT"))) {
        m_open = false;
        return true;
    }
    m_error = commit.lastError().text();
    return false;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

int Database::programSchemaVersion()
{
    return int(schemaMigrations().size());
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return dir + QStringLiteral("/vantage.sqlite");
}

bool Database::initialize(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = friendly(path, Database::tr("its folder cannot be created"));
        return false;
    }
    const QString name = QStringLiteral("vantage-init");
    bool ok = false;
    {
        QSqlDatabase db = openConnection(name, info.absoluteFilePath());
        QString detail;
        int version = 0;
        if (info.exists() && !info.isWritable()) {
            // Vantage writes on every refresh; a read-only inventory would only fail later.
            detail = Database::tr(
                "the file is read-only for this user; make it writable or choose a copy");
        } else if (!db.isOpen()) {
            detail = db.lastError().databaseText();
        } else if (!readVersion(db, &version, &detail)) {
            // readVersion already phrased it or carries SQLite's words ("file is not a database").
        } else if (version > programSchemaVersion()) {
            detail =
                Database::tr(
                    "it was written by a newer Vantage (schema %1; this program knows up to %2). "
                    "Update Vantage to open it")
                    .arg(version)
                    .arg(programSchemaVersion());
        } else if (version < programSchemaVersion() && !migrate(db, version, &detail)) {
            detail =
                Database::tr("upgrading its schema failed (%1); it was left as it was").arg(detail);
        } else {
            ok = true;
        }
        if (!ok)
            *error = friendly(path, detail);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (ok) {
        closeThreadConnection();
        QMutexLocker lock(&pathMutex);
        databasePath = info.absoluteFilePath();
    }
    return ok;
}

QString Database::path()
{
    QMutexLocker lock(&pathMutex);
    return databasePath;
}

QSqlDatabase Database::connection()
{
    ThreadConnection *holder = threadConnections.localData();
    if (holder)
        return QSqlDatabase::database(holder->name, false);
    holder = new ThreadConnection;
    holder->name = QStringLiteral("vantage-%1").arg(quintptr(QThread::currentThreadId()), 0, 16);
    threadConnections.setLocalData(holder);
    return openConnection(holder->name, path());
}

void Database::closeThreadConnection()
{
    // Deleting the holder removes the connection.
    threadConnections.setLocalData(nullptr);
}

} // namespace Vantage
