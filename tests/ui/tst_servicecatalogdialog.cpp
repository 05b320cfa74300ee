#include "accessibilityaudit.h"
#include "catalogues.h"
#include "lifecyclefixture.h"
#include "uifakeprovider.h"

#include "core/requests.h"
#include "core/supervisor.h"
#include "ui/lifecycle/servicecatalogdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Vantage;
using namespace Vantage::Testing;

class tst_ServiceCatalogDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void itemFieldsAreChecked();
    void saveAndOrderWithDependencies();
    void templateNameMustBeUnique();
    void removeAsksFirst();
    void everyControlIsNamed();

private:
    ServiceCatalogDialog *open();
    template <class T> T *find(const QString &name) const { return m_dialog->findChild<T *>(name); }
    QString reason(const QString &name) const
    {
        auto *label = find<QLabel>(name);
        return label->isVisible() ? label->text() : QString();
    }
    QPushButton *button(const QString &name) const { return find<QPushButton>(name); }
    void typeItem(const QString &name, const QString &source);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Supervisor> m_supervisor;
    std::unique_ptr<ServiceCatalogDialog> m_dialog;
    LifecycleInventory m_inv;
};

void tst_ServiceCatalogDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installCatalogue(QStringLiteral("en")));
    registerUiFakeOperationsProvider();
}

void tst_ServiceCatalogDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(InventoryFixture::open(*m_dir, &error), qPrintable(error));
    m_inv = addLifecycleInventory();
    m_supervisor = std::make_unique<Supervisor>();
}

void tst_ServiceCatalogDialog::cleanup()
{
    m_dialog.reset();
    m_supervisor.reset();
    m_dir.reset();
}

ServiceCatalogDialog *tst_ServiceCatalogDialog::open()
{
    m_dialog = std::make_unique<ServiceCatalogDialog>(m_supervisor.get());
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog.get()))
        qWarning("dialog not exposed");
    return m_dialog.get();
}

void tst_ServiceCatalogDialog::typeItem(const QString &name, const QString &source)
{
    auto *edit = find<QLineEdit>(QStringLiteral("itemNameEdit"));
    edit->clear();
    QTest::keyClicks(edit, name);
    auto *sources = find<QComboBox>(QStringLiteral("itemSourceCombo"));
    sources->setCurrentIndex(sources->findData(source));
}

void tst_ServiceCatalogDialog::itemFieldsAreChecked()
{
    open();
    const QString golden = emsRefOf(QStringLiteral("vms"), m_inv.vmTemplate);
    // Only shut-off VMs and templates can be cloned.
    auto *sources = find<QComboBox>(QStringLiteral("itemSourceCombo"));
    QCOMPARE(sources->count(), 2);
    QVERIFY(sources->findData(emsRefOf(QStringLiteral("vms"), m_inv.vmOn)) < 0);

    typeItem(QStringLiteral("db server"), golden);
    QVERIFY2(reason(QStringLiteral("itemReason")).contains(QStringLiteral("a space")),
             qPrintable(reason(QStringLiteral("itemReason"))));
    QVERIFY(!button(QStringLiteral("addItemButton"))->isEnabled());
    typeItem(QStringLiteral("web-off"), golden);
    QVERIFY(reason(QStringLiteral("itemReason")).contains(QStringLiteral("already exists")));
    typeItem(QStringLiteral("db"), golden);
    QVERIFY(reason(QStringLiteral("itemReason")).isEmpty());
    typeInto(find<QSpinBox>(QStringLiteral("itemVcpuSpin")), QStringLiteral("65"));
    QVERIFY(reason(QStringLiteral("itemReason")).contains(QStringLiteral("At most 64")));
    QVERIFY(!button(QStringLiteral("addItemButton"))->isEnabled());
    typeInto(find<QSpinBox>(QStringLiteral("itemVcpuSpin")), QStringLiteral("2"));
    typeInto(find<QSpinBox>(QStringLiteral("itemMemorySpin")), QString::number(300 * 1024));
    QVERIFY(reason(QStringLiteral("itemReason")).contains(QStringLiteral("256.0 GiB")));
    typeInto(find<QSpinBox>(QStringLiteral("itemMemorySpin")), QStringLiteral("2048"));
    QVERIFY(button(QStringLiteral("addItemButton"))->isEnabled());
    QTest::mouseClick(button(QStringLiteral("addItemButton")), Qt::LeftButton);
    // A second item of the same name is refused.
    typeItem(QStringLiteral("DB"), golden);
    find<QTableWidget>(QStringLiteral("itemsTable"))->setCurrentCell(-1, -1);
    typeItem(QStringLiteral("DB"), golden);
    QVERIFY2(reason(QStringLiteral("itemReason")).contains(QStringLiteral("Another item")),
             qPrintable(reason(QStringLiteral("itemReason"))));
}

