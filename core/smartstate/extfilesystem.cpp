#include "core/smartstate/extfilesystem.h"

#include "core/smartstate/diskimage.h"

#include <QHash>
#include <QtEndian>

#include <ext2fs/ext2fs.h>
extern "C" {
#include <et/com_err.h>
}

#include <cstdlib>
#include <cstring>
#include <limits>
#include <mutex>

namespace Vantage {

namespace {

// libext2fs opens a channel by name; the name is a key into this table, which hands the manager
// the DiskImage (and a place for the image's own error message, which is more telling than
// libext2fs' "short read").
struct ChannelTarget
{
    DiskImage *image = nullptr;
    QString lastError;
};

std::mutex registryMutex;
QHash<QByteArray, ChannelTarget *> registry;
quint64 nextChannelKey = 0;

io_manager imageManager();

ChannelTarget *target(io_channel channel)
{
    return static_cast<ChannelTarget *>(channel->private_data);
}

errcode_t channelOpen(const char *name, int flags, io_channel *channel)
{
    if (flags & IO_FLAG_RW)
        return EXT2_ET_RO_FILSYS;
    ChannelTarget *found = nullptr;
    {
        const std::lock_guard lock(registryMutex);
        found = registry.value(QByteArray(name));
    }
    if (!found)
        return EXT2_ET_BAD_DEVICE_NAME;
    auto *io = static_cast<io_channel>(std::calloc(1, sizeof(struct_io_channel)));
    if (!io)
        return EXT2_ET_NO_MEMORY;
    io->name = strdup(name);
    if (!io->name) {
        std::free(io);
        return EXT2_ET_NO_MEMORY;
    }
    io->magic = EXT2_ET_MAGIC_IO_CHANNEL;
    io->manager = imageManager();
    io->block_size = 1024;
    io->refcount = 1;
    io->private_data = found;
    *channel = io;
    return 0;
}

errcode_t channelClose(io_channel channel)
{
    if (--channel->refcount > 0)
        return 0;
    std::free(channel->name);
    std::free(channel);
    return 0;
}

errcode_t channelSetBlockSize(io_channel channel, int blockSize)
{
    if (blockSize <= 0)
        return EXT2_ET_INVALID_ARGUMENT;
    channel->block_size = blockSize;
    return 0;
}

errcode_t channelRead64(io_channel channel, unsigned long long block, int count, void *data)
{
    // A negative count is a byte count, as in unix_io.
    const qint64 bytes = count < 0 ? -qint64(count) : qint64(count) * channel->block_size;
    if (block > quint64(std::numeric_limits<qint64>::max() / channel->block_size))
        return EXT2_ET_SHORT_READ;
    ChannelTarget *t = target(channel);
    QString error;
    if (!t->image->read(qint64(block) * channel->block_size, data, bytes, &error)) {
        t->lastError = error;
        return EXT2_ET_SHORT_READ;
    }
    return 0;
}

errcode_t channelRead(io_channel channel, unsigned long block, int count, void *data)
{
    return channelRead64(channel, block, count, data);
}

errcode_t channelWrite(io_channel, unsigned long, int, const void *)
{
    return EXT2_ET_RO_FILSYS;
}

errcode_t channelWrite64(io_channel, unsigned long long, int, const void *)
{
    return EXT2_ET_RO_FILSYS;
}

errcode_t channelWriteByte(io_channel, unsigned long, int, const void *)
{
    return EXT2_ET_RO_FILSYS;
}

errcode_t channelFlush(io_channel)
{
    return 0;
}

errcode_t channelSetOption(io_channel, const char *, const char *)
{
    return EXT2_ET_INVALID_ARGUMENT;
}

struct_io_manager makeManager()
{
    struct_io_manager manager = {};
    manager.magic = EXT2_ET_MAGIC_IO_MANAGER;
    manager.name = "Vantage DiskImage I/O manager";
    manager.open = channelOpen;
    manager.close = channelClose;
    manager.set_blksize = channelSetBlockSize;
    manager.read_blk = channelRead;
    manager.write_blk = channelWrite;
    manager.flush = channelFlush;
    manager.write_byte = channelWriteByte;
    manager.set_option = channelSetOption;
    manager.read_blk64 = channelRead64;
    manager.write_blk64 = channelWrite64;
    return manager;
}

io_manager imageManager()
{
    static struct_io_manager manager = makeManager();
    return &manager;
}

constexpr qint64 superblockOffset = 1024;
constexpr qint64 superblockSize = 1024;
constexpr quint32 incompat64Bit = 0x80;
constexpr quint16 extMagic = 0xef53;
// Checksums stay on: a damaged image is refused rather than half read. A fuzzer cannot forge
// them, so its builds skip them to reach the parsing behind.
#ifdef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
constexpr int openFlags = EXT2_FLAG_64BITS | EXT2_FLAG_IGNORE_CSUM_ERRORS;
#else
constexpr int openFlags = EXT2_FLAG_64BITS;
#endif

} // namespace

struct ExtFilesystem::Private
{
    ChannelTarget target;
    QByteArray key;
    ext2_filsys fs = nullptr;

