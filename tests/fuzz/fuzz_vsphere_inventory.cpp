// vSphere inventory: a property collector's answer as the network delivers it, through the
// streaming parser and the mapper. Seeds: tests/providers/vmware/inventory/fixtures.

#include "providers/vmware/inventory/vsphereinventorymapper.h"
#include "providers/vmware/inventory/vsphereinventoryparser.h"

#include <cstddef>
#include <cstdint>

using namespace Vantage;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    VsphereInventoryMapper mapper;
    const VsphereRetrieveResult result = VsphereInventoryParser::parse(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)),
        [&](VsphereObject &&object) {
            // Every node's subtree must stay inside the object and after the node.
            for (qsizetype i = 0; i < object.nodes.size(); ++i) {
                const VsphereObject::Node &node = object.nodes[i];
                if (node.end <= i || node.end > object.nodes.size() || node.parent >= i)
                    __builtin_trap();
            }
            mapper.add(object);
        });
    if (result.ok() != result.error.isEmpty())
        __builtin_trap();
    if (!result.faultType.isEmpty() && result.ok())
        __builtin_trap();
    const InventoryCollection collection = mapper.collection();
    for (const HostRecord &host : collection.hosts)
        mapper.datacenterOf(host.emsRef);
    for (const DiskRecord &disk : collection.disks) {
        if (disk.vmRef.isEmpty())
            __builtin_trap();
        mapper.datacenterOf(disk.emsRef);
    }
    // A targeted collection of every VM keeps exactly those VMs and their devices.
    QList<InventoryTarget> targets;
    for (const VmRecord &vm : collection.vms)
        targets.append({InventoryKind::Vm, vm.emsRef});
    const InventoryCollection targeted = mapper.collection(targets);
    if (targeted.vms.size() != collection.vms.size() ||
        targeted.disks.size() != collection.disks.size() || !targeted.hosts.isEmpty())
        __builtin_trap();
    return 0;
}
