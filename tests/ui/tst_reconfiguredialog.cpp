#include "accessibilityaudit.h"
#include "catalogues.h"
#include "lifecyclefixture.h"
#include "uifakeprovider.h"

#include "core/requests.h"
#include "core/supervisor.h"
#include "ui/lifecycle/reconfiguredialog.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Vantage;
using namespace Vantage::Testing;

class tst_ReconfigureDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void nothingChangedMeansNoSubmit();
    void cpuAndMemoryLimits();
    void liveMemoryStopsAtTheVmMaximum();
    void diskSpaceIsChecked();
    void submitsOneReconfigureRequest();
    void goneVm();
    void everyControlIsNamed();

private:
    ReconfigureDialog *open(qint64 vmId);
    template <class T> T *find(const QString &name) const { return m_dialog->findChild<T *>(name); }
    QString reason(const QString &name) const
    {
        auto *label = find<QLabel>(name);
        return label && label->isVisible() ? label->text() : QString();
    }
    bool submitEnabled() const
    {
        return find<QPushButton>(QStringLiteral("submitButton"))->isEnabled();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Supervisor> m_supervisor;
    std::unique_ptr<ReconfigureDialog> m_dialog;
    LifecycleInventory m_inv;
};

void tst_ReconfigureDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installCatalogue(QStringLiteral("en")));
    registerUiFakeOperationsProvider();
}

void tst_ReconfigureDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(InventoryFixture::open(*m_dir, &error), qPrintable(error));
    m_inv = addLifecycleInventory();
    m_supervisor = std::make_unique<Supervisor>();
}

void tst_ReconfigureDialog::cleanup()
{
    m_dialog.reset();
    m_supervisor.reset();
    m_dir.reset();
}

ReconfigureDialog *tst_ReconfigureDialog::open(qint64 vmId)
{
    m_dialog = std::make_unique<ReconfigureDialog>(m_supervisor.get(), vmId);
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog.get()))
        qWarning("dialog not exposed");
    return m_dialog.get();
}

void tst_ReconfigureDialog::nothingChangedMeansNoSubmit()
{
    open(m_inv.vmOff);
    QVERIFY(!submitEnabled());
    QVERIFY(reason(QStringLiteral("changeReason")).contains(QStringLiteral("Change something")));
    // A shut-off VM changes at its next boot only.
    QVERIFY(!find<QRadioButton>(QStringLiteral("liveRadio"))->isEnabled());
    QVERIFY(find<QRadioButton>(QStringLiteral("nextBootRadio"))->isChecked());
    QCOMPARE(find<QListWidget>(QStringLiteral("disksList"))->count(), 1);
    QCOMPARE(find<QListWidget>(QStringLiteral("nicsList"))->count(), 1);
}

void tst_ReconfigureDialog::cpuAndMemoryLimits()
{
    open(m_inv.vmOff);
    auto *vcpus = find<QSpinBox>(QStringLiteral("vcpuSpin"));
    typeInto(vcpus, QStringLiteral("65"));
    QVERIFY2(reason(QStringLiteral("vcpuReason")).contains(QStringLiteral("At most 64")),
             qPrintable(reason(QStringLiteral("vcpuReason"))));
    QVERIFY(!submitEnabled());
    typeInto(vcpus, QStringLiteral("8"));
    QVERIFY(reason(QStringLiteral("vcpuReason")).isEmpty());
    QVERIFY(submitEnabled());

    auto *memory = find<QSpinBox>(QStringLiteral("memorySpin"));
    typeInto(memory, QString::number(300 * 1024));
    QVERIFY(reason(QStringLiteral("memoryReason")).contains(QStringLiteral("256.0 GiB")));
    QVERIFY(!submitEnabled());
    typeInto(memory, QStringLiteral("8192"));
    QVERIFY(submitEnabled());
}