void tst_ServiceCatalogDialog::saveAndOrderWithDependencies()
{
    open();
    const QString golden = emsRefOf(QStringLiteral("vms"), m_inv.vmTemplate);
    const QString webOff = emsRefOf(QStringLiteral("vms"), m_inv.vmOff);
    QVERIFY(!button(QStringLiteral("saveTemplateButton"))->isEnabled());
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("templateNameEdit")), QStringLiteral("Shop"));
    QVERIFY(reason(QStringLiteral("templateReason")).contains(QStringLiteral("at least one item")));
    QVERIFY(!button(QStringLiteral("saveTemplateButton"))->isEnabled());

    typeItem(QStringLiteral("shop-db"), golden);
    QTest::mouseClick(button(QStringLiteral("addItemButton")), Qt::LeftButton);
    auto *table = find<QTableWidget>(QStringLiteral("itemsTable"));
    table->setCurrentCell(-1, -1);
    typeItem(QStringLiteral("shop-web"), webOff);
    auto *depends = find<QListWidget>(QStringLiteral("itemDependsList"));
    QCOMPARE(depends->count(), 1);
    depends->item(0)->setCheckState(Qt::Checked);
    QTest::mouseClick(button(QStringLiteral("addItemButton")), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, 4)->text(), QStringLiteral("shop-db"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("web-off"));

    QVERIFY(!button(QStringLiteral("orderButton"))->isEnabled());
    QVERIFY(button(QStringLiteral("saveTemplateButton"))->isEnabled());
    QTest::mouseClick(button(QStringLiteral("saveTemplateButton")), Qt::LeftButton);
    const QList<ServiceTemplate> templates = ServiceTemplateStore::templates();
    QCOMPARE(templates.size(), 1);
    QCOMPARE(templates.first().items.size(), 2);
    QCOMPARE(templates.first().items.at(1).dependsOn, QList<int>{0});
    QCOMPARE(find<QListWidget>(QStringLiteral("templateList"))->count(), 1);

    QSignalSpy ordered(m_dialog.get(), &ServiceCatalogDialog::ordered);
    QVERIFY(button(QStringLiteral("orderButton"))->isEnabled());
    QTest::mouseClick(button(QStringLiteral("orderButton")), Qt::LeftButton);
    QCOMPARE(ordered.count(), 1);
    const qint64 requestId = ordered.first().at(0).toLongLong();
    const auto request = RequestStore::request(requestId);
    QVERIFY(request);
    QCOMPARE(request->type, QString::fromLatin1(RequestType::Service));
    const QList<TaskRecord> tasks = RequestStore::tasks(requestId);
    QCOMPARE(tasks.size(), 2);
    QCOMPARE(tasks.at(1).dependsOn, QList<int>{0});
    QCOMPARE(provisionSpecFromJson(tasks.at(0).spec).sourceVmRef, golden);
    QCOMPARE(provisionSpecFromJson(tasks.at(0).spec).name, QStringLiteral("shop-db"));

    // Removing the first item renumbers the dependency away, and Order waits for Save.
    table->setCurrentCell(0, 0);
    QTest::mouseClick(button(QStringLiteral("removeItemButton")), Qt::LeftButton);
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(m_dialog->editedTemplate().items.first().dependsOn.isEmpty());
    QVERIFY(!button(QStringLiteral("orderButton"))->isEnabled());
}

