// LibvirtSession's lifecycle operations: power, provision, reconfigure, remove, disk sources.
// The rest of the session is in libvirtsession.cpp.
//
// Every operation acts through the session's own connections (libvirt's test driver keeps its
// state per connection). Checks that an operator can act on (state, names, refs, limits) run
// before libvirt is asked to change anything; libvirt's own refusal is reported with its words.
//
// What libvirt 9.0's test driver lacks, and the route taken instead (any driver gets the first
// route; only a driver without it gets the second):
// - virDomainAttachDeviceFlags / DetachDeviceFlags: the inactive definition is edited and
//   defined again, so the change shows at the next boot.
// - virDomainSetMemoryFlags and SetVcpusFlags with LIVE|CONFIG together: always two calls,
//   the definition first, then the running VM.
// - virDomainUndefineFlags with NVRAM or CHECKPOINTS_METADATA: those flags are passed only
//   when the VM has firmware variables or checkpoints.
// - virDomainPMWakeup (resume from guest sleep): refused with libvirt's reason.

#include "providers/libvirt/domainxmlbuilder.h"
#include "providers/libvirt/libvirtdomainstate.h"
#include "providers/libvirt/libvirterror.h"
#include "providers/libvirt/libvirtlogging.h"
#include "providers/libvirt/libvirtrefs.h"
#include "providers/libvirt/libvirtsession.h"

#include <QLocale>
#include <QXmlStreamReader>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <memory>
#include <vector>

namespace Vantage {

using namespace Qt::StringLiterals;

namespace {

struct LibvirtFree
{
    void operator()(virDomainPtr p) const { virDomainFree(p); }
    void operator()(virStoragePoolPtr p) const { virStoragePoolFree(p); }
    void operator()(virStorageVolPtr p) const { virStorageVolFree(p); }
    void operator()(virNetworkPtr p) const { virNetworkFree(p); }
};
using Domain = std::unique_ptr<virDomain, LibvirtFree>;
using Pool = std::unique_ptr<virStoragePool, LibvirtFree>;
using Volume = std::unique_ptr<virStorageVol, LibvirtFree>;
using Network = std::unique_ptr<virNetwork, LibvirtFree>;

QString takeString(char *s)
{
    const QString result = s ? QString::fromUtf8(s) : QString();
    std::free(s);
    return result;
}

QByteArray takeBytes(char *s)
{
    const QByteArray result(s);
    std::free(s);
    return result;
}

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

// A failed libvirt call, phrased as what could not be done; libvirt's reason is the hint. Must
// run on the failing thread right after the call (libvirt keeps its last error per thread).
ProviderError failure(const QString &what, const QString &uri)
{
    const virError *err = virGetLastError();
    const int code = err ? err->code : VIR_ERR_INTERNAL_ERROR;
    const int domain = err ? err->domain : VIR_FROM_NONE;
    const QString detail = err && err->message ? QString::fromUtf8(err->message) : QString();
    if (code == VIR_ERR_INVALID_CONN || code == VIR_ERR_RPC || code == VIR_ERR_NO_CONNECT ||
        code == VIR_ERR_OPERATION_TIMEOUT || domain == VIR_FROM_RPC || domain == VIR_FROM_REMOTE) {
        const ProviderError lost = LibvirtError::map(code, domain, detail, uri);
        return {what, lost.toString()};
    }
    if (code == VIR_ERR_NO_SUPPORT) {
        return {what,
                LibvirtSession::tr("The libvirt driver of %1 does not offer this (libvirt: %2).")
                    .arg(uri, detail)};
    }
    return {what, detail.isEmpty() ? LibvirtSession::tr("libvirt gave no reason.")
                                   : LibvirtSession::tr("libvirt: %1").arg(detail)};
}

// "running", "shut off", ...: the state as a sentence names it.
QString stateWords(int state)
{
    switch (state) {
    case VIR_DOMAIN_RUNNING:
    case VIR_DOMAIN_BLOCKED:
        return LibvirtSession::tr("running");
    case VIR_DOMAIN_PAUSED:
        return LibvirtSession::tr("paused");
    case VIR_DOMAIN_SHUTDOWN:
        return LibvirtSession::tr("shutting down");
    case VIR_DOMAIN_SHUTOFF:
        return LibvirtSession::tr("shut off");
    case VIR_DOMAIN_CRASHED:
        return LibvirtSession::tr("crashed");
    case VIR_DOMAIN_PMSUSPENDED:
        return LibvirtSession::tr("suspended by its guest");
    default:
        return LibvirtSession::tr("in an unknown state");
    }
}

QString refusal(PowerOperation operation)
{
    switch (operation) {
    case PowerOperation::Start:
        return LibvirtSession::tr("VM %1 is %2, so it cannot be started.");
    case PowerOperation::Shutdown:
        return LibvirtSession::tr("VM %1 is %2, so it cannot be shut down.");
    case PowerOperation::PowerOff:
        return LibvirtSession::tr("VM %1 is %2, so it cannot be powered off.");
    case PowerOperation::Reboot:
        return LibvirtSession::tr("VM %1 is %2, so it cannot be rebooted.");
    case PowerOperation::Reset:
        return LibvirtSession::tr("VM %1 is %2, so it cannot be reset.");
    case PowerOperation::Suspend:
        return LibvirtSession::tr("VM %1 is %2, so it cannot be suspended.");
    case PowerOperation::Resume:
        return LibvirtSession::tr("VM %1 is %2, so it cannot be resumed.");
    }
    return {};
}

QString callFailed(PowerOperation operation)
{
    switch (operation) {
    case PowerOperation::Start:
        return LibvirtSession::tr("Could not start VM %1.");
    case PowerOperation::Shutdown:
        return LibvirtSession::tr("Could not shut down VM %1.");
    case PowerOperation::PowerOff:
        return LibvirtSession::tr("Could not power off VM %1.");
    case PowerOperation::Reboot:
        return LibvirtSession::tr("Could not reboot VM %1.");
    case PowerOperation::Reset:
        return LibvirtSession::tr("Could not reset VM %1.");
    case PowerOperation::Suspend:
        return LibvirtSession::tr("Could not suspend VM %1.");
    case PowerOperation::Resume:
        return LibvirtSession::tr("Could not resume VM %1.");
    }
    return {};
}

// Volume file names follow the format, as virt-install names them.
QString volumeName(const QString &vmName, const QString &target, const QString &format)
{
    const QString extension = format.isEmpty() || format == u"raw" ? u"img"_s : format;
    return vmName + u'-' + target + u'.' + extension;
}

// Pools that hold files take qcow2 (thin, snapshots); block-backed pools hold raw volumes.
QString blankFormat(virStoragePoolPtr pool)
{
    QXmlStreamReader reader(takeBytes(virStoragePoolGetXMLDesc(pool, 0)));
    if (reader.readNextStartElement()) {
        const QStringView type = reader.attributes().value("type"_L1);
        if (type == u"dir" || type == u"fs" || type == u"netfs")
            return u"qcow2"_s;
    }
    return u"raw"_s;
}

// Disk source type for a volume's path: block devices are named with dev=, the rest file=.
QString sourceTypeOf(virStorageVolPtr vol)
{
    virStorageVolInfo info{};
    if (virStorageVolGetInfo(vol, &info) == 0 && info.type == VIR_STORAGE_VOL_BLOCK)
        return u"block"_s;
    return u"file"_s;
}

// Everything libvirt keeps beside a definition goes with it. A driver refuses flags it does not
// know (the test driver: NVRAM, CHECKPOINTS_METADATA), so those are passed only when there is
// something for them to remove.
unsigned int undefineFlags(virDomainPtr dom, const DomainXmlBuilder &config)
{
    unsigned int flags = VIR_DOMAIN_UNDEFINE_MANAGED_SAVE | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA;
    if (config.hasNvram())
        flags |= VIR_DOMAIN_UNDEFINE_NVRAM;
    virDomainCheckpointPtr *checkpoints = nullptr;
    const int checkpointCount = virDomainListAllCheckpoints(dom, &checkpoints, 0);
    for (int i = 0; i < checkpointCount; ++i)
        virDomainCheckpointFree(checkpoints[i]);
    std::free(checkpoints);
    if (checkpointCount > 0)
        flags |= VIR_DOMAIN_UNDEFINE_CHECKPOINTS_METADATA;
    virResetLastError();
    return flags;
}

// What one provisioning call made so far; undone unless the call succeeds.
struct Rollback
{
    std::vector<Volume> volumes;
    Domain domain;
    bool committed = false;

