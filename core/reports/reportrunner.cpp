#include "core/reports/reportrunner.h"

#include "core/csvwriter.h"
#include "core/database.h"
#include "core/provider.h"

#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace Vantage {

namespace {

// Running sums of one group (or of the whole report) over the numeric columns.
class Totals
{
public:
    explicit Totals(const QList<const ReportColumn *> &columns)
        : m_columns(columns), m_integers(columns.size()), m_reals(columns.size()),
          m_values(columns.size())
    {}

    void add(const QVariantList &cells, int offset)
    {
        ++m_count;
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const QVariant &cell = cells.at(offset + i);
            if (!m_columns.at(i)->isNumeric() || !cell.isValid())
                continue;
            ++m_values[i];
            if (m_columns.at(i)->type == ColumnType::Integer)
                m_integers[i] += cell.toLongLong();
            else
                m_reals[i] += cell.toDouble();
        }
    }

    qint64 count() const { return m_count; }

    // The sum row (average false) or the average row of these totals.
    QVariantList cells(bool average, int groupIndex, const QVariant &groupValue) const
    {
        QVariantList out;
        out.reserve(m_columns.size());
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            const ReportColumn *column = m_columns.at(i);
            if (i == groupIndex) {
                out << groupValue;
            } else if (!column->isNumeric() || m_values.at(i) == 0) {
                out << QVariant();
            } else if (average) {
                const double sum =
                    column->type == ColumnType::Integer ? double(m_integers.at(i)) : m_reals.at(i);
                // Four decimals: an average's last digits of binary noise help no reader.
                out << std::round(sum / double(m_values.at(i)) * 1e4) / 1e4;
            } else if (column->type == ColumnType::Integer) {
                out << m_integers.at(i);
            } else {
                out << m_reals.at(i);
            }
        }
        return out;
    }

    void reset()
    {
        m_count = 0;
        m_integers.fill(0);
        m_reals.fill(0);
        m_values.fill(0);
    }

private:
    QList<const ReportColumn *> m_columns;
    QList<qint64> m_integers;
    QList<double> m_reals;
    QList<qint64> m_values; // non-null values per column, what an average divides by
    qint64 m_count = 0;
};

class CsvSink final : public ReportSink
{
public:
    CsvSink(QIODevice *device, bool byteOrderMark) : m_writer(device, byteOrderMark) {}

    bool begin(const QStringList &headers) override { return m_writer.writeHeader(headers); }
    bool addRow(const ReportRow &row) override { return m_writer.writeRow(row.cells); }
    bool finish() override { return m_writer.finish(); }
    QString errorString() const override { return m_writer.errorString(); }

private:
    CsvWriter m_writer;
};

QString summaryLabel(ReportRow::Kind kind)
{
    switch (kind) {
    case ReportRow::Kind::Subtotal:
        return ReportRunner::tr("Subtotal");
    case ReportRow::Kind::Average:
        return ReportRunner::tr("Average");
    case ReportRow::Kind::Total:
        return ReportRunner::tr("Total");
    case ReportRow::Kind::TotalAverage:
        return ReportRunner::tr("Total average");
    case ReportRow::Kind::Data:
        break;
    }
    return {};
}

constexpr int progressEvery = 512;

} // namespace

ReportRunner::ReportRunner(ReportDefinition definition)
    : m_definition(std::move(definition)), m_source(ReportSources::find(m_definition.source))
{}

QStringList ReportRunner::headers() const
{
    QStringList out;
    if (isGrouped())
        out << tr("Summary") << tr("Count");
    for (const QString &name : m_definition.columns) {
        const ReportColumn *column = m_source ? m_source->column(name) : nullptr;
        out << (column ? column->title() : name);
    }
    return out;
}

