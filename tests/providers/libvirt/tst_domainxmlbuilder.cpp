#include "providers/libvirt/domainxmlbuilder.h"
#include "providers/libvirt/domainxmlparser.h"

#include <QTest>

using namespace Vantage;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kSource = R"(<domain type='kvm' id='7'>
  <name>web-1</name>
  <uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid>
  <memory unit='GiB'>4</memory>
  <currentMemory unit='GiB'>2</currentMemory>
  <vcpu placement='static' current='2'>4</vcpu>
  <os>
    <type arch='x86_64' machine='pc-q35-7.2'>hvm</type>
    <loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE.fd</loader>
    <nvram>/var/lib/libvirt/qemu/nvram/web-1_VARS.fd</nvram>
    <boot dev='hd'/>
  </os>
  <devices>
    <disk type='volume' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source pool='default' volume='web-1.qcow2'/>
      <backingStore/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <disk type='file' device='cdrom'>
      <source file='/iso/debian.iso'/>
      <target dev='sda' bus='sata'/>
      <readonly/>
    </disk>
    <interface type='bridge'>
      <mac address='52:54:00:AA:BB:01'/>
      <source bridge='br0'/>
      <target dev='vnet3'/>
      <model type='virtio'/>
    </interface>
    <video><model type='virtio'/></video>
  </devices>
</domain>
)";

} // namespace

class tst_DomainXmlBuilder : public QObject
{
    Q_OBJECT

private slots:
    void readsDisksAndNics();
    void cloneEdits();
    void cloneWritesItsOwnOutputFiles();
    void deviceEdits();
    void blankDomainParses();
    void refusesNonDomain_data();
    void refusesNonDomain();
    void freeTarget_data();
    void freeTarget();
    void guestFromCapabilities_data();
    void guestFromCapabilities();
    void volumeXml();
};

void tst_DomainXmlBuilder::readsDisksAndNics()
{
    DomainXmlBuilder b;
    QString error;
    QVERIFY2(b.load(kSource, &error), qPrintable(error));
    QCOMPARE(b.name(), u"web-1"_s);
    QCOMPARE(b.domainType(), u"kvm"_s);
    QVERIFY(b.hasNvram());
    QCOMPARE(b.maxMemoryBytes(), 4LL * 1024 * 1024 * 1024);
    const QList<DomainDisk> disks = b.disks();
    QCOMPARE(disks.size(), 2);
    QCOMPARE(disks[0].type, u"volume"_s);
    QCOMPARE(disks[0].pool, u"default"_s);
    QCOMPARE(disks[0].volume, u"web-1.qcow2"_s);
    QCOMPARE(disks[0].format, u"qcow2"_s);
    QCOMPARE(disks[1].device, u"cdrom"_s);
    QCOMPARE(disks[1].path, u"/iso/debian.iso"_s);
    QVERIFY(disks[1].readOnly);
    const QList<DomainNic> nics = b.nics();
    QCOMPARE(nics.size(), 1);
    QCOMPARE(nics[0].mac, u"52:54:00:aa:bb:01"_s);
    QCOMPARE(nics[0].type, u"bridge"_s);
    QCOMPARE(nics[0].source, u"br0"_s);
}

void tst_DomainXmlBuilder::cloneWritesItsOwnOutputFiles()
{
    DomainXmlBuilder b;
    QString error;
    QVERIFY(b.load("<domain type='qemu'><name>web-1</name><devices>"
                   "<serial type='file'><source path='/var/log/web-1-serial.log'/></serial>"
                   "<console type='file'><source path='/var/log/web-1-serial.log'/></console>"
                   "<channel type='file'><source path='/var/log/agent.log'/></channel>"
                   "<serial type='pty'><log file='/var/log/web-1/pty.log'/></serial>"
                   "</devices></domain>",
                   &error));
    b.renameOutputFiles(u"web-1"_s, u"web-2"_s);
    const QByteArray xml = b.toXml();
    QCOMPARE(xml.count("/var/log/web-2-serial.log"), 2);
    QVERIFY(xml.contains("/var/log/web-2-agent.log"));
    // Only the file name changes, never the folder.
    QVERIFY(xml.contains("/var/log/web-1/pty.log") == false);
    QVERIFY(xml.contains("/var/log/web-1/web-2-pty.log"));
}

