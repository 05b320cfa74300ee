#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <memory>

// The block-device layer of SmartState: a VM's disk image read-only, as a flat run of bytes,
// whatever its format on the host. Every read is bounds-checked, and every offset an image's own
// metadata names is checked against the file it points into, so that a hostile image gives an
// error, never a read outside the file or a crash.
namespace Vantage {

// Bytes read from host files, shared by every file of one scan (a qcow2 chain's files too).
struct ReadCounter
{
    qint64 bytes = 0;
};

class DiskImage
{
public:
    virtual ~DiskImage() = default;

    // The size the guest sees.
    virtual qint64 size() const = 0;

    // Reads exactly len bytes at offset into data; false with *error set when the range leaves
    // the image or the image cannot be read there.
    bool read(qint64 offset, void *data, qint64 len, QString *error);

protected:
    // The range is inside size().
    virtual bool readInside(qint64 offset, char *data, qint64 len, QString *error) = 0;
};

// A host file opened read-only; reads are checked against its size and counted.
class HostFile
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::HostFile)

public:
    HostFile(const QString &path, ReadCounter *counter);
    bool open(QString *error);
    qint64 size() const { return m_size; }
    QString path() const { return m_file.fileName(); }
    // Exactly len bytes at offset; what describes is the thing being read, for the error
    // ("qcow2 L2 table").
    bool read(qint64 offset, void *data, qint64 len, const QString &what, QString *error);

private:
    QFile m_file;
    qint64 m_size = 0;
    ReadCounter *m_counter; // Not owned.
};

// A contiguous window of another image: a partition.
class ImageSlice final : public DiskImage
{
public:
    ImageSlice(DiskImage *base, qint64 offset, qint64 size)
        : m_base(base), m_offset(offset), m_size(size)
    {}
    qint64 size() const override { return m_size; }

protected:
    bool readInside(qint64 offset, char *data, qint64 len, QString *error) override
    {
        return m_base->read(m_offset + offset, data, len, error);
    }

private:
    DiskImage *m_base; // Not owned.
    qint64 m_offset;
    qint64 m_size;
};

class DiskImages
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::DiskImages)

public:
    // Opens a raw or qcow2 image read-only. An empty format is probed from the file's first
    // bytes (qcow2 magic, else raw); a qcow2 image's backing files are opened too, up to
    // maxBackingDepth deep. Null with *error set when the image is unusable.
    static std::unique_ptr<DiskImage> open(const QString &path, const QString &format,
                                           ReadCounter *counter, QString *error);

    static constexpr int maxBackingDepth = 16;
};

} // namespace Vantage
