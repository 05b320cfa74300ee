#include "core/csvwriter.h"
#include "core/database.h"
#include "core/reports/reportstore.h"
#include "tests/reports/reportfixture.h"
#include "tests/ui/accessibilityaudit.h"
#include "ui/reports/reporteditor.h"
#include "ui/reports/reportpreviewmodel.h"
#include "ui/reports/reportswindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Vantage;
using Vantage::Testing::ReportFixture;

// The Reports window clicked through on a real database.
class tst_ReportsWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsBuiltIns();
    void everyControlIsNamed();
    void chooseFilterGroupPreviewExport();
    void previewMatchesPythonsReading();
    void badFilterValueExplained();
    void builtInSavesAsCopy();
    void removeAsksFirst();
    void brokenReportIsShownNotRun();
    void exportFailureIsReported();
    void cancelExport();

private:
    QListWidgetItem *item(QListWidget *list, const QString &data) const;
    QList<QStringList> previewRows(const ReportPreviewModel *model) const;
    bool waitForExport(ReportsWindow *window, QSignalSpy *spy) const;

    QTemporaryDir m_dir;
    std::unique_ptr<ReportsWindow> m_window;
};

void tst_ReportsWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(Database::initialize(m_dir.filePath(QStringLiteral("w.sqlite")), &error),
             qPrintable(error));
    QVERIFY2(ReportFixture::populate(&error), qPrintable(error));
}

void tst_ReportsWindow::init()
{
    m_window = std::make_unique<ReportsWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_ReportsWindow::cleanup()
{
    m_window.reset();
}

QListWidgetItem *tst_ReportsWindow::item(QListWidget *list, const QString &data) const
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == data)
            return list->item(i);
    }
    return nullptr;
}

QList<QStringList> tst_ReportsWindow::previewRows(const ReportPreviewModel *model) const
{
    QList<QStringList> rows;
    QStringList header;
    for (int c = 0; c < model->columnCount(); ++c)
        header << model->headerData(c, Qt::Horizontal).toString();
    rows << header;
    for (int r = 0; r < model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < model->columnCount(); ++c)
            cells << model->index(r, c).data().toString();
        rows << cells;
    }
    return rows;
}

bool tst_ReportsWindow::waitForExport(ReportsWindow *window, QSignalSpy *spy) const
{
    return spy->wait(30000) && !window->isExporting();
}

