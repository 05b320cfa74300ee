#include "accessibilityaudit.h"
#include "catalogues.h"
#include "lifecyclefixture.h"
#include "uifakeprovider.h"

#include "core/requests.h"
#include "core/supervisor.h"
#include "ui/lifecycle/provisionwizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <memory>

using namespace Vantage;
using namespace Vantage::Testing;

class tst_ProvisionWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void noManagerWithOperations();
    void sourceChecksWhatCanBeCloned();
    void nameAndCount_data();
    void nameAndCount();
    void hardwareLimits();
    void placementChecksHostAndPool();
    void retirementChecksDates();
    void finishSubmitsOneProvisionRequest();
    void preselectedCloneSourceAndApproval();
    void refusedSubmitKeepsTheWizardOpen();
    void everyPageIsNamed();

private:
    ProvisionWizard *open(qint64 managerId = 0, const QString &source = {});
    template <class T> T *find(const QString &name) const
    {
        T *w = m_wizard->findChild<T *>(name);
        if (!w)
            qWarning("no %s", qPrintable(name));
        return w;
    }
    QLabel *reason(const QString &name) const { return find<QLabel>(name); }
    bool nextEnabled() const { return m_wizard->button(QWizard::NextButton)->isEnabled(); }
    void goTo(ProvisionWizard::Page page);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Supervisor> m_supervisor;
    std::unique_ptr<ProvisionWizard> m_wizard;
    LifecycleInventory m_inv;
};

void tst_ProvisionWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installCatalogue(QStringLiteral("en")));
    registerUiFakeProviders();
    registerUiFakeOperationsProvider();
}

void tst_ProvisionWizard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(InventoryFixture::open(*m_dir, &error), qPrintable(error));
    m_inv = addLifecycleInventory();
    m_supervisor = std::make_unique<Supervisor>();
}

void tst_ProvisionWizard::cleanup()
{
    m_wizard.reset();
    m_supervisor.reset();
    m_dir.reset();
}

ProvisionWizard *tst_ProvisionWizard::open(qint64 managerId, const QString &source)
{
    m_wizard = std::make_unique<ProvisionWizard>(m_supervisor.get(), managerId, source);
    m_wizard->show();
    if (!QTest::qWaitForWindowExposed(m_wizard.get()))
        qWarning("wizard not exposed");
    return m_wizard.get();
}

// Fills every page validly up to the given one: the clone of web-off, named "new-{n}" × 2.
void tst_ProvisionWizard::goTo(ProvisionWizard::Page page)
{
    auto *source = find<QComboBox>(QStringLiteral("sourceVmCombo"));
    source->setCurrentIndex(source->findData(emsRefOf(QStringLiteral("vms"), m_inv.vmOff)));
    if (page == ProvisionWizard::SourcePage)
        return;
    m_wizard->next();
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("nameEdit")), QStringLiteral("new-{n}"));
    typeInto(find<QSpinBox>(QStringLiteral("countSpin")), QStringLiteral("2"));
    for (int p = ProvisionWizard::NamePage; p < page; ++p) {
        QVERIFY2(nextEnabled(), qPrintable(QStringLiteral("page %1 blocked").arg(p)));
        m_wizard->next();
    }
    QCOMPARE(m_wizard->currentId(), int(page));
}

void tst_ProvisionWizard::noManagerWithOperations()
{
    // A fresh database whose only provider cannot change its VMs.
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY(InventoryFixture::open(*m_dir, &error));
    addLifecycleInventory(QStringLiteral("uifake"), QStringLiteral("readonly"));
    open();
    QVERIFY(reason(QStringLiteral("managerReason"))->isVisible());
    QVERIFY(reason(QStringLiteral("managerReason"))->text().contains(QStringLiteral("Add a")));
    QVERIFY(!nextEnabled());
}

