#include "providers/libvirt/domainxmlbuilder.h"

#include "providers/libvirt/domainxmlparser.h"

#include <QSet>

#include <algorithm>

namespace Vantage {

using namespace Qt::StringLiterals;

namespace {

QList<QDomElement> childElements(const QDomElement &parent, const QString &name)
{
    QList<QDomElement> found;
    for (QDomElement e = parent.firstChildElement(name); !e.isNull();
         e = e.nextSiblingElement(name))
        found.append(e);
    return found;
}

void setText(QDomElement element, const QString &text)
{
    while (!element.firstChild().isNull())
        element.removeChild(element.firstChild());
    element.appendChild(element.ownerDocument().createTextNode(text));
}

QByteArray elementToXml(const QDomElement &element)
{
    QDomDocument doc;
    doc.appendChild(doc.importNode(element, true));
    return doc.toByteArray(2);
}

// The source attribute a disk of this type names its path with.
QString sourceAttribute(const QString &type)
{
    return type == u"block" ? u"dev"_s : u"file"_s;
}

} // namespace

DomainXmlBuilder DomainXmlBuilder::blank(const QString &name, const QString &type,
                                         const QString &arch)
{
    DomainXmlBuilder builder;
    QDomDocument &doc = builder.m_doc;
    QDomElement domain = doc.createElement(u"domain"_s);
    domain.setAttribute(u"type"_s, type);
    doc.appendChild(domain);
    builder.setName(name);
    builder.setVcpus(1);
    QDomElement os = builder.child(u"os"_s);
    QDomElement osType = doc.createElement(u"type"_s);
    if (!arch.isEmpty())
        osType.setAttribute(u"arch"_s, arch);
    setText(osType, u"hvm"_s);
    os.appendChild(osType);
    QDomElement features = builder.child(u"features"_s);
    features.appendChild(doc.createElement(u"acpi"_s));
    features.appendChild(doc.createElement(u"apic"_s));
    builder.devices();
    return builder;
}

bool DomainXmlBuilder::load(const QByteArray &xml, QString *error)
{
    QDomDocument doc;
    QString message;
    int line = 0;
    if (!doc.setContent(xml, &message, &line)) {
        *error = tr("Domain XML is malformed at line %1: %2").arg(line).arg(message);
        return false;
    }
    if (doc.documentElement().tagName() != u"domain") {
        *error = tr("The description is not a <domain>.");
        return false;
    }
    m_doc = doc;
    return true;
}

QByteArray DomainXmlBuilder::toXml() const
{
    return m_doc.toByteArray(2);
}

QString DomainXmlBuilder::name() const
{
    return m_doc.documentElement().firstChildElement(u"name"_s).text();
}

QString DomainXmlBuilder::domainType() const
{
    return m_doc.documentElement().attribute(u"type"_s);
}

qint64 DomainXmlBuilder::maxMemoryBytes() const
{
    const QDomElement memory = m_doc.documentElement().firstChildElement(u"memory"_s);
    const qint64 bytes =
        DomainXmlParser::toBytes(memory.text().trimmed().toLongLong(), memory.attribute(u"unit"_s));
    return std::max<qint64>(bytes, 0);
}

bool DomainXmlBuilder::hasNvram() const
{
    return !m_doc.documentElement()
                .firstChildElement(u"os"_s)
                .firstChildElement(u"nvram"_s)
                .isNull();
}

QDomElement DomainXmlBuilder::child(const QString &name)
{
    QDomElement root = m_doc.documentElement();
    QDomElement e = root.firstChildElement(name);
    if (e.isNull())
        e = root.appendChild(m_doc.createElement(name)).toElement();
    return e;
}

QDomElement DomainXmlBuilder::devices()
{
    return child(u"devices"_s);
}

void DomainXmlBuilder::setName(const QString &name)
{
    setText(child(u"name"_s), name);
}

void DomainXmlBuilder::removeUuid()
{
    QDomElement root = m_doc.documentElement();
    for (const QDomElement &e : childElements(root, u"uuid"_s))
        root.removeChild(e);
    // A live description names the running instance; a definition has none.
    root.removeAttribute(u"id"_s);
}

void DomainXmlBuilder::removeNvram()
{
    QDomElement os = m_doc.documentElement().firstChildElement(u"os"_s);
    for (const QDomElement &e : childElements(os, u"nvram"_s))
        os.removeChild(e);
}

void DomainXmlBuilder::setVcpus(int vcpus)
{
    QDomElement vcpu = child(u"vcpu"_s);
    vcpu.removeAttribute(u"current"_s);
    setText(vcpu, QString::number(vcpus));
}

void DomainXmlBuilder::setMemoryBytes(qint64 bytes)
{
    const QString kib = QString::number((bytes + 1023) / 1024);
    for (const QString &name : {u"memory"_s, u"currentMemory"_s}) {
        QDomElement e = child(name);
        e.setAttribute(u"unit"_s, u"KiB"_s);
        setText(e, kib);
    }
}

void DomainXmlBuilder::setBootOrder(const QStringList &devices)
{
    QDomElement os = child(u"os"_s);
    for (const QDomElement &e : childElements(os, u"boot"_s))
        os.removeChild(e);
    for (const QString &device : devices) {
        QDomElement boot = m_doc.createElement(u"boot"_s);
        boot.setAttribute(u"dev"_s, device);
        os.appendChild(boot);
    }
}

QList<DomainDisk> DomainXmlBuilder::disks() const
{
    QList<DomainDisk> result;
    const QDomElement devs = m_doc.documentElement().firstChildElement(u"devices"_s);
    for (const QDomElement &e : childElements(devs, u"disk"_s)) {
        DomainDisk disk;
        disk.device = e.attribute(u"device"_s, u"disk"_s);
        disk.type = e.attribute(u"type"_s, u"file"_s);
        const QDomElement source = e.firstChildElement(u"source"_s);
        disk.path = source.attribute(sourceAttribute(disk.type));
        disk.pool = source.attribute(u"pool"_s);
        disk.volume = source.attribute(u"volume"_s);
        const QDomElement target = e.firstChildElement(u"target"_s);
        disk.target = target.attribute(u"dev"_s);
        disk.bus = target.attribute(u"bus"_s);
        disk.format = e.firstChildElement(u"driver"_s).attribute(u"type"_s);
        disk.readOnly = !e.firstChildElement(u"readonly"_s).isNull();
        disk.shareable = !e.firstChildElement(u"shareable"_s).isNull();
        result.append(disk);
    }
    return result;
}

QDomElement DomainXmlBuilder::diskAt(const QString &target) const
{
    const QDomElement devs = m_doc.documentElement().firstChildElement(u"devices"_s);
    for (const QDomElement &e : childElements(devs, u"disk"_s)) {
        if (e.firstChildElement(u"target"_s).attribute(u"dev"_s) == target)
            return e;
    }
    return {};
}

void DomainXmlBuilder::setDiskSource(const QString &target, const QString &type,
                                     const QString &path, const QString &format)
{
    QDomElement disk = diskAt(target);
    if (disk.isNull())
        return;
    disk.setAttribute(u"type"_s, type);
    QDomElement source = disk.firstChildElement(u"source"_s);
    // A volume or network source carries attributes and children a file source must not have.
    QDomElement fresh = m_doc.createElement(u"source"_s);
    fresh.setAttribute(sourceAttribute(type), path);
    if (source.isNull())
        disk.insertBefore(fresh, disk.firstChildElement(u"target"_s));
    else
        disk.replaceChild(fresh, source);
    // The copy's chain starts afresh.
    for (const QDomElement &e : childElements(disk, u"backingStore"_s))
        disk.removeChild(e);
    if (!format.isEmpty()) {
        QDomElement driver = disk.firstChildElement(u"driver"_s);
        if (driver.isNull()) {
            driver = m_doc.createElement(u"driver"_s);
            driver.setAttribute(u"name"_s, u"qemu"_s);
            disk.insertBefore(driver, disk.firstChild());
        }
        driver.setAttribute(u"type"_s, format);
    }
}

QDomElement DomainXmlBuilder::makeDisk(QDomDocument &doc, const DomainDisk &disk)
{
    QDomElement e = doc.createElement(u"disk"_s);
    e.setAttribute(u"type"_s, disk.type);
    e.setAttribute(u"device"_s, disk.device);
    if (!disk.format.isEmpty()) {
        QDomElement driver = doc.createElement(u"driver"_s);
        driver.setAttribute(u"name"_s, u"qemu"_s);
        driver.setAttribute(u"type"_s, disk.format);
        e.appendChild(driver);
    }
    QDomElement source = doc.createElement(u"source"_s);
    if (disk.type == u"volume") {
        source.setAttribute(u"pool"_s, disk.pool);
        source.setAttribute(u"volume"_s, disk.volume);
    } else {
        source.setAttribute(sourceAttribute(disk.type), disk.path);
    }
    e.appendChild(source);
    QDomElement target = doc.createElement(u"target"_s);
    target.setAttribute(u"dev"_s, disk.target);
    if (!disk.bus.isEmpty())
        target.setAttribute(u"bus"_s, disk.bus);
    e.appendChild(target);
    if (disk.readOnly)
        e.appendChild(doc.createElement(u"readonly"_s));
    if (disk.shareable)
        e.appendChild(doc.createElement(u"shareable"_s));
    return e;
}

void DomainXmlBuilder::addDisk(const DomainDisk &disk)
{
    // After the last disk, so libvirt's own ordering of device kinds is kept.
    QDomElement devs = devices();
    const QList<QDomElement> existing = childElements(devs, u"disk"_s);
    const QDomElement e = makeDisk(m_doc, disk);
    if (existing.isEmpty())
        devs.insertBefore(e, devs.firstChild());
    else
        devs.insertAfter(e, existing.last());
}

bool DomainXmlBuilder::removeDisk(const QString &target)
{
    QDomElement disk = diskAt(target);
    if (disk.isNull())
        return false;
    disk.parentNode().removeChild(disk);
    return true;
}

QList<DomainNic> DomainXmlBuilder::nics() const
{
    QList<DomainNic> result;
    const QDomElement devs = m_doc.documentElement().firstChildElement(u"devices"_s);
    for (const QDomElement &e : childElements(devs, u"interface"_s)) {
        DomainNic nic;
        nic.type = e.attribute(u"type"_s);
        nic.mac = e.firstChildElement(u"mac"_s).attribute(u"address"_s).toLower();
        nic.model = e.firstChildElement(u"model"_s).attribute(u"type"_s);
        const QDomElement source = e.firstChildElement(u"source"_s);
        for (const QString &key : {u"network"_s, u"bridge"_s, u"dev"_s, u"name"_s}) {
            if (source.hasAttribute(key)) {
                nic.source = source.attribute(key);
                break;
            }
        }
        result.append(nic);
    }
    return result;
}

QDomElement DomainXmlBuilder::nicWith(const QString &mac) const
{
    const QDomElement devs = m_doc.documentElement().firstChildElement(u"devices"_s);
    for (const QDomElement &e : childElements(devs, u"interface"_s)) {
        if (e.firstChildElement(u"mac"_s)
                .attribute(u"address"_s)
                .compare(mac, Qt::CaseInsensitive) == 0)
            return e;
    }
    return {};
}

void DomainXmlBuilder::forgetNicAddresses()
{
    const QDomElement devs = m_doc.documentElement().firstChildElement(u"devices"_s);
    for (QDomElement e : childElements(devs, u"interface"_s)) {
        for (const QString &name : {u"mac"_s, u"target"_s}) {
            for (const QDomElement &c : childElements(e, name))
                e.removeChild(c);
        }
    }
}

void DomainXmlBuilder::renameOutputFiles(const QString &fromName, const QString &toName)
{
    const auto renamed = [&](const QString &path) -> QString {
        const qsizetype slash = path.lastIndexOf(u'/');
        const QString folder = path.left(slash + 1);
        QString file = path.mid(slash + 1);
        if (!fromName.isEmpty() && file.contains(fromName))
            file.replace(fromName, toName);
        else
            file.prepend(toName + u'-');
        return folder + file;
    };
    const QDomElement devs = m_doc.documentElement().firstChildElement(u"devices"_s);
    for (const QString &kind : {u"serial"_s, u"console"_s, u"parallel"_s, u"channel"_s}) {
        for (const QDomElement &device : childElements(devs, kind)) {
            if (device.attribute(u"type"_s) == u"file"_s) {
                for (QDomElement source : childElements(device, u"source"_s)) {
                    if (source.hasAttribute(u"path"_s))
                        source.setAttribute(u"path"_s, renamed(source.attribute(u"path"_s)));
                }
            }
            for (QDomElement log : childElements(device, u"log"_s)) {
                if (log.hasAttribute(u"file"_s))
                    log.setAttribute(u"file"_s, renamed(log.attribute(u"file"_s)));
            }
        }
    }
}

void DomainXmlBuilder::setNetwork(const QString &network)
{
    const QList<QDomElement> existing = childElements(devices(), u"interface"_s);
    if (existing.isEmpty()) {
        addNic({u"network"_s, network, QString(), u"virtio"_s});
        return;
    }
    for (QDomElement e : existing) {
        e.setAttribute(u"type"_s, u"network"_s);
        QDomElement source = m_doc.createElement(u"source"_s);
        source.setAttribute(u"network"_s, network);
        const QDomElement old = e.firstChildElement(u"source"_s);
        if (old.isNull())
            e.appendChild(source);
        else
            e.replaceChild(source, old);
    }
}

QDomElement DomainXmlBuilder::makeNic(QDomDocument &doc, const DomainNic &nic)
{
    QDomElement e = doc.createElement(u"interface"_s);
    e.setAttribute(u"type"_s, nic.type);
    if (!nic.mac.isEmpty()) {
        QDomElement mac = doc.createElement(u"mac"_s);
        mac.setAttribute(u"address"_s, nic.mac);
        e.appendChild(mac);
    }
    QDomElement source = doc.createElement(u"source"_s);
    source.setAttribute(nic.type == u"bridge" ? u"bridge"_s : u"network"_s, nic.source);
    e.appendChild(source);
    if (!nic.model.isEmpty()) {
        QDomElement model = doc.createElement(u"model"_s);
        model.setAttribute(u"type"_s, nic.model);
        e.appendChild(model);
    }
    return e;
}

void DomainXmlBuilder::addNic(const DomainNic &nic)
{
    QDomElement devs = devices();
    const QList<QDomElement> existing = childElements(devs, u"interface"_s);
    const QDomElement e = makeNic(m_doc, nic);
    if (existing.isEmpty())
        devs.appendChild(e);
    else
        devs.insertAfter(e, existing.last());
}

bool DomainXmlBuilder::removeNic(const QString &mac)
{
    QDomElement nic = nicWith(mac);
    if (nic.isNull())
        return false;
    nic.parentNode().removeChild(nic);
    return true;
}

QByteArray DomainXmlBuilder::diskXml(const DomainDisk &disk)
{
    QDomDocument doc;
    doc.appendChild(makeDisk(doc, disk));
    return doc.toByteArray(2);
}

QByteArray DomainXmlBuilder::nicXml(const DomainNic &nic)
{
    QDomDocument doc;
    doc.appendChild(makeNic(doc, nic));
    return doc.toByteArray(2);
}

QByteArray DomainXmlBuilder::diskElementXml(const QString &target) const
{
    const QDomElement disk = diskAt(target);
    return disk.isNull() ? QByteArray() : elementToXml(disk);
}

QByteArray DomainXmlBuilder::nicElementXml(const QString &mac) const
{
    const QDomElement nic = nicWith(mac);
    return nic.isNull() ? QByteArray() : elementToXml(nic);
}

QString DomainXmlBuilder::freeTarget(const QStringList &used, const QString &prefix)
{
    const QSet<QString> taken(used.cbegin(), used.cend());
    // Spreadsheet-style suffixes, as the kernel names disks: a..z, aa..az, ba..
    for (int n = 0;; ++n) {
        QString suffix;
        for (int i = n;; i = i / 26 - 1) {
            suffix.prepend(QChar(u'a' + i % 26));
            if (i < 26)
                break;
        }
        const QString name = prefix + suffix;
        if (!taken.contains(name))
            return name;
    }
}

QByteArray DomainXmlBuilder::volumeXml(const QString &name, qint64 capacityBytes,
                                       qint64 allocationBytes, const QString &format)
{
    QDomDocument doc;
    QDomElement volume = doc.createElement(u"volume"_s);
    doc.appendChild(volume);
    QDomElement nameElement = doc.createElement(u"name"_s);
    setText(nameElement, name);
    volume.appendChild(nameElement);
    QDomElement capacity = doc.createElement(u"capacity"_s);
    capacity.setAttribute(u"unit"_s, u"bytes"_s);
    setText(capacity, QString::number(capacityBytes));
    volume.appendChild(capacity);
    if (allocationBytes >= 0) {
        QDomElement allocation = doc.createElement(u"allocation"_s);
        allocation.setAttribute(u"unit"_s, u"bytes"_s);
        setText(allocation, QString::number(allocationBytes));
        volume.appendChild(allocation);
    }
    if (!format.isEmpty()) {
        QDomElement target = doc.createElement(u"target"_s);
        QDomElement formatElement = doc.createElement(u"format"_s);
        formatElement.setAttribute(u"type"_s, format);
        target.appendChild(formatElement);
        volume.appendChild(target);
    }
    return doc.toByteArray(2);
}

QString DomainXmlBuilder::volumeFormat(const QByteArray &volumeXml)
{
    QDomDocument doc;
    if (!doc.setContent(volumeXml))
        return {};
    return doc.documentElement()
        .firstChildElement(u"target"_s)
        .firstChildElement(u"format"_s)
        .attribute(u"type"_s);
}

bool DomainXmlBuilder::guestFromCapabilities(const QByteArray &capabilities, QString *type,
                                             QString *arch)
{
    QDomDocument doc;
    if (!doc.setContent(capabilities))
        return false;
    const QDomElement root = doc.documentElement();
    const QString hostArch = root.firstChildElement(u"host"_s)
                                 .firstChildElement(u"cpu"_s)
                                 .firstChildElement(u"arch"_s)
                                 .text();
    // The host's own architecture first: an emulated one would run, but slowly.
    QString bestType;
    QString bestArch;
    int bestScore = -1;
    for (const QDomElement &guest : childElements(root, u"guest"_s)) {
        if (guest.firstChildElement(u"os_type"_s).text() != u"hvm")
            continue;
        for (const QDomElement &archElement : childElements(guest, u"arch"_s)) {
            const QString name = archElement.attribute(u"name"_s);
            for (const QDomElement &domain : childElements(archElement, u"domain"_s)) {
                const QString domainType = domain.attribute(u"type"_s);
                const int score = (name == hostArch ? 2 : 0) + (domainType == u"kvm" ? 1 : 0);
                if (score > bestScore) {
                    bestScore = score;
                    bestType = domainType;
                    bestArch = name;
                }
            }
        }
    }
    if (bestScore < 0)
        return false;
    *type = bestType;
    *arch = bestArch;
    return true;
}

} // namespace Vantage