void tst_ServiceCatalogDialog::templateNameMustBeUnique()
{
    ServiceTemplate existing;
    existing.name = QStringLiteral("Shop");
    existing.managerId = m_inv.managerId;
    ProvisionSpec spec;
    spec.name = QStringLiteral("one");
    spec.sourceVmRef = emsRefOf(QStringLiteral("vms"), m_inv.vmTemplate);
    existing.items.append({QStringLiteral("one"), provisionSpecToJson(spec), {}});
    QString error;
    QVERIFY2(ServiceTemplateStore::save(existing, &error) > 0, qPrintable(error));
    open();
    QCOMPARE(find<QLineEdit>(QStringLiteral("templateNameEdit"))->text(), QStringLiteral("Shop"));
    QTest::mouseClick(button(QStringLiteral("newTemplateButton")), Qt::LeftButton);
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("templateNameEdit")), QStringLiteral("shop"));
    typeItem(QStringLiteral("two"), emsRefOf(QStringLiteral("vms"), m_inv.vmTemplate));
    QTest::mouseClick(button(QStringLiteral("addItemButton")), Qt::LeftButton);
    QVERIFY2(reason(QStringLiteral("templateReason")).contains(QStringLiteral("already exists")),
             qPrintable(reason(QStringLiteral("templateReason"))));
    QVERIFY(!button(QStringLiteral("saveTemplateButton"))->isEnabled());
}

void tst_ServiceCatalogDialog::removeAsksFirst()
{
    ServiceTemplate existing;
    existing.name = QStringLiteral("Old");
    existing.managerId = m_inv.managerId;
    ProvisionSpec spec;
    spec.name = QStringLiteral("one");
    spec.sourceVmRef = emsRefOf(QStringLiteral("vms"), m_inv.vmTemplate);
    existing.items.append({QStringLiteral("one"), provisionSpecToJson(spec), {}});
    QString error;
    QVERIFY(ServiceTemplateStore::save(existing, &error) > 0);
    open();
    QStringList unnamed;
    onNextModal<QMessageBox>([&](QMessageBox *box) {
        unnamed = unnamedControls(box);
        QTest::mouseClick(
            box->findChild<QPushButton *>(QStringLiteral("cancelRemoveTemplateButton")),
            Qt::LeftButton);
    });
    QTest::mouseClick(button(QStringLiteral("removeTemplateButton")), Qt::LeftButton);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    QCOMPARE(ServiceTemplateStore::templates().size(), 1);
    onNextModal<QMessageBox>([](QMessageBox *box) {
        QTest::mouseClick(
            box->findChild<QPushButton *>(QStringLiteral("confirmRemoveTemplateButton")),
            Qt::LeftButton);
    });
    QTest::mouseClick(button(QStringLiteral("removeTemplateButton")), Qt::LeftButton);
    QVERIFY(ServiceTemplateStore::templates().isEmpty());
    QCOMPARE(find<QListWidget>(QStringLiteral("templateList"))->count(), 0);
}

void tst_ServiceCatalogDialog::everyControlIsNamed()
{
    open();
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("templateNameEdit")), QStringLiteral("Shop"));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("templateDescriptionEdit")),
                     QStringLiteral("A database and its web front end"));
    typeItem(QStringLiteral("shop-db"), emsRefOf(QStringLiteral("vms"), m_inv.vmTemplate));
    QTest::mouseClick(button(QStringLiteral("addItemButton")), Qt::LeftButton);
    find<QTableWidget>(QStringLiteral("itemsTable"))->setCurrentCell(-1, -1);
    typeItem(QStringLiteral("shop-web"), emsRefOf(QStringLiteral("vms"), m_inv.vmOff));
    find<QListWidget>(QStringLiteral("itemDependsList"))->item(0)->setCheckState(Qt::Checked);
    QTest::mouseClick(button(QStringLiteral("addItemButton")), Qt::LeftButton);
    const QStringList problems = unnamedControls(m_dialog.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const QString shots = qEnvironmentVariable("VANTAGE_SHOTS");
    if (!shots.isEmpty()) {
        QTest::mouseClick(button(QStringLiteral("saveTemplateButton")), Qt::LeftButton);
        QTest::qWait(100);
        m_dialog->grab().save(shots + QStringLiteral("/servicecatalog.png"));
    }
}

QTEST_MAIN(tst_ServiceCatalogDialog)
#include "tst_servicecatalogdialog.moc"