void tst_ProvisionWizard::sourceChecksWhatCanBeCloned()
{
    open(m_inv.managerId);
    QVERIFY(!reason(QStringLiteral("managerReason"))->isVisible());
    auto *source = find<QComboBox>(QStringLiteral("sourceVmCombo"));
    // Templates are listed first, then every VM; a running one is listed but refused.
    QCOMPARE(source->itemData(0).toString(), emsRefOf(QStringLiteral("vms"), m_inv.vmTemplate));
    source->setCurrentIndex(source->findData(emsRefOf(QStringLiteral("vms"), m_inv.vmOn)));
    QLabel *why = reason(QStringLiteral("sourceReason"));
    QVERIFY(why->isVisible());
    QVERIFY2(why->text().contains(QStringLiteral("“web-on” is not shut off")),
             qPrintable(why->text()));
    QVERIFY(!nextEnabled());
    source->setCurrentIndex(source->findData(emsRefOf(QStringLiteral("vms"), m_inv.vmOff)));
    QVERIFY(!why->isVisible());
    QVERIFY(nextEnabled());

    // Images and ISOs are told apart by name.
    clickCheckable(find<QRadioButton>(QStringLiteral("isoRadio")));
    auto *isos = find<QComboBox>(QStringLiteral("isoCombo"));
    QCOMPARE(isos->count(), 1);
    QVERIFY(isos->currentText().startsWith(QStringLiteral("install.iso")));
    QVERIFY(!source->isEnabled());
    QVERIFY(nextEnabled());
    clickCheckable(find<QRadioButton>(QStringLiteral("imageRadio")));
    QCOMPARE(find<QComboBox>(QStringLiteral("imageCombo"))->count(), 1);
    QVERIFY(nextEnabled());

    // No ISO in the pools: said so, and Next stays off.
    InventoryFixture::exec(QStringLiteral("DELETE FROM storage_volumes WHERE name LIKE '%.iso'"));
    open(m_inv.managerId);
    clickCheckable(find<QRadioButton>(QStringLiteral("isoRadio")));
    QVERIFY(reason(QStringLiteral("sourceReason"))->text().contains(QStringLiteral("No ISO")));
    QVERIFY(!nextEnabled());
}

void tst_ProvisionWizard::nameAndCount_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("reasonName");
    QTest::addColumn<QString>("reasonText");
    QTest::addColumn<QStringList>("expanded");

    QTest::newRow("empty") << QString() << 1 << "nameReason"
                           << "Enter a name." << QStringList();
    QTest::newRow("space") << "web server" << 1 << "nameReason"
                           << "contains a space" << QStringList{QStringLiteral("web server")};
    QTest::newRow("slash") << "web/1" << 1 << "nameReason"
                           << "contains “/”" << QStringList{QStringLiteral("web/1")};
    QTest::newRow("leading dash") << "-web" << 1 << "nameReason"
                                  << "start with a letter or digit"
                                  << QStringList{QStringLiteral("-web")};
    QTest::newRow("too long") << QString(64, u'a') << 1 << "nameReason"
                              << "at most 63" << QStringList{QString(64, u'a')};
    QTest::newRow("taken, other case")
        << "WEB-OFF" << 1 << "nameReason"
        << "already exists" << QStringList{QStringLiteral("WEB-OFF")};
    QTest::newRow("pattern hits a taken name") << "web-{n}" << 3 << "nameReason"
                                               << "“web-on”" << QStringList();
    QTest::newRow("count without pattern") << "db" << 3 << "countReason"
                                           << "put {n} in the name" << QStringList();
    QTest::newRow("pattern too long when expanded")
        << QString(62, u'a') + QStringLiteral("{n}") << 12 << "nameReason"
        << "at most 63" << QStringList();
    QTest::newRow("valid pattern")
        << "app-{n}" << 3 << QString() << QString()
        << QStringList{QStringLiteral("app-1"), QStringLiteral("app-2"), QStringLiteral("app-3")};
    QTest::newRow("valid single") << "app.internal_1" << 1 << QString() << QString()
                                  << QStringList{QStringLiteral("app.internal_1")};
}