QString ReportRunner::whereClause(QVariantList *binds) const
{
    QStringList conditions;
    for (const ReportFilter &filter : m_definition.filters) {
        const ReportColumn *column = m_source->column(filter.column);
        const QString e = QLatin1Char('(') + column->expression + QLatin1Char(')');
        const QVariant value = column->bindValue(filter.value);
        switch (filter.op) {
        case FilterOperator::Equal:
            conditions << e + QStringLiteral(" = ?");
            *binds << value;
            break;
        case FilterOperator::NotEqual: // null-safe: a row with no value is not equal to one
            conditions << e + QStringLiteral(" IS NOT ?");
            *binds << value;
            break;
        case FilterOperator::Less:
            conditions << e + QStringLiteral(" < ?");
            *binds << value;
            break;
        case FilterOperator::LessOrEqual:
            conditions << e + QStringLiteral(" <= ?");
            *binds << value;
            break;
        case FilterOperator::Greater:
            conditions << e + QStringLiteral(" > ?");
            *binds << value;
            break;
        case FilterOperator::GreaterOrEqual:
            conditions << e + QStringLiteral(" >= ?");
            *binds << value;
            break;
        // Case-insensitive (ASCII, as SQLite's lower() is); instr and substr take the value
        // as it is, where LIKE would read % and _ in it as wildcards.
        case FilterOperator::Contains:
            conditions << QStringLiteral("instr(lower(%1), lower(?)) > 0").arg(e);
            *binds << value;
            break;
        case FilterOperator::StartsWith:
            conditions << QStringLiteral("substr(lower(%1), 1, length(?)) = lower(?)").arg(e);
            *binds << value << value;
            break;
        case FilterOperator::IsEmpty:
            conditions << QStringLiteral("(%1 IS NULL OR %1 = '')").arg(e);
            break;
        }
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString ReportRunner::selectStatement(QVariantList *binds) const
{
    QStringList expressions;
    for (const QString &name : m_definition.columns)
        expressions << m_source->column(name)->expression;
    QString sql = QStringLiteral("SELECT ") + expressions.join(QStringLiteral(", ")) +
                  QStringLiteral(" FROM ") + m_source->from + whereClause(binds);

    // Subtotals are emitted when the group value changes, so the group column sorts first.
    QList<ReportSort> keys = m_definition.sort;
    if (isGrouped()) {
        Qt::SortOrder order = Qt::AscendingOrder;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (keys.at(i).column == m_definition.groupBy) {
                order = keys.takeAt(i).order;
                break;
            }
        }
        keys.prepend({m_definition.groupBy, order});
    }
    QStringList order;
    for (const ReportSort &key : std::as_const(keys)) {
        order << QLatin1Char('(') + m_source->column(key.column)->expression +
                     (key.order == Qt::DescendingOrder ? QStringLiteral(") DESC")
                                                       : QStringLiteral(") ASC"));
    }
    if (!order.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + order.join(QStringLiteral(", "));
    return sql;
}

qint64 ReportRunner::countRows(QString *error) const
{
    const QString problem = m_definition.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return -1;
    }
    QVariantList binds;
    const QString sql =
        QStringLiteral("SELECT count(*) FROM ") + m_source->from + whereClause(&binds);
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        if (error)
            *error = tr("Could not count the rows of the report: %1").arg(query.lastError().text());
        return -1;
    }
    return query.value(0).toLongLong();
}

