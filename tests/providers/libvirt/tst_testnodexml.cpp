#include "tests/support/testnodexml.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Vantage;

class tst_TestNodeXml : public QObject
{
    Q_OBJECT

private slots:
    void deterministic();
    void seedsDiffer();
    void modelShape_data();
    void modelShape();
    void loadsInVirsh_data();
    void loadsInVirsh();
    void writeFileReportsErrors();
};

void tst_TestNodeXml::deterministic()
{
    TestNodeSpec spec;
    spec.domains = 50;
    QCOMPARE(TestNodeXml::generate(spec), TestNodeXml::generate(spec));
}

void tst_TestNodeXml::seedsDiffer()
{
    TestNodeSpec a;
    TestNodeSpec b;
    b.seed = 2;
    const TestNodeModel ma = TestNodeXml::model(a);
    const TestNodeModel mb = TestNodeXml::model(b);
    QVERIFY(ma.hostUuid != mb.hostUuid);
    for (int i = 0; i < ma.domains.size(); ++i) {
        QVERIFY(ma.domains[i].uuid != mb.domains[i].uuid);
        QVERIFY(ma.domains[i].mac != mb.domains[i].mac);
    }
}

void tst_TestNodeXml::modelShape_data()
{
    QTest::addColumn<int>("domains");
    QTest::addColumn<int>("networks");
    QTest::addColumn<int>("pools");
    QTest::addColumn<int>("volumesPerPool");
    QTest::newRow("small") << 10 << 2 << 1 << 4;
    QTest::newRow("no networks") << 5 << 0 << 0 << 0;
    QTest::newRow("more volumes than domains") << 3 << 1 << 2 << 5;
    QTest::newRow("large") << 2000 << 3 << 2 << 100;
}

void tst_TestNodeXml::modelShape()
{
    QFETCH(int, domains);
    QFETCH(int, networks);
    QFETCH(int, pools);
    QFETCH(int, volumesPerPool);
    TestNodeSpec spec;
    spec.domains = domains;
    spec.networks = networks;
    spec.pools = pools;
    spec.volumesPerPool = volumesPerPool;
    const TestNodeModel model = TestNodeXml::model(spec);
    QCOMPARE(model.domains.size(), domains);
    QCOMPARE(model.networks.size(), networks);
    QCOMPARE(model.pools.size(), pools);
    QSet<QString> uuids;
    QSet<QString> names;
    QSet<QString> macs;
    QSet<int> states;
    for (const TestNodeDomain &d : model.domains) {
        uuids.insert(d.uuid);
        names.insert(d.name);
        macs.insert(d.mac);
        states.insert(d.runState);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab]"
                                                  "[0-9a-f]{3}-[0-9a-f]{12}$"))
                    .match(d.uuid)
                    .hasMatch());
    }
    QCOMPARE(uuids.size(), domains);
    QCOMPARE(names.size(), domains);
    QCOMPARE(macs.size(), domains);
    if (domains >= 10)
        QCOMPARE(states.size(), 7); // every virDomainState but "no state"
    int volumes = 0;
    for (const TestNodePool &p : model.pools)
        volumes += p.volumes.size();
    QCOMPARE(volumes, std::min(domains, pools * volumesPerPool));
}

void tst_TestNodeXml::loadsInVirsh_data()
{
    QTest::addColumn<int>("domains");
    QTest::newRow("12") << 12;
    QTest::newRow("500") << 500;
}

void tst_TestNodeXml::loadsInVirsh()
{
    QFETCH(int, domains);
    const QString virsh = QStandardPaths::findExecutable(QStringLiteral("virsh"));
    if (virsh.isEmpty())
        QSKIP("virsh is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TestNodeSpec spec;
    spec.hostName = QStringLiteral("lab");
    spec.domains = domains;
    spec.networks = 3;
    spec.pools = 2;
    spec.volumesPerPool = 5;
    const QString path = dir.filePath(QStringLiteral("lab.xml"));
    QString error;
    QVERIFY2(TestNodeXml::writeFile(path, spec, &error), qPrintable(error));

    QProcess process;
    process.start(virsh,
                  {QStringLiteral("-c"), TestNodeXml::uriForFile(path), QStringLiteral("list"),
                   QStringLiteral("--all"), QStringLiteral("--name")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), domains);

    process.start(virsh, {QStringLiteral("-c"), TestNodeXml::uriForFile(path),
                          QStringLiteral("vol-list"), QStringLiteral("pool1")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains("lab-vm-00005"));
}

void tst_TestNodeXml::writeFileReportsErrors()
{
    QString error;
    QVERIFY(!TestNodeXml::writeFile(QStringLiteral("/nonexistent-dir/x/node.xml"), {}, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_TestNodeXml)
#include "tst_testnodexml.moc"