    ~Rollback()
    {
        if (committed)
            return;
        if (domain) {
            if (virDomainIsActive(domain.get()) == 1)
                virDomainDestroy(domain.get());
            // A clone of a UEFI VM gets firmware variables of its own at definition.
            DomainXmlBuilder config;
            QString ignored;
            config.load(takeBytes(virDomainGetXMLDesc(domain.get(), VIR_DOMAIN_XML_INACTIVE)),
                        &ignored);
            if (virDomainUndefineFlags(domain.get(), undefineFlags(domain.get(), config)) != 0)
                qCWarning(lcLibvirt)
                    << "could not remove the definition of" << virDomainGetName(domain.get())
                    << "after a failed provisioning";
        }
        for (const Volume &vol : volumes) {
            if (virStorageVolDelete(vol.get(), 0) != 0)
                qCWarning(lcLibvirt)
                    << "could not remove volume" << takeString(virStorageVolGetPath(vol.get()))
                    << "after a failed provisioning";
        }
        virResetLastError();
    }
};

} // namespace

struct LibvirtSession::Operations
{
    // Holds keys (VM refs, names of VMs being made) so that no other operation changes the same
    // VM meanwhile; waits until every key is free and takes them all at once.
    class Busy
    {
    public:
        Busy(LibvirtSession *session, const QStringList &keys) : m_session(session), m_keys(keys)
        {
            QMutexLocker locker(&m_session->m_busyMutex);
            auto anyTaken = [&] {
                for (const QString &key : std::as_const(m_keys)) {
                    if (m_session->m_busy.contains(key))
                        return true;
                }
                return false;
            };
            while (anyTaken())
                m_session->m_busyReleased.wait(&m_session->m_busyMutex);
            for (const QString &key : std::as_const(m_keys))
                m_session->m_busy.insert(key);
        }
        ~Busy()
        {
            QMutexLocker locker(&m_session->m_busyMutex);
            for (const QString &key : std::as_const(m_keys))
                m_session->m_busy.remove(key);
            m_session->m_busyReleased.wakeAll();
        }
        Busy(const Busy &) = delete;
        Busy &operator=(const Busy &) = delete;

    private:
        LibvirtSession *m_session;
        QStringList m_keys;
    };

    struct Vm
    {
        const Host *host = nullptr;
        Domain dom;
        QString name;
        int state = VIR_DOMAIN_NOSTATE;
    };

    static const Host *hostByRef(const LibvirtSession &session, const QString &hostRef,
                                 ProviderError *error)
    {
        for (const Host &host : session.m_hosts) {
            if (host.emsRef == hostRef)
                return &host;
        }
        *error = {LibvirtSession::tr("Host %1 is not part of this provider.").arg(hostRef),
                  LibvirtSession::tr("Refresh the provider and choose the host again.")};
        return nullptr;
    }

    // The VM's domain; when it is defined on several hosts, the running copy.
    static bool findVm(const LibvirtSession &session, const QString &vmRef, Vm *out,
                       ProviderError *error)
    {
        const QByteArray uuid = vmRef.toLatin1();
        for (const Host &host : session.m_hosts) {
            virResetLastError();
            Domain dom(virDomainLookupByUUIDString(host.conn, uuid.constData()));
            if (!dom) {
                const int code = LibvirtError::lastErrorCode();
                if (code == VIR_ERR_NO_DOMAIN || code == VIR_ERR_INVALID_ARG)
                    continue;
                *error =
                    failure(LibvirtSession::tr("Could not look up VM %1.").arg(vmRef), host.uri);
                return false;
            }
            int state = VIR_DOMAIN_NOSTATE;
            int reason = 0;
            if (virDomainGetState(dom.get(), &state, &reason, 0) != 0) {
                *error = failure(
                    LibvirtSession::tr("Could not read the state of VM %1.").arg(vmRef), host.uri);
                return false;
            }
            if (out->dom && state == VIR_DOMAIN_SHUTOFF)
                continue;
            out->host = &host;
            out->name = QString::fromUtf8(virDomainGetName(dom.get()));
            out->state = state;
            out->dom = std::move(dom);
            if (state != VIR_DOMAIN_SHUTOFF)
                break;
        }
        virResetLastError();
        if (!out->dom) {
            *error = {
                LibvirtSession::tr("VM %1 was not found on any host of this provider.").arg(vmRef),
                LibvirtSession::tr(
                    "It may have been removed outside Vantage; refresh the provider.")};
            return false;
        }
        return true;
    }

    // The host that owns a child ref of this kind ("pool", "network"), for telling "on another
    // host" from "unknown".
    static const Host *ownerOf(const LibvirtSession &session, const QString &ref, QStringView kind)
    {
        for (const Host &host : session.m_hosts) {
            if (!LibvirtRefs::childId(ref, host.emsRef, kind).isEmpty())
                return &host;
        }
        return nullptr;
    }

