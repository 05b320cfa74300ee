#include "core/database.h"
#include "core/smartstate/smartstatestore.h"
#include "tests/smartstate/smartstatefixture.h"
#include "tests/ui/accessibilityaudit.h"
#include "ui/smartstate/smartstatepanel.h"

#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Vantage;
using namespace Vantage::Testing;

namespace {

SmartStateResult firstResult()
{
    SmartStateResult r;
    r.os = {"Debian GNU/Linux", "12", "debian", {}};
    r.hostname = "web-01";
    r.packages = {{"bash", "5.2", "amd64", "dpkg"},
                  {"curl", "7.88", "amd64", "dpkg"},
                  {"zlib1g", "1.2.13", "amd64", "dpkg"}};
    r.users = {{"root", 0, 0, "/root", "/bin/bash", "root"},
               {"alice", 1000, 1000, "/home/alice", "/bin/bash", "Alice"},
               {"svc", 200, 200, "/", "/sbin/nologin", ""}};
    r.groups = {{"sudo", 27, {"alice"}}};
    r.services = {{"ssh.service", "multi-user.target", true}};
    r.files = {{"/etc/fstab", 5, 0100644, 1600000000000, "abc", "fstab", true}};
    r.disks = QJsonArray{
        QJsonObject{
            {"target", "vda"},
            {"path", "/images/web.qcow2"},
            {"format", "qcow2"},
            {"size", 1073741824},
            {"partitions", QJsonArray{QJsonObject{{"number", 1},
                                                  {"scheme", "gpt"},
                                                  {"type", "c12a7328-f81f-11d2-ba4b-00a0c93ec93b"},
                                                  {"size", 1048576},
                                                  {"note", "no ext2/3/4 file system"}},
                                      QJsonObject{{"number", 2},
                                                  {"scheme", "gpt"},
                                                  {"type", "e6d6d379-f507-44c2-a23c-238f2a3df928"},
                                                  {"size", 1072693248},
                                                  {"filesystem", "lvm2"}}}}},
        QJsonObject{{"volume_group", "vg0"},
                    {"logical_volume", "root"},
                    {"size", 1069547520},
                    {"filesystem", "ext"},
                    {"root", true}}};
    return r;
}

QStringList column(QTreeView *view, int column)
{
    QStringList out;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        out << view->model()->index(row, column).data().toString();
    return out;
}

} // namespace

class tst_SmartStatePanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyControlIsNamed();
    void showsTheNewestScan();
    void filtersAndSorts();
    void comparesTwoScans();
    void showsAFailedScan();
    void scanOfAStoppedVmIsAskedAtOnce();
    void scanOfARunningVmNeedsConfirmation();
    void vmStartedSinceItWasSelectedNeedsConfirmation();
    void noVm();
    void profileButtonOpensTheEditor();

private:
    qint64 vmId(const QString &ref) const;

    QTemporaryDir m_dir;
    qint64 m_manager = 0;
    qint64 m_older = 0;
    qint64 m_newer = 0;
};

qint64 tst_SmartStatePanel::vmId(const QString &ref) const
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("SELECT id FROM vms WHERE ems_ref = ?"));
    query.addBindValue(ref);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

void tst_SmartStatePanel::initTestCase()
{
    QString error;
    QVERIFY(Database::initialize(m_dir.filePath(QStringLiteral("db.sqlite")), &error));
    m_manager = addSmartStateManager();
    QVERIFY(addVmRow(m_manager, "vm-web", "web", PowerState::Off));
    QVERIFY(addVmRow(m_manager, "vm-db", "db", PowerState::On));
    QVERIFY(addVmRow(m_manager, "vm-bad", "bad", PowerState::Off));
    m_older = SmartStateStore::save(m_manager, "vm-web", "web", 1700000000000, ScanStatus::Ok, {},
                                    firstResult(), &error);
    SmartStateResult second = firstResult();
    second.packages[0].version = "5.2.15";
    second.packages.removeAt(1);
    second.packages.append({"vim", "9.0", "amd64", "dpkg"});
    second.users.removeLast();
    second.hostname = "web-02";
    m_newer = SmartStateStore::save(m_manager, "vm-web", "web", 1700000600000, ScanStatus::Ok, {},
                                    second, &error);
    QVERIFY(m_older > 0 && m_newer > 0);
    QVERIFY(SmartStateStore::save(m_manager, "vm-bad", "bad", 1700000000000, ScanStatus::Error,
                                  "Disk vda: GPT header checksum mismatch", {}, &error));
}

