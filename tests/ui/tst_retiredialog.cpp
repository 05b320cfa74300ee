#include "accessibilityaudit.h"
#include "catalogues.h"
#include "lifecyclefixture.h"
#include "uifakeprovider.h"

#include "core/requests.h"
#include "core/supervisor.h"
#include "ui/lifecycle/retiredialog.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Vantage;
using namespace Vantage::Testing;

class tst_RetireDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void warnDaysDefaultFromSettings();
    void invalidDates();
    void scheduleInDays();
    void existingScheduleShownAndCleared();
    void retireNowAsksThenSubmits();
    void retireNowDeclined();
    void everyControlIsNamed();

private:
    RetireDialog *open(const QList<qint64> &vmIds);
    template <class T> T *find(const QString &name) const { return m_dialog->findChild<T *>(name); }
    QString reason() const
    {
        auto *label = find<QLabel>(QStringLiteral("retireReason"));
        return label->isVisible() ? label->text() : QString();
    }
    QPushButton *okButton() const { return find<QPushButton>(QStringLiteral("retireButton")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Supervisor> m_supervisor;
    std::unique_ptr<RetireDialog> m_dialog;
    LifecycleInventory m_inv;
};

void tst_RetireDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installCatalogue(QStringLiteral("en")));
    registerUiFakeOperationsProvider();
}

void tst_RetireDialog::init()
{
    QSettings(QStringLiteral("vantage"), QStringLiteral("vantage")).clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    QVERIFY2(InventoryFixture::open(*m_dir, &error), qPrintable(error));
    m_inv = addLifecycleInventory();
    m_supervisor = std::make_unique<Supervisor>();
}

void tst_RetireDialog::cleanup()
{
    m_dialog.reset();
    m_supervisor.reset();
    m_dir.reset();
}

RetireDialog *tst_RetireDialog::open(const QList<qint64> &vmIds)
{
    QList<RetireDialog::Vm> vms;
    QSqlQuery q(Database::connection());
    for (qint64 id : vmIds) {
        q.prepare(QStringLiteral("SELECT manager_id, ems_ref, name FROM vms WHERE id = ?"));
        q.addBindValue(id);
        if (q.exec() && q.next())
            vms.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    }
    m_dialog = std::make_unique<RetireDialog>(m_supervisor.get(), vms);
    m_dialog->show();
    if (!QTest::qWaitForWindowExposed(m_dialog.get()))
        qWarning("dialog not exposed");
    return m_dialog.get();
}

void tst_RetireDialog::warnDaysDefaultFromSettings()
{
    open({m_inv.vmOn});
    QCOMPARE(find<QSpinBox>(QStringLiteral("warnDaysSpin"))->value(), 7);
    QSettings(QStringLiteral("vantage"), QStringLiteral("vantage"))
        .setValue(QStringLiteral("retirement/warn_days"), 3);
    open({m_inv.vmOn});
    QCOMPARE(find<QSpinBox>(QStringLiteral("warnDaysSpin"))->value(), 3);
    // A malformed setting falls back to 7.
    QSettings(QStringLiteral("vantage"), QStringLiteral("vantage"))
        .setValue(QStringLiteral("retirement/warn_days"), QStringLiteral("soon"));
    open({m_inv.vmOn});
    QCOMPARE(find<QSpinBox>(QStringLiteral("warnDaysSpin"))->value(), 7);
}

void tst_RetireDialog::invalidDates()
{
    open({m_inv.vmOn});
    QVERIFY(find<QRadioButton>(QStringLiteral("retireInDaysRadio"))->isChecked());
    QVERIFY(okButton()->isEnabled());
    typeInto(find<QSpinBox>(QStringLiteral("retireDaysSpin")), QStringLiteral("0"));
    QVERIFY(reason().contains(QStringLiteral("at least one day")));
    QVERIFY(!okButton()->isEnabled());
    typeInto(find<QSpinBox>(QStringLiteral("retireDaysSpin")), QStringLiteral("5"));
    QVERIFY2(reason().contains(QStringLiteral("at most 4")), qPrintable(reason()));
    QVERIFY(!okButton()->isEnabled());

    clickCheckable(find<QRadioButton>(QStringLiteral("retireOnDateRadio")));
    auto *date = find<QDateEdit>(QStringLiteral("retireDateEdit"));
    date->setDate(QDate::currentDate().addDays(-1));
    QVERIFY(reason().contains(QStringLiteral("after today")));
    QVERIFY(!okButton()->isEnabled());
    date->setDate(QDate::currentDate().addDays(60));
    QVERIFY(reason().isEmpty());
    QVERIFY(okButton()->isEnabled());
    QCOMPARE(okButton()->text(), QStringLiteral("&Schedule"));
}