void tst_DomainXmlBuilder::cloneEdits()
{
    DomainXmlBuilder b;
    QString error;
    QVERIFY(b.load(kSource, &error));
    b.setName(u"web-2"_s);
    b.removeUuid();
    b.removeNvram();
    b.forgetNicAddresses();
    b.setNetwork(u"isolated1"_s);
    b.setVcpus(3);
    b.setMemoryBytes(3LL * 1024 * 1024 * 1024);
    b.setDiskSource(u"vda"_s, u"file"_s, u"/pool/web-2-vda.qcow2"_s, u"qcow2"_s);
    const QByteArray xml = b.toXml();

    VmRecord vm;
    QList<DiskRecord> disks;
    QList<NicRecord> nics;
    // No UUID: the parser (which needs one) says so, and nothing else is wrong.
    QVERIFY(!DomainXmlParser::parse(xml, &vm, &disks, &nics, &error));
    QVERIFY(!xml.contains("<uuid>"));
    QVERIFY(!xml.contains("id=\"7\""));
    QVERIFY(!xml.contains("nvram"));
    QVERIFY(!xml.contains("mac address"));
    QVERIFY(!xml.contains("vnet3"));
    QVERIFY(!xml.contains("backingStore"));
    // What the edit does not touch is kept: loader, machine type, video, the CD-ROM.
    QVERIFY(xml.contains("OVMF_CODE.fd"));
    QVERIFY(xml.contains("pc-q35-7.2"));
    QVERIFY(xml.contains("<video>"));
    QVERIFY(xml.contains("/iso/debian.iso"));

    DomainXmlBuilder again;
    QVERIFY(again.load(xml, &error));
    QCOMPARE(again.name(), u"web-2"_s);
    QCOMPARE(again.disks()[0].type, u"file"_s);
    QCOMPARE(again.disks()[0].path, u"/pool/web-2-vda.qcow2"_s);
    QVERIFY(again.disks()[0].pool.isEmpty());
    QCOMPARE(again.nics()[0].type, u"network"_s);
    QCOMPARE(again.nics()[0].source, u"isolated1"_s);
    QCOMPARE(again.nics()[0].model, u"virtio"_s);
    QCOMPARE(again.maxMemoryBytes(), 3LL * 1024 * 1024 * 1024);
    QVERIFY(xml.contains(">3</vcpu>"));
    QVERIFY(!xml.contains("current="));
}

void tst_DomainXmlBuilder::deviceEdits()
{
    DomainXmlBuilder b;
    QString error;
    QVERIFY(b.load(kSource, &error));
    DomainDisk disk;
    disk.target = u"vdb"_s;
    disk.path = u"/pool/extra.qcow2"_s;
    disk.format = u"qcow2"_s;
    b.addDisk(disk);
    b.addNic({u"network"_s, u"default"_s, QString(), u"e1000"_s});
    QCOMPARE(b.disks().size(), 3);
    QCOMPARE(b.disks()[2].target, u"vdb"_s);
    QCOMPARE(b.nics().size(), 2);
    QVERIFY(b.diskElementXml(u"sda"_s).contains("debian.iso"));
    QVERIFY(b.nicElementXml(u"52:54:00:AA:BB:01"_s).contains("br0"));
    QVERIFY(b.diskElementXml(u"vdz"_s).isEmpty());
    QVERIFY(b.removeDisk(u"sda"_s));
    QVERIFY(!b.removeDisk(u"sda"_s));
    QVERIFY(b.removeNic(u"52:54:00:aa:bb:01"_s));
    QCOMPARE(b.nics().size(), 1);
    QCOMPARE(b.nics()[0].source, u"default"_s);
    QCOMPARE(b.disks().size(), 2);

    const QByteArray single = DomainXmlBuilder::diskXml(disk);
    // QDom writes attributes in no fixed order.
    QVERIFY(single.startsWith("<disk "));
    QVERIFY(single.contains("type=\"file\""));
    QVERIFY(single.contains("device=\"disk\""));
    QVERIFY(single.contains("<source file=\"/pool/extra.qcow2\"/>"));
}

void tst_DomainXmlBuilder::blankDomainParses()
{
    DomainXmlBuilder b = DomainXmlBuilder::blank(u"new-1"_s, u"kvm"_s, u"x86_64"_s);
    b.setVcpus(2);
    b.setMemoryBytes(1024 * 1024 * 1024);
    b.setBootOrder({u"cdrom"_s, u"hd"_s});
    DomainDisk disk;
    disk.target = u"vda"_s;
    disk.path = u"/pool/new-1-vda.qcow2"_s;
    b.addDisk(disk);
    const QByteArray xml =
        b.toXml().replace("<name>", "<uuid>6695eb01-f6a4-8304-79aa-97f2502e193f</uuid><name>");
    VmRecord vm;
    QList<DiskRecord> disks;
    QList<NicRecord> nics;
    QString error;
    QVERIFY2(DomainXmlParser::parse(xml, &vm, &disks, &nics, &error), qPrintable(error));
    QCOMPARE(vm.name, u"new-1"_s);
    QCOMPARE(vm.vcpus, 2);
    QCOMPARE(vm.memoryBytes, 1024LL * 1024 * 1024);
    QCOMPARE(vm.osType, u"hvm"_s);
    QCOMPARE(disks.size(), 1);
    QVERIFY(xml.contains("<acpi/>"));
    QVERIFY(xml.indexOf("dev=\"cdrom\"") < xml.indexOf("dev=\"hd\""));
}

