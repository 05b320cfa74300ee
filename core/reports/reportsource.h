#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>

namespace Vantage {

// How a report column's values are typed: what a filter value must parse as, how it is bound
// and compared, and whether subtotals sum and average it. DateTime columns hold INTEGER ms UTC.
enum class ColumnType { Text, Integer, Real, DateTime, Boolean };

struct ReportColumn
{
    QString name;      // stable id, used in stored definitions and --filter
    const char *label; // untranslated; see title()
    ColumnType type = ColumnType::Text;
    QString expression; // SQL over the source's FROM clause; never user text

    QString title() const;
    bool isNumeric() const { return type == ColumnType::Integer || type == ColumnType::Real; }
    // A database value as a typed cell: DateTime as a UTC QDateTime, Boolean as bool, numbers
    // as qint64 or double, NULL as an invalid QVariant.
    QVariant cell(const QVariant &stored) const;
    // A filter value typed in by a user (CLI, editor) as the value to store; invalid with
    // *error when it does not parse as this column's type.
    QVariant parseValue(const QString &text, QString *error) const;
    // The stored filter value as the SQL parameter (DateTime as ms).
    QVariant bindValue(const QVariant &value) const;
};

// A report's data: a fixed query (a view over one or more tables) and its typed columns. Only
// these sources exist; a definition names one by id.
struct ReportSource
{
    QString id;
    const char *label; // untranslated; see title()
    QString from;      // the FROM clause, joins included
    QList<ReportColumn> columns;
    QStringList defaultColumns;
    QString defaultSort;
    QString defaultGroup;

    QString title() const;
    const ReportColumn *column(const QString &name) const;
    QStringList columnNames() const;
};

class ReportSources
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::ReportSources)

public:
    static const QList<ReportSource> &all();
    static const ReportSource *find(const QString &id);
    static QString typeName(ColumnType type);
};

} // namespace Vantage