void tst_ReportsWindow::listsBuiltIns()
{
    QListWidget *list = m_window->reportList();
    QCOMPARE(list->count(), ReportStore::builtIns().size());
    QVERIFY(item(list, QStringLiteral("vms"))->text().contains(QStringLiteral("built-in")));
    QVERIFY(item(list, QStringLiteral("vms"))->font().italic());
    QVERIFY(m_window->selectReport(QStringLiteral("vms")));
    QCOMPARE(m_window->previewModel()->dataRows(), 6);
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("removeReport"))->isEnabled());
    // F5 reads the database again.
    QString error;
    QVERIFY(Testing::ReportFixture::addVms(1, &error));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QCOMPARE(m_window->previewModel()->dataRows(), 7);
    QSqlQuery(Database::connection())
        .exec(QStringLiteral("DELETE FROM vms WHERE ems_ref LIKE 'bulk-%'"));
    QTest::keyClick(m_window.get(), Qt::Key_F5);
    QCOMPARE(m_window->previewModel()->dataRows(), 6);
    QAbstractItemModelTester tester(m_window->previewModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_ReportsWindow::everyControlIsNamed()
{
    m_window->selectReport(QStringLiteral("vms"));
    m_window->editor()->addFilter(QStringLiteral("name"), FilterOperator::Contains, "db");
    const QStringList problems = Testing::unnamedControls(m_window.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_ReportsWindow::chooseFilterGroupPreviewExport()
{
    QVERIFY(m_window->selectReport(QStringLiteral("vms")));
    ReportEditor *editor = m_window->editor();

    // Show the OS type column: check it and move it up to be second.
    QListWidget *columns = editor->columnList();
    QListWidgetItem *os = item(columns, QStringLiteral("os_type"));
    QVERIFY(os);
    const QRect rect = columns->visualItemRect(os);
    columns->scrollToItem(os);
    QTest::mouseClick(columns->viewport(), Qt::LeftButton, {},
                      columns->visualItemRect(os).topLeft() + QPoint(8, rect.height() / 2));
    if (os->checkState() != Qt::Checked) // where the check box sits depends on the style
        os->setCheckState(Qt::Checked);
    columns->setCurrentItem(os);
    auto *up = m_window->findChild<QPushButton *>(QStringLiteral("columnUp"));
    while (columns->row(os) > 1)
        QTest::mouseClick(up, Qt::LeftButton);

    // A filter: power state is not "paused".
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("addFilter")),
                      Qt::LeftButton);
    QTableWidget *filters = editor->filterTable();
    QCOMPARE(filters->rowCount(), 1);
    auto *column = qobject_cast<QComboBox *>(filters->cellWidget(0, 0));
    auto *op = qobject_cast<QComboBox *>(filters->cellWidget(0, 1));
    auto *value = qobject_cast<QLineEdit *>(filters->cellWidget(0, 2));
    column->setCurrentIndex(column->findData(QStringLiteral("power_state")));
    op->setCurrentIndex(op->findData(int(FilterOperator::NotEqual)));
    QTest::keyClicks(value, QStringLiteral("paused"));

    // Group by host.
    QComboBox *group = editor->groupCombo();
    group->setCurrentIndex(group->findData(QStringLiteral("host")));
    m_window->updatePreviewNow();

    ReportPreviewModel *preview = m_window->previewModel();
    QCOMPARE(preview->dataRows(), 5);
    QCOMPARE(preview->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Summary"));
    QCOMPARE(preview->headerData(3, Qt::Horizontal).toString(), QStringLiteral("OS type"));
    int subtotals = 0;
    for (int r = 0; r < preview->rowCount(); ++r) {
        const auto kind =
            ReportRow::Kind(preview->index(r, 0).data(ReportPreviewModel::RowKindRole).toInt());
        if (kind == ReportRow::Kind::Subtotal) {
            ++subtotals;
            QVERIFY(preview->index(r, 2).data(Qt::FontRole).value<QFont>().bold());
        }
    }
    QCOMPARE(subtotals, 2); // alpha and beta
    QCOMPARE(preview->index(preview->rowCount() - 2, 0).data().toString(), QStringLiteral("Total"));
    QCOMPARE(preview->index(preview->rowCount() - 2, 1).data().toString(), QStringLiteral("5"));

    // Export what the editor shows.
    const QString path = m_dir.filePath(QStringLiteral("window.csv"));
    QSignalSpy finished(m_window.get(), &ReportsWindow::exportFinished);
    QVERIFY(m_window->exportTo(path));
    QVERIFY(waitForExport(m_window.get(), &finished));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(2).toString()));
    QVERIFY(QFile::exists(path));
    QVERIFY2(m_window->statusLabel()->text().contains(QStringLiteral("Exported 5 row")),
             qPrintable(m_window->statusLabel()->text()));
    QVERIFY(!m_window->progressBar()->isVisible());

    // Saving a changed built-in makes a copy; the built-in is unchanged.
    QVERIFY(m_window->save());
    QCOMPARE(m_window->currentReportName(), QStringLiteral("vms-copy"));
    const auto copy = ReportStore::report(QStringLiteral("vms-copy"));
    QVERIFY(copy);
    QCOMPARE(copy->definition.groupBy, QStringLiteral("host"));
    QCOMPARE(copy->definition.filters.size(), 1);
    QCOMPARE(ReportStore::report(QStringLiteral("vms"))->definition,
             ReportStore::builtIns().constFirst());
    QString error;
    QVERIFY(ReportStore::remove(QStringLiteral("vms-copy"), &error));
}

