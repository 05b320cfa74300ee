#include "core/smartstate/smartstatescanner.h"
#include "tests/smartstate/imagebuilder.h"
#include "tests/smartstate/rpmheader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Vantage;
using namespace Vantage::Testing;

namespace {

const QByteArray osRelease = "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\n"
                             "NAME=\"Debian GNU/Linux\"\n"
                             "VERSION_ID=\"12\"\n"
                             "VERSION=\"12 (bookworm)\"\n"
                             "ID=debian\n";
const QByteArray passwd = "root:x:0:0:root:/root:/bin/bash\n"
                          "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n"
                          "alice:x:1000:1000:Alice Example,,,:/home/alice:/bin/bash\n";
const QByteArray group = "root:x:0:\n"
                         "sudo:x:27:alice,bob\n"
                         "alice:x:1000:\n";
const QByteArray dpkgStatus = "Package: bash\n"
                              "Status: install ok installed\n"
                              "Priority: required\n"
                              "Architecture: amd64\n"
                              "Version: 5.2.15-2+b2\n"
                              "Description: GNU Bourne Again SHell\n"
                              " Bash is an sh-compatible command language interpreter.\n"
                              " .\n"
                              " Package: not-a-package\n"
                              "\n"
                              "Package: oldlib\n"
                              "Status: deinstall ok config-files\n"
                              "Architecture: amd64\n"
                              "Version: 1.0\n"
                              "\n"
                              "Package: openssh-server\n"
                              "Status: install ok installed\n"
                              "Architecture: amd64\n"
                              "Version: 1:9.2p1-2+deb12u1\n"
                              "\n"
                              "Package: tzdata\n"
                              "Status: hold ok installed\n"
                              "Architecture: all\n"
                              "Version: 2024a-0+deb12u1\n";
const QByteArray fstab = "UUID=1234 / ext4 errors=remount-ro 0 1\n";
const QByteArray sshdConfig = "PermitRootLogin no\n";

// The Debian-like guest every layout holds.
bool writeGuest(const QString &root)
{
    return writeGuestFile(root, QStringLiteral("usr/lib/os-release"), osRelease) &&
           // As on Debian: a relative link; absolute ones are tested too (hostname).
           writeGuestSymlink(root, QStringLiteral("etc/os-release"),
                             QStringLiteral("../usr/lib/os-release")) &&
           writeGuestFile(root, QStringLiteral("etc/hostname.real"), "web-01\n") &&
           writeGuestSymlink(root, QStringLiteral("etc/hostname"),
                             QStringLiteral("/etc/hostname.real")) &&
           writeGuestFile(root, QStringLiteral("etc/passwd"), passwd) &&
           writeGuestFile(root, QStringLiteral("etc/group"), group) &&
           writeGuestFile(root, QStringLiteral("var/lib/dpkg/status"), dpkgStatus) &&
           writeGuestFile(root, QStringLiteral("etc/fstab"), fstab, 1600000000) &&
           writeGuestFile(root, QStringLiteral("etc/ssh/sshd_config"), sshdConfig, 1600000001) &&
           writeGuestFile(root, QStringLiteral("etc/ssh/ssh_config"), "Host *\n", 1600000002) &&
           writeGuestFile(root, QStringLiteral("etc/ssh/moduli"), QByteArray(300, 'm'),
                          1600000003) &&
           writeGuestFile(root, QStringLiteral("lib/systemd/system/ssh.service"), "[Unit]\n") &&
           writeGuestSymlink(root,
                             QStringLiteral("etc/systemd/system/multi-user.target.wants/"
                                            "ssh.service"),
                             QStringLiteral("/lib/systemd/system/ssh.service")) &&
           writeGuestSymlink(root,
                             QStringLiteral("etc/systemd/system/multi-user.target.wants/"
                                            "cron.service"),
                             QStringLiteral("/lib/systemd/system/cron.service")) &&
           writeGuestSymlink(root,
                             QStringLiteral("etc/systemd/system/sockets.target.wants/"
                                            "dbus.socket"),
                             QStringLiteral("/lib/systemd/system/dbus.socket")) &&
           writeGuestSymlink(root,
                             QStringLiteral("etc/systemd/system/sysinit.target.requires/"
                                            "systemd-timesyncd.service"),
                             QStringLiteral("/lib/systemd/system/systemd-timesyncd.service")) &&
           // A unit file of its own: not a .wants folder, not enabled by a link.
           writeGuestFile(root, QStringLiteral("etc/systemd/system/local.service"), "[Unit]\n");
}

ScanProfile profile()
{
    return {QStringLiteral("test"),
            {QStringLiteral("/etc/fstab"), QStringLiteral("/etc/ssh/*"),
             QStringLiteral("/etc/nothing-here"), QStringLiteral("/etc/ssh/ssh_config")},
            200};
}

QString sha256(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

} // namespace

class tst_SmartStateScanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void collectsEverything_data();
    void collectsEverything();
    void findsTheRootOnALogicalPartition();
    void overlayChangeIsSeen();
    void collectsRpmPackages();
    void hostileImages_data();
    void hostileImages();
    void noRootFileSystem();
    void rootOnAVolumeNotReadYet_data();
    void rootOnAVolumeNotReadYet();
    void rootOnLvm();
    void damagedGptFallsBackToTheBackup();
    void damagedLvmLabel_data();
    void damagedLvmLabel();
    void cancelStopsTheScan();
    void reportsProgress();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool scan(const QString &file, const QString &format, SmartStateResult *result, QString *error);

