#include "tests/support/testnodexml.h"
#include "tests/vcsim/vcsimprocess.h"

#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

// The headless commands, run as an operator's script would: the real binary, a real database,
// libvirt's test driver.
class tst_Cli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addListRefreshRemove();
    void refreshAllReportsEachProvider();
    void usageErrors_data();
    void usageErrors();
    void unreachableUriIsNotAdded();
    void untrustedCertificateNeedsTlsPin();
    void badTlsPinIsUsageError_data();
    void badTlsPinIsUsageError();
    void malformedTestXmlIsNotAdded();
    void failedRefreshKeepsInventory();
    void corruptDatabaseIsRefusedUntouched();
    void readOnlyDatabaseFailsClearly();

private:
    struct Result
    {
        int status = -1;
        QString out;
        QString err;
    };
    Result vantage(QStringList arguments, const QByteArray &input = {}) const;
    QString database() const { return m_dir->filePath(QStringLiteral("v.sqlite")); }
    QString writeNode(const QString &name, int domains) const;

    std::unique_ptr<QTemporaryDir> m_dir;
};

tst_Cli::Result tst_Cli::vantage(QStringList arguments, const QByteArray &input) const
{
    arguments << QStringLiteral("--database") << database();
    QProcess process;
    process.start(QStringLiteral(VANTAGE_BINARY), arguments);
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString tst_Cli::writeNode(const QString &name, int domains) const
{
    const QString path = m_dir->filePath(name + QStringLiteral(".xml"));
    Vantage::TestNodeSpec spec;
    spec.hostName = name;
    spec.domains = domains;
    spec.seed = qHash(name); // distinct host UUIDs: two files must be two hosts
    QString error;
    if (!Vantage::TestNodeXml::writeFile(path, spec, &error))
        qWarning() << error;
    return QStringLiteral("test://") + path;
}

void tst_Cli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void tst_Cli::addListRefreshRemove()
{
    Result r = vantage({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("lab"),
                        QStringLiteral("--type"), QStringLiteral("libvirt"),
                        QStringLiteral("--uri"), writeNode(QStringLiteral("lab-a"), 12),
                        QStringLiteral("--uri"), writeNode(QStringLiteral("lab-b"), 5)});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Verified")), qPrintable(r.out));

    r = vantage({QStringLiteral("provider"), QStringLiteral("list")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains(QStringLiteral("lab\tlibvirt")));
    QVERIFY(r.out.contains(QStringLiteral("not refreshed")));

    r = vantage({QStringLiteral("refresh"), QStringLiteral("lab")});
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("17 VMs")) || r.out.contains(QStringLiteral("added")),
             qPrintable(r.out));

    // An unchanged inventory writes nothing the second time.
    r = vantage({QStringLiteral("refresh"), QStringLiteral("lab")});
    QCOMPARE(r.status, 0);
    QVERIFY2(r.out.contains(QStringLiteral("0 added, 0 changed, 0 removed")), qPrintable(r.out));

    r = vantage({QStringLiteral("provider"), QStringLiteral("list")});
    QVERIFY(r.out.contains(QStringLiteral("\tok")));

    r = vantage({QStringLiteral("provider"), QStringLiteral("remove"), QStringLiteral("lab")});
    QCOMPARE(r.status, 0);
    r = vantage({QStringLiteral("provider"), QStringLiteral("list")});
    QVERIFY(r.out.contains(QStringLiteral("No providers")));
}

void tst_Cli::refreshAllReportsEachProvider()
{
    for (const QString &name : QStringList{QStringLiteral("one"), QStringLiteral("two")}) {
        const Result r = vantage({QStringLiteral("provider"), QStringLiteral("add"), name,
                                  QStringLiteral("--type"), QStringLiteral("libvirt"),
                                  QStringLiteral("--uri"), writeNode(name, 3)});
        QVERIFY2(r.status == 0, qPrintable(r.err));
    }
    const Result r = vantage({QStringLiteral("refresh"), QStringLiteral("--all")});
    QCOMPARE(r.status, 0);
    QVERIFY(r.out.contains(QStringLiteral("one: refreshed")));
    QVERIFY(r.out.contains(QStringLiteral("two: refreshed")));
}

