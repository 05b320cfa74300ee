#pragma once

#include "core/reports/reportsource.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace Vantage {

enum class FilterOperator {
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Contains,
    StartsWith,
    IsEmpty
};

struct ReportFilter
{
    QString column;
    FilterOperator op = FilterOperator::Equal;
    QVariant value; // typed as the column (DateTime a UTC QDateTime); none for IsEmpty

    bool operator==(const ReportFilter &) const = default;
};

struct ReportSort
{
    QString column;
    Qt::SortOrder order = Qt::AscendingOrder;

    bool operator==(const ReportSort &) const = default;
};

// What a report shows: a source, its columns in order, filters (all must hold), the sort, and
// optionally a column to group by with subtotals. Stored as JSON in report_definitions.
struct ReportDefinition
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::ReportDefinition)

public:
    QString name; // unique, what `vantage report NAME` takes
    QString title;
    QString source;
    QStringList columns;
    QList<ReportFilter> filters;
    QList<ReportSort> sort;
    QString groupBy; // one of columns, or empty
    bool builtIn = false;

    bool operator==(const ReportDefinition &) const = default;

    // Empty when the definition can run; otherwise what is wrong, phrased for the user.
    QString validate() const;

    // columns, filters, sort and groupBy; name, title, source and builtIn are columns of the
    // table. fromJson() checks the shape and the types; validate() the rest.
    QJsonObject toJson() const;
    static std::optional<ReportDefinition> fromJson(const QString &source, const QByteArray &json,
                                                    QString *error);

    // The title to show: a built-in's is stored untranslated and shown in the user's language.
    QString displayTitle() const;

    // The source's default columns and sort, no filters; named and titled (untranslated) as
    // the source.
    static ReportDefinition defaultFor(const ReportSource &source);

    // Operator spellings in JSON and on the command line: =, !=, <, <=, >, >=, contains,
    // "starts with", "is empty".
    static QString operatorName(FilterOperator op);
    static std::optional<FilterOperator> operatorFromName(const QString &name);
    static QList<FilterOperator> operators();
    // Whether the operator applies to a column of this type (contains and starts with need text;
    // ordering operators do not apply to true/false).
    static bool operatorFits(FilterOperator op, ColumnType type);

    // "column op value" as typed on the command line, e.g. "power_state = running",
    // "name starts with web", "host is empty", "memory_bytes >= 1073741824".
    static std::optional<ReportFilter> parseFilter(const ReportSource &source, const QString &text,
                                                   QString *error);
};

} // namespace Vantage
