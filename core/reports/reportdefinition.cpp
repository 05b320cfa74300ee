#include "core/reports/reportdefinition.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace Vantage {

namespace {

struct OperatorName
{
    FilterOperator op;
    const char *name;
};

constexpr OperatorName operatorNames[] = {
    {FilterOperator::Equal, "="},
    {FilterOperator::NotEqual, "!="},
    {FilterOperator::Less, "<"},
    {FilterOperator::LessOrEqual, "<="},
    {FilterOperator::Greater, ">"},
    {FilterOperator::GreaterOrEqual, ">="},
    {FilterOperator::Contains, "contains"},
    {FilterOperator::StartsWith, "starts with"},
    {FilterOperator::IsEmpty, "is empty"},
};

bool valueHasType(const QVariant &value, ColumnType type)
{
    switch (type) {
    case ColumnType::Text:
        return value.typeId() == QMetaType::QString;
    case ColumnType::Integer:
        return value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int;
    case ColumnType::Real:
        return value.typeId() == QMetaType::Double || value.typeId() == QMetaType::LongLong ||
               value.typeId() == QMetaType::Int;
    case ColumnType::DateTime:
        return value.typeId() == QMetaType::QDateTime && value.toDateTime().isValid();
    case ColumnType::Boolean:
        return value.typeId() == QMetaType::Bool;
    }
    return false;
}

QJsonValue valueToJson(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    return QJsonValue::fromVariant(value);
}

// A stored filter value, typed by its column; invalid (with *error) when the JSON type is not
// the column's.
QVariant valueFromJson(const QJsonValue &json, const ReportColumn &column, QString *error)
{
    const auto wrong = [&] {
        *error = ReportDefinition::tr("The value of the filter on \"%1\" must be %2.")
                     .arg(column.name, ReportSources::typeName(column.type));
        return QVariant();
    };
    switch (column.type) {
    case ColumnType::Text:
        return json.isString() ? QVariant(json.toString()) : wrong();
    case ColumnType::Integer: {
        if (!json.isDouble())
            return wrong();
        const double number = json.toDouble();
        if (number != double(qint64(number)))
            return wrong();
        return qint64(number);
    }
    case ColumnType::Real:
        return json.isDouble() ? QVariant(json.toDouble()) : wrong();
    case ColumnType::DateTime: {
        if (!json.isString())
            return wrong();
        QString parseError;
        const QVariant at = column.parseValue(json.toString(), &parseError);
        return at.isValid() ? at : wrong();
    }
    case ColumnType::Boolean:
        return json.isBool() ? QVariant(json.toBool()) : wrong();
    }
    return wrong();
}

} // namespace