void tst_Cli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("add without type")
        << QStringList{QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("x")}
        << QStringLiteral("--type");
    QTest::newRow("unknown type") << QStringList{QStringLiteral("provider"),
                                                 QStringLiteral("add"),
                                                 QStringLiteral("x"),
                                                 QStringLiteral("--type"),
                                                 QStringLiteral("hyperv"),
                                                 QStringLiteral("--uri"),
                                                 QStringLiteral("x://")}
                                  << QStringLiteral("known types: libvirt");
    QTest::newRow("bad uri") << QStringList{QStringLiteral("provider"), QStringLiteral("add"),
                                            QStringLiteral("x"),        QStringLiteral("--type"),
                                            QStringLiteral("libvirt"),  QStringLiteral("--uri"),
                                            QStringLiteral("not a uri")}
                             << QString();
    QTest::newRow("unknown action")
        << QStringList{QStringLiteral("provider"), QStringLiteral("frobnicate")}
        << QStringLiteral("provider add, list or remove");
    QTest::newRow("refresh without name")
        << QStringList{QStringLiteral("refresh")} << QStringLiteral("NAME or --all");
}

void tst_Cli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Result r = vantage(arguments);
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("vantage: ")), qPrintable(r.err));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void tst_Cli::unreachableUriIsNotAdded()
{
    QElapsedTimer timer;
    timer.start();
    Result r = vantage({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("far"),
                        QStringLiteral("--type"), QStringLiteral("libvirt"),
                        QStringLiteral("--uri"), QStringLiteral("qemu+tcp://127.0.0.1:1/system")});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Not added")), qPrintable(r.err));
    r = vantage({QStringLiteral("provider"), QStringLiteral("list")});
    QVERIFY(r.out.contains(QStringLiteral("No providers")));
}

