#include "ui/reports/reportpreviewmodel.h"

#include "core/csvwriter.h"

#include <QApplication>
#include <QFont>
#include <QPalette>

namespace Vantage {

class ReportPreviewModel::Sink final : public ReportSink
{
public:
    bool begin(const QStringList &headers) override
    {
        m_headers = headers;
        return true;
    }
    bool addRow(const ReportRow &row) override
    {
        m_rows << row;
        return true;
    }

    QStringList m_headers;
    QList<ReportRow> m_rows;
};

ReportPreviewModel::ReportPreviewModel(QObject *parent) : QAbstractTableModel(parent) {}

bool ReportPreviewModel::setDefinition(const ReportDefinition &definition)
{
    Sink sink;
    const ReportOutcome outcome = ReportRunner(definition).run(&sink, nullptr, {}, m_rowLimit);
    beginResetModel();
    if (outcome.ok) {
        m_headers = sink.m_headers;
        m_rows = std::move(sink.m_rows);
        m_error.clear();
    } else {
        m_headers.clear();
        m_rows.clear();
        m_error = outcome.error;
    }
    m_dataRows = outcome.dataRows;
    m_truncated = outcome.truncated;
    endResetModel();
    return outcome.ok;
}

void ReportPreviewModel::clear()
{
    beginResetModel();
    m_headers.clear();
    m_rows.clear();
    m_dataRows = 0;
    m_truncated = false;
    m_error.clear();
    endResetModel();
}

int ReportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant ReportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportRow &row = m_rows.at(index.row());
    const QVariant &cell = row.cells.value(index.column());
    const bool summary = row.kind != ReportRow::Kind::Data;
    switch (role) {
    case Qt::DisplayRole:
        return CsvWriter::formatted(cell);
    case Qt::ToolTipRole:
        return cell.typeId() == QMetaType::QString ? cell : QVariant();
    case Qt::TextAlignmentRole: {
        const bool number =
            cell.typeId() == QMetaType::LongLong || cell.typeId() == QMetaType::Double;
        return QVariant::fromValue(Qt::AlignVCenter | (number ? Qt::AlignRight : Qt::AlignLeft));
    }
    case Qt::FontRole:
        if (summary) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (summary)
            return QApplication::palette().brush(QPalette::Midlight);
        return {};
    case RowKindRole:
        return int(row.kind);
    default:
        return {};
    }
}

QVariant ReportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    return m_headers.value(section);
}

} // namespace Vantage