    QTemporaryDir m_dir;
};

void tst_SmartStateScanner::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(writeGuest(path(QStringLiteral("tree"))));
    QString error;
    QVERIFY2(makeExt4(path(QStringLiteral("tree")), path(QStringLiteral("fs.raw")), 16, &error),
             qPrintable(error));
    qint64 offset = 0;
    QVERIFY2(makePartitionedDisk(path(QStringLiteral("fs.raw")), path(QStringLiteral("mbr.raw")),
                                 PartitionLayout::Mbr, &offset, &error),
             qPrintable(error));
    QVERIFY2(makePartitionedDisk(path(QStringLiteral("fs.raw")), path(QStringLiteral("gpt.raw")),
                                 PartitionLayout::Gpt, &offset, &error),
             qPrintable(error));
    QVERIFY(convertToQcow2(path(QStringLiteral("gpt.raw")), path(QStringLiteral("gpt-v3.qcow2")),
                           {}, &error));
    QVERIFY(convertToQcow2(path(QStringLiteral("mbr.raw")), path(QStringLiteral("mbr-v2.qcow2")),
                           {QStringLiteral("-o"), QStringLiteral("compat=0.10")}, &error));
    QVERIFY(convertToQcow2(path(QStringLiteral("fs.raw")),
                           path(QStringLiteral("whole-compressed.qcow2")), {QStringLiteral("-c")},
                           &error));
    // A backing chain whose overlay changed the hostname file in place.
    QVERIFY(convertToQcow2(path(QStringLiteral("mbr.raw")), path(QStringLiteral("base.qcow2")), {},
                           &error));
    QVERIFY(runTool(QStringLiteral("qemu-img"),
                    {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                     QStringLiteral("qcow2"), QStringLiteral("-b"), QStringLiteral("base.qcow2"),
                     QStringLiteral("-F"), QStringLiteral("qcow2"),
                     path(QStringLiteral("overlay.qcow2"))},
                    &error));
}

bool tst_SmartStateScanner::scan(const QString &file, const QString &format,
                                 SmartStateResult *result, QString *error)
{
    CancelFlag cancel;
    SmartStateScanner scanner(profile());
    return scanner.scan({{QStringLiteral("vda"), path(file), format}}, cancel, {}, result, error);
}

