#include "core/reports/reportstore.h"

#include "core/database.h"

#include <QHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace Vantage {

namespace {

QByteArray definitionJson(const ReportDefinition &definition)
{
    return QJsonDocument(definition.toJson()).toJson(QJsonDocument::Compact);
}

StoredReport fromRow(const QSqlQuery &query)
{
    StoredReport stored;
    stored.id = query.value(0).toLongLong();
    const QString name = query.value(1).toString();
    const QString title = query.value(2).toString();
    const QString source = query.value(3).toString();
    const bool builtIn = query.value(5).toBool();
    QString error;
    const auto parsed = ReportDefinition::fromJson(source, query.value(4).toByteArray(), &error);
    if (parsed) {
        stored.definition = *parsed;
        error = QString();
    }
    stored.definition.name = name;
    stored.definition.title = title;
    stored.definition.source = source;
    stored.definition.builtIn = builtIn;
    if (parsed)
        error = stored.definition.validate();
    if (!error.isEmpty())
        stored.problem = ReportStore::tr("The stored report \"%1\" cannot be used: %2 Edit or "
                                         "remove it.")
                             .arg(name, error);
    return stored;
}

const char *const selectColumns =
    "SELECT id, name, title, source, definition, built_in FROM report_definitions";

} // namespace

QList<ReportDefinition> ReportStore::builtIns()
{
    QList<ReportDefinition> out;
    for (const ReportSource &source : ReportSources::all()) {
        ReportDefinition definition = ReportDefinition::defaultFor(source);
        definition.builtIn = true;
        out << definition;
    }
    return out;
}

// Whether the stored built-ins are exactly this program's: then restoring takes no write lock
// (every `vantage report` run restores them, possibly while the window writes).
static bool builtInsUpToDate()
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT name, title, source, definition FROM "
                                   "report_definitions WHERE built_in = 1")))
        return false;
    QHash<QString, QStringList> stored;
    while (query.next()) {
        stored.insert(
            query.value(0).toString(),
            {query.value(1).toString(), query.value(2).toString(), query.value(3).toString()});
    }
    const QList<ReportDefinition> wanted = ReportStore::builtIns();
    if (stored.size() != wanted.size())
        return false;
    for (const ReportDefinition &definition : wanted) {
        const QStringList expected{definition.title, definition.source,
                                   QString::fromUtf8(definitionJson(definition))};
        if (stored.value(definition.name) != expected)
            return false;
    }
    return true;
}

