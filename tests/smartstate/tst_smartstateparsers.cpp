#include "core/smartstate/smartstateparsers.h"
#include "tests/smartstate/rpmheader.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Vantage;
using namespace Vantage::Testing;

class tst_SmartStateParsers : public QObject
{
    Q_OBJECT

private slots:
    void osRelease_data();
    void osRelease();
    void hostname();
    void passwd();
    void group();
    void dpkgStatus();
    void rpmHeader();
    void rpmHeaderMalformed_data();
    void rpmHeaderMalformed();
    void rpmDatabase();
    void rpmDatabaseThatIsNot();
};

void tst_SmartStateParsers::osRelease_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("expected"); // name, version_id, id, pretty
    QTest::newRow("fedora") << QByteArray("NAME=\"Fedora Linux\"\nVERSION_ID=39\nID=fedora\n"
                                          "PRETTY_NAME=\"Fedora Linux 39 (Server Edition)\"\n")
                            << QStringList{"Fedora Linux", "39", "fedora",
                                           "Fedora Linux 39 (Server Edition)"};
    QTest::newRow("escapes and comments")
        << QByteArray("# comment\r\nNAME='single quoted'\nPRETTY_NAME=\"a \\\"b\\\" \\\\ c\"\n"
                      "  ID = spaced \nbroken line\n=novalue\n")
        << QStringList{"single quoted", "", "spaced", "a \"b\" \\ c"};
    QTest::newRow("empty") << QByteArray() << QStringList{"", "", "", ""};
    QTest::newRow("binary") << QByteArray("\0\xff=\n\"", 5) << QStringList{"", "", "", ""};
}

void tst_SmartStateParsers::osRelease()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, expected);
    const OsRelease os = SmartStateParsers::parseOsRelease(text);
    QCOMPARE((QStringList{os.name, os.versionId, os.id, os.prettyName}), expected);
}

void tst_SmartStateParsers::hostname()
{
    QCOMPARE(SmartStateParsers::parseHostname("# set by cloud-init\n\n  db-7.example \n"),
             QStringLiteral("db-7.example"));
    QCOMPARE(SmartStateParsers::parseHostname(""), QString());
}

void tst_SmartStateParsers::passwd()
{
    int skipped = 0;
    const QList<SmartUser> users =
        SmartStateParsers::parsePasswd("root:x:0:0:root:/root:/bin/bash\n"
                                       "bob:x:1001:1001::/home/bob:\n"
                                       "short:x:1\n"
                                       "neg:x:-1:0::/:/bin/sh\n"
                                       "big:x:99999999999:0::/:/bin/sh\n"
                                       "+nis::::::\n"
                                       ":x:5:5::/:/bin/sh\n"
                                       "# comment\n",
                                       &skipped);
    QCOMPARE(skipped, 5);
    QCOMPARE(users, (QList<SmartUser>{
                        {"root", 0, 0, "/root", "/bin/bash", "root"},
                        {"bob", 1001, 1001, "/home/bob", "", ""},
                    }));
}

void tst_SmartStateParsers::group()
{
    int skipped = 0;
    const QList<SmartGroup> groups = SmartStateParsers::parseGroup(
        "wheel:x:10:alice, bob,,\nnobody:x:65534:\nbad:x:abc:\ntoo:many:1:2:3\n", &skipped);
    QCOMPARE(skipped, 2);
    QCOMPARE(groups, (QList<SmartGroup>{{"wheel", 10, {"alice", "bob"}}, {"nobody", 65534, {}}}));
}

void tst_SmartStateParsers::dpkgStatus()
{
    const QList<SmartPackage> packages = SmartStateParsers::parseDpkgStatus(
        "Package: a\nStatus: install ok installed\nVersion: 1\nArchitecture: amd64\n\n"
        "Package: b\nStatus: install ok half-installed\nVersion: 2\n\n"
        "Package: c\nStatus: purge ok not-installed\n\n"
        "Package: d\nstatus: hold ok installed\nversion: 2:1.0\narchitecture: all\n"
        "Description: multi\n line\n\n\n"
        "Status: install ok installed\nVersion: 9\n\n" // no Package field
        "Package: e\r\nStatus: install ok installed\r\nVersion: 3\r\n");
    const QString dpkg = QStringLiteral("dpkg");
    QCOMPARE(packages,
             (QList<SmartPackage>{
                 {"a", "1", "amd64", dpkg}, {"d", "2:1.0", "all", dpkg}, {"e", "3", "", dpkg}}));
}