QString ReportDefinition::operatorName(FilterOperator op)
{
    for (const OperatorName &entry : operatorNames) {
        if (entry.op == op)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<FilterOperator> ReportDefinition::operatorFromName(const QString &name)
{
    const QString spelled = name.simplified().toLower();
    for (const OperatorName &entry : operatorNames) {
        if (spelled == QLatin1String(entry.name))
            return entry.op;
    }
    return std::nullopt;
}

QList<FilterOperator> ReportDefinition::operators()
{
    QList<FilterOperator> out;
    for (const OperatorName &entry : operatorNames)
        out << entry.op;
    return out;
}

bool ReportDefinition::operatorFits(FilterOperator op, ColumnType type)
{
    switch (op) {
    case FilterOperator::Contains:
    case FilterOperator::StartsWith:
        return type == ColumnType::Text;
    case FilterOperator::Less:
    case FilterOperator::LessOrEqual:
    case FilterOperator::Greater:
    case FilterOperator::GreaterOrEqual:
        return type != ColumnType::Boolean;
    default:
        return true;
    }
}

QString ReportDefinition::validate() const
{
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]*$"));
    if (!namePattern.match(name).hasMatch())
        return tr("The report name \"%1\" is not usable: use letters, digits, '_', '.' or '-', "
                  "starting with a letter or digit.")
            .arg(name);
    if (title.trimmed().isEmpty())
        return tr("The report \"%1\" needs a title.").arg(name);
    const ReportSource *data = ReportSources::find(source);
    if (!data) {
        QStringList known;
        for (const ReportSource &each : ReportSources::all())
            known << each.id;
        return tr("The report \"%1\" uses the unknown source \"%2\"; known sources: %3.")
            .arg(name, source, known.join(QStringLiteral(", ")));
    }
    const auto unknown = [&](const QString &column) {
        return tr("The report \"%1\" names the unknown column \"%2\"; the columns of %3 are: %4.")
            .arg(name, column, source, data->columnNames().join(QStringLiteral(", ")));
    };
    if (columns.isEmpty())
        return tr("The report \"%1\" shows no column; choose at least one.").arg(name);
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (!data->column(columns.at(i)))
            return unknown(columns.at(i));
        if (columns.indexOf(columns.at(i)) != i)
            return tr("The report \"%1\" shows the column \"%2\" twice.").arg(name, columns.at(i));
    }
    for (const ReportFilter &filter : filters) {
        const ReportColumn *column = data->column(filter.column);
        if (!column)
            return unknown(filter.column);
        if (!operatorFits(filter.op, column->type))
            return tr("The operator \"%1\" does not apply to the column \"%2\" (%3).")
                .arg(operatorName(filter.op), filter.column, ReportSources::typeName(column->type));
        if (filter.op != FilterOperator::IsEmpty && !valueHasType(filter.value, column->type))
            return tr("The value of the filter on \"%1\" must be %2.")
                .arg(filter.column, ReportSources::typeName(column->type));
    }
    for (const ReportSort &key : sort) {
        if (!data->column(key.column))
            return unknown(key.column);
    }
    if (!groupBy.isEmpty() && !columns.contains(groupBy))
        return tr("The report \"%1\" is grouped by \"%2\", which is not one of its columns.")
            .arg(name, groupBy);
    return {};
}

QJsonObject ReportDefinition::toJson() const
{
    QJsonArray filterArray;
    for (const ReportFilter &filter : filters) {
        QJsonObject entry{{QStringLiteral("column"), filter.column},
                          {QStringLiteral("op"), operatorName(filter.op)}};
        if (filter.op != FilterOperator::IsEmpty)
            entry.insert(QStringLiteral("value"), valueToJson(filter.value));
        filterArray << entry;
    }
    QJsonArray sortArray;
    for (const ReportSort &key : sort) {
        sortArray << QJsonObject{{QStringLiteral("column"), key.column},
                                 {QStringLiteral("descending"), key.order == Qt::DescendingOrder}};
    }
    QJsonObject object{{QStringLiteral("columns"), QJsonArray::fromStringList(columns)},
                       {QStringLiteral("filters"), filterArray},
                       {QStringLiteral("sort"), sortArray}};
    if (!groupBy.isEmpty())
        object.insert(QStringLiteral("group_by"), groupBy);
    return object;
}

