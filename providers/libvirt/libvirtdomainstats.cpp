#include "providers/libvirt/libvirtdomainstats.h"

#include <string_view>

namespace Vantage::LibvirtDomainStats {

namespace {

constexpr qint64 kKiB = 1024;

qint64 paramValue(const virTypedParameter &p)
{
    switch (p.type) {
    case VIR_TYPED_PARAM_INT:
        return p.value.i;
    case VIR_TYPED_PARAM_UINT:
        return qint64(p.value.ui);
    case VIR_TYPED_PARAM_LLONG:
        return p.value.l;
    case VIR_TYPED_PARAM_ULLONG:
        return qint64(p.value.ul);
    case VIR_TYPED_PARAM_DOUBLE:
        return qint64(p.value.d);
    case VIR_TYPED_PARAM_BOOLEAN:
        return p.value.b ? 1 : 0;
    default:
        return -1;
    }
}

// "block.3.rd.bytes" -> "rd.bytes": what follows the index.
std::string_view afterIndex(std::string_view field, size_t prefixLength)
{
    const size_t dot = field.find('.', prefixLength);
    return dot == std::string_view::npos ? std::string_view() : field.substr(dot + 1);
}

} // namespace

void addTo(qint64 *sum, qint64 value)
{
    if (*sum < 0)
        return;
    *sum = value < 0 ? -1 : *sum + value;
}

qint64 usedMemoryBytes(qint64 availableKiB, qint64 usableKiB, qint64 unusedKiB, qint64 rssKiB)
{
    if (availableKiB >= 0 && usableKiB >= 0 && usableKiB <= availableKiB)
        return (availableKiB - usableKiB) * kKiB;
    if (availableKiB >= 0 && unusedKiB >= 0 && unusedKiB <= availableKiB)
        return (availableKiB - unusedKiB) * kKiB;
    if (rssKiB >= 0)
        return rssKiB * kKiB;
    return -1;
}

Bulk parse(const virTypedParameter *params, int nparams)
{
    Bulk s;
    for (int i = 0; i < nparams; ++i) {
        const virTypedParameter &p = params[i];
        const std::string_view field(p.field);
        if (field.starts_with("block.")) {
            if (field == "block.count") {
                s.hasBlock = true;
                continue;
            }
            const std::string_view rest = afterIndex(field, 6);
            if (rest == "rd.bytes")
                addTo(&s.diskReadBytes, paramValue(p));
            else if (rest == "wr.bytes")
                addTo(&s.diskWriteBytes, paramValue(p));
            else if (rest == "rd.reqs")
                addTo(&s.diskReadOps, paramValue(p));
            else if (rest == "wr.reqs")
                addTo(&s.diskWriteOps, paramValue(p));
        } else if (field.starts_with("net.")) {
            if (field == "net.count") {
                s.hasNet = true;
                continue;
            }
            const std::string_view rest = afterIndex(field, 4);
            if (rest == "rx.bytes")
                addTo(&s.netRxBytes, paramValue(p));
            else if (rest == "tx.bytes")
                addTo(&s.netTxBytes, paramValue(p));
        } else if (field == "state.state") {
            s.state = int(paramValue(p));
        } else if (field == "cpu.time") {
            s.hasCpu = true;
            s.cpuTimeNs = paramValue(p);
        } else if (field.starts_with("balloon.")) {
            const std::string_view rest = field.substr(8);
            if (rest == "current") {
                s.hasBalloon = true;
                s.balloonCurrentKiB = paramValue(p);
            } else if (rest == "available") {
                s.balloonAvailableKiB = paramValue(p);
            } else if (rest == "usable") {
                s.balloonUsableKiB = paramValue(p);
            } else if (rest == "unused") {
                s.balloonUnusedKiB = paramValue(p);
            } else if (rest == "rss") {
                s.balloonRssKiB = paramValue(p);
            }
        } else if (field == "vcpu.current") {
            s.hasVcpu = true;
            s.vcpus = int(paramValue(p));
        }
    }
    return s;
}

void apply(const Bulk &bulk, MetricCounters *sample)
{
    if (bulk.hasCpu)
        sample->cpuTimeNs = bulk.cpuTimeNs;
    if (bulk.hasVcpu)
        sample->vcpus = bulk.vcpus;
    if (bulk.hasBalloon) {
        sample->memoryTotalBytes = bulk.balloonCurrentKiB < 0 ? -1 : bulk.balloonCurrentKiB * kKiB;
        sample->memoryUsedBytes = usedMemoryBytes(bulk.balloonAvailableKiB, bulk.balloonUsableKiB,
                                                  bulk.balloonUnusedKiB, bulk.balloonRssKiB);
    }
    if (bulk.hasBlock) {
        sample->diskReadBytes = bulk.diskReadBytes;
        sample->diskWriteBytes = bulk.diskWriteBytes;
        sample->diskReadOps = bulk.diskReadOps;
        sample->diskWriteOps = bulk.diskWriteOps;
    }
    if (bulk.hasNet) {
        sample->netRxBytes = bulk.netRxBytes;
        sample->netTxBytes = bulk.netTxBytes;
    }
}

} // namespace Vantage::LibvirtDomainStats
