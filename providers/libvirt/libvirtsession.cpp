#include "providers/libvirt/libvirtsession.h"

#include "providers/libvirt/domainxmlparser.h"
#include "providers/libvirt/libvirtdomainstate.h"
#include "providers/libvirt/libvirterror.h"
#include "providers/libvirt/libvirteventhub.h"
#include "providers/libvirt/libvirteventloop.h"
#include "providers/libvirt/libvirtlogging.h"
#include "providers/libvirt/libvirtrefs.h"
#include "providers/libvirt/libvirturi.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QUrl>
#include <QXmlStreamReader>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>

namespace Vantage {

using namespace Qt::StringLiterals;

namespace {

constexpr auto kClusterRef = "cluster";
constexpr int kProgressEvery = 250;
constexpr int kProbeTimeoutMs = 10000;

// Frees what libvirt hands out with malloc().
struct FreeDeleter
{
    void operator()(void *p) const { std::free(p); }
};
using CString = std::unique_ptr<char, FreeDeleter>;

QString fromC(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

QString takeC(char *s)
{
    CString owned(s);
    return fromC(s);
}

int authCallback(virConnectCredentialPtr creds, unsigned int count, void *data)
{
    const auto *credentials = static_cast<const Credentials *>(data);
    for (unsigned int i = 0; i < count; ++i) {
        QByteArray value;
        switch (creds[i].type) {
        case VIR_CRED_AUTHNAME:
        case VIR_CRED_USERNAME:
            value = credentials->user.toUtf8();
            break;
        case VIR_CRED_PASSPHRASE:
            value = credentials->password.toUtf8();
            break;
        default:
            // Anything else would mean asking a person; a headless refresh cannot.
            return -1;
        }
        creds[i].result = strdup(value.constData());
        if (!creds[i].result)
            return -1;
        creds[i].resultlen = unsigned(value.size());
    }
    return 0;
}

// A black-holed host would keep libvirt's blocking connect() waiting for minutes; a quick probe
// with a deadline turns that into a clear error. Empty when the port answered.
QString probeTcp(const QString &host, int port)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo *found = nullptr;
    const QByteArray service = QByteArray::number(port);
    const int rc = getaddrinfo(host.toUtf8().constData(), service.constData(), &hints, &found);
    if (rc != 0)
        return QString::fromUtf8(gai_strerror(rc));
    QString failure;
    for (addrinfo *ai = found; ai; ai = ai->ai_next) {
        const int fd =
            socket(ai->ai_family, ai->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, ai->ai_protocol);
        if (fd < 0)
            continue;
        int err = 0;
        if (::connect(fd, ai->ai_addr, ai->ai_addrlen) != 0) {
            err = errno;
            if (err == EINPROGRESS) {
                pollfd pfd{fd, POLLOUT, 0};
                const int ready = poll(&pfd, 1, kProbeTimeoutMs);
                if (ready == 0) {
                    err = ETIMEDOUT;
                } else {
                    socklen_t len = sizeof err;
                    getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len);
                }
            }
        }
        ::close(fd);
        if (err == 0) {
            freeaddrinfo(found);
            return {};
        }
        failure = QString::fromUtf8(strerror(err));
    }
    freeaddrinfo(found);
    return failure;
}

int defaultPort(const QString &transport)
{
    if (transport == u"tcp")
        return 16509;
    if (transport == u"tls")
        return 16514;
    if (transport == u"ssh" || transport == u"libssh" || transport == u"libssh2")
        return 22;
    return 0;
}

QString uuidOf(virDomainPtr dom)
{
    char buf[VIR_UUID_STRING_BUFLEN];
    if (virDomainGetUUIDString(dom, buf) != 0)
        return {};
    return QString::fromLatin1(buf);
}

// Text of the first element at a given path of direct children, e.g. {"host", "uuid"}.
QString xmlText(const QByteArray &xml, std::initializer_list<QStringView> path)
{
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement())
        return {};
    auto step = path.begin();
    while (step != path.end() && reader.readNextStartElement()) {
        if (reader.name() != *step) {
            reader.skipCurrentElement();
            continue;
        }
        if (++step == path.end())
            return reader.readElementText().trimmed();
    }
    return {};
}

