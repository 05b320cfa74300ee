// LibvirtSession::collectMetrics and what it needs; the rest of the session is in
// libvirtsession.cpp.
//
// Per host: one virConnectGetAllDomainStats call for every active domain (groups STATE,
// CPU_TOTAL, BALLOON, VCPU, INTERFACE, BLOCK). A group the driver leaves out of a record is read
// per domain instead: virDomainGetInfo (CPU time, memory, vCPUs), virDomainMemoryStats (used
// memory), virDomainBlockStats per disk target and virDomainInterfaceStats per NIC MAC. The disk
// targets and MACs come from the device cache that inventory collections fill, so metrics never
// re-read domain XML for a domain the inventory has seen. QEMU gives every group in bulk; libvirt
// 9.0's test driver gives only STATE, so every other figure of it comes from the fallback.

#include "providers/libvirt/domainxmlparser.h"
#include "providers/libvirt/libvirtdomainstats.h"
#include "providers/libvirt/libvirterror.h"
#include "providers/libvirt/libvirteventhub.h"
#include "providers/libvirt/libvirtlogging.h"
#include "providers/libvirt/libvirtrefs.h"
#include "providers/libvirt/libvirtsession.h"

#include <QDateTime>
#include <QSet>

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <cstdlib>
#include <cstring>
#include <string_view>

