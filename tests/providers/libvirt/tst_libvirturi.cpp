#include "providers/libvirt/libvirturi.h"

#include <QTest>

using namespace Vantage;

class tst_LibvirtUri : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void parts_data();
    void parts();
    void forConnectAddsNoTtyForSsh();
};

void tst_LibvirtUri::validate_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("qemu system") << "qemu:///system" << true << QString();
    QTest::newRow("qemu session") << "qemu:///session" << true << QString();
    QTest::newRow("qemu+ssh") << "qemu+ssh://root@kvm1.example.com/system" << true << QString();
    QTest::newRow("qemu+tcp port") << "qemu+tcp://10.0.0.5:16509/system" << true << QString();
    QTest::newRow("qemu+tls") << "qemu+tls://kvm2/system" << true << QString();
    QTest::newRow("qemu+libssh2") << "qemu+libssh2://u@h/system?known_hosts=/k" << true
                                  << QString();
    QTest::newRow("test default") << "test:///default" << true << QString();
    QTest::newRow("test file") << "test:///srv/lab/node.xml" << true << QString();
    QTest::newRow("xen") << "xen:///system" << true << QString();
    QTest::newRow("lxc") << "lxc:///system" << true << QString();
    QTest::newRow("upper case scheme") << "QEMU:///system" << true << QString();

    QTest::newRow("empty") << "" << false << "Enter a libvirt URI";
    QTest::newRow("blank") << "   " << false << "Enter a libvirt URI";
    QTest::newRow("no scheme") << "kvm1.example.com" << false << "not a libvirt URI";
    QTest::newRow("http") << "http://kvm1/system" << false << "not a libvirt driver";
    QTest::newRow("unknown driver") << "foo:///system" << false << "not a libvirt driver";
    QTest::newRow("unknown transport")
        << "qemu+pigeon://h/system" << false << "not a libvirt transport";
    QTest::newRow("ssh without host") << "qemu+ssh:///system" << false << "needs a host name";
    QTest::newRow("tcp without host") << "qemu+tcp:///system" << false << "needs a host name";
    QTest::newRow("test without path") << "test:///" << false << "test:///default";
    QTest::newRow("test with host") << "test://h/default" << false << "runs locally";
    QTest::newRow("bad characters") << "qemu://kvm 1/system" << false << "not a valid URI";
}

void tst_LibvirtUri::validate()
{
    QFETCH(QString, uri);
    QFETCH(bool, valid);
    QFETCH(QString, messagePart);
    const QString message = LibvirtUri::validate(uri);
    QCOMPARE(message.isEmpty(), valid);
    if (!valid)
        QVERIFY2(message.contains(messagePart), qPrintable(message));
}

void tst_LibvirtUri::parts_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("driver");
    QTest::addColumn<QString>("transport");
    QTest::addColumn<QString>("testFile");
    QTest::addColumn<QString>("label");

    QTest::newRow("local") << "qemu:///system"
                           << "qemu"
                           << ""
                           << ""
                           << "";
    QTest::newRow("ssh") << "qemu+ssh://root@kvm1/system"
                         << "qemu"
                         << "ssh"
                         << ""
                         << "kvm1";
    QTest::newRow("test default") << "test:///default"
                                  << "test"
                                  << ""
                                  << ""
                                  << "";
    QTest::newRow("test file") << "test:///tmp/lab/host-a.xml"
                               << "test"
                               << ""
                               << "/tmp/lab/host-a.xml"
                               << "host-a";
}

void tst_LibvirtUri::parts()
{
    QFETCH(QString, uri);
    QFETCH(QString, driver);
    QFETCH(QString, transport);
    QFETCH(QString, testFile);
    QFETCH(QString, label);
    QCOMPARE(LibvirtUri::driver(uri), driver);
    QCOMPARE(LibvirtUri::transport(uri), transport);
    QCOMPARE(LibvirtUri::testFilePath(uri), testFile);
    QCOMPARE(LibvirtUri::hostLabel(uri), label);
}

void tst_LibvirtUri::forConnectAddsNoTtyForSsh()
{
    QCOMPARE(LibvirtUri::forConnect(QStringLiteral("qemu+ssh://root@kvm1/system")),
             QStringLiteral("qemu+ssh://root@kvm1/system?no_tty=1"));
    QCOMPARE(LibvirtUri::forConnect(QStringLiteral("qemu+ssh://kvm1/system?no_tty=0")),
             QStringLiteral("qemu+ssh://kvm1/system?no_tty=0"));
    QCOMPARE(LibvirtUri::forConnect(QStringLiteral(" qemu:///system ")),
             QStringLiteral("qemu:///system"));
}

QTEST_GUILESS_MAIN(tst_LibvirtUri)
#include "tst_libvirturi.moc"
