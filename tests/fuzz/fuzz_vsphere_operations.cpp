// vSphere operations: a RetrievePropertiesEx answer about one object (a Task's info, a VM's
// properties and devices) as the network delivers it, through the operation parser. Seeds:
// captured from tests/vcsim.

#include "providers/vmware/vsphereoperationparser.h"

#include <cstddef>
#include <cstdint>

using namespace Vantage;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView xml(reinterpret_cast<const char *>(data), qsizetype(size));
    const VsphereProperties read = VsphereOperationParser::properties(xml);
    // A broken answer hands over nothing but its error.
    if (!read.ok() && (read.found || !read.values.isEmpty() || !read.devices.isEmpty()))
        __builtin_trap();
    if (read.devices.size() > VsphereOperationParser::MaxDevices)
        __builtin_trap();
    VsphereTaskInfo info;
    QString error;
    if (VsphereOperationParser::taskInfo(xml, &info, &error)) {
        if (!read.ok() || info.progress < -1 || info.progress > 100)
            __builtin_trap();
    } else if (error.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