    static Pool poolOn(const LibvirtSession &session, const Host &host, const QString &poolRef,
                       ProviderError *error)
    {
        const QString id = LibvirtRefs::childId(poolRef, host.emsRef, u"pool");
        if (id.isEmpty() || id.contains(u'/')) {
            if (const Host *owner = ownerOf(session, poolRef, u"pool")) {
                *error = {LibvirtSession::tr("Storage pool %1 is on host %2, not on host %3.")
                              .arg(poolRef, owner->label, host.label),
                          LibvirtSession::tr("Choose a pool of host %1.").arg(host.label)};
            } else {
                *error = {
                    LibvirtSession::tr("%1 is not a storage pool of this provider.").arg(poolRef),
                    LibvirtSession::tr("Refresh the provider and choose the pool again.")};
            }
            return nullptr;
        }
        const QByteArray key = id.toUtf8();
        virResetLastError();
        Pool pool(virStoragePoolLookupByUUIDString(host.conn, key.constData()));
        if (!pool)
            pool.reset(virStoragePoolLookupByName(host.conn, key.constData()));
        if (!pool) {
            *error = {
                LibvirtSession::tr("Storage pool %1 was not found on host %2.").arg(id, host.label),
                LibvirtSession::tr("It may have been removed; refresh the provider.")};
            return nullptr;
        }
        if (virStoragePoolIsActive(pool.get()) != 1) {
            *error = {LibvirtSession::tr("Storage pool %1 on host %2 is not active.")
                          .arg(QString::fromUtf8(virStoragePoolGetName(pool.get())), host.label),
                      LibvirtSession::tr("Start the pool or choose another one.")};
            return nullptr;
        }
        virResetLastError();
        return pool;
    }

    // The network's name, as a domain's <interface> names it.
    static QString networkOn(const LibvirtSession &session, const Host &host,
                             const QString &networkRef, ProviderError *error)
    {
        const QString id = LibvirtRefs::childId(networkRef, host.emsRef, u"network");
        if (id.isEmpty() || id.contains(u'/')) {
            if (const Host *owner = ownerOf(session, networkRef, u"network")) {
                *error = {LibvirtSession::tr("Network %1 is on host %2, not on host %3.")
                              .arg(networkRef, owner->label, host.label),
                          LibvirtSession::tr("Choose a network of host %1.").arg(host.label)};
            } else {
                *error = {
                    LibvirtSession::tr("%1 is not a network of this provider.").arg(networkRef),
                    LibvirtSession::tr("Refresh the provider and choose the network again.")};
            }
            return {};
        }
        const QByteArray key = id.toUtf8();
        virResetLastError();
        Network net(virNetworkLookupByUUIDString(host.conn, key.constData()));
        if (!net)
            net.reset(virNetworkLookupByName(host.conn, key.constData()));
        if (!net) {
            *error = {
                LibvirtSession::tr("Network %1 was not found on host %2.").arg(id, host.label),
                LibvirtSession::tr("It may have been removed; refresh the provider.")};
            return {};
        }
        const QString name = QString::fromUtf8(virNetworkGetName(net.get()));
        if (virNetworkIsActive(net.get()) != 1) {
            *error = {
                LibvirtSession::tr("Network %1 on host %2 is not active.").arg(name, host.label),
                LibvirtSession::tr("Start the network or choose another one.")};
            return {};
        }
        virResetLastError();
        return name;
    }

    // A volume ref is its pool's ref, a slash, and the volume's name.
    static Volume volumeOn(const LibvirtSession &session, const Host &host,
                           const QString &volumeRef, ProviderError *error)
    {
        const QString rest = LibvirtRefs::childId(volumeRef, host.emsRef, u"pool");
        const qsizetype slash = rest.indexOf(u'/');
        if (slash <= 0) {
            if (ownerOf(session, volumeRef, u"pool")) {
                *error = {LibvirtSession::tr("Volume %1 is on another host than %2.")
                              .arg(volumeRef, host.label),
                          LibvirtSession::tr("Choose a volume of host %1.").arg(host.label)};
            } else {
                *error = {LibvirtSession::tr("%1 is not a storage volume of this provider.")
                              .arg(volumeRef),
                          LibvirtSession::tr("Refresh the provider and choose the volume again.")};
            }
            return nullptr;
        }
        Pool pool =
            poolOn(session, host, volumeRef.left(volumeRef.size() - rest.size() + slash), error);
        if (!pool)
            return nullptr;
        const QString name = rest.mid(slash + 1);
        Volume vol(virStorageVolLookupByName(pool.get(), name.toUtf8().constData()));
        if (!vol) {
            *error = {LibvirtSession::tr("Volume %1 was not found in storage pool %2.")
                          .arg(name, QString::fromUtf8(virStoragePoolGetName(pool.get()))),
                      LibvirtSession::tr("It may have been removed; refresh the provider.")};
            return nullptr;
        }
        virResetLastError();
        return vol;
    }

    // The pool volume a disk reads from; nullptr when it is none (a plain file, a network disk).
    static Volume volumeOfDisk(const Host &host, const DomainDisk &disk)
    {
        Volume vol;
        if (disk.type == u"volume") {
            Pool pool(virStoragePoolLookupByName(host.conn, disk.pool.toUtf8().constData()));
            if (pool)
                vol.reset(virStorageVolLookupByName(pool.get(), disk.volume.toUtf8().constData()));
        } else if (disk.path.startsWith(u'/')) {
            vol.reset(virStorageVolLookupByPath(host.conn, disk.path.toUtf8().constData()));
        }
        virResetLastError();
        return vol;
    }