void tst_SmartStateScanner::collectsEverything_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("scheme");
    QTest::newRow("raw, no partition table") << "fs.raw"
                                             << "raw"
                                             << "none";
    QTest::newRow("raw, MBR") << "mbr.raw"
                              << "raw"
                              << "mbr";
    QTest::newRow("raw, GPT") << "gpt.raw"
                              << "raw"
                              << "gpt";
    QTest::newRow("qcow2 v3, GPT") << "gpt-v3.qcow2"
                                   << "qcow2"
                                   << "gpt";
    QTest::newRow("qcow2 v2, MBR") << "mbr-v2.qcow2"
                                   << "qcow2"
                                   << "mbr";
    QTest::newRow("qcow2 compressed, whole disk") << "whole-compressed.qcow2"
                                                  << "qcow2"
                                                  << "none";
    QTest::newRow("qcow2 overlay on a backing file") << "overlay.qcow2"
                                                     << ""
                                                     << "mbr";
}

void tst_SmartStateScanner::collectsEverything()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(QString, scheme);
    SmartStateResult result;
    QString error;
    QVERIFY2(scan(file, format, &result, &error), qPrintable(error));

    QCOMPARE(result.os, (OsRelease{QStringLiteral("Debian GNU/Linux"), QStringLiteral("12"),
                                   QStringLiteral("debian"),
                                   QStringLiteral("Debian GNU/Linux 12 (bookworm)")}));
    QCOMPARE(result.hostname, QStringLiteral("web-01"));
    const QList<SmartUser> users{{QStringLiteral("root"), 0, 0, QStringLiteral("/root"),
                                  QStringLiteral("/bin/bash"), QStringLiteral("root")},
                                 {QStringLiteral("daemon"), 1, 1, QStringLiteral("/usr/sbin"),
                                  QStringLiteral("/usr/sbin/nologin"), QStringLiteral("daemon")},
                                 {QStringLiteral("alice"), 1000, 1000,
                                  QStringLiteral("/home/alice"), QStringLiteral("/bin/bash"),
                                  QStringLiteral("Alice Example,,,")}};
    QCOMPARE(result.users, users);
    const QList<SmartGroup> groups{
        {QStringLiteral("root"), 0, {}},
        {QStringLiteral("sudo"), 27, {QStringLiteral("alice"), QStringLiteral("bob")}},
        {QStringLiteral("alice"), 1000, {}}};
    QCOMPARE(result.groups, groups);
    const QString dpkg = QStringLiteral("dpkg");
    const QList<SmartPackage> packages{
        {QStringLiteral("bash"), QStringLiteral("5.2.15-2+b2"), QStringLiteral("amd64"), dpkg},
        {QStringLiteral("openssh-server"), QStringLiteral("1:9.2p1-2+deb12u1"),
         QStringLiteral("amd64"), dpkg},
        {QStringLiteral("tzdata"), QStringLiteral("2024a-0+deb12u1"), QStringLiteral("all"), dpkg}};
    QCOMPARE(result.packages, packages);
    const QList<SmartService> services{
        {QStringLiteral("cron.service"), QStringLiteral("multi-user.target"), true},
        {QStringLiteral("dbus.socket"), QStringLiteral("sockets.target"), true},
        {QStringLiteral("ssh.service"), QStringLiteral("multi-user.target"), true},
        {QStringLiteral("systemd-timesyncd.service"), QStringLiteral("sysinit.target"), true}};
    QCOMPARE(result.services, services);
    // Sorted by path; moduli is over the profile's 200 bytes: hashed, content not kept.
    const QList<SmartFile> files{{QStringLiteral("/etc/fstab"), fstab.size(), 0100644,
                                  1600000000000LL, sha256(fstab), fstab, true},
                                 {QStringLiteral("/etc/ssh/moduli"),
                                  300,
                                  0100644,
                                  1600000003000LL,
                                  sha256(QByteArray(300, 'm')),
                                  {},
                                  false},
                                 {QStringLiteral("/etc/ssh/ssh_config"), 7, 0100644,
                                  1600000002000LL, sha256("Host *\n"), "Host *\n", true},
                                 {QStringLiteral("/etc/ssh/sshd_config"), sshdConfig.size(),
                                  0100644, 1600000001000LL, sha256(sshdConfig), sshdConfig, true}};
    QCOMPARE(result.files.size(), files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        QCOMPARE(result.files.at(i).path, files.at(i).path);
        QCOMPARE(result.files.at(i).mode & 0170000, files.at(i).mode & 0170000);
        QCOMPARE(result.files.at(i).content, files.at(i).content);
        QCOMPARE(result.files.at(i).mtimeMs, files.at(i).mtimeMs);
        QCOMPARE(result.files.at(i),
                 (SmartFile{files.at(i).path, files.at(i).size, result.files.at(i).mode,
                            files.at(i).mtimeMs, files.at(i).sha256, files.at(i).content,
                            files.at(i).hasContent}));
    }
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));

    QCOMPARE(result.disks.size(), 1);
    const QJsonObject disk = result.disks.at(0).toObject();
    QCOMPARE(disk.value(QStringLiteral("target")).toString(), QStringLiteral("vda"));
    const QJsonObject partition =
        disk.value(QStringLiteral("partitions")).toArray().at(0).toObject();
    QCOMPARE(partition.value(QStringLiteral("scheme")).toString(), scheme);
    QVERIFY(partition.value(QStringLiteral("root")).toBool());
    // Only what the collectors need: a small part of the 16 MiB file system.
    QVERIFY2(result.bytesRead > 0 && result.bytesRead < 4 * 1024 * 1024,
             qPrintable(QString::number(result.bytesRead)));
}

