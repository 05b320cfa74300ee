#include "accessibilityaudit.h"
#include "catalogues.h"
#include "mainwindowlab.h"

#include "core/database.h"
#include "core/providerstore.h"
#include "core/requests.h"
#include "core/supervisor.h"
#include "providers/vmware/vsphereclient.h"
#include "providers/vmware/vsphereprovider.h"
#include "providers/vmware/vspheresession.h"
#include "providers/vmware/vspheretask.h"
#include "tests/vcsim/vspheretesting.h"
#include "ui/inventorytreemodel.h"
#include "ui/lifecycle/poweractions.h"
#include "ui/lifecycle/provisionwizard.h"
#include "ui/lifecycle/servicecatalogdialog.h"
#include "ui/mainwindow.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Vantage;
using namespace Vantage::Testing;
using Kind = InventoryTreeModel::Kind;

// The main window against the vCenter simulator as a vSphere provider, refreshed by a real
// supervisor: the provisioning wizard clicked through on its inventory, the request runner
// cloning on the simulator, the refresh that follows showing the new VMs.
class tst_MainWindowVsphere : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void provisionFromTemplateEndToEnd();
    void powerOffEndToEnd();
    void serviceTemplateEndToEnd();

private:
    VcsimProcess m_vcsim;
    QString m_templateRef;
};

namespace {

qint64 vmNamed(const QString &name, int *vcpus = nullptr, QString *power = nullptr)
{
    QSqlQuery q(Database::connection());
    q.prepare(QStringLiteral("SELECT id, vcpus, power_state FROM vms WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next())
        return 0;
    if (vcpus)
        *vcpus = q.value(1).toInt();
    if (power)
        *power = q.value(2).toString();
    return q.value(0).toLongLong();
}

} // namespace

void tst_MainWindowVsphere::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(Vantage::Testing::installCatalogue(QStringLiteral("en")));
    registerVsphereProvider();
    QString error;
    QVERIFY2(m_vcsim.start({QStringLiteral("-vm"), QStringLiteral("2")}, &error),
             qPrintable(error));
    // The simulator has no templates: one VM, powered off, becomes one before the first refresh.
    VsphereError failure;
    const auto session = VsphereSession::open(vsphereConfig(m_vcsim), &failure);
    QVERIFY2(session, qPrintable(failure.toString()));
    InventoryCollection collection;
    ProviderError providerError;
    CancelFlag cancel;
    QVERIFY(session->collectInventory(&collection, cancel, {}, &providerError));
    m_templateRef = collection.vms.first().emsRef;
    QVERIFY2(session->powerOperation(m_templateRef, PowerOperation::PowerOff, &providerError),
             qPrintable(providerError.toString()));
    QByteArray answer;
    QVERIFY(session->client().call(
        "<MarkAsTemplate>" +
            VsphereTaskRunner::self(QStringLiteral("VirtualMachine"), m_templateRef) +
            "</MarkAsTemplate>",
        &answer, &failure));
}

void tst_MainWindowVsphere::cleanupTestCase()
{
    m_vcsim.stop();
}

namespace {
// The simulator added as a provider to a fresh database, refreshed by a running supervisor,
// shown in a main window.
struct VsphereLab : MainWindowLab
{
    bool open(const VcsimProcess &vcsim, QString *error)
    {
        ProviderSpec provider = vsphereProvider(vcsim);
        provider.name = QStringLiteral("vcenter");
        return MainWindowLab::open(QStringLiteral("vsphere.sqlite"), provider, error);
    }
};
} // namespace

void tst_MainWindowVsphere::provisionFromTemplateEndToEnd()
{
    VsphereLab lab;
    QString error;
    QVERIFY2(lab.open(m_vcsim, &error), qPrintable(error));
    MainWindow &w = *lab.window;

    QSqlQuery q(Database::connection());
    q.prepare(QStringLiteral("SELECT id, is_template FROM vms WHERE ems_ref = ?"));
    q.addBindValue(m_templateRef);
    QVERIFY(q.exec() && q.next());
    const qint64 templateId = q.value(0).toLongLong();
    QVERIFY(q.value(1).toBool());
    // A statement left open on this thread would keep the runner from writing.
    q.finish();
    QVERIFY(w.selectObject(Kind::Vm, templateId));

    ProvisionWizard *wizard = w.provisionVms();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QCOMPARE(wizard->sourceRef(), m_templateRef);
    // vSphere only clones: image and ISO sources are not offered, and the page says why.
    QVERIFY(!wizard->findChild<QRadioButton *>(QStringLiteral("imageRadio"))->isVisible());
    QVERIFY(!wizard->findChild<QRadioButton *>(QStringLiteral("isoRadio"))->isVisible());
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("cloneOnlyNote"))->isVisible());
    const QStringList unnamed = Vantage::Testing::unnamedControls(wizard);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    // vCenter clones running VMs too.
    auto *source = wizard->findChild<QComboBox *>(QStringLiteral("sourceVmCombo"));
    QSqlQuery running(Database::connection());
    QVERIFY(running.exec(QStringLiteral("SELECT ems_ref FROM vms WHERE power_state = 'on' "
                                        "LIMIT 1")) &&
            running.next());
    source->setCurrentIndex(source->findData(running.value(0).toString()));
    running.finish();
    QVERIFY(wizard->findChild<QLabel *>(QStringLiteral("sourceReason"))->text().isEmpty());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    source->setCurrentIndex(source->findData(m_templateRef));
    wizard->next();
    QTest::keyClicks(wizard->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("vs-{n}"));
    auto *count = wizard->findChild<QSpinBox *>(QStringLiteral("countSpin"));
    count->selectAll();
    QTest::keyClicks(count, QStringLiteral("2"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ProvisionWizard::HardwarePage));
    auto *vcpus = wizard->findChild<QSpinBox *>(QStringLiteral("vcpuSpin"));
    vcpus->selectAll();
    QTest::keyClicks(vcpus, QStringLiteral("2"));
    nextToSummary(wizard);
    if (QTest::currentTestFailed())
        return;
    auto *start = wizard->findChild<QCheckBox *>(QStringLiteral("startCheck"));
    if (!start->isChecked())
        QTest::mouseClick(start, Qt::LeftButton, {}, QPoint(6, start->height() / 2));
    QVERIFY(start->isChecked());
    QSignalSpy submitted(wizard, &ProvisionWizard::submitted);
    QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);
    const qint64 requestId = submitted.first().at(0).toLongLong();

    QString outcome;
    QTRY_VERIFY_WITH_TIMEOUT(requestFinished(requestId, &outcome), 60000);
    QCOMPARE(outcome.trimmed(), QString::fromLatin1(RequestStatus::Ok));
    for (const TaskRecord &task : RequestStore::tasks(requestId))
        QCOMPARE(task.progress, 100);
    for (const QString &name : {QStringLiteral("vs-1"), QStringLiteral("vs-2")}) {
        int cpus = 0;
        QString power;
        QTRY_VERIFY_WITH_TIMEOUT(vmNamed(name, &cpus, &power) != 0, 30000);
        QTRY_VERIFY(w.inventoryModel()->indexFor(Kind::Vm, vmNamed(name)).isValid());
        QTRY_VERIFY_WITH_TIMEOUT(vmNamed(name, &cpus, &power) && cpus == 2 && power == u"on",
                                 30000);
    }
}