void tst_RetireDialog::scheduleInDays()
{
    open({m_inv.vmOn, m_inv.vmOff});
    typeInto(find<QSpinBox>(QStringLiteral("retireDaysSpin")), QStringLiteral("20"));
    typeInto(find<QSpinBox>(QStringLiteral("warnDaysSpin")), QStringLiteral("2"));
    clickCheckable(find<QCheckBox>(QStringLiteral("deleteStorageCheck")));
    QSignalSpy changed(m_dialog.get(), &RetireDialog::retirementChanged);
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    for (qint64 id : {m_inv.vmOn, m_inv.vmOff}) {
        const auto r =
            RetirementStore::retirement(m_inv.managerId, emsRefOf(QStringLiteral("vms"), id));
        QVERIFY(r);
        QCOMPARE(r->warnDays, 2);
        QVERIFY(r->deleteStorage);
        QCOMPARE(r->state, QStringLiteral("scheduled"));
        QVERIFY(r->retiresAtMs > nowMs() + qint64(19) * 24 * 3600 * 1000);
    }
    QVERIFY(RequestStore::requests().isEmpty());
}

void tst_RetireDialog::existingScheduleShownAndCleared()
{
    QString error;
    const qint64 at = QDate::currentDate().addDays(40).startOfDay().toMSecsSinceEpoch();
    QVERIFY2(RetirementStore::schedule(m_inv.managerId, emsRefOf(QStringLiteral("vms"), m_inv.vmOn),
                                       at, 5, false, &error),
             qPrintable(error));
    open({m_inv.vmOn});
    QVERIFY(find<QLabel>(QStringLiteral("currentRetirement"))->isVisible());
    QVERIFY(find<QRadioButton>(QStringLiteral("retireOnDateRadio"))->isChecked());
    QCOMPARE(find<QDateEdit>(QStringLiteral("retireDateEdit"))->date(),
             QDate::currentDate().addDays(40));
    QCOMPARE(find<QSpinBox>(QStringLiteral("warnDaysSpin"))->value(), 5);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("unscheduleButton")), Qt::LeftButton);
    QVERIFY(
        !RetirementStore::retirement(m_inv.managerId, emsRefOf(QStringLiteral("vms"), m_inv.vmOn)));
}

void tst_RetireDialog::retireNowAsksThenSubmits()
{
    QSignalSpy submitted(m_supervisor.get(), &Supervisor::requestSubmitted);
    open({m_inv.vmOn});
    clickCheckable(find<QRadioButton>(QStringLiteral("retireNowRadio")));
    QCOMPARE(okButton()->text(), QStringLiteral("&Retire Now"));
    QVERIFY(!find<QSpinBox>(QStringLiteral("warnDaysSpin"))->isEnabled());
    QString question;
    QStringList unnamed;
    onNextModal<QMessageBox>([&](QMessageBox *box) {
        question = box->text();
        unnamed = unnamedControls(box);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmRetireButton")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QVERIFY2(question.contains(QStringLiteral("“web-on”")), qPrintable(question));
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
    QCOMPARE(submitted.count(), 1);
    QCOMPARE(m_dialog->requestIds().size(), 1);
    const auto request = RequestStore::request(m_dialog->requestIds().first());
    QVERIFY(request);
    QCOMPARE(request->type, QString::fromLatin1(RequestType::Retire));
    const QList<TaskRecord> tasks = RequestStore::tasks(request->id);
    QCOMPARE(tasks.size(), 1);
    QCOMPARE(tasks.first().spec.value(QLatin1String(TaskKey::DeleteStorage)).toBool(), false);
}

void tst_RetireDialog::retireNowDeclined()
{
    open({m_inv.vmOn});
    clickCheckable(find<QRadioButton>(QStringLiteral("retireNowRadio")));
    onNextModal<QMessageBox>([](QMessageBox *box) {
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("cancelRetireButton")),
                          Qt::LeftButton);
    });
    QTest::mouseClick(okButton(), Qt::LeftButton);
    QVERIFY(RequestStore::requests().isEmpty());
    QVERIFY(m_dialog->isVisible());
}

void tst_RetireDialog::everyControlIsNamed()
{
    QString error;
    QVERIFY(RetirementStore::schedule(m_inv.managerId, emsRefOf(QStringLiteral("vms"), m_inv.vmOn),
                                      nowMs() + qint64(40) * 24 * 3600 * 1000, 7, false, &error));
    open({m_inv.vmOn});
    const QStringList problems = unnamedControls(m_dialog.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const QString shots = qEnvironmentVariable("VANTAGE_SHOTS");
    if (!shots.isEmpty()) {
        QTest::qWait(100);
        m_dialog->grab().save(shots + QStringLiteral("/retiredialog.png"));
    }
}

QTEST_MAIN(tst_RetireDialog)
#include "tst_retiredialog.moc"
