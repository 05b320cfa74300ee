#include "ui/reports/reportswindow.h"

#include "core/reports/reportrunner.h"
#include "ui/accessiblenames.h"
#include "ui/reports/reporteditor.h"
#include "ui/reports/reportexportjob.h"
#include "ui/reports/reportpreviewmodel.h"
#include "ui/reports/tableexport.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace Vantage {

namespace {

template <typename W> W *named(W *widget, const char *objectName, const QString &accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

constexpr int previewDelayMs = 150;

} // namespace

ReportsWindow::ReportsWindow(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("reportsWindow"));
    setWindowTitle(tr("Reports"));
    setAccessibleName(tr("Reports"));
    resize(1280, 800);

    // The list of reports and what can be done to them.
    auto *left = new QWidget(this);
    m_list = named(new QListWidget(left), "reportList", tr("Reports"));
    AccessibleNames::nameViewParts(m_list);
    m_new = named(new QToolButton(left), "newReport", tr("New report"));
    m_new->setText(tr("&New"));
    m_new->setToolTip(tr("A new report on one of the sources"));
    m_new->setPopupMode(QToolButton::InstantPopup);
    auto *sources = new QMenu(m_new);
    sources->setObjectName(QStringLiteral("newReportMenu"));
    for (const ReportSource &source : ReportSources::all()) {
        QAction *action = sources->addAction(source.title());
        action->setObjectName(QStringLiteral("newReport_") + source.id);
        connect(action, &QAction::triggered, this, [this, id = source.id] { newReport(id); });
    }
    m_new->setMenu(sources);
    m_copy = named(new QPushButton(tr("&Copy"), left), "copyReport", tr("Copy report"));
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_copy->setToolTip(tr("Copy the report to change it (Ctrl+D)"));
    m_remove = named(new QPushButton(tr("&Delete…"), left), "removeReport", tr("Delete report"));
    m_remove->setToolTip(tr("Delete the report (Delete); built-in reports cannot be deleted"));
    auto *removeAction = new QAction(m_list);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, [this] { removeReport(); });
    m_list->addAction(removeAction);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_copy);
    listButtons->addWidget(m_remove);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Reports:"), left));
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(listButtons);

    // The editor above the preview.
    auto *right = new QWidget(this);
    m_editor = new ReportEditor(right);
    m_editor->setObjectName(QStringLiteral("reportEditor"));
    m_save = named(new QPushButton(tr("&Save"), right), "saveReport", tr("Save report"));
    m_save->setShortcut(QKeySequence::Save);
    m_preview = new ReportPreviewModel(this);
    m_previewView = named(new QTableView(right), "reportPreview", tr("Report preview"));
    m_previewView->setModel(m_preview);
    m_previewView->setAlternatingRowColors(true);
    m_previewView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewView->verticalHeader()->hide();
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    m_previewView->setWordWrap(false);
    // One line a row: a multi-line value shows its first line, and all of it as a tooltip.
    m_previewView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    AccessibleNames::nameViewParts(m_previewView);
    TableExport::installContextMenu(m_previewView);
    m_previewLabel = new QLabel(right);
    m_previewLabel->setObjectName(QStringLiteral("previewLabel"));

    m_bom = named(new QCheckBox(tr("UTF-8 &byte order mark (for Excel on Windows)"), right),
                  "byteOrderMark", tr("Write a byte order mark"));
    m_bom->setChecked(TableExport::byteOrderMarkSetting());
    connect(m_bom, &QCheckBox::toggled, this, &TableExport::setByteOrderMarkSetting);
    m_export = named(new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton),
                                     tr("&Export CSV…"), right),
                     "exportCsv", tr("Export CSV"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(tr("Export the whole report as a CSV file (Ctrl+E)"));
    m_progress = named(new QProgressBar(right), "exportProgress", tr("Export progress"));
    m_progress->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0")) * 28);
    m_progress->setVisible(false);
    m_cancel = named(new QPushButton(tr("Cancel"), right), "cancelExport", tr("Cancel export"));
    m_cancel->setShortcut(Qt::Key_Escape);
    m_cancel->setVisible(false);
    m_status = new QLabel(right);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_cancel);
    bottom->addWidget(m_bom);
    bottom->addWidget(m_export);
    auto *previewBox = new QWidget(right);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewLabel);
    previewLayout->addWidget(m_previewView, 1);
    auto *editorBox = new QWidget(right);
    auto *editorLayout = new QVBoxLayout(editorBox);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_editor, 1);
    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_save);
    editorLayout->addLayout(saveRow);
    auto *vertical = new QSplitter(Qt::Vertical, right);
    vertical->setObjectName(QStringLiteral("reportsVerticalSplitter"));
    vertical->addWidget(editorBox);
    vertical->addWidget(previewBox);
    vertical->setStretchFactor(0, 0);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({300, 500});
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(vertical, 1);
    rightLayout->addLayout(bottom);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("reportsSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 1020});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(previewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &ReportsWindow::updatePreviewNow);
    connect(m_editor, &ReportEditor::changed, this, [this] {
        m_previewTimer.start();
        updateButtons();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &ReportsWindow::showCurrent);
    // The inventory changes under the window (refreshes, events): F5 reads it again.
    auto *refreshPreview = new QAction(tr("Refresh Preview"), this);
    refreshPreview->setObjectName(QStringLiteral("actionRefreshPreview"));
    refreshPreview->setShortcut(Qt::Key_F5);
    connect(refreshPreview, &QAction::triggered, this, &ReportsWindow::updatePreviewNow);
    addAction(refreshPreview);
    connect(m_copy, &QPushButton::clicked, this, [this] { copyReport(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeReport(); });
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_export, &QPushButton::clicked, this, &ReportsWindow::chooseExportFile);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });

    QString error;
    if (!ReportStore::restoreBuiltIns(&error))
        showMessage(tr("The built-in reports could not be restored: %1").arg(error), true);
    reload();
}