// Power Off from the VM menu on a running VM: asked, submitted, run as a vSphere task, and the
// tree follows.
void tst_MainWindowVsphere::powerOffEndToEnd()
{
    VsphereLab lab;
    QString error;
    QVERIFY2(lab.open(m_vcsim, &error), qPrintable(error));
    MainWindow *w = lab.window.get();
    QSqlQuery q(Database::connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM vms WHERE power_state = 'on' ORDER BY name "
                                  "LIMIT 1")) &&
            q.next());
    const qint64 vmId = q.value(0).toLongLong();
    q.finish();
    powerOffFromMenu(w, vmId);
}

// A service of two items on the vCenter, built in the catalogue and ordered: a clone of the
// template, and a clone of a running VM after it.
void tst_MainWindowVsphere::serviceTemplateEndToEnd()
{
    VsphereLab lab;
    QString error;
    QVERIFY2(lab.open(m_vcsim, &error), qPrintable(error));
    QSqlQuery q(Database::connection());
    QVERIFY(q.exec(QStringLiteral("SELECT ems_ref FROM vms WHERE power_state = 'on' ORDER BY name "
                                  "LIMIT 1")) &&
            q.next());
    const QString runningRef = q.value(0).toString();
    q.finish();
    ServiceCatalogDialog dialog(lab.supervisor.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto item = [&](const QString &name, const QString &source) {
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("itemNameEdit"));
        edit->clear();
        QTest::keyClicks(edit, name);
        auto *sources = dialog.findChild<QComboBox *>(QStringLiteral("itemSourceCombo"));
        sources->setCurrentIndex(sources->findData(source));
        return sources->currentData().toString() == source;
    };
    const auto button = [&](const char *name) {
        return dialog.findChild<QAbstractButton *>(QLatin1StringView(name));
    };
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("templateNameEdit")),
                     QStringLiteral("Shop"));
    QVERIFY(item(QStringLiteral("shop-db"), m_templateRef));
    QTest::mouseClick(button("addItemButton"), Qt::LeftButton);
    dialog.findChild<QTableWidget *>(QStringLiteral("itemsTable"))->setCurrentCell(-1, -1);
    // vCenter clones running VMs, so the catalogue offers them.
    QVERIFY(item(QStringLiteral("shop-web"), runningRef));
    dialog.findChild<QListWidget *>(QStringLiteral("itemDependsList"))
        ->item(0)
        ->setCheckState(Qt::Checked);
    QTest::mouseClick(button("addItemButton"), Qt::LeftButton);
    QTest::mouseClick(button("saveTemplateButton"), Qt::LeftButton);
    QSignalSpy ordered(&dialog, &ServiceCatalogDialog::ordered);
    QVERIFY(button("orderButton")->isEnabled());
    QTest::mouseClick(button("orderButton"), Qt::LeftButton);
    QCOMPARE(ordered.count(), 1);
    QString outcome;
    QTRY_VERIFY_WITH_TIMEOUT(requestFinished(ordered.first().at(0).toLongLong(), &outcome), 60000);
    QCOMPARE(outcome.trimmed(), QString::fromLatin1(RequestStatus::Ok));
    for (const QString &name : {QStringLiteral("shop-db"), QStringLiteral("shop-web")})
        QTRY_VERIFY_WITH_TIMEOUT(vmNamed(name) != 0, 30000);
}

QTEST_MAIN(tst_MainWindowVsphere)
#include "tst_mainwindow_vsphere.moc"