void tst_ProvisionWizard::nameAndCount()
{
    QFETCH(QString, name);
    QFETCH(int, count);
    QFETCH(QString, reasonName);
    QFETCH(QString, reasonText);
    QFETCH(QStringList, expanded);

    // web-{n} × 3 would make web-1..3; web-on is taken only when the pattern makes it.
    if (name == QLatin1String("web-{n}"))
        InventoryFixture::addVm(m_inv.managerId, m_inv.hostId, QStringLiteral("web-2"));
    open(m_inv.managerId);
    goTo(ProvisionWizard::SourcePage);
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::NamePage));
    typeInto(find<QSpinBox>(QStringLiteral("countSpin")), QString::number(count));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("nameEdit")), name);
    if (name.isEmpty()) {
        // Typing and deleting leaves the field empty the way a user would.
        QTest::keyClicks(find<QLineEdit>(QStringLiteral("nameEdit")), QStringLiteral("x"));
        QTest::keyClick(find<QLineEdit>(QStringLiteral("nameEdit")), Qt::Key_Backspace);
    }

    if (reasonName.isEmpty()) {
        QVERIFY(!reason(QStringLiteral("nameReason"))->isVisible());
        QVERIFY(!reason(QStringLiteral("countReason"))->isVisible());
        QVERIFY(nextEnabled());
        QCOMPARE(m_wizard->names(), expanded);
        auto *list = find<QListWidget>(QStringLiteral("expandedNames"));
        QCOMPARE(list->count(), expanded.size());
        for (int i = 0; i < expanded.size(); ++i)
            QCOMPARE(list->item(i)->text(), expanded.at(i));
        return;
    }
    QLabel *why = reason(reasonName);
    QVERIFY(why->isVisible());
    if (name == QLatin1String("web-{n}"))
        reasonText = QStringLiteral("“web-2”");
    QVERIFY2(why->text().contains(reasonText), qPrintable(why->text()));
    QVERIFY(!nextEnabled());
}

void tst_ProvisionWizard::hardwareLimits()
{
    open(m_inv.managerId);
    goTo(ProvisionWizard::HardwarePage);
    // The clone's size is the start.
    auto *vcpus = find<QSpinBox>(QStringLiteral("vcpuSpin"));
    auto *memory = find<QSpinBox>(QStringLiteral("memorySpin"));
    auto *disk = find<QSpinBox>(QStringLiteral("diskSpin"));
    QVERIFY(nextEnabled());
    QCOMPARE(disk->value(), 0);
    QVERIFY(disk->specialValueText().contains(QStringLiteral("40.0 GiB")));

    typeInto(vcpus, QStringLiteral("65"));
    QVERIFY(reason(QStringLiteral("vcpuReason"))->text().contains(QStringLiteral("At most 64")));
    QVERIFY(!nextEnabled());
    typeInto(vcpus, QStringLiteral("4"));
    QVERIFY(!reason(QStringLiteral("vcpuReason"))->isVisible());

    typeInto(memory, QString::number(257 * 1024));
    QVERIFY(reason(QStringLiteral("memoryReason"))->text().contains(QStringLiteral("256.0 GiB")));
    QVERIFY(!nextEnabled());
    typeInto(memory, QStringLiteral("4096"));
    QVERIFY(!reason(QStringLiteral("memoryReason"))->isVisible());

    // A disk is never shrunk below the clone source's.
    typeInto(disk, QStringLiteral("10"));
    QVERIFY(reason(QStringLiteral("diskReason"))->text().contains(QStringLiteral("never shrunk")));
    QVERIFY(!nextEnabled());
    typeInto(disk, QStringLiteral("50"));
    QVERIFY(nextEnabled());

    // An ISO install needs a blank disk size.
    m_wizard->back();
    m_wizard->back();
    clickCheckable(find<QRadioButton>(QStringLiteral("isoRadio")));
    m_wizard->next();
    m_wizard->next();
    QCOMPARE(disk->value(), 20);
    typeInto(disk, QStringLiteral("0"));
    QVERIFY(reason(QStringLiteral("diskReason"))->text().contains(QStringLiteral("blank disk")));
    QVERIFY(!nextEnabled());
}

