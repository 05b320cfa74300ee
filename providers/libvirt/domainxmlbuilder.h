#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDomDocument>
#include <QList>
#include <QString>
#include <QStringList>

namespace Vantage {

// One <disk> of a domain as operations see it. type is libvirt's source type: file, block,
// volume (pool + volume), network, ...
struct DomainDisk
{
    QString device = QStringLiteral("disk"); // disk, cdrom, floppy, lun
    QString type = QStringLiteral("file");
    QString path; // source file or dev
    QString pool; // type volume
    QString volume;
    QString target; // vda
    QString bus = QStringLiteral("virtio");
    QString format; // driver type: raw, qcow2; empty when not given
    bool readOnly = false;
    bool shareable = false;
};

// One <interface>; source is the network's (or bridge's) name.
struct DomainNic
{
    QString type = QStringLiteral("network");
    QString source;
    QString mac; // lowercase; empty lets libvirt choose one
    QString model = QStringLiteral("virtio");
};

// Reads and edits a libvirt domain XML for the lifecycle operations: a new VM's definition, a
// clone of another's, and device changes where the driver cannot attach or detach (libvirt's
// test driver). Unlike DomainXmlParser, which streams 10,000 domains per refresh, this keeps
// a DOM: every element it does not touch is written back as it was.
class DomainXmlBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::DomainXmlBuilder)

public:
    // A minimal bootable definition: ACPI (so that a graceful shutdown reaches the guest), no
    // devices. type and arch as the host's capabilities offer them (see guestFromCapabilities).
    static DomainXmlBuilder blank(const QString &name, const QString &type, const QString &arch);
    // False with *error set when xml is not a <domain>.
    bool load(const QByteArray &xml, QString *error);
    QByteArray toXml() const;

    QString name() const;
    QString domainType() const;
    qint64 maxMemoryBytes() const; // <memory>; 0 when absent
    // Firmware variables live in a file of their own; a copy must not share it.
    bool hasNvram() const;

    void setName(const QString &name);
    // libvirt then assigns a new UUID.
    void removeUuid();
    void removeNvram();
    // Also drops a lower current vCPU count, so the VM boots with all of them.
    void setVcpus(int vcpus);
    // Maximum and current memory alike.
    void setMemoryBytes(qint64 bytes);
    void setBootOrder(const QStringList &devices); // {"cdrom", "hd"}

    QList<DomainDisk> disks() const;
    // The disk at target reads from path from now on; type file or block, as the volume is.
    void setDiskSource(const QString &target, const QString &type, const QString &path,
                       const QString &format);
    void addDisk(const DomainDisk &disk);
    bool removeDisk(const QString &target);

    QList<DomainNic> nics() const;
    // Drops every NIC's MAC (and host-side device name), so libvirt makes new ones.
    void forgetNicAddresses();
    // Files the domain's character devices write (a serial console logged to a file, their
    // <log file=...>) get names of the new VM's: a copy running beside its source would write
    // into the source's files. fromName in the file name becomes toName; else toName is prefixed.
    void renameOutputFiles(const QString &fromName, const QString &toName);
    // Every NIC joins this network (one is added when there is none).
    void setNetwork(const QString &network);
    void addNic(const DomainNic &nic);
    bool removeNic(const QString &mac);

    // The one element's XML, for virDomainAttachDeviceFlags / virDomainDetachDeviceFlags.
    static QByteArray diskXml(const DomainDisk &disk);
    static QByteArray nicXml(const DomainNic &nic);
    // The XML of the disk at target / the NIC with mac as this domain has it; empty if none.
    QByteArray diskElementXml(const QString &target) const;
    QByteArray nicElementXml(const QString &mac) const;

    // The first name after prefix ("vd") that no disk uses: vda ... vdz, vdaa, vdab, ...
    static QString freeTarget(const QStringList &used, const QString &prefix);
    // A storage volume description for virStorageVolCreateXML(From).
    static QByteArray volumeXml(const QString &name, qint64 capacityBytes, qint64 allocationBytes,
                                const QString &format);
    // <target><format type=...> of a storage volume description; empty when it names none.
    static QString volumeFormat(const QByteArray &volumeXml);
    // The domain type (kvm before qemu, else the first offered) and architecture for a new
    // hvm guest on the host these capabilities describe. False when it offers no hvm guest.
    static bool guestFromCapabilities(const QByteArray &capabilities, QString *type, QString *arch);

private:
    QDomElement devices();
    QDomElement child(const QString &name);
    QDomElement diskAt(const QString &target) const;
    QDomElement nicWith(const QString &mac) const;
    static QDomElement makeDisk(QDomDocument &doc, const DomainDisk &disk);
    static QDomElement makeNic(QDomDocument &doc, const DomainNic &nic);

    QDomDocument m_doc;
};

} // namespace Vantage
