#pragma once

#include "core/csvwriter.h"
#include "core/reports/reportrunner.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Vantage::Testing {

// A database with a little of everything the report sources read: one provider "lab" with a
// cluster, two hosts, VMs whose names need quoting or neutralising (a comma and quotes, a line
// break, Unicode, a formula), storage, networks, events, metric rollups, retirements, requests
// and SmartState scans. Call after Database::initialize().
struct ReportFixture
{
    // The VM names, in the order they are inserted.
    static QStringList vmNames();
    static bool populate(QString *error);
    // Inserts `count` plain VMs more on the lab manager (bulk, one transaction).
    static bool addVms(int count, QString *error);
};

// Keeps what a run hands out, each cell as the CSV writer formats it (before neutralising).
class CollectingSink final : public ReportSink
{
public:
    bool begin(const QStringList &headers) override
    {
        this->headers = headers;
        return true;
    }
    bool addRow(const ReportRow &row) override
    {
        QStringList cells;
        for (const QVariant &cell : row.cells)
            cells << CsvWriter::formatted(cell);
        rows << cells;
        kinds << row.kind;
        return true;
    }

    QStringList headers;
    QList<QStringList> rows;
    QList<ReportRow::Kind> kinds;
};

// The rows of a CSV file as Python's csv module reads them (strict, UTF-8, BOM skipped).
// False with *error when python3 is missing (*skipped set) or the file is not strict CSV.
bool readCsvWithPython(const QString &path, QList<QStringList> *rows, QString *error,
                       bool *skipped);

} // namespace Vantage::Testing
