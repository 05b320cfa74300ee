// MBR (with extended/logical chains) and GPT: the input is the disk.

#include "core/smartstate/diskimage.h"
#include "core/smartstate/partitiontable.h"

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
    MemoryImage disk(data, size);
    QList<DiskPartition> partitions;
    QString error;
    if (PartitionTable::read(&disk, &partitions, &error)) {
        for (const DiskPartition &partition : std::as_const(partitions)) {
            // What the table promises: every partition inside the disk.
            if (partition.offset < 0 || partition.size < 0 ||
                partition.offset + partition.size > disk.size())
                __builtin_trap();
        }
    } else if (error.isEmpty()) {
        __builtin_trap(); // a failure always says why
    }
    return 0;
}
