#include "core/smartstate/smartstatestore.h"
#include "tests/smartstate/smartstatefixture.h"
#include "tests/ui/accessibilityaudit.h"
#include "ui/smartstate/scanprofiledialog.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Vantage;
using namespace Vantage::Testing;

class tst_ScanProfileDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyControlIsNamed();
    void showsTheBuiltInDefault();
    void refusesARelativePatternAndKeepsTheProfile();
    void savesTheProfile();

private:
    QTemporaryDir m_dir;
};

void tst_ScanProfileDialog::initTestCase()
{
    QString error;
    QVERIFY(Database::initialize(m_dir.filePath(QStringLiteral("db.sqlite")), &error));
}

void tst_ScanProfileDialog::everyControlIsNamed()
{
    ScanProfileDialog dialog(QStringLiteral("default"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QStringList problems = unnamedControls(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_ScanProfileDialog::showsTheBuiltInDefault()
{
    ScanProfileDialog dialog(QStringLiteral("default"));
    QCOMPARE(dialog.patternsEdit()->toPlainText(),
             SmartStateStore::defaultProfile().filePatterns.join(u'\n'));
    QCOMPARE(dialog.maxKiBSpin()->value(), 64);
}

void tst_ScanProfileDialog::refusesARelativePatternAndKeepsTheProfile()
{
    ScanProfileDialog dialog(QStringLiteral("default"));
    dialog.show();
    dialog.patternsEdit()->setPlainText(QStringLiteral("/etc/hosts\netc/fstab\n"));
    QTest::mouseClick(dialog.findChild<QPushButton *>("scanProfileSave"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(dialog.errorText(),
             QStringLiteral("Pattern etc/fstab must be an absolute path (start with /)."));
    QCOMPARE(SmartStateStore::profile(QStringLiteral("default")).filePatterns,
             SmartStateStore::defaultProfile().filePatterns);
}

void tst_ScanProfileDialog::savesTheProfile()
{
    ScanProfileDialog dialog(QStringLiteral("default"));
    dialog.show();
    dialog.patternsEdit()->setPlainText(QStringLiteral("  /etc/hosts \n\n/etc/nginx/*.conf\n"));
    dialog.maxKiBSpin()->setValue(8);
    QTest::mouseClick(dialog.findChild<QPushButton *>("scanProfileSave"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const ScanProfile saved = SmartStateStore::profile(QStringLiteral("default"));
    QCOMPARE(saved.filePatterns, (QStringList{"/etc/hosts", "/etc/nginx/*.conf"}));
    QCOMPARE(saved.maxFileBytes, 8 * 1024);
    ScanProfileDialog again(QStringLiteral("default"));
    QCOMPARE(again.patternsEdit()->toPlainText(), QStringLiteral("/etc/hosts\n/etc/nginx/*.conf"));
}

QTEST_MAIN(tst_ScanProfileDialog)
#include "tst_scanprofiledialog.moc"