void tst_Cli::untrustedCertificateNeedsTlsPin()
{
    Vantage::Testing::VcsimProcess vcsim;
    QString error;
    QVERIFY2(vcsim.start({}, &error), qPrintable(error));
    const QString sha256 = QString::fromLatin1(QSslCertificate::fromPath(vcsim.certificatePath())
                                                   .value(0)
                                                   .digest(QCryptographicHash::Sha256)
                                                   .toHex(':')
                                                   .toUpper());
    const QStringList add{QStringLiteral("provider"), QStringLiteral("add"),
                          QStringLiteral("vcenter"),  QStringLiteral("--type"),
                          QStringLiteral("vmware"),   QStringLiteral("--uri"),
                          vcsim.url().toString(),     QStringLiteral("--user"),
                          QStringLiteral("user"),     QStringLiteral("--password-stdin")};

    Result r = vantage(add, "pass\n");
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Not added")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("--tls-pin ") + sha256), qPrintable(r.err));
    QVERIFY(vantage({QStringLiteral("provider"), QStringLiteral("list")})
                .out.contains(QStringLiteral("No providers")));

    // Pasted as openssl prints it, in lower case and without colons: the same pin.
    r = vantage(add + QStringList{QStringLiteral("--tls-pin"), sha256.toLower().remove(u':')},
                "pass\n");
    QVERIFY2(r.status == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Verified")), qPrintable(r.out));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("pin"));
    db.setDatabaseName(database());
    QVERIFY(db.open());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT options FROM managers")) && query.next());
    QVERIFY2(query.value(0).toString().contains(sha256), qPrintable(query.value(0).toString()));
}

void tst_Cli::badTlsPinIsUsageError_data()
{
    QTest::addColumn<QString>("pin");
    QTest::newRow("too short") << QStringLiteral("AB:CD:EF");
    QTest::newRow("not hex") << QStringLiteral("ZZ").repeated(32);
    QTest::newRow("one digit too many") << QStringLiteral("A").repeated(65);
    QTest::newRow("odd separators") << QStringLiteral("A:B") + QStringLiteral("CD").repeated(31);
    QTest::newRow("empty") << QString();
}

void tst_Cli::badTlsPinIsUsageError()
{
    QFETCH(QString, pin);
    const Result r =
        vantage({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("x"),
                 QStringLiteral("--type"), QStringLiteral("vmware"), QStringLiteral("--uri"),
                 QStringLiteral("vcenter.example.com"), QStringLiteral("--tls-pin"), pin});
    QCOMPARE(r.status, 2);
    QVERIFY2(r.err.startsWith(QStringLiteral("vantage: --tls-pin")), qPrintable(r.err));
    QVERIFY(vantage({QStringLiteral("provider"), QStringLiteral("list")})
                .out.contains(QStringLiteral("No providers")));
}

void tst_Cli::malformedTestXmlIsNotAdded()
{
    const QString path = m_dir->filePath(QStringLiteral("broken.xml"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<node><domain type='test'><name>half");
    file.close();
    const Result r =
        vantage({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("broken"),
                 QStringLiteral("--type"), QStringLiteral("libvirt"), QStringLiteral("--uri"),
                 QStringLiteral("test://") + path});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Not added")), qPrintable(r.err));
}

void tst_Cli::failedRefreshKeepsInventory()
{
    const QString uri = writeNode(QStringLiteral("gone"), 4);
    QCOMPARE(
        vantage({QStringLiteral("provider"), QStringLiteral("add"), QStringLiteral("gone"),
                 QStringLiteral("--type"), QStringLiteral("libvirt"), QStringLiteral("--uri"), uri})
            .status,
        0);
    QCOMPARE(vantage({QStringLiteral("refresh"), QStringLiteral("gone")}).status, 0);
    QVERIFY(QFile::remove(uri.mid(int(qstrlen("test://")))));
    const Result r = vantage({QStringLiteral("refresh"), QStringLiteral("gone")});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(QStringLiteral("refresh failed")), qPrintable(r.err));
    const Result list = vantage({QStringLiteral("provider"), QStringLiteral("list")});
    QVERIFY(list.out.contains(QStringLiteral("\terror")));
    // The four VMs from the first refresh are still in the database.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(database());
    QVERIFY(db.open());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM vms")) && query.next());
    QCOMPARE(query.value(0).toInt(), 4);
}

void tst_Cli::corruptDatabaseIsRefusedUntouched()
{
    QFile file(database());
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray garbage = QByteArray(4096, '\x5a');
    file.write(garbage);
    file.close();
    const Result r = vantage({QStringLiteral("provider"), QStringLiteral("list")});
    QCOMPARE(r.status, 1);
    QVERIFY2(r.err.contains(QStringLiteral("cannot be used")), qPrintable(r.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), garbage);
}

void tst_Cli::readOnlyDatabaseFailsClearly()
{
    QCOMPARE(vantage({QStringLiteral("provider"), QStringLiteral("list")}).status, 0);
    // Readable by everyone, writable by nobody but root; root itself ignores permissions, so as
    // root the command runs as the unprivileged "nobody".
    const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const auto exec = QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(database(), readOnly));
    QVERIFY(QFile::setPermissions(m_dir->path(), readOnly | exec));
    QStringList arguments{
        QStringLiteral("provider"),       QStringLiteral("add"),     QStringLiteral("x"),
        QStringLiteral("--type"),         QStringLiteral("libvirt"), QStringLiteral("--uri"),
        QStringLiteral("test:///default")};
    if (geteuid() == 0) {
        arguments.prepend(QStringLiteral(VANTAGE_BINARY));
        arguments = QStringList{QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                QStringLiteral("--clear-groups"), QStringLiteral("--")} +
                    arguments;
    }
    arguments << QStringLiteral("--database") << database();
    QProcess process;
    process.start(geteuid() == 0 ? QStringLiteral("setpriv") : QStringLiteral(VANTAGE_BINARY),
                  arguments);
    QVERIFY(process.waitForFinished(60000));
    QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                     QFileDevice::ExeOwner));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.startsWith(QStringLiteral("vantage: ")), qPrintable(err));
    QVERIFY2(err.contains(database()), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("read-only")), qPrintable(err));
    // Nothing was added.
    QCOMPARE(vantage({QStringLiteral("provider"), QStringLiteral("list")})
                 .out.contains(QStringLiteral("No providers")),
             true);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
