#include "core/smartstate/diskimage.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QList>
#include <QtEndian>

#include <zlib.h>

#include <cstring>
#include <limits>

namespace Vantage {

bool DiskImage::read(qint64 offset, void *data, qint64 len, QString *error)
{
    if (offset < 0 || len < 0 || offset > size() || len > size() - offset) {
        *error = DiskImages::tr("read of %1 bytes at offset %2 is outside the %3-byte disk")
                     .arg(len)
                     .arg(offset)
                     .arg(size());
        return false;
    }
    return readInside(offset, static_cast<char *>(data), len, error);
}

HostFile::HostFile(const QString &path, ReadCounter *counter) : m_file(path), m_counter(counter) {}

bool HostFile::open(QString *error)
{
    const QFileInfo info(m_file.fileName());
    // A fifo or device named as an image (or as a hostile image's backing file) would block or
    // never end.
    if (!info.exists()) {
        *error = tr("%1 does not exist.").arg(m_file.fileName());
        return false;
    }
    if (!info.isFile()) {
        *error = tr("%1 is not a regular file.").arg(m_file.fileName());
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        *error = tr("cannot open %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    m_size = m_file.size();
    return true;
}

bool HostFile::read(qint64 offset, void *data, qint64 len, const QString &what, QString *error)
{
    if (offset < 0 || len < 0 || offset > m_size || len > m_size - offset) {
        *error = tr("%1 offset beyond end of file").arg(what);
        return false;
    }
    if (len == 0)
        return true;
    if (!m_file.seek(offset)) {
        *error = tr("cannot seek in %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    const qint64 got = m_file.read(static_cast<char *>(data), len);
    if (got != len) {
        *error = tr("cannot read %1 from %2: %3")
                     .arg(what, m_file.fileName(),
                          got < 0 ? m_file.errorString() : tr("file shrank while reading"));
        return false;
    }
    if (m_counter)
        m_counter->bytes += len;
    return true;
}

namespace {

class RawImage final : public DiskImage
{
public:
    explicit RawImage(std::unique_ptr<HostFile> file) : m_file(std::move(file)) {}
    qint64 size() const override { return m_file->size(); }

protected:
    bool readInside(qint64 offset, char *data, qint64 len, QString *error) override
    {
        return m_file->read(offset, data, len, DiskImages::tr("data"), error);
    }

private:
    std::unique_ptr<HostFile> m_file;
};

quint32 be32(const uchar *p)
{
    return qFromBigEndian<quint32>(p);
}
quint64 be64(const uchar *p)
{
    return qFromBigEndian<quint64>(p);
}

// An offset the image names, as a file offset: one past any file's end stays past it.
qint64 fileOffset(quint64 offset)
{
    return qint64(std::min<quint64>(offset, quint64(std::numeric_limits<qint64>::max())));
}

constexpr quint32 qcowMagic = 0x514649fb; // "QFI\xfb"
constexpr quint32 backingFormatExtension = 0xe2792aca;
constexpr quint64 offsetMask = 0x00fffffffffffe00ULL; // bits 9-55
constexpr quint64 copiedFlag = 1ULL << 63;
constexpr quint64 compressedFlag = 1ULL << 62;
constexpr quint64 zeroFlag = 1ULL;
constexpr quint64 dirtyBit = 1ULL << 0;
constexpr quint64 corruptBit = 1ULL << 1;
constexpr quint64 compressionTypeBit = 1ULL << 3;
// The L2 cache's budget per image: 128 tables of the default 64 KiB clusters, 4 of 2 MiB ones (a
// chain of 16 hostile images with the largest clusters must not take gigabytes).
constexpr qint64 l2CacheBytes = 8 * 1024 * 1024;

// qcow2 as documented in QEMU's docs/interop/qcow2.txt: a two-level table (L1 -> L2 -> data
// cluster) per guest cluster; a cluster no table maps reads from the backing image, or as zeros.
class Qcow2Image final : public DiskImage
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::DiskImages)

public:
    Qcow2Image(std::unique_ptr<HostFile> file) : m_file(std::move(file)) {}

    bool open(ReadCounter *counter, int depth, QString *error);
    qint64 size() const override { return m_size; }

protected:
    bool readInside(qint64 offset, char *data, qint64 len, QString *error) override;

private:
    bool readCluster(quint64 guestCluster, qint64 within, char *data, qint64 len, QString *error);
    const QByteArray *l2Table(quint64 l1Index, QString *error);
    bool readCompressed(quint64 entry, QString *error);

    std::unique_ptr<HostFile> m_file;
    std::unique_ptr<DiskImage> m_backing;
    qint64 m_size = 0;
    int m_clusterBits = 16;
    qint64 m_clusterSize = 65536;
    QList<quint64> m_l1;
    // L2 tables by their host offset, at most l2CacheBytes of them.
    QHash<quint64, QByteArray> m_l2Cache;
    QList<quint64> m_l2Order;
    // The last decompressed cluster: reads come in small blocks, a compressed cluster is
    // decompressed once.
    quint64 m_compressedEntry = 0;
    QByteArray m_compressed;
};

bool Qcow2Image::open(ReadCounter *counter, int depth, QString *error)
{
    uchar header[112] = {};
    const qint64 headerBytes = std::min<qint64>(sizeof header, m_file->size());
    if (headerBytes < 72) {
        *error = tr("qcow2 header is truncated");
        return false;
    }
    if (!m_file->read(0, header, headerBytes, tr("qcow2 header"), error))
        return false;
    if (be32(header) != qcowMagic) {
        *error = tr("not a qcow2 image (bad magic)");
        return false;
    }
    const quint32 version = be32(header + 4);
    if (version != 2 && version != 3) {
        *error = tr("qcow2 version %1 is not supported (only 2 and 3)").arg(version);
        return false;
    }
    const quint64 backingOffset = be64(header + 8);
    const quint32 backingSize = be32(header + 16);
    const quint32 clusterBits = be32(header + 20);
    const quint64 size = be64(header + 24);
    const quint32 cryptMethod = be32(header + 32);
    const quint32 l1Size = be32(header + 36);
    const quint64 l1Offset = be64(header + 40);
    if (clusterBits < 9 || clusterBits > 21) {
        *error = tr("qcow2 cluster size 2^%1 is invalid").arg(clusterBits);
        return false;
    }
    m_clusterBits = int(clusterBits);
    m_clusterSize = qint64(1) << clusterBits;
    if (size > quint64(std::numeric_limits<qint64>::max() / 2)) {
        *error = tr("qcow2 virtual size is invalid");
        return false;
    }
    m_size = qint64(size);
    if (cryptMethod != 0) {
        *error = tr("encrypted qcow2 images cannot be scanned");
        return false;
    }
    quint32 headerLength = 72;
    if (version == 3) {
        if (headerBytes < 104) {
            *error = tr("qcow2 header is truncated");
            return false;
        }
        const quint64 incompatible = be64(header + 72);
        headerLength = be32(header + 100);
        if (headerLength < 104 || qint64(headerLength) > m_clusterSize) {
            *error = tr("qcow2 header length %1 is invalid").arg(headerLength);
            return false;
        }
        if (incompatible & compressionTypeBit) {
            if (headerLength < 105 || header[104] != 0) {
                *error = tr("qcow2 compression type is not zlib; it is not supported");
                return false;
            }
        }
        // A dirty image only has stale refcounts and a "corrupt" one is refused for writing by
        // QEMU; reading is fine. External data files and extended L2 entries are not read here.
        const quint64 known = dirtyBit | corruptBit | compressionTypeBit;
        if (incompatible & ~known) {
            *error = tr("qcow2 image uses unsupported features (incompatible bits %1)")
                         .arg(incompatible & ~known, 0, 16);
            return false;
        }
    }

    // The L1 table must cover the whole virtual size.
    const qint64 l2Entries = m_clusterSize / 8;
    const quint64 bytesPerL1 = quint64(l2Entries) * quint64(m_clusterSize);
    const quint64 neededL1 = (size + bytesPerL1 - 1) / bytesPerL1;
    if (l1Size < neededL1) {
        *error = tr("qcow2 L1 table is too small for the virtual size");
        return false;
    }
    if (quint64(l1Size) * 8 > quint64(m_file->size())) {
        *error = tr("qcow2 L1 table offset beyond end of file");
        return false;
    }
    if (neededL1 > 0) {
        // Entries past the virtual size are never looked up, so only the needed ones are read.
        QByteArray l1(qsizetype(neededL1 * 8), Qt::Uninitialized);
        if (!m_file->read(fileOffset(l1Offset), l1.data(), l1.size(), tr("qcow2 L1 table"), error))
            return false;
        m_l1.resize(qsizetype(neededL1));
        for (quint64 i = 0; i < neededL1; ++i)
            m_l1[qsizetype(i)] = be64(reinterpret_cast<const uchar *>(l1.constData()) + i * 8);
    }

    // Header extensions (v3, or v2 images written by newer QEMU) name the backing format.
    QString backingFormat;
    {
        qint64 at = headerLength;
        const qint64 end = std::min<qint64>(m_clusterSize, m_file->size());
        for (int guard = 0; guard < 64 && at + 8 <= end; ++guard) {
            uchar ext[8];
            if (!m_file->read(at, ext, 8, tr("qcow2 header extension"), error))
                return false;
            const quint32 type = be32(ext);
            const quint32 length = be32(ext + 4);
            if (type == 0)
                break;
            if (qint64(length) > end - at - 8) {
                *error = tr("qcow2 header extension runs past the first cluster");
                return false;
            }
            if (type == backingFormatExtension && length > 0 && length < 64) {
                QByteArray name(qsizetype(length), Qt::Uninitialized);
                if (!m_file->read(at + 8, name.data(), length, tr("qcow2 backing format"), error))
                    return false;
                backingFormat = QString::fromLatin1(name);
            }
            at += 8 + ((qint64(length) + 7) & ~qint64(7));
        }
    }

    if (backingOffset != 0) {
        if (backingSize == 0 || backingSize > 1023) {
            *error = tr("qcow2 backing file name length %1 is invalid").arg(backingSize);
            return false;
        }
        if (depth >= DiskImages::maxBackingDepth) {
            *error =
                tr("qcow2 backing chain is longer than %1 images").arg(DiskImages::maxBackingDepth);
            return false;
        }
        QByteArray name(qsizetype(backingSize), Qt::Uninitialized);
        if (!m_file->read(fileOffset(backingOffset), name.data(), backingSize,
                          tr("qcow2 backing file name"), error))
            return false;
        if (name.contains('\0')) {
            *error = tr("qcow2 backing file name contains a NUL byte");
            return false;
        }
        QString backingPath = QString::fromUtf8(name);
        if (backingPath.contains(u':') && !backingPath.startsWith(u'/')) {
            // json:, nbd:, http: ... are QEMU protocols, not files.
            *error = tr("qcow2 backing file %1 is not a local file").arg(backingPath);
            return false;
        }
        // Relative names are relative to the folder of the image that names them.
        backingPath = QDir(QFileInfo(m_file->path()).absolutePath()).filePath(backingPath);
        if (QFileInfo(backingPath).canonicalFilePath() ==
            QFileInfo(m_file->path()).canonicalFilePath()) {
            *error = tr("qcow2 image names itself as its backing file");
            return false;
        }
        QString backingError;
        auto backingFile = std::make_unique<HostFile>(backingPath, counter);
        if (!backingFile->open(&backingError)) {
            *error = tr("backing file: %1").arg(backingError);
            return false;
        }
        QByteArray magic(4, '\0');
        const bool isQcow = (backingFormat == QLatin1String("qcow2")) ||
                            (backingFormat.isEmpty() && backingFile->size() >= 4 &&
                             backingFile->read(0, magic.data(), 4, tr("magic"), &backingError) &&
                             be32(reinterpret_cast<const uchar *>(magic.constData())) == qcowMagic);
        if (!isQcow && !backingFormat.isEmpty() && backingFormat != QLatin1String("raw")) {
            *error = tr("backing file format %1 is not supported").arg(backingFormat);
            return false;
        }
        if (isQcow) {
            auto backing = std::make_unique<Qcow2Image>(std::move(backingFile));
            if (!backing->open(counter, depth + 1, &backingError)) {
                *error = tr("backing file %1: %2").arg(backingPath, backingError);
                return false;
            }
            m_backing = std::move(backing);
        } else {
            m_backing = std::make_unique<RawImage>(std::move(backingFile));
        }
    }
    return true;
}

bool Qcow2Image::readInside(qint64 offset, char *data, qint64 len, QString *error)
{
    while (len > 0) {
        const quint64 cluster = quint64(offset) >> m_clusterBits;
        const qint64 within = offset & (m_clusterSize - 1);
        const qint64 chunk = std::min(len, m_clusterSize - within);
        if (!readCluster(cluster, within, data, chunk, error))
            return false;
        offset += chunk;
        data += chunk;
        len -= chunk;
    }
    return true;
}

const QByteArray *Qcow2Image::l2Table(quint64 l1Index, QString *error)
{
    const quint64 l2Offset = m_l1.at(qsizetype(l1Index)) & offsetMask;
    if (const auto it = m_l2Cache.constFind(l2Offset); it != m_l2Cache.constEnd())
        return &it.value();
    if (l2Offset & quint64(m_clusterSize - 1)) {
        *error = tr("qcow2 L2 table offset is not cluster-aligned");
        return nullptr;
    }
    QByteArray table(qsizetype(m_clusterSize), Qt::Uninitialized);
    if (!m_file->read(qint64(l2Offset), table.data(), table.size(), tr("qcow2 L2 table"), error))
        return nullptr;
    if (m_l2Order.size() >= std::max<qint64>(2, l2CacheBytes / m_clusterSize))
        m_l2Cache.remove(m_l2Order.takeFirst());
    m_l2Order.append(l2Offset);
    return &m_l2Cache.insert(l2Offset, table).value();
}

bool Qcow2Image::readCluster(quint64 guestCluster, qint64 within, char *data, qint64 len,
                             QString *error)
{
    const quint64 l2Entries = quint64(m_clusterSize / 8);
    const quint64 l1Index = guestCluster / l2Entries;
    const quint64 l2Index = guestCluster % l2Entries;
    const qint64 guestOffset = qint64(guestCluster << m_clusterBits) + within;
    quint64 entry = 0;
    if ((m_l1.at(qsizetype(l1Index)) & offsetMask) != 0) {
        const QByteArray *table = l2Table(l1Index, error);
        if (!table)
            return false;
        entry = be64(reinterpret_cast<const uchar *>(table->constData()) + l2Index * 8);
    }
    if (entry & compressedFlag) {
        if (!readCompressed(entry, error))
            return false;
        std::memcpy(data, m_compressed.constData() + within, size_t(len));
        return true;
    }
    const quint64 hostOffset = entry & offsetMask;
    if (entry & zeroFlag) {
        std::memset(data, 0, size_t(len));
        return true;
    }
    if (hostOffset == 0) {
        if (!m_backing || guestOffset >= m_backing->size()) {
            std::memset(data, 0, size_t(len));
            return true;
        }
        // A backing image smaller than this one reads as zeros past its end.
        const qint64 fromBacking = std::min(len, m_backing->size() - guestOffset);
        if (!m_backing->read(guestOffset, data, fromBacking, error))
            return false;
        std::memset(data + fromBacking, 0, size_t(len - fromBacking));
        return true;
    }
    if (hostOffset & quint64(m_clusterSize - 1)) {
        *error = tr("qcow2 data cluster offset is not cluster-aligned");
        return false;
    }
    return m_file->read(qint64(hostOffset) + within, data, len, tr("qcow2 data cluster"), error);
}

bool Qcow2Image::readCompressed(quint64 entry, QString *error)
{
    if (entry == m_compressedEntry && !m_compressed.isEmpty())
        return true;
    const int sectorBits = 62 - (m_clusterBits - 8);
    const quint64 hostOffset = entry & ((1ULL << sectorBits) - 1);
    const quint64 extraSectors = (entry & ~copiedFlag & ~compressedFlag) >> sectorBits;
    const qint64 compressedSize = qint64((extraSectors + 1) * 512 - (hostOffset & 511));
    if (hostOffset >= quint64(m_file->size())) {
        *error = tr("qcow2 compressed cluster offset beyond end of file");
        return false;
    }
    // The last compressed cluster's sector count may reach past the end of the file.
    const qint64 available = std::min(compressedSize, m_file->size() - qint64(hostOffset));
    QByteArray input(qsizetype(available), Qt::Uninitialized);
    if (!m_file->read(qint64(hostOffset), input.data(), input.size(),
                      tr("qcow2 compressed cluster"), error))
        return false;
    QByteArray output(qsizetype(m_clusterSize), Qt::Uninitialized);
    z_stream stream = {};
    // Raw deflate without a zlib header, as QEMU writes it.
    if (inflateInit2(&stream, -12) != Z_OK) {
        *error = tr("cannot start zlib");
        return false;
    }
    stream.next_in = reinterpret_cast<Bytef *>(input.data());
    stream.avail_in = uInt(input.size());
    stream.next_out = reinterpret_cast<Bytef *>(output.data());
    stream.avail_out = uInt(output.size());
    const int result = inflate(&stream, Z_FINISH);
    const bool full = stream.avail_out == 0;
    inflateEnd(&stream);
    if (!full || (result != Z_STREAM_END && result != Z_BUF_ERROR)) {
        *error = tr("qcow2 compressed cluster is corrupt");
        return false;
    }
    m_compressed = output;
    m_compressedEntry = entry;
    return true;
}

} // namespace

std::unique_ptr<DiskImage> DiskImages::open(const QString &path, const QString &format,
                                            ReadCounter *counter, QString *error)
{
    auto file = std::make_unique<HostFile>(path, counter);
    if (!file->open(error))
        return nullptr;
    QString kind = format.toLower();
    if (kind.isEmpty()) {
        uchar magic[4] = {};
        kind = (file->size() >= 4 && file->read(0, magic, 4, tr("magic"), error) &&
                be32(magic) == qcowMagic)
                   ? QStringLiteral("qcow2")
                   : QStringLiteral("raw");
    }
    if (kind == QLatin1String("raw"))
        return std::make_unique<RawImage>(std::move(file));
    if (kind == QLatin1String("qcow2")) {
        auto image = std::make_unique<Qcow2Image>(std::move(file));
        if (!image->open(counter, 0, error))
            return nullptr;
        return image;
    }
    *error = tr("disk format %1 is not supported (only raw and qcow2)").arg(format);
    return nullptr;
}

} // namespace Vantage