    static bool checkLimits(const Host &host, const QString &domainType, const QString &vmName,
                            int vcpus, qint64 memoryBytes, ProviderError *error)
    {
        if (vcpus < 0 || memoryBytes < 0) {
            *error = {LibvirtSession::tr(
                          "VM %1 cannot have a negative number of vCPUs or amount of memory.")
                          .arg(vmName),
                      LibvirtSession::tr("Give positive values.")};
            return false;
        }
        virNodeInfo info{};
        if (virNodeGetInfo(host.conn, &info) != 0) {
            *error =
                failure(LibvirtSession::tr("Could not read the limits of host %1.").arg(host.label),
                        host.uri);
            return false;
        }
        const int maxVcpus = virConnectGetMaxVcpus(host.conn, domainType.toUtf8().constData());
        virResetLastError();
        if (maxVcpus > 0 && vcpus > maxVcpus) {
            *error = {LibvirtSession::tr(
                          "VM %1 cannot have %2 vCPUs: the hypervisor on host %3 allows at most "
                          "%4 per VM.")
                          .arg(vmName)
                          .arg(vcpus)
                          .arg(host.label)
                          .arg(maxVcpus),
                      LibvirtSession::tr("Choose %1 or fewer.").arg(maxVcpus)};
            return false;
        }
        if (vcpus > int(info.cpus)) {
            *error = {LibvirtSession::tr("VM %1 cannot have %2 vCPUs: host %3 has %4 CPUs.")
                          .arg(vmName)
                          .arg(vcpus)
                          .arg(host.label)
                          .arg(info.cpus),
                      LibvirtSession::tr("Choose %1 or fewer.").arg(info.cpus)};
            return false;
        }
        const qint64 hostMemory = qint64(info.memory) * 1024;
        if (memoryBytes > hostMemory) {
            *error = {LibvirtSession::tr("VM %1 cannot have %2 of memory: host %3 has %4.")
                          .arg(vmName, size(memoryBytes), host.label, size(hostMemory)),
                      LibvirtSession::tr("Choose %1 or less.").arg(size(hostMemory))};
            return false;
        }
        return true;
    }

    // A new volume must at least fit the pool's whole capacity; a thin one may still overcommit
    // what is free, as libvirt allows.
    static bool checkFits(virStoragePoolPtr pool, qint64 bytes, ProviderError *error)
    {
        virStoragePoolInfo info{};
        if (virStoragePoolGetInfo(pool, &info) == 0 && bytes > qint64(info.capacity)) {
            *error = {LibvirtSession::tr(
                          "A disk of %1 does not fit in storage pool %2, which holds %3 in all.")
                          .arg(size(bytes), QString::fromUtf8(virStoragePoolGetName(pool)),
                               size(qint64(info.capacity))),
                      LibvirtSession::tr("Choose a smaller disk or a larger pool.")};
            return false;
        }
        virResetLastError();
        return true;
    }

    static QByteArray inactiveXml(const Vm &vm, ProviderError *error)
    {
        char *xml = virDomainGetXMLDesc(vm.dom.get(), VIR_DOMAIN_XML_INACTIVE);
        if (!xml)
            *error =
                failure(LibvirtSession::tr("Could not read the definition of VM %1.").arg(vm.name),
                        vm.host->uri);
        return takeBytes(xml);
    }

    static bool load(DomainXmlBuilder *builder, const QByteArray &xml, const QString &vmName,
                     ProviderError *error)
    {
        QString parseError;
        if (builder->load(xml, &parseError))
            return true;
        *error = {LibvirtSession::tr("The definition of VM %1 could not be read.").arg(vmName),
                  parseError};
        return false;
    }

    // A new volume in pool; appended to rollback->volumes. *path and *type describe it for a
    // <disk>.
    static bool createVolume(const Host &host, virStoragePoolPtr pool, const QByteArray &xml,
                             virStorageVolPtr cloneOf, Rollback *rollback, QString *path,
                             QString *type, ProviderError *error)
    {
        // Named before the call: any libvirt call after it would clear its error.
        const QString what = LibvirtSession::tr("Could not create a disk in storage pool %1.")
                                 .arg(QString::fromUtf8(virStoragePoolGetName(pool)));
        Volume vol(cloneOf ? virStorageVolCreateXMLFrom(pool, xml.constData(), cloneOf, 0)
                           : virStorageVolCreateXML(pool, xml.constData(), 0));
        if (!vol && cloneOf && LibvirtError::lastErrorCode() == VIR_ERR_NO_STORAGE_VOL &&
            qstrcmp(virConnectGetType(host.conn), "TEST") == 0) {
            // libvirt's test driver looks for the source in the target pool, so it copies only
            // within one pool. Its volumes hold no data: a new one of the same size and
            // allocation is all a copy would be.
            vol.reset(virStorageVolCreateXML(pool, xml.constData(), 0));
        }
        if (!vol) {
            *error = failure(what, host.uri);
            return false;
        }
        *path = takeString(virStorageVolGetPath(vol.get()));
        *type = sourceTypeOf(vol.get());
        rollback->volumes.push_back(std::move(vol));
        return true;
    }

    // Copies every disk of the shut-off source into pool and points the definition at the copies.
    static bool cloneDisks(const Host &host, const ProvisionSpec &spec, const Vm &source,
                           virStoragePoolPtr pool, DomainXmlBuilder *builder, Rollback *rollback,
                           ProviderError *error)
    {
        bool first = true;
        for (const DomainDisk &disk : builder->disks()) {
            if (disk.device != u"disk" || disk.shareable || disk.readOnly)
                continue; // CD-ROMs and shared disks are used by the clone as they are
            if (!pool) {
                *error = {
                    LibvirtSession::tr("VM %1 has disks to copy, but no storage pool was chosen.")
                        .arg(source.name),
                    LibvirtSession::tr("Choose the pool that receives the new VM's disks.")};
                return false;
            }
            const qint64 wanted = first ? spec.diskBytes : 0;
            first = false;
            Volume from = volumeOfDisk(host, disk);
            qint64 capacity = wanted;
            qint64 allocation = 0; // a blank disk stays thin; a copy as allocated as its source
            QString format = disk.format;
            if (from) {
                virStorageVolInfo info{};
                if (virStorageVolGetInfo(from.get(), &info) != 0) {
                    *error = failure(LibvirtSession::tr("Could not read disk %1 of VM %2.")
                                         .arg(disk.target, source.name),
                                     host.uri);
                    return false;
                }
                if (wanted > 0 && wanted < qint64(info.capacity)) {
                    *error = {
                        LibvirtSession::tr(
                            "The new disk (%1) cannot be smaller than disk %2 of VM %3 (%4).")
                            .arg(size(wanted), disk.target, source.name,
                                 size(qint64(info.capacity))),
                        LibvirtSession::tr("Choose at least %1, or leave the size as the source's.")
                            .arg(size(qint64(info.capacity)))};
                    return false;
                }
                capacity = std::max(wanted, qint64(info.capacity));
                allocation = qint64(info.allocation);
                const QString volumeFormat = DomainXmlBuilder::volumeFormat(
                    takeBytes(virStorageVolGetXMLDesc(from.get(), 0)));
                if (!volumeFormat.isEmpty())
                    format = volumeFormat;
            } else {
                // Not a pool volume: libvirt cannot copy it, so the clone gets a blank disk of
                // the same size.
                if (capacity <= 0) {
                    virDomainBlockInfo info{};
                    if (virDomainGetBlockInfo(source.dom.get(), disk.target.toUtf8().constData(),
                                              &info, 0) == 0)
                        capacity = qint64(info.capacity);
                    virResetLastError();
                }
                if (capacity <= 0) {
                    *error = {LibvirtSession::tr(
                                  "Disk %1 of VM %2 is not in a storage pool, and its size is "
                                  "unknown.")
                                  .arg(disk.target, source.name),
                              LibvirtSession::tr("Give the size of the new VM's disk.")};
                    return false;
                }
                if (format.isEmpty())
                    format = blankFormat(pool);
                qCWarning(lcLibvirt) << "disk" << disk.target << "of" << source.name
                                     << "is no pool volume; the clone gets a blank one";
            }
            if (!checkFits(pool, capacity, error))
                return false;
            const QByteArray xml = DomainXmlBuilder::volumeXml(
                volumeName(spec.name, disk.target, format), capacity, allocation, format);
            QString path;
            QString type;
            if (!createVolume(host, pool, xml, from.get(), rollback, &path, &type, error))
                return false;
            builder->setDiskSource(disk.target, type, path, format);
        }
        return true;
    }