void tst_DomainXmlBuilder::refusesNonDomain_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << kSource.left(200);
    QTest::newRow("network") << QByteArray("<network><name>x</name></network>");
}

void tst_DomainXmlBuilder::refusesNonDomain()
{
    QFETCH(QByteArray, xml);
    DomainXmlBuilder b;
    QVERIFY(b.load(kSource, nullptr));
    QString error;
    QVERIFY(!b.load(xml, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(b.name(), u"web-1"_s); // a failed load keeps what was there
}

void tst_DomainXmlBuilder::freeTarget_data()
{
    QTest::addColumn<QStringList>("used");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QStringList() << u"vda"_s;
    QTest::newRow("gap") << QStringList{u"vda"_s, u"vdc"_s} << u"vdb"_s;
    QStringList all;
    for (char c = 'a'; c <= 'z'; ++c)
        all.append(u"vd"_s + QLatin1Char(c));
    QTest::newRow("past z") << all << u"vdaa"_s;
    QTest::newRow("past az") << (all + QStringList{u"vdaa"_s}) << u"vdab"_s;
    QTest::newRow("other prefix ignored") << QStringList{u"sda"_s} << u"vda"_s;
}

void tst_DomainXmlBuilder::freeTarget()
{
    QFETCH(QStringList, used);
    QFETCH(QString, expected);
    QCOMPARE(DomainXmlBuilder::freeTarget(used, u"vd"_s), expected);
}

void tst_DomainXmlBuilder::guestFromCapabilities_data()
{
    QTest::addColumn<QByteArray>("caps");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("arch");

    const QByteArray qemu = "<capabilities><host><cpu><arch>x86_64</arch></cpu></host>"
                            "<guest><os_type>hvm</os_type><arch name='i686'><domain type='qemu'/>"
                            "<domain type='kvm'/></arch></guest>"
                            "<guest><os_type>hvm</os_type><arch name='x86_64'><domain type='qemu'/>"
                            "<domain type='kvm'/></arch></guest></capabilities>";
    QTest::newRow("kvm on the host's arch") << qemu << true << u"kvm"_s << u"x86_64"_s;
    const QByteArray tcg = "<capabilities><host><cpu><arch>x86_64</arch></cpu></host>"
                           "<guest><os_type>hvm</os_type><arch name='aarch64'>"
                           "<domain type='qemu'/></arch></guest></capabilities>";
    QTest::newRow("emulated only") << tcg << true << u"qemu"_s << u"aarch64"_s;
    const QByteArray xen = "<capabilities><host/><guest><os_type>xen</os_type>"
                           "<arch name='x86_64'><domain type='xen'/></arch></guest>"
                           "</capabilities>";
    QTest::newRow("no hvm guest") << xen << false << QString() << QString();
    QTest::newRow("garbage") << QByteArray("<capab") << false << QString() << QString();
}

void tst_DomainXmlBuilder::guestFromCapabilities()
{
    QFETCH(QByteArray, caps);
    QFETCH(bool, ok);
    QFETCH(QString, type);
    QFETCH(QString, arch);
    QString gotType;
    QString gotArch;
    QCOMPARE(DomainXmlBuilder::guestFromCapabilities(caps, &gotType, &gotArch), ok);
    QCOMPARE(gotType, type);
    QCOMPARE(gotArch, arch);
}

void tst_DomainXmlBuilder::volumeXml()
{
    const QByteArray xml = DomainXmlBuilder::volumeXml(u"a<b.qcow2"_s, 1024, 0, u"qcow2"_s);
    QVERIFY(xml.contains("<name>a&lt;b.qcow2</name>"));
    QVERIFY(xml.contains("<capacity unit=\"bytes\">1024</capacity>"));
    QVERIFY(xml.contains("<allocation unit=\"bytes\">0</allocation>"));
    QCOMPARE(DomainXmlBuilder::volumeFormat(xml), u"qcow2"_s);
    QVERIFY(!DomainXmlBuilder::volumeXml(u"x"_s, 1, -1, QString()).contains("allocation"));
    QCOMPARE(DomainXmlBuilder::volumeFormat("<volume/>"), QString());
}

QTEST_GUILESS_MAIN(tst_DomainXmlBuilder)
#include "tst_domainxmlbuilder.moc"