QString storageVolumeType(int type)
{
    switch (type) {
    case VIR_STORAGE_VOL_FILE:
        return QStringLiteral("file");
    case VIR_STORAGE_VOL_BLOCK:
        return QStringLiteral("block");
    case VIR_STORAGE_VOL_DIR:
        return QStringLiteral("dir");
    case VIR_STORAGE_VOL_NETWORK:
        return QStringLiteral("network");
    case VIR_STORAGE_VOL_NETDIR:
        return QStringLiteral("netdir");
    case VIR_STORAGE_VOL_PLOOP:
        return QStringLiteral("ploop");
    default:
        return QStringLiteral("unknown");
    }
}

ProviderError cancelledError()
{
    return {LibvirtSession::tr("The collection was cancelled."), QString()};
}

// Reads one domain into *out; false only for real failures (a vanished domain is skipped).
bool readDomain(virDomainPtr dom, int state, const QString &hostRef, const QString &uri,
                const QHash<QString, qint64> &capacityByPath, InventoryCollection *out,
                ProviderError *error)
{
    char *xml = virDomainGetXMLDesc(dom, 0);
    if (!xml) {
        if (LibvirtError::lastErrorCode() == VIR_ERR_NO_DOMAIN)
            return true;
        *error = LibvirtError::fromLastError(uri);
        return false;
    }
    CString owned(xml);
    const QByteArrayView view(xml, qsizetype(std::strlen(xml)));

    const qsizetype firstDisk = out->disks.size();
    VmRecord vm;
    QString parseError;
    if (!DomainXmlParser::parse(view, &vm, &out->disks, &out->nics, &parseError)) {
        // One odd domain should not hide a host's other thousands; say so in the log.
        qCWarning(lcLibvirt) << "skipping domain" << uuidOf(dom) << "on" << uri << parseError;
        return true;
    }
    vm.hostRef = hostRef;
    vm.powerState = LibvirtDomainState::powerState(state);
    vm.rawDescription = QString::fromUtf8(view);
    if (!capacityByPath.isEmpty()) {
        for (qsizetype i = firstDisk; i < out->disks.size(); ++i) {
            DiskRecord &disk = out->disks[i];
            disk.capacityBytes = capacityByPath.value(disk.source, 0);
        }
    }
    out->vms.append(std::move(vm));
    return true;
}

} // namespace

LibvirtSession::LibvirtSession(const ManagerConfig &config)
    : m_clusterName(!config.name.isEmpty() ? config.name : config.providerName),
      m_events(std::make_shared<LibvirtEventHub>())
{}

LibvirtSession::~LibvirtSession()
{
    // No callback may run into a closed connection: drop them all first.
    m_events->unwatchAll();
    for (Host &host : m_hosts) {
        if (host.conn)
            virConnectClose(host.conn);
    }
}

std::shared_ptr<LibvirtSession> LibvirtSession::open(const ManagerConfig &config,
                                                     ProviderError *error)
{
    LibvirtError::installQuietHandler();
    // Before any connection: libvirt binds a connection's events to the loop registered then.
    LibvirtEventLoop::ensureRunning();
    ProviderError ignored;
    if (!error)
        error = &ignored;

    if (config.endpoints.isEmpty()) {
        *error = {tr("The provider has no URI."),
                  tr("Add at least one libvirt URI, for example qemu:///system.")};
        return nullptr;
    }

    std::shared_ptr<LibvirtSession> session(new LibvirtSession(config));
    for (const QString &uri : config.endpoints) {
        Host host;
        if (!session->openHost(uri, config.credentials, &host, error))
            return nullptr; // the destructor closes the hosts opened so far
        for (const Host &other : std::as_const(session->m_hosts)) {
            if (other.emsRef == host.emsRef) {
                virConnectClose(host.conn);
                *error = {tr("%1 and %2 lead to the same host.").arg(other.uri, uri),
                          tr("Remove one of the two URIs.")};
                return nullptr;
            }
        }
        session->m_hosts.append(host);
        session->m_events->watch({host.conn, host.uri, host.emsRef});
    }
    return session;
}