void tst_ReportsWindow::previewMatchesPythonsReading()
{
    QVERIFY(m_window->selectReport(QStringLiteral("vms")));
    ReportEditor *editor = m_window->editor();
    for (int i = 0; i < editor->columnList()->count(); ++i)
        editor->columnList()->item(i)->setCheckState(Qt::Checked);
    editor->groupCombo()->setCurrentIndex(
        editor->groupCombo()->findData(QStringLiteral("power_state")));
    m_window->byteOrderMarkBox()->setChecked(true);
    m_window->updatePreviewNow();
    const QList<QStringList> shown = previewRows(m_window->previewModel());
    QCOMPARE(shown.size(), 1 + 6 + 3 * 2 + 2);

    const QString path = m_dir.filePath(QStringLiteral("roundtrip.csv"));
    QSignalSpy finished(m_window.get(), &ReportsWindow::exportFinished);
    // Export CSV… asks for the file.
    QTimer::singleShot(0, this, [path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("exportCsv")),
                      Qt::LeftButton);
    QVERIFY(waitForExport(m_window.get(), &finished));
    QVERIFY(finished.first().at(0).toBool());

    QList<QStringList> read;
    QString error;
    bool skipped = false;
    if (!Testing::readCsvWithPython(path, &read, &error, &skipped)) {
        if (skipped)
            QSKIP(qPrintable(error));
        QFAIL(qPrintable(error));
    }
    // The file holds what the preview shows; text a spreadsheet would run gets a leading quote.
    QList<QStringList> expected;
    for (const QStringList &row : shown) {
        QStringList cells;
        for (const QString &cell : row) {
            bool number = false;
            cell.toDouble(&number);
            cells << (number ? cell : CsvWriter::neutralised(cell));
        }
        expected << cells;
    }
    QCOMPARE(read, expected);
    QStringList names;
    for (const QStringList &row : std::as_const(read))
        names << row.value(2);
    for (const QString &name : ReportFixture::vmNames().mid(0, 3))
        QVERIFY2(names.contains(name), qPrintable(name));
    QVERIFY(names.contains(QStringLiteral("'=HYPERLINK(\"http://x\")")));
}

void tst_ReportsWindow::badFilterValueExplained()
{
    QVERIFY(m_window->selectReport(QStringLiteral("vms")));
    m_window->editor()->addFilter(QStringLiteral("vcpus"), FilterOperator::Greater,
                                  QStringLiteral("many"));
    m_window->updatePreviewNow();
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("previewLabel"));
    QVERIFY2(label->text().contains(QStringLiteral("Filter 1: \"many\" is not a whole number")),
             qPrintable(label->text()));
    QCOMPARE(m_window->previewModel()->rowCount(), 0);
    QVERIFY(!m_window->exportTo(m_dir.filePath(QStringLiteral("never.csv"))));
    QVERIFY(m_window->statusLabel()->text().contains(QStringLiteral("Not exported")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("never.csv"))));
    // Fixing the value brings the preview back.
    auto *value = m_window->editor()->filterTable()->findChild<QLineEdit *>();
    QVERIFY(value);
    value->clear();
    QTest::keyClicks(value, QStringLiteral("2"));
    m_window->updatePreviewNow();
    QCOMPARE(m_window->previewModel()->dataRows(), 2);
}