void tst_SmartStateScanner::findsTheRootOnALogicalPartition()
{
    // Partition 1 holds an ext4 file system without an OS; the root is logical partition 5.
    QVERIFY(writeGuestFile(path(QStringLiteral("empty-tree")), QStringLiteral("data/readme"),
                           "data\n"));
    QString error;
    qint64 offset = 0;
    QVERIFY(makePartitionedDisk(path(QStringLiteral("fs.raw")), path(QStringLiteral("logical.raw")),
                                PartitionLayout::MbrLogical, &offset, &error));
    QVERIFY(
        makeExt4(path(QStringLiteral("empty-tree")), path(QStringLiteral("data.raw")), 1, &error));
    QFile data(path(QStringLiteral("data.raw")));
    QVERIFY(data.open(QIODevice::ReadOnly));
    QVERIFY(patchFile(path(QStringLiteral("logical.raw")), 1024 * 1024, data.readAll()));

    SmartStateResult result;
    QVERIFY2(scan(QStringLiteral("logical.raw"), QStringLiteral("raw"), &result, &error),
             qPrintable(error));
    QCOMPARE(result.hostname, QStringLiteral("web-01"));
    const QJsonArray partitions =
        result.disks.at(0).toObject().value(QStringLiteral("partitions")).toArray();
    QCOMPARE(partitions.size(), 2);
    QCOMPARE(partitions.at(0).toObject().value(QStringLiteral("number")).toInt(), 1);
    QCOMPARE(partitions.at(0).toObject().value(QStringLiteral("filesystem")).toString(),
             QStringLiteral("ext"));
    QVERIFY(!partitions.at(0).toObject().value(QStringLiteral("root")).toBool());
    QCOMPARE(partitions.at(1).toObject().value(QStringLiteral("number")).toInt(), 5);
    QVERIFY(partitions.at(1).toObject().value(QStringLiteral("root")).toBool());
}