bool LibvirtSession::openHost(const QString &uri, const Credentials &credentials, Host *host,
                              ProviderError *error)
{
    const QString invalid = LibvirtUri::validate(uri);
    if (!invalid.isEmpty()) {
        *error = {tr("%1 cannot be used.").arg(uri), invalid};
        return false;
    }

    const QString testFile = LibvirtUri::testFilePath(uri);
    if (!testFile.isEmpty() && !QFileInfo(testFile).isFile()) {
        // libxml2 would print its own warning before libvirt's vaguer parse error.
        *error = {tr("The test driver file %1 does not exist.").arg(testFile),
                  tr("Check the path; a test URI needs an absolute path, as in "
                     "test:///srv/lab/node.xml.")};
        return false;
    }

    const QString transport = LibvirtUri::transport(uri);
    if (const int port = defaultPort(transport)) {
        const QUrl url(uri.trimmed());
        const QString failure = probeTcp(url.host(), url.port(port));
        if (!failure.isEmpty()) {
            *error = LibvirtError::map(VIR_ERR_SYSTEM_ERROR, VIR_FROM_RPC,
                                       tr("unable to connect to %1:%2: %3")
                                           .arg(url.host())
                                           .arg(url.port(port))
                                           .arg(failure),
                                       uri);
            return false;
        }
    }

    const QByteArray target = LibvirtUri::forConnect(uri).toUtf8();
    QElapsedTimer timer;
    timer.start();
    virResetLastError();
    virConnectPtr conn = nullptr;
    if (credentials.isEmpty()) {
        conn = virConnectOpenAuth(target.constData(), nullptr, 0);
    } else {
        int types[] = {VIR_CRED_AUTHNAME, VIR_CRED_USERNAME, VIR_CRED_PASSPHRASE};
        virConnectAuth auth{types, int(std::size(types)), authCallback,
                            const_cast<Credentials *>(&credentials)};
        conn = virConnectOpenAuth(target.constData(), &auth, 0);
    }
    if (!conn) {
        *error = LibvirtError::fromLastError(uri);
        qCInfo(lcLibvirt) << "could not open" << uri << error->toString();
        return false;
    }
    qCDebug(lcLibvirt) << "opened" << uri << "in" << timer.elapsed() << "ms";

    host->uri = uri.trimmed();
    host->conn = conn;
    identifyHost(host);
    return true;
}

void LibvirtSession::identifyHost(Host *host)
{
    // The host's own UUID survives URI spelling changes and moving a test file; the URI is the
    // fallback when libvirt knows none.
    if (char *caps = virConnectGetCapabilities(host->conn)) {
        const QByteArray xml(caps);
        std::free(caps);
        host->emsRef = xmlText(xml, {u"host", u"uuid"}).toLower();
        host->cpuModel = xmlText(xml, {u"host", u"cpu", u"model"});
    }
    if (host->emsRef.isEmpty()) {
        if (virNodeDevicePtr dev = virNodeDeviceLookupByName(host->conn, "computer")) {
            if (char *desc = virNodeDeviceGetXMLDesc(dev, 0)) {
                const QByteArray xml(desc);
                std::free(desc);
                host->emsRef = xmlText(xml, {u"capability", u"hardware", u"uuid"}).toLower();
            }
            virNodeDeviceFree(dev);
        }
    }
    virResetLastError();
    if (host->emsRef.isEmpty())
        host->emsRef = host->uri;

    host->label = LibvirtUri::hostLabel(host->uri);
    if (host->label.isEmpty())
        host->label = takeC(virConnectGetHostname(host->conn));
    if (host->label.isEmpty())
        host->label = host->uri;
}