    static bool provision(LibvirtSession *session, const ProvisionSpec &spec, QString *vmRef,
                          ProviderError *error)
    {
        const QString name = spec.name.trimmed();
        if (name.isEmpty() || name != spec.name || name.contains(u'/') ||
            std::any_of(name.cbegin(), name.cend(),
                        [](QChar c) { return c.category() == QChar::Other_Control; })) {
            *error = {LibvirtSession::tr("\"%1\" cannot be a VM name.").arg(spec.name),
                      LibvirtSession::tr(
                          "Use a name without slashes, line breaks or surrounding spaces.")};
            return false;
        }
        if (spec.sourceVmRef.isEmpty() == spec.sourceVolumeRef.isEmpty()) {
            *error = {LibvirtSession::tr("VM %1 needs exactly one source.").arg(name),
                      LibvirtSession::tr("Choose a VM to clone, or an image or ISO volume.")};
            return false;
        }
        if (spec.vcpus < 1 || spec.memoryBytes < 0 || spec.diskBytes < 0) {
            *error = {
                LibvirtSession::tr("VM %1 needs at least one vCPU, and sizes cannot be negative.")
                    .arg(name),
                LibvirtSession::tr("Give positive values.")};
            return false;
        }
        const Host *host = hostByRef(*session, spec.hostRef, error);
        if (!host)
            return false;

        QStringList keys{u"name:"_s + host->emsRef + u'/' + name};
        if (!spec.sourceVmRef.isEmpty())
            keys.append(LibvirtRefs::domain(spec.sourceVmRef));
        Busy busy(session, keys);

        virResetLastError();
        if (Domain clash{virDomainLookupByName(host->conn, name.toUtf8().constData())}) {
            *error = {LibvirtSession::tr("A VM named %1 already exists on host %2.")
                          .arg(name, host->label),
                      LibvirtSession::tr("Choose another name.")};
            return false;
        }
        if (LibvirtError::lastErrorCode() != VIR_ERR_NO_DOMAIN) {
            *error = failure(
                LibvirtSession::tr("Could not check whether the name %1 is free.").arg(name),
                host->uri);
            return false;
        }

        Pool pool;
        if (!spec.storageRef.isEmpty()) {
            pool = poolOn(*session, *host, spec.storageRef, error);
            if (!pool)
                return false;
        }
        QString network;
        if (!spec.networkRef.isEmpty()) {
            network = networkOn(*session, *host, spec.networkRef, error);
            if (network.isEmpty())
                return false;
        }

        Rollback rollback;
        DomainXmlBuilder builder;
        if (!spec.sourceVmRef.isEmpty()) {
            Vm source;
            if (!findVm(*session, spec.sourceVmRef, &source, error))
                return false;
            if (source.host != host) {
                *error = {
                    LibvirtSession::tr("VM %1 is on host %2; a clone is made on the same host.")
                        .arg(source.name, source.host->label),
                    LibvirtSession::tr("Place the new VM on host %1.").arg(source.host->label)};
                return false;
            }
            if (source.state != VIR_DOMAIN_SHUTOFF) {
                *error = {LibvirtSession::tr("VM %1 is %2; shut it down before cloning it.")
                              .arg(source.name, stateWords(source.state)),
                          LibvirtSession::tr("A running VM's disks change while they are copied.")};
                return false;
            }
            if (!load(&builder, inactiveXml(source, error), source.name, error))
                return false;
            if (!checkLimits(*host, builder.domainType(), name, spec.vcpus, spec.memoryBytes,
                             error))
                return false;
            builder.setName(name);
            builder.removeUuid();
            builder.removeNvram();
            builder.forgetNicAddresses();
            builder.renameOutputFiles(source.name, name);
            builder.setVcpus(spec.vcpus);
            if (spec.memoryBytes > 0)
                builder.setMemoryBytes(spec.memoryBytes);
            if (!network.isEmpty())
                builder.setNetwork(network);
            if (!cloneDisks(*host, spec, source, pool.get(), &builder, &rollback, error))
                return false;
        } else {
            Volume image = volumeOn(*session, *host, spec.sourceVolumeRef, error);
            if (!image)
                return false;
            if (!pool) {
                *error = {LibvirtSession::tr("VM %1 needs a storage pool for its disk.").arg(name),
                          LibvirtSession::tr("Choose the pool that receives the new VM's disk.")};
                return false;
            }
            if (spec.memoryBytes <= 0) {
                *error = {LibvirtSession::tr("VM %1 needs an amount of memory.").arg(name),
                          LibvirtSession::tr("Give its memory size.")};
                return false;
            }
            QString type;
            QString arch;
            const QByteArray caps = takeBytes(virConnectGetCapabilities(host->conn));
            if (!DomainXmlBuilder::guestFromCapabilities(caps, &type, &arch)) {
                *error = {LibvirtSession::tr("Host %1 offers no hardware-virtualised guests.")
                              .arg(host->label),
                          LibvirtSession::tr("Check the hypervisor on that host.")};
                return false;
            }
            if (!checkLimits(*host, type, name, spec.vcpus, spec.memoryBytes, error))
                return false;
            builder = DomainXmlBuilder::blank(name, type, arch);
            builder.setVcpus(spec.vcpus);
            builder.setMemoryBytes(spec.memoryBytes);

            virStorageVolInfo imageInfo{};
            if (virStorageVolGetInfo(image.get(), &imageInfo) != 0) {
                *error = failure(
                    LibvirtSession::tr("Could not read volume %1.").arg(spec.sourceVolumeRef),
                    host->uri);
                return false;
            }
            const QString imageFormat =
                DomainXmlBuilder::volumeFormat(takeBytes(virStorageVolGetXMLDesc(image.get(), 0)));
            DomainDisk disk;
            disk.target = u"vda"_s;
            QByteArray volumeXml;
            if (spec.sourceIsIso) {
                if (spec.diskBytes <= 0) {
                    *error = {LibvirtSession::tr("VM %1 needs the size of its disk.").arg(name),
                              LibvirtSession::tr(
                                  "Give the size of the blank disk the ISO installs onto.")};
                    return false;
                }
                disk.format = blankFormat(pool.get());
                volumeXml = DomainXmlBuilder::volumeXml(volumeName(name, disk.target, disk.format),
                                                        spec.diskBytes, 0, disk.format);
            } else {
                const qint64 capacity = qint64(imageInfo.capacity);
                if (spec.diskBytes > 0 && spec.diskBytes < capacity) {
                    *error = {
                        LibvirtSession::tr(
                            "The new disk (%1) cannot be smaller than its image (%2).")
                            .arg(size(spec.diskBytes), size(capacity)),
                        LibvirtSession::tr("Choose at least %1, or leave the size as the image's.")
                            .arg(size(capacity))};
                    return false;
                }
                disk.format = imageFormat.isEmpty() ? u"raw"_s : imageFormat;
                volumeXml = DomainXmlBuilder::volumeXml(volumeName(name, disk.target, disk.format),
                                                        std::max(capacity, spec.diskBytes),
                                                        qint64(imageInfo.allocation), disk.format);
            }
            const qint64 capacity = spec.sourceIsIso
                                        ? spec.diskBytes
                                        : std::max(spec.diskBytes, qint64(imageInfo.capacity));
            if (!checkFits(pool.get(), capacity, error))
                return false;
            if (!createVolume(*host, pool.get(), volumeXml,
                              spec.sourceIsIso ? nullptr : image.get(), &rollback, &disk.path,
                              &disk.type, error))
                return false;
            builder.addDisk(disk);
            if (spec.sourceIsIso) {
                DomainDisk cdrom;
                cdrom.device = u"cdrom"_s;
                cdrom.type = sourceTypeOf(image.get());
                cdrom.path = takeString(virStorageVolGetPath(image.get()));
                cdrom.target = u"sda"_s;
                cdrom.bus = u"sata"_s;
                cdrom.format = u"raw"_s;
                cdrom.readOnly = true;
                builder.addDisk(cdrom);
                builder.setBootOrder({u"cdrom"_s, u"hd"_s});
            } else {
                builder.setBootOrder({u"hd"_s});
            }
            if (!network.isEmpty())
                builder.addNic({u"network"_s, network, QString(), u"virtio"_s});
        }

        const QByteArray xml = builder.toXml();
        rollback.domain.reset(virDomainDefineXML(host->conn, xml.constData()));
        if (!rollback.domain) {
            *error = failure(LibvirtSession::tr("Host %1 refused the definition of VM %2.")
                                 .arg(host->label, name),
                             host->uri);
            return false;
        }
        if (spec.start && virDomainCreate(rollback.domain.get()) != 0) {
            *error = failure(
                LibvirtSession::tr("VM %1 was created but could not be started; it was removed "
                                   "again.")
                    .arg(name),
                host->uri);
            return false;
        }
        char uuid[VIR_UUID_STRING_BUFLEN];
        if (virDomainGetUUIDString(rollback.domain.get(), uuid) != 0) {
            *error = failure(
                LibvirtSession::tr("Could not read the identity of the new VM %1.").arg(name),
                host->uri);
            return false;
        }
        *vmRef = LibvirtRefs::domain(QString::fromLatin1(uuid));
        rollback.committed = true;
        qCInfo(lcLibvirt) << "provisioned" << name << *vmRef << "on" << host->uri;
        return true;
    }

