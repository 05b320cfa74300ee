// An ext2/3/4 file system read through libext2fs and our I/O manager, then everything the scan
// collects from a root: the input is the volume.

#include "core/smartstate/diskimage.h"
#include "core/smartstate/extfilesystem.h"
#include "core/smartstate/smartstatescanner.h"

#include <cstddef>
#include <cstdint>
#include <cstring>

using namespace Vantage;

namespace {

class MemoryImage final : public DiskImage
{
public:
    MemoryImage(const uint8_t *data, size_t size) : m_data(data), m_size(qint64(size)) {}
    qint64 size() const override { return m_size; }

protected:
    bool readInside(qint64 offset, char *data, qint64 len, QString *) override
    {
        std::memcpy(data, m_data + offset, size_t(len));
        return true;
    }

private:
    const uint8_t *m_data;
    qint64 m_size;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    MemoryImage volume(data, size);
    QString error;
    auto fs = ExtFilesystem::open(&volume, &error);
    if (!fs) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    SmartStateScanner scanner({QStringLiteral("fuzz"), {QStringLiteral("/etc/*")}, 4096});
    CancelFlag cancel;
    SmartStateResult result;
    scanner.collect(fs.get(), cancel, {}, &result, &error);
    return 0;
}
