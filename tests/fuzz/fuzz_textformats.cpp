// The guest's text files, one target per format, chosen at build time (FUZZ_FORMAT).

#include "core/smartstate/smartstateparsers.h"

#include <cstddef>
#include <cstdint>

using namespace Vantage;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
#if FUZZ_FORMAT == 1
    const OsRelease os = SmartStateParsers::parseOsRelease(input);
    (void)SmartStateParsers::parseHostname(input);
    (void)os;
#elif FUZZ_FORMAT == 2
    int skipped = 0;
    (void)SmartStateParsers::parsePasswd(input, &skipped);
    (void)SmartStateParsers::parseGroup(input, &skipped);
#elif FUZZ_FORMAT == 3
    (void)SmartStateParsers::parseDpkgStatus(input);
#elif FUZZ_FORMAT == 4
    SmartPackage package;
    QString error;
    if (SmartStateParsers::parseRpmHeader(input, &package, &error) && package.name.isEmpty())
        __builtin_trap(); // success promises a name
#else
#error "FUZZ_FORMAT must name a format"
#endif
    return 0;
}