void tst_ReconfigureDialog::liveMemoryStopsAtTheVmMaximum()
{
    // The fixture's VMs may grow to 16 GiB.
    open(m_inv.vmOn);
    QVERIFY(find<QRadioButton>(QStringLiteral("liveRadio"))->isChecked());
    typeInto(find<QSpinBox>(QStringLiteral("memorySpin")), QString::number(20 * 1024));
    QVERIFY2(reason(QStringLiteral("memoryReason")).contains(QStringLiteral("16.0 GiB")),
             qPrintable(reason(QStringLiteral("memoryReason"))));
    QVERIFY(!submitEnabled());
    // At next boot the maximum grows with it.
    clickCheckable(find<QRadioButton>(QStringLiteral("nextBootRadio")));
    QVERIFY(reason(QStringLiteral("memoryReason")).isEmpty());
    QVERIFY(submitEnabled());
    QVERIFY(!m_dialog->spec().live);
}

void tst_ReconfigureDialog::diskSpaceIsChecked()
{
    InventoryFixture::exec(QStringLiteral("UPDATE storages SET available_bytes = ?"),
                           {qint64(30) << 30});
    open(m_inv.vmOff);
    typeInto(find<QSpinBox>(QStringLiteral("diskSizeSpin")), QStringLiteral("20"));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("addDiskButton")), Qt::LeftButton);
    QVERIFY(reason(QStringLiteral("diskReason")).isEmpty());
    QVERIFY(submitEnabled());
    QTest::mouseClick(find<QPushButton>(QStringLiteral("addDiskButton")), Qt::LeftButton);
    QVERIFY2(reason(QStringLiteral("diskReason")).contains(QStringLiteral("40.0 GiB")),
             qPrintable(reason(QStringLiteral("diskReason"))));
    QVERIFY(!submitEnabled());
    // Unchecking a new disk drops it.
    auto *disks = find<QListWidget>(QStringLiteral("disksList"));
    QCOMPARE(disks->count(), 3);
    disks->item(2)->setCheckState(Qt::Unchecked);
    QVERIFY(reason(QStringLiteral("diskReason")).isEmpty());
    QCOMPARE(m_dialog->spec().addDisks.size(), 1);
}

void tst_ReconfigureDialog::submitsOneReconfigureRequest()
{
    QSignalSpy submitted(m_supervisor.get(), &Supervisor::requestSubmitted);
    open(m_inv.vmOff);
    typeInto(find<QSpinBox>(QStringLiteral("vcpuSpin")), QStringLiteral("6"));
    find<QListWidget>(QStringLiteral("disksList"))->item(0)->setCheckState(Qt::Unchecked);
    find<QListWidget>(QStringLiteral("nicsList"))->item(0)->setCheckState(Qt::Unchecked);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("addNicButton")), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("submitButton")), Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);
    QVERIFY(m_dialog->requestId() > 0);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    const QList<TaskRecord> tasks = RequestStore::tasks(m_dialog->requestId());
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks.first().spec.value(QLatin1String(TaskKey::VmRef)).toString(),
             emsRefOf(QStringLiteral("vms"), m_inv.vmOff));
    const ReconfigureSpec spec = reconfigureSpecFromJson(tasks.first().spec);
    QCOMPARE(spec.vcpus, 6);
    QCOMPARE(spec.memoryBytes, 0);
    QCOMPARE(spec.removeDiskRefs.size(), 1);
    QCOMPARE(spec.removeNicRefs.size(), 1);
    QCOMPARE(spec.addNics.size(), 1);
    QCOMPARE(spec.addNics.first().networkRef,
             emsRefOf(QStringLiteral("networks"), m_inv.networkId));
    QVERIFY(!spec.live);
}

void tst_ReconfigureDialog::goneVm()
{
    open(987654);
    QVERIFY(reason(QStringLiteral("changeReason")).contains(QStringLiteral("no longer")));
    typeInto(find<QSpinBox>(QStringLiteral("vcpuSpin")), QStringLiteral("3"));
    QVERIFY(!submitEnabled());
}

void tst_ReconfigureDialog::everyControlIsNamed()
{
    open(m_inv.vmOn);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("addDiskButton")), Qt::LeftButton);
    const QStringList problems = unnamedControls(m_dialog.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const QString shots = qEnvironmentVariable("VANTAGE_SHOTS");
    if (!shots.isEmpty()) {
        typeInto(find<QSpinBox>(QStringLiteral("memorySpin")), QString::number(20 * 1024));
        QTest::qWait(100);
        m_dialog->grab().save(shots + QStringLiteral("/reconfiguredialog.png"));
    }
}

QTEST_MAIN(tst_ReconfigureDialog)
#include "tst_reconfiguredialog.moc"