void tst_SmartStateScanner::overlayChangeIsSeen()
{
    // debugfs names the block of /etc/hostname.real; the overlay gets a new hostname written
    // over it, the base keeps the old one.
    QProcess debugfs;
    debugfs.start(QStringLiteral("debugfs"),
                  {QStringLiteral("-R"), QStringLiteral("bmap /etc/hostname.real 0"),
                   path(QStringLiteral("fs.raw"))});
    QVERIFY(debugfs.waitForFinished());
    bool ok = false;
    const qint64 block = debugfs.readAllStandardOutput().trimmed().toLongLong(&ok);
    QVERIFY(ok && block > 0);
    QVERIFY(writeGuestFile(m_dir.path(), QStringLiteral("newname"), "web-02\n"));
    const qint64 mbrOffset = 1024 * 1024;
    QString error;
    QVERIFY2(runTool(QStringLiteral("qemu-io"),
                     {QStringLiteral("-c"),
                      QStringLiteral("write -s %1 %2 7")
                          .arg(path(QStringLiteral("newname")))
                          .arg(mbrOffset + block * 4096),
                      path(QStringLiteral("overlay.qcow2"))},
                     &error),
             qPrintable(error));
    SmartStateResult result;
    QVERIFY2(scan(QStringLiteral("overlay.qcow2"), QStringLiteral("qcow2"), &result, &error),
             qPrintable(error));
    QCOMPARE(result.hostname, QStringLiteral("web-02"));
    QVERIFY(scan(QStringLiteral("base.qcow2"), QStringLiteral("qcow2"), &result, &error));
    QCOMPARE(result.hostname, QStringLiteral("web-01"));
}

void tst_SmartStateScanner::collectsRpmPackages()
{
    // Fedora's layout: the database under /usr, /var/lib/rpm a link to it.
    const QString tree = path(QStringLiteral("fedora"));
    QVERIFY(writeGuestFile(tree, QStringLiteral("etc/os-release"),
                           "NAME=\"Fedora Linux\"\nVERSION_ID=40\nID=fedora\n"));
    QVERIFY(QDir().mkpath(tree + QStringLiteral("/usr/lib/sysimage/rpm")));
    QVERIFY(QDir().mkpath(tree + QStringLiteral("/var/lib")));
    QVERIFY(writeGuestSymlink(tree, QStringLiteral("var/lib/rpm"),
                              QStringLiteral("../../usr/lib/sysimage/rpm")));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "fedora-rpmdb");
        db.setDatabaseName(tree + QStringLiteral("/usr/lib/sysimage/rpm/rpmdb.sqlite"));
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec("CREATE TABLE Packages (hnum INTEGER PRIMARY KEY, blob BLOB)"));
        QVERIFY(query.prepare("INSERT INTO Packages (blob) VALUES (?)"));
        for (const QByteArray &blob : {rpmPackageBlob("bash", "5.2.26", "1.fc40", "x86_64"),
                                       rpmPackageBlob("tzdata", "2024a", "5.fc40", "noarch")}) {
            query.addBindValue(blob);
            QVERIFY(query.exec());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase("fedora-rpmdb");
    QString error;
    QVERIFY2(makeExt4(tree, path(QStringLiteral("fedora.raw")), 8, &error), qPrintable(error));
    SmartStateResult result;
    QVERIFY2(scan(QStringLiteral("fedora.raw"), QStringLiteral("raw"), &result, &error),
             qPrintable(error));
    QCOMPARE(result.os.id, QStringLiteral("fedora"));
    const QString rpm = QStringLiteral("rpm");
    QCOMPARE(result.packages, (QList<SmartPackage>{{"bash", "5.2.26-1.fc40", "x86_64", rpm},
                                                   {"tzdata", "2024a-5.fc40", "noarch", rpm}}));
    QVERIFY2(result.warnings.isEmpty(), qPrintable(result.warnings.join(u'\n')));
}

