#include "providers/libvirt/libvirterror.h"

#include <QTest>

#include <libvirt/virterror.h>

using namespace Vantage;

class tst_LibvirtError : public QObject
{
    Q_OBJECT

private slots:
    void map_data();
    void map();
};

void tst_LibvirtError::map_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("domain");
    QTest::addColumn<QString>("libvirtMessage");
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("messagePart");
    QTest::addColumn<QString>("hintPart");

    QTest::newRow("refused") << int(VIR_ERR_SYSTEM_ERROR) << int(VIR_FROM_RPC)
                             << "unable to connect to server at '127.0.0.1:1': Connection refused"
                             << "qemu+tcp://127.0.0.1:1/system"
                             << "Could not reach"
                             << "nothing listens";
    QTest::newRow("no daemon") << int(VIR_ERR_SYSTEM_ERROR) << int(VIR_FROM_RPC)
                               << "Failed to connect socket to '/var/run/libvirt/libvirt-sock': "
                                  "No such file or directory"
                               << "qemu:///system"
                               << "Could not reach"
                               << "start libvirtd";
    QTest::newRow("dns") << int(VIR_ERR_SYSTEM_ERROR) << int(VIR_FROM_RPC)
                         << "Cannot resolve address: Name or service not known"
                         << "qemu+tcp://nohost/system"
                         << "Could not reach"
                         << "resolved";
    QTest::newRow("auth failed") << int(VIR_ERR_AUTH_FAILED) << int(VIR_FROM_TEST)
                                 << "authentication failed"
                                 << "test:///tmp/a.xml"
                                 << "Authentication"
                                 << "password";
    QTest::newRow("auth domain") << int(VIR_ERR_INVALID_ARG) << int(VIR_FROM_AUTH)
                                 << "Missing or invalid auth pointer"
                                 << "test:///tmp/a.xml"
                                 << "Authentication"
                                 << "password";
    QTest::newRow("no driver") << int(VIR_ERR_NO_CONNECT) << int(VIR_FROM_NONE)
                               << "no connection driver available for foo:///system"
                               << "foo:///system"
                               << "No libvirt driver"
                               << "driver";
    QTest::newRow("bad test xml") << int(VIR_ERR_XML_DETAIL) << int(VIR_FROM_XML)
                                  << "/tmp/bad.xml:1: expected '>'"
                                  << "test:///tmp/bad.xml"
                                  << "/tmp/bad.xml is not a valid"
                                  << "expected '>'";
    QTest::newRow("lost") << int(VIR_ERR_INTERNAL_ERROR) << int(VIR_FROM_RPC)
                          << "client socket is closed"
                          << "qemu+ssh://h/system"
                          << "was lost"
                          << "reconnects";
    QTest::newRow("other") << int(VIR_ERR_OPERATION_FAILED) << int(VIR_FROM_QEMU) << "something odd"
                           << "qemu:///system"
                           << "libvirt reported"
                           << "something odd";
}

void tst_LibvirtError::map()
{
    QFETCH(int, code);
    QFETCH(int, domain);
    QFETCH(QString, libvirtMessage);
    QFETCH(QString, uri);
    QFETCH(QString, messagePart);
    QFETCH(QString, hintPart);
    const ProviderError error = LibvirtError::map(code, domain, libvirtMessage, uri);
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    QVERIFY2(error.hint.contains(hintPart), qPrintable(error.hint));
}

QTEST_GUILESS_MAIN(tst_LibvirtError)
#include "tst_libvirterror.moc"
