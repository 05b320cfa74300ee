#include "catalogues.h"

#include "core/database.h"
#include "core/providerstore.h"
#include "core/supervisor.h"
#include "providers/libvirt/libvirtprovider.h"
#include "ui/detailspane.h"
#include "ui/inventorytreemodel.h"
#include "ui/mainwindow.h"
#include "ui/providerwizard.h"
#include "ui/refreshstatuswidget.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Vantage;
using Kind = InventoryTreeModel::Kind;

// The main window against a real provider: libvirt's built-in test driver, added through the
// wizard and refreshed by a real supervisor.
class tst_MainWindowLibvirt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addTestDriverThroughWizard();
    void demoScreenshot();
};

void tst_MainWindowLibvirt::initTestCase()
{
    // The window keeps its layout in QSettings: a scratch location, never the user's.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Vantage::Testing::installCatalogue(QStringLiteral("en")));
    registerLibvirtProvider();
}

void tst_MainWindowLibvirt::addTestDriverThroughWizard()
{
    QTemporaryDir dir;
    QString error;
    QVERIFY2(Database::initialize(dir.filePath(QStringLiteral("libvirt.sqlite")), &error),
             qPrintable(error));
    Supervisor supervisor;
    supervisor.start(false);
    MainWindow w(&supervisor);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    ProviderWizard *wizard = w.addProvider();
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    auto *types = wizard->findChild<QListWidget *>(QStringLiteral("typeList"));
    QListWidgetItem *libvirt = nullptr;
    for (int i = 0; i < types->count(); ++i) {
        if (types->item(i)->data(Qt::UserRole + 1).toString() == QLatin1String("libvirt"))
            libvirt = types->item(i);
    }
    QVERIFY(libvirt);
    QTest::mouseClick(types->viewport(), Qt::LeftButton, {},
                      types->visualItemRect(libvirt).center());
    wizard->next();
    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("test driver"));
    wizard->next();
    auto *endpoint = wizard->findChild<QLineEdit *>(QStringLiteral("endpointEdit_0"));
    QTest::keyClicks(endpoint, QStringLiteral("not a uri"));
    QVERIFY(!wizard->findChild<QLabel *>(QStringLiteral("endpointReason_0"))->text().isEmpty());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    endpoint->clear();
    QTest::keyClicks(endpoint, QStringLiteral("test:///default"));
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("endpointReason_0"))->text().isEmpty());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    wizard->next();
    QSignalSpy verified(wizard, &ProviderWizard::verifyFinished);
    wizard->next();
    QVERIFY(verified.wait(20000));
    QVERIFY2(verified.first().at(0).toBool(),
             qPrintable(wizard->findChild<QLabel *>(QStringLiteral("verifyStatus"))->text()));
    QSignalSpy finished(&supervisor, &Supervisor::refreshFinished);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.first().at(1).value<RefreshOutcome>().ok);

    const auto provider = ProviderStore::providerByName(QStringLiteral("test driver"));
    QVERIFY(provider);
    QSqlQuery q(Database::connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM vms WHERE name = 'test'")) && q.next());
    const qint64 vmId = q.value(0).toLongLong();
    QTRY_VERIFY(w.inventoryModel()->indexFor(Kind::Vm, vmId).isValid());
    QCOMPARE(w.inventoryModel()->indexFor(Kind::Vm, vmId).data().toString(),
             QStringLiteral("test"));
    QVERIFY(w.selectObject(Kind::Vm, vmId));
    QCOMPARE(w.detailsPane() != nullptr, true);
    supervisor.stop();
}

// With VANTAGE_DEMO_SCREENSHOT=<file.png>, the demo ("vantage --demo": two libvirt test-driver
// hosts) is refreshed for real and grabbed at 1280×800 with a VM selected, as docs/screenshot.png
// shows it. VANTAGE_SCREENSHOT_LANGUAGE=de grabs it in German.
void tst_MainWindowLibvirt::demoScreenshot()
{
    const QString path = qEnvironmentVariable("VANTAGE_DEMO_SCREENSHOT");
    if (path.isEmpty())
        QSKIP("set VANTAGE_DEMO_SCREENSHOT=<file.png> to grab the demo");
    const QString language = qEnvironmentVariable("VANTAGE_SCREENSHOT_LANGUAGE");
    if (!language.isEmpty())
        QVERIFY(Vantage::Testing::installCatalogue(language));
    QTemporaryDir dir;
    QString error;
    QVERIFY2(Database::initialize(dir.filePath(QStringLiteral("demo.sqlite")), &error),
             qPrintable(error));
    const QString demo =
        QDir::cleanPath(QStringLiteral(VANTAGE_TEST_DATA "/../../../resources/demo"));
    QVERIFY(ProviderStore::addProvider({QStringLiteral("Demo"),
                                        QStringLiteral("libvirt"),
                                        {QStringLiteral("test://") + demo + u"/demo-host-a.xml",
                                         QStringLiteral("test://") + demo + u"/demo-host-b.xml"},
                                        {},
                                        {}},
                                       &error));
    Supervisor supervisor;
    QSignalSpy finished(&supervisor, &Supervisor::refreshFinished);
    MainWindow w(&supervisor);
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    supervisor.start(true);
    QVERIFY(finished.wait(20000));
    QVERIFY(finished.first().at(1).value<RefreshOutcome>().ok);
    QSqlQuery q(Database::connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM vms WHERE name = 'db-primary'")) && q.next());
    QTRY_VERIFY(w.selectObject(Kind::Vm, q.value(0).toLongLong()));
    w.inventoryView()->setFocus();
    QTest::qWait(300);
    QVERIFY(w.grab().save(path));
    qInfo("saved %s", qPrintable(path));
    supervisor.stop();
}

QTEST_MAIN(tst_MainWindowLibvirt)
#include "tst_mainwindow_libvirt.moc"
