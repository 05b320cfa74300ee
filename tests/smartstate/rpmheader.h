#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// Composes rpm header blobs as rpmdb.sqlite stores them, for tests, the fuzz seed corpus and
// nothing else.
namespace Vantage::Testing {

struct RpmTag
{
    quint32 tag;
    quint32 type;     // 6 string, 4 int32
    QByteArray value; // a string without its NUL, or 4 big-endian bytes
};

inline QByteArray rpmHeaderBlob(const QList<RpmTag> &tags)
{
    QByteArray index;
    QByteArray data;
    const auto be = [](quint32 v) {
        QByteArray out(4, '\0');
        out[0] = char(v >> 24);
        out[1] = char(v >> 16);
        out[2] = char(v >> 8);
        out[3] = char(v);
        return out;
    };
    for (const RpmTag &tag : tags) {
        if (tag.type == 4)
            while (data.size() % 4)
                data.append('\0');
        index += be(tag.tag) + be(tag.type) + be(quint32(data.size())) + be(1);
        data += tag.value;
        if (tag.type != 4)
            data.append('\0');
    }
    return be(quint32(tags.size())) + be(quint32(data.size())) + index + data;
}

inline QByteArray rpmPackageBlob(const QByteArray &name, const QByteArray &version,
                                 const QByteArray &release, const QByteArray &arch, int epoch = -1)
{
    QList<RpmTag> tags{{1000, 6, name}, {1001, 6, version}, {1002, 6, release}, {1022, 6, arch}};
    if (epoch >= 0)
        tags.append(
            {1003, 4, QByteArray::fromHex(QByteArray::number(epoch, 16).rightJustified(8, '0'))});
    return rpmHeaderBlob(tags);
}

} // namespace Vantage::Testing