void tst_ProvisionWizard::placementChecksHostAndPool()
{
    // A small second host, an inactive pool and a nearly full one.
    const qint64 small = InventoryFixture::addHost(m_inv.managerId, 0, QStringLiteral("small"));
    InventoryFixture::exec(
        QStringLiteral("UPDATE hosts SET cpu_threads = 2, memory_bytes = ? WHERE id = ?"),
        {qint64(2) << 30, small});
    const qint64 full = InventoryFixture::addStorage(m_inv.managerId, QStringLiteral("full"));
    InventoryFixture::exec(QStringLiteral("UPDATE storages SET available_bytes = ? WHERE id = ?"),
                           {qint64(50) << 30, full});
    const qint64 off = InventoryFixture::addStorage(m_inv.managerId, QStringLiteral("off"));
    InventoryFixture::exec(QStringLiteral("UPDATE storages SET active = 0 WHERE id = ?"), {off});

    open(m_inv.managerId);
    goTo(ProvisionWizard::HardwarePage);
    typeInto(find<QSpinBox>(QStringLiteral("vcpuSpin")), QStringLiteral("4"));
    typeInto(find<QSpinBox>(QStringLiteral("memorySpin")), QStringLiteral("1024"));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::PlacementPage));
    auto *host = find<QComboBox>(QStringLiteral("hostCombo"));
    auto *pool = find<QComboBox>(QStringLiteral("poolCombo"));
    // The clone goes to its source's host by default.
    QCOMPARE(host->currentData().toString(), emsRefOf(QStringLiteral("hosts"), m_inv.hostId));
    pool->setCurrentIndex(pool->findData(emsRefOf(QStringLiteral("storages"), m_inv.storageId)));
    QVERIFY(nextEnabled());

    host->setCurrentIndex(host->findData(emsRefOf(QStringLiteral("hosts"), small)));
    QVERIFY2(reason(QStringLiteral("hostReason"))->text().contains(QStringLiteral("2 CPU thread")),
             qPrintable(reason(QStringLiteral("hostReason"))->text()));
    QVERIFY(!nextEnabled());
    host->setCurrentIndex(host->findData(emsRefOf(QStringLiteral("hosts"), m_inv.hostId)));

    // Two clones of a 40 GiB disk need 80 GiB.
    pool->setCurrentIndex(pool->findData(emsRefOf(QStringLiteral("storages"), full)));
    QVERIFY2(reason(QStringLiteral("poolReason"))->text().contains(QStringLiteral("80.0 GiB")),
             qPrintable(reason(QStringLiteral("poolReason"))->text()));
    QVERIFY(!nextEnabled());
    pool->setCurrentIndex(pool->findData(emsRefOf(QStringLiteral("storages"), off)));
    QVERIFY(reason(QStringLiteral("poolReason"))->text().contains(QStringLiteral("inactive")));
    QVERIFY(!nextEnabled());
    pool->setCurrentIndex(pool->findData(emsRefOf(QStringLiteral("storages"), m_inv.storageId)));
    QVERIFY(nextEnabled());
    auto *network = find<QComboBox>(QStringLiteral("networkCombo"));
    QCOMPARE(network->currentText(), QStringLiteral("default"));
}