ReportsWindow::~ReportsWindow() = default;

void ReportsWindow::reload()
{
    const QString current = currentReportName();
    QString error;
    m_reports = ReportStore::reports(&error);
    if (!error.isEmpty())
        showMessage(error, true);
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const StoredReport &report : std::as_const(m_reports)) {
        const ReportDefinition &definition = report.definition;
        QString text = definition.displayTitle();
        if (definition.builtIn)
            text = tr("%1 (built-in)").arg(text);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, definition.name);
        if (!report.problem.isEmpty()) {
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setToolTip(report.problem);
        } else {
            item->setToolTip(tr("vantage report %1").arg(definition.name));
        }
        if (definition.builtIn) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
    }
    if (!selectReport(current) && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showCurrent();
}

bool ReportsWindow::selectReport(const QString &name)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == name) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString ReportsWindow::currentReportName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ReportsWindow::showCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_reports.size()) {
        m_editor->setEnabled(false);
        m_preview->clear();
        updateButtons();
        return;
    }
    const StoredReport &report = m_reports.at(row);
    m_editor->setEnabled(report.problem.isEmpty());
    m_editor->setDefinition(report.definition);
    if (report.problem.isEmpty()) {
        showMessage({}, false);
        updatePreviewNow();
    } else {
        m_preview->clear();
        m_previewLabel->clear();
        showMessage(report.problem, true);
    }
    updateButtons();
}

void ReportsWindow::updatePreviewNow()
{
    m_previewTimer.stop();
    const auto definition = m_editor->definition();
    if (!definition) {
        m_preview->clear();
        m_previewLabel->setText(tr("No preview: %1").arg(m_editor->error()));
        return;
    }
    if (!m_preview->setDefinition(*definition)) {
        m_previewLabel->setText(tr("No preview: %1").arg(m_preview->error()));
        return;
    }
    if (m_preview->isTruncated()) {
        const qint64 all = ReportRunner(*definition).countRows();
        m_previewLabel->setText(tr("Preview (F5 reads it again): the first %1 of %2 rows; the "
                                   "export has them all.")
                                    .arg(m_preview->dataRows())
                                    .arg(all));
    } else {
        m_previewLabel->setText(
            tr("Preview (F5 reads it again): %n row(s).", nullptr, int(m_preview->dataRows())));
    }
    m_previewView->resizeColumnsToContents();
    for (int column = 0; column < m_preview->columnCount(); ++column)
        m_previewView->setColumnWidth(column, qMin(m_previewView->columnWidth(column), 320));
}

void ReportsWindow::updateButtons()
{
    const int row = m_list->currentRow();
    const bool selected = row >= 0 && row < m_reports.size();
    const bool builtIn = selected && m_reports.at(row).definition.builtIn;
    const bool exporting = isExporting();
    m_copy->setEnabled(selected && m_reports.at(row).problem.isEmpty());
    m_remove->setEnabled(selected && !builtIn);
    m_save->setEnabled(selected && m_editor->isEnabled());
    m_save->setText(builtIn ? tr("&Save as Copy") : tr("&Save"));
    m_save->setToolTip(builtIn ? tr("Built-in reports cannot be changed: save your changes as a "
                                    "new report (Ctrl+S)")
                               : tr("Save the report (Ctrl+S)"));
    m_export->setEnabled(selected && m_editor->isEnabled() && !exporting);
    m_progress->setVisible(exporting);
    m_cancel->setVisible(exporting);
}

