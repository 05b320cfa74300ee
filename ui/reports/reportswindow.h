#pragma once

#include "core/reports/reportstore.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QToolButton;

namespace Vantage {

class ReportEditor;
class ReportExportJob;
class ReportPreviewModel;

// The Reports window: the stored reports (built-ins marked; a broken one shows its problem),
// an editor for the selected one, a live preview of its first rows (subtotals styled), and
// Export CSV… streaming the whole report on a worker thread with progress and Cancel.
// Built-ins can be edited for a preview or an export, but saved only as a copy.
class ReportsWindow final : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsWindow(QWidget *parent = nullptr);
    ~ReportsWindow() override;

    // Re-reads the stored reports, keeping the selection by name when it still exists.
    void reload();
    bool selectReport(const QString &name);
    QString currentReportName() const;

    // Starts exporting what the editor shows to path (Export CSV… asks for it first).
    // False when the definition cannot run (the message is shown in the window).
    bool exportTo(const QString &path);
    bool isExporting() const;

    // Saves the edited user report; copies a built-in under a new name first.
    bool save();
    // A copy of the selected report as a new user report, selected.
    bool copyReport();
    // Asks first; false when nothing was removed.
    bool removeReport();
    // A new user report with the source's default columns.
    bool newReport(const QString &source);

    ReportEditor *editor() const { return m_editor; }
    ReportPreviewModel *previewModel() const { return m_preview; }
    QTableView *previewView() const { return m_previewView; }
    QListWidget *reportList() const { return m_list; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *progressBar() const { return m_progress; }
    QPushButton *cancelButton() const { return m_cancel; }
    QCheckBox *byteOrderMarkBox() const { return m_bom; }

    // Waits for a pending preview update (tests, and before an export).
    void updatePreviewNow();

signals:
    void exportFinished(bool ok, const QString &path, const QString &error);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showCurrent();
    void updateButtons();
    void chooseExportFile();
    void onExportFinished(bool ok, bool cancelled, qint64 rows, const QString &error);
    void showMessage(const QString &text, bool problem);

    QList<StoredReport> m_reports;
    QListWidget *m_list = nullptr;
    QToolButton *m_new = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_save = nullptr;
    ReportEditor *m_editor = nullptr;
    ReportPreviewModel *m_preview = nullptr; // Owned (child).
    QTableView *m_previewView = nullptr;
    QLabel *m_previewLabel = nullptr;
    QCheckBox *m_bom = nullptr;
    QPushButton *m_export = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_previewTimer;
    QPointer<ReportExportJob> m_job;
};

} // namespace Vantage
