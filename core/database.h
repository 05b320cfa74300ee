#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Vantage {

// The process's one database, reached through one connection per thread (Qt SQL connections must
// not cross threads). initialize() runs on the main thread before anything else touches it.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::Database)

public:
    // The schema version this program writes; migrations run forward up to it.
    static int programSchemaVersion();

    // The platform's app-data location, e.g. ~/.local/share/Vantage/vantage.sqlite.
    static QString defaultPath();

    // Opens or creates the database and migrates it forward. Refuses, changing nothing, a file
    // that is not a database or was written by a newer program. *error is phrased for the user.
    static bool initialize(const QString &path, QString *error);

    static QString path();

    // This thread's connection, opened on first use and closed when the thread ends.
    static QSqlDatabase connection();

    // Ends this thread's connection now (a worker finishing before its thread does).
    static void closeThreadConnection();
};

// A transaction for writers. It takes the write lock up front (BEGIN IMMEDIATE): a plain BEGIN
// reads first and then fails at once with "database is locked" when another thread committed in
// between (SQLite cannot wait there without risking a deadlock), whereas waiting for the write
// lock honours the busy timeout. Rolls back unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(QSqlDatabase db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
};

// Millisecond UTC timestamps are what every *_at column holds.
qint64 nowMs();

} // namespace Vantage