void tst_ReportsWindow::builtInSavesAsCopy()
{
    QVERIFY(m_window->selectReport(QStringLiteral("hosts")));
    auto *save = m_window->findChild<QPushButton *>(QStringLiteral("saveReport"));
    QVERIFY(save->text().contains(QStringLiteral("Copy")));
    // A name typed into a built-in is the copy's name.
    m_window->editor()->nameEdit()->selectAll();
    QTest::keyClicks(m_window->editor()->nameEdit(), QStringLiteral("my-hosts"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(m_window->currentReportName(), QStringLiteral("my-hosts"));
    QCOMPARE(ReportStore::report(QStringLiteral("my-hosts"))->definition.title,
             QStringLiteral("Hosts (copy)"));
    QVERIFY(ReportStore::report(QStringLiteral("hosts"))->definition.builtIn);
    QString removeError;
    QVERIFY(ReportStore::remove(QStringLiteral("my-hosts"), &removeError));
    m_window->reload();
    QVERIFY(m_window->selectReport(QStringLiteral("hosts")));
    QVERIFY(m_window->copyReport());
    QCOMPARE(m_window->currentReportName(), QStringLiteral("hosts-copy"));
    QVERIFY(!save->text().contains(QStringLiteral("Copy")));
    // Rename and retitle the copy.
    ReportEditor *editor = m_window->editor();
    editor->nameEdit()->clear();
    QTest::keyClicks(editor->nameEdit(), QStringLiteral("big-hosts"));
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(m_window->currentReportName(), QStringLiteral("big-hosts"));
    QVERIFY(ReportStore::report(QStringLiteral("big-hosts")));
    QVERIFY(!ReportStore::report(QStringLiteral("hosts-copy")));
    // A name that cannot be used is refused with the reason.
    editor->nameEdit()->setText(QStringLiteral("big hosts"));
    QVERIFY(!m_window->save());
    QVERIFY2(m_window->statusLabel()->text().contains(QStringLiteral("not usable")),
             qPrintable(m_window->statusLabel()->text()));
    QString error;
    QVERIFY(ReportStore::remove(QStringLiteral("big-hosts"), &error));
}

void tst_ReportsWindow::removeAsksFirst()
{
    QVERIFY(m_window->newReport(QStringLiteral("events")));
    const QString name = m_window->currentReportName();
    QCOMPARE(name, QStringLiteral("events-report"));
    // Decline, then accept.
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!m_window->removeReport());
    QVERIFY(ReportStore::report(name));
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    QVERIFY(m_window->removeReport());
    QVERIFY(!ReportStore::report(name));
}

void tst_ReportsWindow::brokenReportIsShownNotRun()
{
    QSqlQuery query(Database::connection());
    QVERIFY(query.exec(QStringLiteral(
        "INSERT INTO report_definitions (name, title, source, definition, built_in, created_at, "
        "updated_at) VALUES ('broken', 'Broken', 'vms', '{\"columns\": 7}', 0, 0, 0)")));
    m_window->reload();
    QVERIFY(m_window->selectReport(QStringLiteral("broken")));
    QVERIFY(!m_window->editor()->isEnabled());
    QVERIFY2(m_window->statusLabel()->text().contains(QStringLiteral("\"columns\"")),
             qPrintable(m_window->statusLabel()->text()));
    QCOMPARE(m_window->previewModel()->rowCount(), 0);
    QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("exportCsv"))->isEnabled());
    // The others are unaffected.
    QVERIFY(m_window->selectReport(QStringLiteral("vms")));
    QCOMPARE(m_window->previewModel()->dataRows(), 6);
    QVERIFY(query.exec(QStringLiteral("DELETE FROM report_definitions WHERE name = 'broken'")));
}

void tst_ReportsWindow::exportFailureIsReported()
{
    QVERIFY(m_window->selectReport(QStringLiteral("vms")));
    const QString blocker = m_dir.filePath(QStringLiteral("plain-file"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString path = blocker + QStringLiteral("/vms.csv");
    QSignalSpy finished(m_window.get(), &ReportsWindow::exportFinished);
    QVERIFY(m_window->exportTo(path));
    QVERIFY(waitForExport(m_window.get(), &finished));
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY(m_window->statusLabel()->text().contains(QStringLiteral("Could not create")));
    auto *box = m_window->findChild<QMessageBox *>(QStringLiteral("exportErrorBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(path));
    box->close();
    QVERIFY(!QFile::exists(path));
}

void tst_ReportsWindow::cancelExport()
{
    QString error;
    QVERIFY2(ReportFixture::addVms(20000, &error), qPrintable(error));
    QVERIFY(m_window->selectReport(QStringLiteral("vms")));
    const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
    QSignalSpy finished(m_window.get(), &ReportsWindow::exportFinished);
    QVERIFY(m_window->exportTo(path));
    QVERIFY(m_window->progressBar()->isVisible());
    QVERIFY(m_window->cancelButton()->isVisible());
    QTest::mouseClick(m_window->cancelButton(), Qt::LeftButton);
    QVERIFY(waitForExport(m_window.get(), &finished));
    // Either the click came in time or the export had already finished; both leave a whole
    // file or none, never a part.
    if (!finished.first().at(0).toBool()) {
        QVERIFY(m_window->statusLabel()->text().contains(QStringLiteral("cancelled")));
        QVERIFY(!QFile::exists(path));
    }
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("cancelled.csv*")}, QDir::Files).size(),
             finished.first().at(0).toBool() ? 1 : 0);
    QSqlQuery(Database::connection())
        .exec(QStringLiteral("DELETE FROM vms WHERE ems_ref LIKE 'bulk-%'"));
}

QTEST_MAIN(tst_ReportsWindow)
#include "tst_reportswindow.moc"
