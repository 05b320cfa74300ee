// qcow2 header, extensions, L1/L2 tables and compressed clusters: the input is the image file.
// Reads a few places of the virtual disk, as the partition and file system layers would.

#include "core/smartstate/diskimage.h"

#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <unistd.h>

using namespace Vantage;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // The image layer reads files; one per process, rewritten for each input.
    // In memory where the system has it: the file is rewritten hundreds of times a second.
    static const QString path =
        QDir(QDir(QStringLiteral("/dev/shm")).exists() ? QStringLiteral("/dev/shm")
                                                       : QDir::tempPath())
            .filePath(QStringLiteral("vantage-fuzz-qcow2-%1.img").arg(getpid()));
    // Registered once path exists, so that it runs before path is destroyed.
    static const bool removeAtExit = std::atexit([] { QFile::remove(path); }) == 0;
    Q_UNUSED(removeAtExit);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    ReadCounter counter;
    QString error;
    auto image = DiskImages::open(path, QStringLiteral("qcow2"), &counter, &error);
    if (!image) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    char buffer[8192];
    const qint64 virtualSize = image->size();
    for (qint64 at : {qint64(0), qint64(512), qint64(65536 - 100), virtualSize / 2,
                      virtualSize - qint64(sizeof buffer)}) {
        if (at < 0 || at >= virtualSize)
            continue;
        const qint64 len = std::min<qint64>(sizeof buffer, virtualSize - at);
        if (!image->read(at, buffer, len, &error) && error.isEmpty())
            __builtin_trap();
    }
    return 0;
}