void tst_SmartStateScanner::hostileImages_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("format");
    QTest::addColumn<qint64>("patchAt");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("truncateTo");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing file") << ""
                                  << "raw" << qint64(-1) << QByteArray() << qint64(-1)
                                  << "Disk vda: ";
    QTest::newRow("truncated raw file system")
        << "fs.raw"
        << "raw" << qint64(-1) << QByteArray() << qint64(600 * 1024)
        << "Disk vda: the ext file system needs 16777216 bytes but its volume has 614400 (a "
           "truncated image?)";
    QTest::newRow("truncated qcow2") << "gpt-v3.qcow2"
                                     << "qcow2" << qint64(-1) << QByteArray() << qint64(300 * 1024)
                                     << "Disk vda: qcow2 L2 table offset beyond end of file";
    QTest::newRow("MBR partition past the end")
        << "mbr.raw"
        << "raw" << qint64(446 + 12) << QByteArray("\xff\xff\xff\x0f", 4) << qint64(-1)
        << "Disk vda: MBR partition 1 extends beyond the end of the disk";
    // Everything of the superblock but its magic overwritten.
    QTest::newRow("garbage superblock") << "fs.raw"
                                        << "raw" << qint64(1024) << QByteArray(56, char(0xff))
                                        << qint64(-1) << "Disk vda: damaged ext file system";
}