void tst_ProvisionWizard::retirementChecksDates()
{
    open(m_inv.managerId);
    goTo(ProvisionWizard::RetirementPage);
    QVERIFY(nextEnabled());
    QCOMPARE(find<QSpinBox>(QStringLiteral("warnDaysSpin"))->value(), 7);
    QVERIFY(!find<QSpinBox>(QStringLiteral("warnDaysSpin"))->isEnabled());

    clickCheckable(find<QRadioButton>(QStringLiteral("retireOnDateRadio")));
    auto *date = find<QDateEdit>(QStringLiteral("retireDateEdit"));
    for (const int days : {0, -3}) {
        date->setDate(QDate::currentDate().addDays(days));
        QVERIFY(
            reason(QStringLiteral("retireReason"))->text().contains(QStringLiteral("after today")));
        QVERIFY(!nextEnabled());
    }
    QVERIFY(!nextEnabled());
    // Five days ahead is sooner than the seven days of warning.
    date->setDate(QDate::currentDate().addDays(5));
    QVERIFY(reason(QStringLiteral("retireReason"))->text().contains(QStringLiteral("at most 4")));
    QVERIFY(!nextEnabled());
    date->setDate(QDate::currentDate().addDays(10));
    QVERIFY(nextEnabled());

    clickCheckable(find<QRadioButton>(QStringLiteral("retireInDaysRadio")));
    typeInto(find<QSpinBox>(QStringLiteral("retireDaysSpin")), QStringLiteral("3"));
    QVERIFY2(reason(QStringLiteral("retireReason"))->text().contains(QStringLiteral("at most 2")),
             qPrintable(reason(QStringLiteral("retireReason"))->text()));
    QVERIFY(!nextEnabled());
    typeInto(find<QSpinBox>(QStringLiteral("warnDaysSpin")), QStringLiteral("1"));
    QVERIFY(nextEnabled());
    QVERIFY(m_wizard->retiresAtMs() > nowMs());
}

void tst_ProvisionWizard::finishSubmitsOneProvisionRequest()
{
    QSignalSpy submitted(m_supervisor.get(), &Supervisor::requestSubmitted);
    open(m_inv.managerId);
    goTo(ProvisionWizard::RetirementPage);
    clickCheckable(find<QRadioButton>(QStringLiteral("retireInDaysRadio")));
    typeInto(find<QSpinBox>(QStringLiteral("retireDaysSpin")), QStringLiteral("30"));
    m_wizard->next();
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::SummaryPage));
    const QString summary = find<QTextBrowser>(QStringLiteral("summaryText"))->toPlainText();
    QVERIFY2(summary.contains(QStringLiteral("new-1, new-2")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("Clone of web-off")));
    clickCheckable(find<QCheckBox>(QStringLiteral("startCheck")));
    QVERIFY(m_wizard->button(QWizard::FinishButton)->isEnabled());
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);

    QCOMPARE(submitted.count(), 1);
    QVERIFY(m_wizard->requestId() > 0);
    const auto request = RequestStore::request(m_wizard->requestId());
    QVERIFY(request);
    QCOMPARE(request->type, QString::fromLatin1(RequestType::Provision));
    QCOMPARE(request->managerId, m_inv.managerId);
    QCOMPARE(request->state, QString::fromLatin1(RequestState::Queued));
    const QList<TaskRecord> tasks = RequestStore::tasks(request->id);
    QCOMPARE(tasks.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const ProvisionSpec spec = provisionSpecFromJson(tasks.at(i).spec);
        QCOMPARE(spec.name, QStringLiteral("new-%1").arg(i + 1));
        QCOMPARE(spec.sourceVmRef, emsRefOf(QStringLiteral("vms"), m_inv.vmOff));
        QCOMPARE(spec.hostRef, emsRefOf(QStringLiteral("hosts"), m_inv.hostId));
        QCOMPARE(spec.storageRef, emsRefOf(QStringLiteral("storages"), m_inv.storageId));
        QCOMPARE(spec.networkRef, emsRefOf(QStringLiteral("networks"), m_inv.networkId));
        QVERIFY(spec.start);
        QVERIFY(tasks.at(i).spec.value(QStringLiteral("retires_at")).toDouble() > nowMs());
        QCOMPARE(tasks.at(i).spec.value(QStringLiteral("warn_days")).toInt(), 7);
    }
}