    // Attaches or detaches one device; where the driver cannot (the test driver), the inactive
    // definition is edited and defined again instead, so the running VM sees it at next boot.
    static bool changeDevice(const Vm &vm, bool attach, const QByteArray &deviceXml,
                             unsigned int flags,
                             const std::function<void(DomainXmlBuilder *)> &edit,
                             const QString &what, ProviderError *error)
    {
        const int rc = attach
                           ? virDomainAttachDeviceFlags(vm.dom.get(), deviceXml.constData(), flags)
                           : virDomainDetachDeviceFlags(vm.dom.get(), deviceXml.constData(), flags);
        if (rc == 0)
            return true;
        if (LibvirtError::lastErrorCode() != VIR_ERR_NO_SUPPORT) {
            *error = failure(what, vm.host->uri);
            return false;
        }
        qCInfo(lcLibvirt) << "no hot-plug on" << vm.host->uri << "; the definition of" << vm.name
                          << "is changed instead (at next boot)";
        DomainXmlBuilder builder;
        if (!load(&builder, inactiveXml(vm, error), vm.name, error))
            return false;
        edit(&builder);
        const QByteArray xml = builder.toXml();
        Domain redefined(virDomainDefineXML(vm.host->conn, xml.constData()));
        if (!redefined) {
            *error = failure(what, vm.host->uri);
            return false;
        }
        return true;
    }

