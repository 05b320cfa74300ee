#include "core/smartstate/smartstatestore.h"
#include "tests/smartstate/smartstatefixture.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vantage;
using namespace Vantage::Testing;

namespace {

SmartStateResult sampleResult()
{
    SmartStateResult r;
    r.os = {"Debian GNU/Linux", "12", "debian", "Debian GNU/Linux 12 (bookworm)"};
    r.hostname = "web-01";
    r.packages = {{"bash", "5.2", "amd64", "dpkg"},
                  {"curl", "7.88", "amd64", "dpkg"},
                  {"libc6", "2.36", "amd64", "dpkg"},
                  {"libc6", "2.36", "i386", "dpkg"}};
    r.users = {{"root", 0, 0, "/root", "/bin/bash", "root"},
               {"alice", 1000, 1000, "/home/alice", "/bin/bash", "Alice"}};
    r.groups = {{"root", 0, {}}, {"sudo", 27, {"alice", "bob"}}};
    r.services = {{"ssh.service", "multi-user.target", true},
                  {"cron.service", "multi-user.target", true}};
    r.files = {{"/etc/fstab", 5, 0100644, 1600000000000, "abc", "fstab", true},
               {"/etc/empty", 0, 0100600, 1600000000000, "e3b0", "", true},
               {"/etc/big", 900000, 0100644, 1600000000000, "def", {}, false}};
    r.disks = QJsonArray{QJsonObject{{"target", "vda"}}};
    r.bytesRead = 123456;
    return r;
}

} // namespace

class tst_SmartStateStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void savesAndLoadsEveryRow();
    void failedScanIsKept();
    void listsNewestFirst();
    void loadMissing();
    void diff();
    void profiles();
    void profileRejectsBadInput();

private:
    QTemporaryDir m_dir;
    qint64 m_manager = 0;
};

void tst_SmartStateStore::initTestCase()
{
    QString error;
    QVERIFY2(Database::initialize(m_dir.filePath(QStringLiteral("db.sqlite")), &error),
             qPrintable(error));
    m_manager = addSmartStateManager();
    QVERIFY(m_manager > 0);
}

void tst_SmartStateStore::savesAndLoadsEveryRow()
{
    SmartStateResult result = sampleResult();
    result.warnings = {"/etc/passwd: 1 malformed line(s) skipped"};
    QString error;
    const qint64 id =
        SmartStateStore::save(m_manager, "vm-1", "web", 1000, ScanStatus::Ok, {}, result, &error);
    QVERIFY2(id > 0, qPrintable(error));
    const auto scan = SmartStateStore::load(id, &error);
    QVERIFY2(scan, qPrintable(error));
    QCOMPARE(scan->summary.status, QStringLiteral("ok"));
    QCOMPARE(scan->summary.message, QStringLiteral("/etc/passwd: 1 malformed line(s) skipped"));
    QCOMPARE(scan->summary.startedAtMs, 1000);
    QVERIFY(scan->summary.finishedAtMs >= 1000);
    QCOMPARE(scan->summary.vmName, QStringLiteral("web"));
    QCOMPARE(scan->summary.bytesRead, 123456);
    const SmartStateResult &loaded = scan->result;
    QCOMPARE(loaded.os.name, result.os.name);
    QCOMPARE(loaded.os.versionId, result.os.versionId);
    QCOMPARE(loaded.os.id, result.os.id);
    QCOMPARE(loaded.hostname, result.hostname);
    QCOMPARE(loaded.packages, result.packages);
    QCOMPARE(loaded.users, result.users);
    QCOMPARE(loaded.groups, result.groups);
    QCOMPARE(loaded.services, result.services);
    QCOMPARE(loaded.files, result.files);
    QCOMPARE(loaded.disks, result.disks);
    // Collected but empty is an empty blob; not collected is NULL.
    QSqlQuery query(Database::connection());
    QVERIFY(query.exec(QStringLiteral("SELECT path, content IS NULL FROM smartstate_files "
                                      "WHERE scan_id = %1 ORDER BY path")
                           .arg(id)));
    QStringList nulls;
    while (query.next())
        nulls << query.value(0).toString() + u'=' + query.value(1).toString();
    QCOMPARE(nulls, (QStringList{"/etc/big=1", "/etc/empty=0", "/etc/fstab=0"}));
}

void tst_SmartStateStore::failedScanIsKept()
{
    QString error;
    const qint64 id = SmartStateStore::save(m_manager, "vm-2", "db", 2000, ScanStatus::Error,
                                            "Disk vda: GPT header checksum mismatch", {}, &error);
    QVERIFY(id > 0);
    const auto scans = SmartStateStore::scans(m_manager, "vm-2");
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.first().status, QStringLiteral("error"));
    QCOMPARE(scans.first().message, QStringLiteral("Disk vda: GPT header checksum mismatch"));
    QVERIFY(scans.first().osName.isEmpty());
}