bool ReportsWindow::save()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_reports.size())
        return false;
    auto definition = m_editor->definition();
    if (!definition) {
        showMessage(tr("Not saved: %1").arg(m_editor->error()), true);
        return false;
    }
    QString error;
    bool ok = false;
    const StoredReport &stored = m_reports.at(row);
    if (stored.definition.builtIn) {
        // The copy takes the name and title typed in, or made-up ones when they were left.
        if (definition->name == stored.definition.name)
            definition->name =
                ReportStore::unusedName(stored.definition.name + QStringLiteral("-copy"));
        if (definition->title == stored.definition.title)
            definition->title = tr("%1 (copy)").arg(stored.definition.displayTitle());
        definition->builtIn = false;
        ok = ReportStore::add(*definition, &error);
    } else {
        ok = ReportStore::update(stored.definition.name, *definition, &error);
    }
    if (!ok) {
        showMessage(tr("Not saved: %1").arg(error), true);
        return false;
    }
    reload();
    selectReport(definition->name);
    showMessage(tr("Saved \"%1\".").arg(definition->displayTitle()), false);
    return true;
}

bool ReportsWindow::copyReport()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_reports.size())
        return false;
    ReportDefinition copy = m_reports.at(row).definition;
    copy.title = tr("%1 (copy)").arg(copy.displayTitle());
    copy.name = ReportStore::unusedName(copy.name + QStringLiteral("-copy"));
    copy.builtIn = false;
    QString error;
    if (!ReportStore::add(copy, &error)) {
        showMessage(tr("Not copied: %1").arg(error), true);
        return false;
    }
    reload();
    selectReport(copy.name);
    return true;
}

bool ReportsWindow::newReport(const QString &sourceId)
{
    const ReportSource *source = ReportSources::find(sourceId);
    if (!source)
        return false;
    ReportDefinition definition = ReportDefinition::defaultFor(*source);
    definition.name = ReportStore::unusedName(source->id + QStringLiteral("-report"));
    definition.title = tr("New %1 report").arg(source->title());
    QString error;
    if (!ReportStore::add(definition, &error)) {
        showMessage(tr("Not created: %1").arg(error), true);
        return false;
    }
    reload();
    selectReport(definition.name);
    return true;
}

bool ReportsWindow::removeReport()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_reports.size() || m_reports.at(row).definition.builtIn)
        return false;
    const ReportDefinition &definition = m_reports.at(row).definition;
    const auto answer = QMessageBox::question(
        this, tr("Delete Report"),
        tr("Delete the report \"%1\"? Scripts that run `vantage report %2` will fail.")
            .arg(definition.displayTitle(), definition.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    QString error;
    if (!ReportStore::remove(definition.name, &error)) {
        showMessage(tr("Not deleted: %1").arg(error), true);
        return false;
    }
    reload();
    return true;
}

void ReportsWindow::chooseExportFile()
{
    const QString name = m_editor->nameEdit()->text().trimmed();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export CSV"), (name.isEmpty() ? QStringLiteral("report") : name) + ".csv",
        tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool ReportsWindow::exportTo(const QString &path)
{
    if (isExporting())
        return false;
    const auto definition = m_editor->definition();
    if (!definition) {
        showMessage(tr("Not exported: %1").arg(m_editor->error()), true);
        return false;
    }
    m_job = new ReportExportJob(*definition, path, m_bom->isChecked(), this);
    connect(m_job, &ReportExportJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(1000 * done / total));
        m_progress->setFormat(tr("%1 of %2 rows").arg(done).arg(total));
    });
    connect(m_job, &ReportExportJob::finished, this, &ReportsWindow::onExportFinished);
    m_progress->setRange(0, 0);
    m_progress->setFormat(QString());
    showMessage(tr("Exporting to %1…").arg(path), false);
    m_job->start();
    updateButtons();
    return true;
}

bool ReportsWindow::isExporting() const
{
    return m_job != nullptr;
}

void ReportsWindow::onExportFinished(bool ok, bool cancelled, qint64 rows, const QString &error)
{
    const QString path = m_job ? m_job->path() : QString();
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
    updateButtons();
    if (ok) {
        showMessage(tr("Exported %n row(s) to %1.", nullptr, int(rows)).arg(path), false);
    } else if (cancelled) {
        showMessage(tr("Export cancelled; no file was written."), false);
    } else {
        const QString message = tr("The report was not exported. %1").arg(error);
        showMessage(message, true);
        auto *box =
            new QMessageBox(QMessageBox::Warning, tr("Export CSV"), message, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("exportErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    emit exportFinished(ok, path, ok ? QString() : error);
}

void ReportsWindow::showMessage(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: palette(bright-text); "
                                                     "background: #b00020; padding: 2px;")
                                    : QString());
}

void ReportsWindow::closeEvent(QCloseEvent *event)
{
    if (m_job) {
        m_job->cancel();
        delete m_job; // waits for its thread
    }
    QWidget::closeEvent(event);
}

} // namespace Vantage
