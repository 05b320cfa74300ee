// vSphere property updates: a WaitForUpdatesEx answer as the network delivers it, through the
// streaming update parser.
// Seeds: captured from tests/vcsim (first answer, power-off, removal, timeout, fault) and one
// made by hand with a version, truncation and a missingSet as a vCenter sends them.

#include "providers/vmware/vsphereupdateparser.h"

#include <cstddef>
#include <cstdint>

using namespace Vantage;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const VsphereUpdateSet set = VsphereUpdateParser::parse(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    // A broken answer hands over nothing; a good one only named objects, and a version whenever
    // it reports any.
    if (!set.ok() && (!set.objects.isEmpty() || !set.version.isEmpty()))
        __builtin_trap();
    if (set.objects.size() > VsphereUpdateParser::MaxObjectUpdates)
        __builtin_trap();
    if (!set.objects.isEmpty() && set.version.isEmpty())
        __builtin_trap();
    for (const VsphereObjectUpdate &update : set.objects) {
        if (update.object.type.isEmpty() || update.object.value.isEmpty())
            __builtin_trap();
        if (update.object.value.size() > VsphereUpdateParser::MaxTextBytes)
            __builtin_trap();
    }
    return 0;
}
