// Renders the Reports window on the fixture database to PNG files, for looking at the layout:
//   xvfb-run -a -s "-screen 0 1400x900x24" shot_reportswindow /tmp/shots
#include "core/database.h"
#include "tests/reports/reportfixture.h"
#include "ui/reports/reporteditor.h"
#include "ui/reports/reportswindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Vantage;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QString out = app.arguments().value(1, QStringLiteral("/tmp/shots"));
    QDir().mkpath(out);
    QTemporaryDir dir;
    QString error;
    if (!Database::initialize(dir.filePath(QStringLiteral("shot.sqlite")), &error) ||
        !Testing::ReportFixture::populate(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    ReportsWindow window;
    window.resize(1380, 860);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.selectReport(QStringLiteral("vms"));
    QTest::qWait(200);
    window.grab().save(out + QStringLiteral("/reports.png"));

    ReportEditor *editor = window.editor();
    editor->addFilter(QStringLiteral("power_state"), FilterOperator::NotEqual,
                      QStringLiteral("paused"));
    editor->groupCombo()->setCurrentIndex(editor->groupCombo()->findData(QStringLiteral("host")));
    window.updatePreviewNow();
    QTest::qWait(200);
    window.grab().save(out + QStringLiteral("/reports-grouped.png"));

    window.selectReport(QStringLiteral("metrics"));
    QTest::qWait(200);
    window.grab().save(out + QStringLiteral("/reports-metrics.png"));

    // An export under way: the progress bar and Cancel.
    if (!Testing::ReportFixture::addVms(200000, &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    window.selectReport(QStringLiteral("vms"));
    window.exportTo(dir.filePath(QStringLiteral("shot.csv")));
    QTest::qWait(150);
    window.grab().save(out + QStringLiteral("/reports-exporting.png"));
    QTest::qWaitFor([&] { return !window.isExporting(); }, 60000);
    window.grab().save(out + QStringLiteral("/reports-exported.png"));
    return 0;
}
