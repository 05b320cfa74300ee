// LVM2: a physical volume's label, metadata area header and text metadata, and the logical
// volumes put together from it: the input is the physical volume.

#include "core/smartstate/diskimage.h"
#include "core/smartstate/lvm.h"

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
    LvmPhysicalVolume pv;
    QString error;
    if (!Lvm::readPhysicalVolume(&volume, &pv, &error))
        return 0;
    QStringList warnings;
    const QList<LvmLogicalVolume> volumes = Lvm::logicalVolumes({pv}, &warnings);
    char buffer[512];
    for (const LvmLogicalVolume &lv : volumes) {
        for (qint64 at : {qint64(0), lv.image->size() / 2, lv.image->size() - 512}) {
            if (at >= 0 && at + 512 <= lv.image->size() &&
                !lv.image->read(at, buffer, sizeof buffer, &error) && error.isEmpty())
                __builtin_trap();
        }
    }
    return 0;
}