void tst_SmartStatePanel::everyControlIsNamed()
{
    SmartStatePanel panel;
    panel.setVm(vmId("vm-web"));
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const QStringList problems = unnamedControls(&panel);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void tst_SmartStatePanel::showsTheNewestScan()
{
    SmartStatePanel panel;
    panel.setVm(vmId("vm-web"));
    QCOMPARE(panel.shownScanId(), m_newer);
    QCOMPARE(panel.findChild<QLabel *>("smartStateHostname")->text(), QStringLiteral("web-02"));
    QCOMPARE(panel.findChild<QLabel *>("smartStateOs")->text(),
             QStringLiteral("Debian GNU/Linux 12 (debian)"));
    QVERIFY(panel.findChild<QLabel *>("smartStateStatus")->text().contains("finished"));
    QCOMPARE(column(panel.view(SmartStatePanel::PackagesTab), 0),
             (QStringList{"bash", "vim", "zlib1g"}));
    QCOMPARE(column(panel.view(SmartStatePanel::UsersTab), 0), (QStringList{"alice", "root"}));
    QCOMPARE(column(panel.view(SmartStatePanel::GroupsTab), 2), QStringList{"alice"});
    QCOMPARE(column(panel.view(SmartStatePanel::ServicesTab), 1), QStringList{"multi-user.target"});
    QCOMPARE(column(panel.view(SmartStatePanel::FilesTab), 2), QStringList{"0644"});
    QTreeView *disks = panel.view(SmartStatePanel::DisksTab);
    QCOMPARE(column(disks, 0),
             (QStringList{"vda", "vda partition 1", "vda partition 2", "vg0/root"}));
    QCOMPARE(column(disks, 3), (QStringList{"", "", "lvm2", "ext (root)"}));
    QCOMPARE(column(disks, 4),
             (QStringList{"/images/web.qcow2", "no ext2/3/4 file system", "", ""}));

    auto *picker = panel.findChild<QComboBox *>("smartStateScanPicker");
    QCOMPARE(picker->count(), 2);
    picker->setCurrentIndex(1);
    emit picker->activated(1);
    QCOMPARE(panel.shownScanId(), m_older);
    QCOMPARE(panel.findChild<QLabel *>("smartStateHostname")->text(), QStringLiteral("web-01"));
    QCOMPARE(panel.view(SmartStatePanel::PackagesTab)->model()->rowCount(), 3);
}

void tst_SmartStatePanel::filtersAndSorts()
{
    SmartStatePanel panel;
    panel.setVm(vmId("vm-web"));
    panel.show();
    panel.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&panel));
    panel.view(SmartStatePanel::PackagesTab)->setFocus();
    auto *filter = panel.findChild<QLineEdit *>("smartStateFilter");
    QTest::keyClick(panel.view(SmartStatePanel::PackagesTab), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(filter->hasFocus());
    QTest::keyClicks(filter, "VI");
    QCOMPARE(column(panel.view(SmartStatePanel::PackagesTab), 0), QStringList{"vim"});
    filter->clear();
    QTreeView *users = panel.view(SmartStatePanel::UsersTab);
    users->sortByColumn(1, Qt::DescendingOrder); // UID, numerically
    QCOMPARE(column(users, 0), (QStringList{"alice", "root"}));
    users->sortByColumn(1, Qt::AscendingOrder);
    QCOMPARE(column(users, 0), (QStringList{"root", "alice"}));
}

void tst_SmartStatePanel::comparesTwoScans()
{
    SmartStatePanel panel;
    panel.setVm(vmId("vm-web"));
    auto *compare = panel.findChild<QComboBox *>("smartStateComparePicker");
    QVERIFY(compare->isEnabled());
    compare->setCurrentIndex(compare->findData(m_older));
    QTest::mouseClick(panel.findChild<QPushButton *>("smartStateCompare"), Qt::LeftButton);
    QCOMPARE(panel.tabs()->currentIndex(), int(SmartStatePanel::DifferencesTab));
    QTreeView *differences = panel.view(SmartStatePanel::DifferencesTab);
    differences->sortByColumn(2, Qt::AscendingOrder);
    QStringList rows;
    for (int row = 0; row < differences->model()->rowCount(); ++row) {
        QStringList cells;
        for (int c = 0; c < 5; ++c)
            cells << differences->model()->index(row, c).data().toString();
        rows << cells.join(u'|');
    }
    QCOMPARE(rows, (QStringList{"Changed|Package|bash|5.2|5.2.15", "Removed|Package|curl|7.88|",
                                "Removed|User|svc||", "Added|Package|vim||9.0"}));
}