    static bool reconfigure(LibvirtSession *session, const QString &vmRef,
                            const ReconfigureSpec &spec, ProviderError *error)
    {
        Busy busy(session, {LibvirtRefs::domain(vmRef)});
        Vm vm;
        if (!findVm(*session, vmRef, &vm, error))
            return false;
        const Host &host = *vm.host;
        DomainXmlBuilder config;
        if (!load(&config, inactiveXml(vm, error), vm.name, error))
            return false;

        if (!checkLimits(host, config.domainType(), vm.name, spec.vcpus, spec.memoryBytes, error))
            return false;
        const bool active = virDomainIsActive(vm.dom.get()) == 1;
        const bool applyLive = spec.live && active;
        if (applyLive && spec.vcpus > 0) {
            const int liveMax = virDomainGetMaxVcpus(vm.dom.get());
            if (liveMax > 0 && spec.vcpus > liveMax) {
                *error = {LibvirtSession::tr(
                              "VM %1 is running and can take at most %2 vCPUs until it restarts.")
                              .arg(vm.name)
                              .arg(liveMax),
                          LibvirtSession::tr(
                              "Apply the change at next boot instead, or shut the VM down first.")};
                return false;
            }
        }
        if (applyLive && spec.memoryBytes > 0) {
            const qint64 liveMax = qint64(virDomainGetMaxMemory(vm.dom.get())) * 1024;
            if (liveMax > 0 && spec.memoryBytes > liveMax) {
                *error = {LibvirtSession::tr(
                              "VM %1 is running and can take at most %2 of memory until it "
                              "restarts.")
                              .arg(vm.name, size(liveMax)),
                          LibvirtSession::tr(
                              "Apply the change at next boot instead, or shut the VM down first.")};
                return false;
            }
        }
        virResetLastError();

        // Every device named must exist, and every pool and network resolve, before anything
        // changes.
        const QList<DomainDisk> disks = config.disks();
        QStringList removeTargets;
        for (const QString &ref : spec.removeDiskRefs) {
            const QString target =
                ref.startsWith(vmRef + u'/') ? ref.mid(vmRef.size() + 1) : QString();
            const bool found = std::any_of(disks.cbegin(), disks.cend(), [&](const DomainDisk &d) {
                return !target.isEmpty() && d.target == target;
            });
            if (!found) {
                *error = {LibvirtSession::tr("VM %1 has no disk %2.").arg(vm.name, ref),
                          LibvirtSession::tr("Refresh the provider and choose the disk again.")};
                return false;
            }
            removeTargets.append(target);
        }
        const QList<DomainNic> nics = config.nics();
        QStringList removeMacs;
        for (const QString &ref : spec.removeNicRefs) {
            const QString mac =
                ref.startsWith(vmRef + u'/') ? ref.mid(vmRef.size() + 1).toLower() : QString();
            const bool found = std::any_of(nics.cbegin(), nics.cend(), [&](const DomainNic &n) {
                return !mac.isEmpty() && n.mac == mac;
            });
            if (!found) {
                *error = {
                    LibvirtSession::tr("VM %1 has no network interface %2.").arg(vm.name, ref),
                    LibvirtSession::tr("Refresh the provider and choose the interface again.")};
                return false;
            }
            removeMacs.append(mac);
        }
        std::vector<Pool> addPools;
        for (const DiskAddition &addition : spec.addDisks) {
            if (addition.capacityBytes <= 0) {
                *error = {LibvirtSession::tr("A new disk of VM %1 needs a size.").arg(vm.name),
                          LibvirtSession::tr("Give a positive size.")};
                return false;
            }
            Pool pool = poolOn(*session, host, addition.storageRef, error);
            if (!pool || !checkFits(pool.get(), addition.capacityBytes, error))
                return false;
            addPools.push_back(std::move(pool));
        }
        QStringList addNetworks;
        for (const NicAddition &addition : spec.addNics) {
            const QString network = networkOn(*session, host, addition.networkRef, error);
            if (network.isEmpty())
                return false;
            addNetworks.append(network);
        }

        unsigned int flags = VIR_DOMAIN_AFFECT_CONFIG;
        if (applyLive)
            flags |= VIR_DOMAIN_AFFECT_LIVE;
        auto failed = [&](const QString &what) {
            *error = failure(what, host.uri);
            return false;
        };

        if (spec.vcpus > 0) {
            const int configMax = virDomainGetVcpusFlags(
                vm.dom.get(), VIR_DOMAIN_AFFECT_CONFIG | unsigned(VIR_DOMAIN_VCPU_MAXIMUM));
            const QString what =
                LibvirtSession::tr("Could not give VM %1 %2 vCPUs.").arg(vm.name).arg(spec.vcpus);
            if (configMax < 0)
                return failed(what);
            if (spec.vcpus > configMax &&
                virDomainSetVcpusFlags(vm.dom.get(), unsigned(spec.vcpus),
                                       VIR_DOMAIN_AFFECT_CONFIG |
                                           unsigned(VIR_DOMAIN_VCPU_MAXIMUM)) != 0)
                return failed(what);
            if (virDomainSetVcpusFlags(vm.dom.get(), unsigned(spec.vcpus),
                                       VIR_DOMAIN_AFFECT_CONFIG) != 0)
                return failed(what);
            if (applyLive && virDomainSetVcpusFlags(vm.dom.get(), unsigned(spec.vcpus),
                                                    VIR_DOMAIN_AFFECT_LIVE) != 0)
                return failed(what);
        }
        if (spec.memoryBytes > 0) {
            const unsigned long kib = (unsigned long)((spec.memoryBytes + 1023) / 1024);
            const QString what = LibvirtSession::tr("Could not give VM %1 %2 of memory.")
                                     .arg(vm.name, size(spec.memoryBytes));
            if (spec.memoryBytes > config.maxMemoryBytes() &&
                virDomainSetMemoryFlags(vm.dom.get(), kib,
                                        VIR_DOMAIN_AFFECT_CONFIG |
                                            unsigned(VIR_DOMAIN_MEM_MAXIMUM)) != 0)
                return failed(what);
            if (virDomainSetMemoryFlags(vm.dom.get(), kib, VIR_DOMAIN_AFFECT_CONFIG) != 0)
                return failed(what);
            if (applyLive &&
                virDomainSetMemoryFlags(vm.dom.get(), kib, VIR_DOMAIN_AFFECT_LIVE) != 0)
                return failed(what);
        }

        for (const QString &target : std::as_const(removeTargets)) {
            if (!changeDevice(
                    vm, false, config.diskElementXml(target), flags,
                    [&](DomainXmlBuilder *b) { b->removeDisk(target); },
                    LibvirtSession::tr("Could not remove disk %1 from VM %2.").arg(target, vm.name),
                    error))
                return false;
        }
        for (const QString &mac : std::as_const(removeMacs)) {
            if (!changeDevice(
                    vm, false, config.nicElementXml(mac), flags,
                    [&](DomainXmlBuilder *b) { b->removeNic(mac); },
                    LibvirtSession::tr("Could not remove network interface %1 from VM %2.")
                        .arg(mac, vm.name),
                    error))
                return false;
        }

        if (!spec.addDisks.isEmpty()) {
            // Targets in use now or at next boot are both taken.
            QStringList used;
            for (const DomainDisk &disk : disks)
                used.append(disk.target);
            DomainXmlBuilder live;
            if (active &&
                load(&live, takeBytes(virDomainGetXMLDesc(vm.dom.get(), 0)), vm.name, error)) {
                for (const DomainDisk &disk : live.disks())
                    used.append(disk.target);
            }
            for (size_t i = 0; i < addPools.size(); ++i) {
                virStoragePoolPtr pool = addPools[i].get();
                DomainDisk disk;
                disk.target = DomainXmlBuilder::freeTarget(used, u"vd"_s);
                used.append(disk.target);
                disk.format = blankFormat(pool);
                Rollback made;
                const QByteArray xml = DomainXmlBuilder::volumeXml(
                    volumeName(vm.name, disk.target, disk.format),
                    spec.addDisks[qsizetype(i)].capacityBytes, 0, disk.format);
                if (!createVolume(host, pool, xml, nullptr, &made, &disk.path, &disk.type, error))
                    return false;
                if (!changeDevice(
                        vm, true, DomainXmlBuilder::diskXml(disk), flags,
                        [&](DomainXmlBuilder *b) { b->addDisk(disk); },
                        LibvirtSession::tr("Could not add disk %1 to VM %2.")
                            .arg(disk.target, vm.name),
                        error))
                    return false; // the new volume goes with `made`
                made.committed = true;
            }
        }
        for (qsizetype i = 0; i < addNetworks.size(); ++i) {
            const DomainNic nic{u"network"_s, addNetworks[i], QString(), spec.addNics[i].model};
            if (!changeDevice(
                    vm, true, DomainXmlBuilder::nicXml(nic), flags,
                    [&](DomainXmlBuilder *b) { b->addNic(nic); },
                    LibvirtSession::tr("Could not add a network interface on %1 to VM %2.")
                        .arg(addNetworks[i], vm.name),
                    error))
                return false;
        }
        qCInfo(lcLibvirt) << "reconfigured" << vm.name
                          << (applyLive ? "live" : "in its definition");
        return true;
    }

