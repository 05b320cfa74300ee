#pragma once

#include "core/metrics.h"

#include <libvirt/libvirt.h>

namespace Vantage::LibvirtDomainStats {

// One domain's record of virConnectGetAllDomainStats (groups STATE, CPU_TOTAL, BALLOON, VCPU,
// INTERFACE, BLOCK), and which of those groups the driver filled: a driver leaves out what it
// does not implement (libvirt 9.0's test driver gives only the state), and the caller reads
// those per domain instead.
struct Bulk
{
    int state = -1; // virDomainState; -1 when the record has none
    bool hasCpu = false;
    bool hasBalloon = false;
    bool hasVcpu = false;
    bool hasNet = false;
    bool hasBlock = false;
    qint64 cpuTimeNs = -1;
    qint64 balloonCurrentKiB = -1;
    qint64 balloonAvailableKiB = -1;
    qint64 balloonUsableKiB = -1;
    qint64 balloonUnusedKiB = -1;
    qint64 balloonRssKiB = -1;
    int vcpus = 0;
    // Sums over the domain's interfaces and disks; a part that is there but negative makes the
    // sum -1. A disk without figures (an empty CD-ROM) adds nothing.
    qint64 netRxBytes = 0;
    qint64 netTxBytes = 0;
    qint64 diskReadBytes = 0;
    qint64 diskWriteBytes = 0;
    qint64 diskReadOps = 0;
    qint64 diskWriteOps = 0;
};

Bulk parse(const virTypedParameter *params, int nparams);

// Fills the counters of the groups the record has; the others stay as they are.
void apply(const Bulk &bulk, MetricCounters *sample);

// Adds a counter to a sum; an unknown part (-1) makes the sum unknown.
void addTo(qint64 *sum, qint64 value);

// Used memory in bytes from the guest's balloon figures (KiB, -1 unknown): what it could not hand
// out without swapping (available - usable), else what it uses at all (available - unused), else
// the host's resident set of the guest; -1 when none is known.
qint64 usedMemoryBytes(qint64 availableKiB, qint64 usableKiB, qint64 unusedKiB, qint64 rssKiB);

} // namespace Vantage::LibvirtDomainStats
