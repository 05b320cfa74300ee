// vSphere events: a collector's answer (ReadNextEvents or its latestPage) as the network
// delivers it, through the streaming event parser. Seeds: captured from tests/vcsim.

#include "providers/vmware/vsphereeventparser.h"

#include <cstddef>
#include <cstdint>

using namespace Vantage;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const VsphereEventPage page = VsphereEventParser::parse(
        QByteArrayView(reinterpret_cast<const char *>(data), qsizetype(size)));
    // A broken answer hands over no events; a good one only events with a type and a key.
    if (!page.ok() && !page.events.isEmpty())
        __builtin_trap();
    if (page.events.size() > VsphereEventParser::MaxEvents)
        __builtin_trap();
    for (const VsphereEvent &event : page.events) {
        if (event.type.isEmpty() || event.key <= 0)
            __builtin_trap();
        if (event.message.size() > VsphereEventParser::MaxTextBytes)
            __builtin_trap();
    }
    return 0;
}