    static bool remove(LibvirtSession *session, const QString &vmRef, bool deleteStorage,
                       ProviderError *error)
    {
        Busy busy(session, {LibvirtRefs::domain(vmRef)});
        Vm vm;
        if (!findVm(*session, vmRef, &vm, error))
            return false;
        const Host &host = *vm.host;
        if (virDomainIsActive(vm.dom.get()) == 1) {
            *error = {LibvirtSession::tr("VM %1 is %2; shut it down before removing it.")
                          .arg(vm.name, stateWords(vm.state)),
                      LibvirtSession::tr("Shut it down or power it off first.")};
            return false;
        }
        DomainXmlBuilder config;
        if (!load(&config, inactiveXml(vm, error), vm.name, error))
            return false;

        if (deleteStorage) {
            for (const DomainDisk &disk : config.disks()) {
                // Installation media and disks other VMs share stay.
                if (disk.device != u"disk" || disk.readOnly || disk.shareable)
                    continue;
                Volume vol = volumeOfDisk(host, disk);
                if (!vol) {
                    qCWarning(lcLibvirt) << "disk" << disk.target << "of" << vm.name
                                         << "is no pool volume and stays:" << disk.path;
                    continue;
                }
                if (virStorageVolDelete(vol.get(), 0) != 0) {
                    *error = failure(
                        LibvirtSession::tr("Could not delete disk %1 of VM %2; the VM was not "
                                           "removed.")
                            .arg(disk.target, vm.name),
                        host.uri);
                    return false;
                }
            }
        }

        if (virDomainUndefineFlags(vm.dom.get(), undefineFlags(vm.dom.get(), config)) != 0) {
            *error = failure(LibvirtSession::tr("Could not remove VM %1.").arg(vm.name), host.uri);
            return false;
        }
        qCInfo(lcLibvirt) << "removed" << vm.name << vmRef
                          << (deleteStorage ? "and its disks" : "");
        return true;
    }
};

bool LibvirtSession::powerOperation(const QString &vmRef, PowerOperation operation,
                                    ProviderError *error, const OperationControl &)
{
    Operations::Busy busy(this, {LibvirtRefs::domain(vmRef)});
    Operations::Vm vm;
    if (!Operations::findVm(*this, vmRef, &vm, error))
        return false;
    if (!PowerOperations::allowedIn(operation, LibvirtDomainState::powerState(vm.state))) {
        *error = {refusal(operation).arg(vm.name, stateWords(vm.state)),
                  LibvirtSession::tr("Refresh the provider to see its current state.")};
        return false;
    }
    virDomainPtr dom = vm.dom.get();
    int rc = -1;
    switch (operation) {
    case PowerOperation::Start:
        // A crashed domain that libvirt preserved is still active: clear it away first.
        if (vm.state == VIR_DOMAIN_CRASHED && virDomainIsActive(dom) == 1 &&
            virDomainDestroy(dom) != 0)
            break;
        rc = virDomainCreate(dom);
        break;
    case PowerOperation::Shutdown:
        rc = virDomainShutdown(dom);
        break;
    case PowerOperation::PowerOff:
        rc = virDomainDestroy(dom);
        break;
    case PowerOperation::Reboot:
        rc = virDomainReboot(dom, 0);
        break;
    case PowerOperation::Reset:
        rc = virDomainReset(dom, 0);
        break;
    case PowerOperation::Suspend:
        rc = virDomainSuspend(dom);
        break;
    case PowerOperation::Resume:
        // A guest that put itself to sleep is woken, not resumed.
        rc = vm.state == VIR_DOMAIN_PMSUSPENDED ? virDomainPMWakeup(dom, 0) : virDomainResume(dom);
        break;
    }
    if (rc != 0) {
        *error = failure(callFailed(operation).arg(vm.name), vm.host->uri);
        return false;
    }
    qCInfo(lcLibvirt) << PowerOperations::name(operation) << vm.name << "on" << vm.host->uri;
    return true;
}

bool LibvirtSession::provisionVm(const ProvisionSpec &spec, QString *vmRef, ProviderError *error,
                                 const OperationControl &)
{
    return Operations::provision(this, spec, vmRef, error);
}

bool LibvirtSession::reconfigureVm(const QString &vmRef, const ReconfigureSpec &spec,
                                   ProviderError *error, const OperationControl &)
{
    return Operations::reconfigure(this, vmRef, spec, error);
}

bool LibvirtSession::removeVm(const QString &vmRef, bool deleteStorage, ProviderError *error,
                              const OperationControl &)
{
    return Operations::remove(this, vmRef, deleteStorage, error);
}

bool LibvirtSession::diskSources(const QString &vmRef, QList<DiskSource> *out, ProviderError *error)
{
    Operations::Vm vm;
    if (!Operations::findVm(*this, vmRef, &vm, error))
        return false;
    char *xml = virDomainGetXMLDesc(vm.dom.get(), 0);
    if (!xml) {
        *error = failure(LibvirtSession::tr("Could not read the disks of VM %1.").arg(vm.name),
                         vm.host->uri);
        return false;
    }
    DomainXmlBuilder builder;
    if (!Operations::load(&builder, takeBytes(xml), vm.name, error))
        return false;
    QList<DiskSource> sources;
    for (const DomainDisk &disk : builder.disks()) {
        if (disk.device != u"disk")
            continue;
        QString path = disk.path;
        if (disk.type == u"volume") {
            Volume vol = Operations::volumeOfDisk(*vm.host, disk);
            path = vol ? takeString(virStorageVolGetPath(vol.get())) : QString();
        } else if (disk.type != u"file") {
            continue; // block devices and network disks are not read as image files
        }
        if (!path.isEmpty())
            sources.append({disk.target, path, disk.format});
    }
    *out = sources;
    return true;
}

} // namespace Vantage