void tst_SmartStateParsers::rpmHeader()
{
    SmartPackage package;
    QString error;
    QVERIFY2(SmartStateParsers::parseRpmHeader(rpmPackageBlob("bash", "5.2.26", "1.fc40", "x86_64"),
                                               &package, &error),
             qPrintable(error));
    QCOMPARE(package, (SmartPackage{"bash", "5.2.26-1.fc40", "x86_64", "rpm"}));
    QVERIFY(SmartStateParsers::parseRpmHeader(
        rpmPackageBlob("openssl", "3.1.1", "4.fc40", "x86_64", 1), &package, &error));
    QCOMPARE(package.version, QStringLiteral("1:3.1.1-4.fc40"));
}

void tst_SmartStateParsers::rpmHeaderMalformed_data()
{
    QTest::addColumn<QByteArray>("blob");
    QTest::addColumn<QString>("message");
    const QByteArray good = rpmPackageBlob("bash", "5", "1", "noarch");
    QTest::newRow("empty") << QByteArray() << "rpm header is truncated";
    QTest::newRow("data cut off") << good.left(good.size() - 3) << "rpm header is truncated";
    QTest::newRow("huge index count")
        << QByteArray::fromHex("7fffffff00000010") << "rpm header sizes are invalid";
    QByteArray outside = good;
    outside[8 + 8 + 3] = char(0x7f); // NAME's offset far past the data
    QTest::newRow("offset outside data") << outside << "rpm header entry for tag 1000 is invalid";
    QByteArray unterminated = good;
    unterminated.chop(1);
    unterminated.append('x');
    QTest::newRow("unterminated string")
        << unterminated << "rpm header string for tag 1022 is not terminated";
    QTest::newRow("no name") << rpmHeaderBlob({{1001, 6, "1"}})
                             << "rpm header has no package name or version";
    QTest::newRow("epoch as string")
        << rpmHeaderBlob({{1003, 6, "1"}}) << "rpm header epoch entry is invalid";
}

void tst_SmartStateParsers::rpmHeaderMalformed()
{
    QFETCH(QByteArray, blob);
    QFETCH(QString, message);
    SmartPackage package;
    QString error;
    QVERIFY(!SmartStateParsers::parseRpmHeader(blob, &package, &error));
    QCOMPARE(error, message);
}

void tst_SmartStateParsers::rpmDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rpmdb.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "make-rpmdb");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        // The schema rpm 4.16+ writes.
        QVERIFY(query.exec("CREATE TABLE Packages (hnum INTEGER PRIMARY KEY AUTOINCREMENT, "
                           "blob BLOB NOT NULL)"));
        QVERIFY(query.prepare("INSERT INTO Packages (blob) VALUES (?)"));
        for (const QByteArray &blob :
             {rpmPackageBlob("bash", "5.2.26", "1.fc40", "x86_64"),
              rpmPackageBlob("gpg-pubkey", "a15b79cc", "63d04c2c", ""), QByteArray("garbage"),
              rpmPackageBlob("kernel", "6.8.5", "301.fc40", "x86_64", 0)}) {
            query.addBindValue(blob);
            QVERIFY(query.exec());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase("make-rpmdb");
    QList<SmartPackage> packages;
    QString error;
    QVERIFY(SmartStateParsers::readRpmDatabase(path, &packages, &error));
    QCOMPARE(error, QStringLiteral("1 damaged rpm header(s) skipped"));
    QCOMPARE(packages, (QList<SmartPackage>{{"bash", "5.2.26-1.fc40", "x86_64", "rpm"},
                                            {"kernel", "0:6.8.5-301.fc40", "x86_64", "rpm"}}));
}

void tst_SmartStateParsers::rpmDatabaseThatIsNot()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rpmdb.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'z'));
    file.close();
    QList<SmartPackage> packages;
    QString error;
    QVERIFY(!SmartStateParsers::readRpmDatabase(path, &packages, &error));
    QVERIFY2(error.startsWith(QStringLiteral("not an rpm database")) ||
                 error.startsWith(QStringLiteral("cannot open the rpm database")),
             qPrintable(error));
    QVERIFY(packages.isEmpty());
}

QTEST_GUILESS_MAIN(tst_SmartStateParsers)
#include "tst_smartstateparsers.moc"