ReportOutcome ReportRunner::run(ReportSink *sink, const CancelFlag *cancel,
                                const Progress &progress, qint64 maxDataRows) const
{
    ReportOutcome outcome;
    const QString problem = m_definition.validate();
    if (!problem.isEmpty()) {
        outcome.error = problem;
        return outcome;
    }
    qint64 total = -1;
    if (progress)
        total = countRows();

    QVariantList binds;
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    if (!query.prepare(selectStatement(&binds))) {
        outcome.error = tr("Could not run the report \"%1\": %2")
                            .arg(m_definition.name, query.lastError().text());
        return outcome;
    }
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    if (!query.exec()) {
        outcome.error = tr("Could not run the report \"%1\": %2")
                            .arg(m_definition.name, query.lastError().text());
        return outcome;
    }

    QList<const ReportColumn *> columns;
    for (const QString &name : m_definition.columns)
        columns << m_source->column(name);
    const bool grouped = isGrouped();
    const int offset = grouped ? 2 : 0; // Summary and Count lead a grouped row
    const int groupIndex = grouped ? int(m_definition.columns.indexOf(m_definition.groupBy)) : -1;
    Totals group(columns);
    Totals all(columns);
    QVariant groupValue;

    const auto sinkFailed = [&] {
        outcome.error = sink->errorString();
        if (outcome.error.isEmpty())
            outcome.ok = true; // the sink asked for no more rows
        return outcome;
    };
    const auto emitTotals = [&](const Totals &totals, ReportRow::Kind sum, ReportRow::Kind average,
                                const QVariant &value) {
        for (const ReportRow::Kind kind : {sum, average}) {
            ReportRow row{kind, {summaryLabel(kind), totals.count()}};
            row.cells += totals.cells(kind == average, groupIndex, value);
            if (!sink->addRow(row))
                return false;
        }
        return true;
    };

    if (!sink->begin(headers()))
        return sinkFailed();

    ReportRow row;
    row.cells.reserve(columns.size() + offset);
    while (query.next()) {
        if (cancel && cancel->isCancelled()) {
            outcome.cancelled = true;
            return outcome;
        }
        if (maxDataRows >= 0 && outcome.dataRows >= maxDataRows) {
            outcome.truncated = true;
            break;
        }
        row.cells.clear();
        if (grouped)
            row.cells << QVariant() << QVariant();
        for (qsizetype i = 0; i < columns.size(); ++i)
            row.cells << columns.at(i)->cell(query.value(int(i)));
        if (grouped) {
            const QVariant value = row.cells.at(offset + groupIndex);
            if (group.count() > 0 && value != groupValue) {
                if (!emitTotals(group, ReportRow::Kind::Subtotal, ReportRow::Kind::Average,
                                groupValue))
                    return sinkFailed();
                group.reset();
            }
            groupValue = value;
            group.add(row.cells, offset);
            all.add(row.cells, offset);
        }
        if (!sink->addRow(row))
            return sinkFailed();
        ++outcome.dataRows;
        if (progress && outcome.dataRows % progressEvery == 0)
            progress(outcome.dataRows, total);
    }
    if (query.lastError().isValid()) {
        outcome.error = tr("Reading the report \"%1\" failed: %2")
                            .arg(m_definition.name, query.lastError().text());
        return outcome;
    }
    if (grouped && !outcome.truncated && group.count() > 0) {
        if (!emitTotals(group, ReportRow::Kind::Subtotal, ReportRow::Kind::Average, groupValue) ||
            !emitTotals(all, ReportRow::Kind::Total, ReportRow::Kind::TotalAverage, {}))
            return sinkFailed();
    }
    if (!sink->finish())
        return sinkFailed();
    if (progress)
        progress(outcome.dataRows, std::max(total, outcome.dataRows));
    outcome.ok = true;
    return outcome;
}

ReportOutcome ReportRunner::exportCsv(QIODevice *device, bool byteOrderMark,
                                      const CancelFlag *cancel, const Progress &progress) const
{
    CsvSink sink(device, byteOrderMark);
    return run(&sink, cancel, progress);
}

ReportOutcome ReportRunner::exportCsvFile(const QString &path, bool byteOrderMark,
                                          const CancelFlag *cancel, const Progress &progress) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        ReportOutcome outcome;
        outcome.error = tr("Could not create %1: %2. Choose a folder you can write to.")
                            .arg(path, file.errorString());
        return outcome;
    }
    ReportOutcome outcome = exportCsv(&file, byteOrderMark, cancel, progress);
    if (!outcome.ok) {
        file.cancelWriting();
        return outcome;
    }
    if (!file.commit()) {
        outcome.ok = false;
        outcome.error = tr("Could not save %1: %2. Check the free space and try again.")
                            .arg(path, file.errorString());
    }
    return outcome;
}

} // namespace Vantage