void tst_SmartStateScanner::hostileImages()
{
    QFETCH(QString, source);
    QFETCH(QString, format);
    QFETCH(qint64, patchAt);
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, truncateTo);
    QFETCH(QString, message);
    const QString hostile =
        QStringLiteral("hostile-%1").arg(QTest::currentDataTag()).replace(u' ', u'-');
    QFile::remove(path(hostile));
    if (!source.isEmpty()) {
        QVERIFY(QFile::copy(path(source), path(hostile)));
        QVERIFY(QFile::setPermissions(path(hostile), QFile::ReadOwner | QFile::WriteOwner));
    }
    if (patchAt >= 0)
        QVERIFY(patchFile(path(hostile), patchAt, bytes));
    if (truncateTo >= 0)
        QVERIFY(QFile::resize(path(hostile), truncateTo));
    SmartStateResult result;
    QString error;
    QVERIFY(!scan(hostile, format, &result, &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

void tst_SmartStateScanner::noRootFileSystem()
{
    QFile blank(path(QStringLiteral("blank.raw")));
    QVERIFY(blank.open(QIODevice::WriteOnly));
    QVERIFY(blank.resize(4 * 1024 * 1024));
    blank.close();
    SmartStateResult result;
    QString error;
    QVERIFY(!scan(QStringLiteral("blank.raw"), QStringLiteral("raw"), &result, &error));
    QCOMPARE(error, QStringLiteral("No disk of this VM holds a Linux root file system that "
                                   "SmartState can read (ext2/3/4 with /etc/os-release)."));
    QCOMPARE(result.disks.size(), 1);
}

void tst_SmartStateScanner::rootOnAVolumeNotReadYet_data()
{
    QTest::addColumn<qint64>("at");
    QTest::addColumn<QByteArray>("magic");
    QTest::addColumn<QString>("kind");
    QTest::newRow("XFS") << qint64(0) << QByteArray("XFSB") << "XFS";
    QTest::newRow("Btrfs") << qint64(0x10040) << QByteArray("_BHRfS_M") << "Btrfs";
}

void tst_SmartStateScanner::rootOnAVolumeNotReadYet()
{
    QFETCH(qint64, at);
    QFETCH(QByteArray, magic);
    QFETCH(QString, kind);
    // An MBR partition holding only the volume's signature.
    QFile disk(path(QStringLiteral("other.raw")));
    QVERIFY(disk.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(disk.resize(4 * 1024 * 1024));
    disk.close();
    QByteArray mbr(512, '\0');
    mbr[446 + 4] = char(0x83);
    qToLittleEndian<quint32>(2048, mbr.data() + 446 + 8);
    qToLittleEndian<quint32>(4096, mbr.data() + 446 + 12);
    mbr[510] = char(0x55);
    mbr[511] = char(0xaa);
    QVERIFY(patchFile(disk.fileName(), 0, mbr));
    QVERIFY(patchFile(disk.fileName(), 1024 * 1024 + at, magic));
    SmartStateResult result;
    QString error;
    QVERIFY(!scan(QStringLiteral("other.raw"), QStringLiteral("raw"), &result, &error));
    QCOMPARE(error, QStringLiteral("No ext2/3/4 file system with /etc/os-release was found; the "
                                   "VM's disks also hold %1, which SmartState does not read yet.")
                        .arg(kind));
    const QJsonObject partition = result.disks.at(0)
                                      .toObject()
                                      .value(QStringLiteral("partitions"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
    QCOMPARE(partition.value(QStringLiteral("filesystem")).toString(), kind);
}

void tst_SmartStateScanner::damagedGptFallsBackToTheBackup()
{
    const QString damaged = path(QStringLiteral("gpt-damaged.raw"));
    QFile::remove(damaged);
    QVERIFY(QFile::copy(path(QStringLiteral("gpt.raw")), damaged));
    QVERIFY(QFile::setPermissions(damaged, QFile::ReadOwner | QFile::WriteOwner));
    const qint64 size = QFileInfo(damaged).size();
    // The primary header's checksum broken: the backup still describes the partition.
    QVERIFY(patchFile(damaged, 512 + 40, QByteArray("\x01", 1)));
    SmartStateResult result;
    QString error;
    QVERIFY2(scan(QStringLiteral("gpt-damaged.raw"), QStringLiteral("raw"), &result, &error),
             qPrintable(error));
    QCOMPARE(result.hostname, QStringLiteral("web-01"));
    // Both broken: the primary's error.
    QVERIFY(patchFile(damaged, size - 512 + 8, QByteArray("\x09", 1)));
    QVERIFY(!scan(QStringLiteral("gpt-damaged.raw"), QStringLiteral("raw"), &result, &error));
    QCOMPARE(error, QStringLiteral("Disk vda: GPT header checksum mismatch"));
    // Entries broken in both copies.
    QFile::remove(damaged);
    QVERIFY(QFile::copy(path(QStringLiteral("gpt.raw")), damaged));
    QVERIFY(QFile::setPermissions(damaged, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(patchFile(damaged, 1024 + 40, QByteArray("\x01", 1)));
    QVERIFY(patchFile(damaged, size - 33 * 512 + 40, QByteArray("\x01", 1)));
    QVERIFY(!scan(QStringLiteral("gpt-damaged.raw"), QStringLiteral("raw"), &result, &error));
    QCOMPARE(error, QStringLiteral("Disk vda: GPT partition entries checksum mismatch"));
}

void tst_SmartStateScanner::rootOnLvm()
{
    QString error;
    QVERIFY(makeExt4(path(QStringLiteral("tree")), path(QStringLiteral("fs8.raw")), 8, &error));
    QVERIFY2(makeLvmDisk(path(QStringLiteral("fs8.raw")), path(QStringLiteral("lvm.raw")), &error),
             qPrintable(error));
    QVERIFY(convertToQcow2(path(QStringLiteral("lvm.raw")), path(QStringLiteral("lvm.qcow2")), {},
                           &error));
    SmartStateResult result;
    QVERIFY2(scan(QStringLiteral("lvm.qcow2"), QStringLiteral("qcow2"), &result, &error),
             qPrintable(error));
    QCOMPARE(result.hostname, QStringLiteral("web-01"));
    QCOMPARE(result.packages.size(), 3);
    QCOMPARE(result.files.size(), 4);
    QCOMPARE(result.warnings, QStringList{"LVM logical volume vg0/data not read: segment type "
                                          "thin is not read"});
    QCOMPARE(result.disks.size(), 2);
    const QJsonObject partition = result.disks.at(0)
                                      .toObject()
                                      .value(QStringLiteral("partitions"))
                                      .toArray()
                                      .at(0)
                                      .toObject();
    QCOMPARE(partition.value(QStringLiteral("filesystem")).toString(), QStringLiteral("lvm2"));
    const QJsonObject lv = result.disks.at(1).toObject();
    QCOMPARE(lv.value(QStringLiteral("volume_group")).toString(), QStringLiteral("vg0"));
    QCOMPARE(lv.value(QStringLiteral("logical_volume")).toString(), QStringLiteral("root"));
    QVERIFY(lv.value(QStringLiteral("root")).toBool());
}

void tst_SmartStateScanner::damagedLvmLabel_data()
{
    QTest::addColumn<qint64>("at"); // in the label's sector
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("metadata area past the volume")
        << qint64(104) << QByteArray("\xff\xff\xff\x7f", 4)
        << "LVM metadata area lies outside its volume";
    // 0xfffffff0 + the header's size wraps around 32 bits (found by fuzz_lvm).
    QTest::newRow("header offset that wraps") << qint64(20) << QByteArray("\xf0\xff\xff\xff", 4)
                                              << "LVM label points its header outside its sector";
    QTest::newRow("no metadata area")
        << qint64(104) << QByteArray(8, '\0') << "LVM physical volume has no metadata area";
    QTest::newRow("metadata area without magic") << qint64(104) << QByteArray("\x00\x20\x00\x00", 4)
                                                 << "LVM metadata area header has no magic";
}

void tst_SmartStateScanner::damagedLvmLabel()
{
    QFETCH(qint64, at);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString damaged = path(QStringLiteral("lvm-damaged.raw"));
    QFile::remove(damaged);
    QVERIFY(QFile::copy(path(QStringLiteral("lvm.raw")), damaged));
    QVERIFY(QFile::setPermissions(damaged, QFile::ReadOwner | QFile::WriteOwner));
    QVERIFY(patchFile(damaged, 1024 * 1024 + 512 + at, bytes));
    SmartStateResult result;
    QString error;
    QVERIFY(!scan(QStringLiteral("lvm-damaged.raw"), QStringLiteral("raw"), &result, &error));
    QCOMPARE(error, QStringLiteral("Disk vda, partition 1: ") + message);
}

void tst_SmartStateScanner::cancelStopsTheScan()
{
    CancelFlag cancel;
    SmartStateScanner scanner(profile());
    SmartStateResult result;
    QString error;
    const bool ok = scanner.scan(
        {{QStringLiteral("vda"), path(QStringLiteral("mbr.raw")), QStringLiteral("raw")}}, cancel,
        [&](const CollectProgress &progress) {
            if (progress.stage.contains(QStringLiteral("packages")))
                cancel.cancel();
        },
        &result, &error);
    QVERIFY(!ok);
    QCOMPARE(error, QStringLiteral("Scan cancelled."));
    QVERIFY(result.packages.isEmpty());
    QCOMPARE(result.users.size(), 3); // collected before the cancel
}

void tst_SmartStateScanner::reportsProgress()
{
    CancelFlag cancel;
    SmartStateScanner scanner(profile());
    SmartStateResult result;
    QString error;
    QList<CollectProgress> steps;
    QVERIFY(scanner.scan(
        {{QStringLiteral("vda"), path(QStringLiteral("mbr.raw")), QStringLiteral("raw")}}, cancel,
        [&](const CollectProgress &p) { steps.append(p); }, &result, &error));
    QVERIFY(steps.size() >= 8);
    QCOMPARE(steps.first().stage, QStringLiteral("Reading disk vda"));
    for (const CollectProgress &step : steps)
        QCOMPARE(step.total, steps.first().total);
    QCOMPARE(steps.last().done, steps.last().total - 1);
}

QTEST_GUILESS_MAIN(tst_SmartStateScanner)
#include "tst_smartstatescanner.moc"
