#include "providers/libvirt/domainxmlparser.h"

#include <QFile>
#include <QTest>

using namespace Vantage;

class tst_DomainXmlParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesQemuDomain();
    void disks_data();
    void disks();
    void nics_data();
    void nics();
    void missingCurrentMemoryMeansMemory();
    void rejectsTruncatedXml();
    void rejectsOtherDocuments();
    void appendsAfterExistingDevices();
    void units_data();
    void units();

private:
    static QByteArray fixture(const char *name);
    void parseQemu();

    VmRecord m_vm;
    QList<DiskRecord> m_disks;
    QList<NicRecord> m_nics;
};

QByteArray tst_DomainXmlParser::fixture(const char *name)
{
    QFile file(QStringLiteral(VANTAGE_TEST_DATA "/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

void tst_DomainXmlParser::parseQemu()
{
    m_vm = {};
    m_disks.clear();
    m_nics.clear();
    QString error;
    QVERIFY2(DomainXmlParser::parse(fixture("domain-qemu.xml"), &m_vm, &m_disks, &m_nics, &error),
             qPrintable(error));
}

void tst_DomainXmlParser::parsesQemuDomain()
{
    parseQemu();
    QCOMPARE(m_vm.name, QStringLiteral("db-primary"));
    // UUIDs are compared as libvirt prints them: lower case.
    QCOMPARE(m_vm.uuid, QStringLiteral("8f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"));
    QCOMPARE(m_vm.emsRef, m_vm.uuid);
    QCOMPARE(m_vm.vcpus, 4); // current='4' of 8
    QCOMPARE(m_vm.maxMemoryBytes, 16LL * 1024 * 1024 * 1024);
    QCOMPARE(m_vm.memoryBytes, 12288LL * 1024 * 1024);
    QCOMPARE(m_vm.osType, QStringLiteral("hvm"));
    QCOMPARE(m_disks.size(), 5);
    QCOMPARE(m_nics.size(), 4);
}

void tst_DomainXmlParser::disks_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("bus");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("format");

    QTest::newRow("file") << 0 << "disk"
                          << "vda"
                          << "virtio"
                          << "/var/lib/libvirt/images/db-primary.qcow2"
                          << "qcow2";
    QTest::newRow("block") << 1 << "disk"
                           << "vdb"
                           << "virtio"
                           << "/dev/vg0/db-data"
                           << "raw";
    QTest::newRow("volume") << 2 << "disk"
                            << "vdc"
                            << "virtio"
                            << "fast/db-wal.qcow2"
                            << "qcow2";
    QTest::newRow("network") << 3 << "disk"
                             << "sda"
                             << "scsi"
                             << "rbd://rbd/db-archive"
                             << "raw";
    QTest::newRow("empty cdrom") << 4 << "cdrom"
                                 << "sdb"
                                 << "sata"
                                 << ""
                                 << "raw";
}

void tst_DomainXmlParser::disks()
{
    QFETCH(int, index);
    QFETCH(QString, device);
    QFETCH(QString, target);
    QFETCH(QString, bus);
    QFETCH(QString, source);
    QFETCH(QString, format);
    parseQemu();
    const DiskRecord &disk = m_disks.at(index);
    QCOMPARE(disk.device, device);
    QCOMPARE(disk.target, target);
    QCOMPARE(disk.bus, bus);
    QCOMPARE(disk.source, source);
    QCOMPARE(disk.format, format);
    QCOMPARE(disk.vmRef, m_vm.uuid);
    QCOMPARE(disk.emsRef, m_vm.uuid + u'/' + target);
}

void tst_DomainXmlParser::nics_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("mac");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("sourceType");
    QTest::addColumn<QString>("source");

    QTest::newRow("network") << 0 << "52:54:00:ab:cd:01"
                             << "virtio"
                             << "network"
                             << "default";
    QTest::newRow("bridge") << 1 << "52:54:00:ab:cd:02"
                            << "e1000e"
                            << "bridge"
                            << "br-storage";
    QTest::newRow("direct") << 2 << "52:54:00:ab:cd:03"
                            << "virtio"
                            << "direct"
                            << "eno2";
    QTest::newRow("user") << 3 << "52:54:00:ab:cd:04"
                          << "rtl8139"
                          << "user"
                          << "";
}

void tst_DomainXmlParser::nics()
{
    QFETCH(int, index);
    QFETCH(QString, mac);
    QFETCH(QString, model);
    QFETCH(QString, sourceType);
    QFETCH(QString, source);
    parseQemu();
    const NicRecord &nic = m_nics.at(index);
    QCOMPARE(nic.mac, mac);
    QCOMPARE(nic.model, model);
    QCOMPARE(nic.sourceType, sourceType);
    QCOMPARE(nic.source, source);
    QCOMPARE(nic.emsRef, m_vm.uuid + u'/' + mac);
}

void tst_DomainXmlParser::missingCurrentMemoryMeansMemory()
{
    const QByteArray xml = "<domain type='test'><name>a</name>"
                           "<uuid>11111111-2222-4333-8444-555555555555</uuid>"
                           "<memory>1048576</memory><vcpu>2</vcpu></domain>";
    VmRecord vm;
    QList<DiskRecord> disks;
    QList<NicRecord> nics;
    QVERIFY(DomainXmlParser::parse(xml, &vm, &disks, &nics, nullptr));
    QCOMPARE(vm.maxMemoryBytes, 1024LL * 1024 * 1024);
    QCOMPARE(vm.memoryBytes, vm.maxMemoryBytes);
    QCOMPARE(vm.vcpus, 2);
}

void tst_DomainXmlParser::rejectsTruncatedXml()
{
    VmRecord vm;
    QList<DiskRecord> disks;
    QList<NicRecord> nics;
    QString error;
    QVERIFY(!DomainXmlParser::parse(fixture("domain-truncated.xml"), &vm, &disks, &nics, &error));
    QVERIFY2(error.contains(QStringLiteral("malformed")), qPrintable(error));
    QVERIFY(disks.isEmpty()); // nothing half-read is left behind
}

void tst_DomainXmlParser::rejectsOtherDocuments()
{
    VmRecord vm;
    QList<DiskRecord> disks;
    QList<NicRecord> nics;
    QString error;
    QVERIFY(
        !DomainXmlParser::parse("<network><name>x</name></network>", &vm, &disks, &nics, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!DomainXmlParser::parse("<domain><name>x</name></domain>", &vm, &disks, &nics, &error));
    QVERIFY2(error.contains(QStringLiteral("uuid")), qPrintable(error));
}

void tst_DomainXmlParser::appendsAfterExistingDevices()
{
    QList<DiskRecord> disks(3);
    QList<NicRecord> nics(2);
    VmRecord vm;
    QVERIFY(DomainXmlParser::parse(fixture("domain-qemu.xml"), &vm, &disks, &nics, nullptr));
    QCOMPARE(disks.size(), 8);
    QCOMPARE(nics.size(), 6);
    QVERIFY(disks.first().vmRef.isEmpty()); // earlier records are not touched
    QCOMPARE(disks.at(3).target, QStringLiteral("vda"));
}

void tst_DomainXmlParser::units_data()
{
    QTest::addColumn<QString>("unit");
    QTest::addColumn<qint64>("bytes");
    QTest::newRow("default KiB") << "" << 2048LL;
    QTest::newRow("bytes") << "bytes" << 2LL;
    QTest::newRow("KiB") << "KiB" << 2048LL;
    QTest::newRow("MiB") << "MiB" << 2LL * 1024 * 1024;
    QTest::newRow("GB") << "GB" << 2000000000LL;
    QTest::newRow("GiB") << "GiB" << 2LL * 1024 * 1024 * 1024;
    QTest::newRow("unknown") << "parsecs" << -1LL;
}

void tst_DomainXmlParser::units()
{
    QFETCH(QString, unit);
    QFETCH(qint64, bytes);
    QCOMPARE(DomainXmlParser::toBytes(2, unit), bytes);
}

QTEST_GUILESS_MAIN(tst_DomainXmlParser)
#include "tst_domainxmlparser.moc"