bool LibvirtSession::isAlive() const
{
    if (m_events->isLost())
        return false;
    for (const Host &host : m_hosts) {
        if (virConnectIsAlive(host.conn) != 1)
            return false;
    }
    return !m_hosts.isEmpty();
}

bool LibvirtSession::subscribeEvents(const EventCallback &sink,
                                     const ConnectionLostCallback &onLost, ProviderError *error)
{
    return m_events->subscribe(sink, onLost, error);
}

void LibvirtSession::unsubscribeEvents()
{
    m_events->unsubscribe();
}

virConnectPtr LibvirtSession::connectionFor(const QString &uri) const
{
    const QString wanted = uri.trimmed();
    for (const Host &host : m_hosts) {
        if (host.uri == wanted)
            return host.conn;
    }
    return nullptr;
}

bool LibvirtSession::countObjects(int *hosts, int *vms, ProviderError *error) const
{
    int total = 0;
    for (const Host &host : m_hosts) {
        const int active = virConnectNumOfDomains(host.conn);
        const int inactive = active < 0 ? -1 : virConnectNumOfDefinedDomains(host.conn);
        if (active < 0 || inactive < 0) {
            if (error)
                *error = LibvirtError::fromLastError(host.uri);
            return false;
        }
        total += active + inactive;
    }
    *hosts = int(m_hosts.size());
    *vms = total;
    return true;
}

bool LibvirtSession::collectHost(const Host &host, HostRecord *out, ProviderError *error) const
{
    virNodeInfo info{};
    if (virNodeGetInfo(host.conn, &info) != 0) {
        *error = LibvirtError::fromLastError(host.uri);
        return false;
    }
    out->emsRef = host.emsRef;
    out->clusterRef = QLatin1StringView(kClusterRef);
    out->name = host.label;
    out->hostname = takeC(virConnectGetHostname(host.conn));
    out->uri = host.uri;
    out->hypervisor = fromC(virConnectGetType(host.conn));
    unsigned long version = 0;
    if (virConnectGetVersion(host.conn, &version) == 0) {
        out->hypervisorVersion = QStringLiteral("%1.%2.%3")
                                     .arg(version / 1000000)
                                     .arg(version / 1000 % 1000)
                                     .arg(version % 1000);
    }
    out->cpuModel = host.cpuModel.isEmpty() ? fromC(info.model) : host.cpuModel;
    // Totals for the whole host, as ManageIQ keeps them: sockets, cores and logical CPUs.
    out->cpuSockets = int(info.nodes * info.sockets);
    out->cpuCores = int(info.nodes * info.sockets * info.cores);
    out->cpuThreads = int(info.cpus);
    out->cpuMhz = info.mhz;
    out->memoryBytes = qint64(info.memory) * 1024;
    out->powerState = QLatin1StringView(PowerState::On);
    virResetLastError();
    return true;
}

bool LibvirtSession::collectNetworks(const Host &host, InventoryCollection *out,
                                     ProviderError *error) const
{
    virNetworkPtr *nets = nullptr;
    const int count = virConnectListAllNetworks(host.conn, &nets, 0);
    if (count < 0) {
        // Hosts without a network driver (ESX, some containers) simply have no networks.
        if (LibvirtError::lastErrorCode() == VIR_ERR_NO_SUPPORT)
            return true;
        *error = LibvirtError::fromLastError(host.uri);
        return false;
    }
    for (int i = 0; i < count; ++i) {
        virNetworkPtr net = nets[i];
        NetworkRecord rec;
        char uuid[VIR_UUID_STRING_BUFLEN];
        if (virNetworkGetUUIDString(net, uuid) == 0)
            rec.uuid = QString::fromLatin1(uuid);
        rec.name = fromC(virNetworkGetName(net));
        rec.emsRef = LibvirtRefs::network(host.emsRef, rec.uuid, rec.name);
        rec.hostRef = host.emsRef;
        rec.active = virNetworkIsActive(net) == 1;
        if (char *desc = virNetworkGetXMLDesc(net, 0)) {
            const QByteArray xml(desc);
            std::free(desc);
            QXmlStreamReader reader(xml);
            bool forward = false;
            if (reader.readNextStartElement()) {
                while (reader.readNextStartElement()) {
                    if (reader.name() == u"forward") {
                        forward = true;
                        rec.forwardMode = reader.attributes().value("mode"_L1).toString();
                    } else if (reader.name() == u"bridge") {
                        rec.bridge = reader.attributes().value("name"_L1).toString();
                    }
                    reader.skipCurrentElement();
                }
            }
            // <forward/> without a mode means NAT; no <forward> at all means isolated.
            if (!forward)
                rec.forwardMode = QStringLiteral("isolated");
            else if (rec.forwardMode.isEmpty())
                rec.forwardMode = QStringLiteral("nat");
        }
        out->networks.append(rec);
        virNetworkFree(net);
    }
    std::free(nets);
    virResetLastError();
    return true;
}

