#include "providers/libvirt/domainxmlparser.h"

#include "providers/libvirt/libvirtrefs.h"

#include <QXmlStreamReader>

#include <algorithm>

namespace Vantage {

using namespace Qt::StringLiterals;

namespace {

class Reader
{
public:
    Reader(QByteArrayView xml, VmRecord *vm, QList<DiskRecord> *disks, QList<NicRecord> *nics)
        : m_data(QByteArray::fromRawData(xml.data(), xml.size())), m_xml(m_data), m_vm(vm),
          m_disks(disks), m_nics(nics)
    {}

    bool run(QString *error)
    {
        if (!m_xml.readNextStartElement() || m_xml.name() != u"domain") {
            if (error) {
                *error = m_xml.hasError()
                             ? DomainXmlParser::tr("Domain XML is malformed: %1")
                                   .arg(m_xml.errorString())
                             : DomainXmlParser::tr("The description is not a <domain>.");
            }
            return false;
        }
        readDomain();
        if (m_xml.hasError()) {
            if (error)
                *error = DomainXmlParser::tr("Domain XML is malformed at line %1: %2")
                             .arg(m_xml.lineNumber())
                             .arg(m_xml.errorString());
            return false;
        }
        if (m_vm->uuid.isEmpty()) {
            if (error)
                *error = DomainXmlParser::tr("The domain XML has no <uuid>.");
            return false;
        }
        // Devices come before we know the UUID only in hand-written XML; fix the refs up here.
        for (qsizetype i = m_firstDisk; i < m_disks->size(); ++i) {
            DiskRecord &disk = (*m_disks)[i];
            disk.vmRef = m_vm->uuid;
            disk.emsRef = LibvirtRefs::disk(m_vm->uuid, disk.target);
        }
        for (qsizetype i = m_firstNic; i < m_nics->size(); ++i) {
            NicRecord &nic = (*m_nics)[i];
            nic.vmRef = m_vm->uuid;
            nic.emsRef = LibvirtRefs::nic(m_vm->uuid, nic.mac);
        }
        return true;
    }

private:
    qint64 readMemory()
    {
        const QString unit = m_xml.attributes().value("unit"_L1).toString();
        bool ok = false;
        const qint64 value = m_xml.readElementText().trimmed().toLongLong(&ok);
        return ok ? std::max<qint64>(0, DomainXmlParser::toBytes(value, unit)) : 0;
    }

    void readDomain()
    {
        m_firstDisk = m_disks->size();
        m_firstNic = m_nics->size();
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"name") {
                m_vm->name = m_xml.readElementText();
            } else if (name == u"uuid") {
                m_vm->uuid = m_xml.readElementText().trimmed().toLower();
                m_vm->emsRef = m_vm->uuid;
            } else if (name == u"memory") {
                m_vm->maxMemoryBytes = readMemory();
            } else if (name == u"currentMemory") {
                m_vm->memoryBytes = readMemory();
            } else if (name == u"vcpu") {
                const QStringView current = m_xml.attributes().value("current"_L1);
                const int total = m_xml.readElementText().trimmed().toInt();
                m_vm->vcpus = current.isEmpty() ? total : current.toInt();
            } else if (name == u"os") {
                readOs();
            } else if (name == u"devices") {
                readDevices();
            } else {
                m_xml.skipCurrentElement();
            }
        }
        // libvirt omits <currentMemory> when it equals <memory>.
        if (m_vm->memoryBytes == 0)
            m_vm->memoryBytes = m_vm->maxMemoryBytes;
    }

