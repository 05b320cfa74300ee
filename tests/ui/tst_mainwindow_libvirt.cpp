#include "catalogues.h"
#include "mainwindowlab.h"

#include "core/database.h"
#include "core/providerstore.h"
#include "core/requests.h"
#include "core/supervisor.h"
#include "providers/libvirt/libvirtprovider.h"
#include "tests/support/testnodexml.h"
#include "ui/detailspane.h"
#include "ui/inventorytreemodel.h"
#include "ui/lifecycle/poweractions.h"
#include "ui/lifecycle/provisionwizard.h"
#include "ui/mainwindow.h"
#include "ui/providerwizard.h"
#include "ui/refreshstatuswidget.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <memory>

using namespace Vantage;
using namespace Vantage::Testing;
using Kind = InventoryTreeModel::Kind;

// The main window against a real provider: libvirt's built-in test driver, added through the
// wizard and refreshed by a real supervisor.
class tst_MainWindowLibvirt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void addTestDriverThroughWizard();
    void provisionTwoClonesEndToEnd();
    void powerOffEndToEnd();
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

namespace {
// A generated test-driver node (shut-off VMs with disks in a pool) added as a provider, refreshed
// by a running supervisor, shown in a main window.
struct LibvirtLab : MainWindowLab
{
    bool open(QString *error)
    {
        TestNodeSpec spec;
        spec.hostName = QStringLiteral("e2e");
        spec.domains = 6;
        spec.pools = 1;
        spec.volumesPerPool = 4;
        // Small volumes, so that clones fit in the test driver's 100 GiB pool.
        TestNodeModel model = TestNodeXml::model(spec);
        for (TestNodePool &pool : model.pools) {
            for (TestNodeVolume &volume : pool.volumes) {
                volume.capacityBytes = qint64(8) << 30;
                volume.allocationBytes = qint64(1) << 30;
            }
        }
        const QString node = dir.filePath(QStringLiteral("e2e.xml"));
        QFile file(node);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(TestNodeXml::generate(model, spec)) < 0) {
            *error = file.errorString();
            return false;
        }
        file.close();
        return MainWindowLab::open(QStringLiteral("e2e.sqlite"),
                                   {QStringLiteral("lab"),
                                    QStringLiteral("libvirt"),
                                    {TestNodeXml::uriForFile(node)},
                                    {},
                                    {}},
                                   error);
    }

    // The first VM (not a template) in this power state, as (id, ems_ref).
    QPair<qint64, QString> vmIn(const QString &power) const
    {
        QSqlQuery q(Database::connection());
        q.prepare(QStringLiteral("SELECT id, ems_ref FROM vms WHERE power_state = ? AND "
                                 "is_template = 0 ORDER BY name LIMIT 1"));
        q.addBindValue(power);
        return q.exec() && q.next() ? qMakePair(q.value(0).toLongLong(), q.value(1).toString())
                                    : qMakePair(qint64(0), QString());
    }

    static qint64 vmNamed(const QString &name)
    {
        QSqlQuery q(Database::connection());
        q.prepare(QStringLiteral("SELECT id FROM vms WHERE name = ?"));
        q.addBindValue(name);
        return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
    }
};

} // namespace

// The whole path: the wizard clones a shut-off VM twice, the request runner provisions them on
// the test driver, the targeted refresh that follows puts them in the tree.
void tst_MainWindowLibvirt::provisionTwoClonesEndToEnd()
{
    LibvirtLab lab;
    QString error;
    QVERIFY2(lab.open(&error), qPrintable(error));
    MainWindow *w = lab.window.get();
    // The shut-off VM with the smallest disks: two copies must fit in the node's small pool.
    QSqlQuery q(Database::connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT v.id, v.ems_ref FROM vms v LEFT JOIN disks d ON d.vm_id = v.id "
                       "WHERE v.power_state = 'off' AND v.is_template = 0 GROUP BY v.id "
                       "ORDER BY COALESCE(SUM(d.capacity_bytes), 0), v.name LIMIT 1")));
    QVERIFY(q.next());
    const qint64 sourceId = q.value(0).toLongLong();
    const QString sourceRef = q.value(1).toString();
    // A statement left open on this thread would keep the runner from writing.
    q.finish();
    QVERIFY(w->selectObject(Kind::Vm, sourceId));

    ProvisionWizard *wizard = w->provisionVms();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QCOMPARE(wizard->sourceRef(), sourceRef);
    wizard->next();
    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("clone-{n}"));
    auto *count = wizard->findChild<QSpinBox *>(QStringLiteral("countSpin"));
    count->selectAll();
    QTest::keyClicks(count, QStringLiteral("2"));
    nextToSummary(wizard);
    if (QTest::currentTestFailed())
        return;
    QSignalSpy submitted(wizard, &ProvisionWizard::submitted);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);
    const qint64 requestId = submitted.first().at(0).toLongLong();

    QString outcome;
    QTRY_VERIFY_WITH_TIMEOUT(requestFinished(requestId, &outcome), 60000);
    QCOMPARE(outcome.trimmed(), QString::fromLatin1(RequestStatus::Ok));
    for (const QString &name : {QStringLiteral("clone-1"), QStringLiteral("clone-2")}) {
        QTRY_VERIFY_WITH_TIMEOUT(LibvirtLab::vmNamed(name) != 0, 30000);
        QTRY_VERIFY(w->inventoryModel()->indexFor(Kind::Vm, LibvirtLab::vmNamed(name)).isValid());
    }
}

// Power Off from the VM menu on a running VM: asked, submitted, run, and the tree follows.
void tst_MainWindowLibvirt::powerOffEndToEnd()
{
    LibvirtLab lab;
    QString error;
    QVERIFY2(lab.open(&error), qPrintable(error));
    MainWindow *w = lab.window.get();
    const auto [vmId, vmRef] = lab.vmIn(QStringLiteral("on"));
    QVERIFY(vmId);
    powerOffFromMenu(w, vmId);
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