void tst_ProvisionWizard::preselectedCloneSourceAndApproval()
{
    m_supervisor->setApprovalRequired(true);
    open(m_inv.managerId, emsRefOf(QStringLiteral("vms"), m_inv.vmTemplate));
    QCOMPARE(find<QComboBox>(QStringLiteral("sourceVmCombo"))->currentData().toString(),
             emsRefOf(QStringLiteral("vms"), m_inv.vmTemplate));
    m_wizard->next();
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("nameEdit")), QStringLiteral("from-golden"));
    while (m_wizard->currentId() != ProvisionWizard::SummaryPage) {
        QVERIFY(nextEnabled());
        m_wizard->next();
    }
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    const auto request = RequestStore::request(m_wizard->requestId());
    QVERIFY(request);
    QCOMPARE(request->state, QString::fromLatin1(RequestState::Pending));
    QCOMPARE(request->approvalState, QString::fromLatin1(ApprovalState::PendingApproval));
    QCOMPARE(RequestStore::tasks(request->id).size(), 1);
}

// The manager went away while the wizard was open: the store refuses the request, the error says
// so, and the wizard stays open with everything the user entered.
void tst_ProvisionWizard::refusedSubmitKeepsTheWizardOpen()
{
    open(m_inv.managerId);
    goTo(ProvisionWizard::RetirementPage);
    m_wizard->next();
    QVERIFY(InventoryFixture::exec(QStringLiteral("DELETE FROM managers WHERE id = ?"),
                                   {m_inv.managerId}));
    QString text;
    QStringList unnamed;
    onNextModal<QMessageBox>([&](QMessageBox *box) {
        text = box->text();
        unnamed = unnamedControls(box);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("submitErrorOkButton")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(m_wizard->button(QWizard::FinishButton), Qt::LeftButton);
    QVERIFY2(text.contains(QStringLiteral("could not be stored")), qPrintable(text));
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    QVERIFY(m_wizard->isVisible());
    QCOMPARE(m_wizard->requestId(), 0);
    QCOMPARE(m_wizard->currentId(), int(ProvisionWizard::SummaryPage));
    QCOMPARE(m_wizard->names(), (QStringList{QStringLiteral("new-1"), QStringLiteral("new-2")}));
    QVERIFY(RequestStore::requests().isEmpty());
}

void tst_ProvisionWizard::everyPageIsNamed()
{
    open(m_inv.managerId);
    const QString shots = qEnvironmentVariable("VANTAGE_SHOTS");
    if (!shots.isEmpty()) {
        auto *source = find<QComboBox>(QStringLiteral("sourceVmCombo"));
        source->setCurrentIndex(source->findData(emsRefOf(QStringLiteral("vms"), m_inv.vmOn)));
        QTest::qWait(100);
        m_wizard->grab().save(shots + QStringLiteral("/provisionwizard-source.png"));
    }
    goTo(ProvisionWizard::SourcePage);
    for (int page = ProvisionWizard::SourcePage; page <= ProvisionWizard::SummaryPage; ++page) {
        const QStringList problems = unnamedControls(m_wizard.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        if (page == ProvisionWizard::SourcePage)
            goTo(ProvisionWizard::NamePage);
        else if (page < ProvisionWizard::SummaryPage)
            m_wizard->next();
    }
    if (!shots.isEmpty()) {
        m_wizard->back();
        m_wizard->back();
        m_wizard->back();
        m_wizard->back();
        QTest::qWait(100);
        m_wizard->grab().save(shots + QStringLiteral("/provisionwizard-name.png"));
        m_wizard->next();
        m_wizard->next();
        m_wizard->next();
        m_wizard->next();
        QTest::qWait(100);
        m_wizard->grab().save(shots + QStringLiteral("/provisionwizard-summary.png"));
    }
}

QTEST_MAIN(tst_ProvisionWizard)
#include "tst_provisionwizard.moc"