bool LibvirtSession::collectStorage(const Host &host, InventoryCollection *out,
                                    QHash<QString, qint64> *capacityByPath,
                                    ProviderError *error) const
{
    virStoragePoolPtr *pools = nullptr;
    const int count = virConnectListAllStoragePools(host.conn, &pools, 0);
    if (count < 0) {
        if (LibvirtError::lastErrorCode() == VIR_ERR_NO_SUPPORT)
            return true;
        *error = LibvirtError::fromLastError(host.uri);
        return false;
    }
    for (int i = 0; i < count; ++i) {
        virStoragePoolPtr pool = pools[i];
        StorageRecord rec;
        char uuid[VIR_UUID_STRING_BUFLEN];
        if (virStoragePoolGetUUIDString(pool, uuid) == 0)
            rec.uuid = QString::fromLatin1(uuid);
        rec.name = fromC(virStoragePoolGetName(pool));
        rec.emsRef = LibvirtRefs::pool(host.emsRef, rec.uuid, rec.name);
        rec.hostRef = host.emsRef;
        virStoragePoolInfo info{};
        if (virStoragePoolGetInfo(pool, &info) == 0) {
            rec.active =
                info.state == VIR_STORAGE_POOL_RUNNING || info.state == VIR_STORAGE_POOL_DEGRADED;
            rec.capacityBytes = qint64(info.capacity);
            rec.allocationBytes = qint64(info.allocation);
            rec.availableBytes = qint64(info.available);
        }
        if (char *desc = virStoragePoolGetXMLDesc(pool, 0)) {
            const QByteArray xml(desc);
            std::free(desc);
            QXmlStreamReader reader(xml);
            if (reader.readNextStartElement())
                rec.type = reader.attributes().value("type"_L1).toString();
            rec.path = xmlText(xml, {u"target", u"path"});
        }

        virStorageVolPtr *vols = nullptr;
        const int volCount = rec.active ? virStoragePoolListAllVolumes(pool, &vols, 0) : 0;
        for (int v = 0; v < volCount; ++v) {
            StorageVolumeRecord vol;
            vol.name = fromC(virStorageVolGetName(vols[v]));
            vol.emsRef = LibvirtRefs::volume(rec.emsRef, vol.name);
            vol.storageRef = rec.emsRef;
            vol.path = takeC(virStorageVolGetPath(vols[v]));
            virStorageVolInfo volInfo{};
            if (virStorageVolGetInfo(vols[v], &volInfo) == 0) {
                vol.type = storageVolumeType(volInfo.type);
                vol.capacityBytes = qint64(volInfo.capacity);
                vol.allocationBytes = qint64(volInfo.allocation);
            }
            if (!vol.path.isEmpty())
                capacityByPath->insert(vol.path, vol.capacityBytes);
            out->volumes.append(vol);
            virStorageVolFree(vols[v]);
        }
        std::free(vols);
        out->storages.append(rec);
        virStoragePoolFree(pool);
    }
    std::free(pools);
    virResetLastError();
    return true;
}