namespace Vantage {

namespace {

constexpr qint64 kKiB = 1024;

constexpr unsigned int kStatGroups = VIR_DOMAIN_STATS_STATE | VIR_DOMAIN_STATS_CPU_TOTAL |
                                     VIR_DOMAIN_STATS_BALLOON | VIR_DOMAIN_STATS_VCPU |
                                     VIR_DOMAIN_STATS_INTERFACE | VIR_DOMAIN_STATS_BLOCK;

QString domainRef(virDomainPtr dom)
{
    char buf[VIR_UUID_STRING_BUFLEN];
    if (virDomainGetUUIDString(dom, buf) != 0)
        return {};
    return LibvirtRefs::domain(QString::fromLatin1(buf));
}

// How a failed per-domain call is taken.
enum class CallFailure {
    Unknown,   // the driver cannot tell: the counter stays -1
    Vanished,  // the domain is gone or stopped: no sample
    StaleName, // the device is no longer there: unknown, and the device cache is refreshed
    Fatal,     // the connection failed: the whole collection fails
};

CallFailure classifyLastError()
{
    const virErrorPtr err = virGetLastError();
    if (!err)
        return CallFailure::Unknown;
    switch (err->code) {
    case VIR_ERR_NO_DOMAIN:
        return CallFailure::Vanished;
    case VIR_ERR_INVALID_ARG:
        return CallFailure::StaleName;
    case VIR_ERR_INVALID_CONN:
    case VIR_ERR_RPC:
    case VIR_ERR_NO_CONNECT:
        return CallFailure::Fatal;
    default:
        break;
    }
    if (err->domain == VIR_FROM_RPC || err->domain == VIR_FROM_REMOTE)
        return CallFailure::Fatal;
    // VIR_ERR_NO_SUPPORT, VIR_ERR_OPERATION_INVALID (not running any more), unsupported
    // arguments, ...: this driver or domain cannot say.
    return CallFailure::Unknown;
}

} // namespace

void LibvirtSession::rememberDevices(const InventoryCollection &collection, bool replaceAll)
{
    QHash<QString, DeviceNames> found;
    for (const DiskRecord &disk : collection.disks) {
        if (!disk.target.isEmpty() && !disk.source.isEmpty())
            found[LibvirtRefs::domain(disk.vmRef)].diskTargets.append(disk.target.toUtf8());
    }
    for (const NicRecord &nic : collection.nics) {
        if (!nic.mac.isEmpty())
            found[LibvirtRefs::domain(nic.vmRef)].nicMacs.append(nic.mac.toUtf8());
    }
    // A domain without disks or NICs still counts as known.
    for (const VmRecord &vm : collection.vms)
        found[vm.emsRef];

    QMutexLocker locker(&m_devicesMutex);
    if (replaceAll) {
        m_devices = std::move(found);
        return;
    }
    for (const InventoryTarget &target : collection.targets)
        m_devices.remove(LibvirtRefs::domain(target.emsRef));
    for (auto it = found.cbegin(); it != found.cend(); ++it)
        m_devices.insert(it.key(), it.value());
}

void LibvirtSession::forgetDevices(const QString &ref)
{
    QMutexLocker locker(&m_devicesMutex);
    m_devices.remove(ref);
}

LibvirtSession::DeviceNames LibvirtSession::devicesOf(virDomainPtr dom, const QString &ref,
                                                      bool *ok)
{
    *ok = true;
    {
        QMutexLocker locker(&m_devicesMutex);
        const auto it = m_devices.constFind(ref);
        if (it != m_devices.constEnd())
            return *it;
    }
    // Not seen by an inventory collection yet: read its XML once.
    char *xml = virDomainGetXMLDesc(dom, 0);
    if (!xml) {
        *ok = false;
        return {};
    }
    InventoryCollection parsed;
    VmRecord vm;
    QString parseError;
    const bool parsedOk = DomainXmlParser::parse(QByteArrayView(xml, qsizetype(std::strlen(xml))),
                                                 &vm, &parsed.disks, &parsed.nics, &parseError);
    std::free(xml);
    if (!parsedOk) {
        qCDebug(lcLibvirt) << "no device names for" << ref << parseError;
        return {};
    }
    vm.emsRef = ref;
    parsed.vms.append(vm);
    parsed.targets.append({InventoryKind::Vm, ref});
    rememberDevices(parsed, false);
    QMutexLocker locker(&m_devicesMutex);
    return m_devices.value(ref);
}

void LibvirtSession::simulateConnectionClosed(const QString &uri)
{
    m_events->connectionClosed(uri.trimmed(), VIR_CONNECT_CLOSE_REASON_EOF);
}

bool LibvirtSession::collectHostMetrics(const Host &host, QList<MetricCounters> *out,
                                        ProviderError *error) const
{
    virNodeInfo info{};
    if (virNodeGetInfo(host.conn, &info) != 0) {
        *error = LibvirtError::fromLastError(host.uri);
        return false;
    }
    MetricCounters sample;
    sample.kind = InventoryKind::Host;
    sample.emsRef = host.emsRef;
    sample.vcpus = int(info.cpus);
    sample.memoryTotalBytes = qint64(info.memory) * kKiB;

    // Busy time of all CPUs together: everything but idle and iowait.
    int nparams = 0;
    if (virNodeGetCPUStats(host.conn, VIR_NODE_CPU_STATS_ALL_CPUS, nullptr, &nparams, 0) == 0 &&
        nparams > 0) {
        QList<virNodeCPUStats> stats(nparams);
        if (virNodeGetCPUStats(host.conn, VIR_NODE_CPU_STATS_ALL_CPUS, stats.data(), &nparams, 0) ==
            0) {
            qint64 busy = -1;
            for (int i = 0; i < nparams; ++i) {
                const std::string_view field(stats[i].field);
                if (field == VIR_NODE_CPU_STATS_KERNEL || field == VIR_NODE_CPU_STATS_USER ||
                    field == VIR_NODE_CPU_STATS_INTR) {
                    busy = (busy < 0 ? 0 : busy) + qint64(stats[i].value);
                }
            }
            sample.cpuTimeNs = busy;
        }
    }
    virResetLastError();

    nparams = 0;
    if (virNodeGetMemoryStats(host.conn, VIR_NODE_MEMORY_STATS_ALL_CELLS, nullptr, &nparams, 0) ==
            0 &&
        nparams > 0) {
        QList<virNodeMemoryStats> stats(nparams);
        if (virNodeGetMemoryStats(host.conn, VIR_NODE_MEMORY_STATS_ALL_CELLS, stats.data(),
                                  &nparams, 0) == 0) {
            qint64 total = -1;
            qint64 free = -1;
            qint64 buffers = 0;
            qint64 cached = 0;
            for (int i = 0; i < nparams; ++i) {
                const std::string_view field(stats[i].field);
                const qint64 value = qint64(stats[i].value);
                if (field == VIR_NODE_MEMORY_STATS_TOTAL)
                    total = value;
                else if (field == VIR_NODE_MEMORY_STATS_FREE)
                    free = value;
                else if (field == VIR_NODE_MEMORY_STATS_BUFFERS)
                    buffers = value;
                else if (field == VIR_NODE_MEMORY_STATS_CACHED)
                    cached = value;
            }
            if (total > 0) {
                sample.memoryTotalBytes = total * kKiB;
                if (free >= 0)
                    sample.memoryUsedBytes =
                        qMax<qint64>(0, total - free - buffers - cached) * kKiB;
            }
        }
    }
    virResetLastError();
    sample.timestampMs = QDateTime::currentMSecsSinceEpoch();
    out->append(sample);
    return true;
}

bool LibvirtSession::collectMetrics(QList<MetricCounters> *out, ProviderError *error)
{
    ProviderError ignored;
    if (!error)
        error = &ignored;
    QMutexLocker locker(&m_metricsMutex);

    if (m_events->isLost()) {
        *error = {m_events->lostReason(),
                  tr("The host or its libvirt daemon went away; the next refresh reconnects.")};
        return false;
    }

    QList<MetricCounters> result;
    QSet<QString> seen; // a domain running on two hosts at once (mid-migration) counts once
    for (const Host &host : std::as_const(m_hosts)) {
        virResetLastError();
        if (!collectHostMetrics(host, &result, error))
            return false;

        virDomainStatsRecordPtr *records = nullptr;
        const int count = virConnectGetAllDomainStats(host.conn, kStatGroups, &records,
                                                      VIR_CONNECT_GET_ALL_DOMAINS_STATS_ACTIVE);
        if (count < 0) {
            *error = LibvirtError::fromLastError(host.uri);
            return false;
        }
        const qint64 bulkTime = QDateTime::currentMSecsSinceEpoch();
        result.reserve(result.size() + count);
        seen.reserve(seen.size() + count);

        bool fatal = false;
        for (int r = 0; r < count && !fatal; ++r) {
            virDomainPtr dom = records[r]->dom;
            const LibvirtDomainStats::Bulk bulk =
                LibvirtDomainStats::parse(records[r]->params, records[r]->nparams);
            if (bulk.state == VIR_DOMAIN_SHUTOFF)
                continue;
            const QString ref = domainRef(dom);
            if (ref.isEmpty() || seen.contains(ref))
                continue;

            MetricCounters sample;
            sample.kind = InventoryKind::Vm;
            sample.emsRef = ref;
            sample.timestampMs = bulkTime;
            LibvirtDomainStats::apply(bulk, &sample);

            // The fallback, for the groups the driver left out.
            bool vanished = false;
            auto failed = [&](const char *call) {
                switch (classifyLastError()) {
                case CallFailure::Vanished:
                    vanished = true;
                    break;
                case CallFailure::StaleName:
                    forgetDevices(ref);
                    break;
                case CallFailure::Fatal:
                    fatal = true;
                    *error = LibvirtError::fromLastError(host.uri);
                    break;
                case CallFailure::Unknown:
                    qCDebug(lcLibvirt) << call << "gives nothing for" << ref << "on" << host.uri
                                       << QString::fromUtf8(virGetLastErrorMessage());
                    break;
                }
                virResetLastError();
            };
            const bool usedFallback =
                !bulk.hasCpu || !bulk.hasBalloon || !bulk.hasVcpu || !bulk.hasBlock || !bulk.hasNet;

            if (!bulk.hasCpu || !bulk.hasBalloon || !bulk.hasVcpu) {
                virDomainInfo info{};
                if (virDomainGetInfo(dom, &info) == 0) {
                    if (info.state == VIR_DOMAIN_SHUTOFF)
                        continue;
                    if (!bulk.hasCpu)
                        sample.cpuTimeNs = qint64(info.cpuTime);
                    if (!bulk.hasVcpu)
                        sample.vcpus = int(info.nrVirtCpu);
                    if (!bulk.hasBalloon)
                        sample.memoryTotalBytes = qint64(info.memory) * kKiB;
                } else {
                    failed("virDomainGetInfo");
                }
            }
            if (!bulk.hasBalloon && !vanished && !fatal) {
                virDomainMemoryStatStruct stats[VIR_DOMAIN_MEMORY_STAT_NR];
                const int n = virDomainMemoryStats(dom, stats, VIR_DOMAIN_MEMORY_STAT_NR, 0);
                if (n >= 0) {
                    qint64 available = -1, usable = -1, unused = -1, rss = -1;
                    for (int i = 0; i < n; ++i) {
                        const qint64 v = qint64(stats[i].val);
                        switch (stats[i].tag) {
                        case VIR_DOMAIN_MEMORY_STAT_AVAILABLE:
                            available = v;
                            break;
                        case VIR_DOMAIN_MEMORY_STAT_USABLE:
                            usable = v;
                            break;
                        case VIR_DOMAIN_MEMORY_STAT_UNUSED:
                            unused = v;
                            break;
                        case VIR_DOMAIN_MEMORY_STAT_RSS:
                            rss = v;
                            break;
                        default:
                            break;
                        }
                    }
                    sample.memoryUsedBytes =
                        LibvirtDomainStats::usedMemoryBytes(available, usable, unused, rss);
                } else {
                    failed("virDomainMemoryStats");
                }
            }
            if ((!bulk.hasBlock || !bulk.hasNet) && !vanished && !fatal) {
                bool ok = true;
                const DeviceNames devices = devicesOf(dom, ref, &ok);
                if (!ok)
                    failed("virDomainGetXMLDesc");
                if (ok && !bulk.hasBlock) {
                    qint64 rdBytes = 0, wrBytes = 0, rdReqs = 0, wrReqs = 0;
                    for (const QByteArray &target : devices.diskTargets) {
                        virDomainBlockStatsStruct st{};
                        if (virDomainBlockStats(dom, target.constData(), &st, sizeof st) != 0) {
                            failed("virDomainBlockStats");
                            rdBytes = wrBytes = rdReqs = wrReqs = -1;
                            break;
                        }
                        LibvirtDomainStats::addTo(&rdBytes, st.rd_bytes);
                        LibvirtDomainStats::addTo(&wrBytes, st.wr_bytes);
                        LibvirtDomainStats::addTo(&rdReqs, st.rd_req);
                        LibvirtDomainStats::addTo(&wrReqs, st.wr_req);
                    }
                    sample.diskReadBytes = rdBytes;
                    sample.diskWriteBytes = wrBytes;
                    sample.diskReadOps = rdReqs;
                    sample.diskWriteOps = wrReqs;
                }
                if (ok && !bulk.hasNet && !vanished && !fatal) {
                    qint64 rx = 0, tx = 0;
                    for (const QByteArray &mac : devices.nicMacs) {
                        virDomainInterfaceStatsStruct st{};
                        if (virDomainInterfaceStats(dom, mac.constData(), &st, sizeof st) != 0) {
                            failed("virDomainInterfaceStats");
                            rx = tx = -1;
                            break;
                        }
                        LibvirtDomainStats::addTo(&rx, st.rx_bytes);
                        LibvirtDomainStats::addTo(&tx, st.tx_bytes);
                    }
                    sample.netRxBytes = rx;
                    sample.netTxBytes = tx;
                }
            }
            if (vanished || fatal)
                continue;
            if (usedFallback)
                sample.timestampMs = QDateTime::currentMSecsSinceEpoch();
            seen.insert(ref);
            result.append(std::move(sample));
        }
        if (records)
            virDomainStatsRecordListFree(records);
        if (fatal)
            return false;
    }
    *out = std::move(result);
    return true;
}

} // namespace Vantage