std::optional<ReportDefinition> ReportDefinition::fromJson(const QString &source,
                                                           const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = parseError.error != QJsonParseError::NoError
                     ? tr("The definition is not valid JSON: %1 at character %2.")
                           .arg(parseError.errorString())
                           .arg(parseError.offset)
                     : tr("The definition is not a JSON object.");
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    const ReportSource *data = ReportSources::find(source);
    ReportDefinition definition;
    definition.source = source;

    const QJsonValue columns = object.value(QStringLiteral("columns"));
    if (!columns.isArray()) {
        *error = tr("The definition has no \"columns\" list.");
        return std::nullopt;
    }
    for (const QJsonValue &column : columns.toArray()) {
        if (!column.isString()) {
            *error = tr("A column in the definition is not a name.");
            return std::nullopt;
        }
        definition.columns << column.toString();
    }

    for (const QJsonValue &entry : object.value(QStringLiteral("filters")).toArray()) {
        const QJsonObject filterObject = entry.toObject();
        ReportFilter filter;
        filter.column = filterObject.value(QStringLiteral("column")).toString();
        const QString opName = filterObject.value(QStringLiteral("op")).toString();
        const auto op = operatorFromName(opName);
        if (filter.column.isEmpty() || !op) {
            *error = tr("A filter in the definition has no column or the unknown operator "
                        "\"%1\".")
                         .arg(opName);
            return std::nullopt;
        }
        filter.op = *op;
        const ReportColumn *column = data ? data->column(filter.column) : nullptr;
        if (column && filter.op != FilterOperator::IsEmpty) {
            filter.value =
                valueFromJson(filterObject.value(QStringLiteral("value")), *column, error);
            if (!filter.value.isValid())
                return std::nullopt;
        }
        definition.filters << filter;
    }

    for (const QJsonValue &entry : object.value(QStringLiteral("sort")).toArray()) {
        const QJsonObject sortObject = entry.toObject();
        const QString column = sortObject.value(QStringLiteral("column")).toString();
        if (column.isEmpty()) {
            *error = tr("A sort key in the definition has no column.");
            return std::nullopt;
        }
        definition.sort << ReportSort{
            column, sortObject.value(QStringLiteral("descending")).toBool() ? Qt::DescendingOrder
                                                                            : Qt::AscendingOrder};
    }
    definition.groupBy = object.value(QStringLiteral("group_by")).toString();
    return definition;
}

QString ReportDefinition::displayTitle() const
{
    const ReportSource *data = builtIn ? ReportSources::find(source) : nullptr;
    return data && title == QLatin1String(data->label) ? data->title() : title;
}

ReportDefinition ReportDefinition::defaultFor(const ReportSource &source)
{
    ReportDefinition definition;
    definition.name = source.id;
    definition.title = QString::fromLatin1(source.label);
    definition.source = source.id;
    definition.columns = source.defaultColumns;
    if (!source.defaultSort.isEmpty())
        definition.sort << ReportSort{source.defaultSort, Qt::AscendingOrder};
    definition.groupBy = source.defaultGroup;
    return definition;
}

std::optional<ReportFilter> ReportDefinition::parseFilter(const ReportSource &source,
                                                          const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    // The column is the first word; the operator follows, with or without spaces around it.
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Za-z0-9_]+)\\s*(!=|<=|>=|=|<|>|(?:\\s)contains\\b|(?:\\s)starts\\s+"
                       "with\\b|(?:\\s)is\\s+empty\\s*$)\\s*(.*)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch()) {
        *error = tr("\"%1\" is not a filter; write COLUMN OPERATOR VALUE, with an operator among "
                    "=, !=, <, <=, >, >=, contains, starts with, is empty (e.g. \"power_state = "
                    "running\").")
                     .arg(text);
        return std::nullopt;
    }
    ReportFilter filter;
    filter.column = match.captured(1);
    const ReportColumn *column = source.column(filter.column);
    if (!column) {
        *error = tr("Unknown column \"%1\" in the filter \"%2\"; the columns of %3 are: %4.")
                     .arg(filter.column, text, source.id,
                          source.columnNames().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    filter.op = *operatorFromName(match.captured(2));
    if (!operatorFits(filter.op, column->type)) {
        *error =
            tr("The operator \"%1\" does not apply to the column \"%2\" (%3).")
                .arg(operatorName(filter.op), filter.column, ReportSources::typeName(column->type));
        return std::nullopt;
    }
    if (filter.op == FilterOperator::IsEmpty)
        return filter;
    filter.value = column->parseValue(match.captured(3), error);
    if (!filter.value.isValid())
        return std::nullopt;
    return filter;
}

} // namespace Vantage
