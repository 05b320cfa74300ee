#pragma once

#include "core/reports/reportrunner.h"

#include <QAbstractTableModel>

namespace Vantage {

// The first rows of a report, as the Reports window previews them. Cells show what the CSV file
// will hold (C-locale numbers, ISO 8601 UTC times; the file adds the neutralising quote to
// formula-looking text); subtotal and total rows are bold on a shaded background.
class ReportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultRowLimit = 500;
    enum Role { RowKindRole = Qt::UserRole + 1 };

    explicit ReportPreviewModel(QObject *parent = nullptr);

    // Runs the definition now on this thread's connection (at most rowLimit() data rows).
    // False, with error(), when it cannot run; the model is then empty.
    bool setDefinition(const ReportDefinition &definition);
    void clear();

    qint64 rowLimit() const { return m_rowLimit; }
    void setRowLimit(qint64 rows) { m_rowLimit = rows; }
    qint64 dataRows() const { return m_dataRows; }
    bool isTruncated() const { return m_truncated; }
    QString error() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    class Sink;

    QStringList m_headers;
    QList<ReportRow> m_rows;
    qint64 m_rowLimit = DefaultRowLimit;
    qint64 m_dataRows = 0;
    bool m_truncated = false;
    QString m_error;
};

} // namespace Vantage
