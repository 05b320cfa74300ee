#include "ui/reports/tableexport.h"

#include "core/csvwriter.h"

#include <QAbstractItemView>
#include <QFileDialog>
#include <QHeaderView>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QTableView>
#include <QTreeView>

namespace Vantage {

namespace {

QHeaderView *headerOf(const QAbstractItemView *view)
{
    if (auto *tree = qobject_cast<const QTreeView *>(view))
        return tree->header();
    if (auto *table = qobject_cast<const QTableView *>(view))
        return table->horizontalHeader();
    return nullptr;
}

// The model's columns as the view shows them: visual order, hidden ones left out.
QList<int> visibleColumns(const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    QList<int> columns;
    const QHeaderView *header = headerOf(view);
    if (!header) {
        const auto *list = qobject_cast<const QListView *>(view);
        columns << (list ? list->modelColumn() : 0);
        return columns;
    }
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && logical < model->columnCount() && !header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

class RowWriter
{
public:
    RowWriter(const QAbstractItemView *view, CsvWriter *writer, bool selectedOnly)
        : m_view(view), m_tree(qobject_cast<const QTreeView *>(view)), m_writer(writer),
          m_columns(visibleColumns(view)), m_selectedOnly(selectedOnly && view->selectionModel() &&
                                                          view->selectionModel()->hasSelection())
    {}

    bool header()
    {
        QStringList names;
        for (const int column : std::as_const(m_columns))
            names << m_view->model()->headerData(column, Qt::Horizontal).toString();
        return m_writer->writeHeader(names);
    }

    bool rows(const QModelIndex &parent)
    {
        const QAbstractItemModel *model = m_view->model();
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex first = model->index(row, 0, parent);
            if (m_tree && m_tree->isRowHidden(row, parent))
                continue;
            const bool selected =
                !m_selectedOnly || m_view->selectionModel()->isRowSelected(row, parent);
            if (selected) {
                QVariantList cells;
                for (const int column : std::as_const(m_columns))
                    cells << model->index(row, column, parent).data(Qt::DisplayRole);
                if (!m_writer->writeRow(cells))
                    return false;
            }
            if (m_tree && m_tree->isExpanded(first) && !rows(first))
                return false;
        }
        return true;
    }

private:
    const QAbstractItemView *m_view;
    const QTreeView *m_tree;
    CsvWriter *m_writer;
    QList<int> m_columns;
    bool m_selectedOnly;
};

const char *const bomKey = "reports/byteOrderMark";

} // namespace

bool TableExport::write(const QAbstractItemView *view, QIODevice *device, bool selectedOnly,
                        bool byteOrderMark, QString *error)
{
    if (!view->model()) {
        *error = tr("There is nothing to export.");
        return false;
    }
    CsvWriter writer(device, byteOrderMark);
    RowWriter rows(view, &writer, selectedOnly);
    if (!rows.header() || !rows.rows(view->rootIndex()) || !writer.finish()) {
        *error = writer.errorString();
        return false;
    }
    return true;
}

bool TableExport::writeFile(const QAbstractItemView *view, const QString &path, bool selectedOnly,
                            bool byteOrderMark, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Could not create %1: %2. Choose a folder you can write to.")
                     .arg(path, file.errorString());
        return false;
    }
    if (!write(view, &file, selectedOnly, byteOrderMark, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("Could not save %1: %2. Check the free space and try again.")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

void TableExport::exportInteractively(QAbstractItemView *view, bool selectedOnly)
{
    const QString name = view->accessibleName().isEmpty() ? tr("table") : view->accessibleName();
    const QString path = QFileDialog::getSaveFileName(
        view, selectedOnly ? tr("Export Selected Rows to CSV") : tr("Export to CSV"),
        name.toLower().replace(u' ', u'-') + QStringLiteral(".csv"),
        tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeFile(view, path, selectedOnly, byteOrderMarkSetting(), &error))
        QMessageBox::warning(view, tr("Export to CSV"),
                             tr("The table was not exported. %1").arg(error));
}

void TableExport::addActions(QMenu *menu, QAbstractItemView *view)
{
    auto *all = new QAction(tr("Export to CSV…"), menu);
    all->setObjectName(QStringLiteral("actionExportCsv"));
    QObject::connect(all, &QAction::triggered, view, [view] { exportInteractively(view, false); });
    auto *selected = new QAction(tr("Export Selected Rows to CSV…"), menu);
    selected->setObjectName(QStringLiteral("actionExportSelectedCsv"));
    QObject::connect(selected, &QAction::triggered, view,
                     [view] { exportInteractively(view, true); });
    // A menu built once is shown many times: the selection is read when it opens.
    QObject::connect(menu, &QMenu::aboutToShow, selected, [view, selected] {
        selected->setEnabled(view->selectionModel() && view->selectionModel()->hasSelection());
    });
    menu->addSeparator();
    menu->addAction(all);
    menu->addAction(selected);
}

void TableExport::installContextMenu(QAbstractItemView *view)
{
    auto *menu = new QMenu(view);
    menu->setObjectName(view->objectName() + QStringLiteral("ExportMenu"));
    addActions(menu, view);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(
        view, &QWidget::customContextMenuRequested, menu,
        [view, menu](const QPoint &pos) { menu->popup(view->viewport()->mapToGlobal(pos)); });
}

bool TableExport::byteOrderMarkSetting()
{
    return QSettings(QStringLiteral("vantage"), QStringLiteral("vantage"))
        .value(QLatin1String(bomKey), false)
        .toBool();
}

void TableExport::setByteOrderMarkSetting(bool on)
{
    QSettings(QStringLiteral("vantage"), QStringLiteral("vantage"))
        .setValue(QLatin1String(bomKey), on);
}

} // namespace Vantage