bool ReportStore::restoreBuiltIns(QString *error)
{
    if (builtInsUpToDate())
        return true;
    QSqlDatabase db = Database::connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen()) {
        *error = transaction.error();
        return false;
    }
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral(
        "SELECT title, source, definition, built_in FROM report_definitions WHERE name = ?"));
    QSqlQuery write(db);
    const qint64 now = nowMs();
    for (const ReportDefinition &definition : builtIns()) {
        const QByteArray json = definitionJson(definition);
        existing.addBindValue(definition.name);
        if (!existing.exec()) {
            *error = existing.lastError().text();
            return false;
        }
        if (existing.next()) {
            if (existing.value(0).toString() == definition.title &&
                existing.value(1).toString() == definition.source &&
                existing.value(2).toByteArray() == json && existing.value(3).toBool())
                continue; // unchanged: no write
            // A user report that took a built-in's name gives it back under a new name.
            if (!existing.value(3).toBool()) {
                write.prepare(
                    QStringLiteral("UPDATE report_definitions SET name = ? WHERE name = ?"));
                write.addBindValue(unusedName(definition.name + QStringLiteral("-user")));
                write.addBindValue(definition.name);
                if (!write.exec()) {
                    *error = write.lastError().text();
                    return false;
                }
            }
        }
        existing.finish();
        write.prepare(QStringLiteral(
            "INSERT INTO report_definitions (name, title, source, definition, built_in, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?) ON CONFLICT (name) DO UPDATE "
            "SET title = excluded.title, source = excluded.source, definition = "
            "excluded.definition, built_in = 1, updated_at = excluded.updated_at"));
        write.addBindValue(definition.name);
        write.addBindValue(definition.title);
        write.addBindValue(definition.source);
        write.addBindValue(QString::fromUtf8(json));
        write.addBindValue(now);
        write.addBindValue(now);
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
    }
    // A built-in this program no longer has (its source is gone) would be undeletable.
    QStringList names;
    QVariantList values;
    for (const ReportDefinition &definition : builtIns()) {
        names << QStringLiteral("?");
        values << definition.name;
    }
    write.prepare(QStringLiteral("DELETE FROM report_definitions WHERE built_in = 1 AND name NOT "
                                 "IN (%1)")
                      .arg(names.join(u',')));
    for (const QVariant &value : std::as_const(values))
        write.addBindValue(value);
    if (!write.exec()) {
        *error = write.lastError().text();
        return false;
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

QList<StoredReport> ReportStore::reports(QString *error)
{
    QList<StoredReport> out;
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    if (!query.exec(QString::fromLatin1(selectColumns) +
                    QStringLiteral(" ORDER BY built_in DESC, name"))) {
        if (error)
            *error = tr("Could not read the reports: %1").arg(query.lastError().text());
        return out;
    }
    while (query.next())
        out << fromRow(query);
    return out;
}

std::optional<StoredReport> ReportStore::report(const QString &name, QString *error)
{
    QSqlQuery query(Database::connection());
    query.prepare(QString::fromLatin1(selectColumns) + QStringLiteral(" WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        if (error)
            *error = tr("Could not read the report \"%1\": %2").arg(name, query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        if (error)
            *error = tr("There is no report named \"%1\".").arg(name);
        return std::nullopt;
    }
    return fromRow(query);
}

bool ReportStore::add(const ReportDefinition &definition, QString *error)
{
    const QString problem = definition.validate();
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QSqlDatabase db = Database::connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen()) {
        *error = transaction.error();
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO report_definitions (name, title, source, "
                                 "definition, built_in, created_at, updated_at) "
                                 "VALUES (?, ?, ?, ?, 0, ?, ?) ON CONFLICT (name) DO NOTHING"));
    const qint64 now = nowMs();
    query.addBindValue(definition.name);
    query.addBindValue(definition.title);
    query.addBindValue(definition.source);
    query.addBindValue(QString::fromUtf8(definitionJson(definition)));
    query.addBindValue(now);
    query.addBindValue(now);
    if (!query.exec()) {
        *error = tr("Could not save the report \"%1\": %2")
                     .arg(definition.name, query.lastError().text());
        return false;
    }
    if (query.numRowsAffected() == 0) {
        *error =
            tr("A report named \"%1\" exists already; choose another name.").arg(definition.name);
        return false;
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

bool ReportStore::update(const QString &name, const ReportDefinition &definition, QString *error)
{
    const QString problem = definition.validate();
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    QSqlDatabase db = Database::connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen()) {
        *error = transaction.error();
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT built_in FROM report_definitions WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next()) {
        *error = tr("There is no report named \"%1\".").arg(name);
        return false;
    }
    if (query.value(0).toBool()) {
        *error = tr("\"%1\" is a built-in report and cannot be changed; copy it and change the "
                    "copy.")
                     .arg(name);
        return false;
    }
    query.finish();
    if (definition.name != name) {
        query.prepare(QStringLiteral("SELECT 1 FROM report_definitions WHERE name = ?"));
        query.addBindValue(definition.name);
        if (query.exec() && query.next()) {
            *error = tr("A report named \"%1\" exists already; choose another name.")
                         .arg(definition.name);
            return false;
        }
        query.finish();
    }
    query.prepare(QStringLiteral("UPDATE report_definitions SET name = ?, title = ?, source = ?, "
                                 "definition = ?, updated_at = ? WHERE name = ?"));
    query.addBindValue(definition.name);
    query.addBindValue(definition.title);
    query.addBindValue(definition.source);
    query.addBindValue(QString::fromUtf8(definitionJson(definition)));
    query.addBindValue(nowMs());
    query.addBindValue(name);
    if (!query.exec()) {
        *error = tr("Could not save the report \"%1\": %2")
                     .arg(definition.name, query.lastError().text());
        return false;
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

bool ReportStore::remove(const QString &name, QString *error)
{
    QSqlDatabase db = Database::connection();
    WriteTransaction transaction(db);
    if (!transaction.isOpen()) {
        *error = transaction.error();
        return false;
    }
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT built_in FROM report_definitions WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec() || !query.next()) {
        *error = tr("There is no report named \"%1\".").arg(name);
        return false;
    }
    if (query.value(0).toBool()) {
        *error = tr("\"%1\" is a built-in report and cannot be removed.").arg(name);
        return false;
    }
    query.finish();
    query.prepare(QStringLiteral("DELETE FROM report_definitions WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec()) {
        *error = tr("Could not remove the report \"%1\": %2").arg(name, query.lastError().text());
        return false;
    }
    if (!transaction.commit()) {
        *error = transaction.error();
        return false;
    }
    return true;
}

QString ReportStore::unusedName(const QString &base)
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("SELECT 1 FROM report_definitions WHERE name = ?"));
    for (int n = 1;; ++n) {
        const QString candidate = n == 1 ? base : QStringLiteral("%1-%2").arg(base).arg(n);
        query.addBindValue(candidate);
        if (!query.exec() || !query.next())
            return candidate;
        query.finish();
    }
}

} // namespace Vantage