    ~Private()
    {
        if (fs)
            ext2fs_close_free(&fs);
        const std::lock_guard lock(registryMutex);
        registry.remove(key);
    }
};

ExtFilesystem::ExtFilesystem(std::unique_ptr<Private> d) : d(std::move(d)) {}

ExtFilesystem::~ExtFilesystem() = default;

std::unique_ptr<ExtFilesystem> ExtFilesystem::open(DiskImage *volume, QString *error, bool *notExt)
{
    static std::once_flag errorTable;
    std::call_once(errorTable, [] { initialize_ext2_error_table(); });
    if (notExt)
        *notExt = false;

    uchar super[superblockSize] = {};
    if (volume->size() < superblockOffset + superblockSize ||
        !volume->read(superblockOffset, super, superblockSize, error) ||
        qFromLittleEndian<quint16>(super + 56) != extMagic) {
        if (error->isEmpty()) {
            *error = tr("no ext2/3/4 file system");
            if (notExt)
                *notExt = true;
        }
        return nullptr;
    }
    // libext2fs sizes its tables from the superblock and never learns the volume's size: a
    // file system larger than its volume is a truncated image, or a hostile one asking for
    // gigabytes of group descriptors.
    const quint32 logBlockSize = qFromLittleEndian<quint32>(super + 24);
    quint64 blocks = qFromLittleEndian<quint32>(super + 4);
    if (qFromLittleEndian<quint32>(super + 0x60) & incompat64Bit)
        blocks |= quint64(qFromLittleEndian<quint32>(super + 0x150)) << 32;
    if (logBlockSize > 6) {
        *error = tr("damaged ext file system: block size 2^%1 KiB is invalid").arg(logBlockSize);
        return nullptr;
    }
    const quint64 blockSize = 1024ULL << logBlockSize;
    if (blocks > quint64(volume->size()) / blockSize) {
        *error = tr("the ext file system needs %1 bytes but its volume has %2 (a truncated "
                    "image?)")
                     .arg(blocks * blockSize)
                     .arg(volume->size());
        return nullptr;
    }

    auto d = std::make_unique<Private>();
    d->target.image = volume;
    {
        const std::lock_guard lock(registryMutex);
        d->key = "vantage-image-" + QByteArray::number(++nextChannelKey);
        registry.insert(d->key, &d->target);
    }
    const errcode_t code =
        ext2fs_open2(d->key.constData(), nullptr, openFlags, 0, 0, imageManager(), &d->fs);
    if (code) {
        *error =
            d->target.lastError.isEmpty()
                ? tr("damaged ext file system: %1").arg(QString::fromLocal8Bit(error_message(code)))
                : d->target.lastError;
        d->fs = nullptr;
        return nullptr;
    }
    return std::unique_ptr<ExtFilesystem>(new ExtFilesystem(std::move(d)));
}

QString ExtFilesystem::message(long code) const
{
    if (code == EXT2_ET_SHORT_READ && !d->target.lastError.isEmpty())
        return d->target.lastError;
    return QString::fromLocal8Bit(error_message(code));
}

bool ExtFilesystem::lookup(const QString &path, quint32 *inode, QString *error)
{
    ext2_ino_t ino = 0;
    const QByteArray name = path.toUtf8();
    const errcode_t code =
        ext2fs_namei_follow(d->fs, EXT2_ROOT_INO, EXT2_ROOT_INO, name.constData(), &ino);
    m_notFound = code == EXT2_ET_FILE_NOT_FOUND;
    if (code) {
        *error =
            m_notFound ? tr("%1: no such file").arg(path) : tr("%1: %2").arg(path, message(code));
        return false;
    }
    *inode = ino;
    return true;
}

bool ExtFilesystem::stat(const QString &path, FileInfo *out, QString *error)
{
    quint32 ino = 0;
    if (!lookup(path, &ino, error))
        return false;
    struct ext2_inode inode = {};
    const errcode_t code = ext2fs_read_inode(d->fs, ino, &inode);
    if (code) {
        *error = tr("%1: %2").arg(path, message(code));
        return false;
    }
    out->inode = ino;
    out->size = qint64(EXT2_I_SIZE(&inode));
    out->mode = inode.i_mode;
    out->mtimeMs = qint64(inode.i_mtime) * 1000;
    return true;
}

bool ExtFilesystem::exists(const QString &path, QString *error)
{
    FileInfo info;
    QString statError;
    if (stat(path, &info, &statError))
        return true;
    if (error && !m_notFound)
        *error = statError;
    return false;
}

bool ExtFilesystem::readChunks(quint32 inode, qint64 limit,
                               const std::function<bool(const char *, qint64)> &sink,
                               QString *error)
{
    ext2_file_t file = nullptr;
    errcode_t code = ext2fs_file_open(d->fs, inode, 0, &file);
    if (code) {
        *error = message(code);
        return false;
    }
    QByteArray buffer(65536, Qt::Uninitialized);
    bool ok = true;
    while (limit > 0) {
        unsigned int got = 0;
        code = ext2fs_file_read(file, buffer.data(),
                                unsigned(std::min<qint64>(buffer.size(), limit)), &got);
        if (code) {
            *error = message(code);
            ok = false;
            break;
        }
        limit -= got;
        if (got == 0 || !sink(buffer.constData(), got))
            break;
    }
    ext2fs_file_close(file);
    return ok;
}

bool ExtFilesystem::readFile(const QString &path, qint64 maxBytes, QByteArray *out, QString *error)
{
    FileInfo info;
    if (!stat(path, &info, error))
        return false;
    if (!info.isRegular()) {
        *error = tr("%1 is not a regular file").arg(path);
        return false;
    }
    if (info.size > maxBytes) {
        *error = tr("%1 is larger than %2 bytes").arg(path).arg(maxBytes);
        return false;
    }
    out->clear();
    out->reserve(qsizetype(info.size));
    const bool ok = readChunks(
        info.inode, info.size,
        [&](const char *data, qint64 len) {
            out->append(data, qsizetype(len));
            return true;
        },
        error);
    if (!ok)
        *error = tr("%1: %2").arg(path, *error);
    return ok;
}

namespace {

struct ListContext
{
    ext2_filsys fs;
    QList<ExtFilesystem::Entry> *out;
    int maxEntries;
};

int listEntry(ext2_ino_t, int, struct ext2_dir_entry *dirent, int, int, char *, void *priv)
{
    auto *context = static_cast<ListContext *>(priv);
    const int length = ext2fs_dirent_name_len(dirent);
    const QByteArray name(dirent->name, length);
    if (name == "." || name == "..")
        return 0;
    if (context->out->size() >= context->maxEntries)
        return DIRENT_ABORT;
    ExtFilesystem::Entry entry{QString::fromUtf8(name), dirent->inode};
    int type = ext2fs_dirent_file_type(dirent);
    if (type == EXT2_FT_UNKNOWN) {
        struct ext2_inode inode = {};
        if (ext2fs_read_inode(context->fs, dirent->inode, &inode) == 0) {
            if (LINUX_S_ISDIR(inode.i_mode))
                type = EXT2_FT_DIR;
            else if (LINUX_S_ISLNK(inode.i_mode))
                type = EXT2_FT_SYMLINK;
        }
    }
    entry.isDirectory = type == EXT2_FT_DIR;
    entry.isSymlink = type == EXT2_FT_SYMLINK;
    context->out->append(entry);
    return 0;
}

} // namespace

bool ExtFilesystem::list(const QString &path, QList<Entry> *out, QString *error, int maxEntries)
{
    out->clear();
    FileInfo info;
    if (!stat(path, &info, error))
        return false;
    if (!info.isDirectory()) {
        *error = tr("%1 is not a directory").arg(path);
        return false;
    }
    ListContext context{d->fs, out, maxEntries};
    const errcode_t code = ext2fs_dir_iterate2(d->fs, info.inode, 0, nullptr, listEntry, &context);
    if (code) {
        *error = tr("%1: %2").arg(path, message(code));
        return false;
    }
    return true;
}

} // namespace Vantage
