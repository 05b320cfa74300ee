#pragma once

#include "core/reports/reportdefinition.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>

#include <functional>

class QIODevice;

namespace Vantage {

class CancelFlag;

// One row as the runner hands it out. A grouped report has two leading columns, Summary and
// Count, empty on data rows; after each group come its Subtotal (sums) and Average (rounded to
// four decimals) rows, and
// after the last group the Total and Total average rows of the whole report.
struct ReportRow
{
    enum class Kind { Data, Subtotal, Average, Total, TotalAverage };
    Kind kind = Kind::Data;
    QVariantList cells; // typed: see ReportColumn::cell()
};

// Where the runner streams rows, one at a time: a CSV file, a preview model.
class ReportSink
{
public:
    virtual ~ReportSink() = default;
    virtual bool begin(const QStringList &headers) = 0;
    // False stops the run (a write failed, or the sink wants no more rows).
    virtual bool addRow(const ReportRow &row) = 0;
    virtual bool finish() { return true; }
    virtual QString errorString() const { return {}; }
};

struct ReportOutcome
{
    bool ok = false;
    bool cancelled = false;
    qint64 dataRows = 0; // data rows handed to the sink
    bool truncated = false;
    QString error;
};

// Runs a definition on this thread's connection with a forward-only query: rows go to the sink
// as they are read, and only the running group's sums are held, so memory stays flat however
// many rows the report has. Filter values are bound as parameters; the SQL itself is made only
// of the source's fixed expressions.
class ReportRunner
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::ReportRunner)

public:
    using Progress = std::function<void(qint64 done, qint64 total)>;

    // The definition must validate().
    explicit ReportRunner(ReportDefinition definition);

    // The header texts, translated; Summary and Count lead when the report is grouped.
    QStringList headers() const;
    bool isGrouped() const { return !m_definition.groupBy.isEmpty(); }

    // maxDataRows < 0: all. With a limit the run stops after that many data rows (a preview)
    // and leaves out the totals of what it did not read; truncated says so. progress, when set,
    // gets (rows read, COUNT(*) estimate) every few hundred rows and at the end.
    ReportOutcome run(ReportSink *sink, const CancelFlag *cancel = nullptr,
                      const Progress &progress = {}, qint64 maxDataRows = -1) const;

    // The report as CSV on an open device (stdout, a buffer).
    ReportOutcome exportCsv(QIODevice *device, bool byteOrderMark,
                            const CancelFlag *cancel = nullptr,
                            const Progress &progress = {}) const;
    // The report as a CSV file, written to a temporary file beside it and renamed over the path
    // only when complete: a failure or a cancel leaves no partial file and an existing file as
    // it was.
    ReportOutcome exportCsvFile(const QString &path, bool byteOrderMark,
                                const CancelFlag *cancel = nullptr,
                                const Progress &progress = {}) const;

    // The rows the filters keep, as COUNT(*) reads them; -1 on error.
    qint64 countRows(QString *error = nullptr) const;

private:
    QString whereClause(QVariantList *binds) const;
    QString selectStatement(QVariantList *binds) const;

    ReportDefinition m_definition;
    const ReportSource *m_source = nullptr;
};

} // namespace Vantage