void tst_SmartStateStore::listsNewestFirst()
{
    QString error;
    const qint64 older = SmartStateStore::save(m_manager, "vm-3", "x", 5000, ScanStatus::Ok, {},
                                               sampleResult(), &error);
    const qint64 newer = SmartStateStore::save(m_manager, "vm-3", "x", 9000, ScanStatus::Ok, {},
                                               sampleResult(), &error);
    const auto scans = SmartStateStore::scans(m_manager, "vm-3");
    QCOMPARE(scans.size(), 2);
    QCOMPARE(scans.at(0).id, newer);
    QCOMPARE(scans.at(1).id, older);
    QVERIFY(SmartStateStore::scans(m_manager, "nope").isEmpty());
}

void tst_SmartStateStore::loadMissing()
{
    QString error;
    QVERIFY(!SmartStateStore::load(999999, &error));
    QCOMPARE(error, QStringLiteral("Scan 999999 no longer exists."));
}

void tst_SmartStateStore::diff()
{
    const SmartStateResult older = sampleResult();
    SmartStateResult newer = sampleResult();
    newer.packages.removeAt(1);                             // curl removed
    newer.packages[0].version = "5.2.15";                   // bash upgraded
    newer.packages.append({"vim", "9.0", "amd64", "dpkg"}); // vim added
    newer.users.removeAt(1);
    newer.users.append({"bob", 1001, 1001, "/home/bob", "/bin/sh", ""});
    newer.users[0].shell = "/bin/zsh"; // not a change the diff reports: same user
    newer.groups.append({"docker", 999, {"bob"}});
    newer.services.removeAt(0);
    newer.services.append({"ssh.service", "graphical.target", true});

    const SmartStateDiff d = SmartStateStore::diff(older, newer);
    QCOMPARE(d.packagesAdded, (QList<SmartPackage>{{"vim", "9.0", "amd64", "dpkg"}}));
    QCOMPARE(d.packagesRemoved, (QList<SmartPackage>{{"curl", "7.88", "amd64", "dpkg"}}));
    QCOMPARE(d.packagesChanged.size(), 1);
    QCOMPARE(d.packagesChanged.first().first.version, QStringLiteral("5.2"));
    QCOMPARE(d.packagesChanged.first().second.version, QStringLiteral("5.2.15"));
    QCOMPARE(d.usersAdded.size(), 1);
    QCOMPARE(d.usersAdded.first().name, QStringLiteral("bob"));
    QCOMPARE(d.usersRemoved.first().name, QStringLiteral("alice"));
    QCOMPARE(d.groupsAdded.first().name, QStringLiteral("docker"));
    QVERIFY(d.groupsRemoved.isEmpty());
    QCOMPARE(d.servicesAdded, (QList<SmartService>{{"ssh.service", "graphical.target", true}}));
    QCOMPARE(d.servicesRemoved, (QList<SmartService>{{"ssh.service", "multi-user.target", true}}));
    QVERIFY(!d.isEmpty());
    QVERIFY(SmartStateStore::diff(older, older).isEmpty());
}

void tst_SmartStateStore::profiles()
{
    QCOMPARE(SmartStateStore::profile("nope").name, QStringLiteral("default"));
    QVERIFY(SmartStateStore::profile("default").filePatterns.contains("/etc/fstab"));
    QString error;
    QVERIFY2(
        SmartStateStore::saveProfile({"web", {"/etc/nginx/*.conf", "/etc/hosts"}, 4096}, &error),
        qPrintable(error));
    ScanProfile loaded = SmartStateStore::profile("web");
    QCOMPARE(loaded.name, QStringLiteral("web"));
    QCOMPARE(loaded.filePatterns, (QStringList{"/etc/nginx/*.conf", "/etc/hosts"}));
    QCOMPARE(loaded.maxFileBytes, 4096);
    QVERIFY(SmartStateStore::saveProfile({"web", {"/etc/hosts"}, 10}, &error));
    loaded = SmartStateStore::profile("web");
    QCOMPARE(loaded.filePatterns, QStringList{"/etc/hosts"});
    QCOMPARE(loaded.maxFileBytes, 10);
}

void tst_SmartStateStore::profileRejectsBadInput()
{
    QString error;
    QVERIFY(!SmartStateStore::saveProfile({" ", {}, 1}, &error));
    QCOMPARE(error, QStringLiteral("A scan profile needs a name."));
    QVERIFY(!SmartStateStore::saveProfile({"p", {"etc/hosts"}, 1}, &error));
    QCOMPARE(error, QStringLiteral("Pattern etc/hosts must be an absolute path (start with /)."));
    QVERIFY(!SmartStateStore::saveProfile({"p", {}, -1}, &error));
    QCOMPARE(SmartStateStore::profile("p").name, QStringLiteral("default")); // nothing stored
}

QTEST_GUILESS_MAIN(tst_SmartStateStore)
#include "tst_smartstatestore.moc"