bool LibvirtSession::collectInventory(InventoryCollection *out, const CancelFlag &cancel,
                                      const ProgressCallback &progress, ProviderError *error)
{
    ProviderError ignored;
    if (!error)
        error = &ignored;
    QMutexLocker locker(&m_collectMutex);
    QElapsedTimer timer;
    timer.start();

    InventoryCollection result;
    result.clusters.append({QLatin1StringView(kClusterRef), m_clusterName});

    auto report = [&](int done, int total, const QString &stage) {
        if (progress)
            progress({done, total, stage});
    };

    // List every host's domains first so progress can count against the real total.
    struct Listing
    {
        virDomainPtr *doms = nullptr;
        int count = 0;
    };
    QList<Listing> listings(m_hosts.size());
    auto freeListings = [&] {
        for (Listing &l : listings) {
            for (int i = 0; i < l.count; ++i) {
                if (l.doms[i])
                    virDomainFree(l.doms[i]);
            }
            std::free(l.doms);
            l = {};
        }
    };

    int total = 0;
    for (qsizetype h = 0; h < m_hosts.size(); ++h) {
        const Host &host = m_hosts[h];
        report(0, 0, tr("Reading host %1").arg(host.label));
        HostRecord rec;
        if (!collectHost(host, &rec, error) || !collectNetworks(host, &result, error)) {
            freeListings();
            return false;
        }
        result.hosts.append(rec);
        const int count = virConnectListAllDomains(host.conn, &listings[h].doms, 0);
        if (count < 0) {
            *error = LibvirtError::fromLastError(host.uri);
            freeListings();
            return false;
        }
        listings[h].count = count;
        total += count;
        if (cancel.isCancelled()) {
            freeListings();
            *error = cancelledError();
            return false;
        }
    }

    result.vms.reserve(total);
    result.disks.reserve(total);
    result.nics.reserve(total);
    QHash<QString, qsizetype> vmIndex; // uuid -> index in result.vms, to catch a VM on 2 hosts
    vmIndex.reserve(total);
    int done = 0;
    for (qsizetype h = 0; h < m_hosts.size(); ++h) {
        const Host &host = m_hosts[h];
        QHash<QString, qint64> capacityByPath;
        if (!collectStorage(host, &result, &capacityByPath, error)) {
            freeListings();
            return false;
        }

        // One bulk call for every domain's state instead of one round trip per domain.
        QHash<QString, int> stateByUuid;
        virDomainStatsRecordPtr *stats = nullptr;
        const int statCount =
            virConnectGetAllDomainStats(host.conn, VIR_DOMAIN_STATS_STATE, &stats, 0);
        for (int s = 0; s < statCount; ++s) {
            for (int p = 0; p < stats[s]->nparams; ++p) {
                const virTypedParameter &param = stats[s]->params[p];
                if (std::strcmp(param.field, "state.state") == 0)
                    stateByUuid.insert(uuidOf(stats[s]->dom), param.value.i);
            }
        }
        if (stats)
            virDomainStatsRecordListFree(stats);
        virResetLastError();

        const QString stage = tr("Reading domains on %1").arg(host.label);
        report(done, total, stage);
        Listing &listing = listings[h];
        for (int i = 0; i < listing.count; ++i) {
            if (cancel.isCancelled()) {
                freeListings();
                *error = cancelledError();
                return false;
            }
            virDomainPtr dom = listing.doms[i];
            const QString uuid = uuidOf(dom);
            int state = stateByUuid.value(uuid, -1);
            if (state < 0) {
                int reason = 0;
                if (virDomainGetState(dom, &state, &reason, 0) != 0)
                    state = VIR_DOMAIN_NOSTATE;
            }

            // A VM defined on two hosts (typically for migration) is one VM: keep the running
            // copy, or the first one seen.
            const auto seen = vmIndex.constFind(uuid);
            if (seen != vmIndex.constEnd()) {
                const bool keepOld =
                    result.vms[*seen].powerState != u"off" || state == VIR_DOMAIN_SHUTOFF;
                if (keepOld) {
                    ++done;
                    continue;
                }
                result.vms.removeAt(*seen);
                result.disks.removeIf([&](const DiskRecord &d) { return d.vmRef == uuid; });
                result.nics.removeIf([&](const NicRecord &n) { return n.vmRef == uuid; });
                vmIndex.clear();
                for (qsizetype v = 0; v < result.vms.size(); ++v)
                    vmIndex.insert(result.vms[v].emsRef, v);
            }

            const qsizetype before = result.vms.size();
            if (!readDomain(dom, state, host.emsRef, host.uri, capacityByPath, &result, error)) {
                freeListings();
                return false;
            }
            if (result.vms.size() > before)
                vmIndex.insert(result.vms.last().emsRef, before);
            virDomainFree(dom);
            listing.doms[i] = nullptr;
            if (++done % kProgressEvery == 0)
                report(done, total, stage);
        }
    }
    freeListings();
    report(done, total, tr("Done"));
    qCInfo(lcLibvirt) << "collected" << result.hosts.size() << "hosts," << result.vms.size()
                      << "VMs," << result.networks.size() << "networks," << result.storages.size()
                      << "pools," << result.volumes.size() << "volumes in" << timer.elapsed()
                      << "ms";
    rememberDevices(result, true);
    *out = std::move(result);
    return true;
}