void tst_SmartStatePanel::showsAFailedScan()
{
    SmartStatePanel panel;
    panel.setVm(vmId("vm-bad"));
    QVERIFY(panel.findChild<QLabel *>("smartStateStatus")
                ->text()
                .endsWith("failed: Disk vda: GPT header checksum mismatch"));
    QCOMPARE(panel.view(SmartStatePanel::PackagesTab)->model()->rowCount(), 0);
    QVERIFY(!panel.findChild<QPushButton *>("smartStateCompare")->isEnabled());
}

void tst_SmartStatePanel::scanOfAStoppedVmIsAskedAtOnce()
{
    SmartStatePanel panel;
    panel.setVm(vmId("vm-web"));
    QSignalSpy spy(&panel, &SmartStatePanel::scanRequested);
    QTest::mouseClick(panel.findChild<QPushButton *>("smartStateScanNow"), Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().at(0).toLongLong(), m_manager);
    QCOMPARE(spy.first().at(1).toString(), QStringLiteral("vm-web"));
    QCOMPARE(spy.first().at(2).toString(), QStringLiteral("web"));
    QCOMPARE(spy.first().at(3).toBool(), false);
}

void tst_SmartStatePanel::scanOfARunningVmNeedsConfirmation()
{
    SmartStatePanel panel;
    panel.setVm(vmId("vm-db"));
    QCOMPARE(panel.findChild<QLabel *>("smartStateStatus")->text(),
             QStringLiteral("Never scanned. Use Scan Now to analyse the VM's disks."));
    QSignalSpy spy(&panel, &SmartStatePanel::scanRequested);
    const auto answer = [](const char *button) {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("smartStateRunningConfirm"));
            if (QString::fromLatin1(button) == QLatin1String("cancel"))
                box->button(QMessageBox::Cancel)->click();
            else
                box->findChild<QPushButton *>("smartStateScanAnyway")->click();
        });
    };
    answer("cancel");
    panel.requestScan();
    QCOMPARE(spy.size(), 0);
    answer("scan");
    panel.requestScan();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.first().at(3).toBool(), true);
}

void tst_SmartStatePanel::vmStartedSinceItWasSelectedNeedsConfirmation()
{
    SmartStatePanel panel;
    panel.setVm(vmId("vm-web"));
    const auto setPowerState = [](const QString &state) {
        QSqlQuery update(Database::connection());
        update.prepare(QStringLiteral("UPDATE vms SET power_state = ? WHERE ems_ref = 'vm-web'"));
        update.addBindValue(state);
        QVERIFY(update.exec());
    };
    setPowerState(QStringLiteral("on"));
    QSignalSpy spy(&panel, &SmartStatePanel::scanRequested);
    bool asked = false;
    QTimer::singleShot(0, [&asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        asked = box && box->objectName() == QLatin1String("smartStateRunningConfirm");
        if (box)
            box->button(QMessageBox::Cancel)->click();
    });
    panel.requestScan();
    setPowerState(QStringLiteral("off"));
    QVERIFY(asked);
    QCOMPARE(spy.size(), 0);
}

void tst_SmartStatePanel::noVm()
{
    SmartStatePanel panel;
    panel.setVm(0);
    QCOMPARE(panel.findChild<QLabel *>("smartStateStatus")->text(),
             QStringLiteral("No VM selected."));
    QVERIFY(!panel.findChild<QPushButton *>("smartStateScanNow")->isEnabled());
    panel.setVm(987654); // a VM removed meanwhile
    QCOMPARE(panel.vmId(), 0);
}

void tst_SmartStatePanel::profileButtonOpensTheEditor()
{
    SmartStatePanel panel;
    panel.setVm(vmId("vm-web"));
    panel.show();
    QString title;
    QTimer::singleShot(0, [&title] {
        QWidget *dialog = QApplication::activeModalWidget();
        QVERIFY(dialog);
        title = dialog->windowTitle();
        dialog->findChild<QPushButton *>("scanProfileCancel")->click();
    });
    QTest::mouseClick(panel.findChild<QPushButton *>("smartStateProfile"), Qt::LeftButton);
    QCOMPARE(title, QStringLiteral("Scan Profile “default”"));
}

QTEST_MAIN(tst_SmartStatePanel)
#include "tst_smartstatepanel.moc"