    void readOs()
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"type")
                m_vm->osType = m_xml.readElementText().trimmed();
            else
                m_xml.skipCurrentElement();
        }
    }

    void readDevices()
    {
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"disk")
                readDisk();
            else if (name == u"interface")
                readInterface();
            else
                m_xml.skipCurrentElement();
        }
    }

    void readDisk()
    {
        DiskRecord disk;
        disk.device = m_xml.attributes().value("device"_L1).toString();
        if (disk.device.isEmpty())
            disk.device = QStringLiteral("disk");
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            const QXmlStreamAttributes attrs = m_xml.attributes();
            if (name == u"driver") {
                disk.format = attrs.value("type"_L1).toString();
            } else if (name == u"source") {
                disk.source = diskSource(attrs);
            } else if (name == u"target") {
                disk.target = attrs.value("dev"_L1).toString();
                disk.bus = attrs.value("bus"_L1).toString();
            }
            m_xml.skipCurrentElement();
        }
        m_disks->append(std::move(disk));
    }

    static QString diskSource(const QXmlStreamAttributes &attrs)
    {
        for (const char *key : {"file", "dev", "dir"}) {
            const QStringView value = attrs.value(QLatin1StringView(key));
            if (!value.isEmpty())
                return value.toString();
        }
        const QStringView volume = attrs.value("volume"_L1);
        if (!volume.isEmpty())
            return attrs.value("pool"_L1) + u'/' + volume;
        const QStringView name = attrs.value("name"_L1);
        const QStringView protocol = attrs.value("protocol"_L1);
        if (!name.isEmpty())
            return protocol.isEmpty() ? name.toString() : protocol + u"://" + name;
        return {};
    }

    void readInterface()
    {
        NicRecord nic;
        nic.sourceType = m_xml.attributes().value("type"_L1).toString();
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            const QXmlStreamAttributes attrs = m_xml.attributes();
            if (name == u"mac") {
                nic.mac = attrs.value("address"_L1).toString().toLower();
            } else if (name == u"model") {
                nic.model = attrs.value("type"_L1).toString();
            } else if (name == u"source") {
                for (const char *key : {"network", "bridge", "dev", "name"}) {
                    const QStringView value = attrs.value(QLatin1StringView(key));
                    if (!value.isEmpty()) {
                        nic.source = value.toString();
                        break;
                    }
                }
            }
            m_xml.skipCurrentElement();
        }
        m_nics->append(std::move(nic));
    }

    QByteArray m_data; // not owned: a view on the caller's buffer
    QXmlStreamReader m_xml;
    VmRecord *m_vm;
    QList<DiskRecord> *m_disks;
    QList<NicRecord> *m_nics;
    qsizetype m_firstDisk = 0;
    qsizetype m_firstNic = 0;
};

} // namespace

bool DomainXmlParser::parse(QByteArrayView xml, VmRecord *vm, QList<DiskRecord> *disks,
                            QList<NicRecord> *nics, QString *error)
{
    const qsizetype diskCount = disks->size();
    const qsizetype nicCount = nics->size();
    Reader reader(xml, vm, disks, nics);
    if (reader.run(error))
        return true;
    // Leave no half-read devices behind for the caller to persist.
    disks->resize(diskCount);
    nics->resize(nicCount);
    return false;
}

qint64 DomainXmlParser::toBytes(qint64 value, QStringView unit)
{
    struct Unit
    {
        const char16_t *name;
        qint64 factor;
    };
    static constexpr Unit kUnits[] = {
        {u"b", 1},
        {u"bytes", 1},
        {u"KB", 1000},
        {u"k", 1024},
        {u"KiB", 1024},
        {u"MB", 1000LL * 1000},
        {u"M", 1024LL * 1024},
        {u"MiB", 1024LL * 1024},
        {u"GB", 1000LL * 1000 * 1000},
        {u"G", 1024LL * 1024 * 1024},
        {u"GiB", 1024LL * 1024 * 1024},
        {u"TB", 1000LL * 1000 * 1000 * 1000},
        {u"T", 1024LL * 1024 * 1024 * 1024},
        {u"TiB", 1024LL * 1024 * 1024 * 1024},
    };
    if (unit.isEmpty())
        return value * 1024;
    for (const Unit &u : kUnits) {
        if (unit == QStringView(u.name))
            return value * u.factor;
    }
    return -1;
}

} // namespace Vantage