bool LibvirtSession::collectTargets(const QList<InventoryTarget> &targets, InventoryCollection *out,
                                    ProviderError *error)
{
    ProviderError ignored;
    if (!error)
        error = &ignored;
    QMutexLocker locker(&m_collectMutex);

    InventoryCollection result;
    result.targeted = true;
    for (const InventoryTarget &target : targets) {
        if (target.kind != InventoryKind::Vm) {
            // Only VMs are collected by target; leaving the others out of result.targets keeps
            // the persister from deleting what we did not look at.
            qCDebug(lcLibvirt) << "ignoring non-VM target" << target.emsRef;
            continue;
        }
        const QByteArray uuid = target.emsRef.toLatin1();
        for (const Host &host : m_hosts) {
            virResetLastError();
            virDomainPtr dom = virDomainLookupByUUIDString(host.conn, uuid.constData());
            if (!dom) {
                const int code = LibvirtError::lastErrorCode();
                if (code == VIR_ERR_NO_DOMAIN || code == VIR_ERR_INVALID_ARG)
                    continue; // not on this host (or not a UUID at all: on no host)
                *error = LibvirtError::fromLastError(host.uri);
                return false;
            }
            int state = VIR_DOMAIN_NOSTATE;
            int reason = 0;
            if (virDomainGetState(dom, &state, &reason, 0) != 0)
                state = VIR_DOMAIN_NOSTATE;

            QHash<QString, qint64> capacityByPath;
            const qsizetype firstDisk = result.disks.size();
            const bool ok =
                readDomain(dom, state, host.emsRef, host.uri, capacityByPath, &result, error);
            virDomainFree(dom);
            if (!ok)
                return false;
            // Same capacities as a full refresh, or the two would keep overwriting each other.
            for (qsizetype i = firstDisk; i < result.disks.size(); ++i) {
                DiskRecord &disk = result.disks[i];
                const QByteArray path = disk.source.toUtf8();
                if (!disk.source.startsWith(u'/'))
                    continue;
                if (virStorageVolPtr vol = virStorageVolLookupByPath(host.conn, path.constData())) {
                    virStorageVolInfo info{};
                    if (virStorageVolGetInfo(vol, &info) == 0)
                        disk.capacityBytes = qint64(info.capacity);
                    virStorageVolFree(vol);
                }
            }
            virResetLastError();
            break;
        }
        result.targets.append(target);
    }
    rememberDevices(result, false);
    *out = std::move(result);
    return true;
}

} // namespace Vantage
