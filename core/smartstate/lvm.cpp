#include "core/smartstate/lvm.h"

#include <QHash>
#include <QVariant>
#include <QtEndian>

#include <limits>

namespace Vantage {

namespace {

constexpr qint64 sector = 512;
constexpr QByteArrayView mdaMagic(" LVM2 x[5A%r0N*>");
constexpr int maxDepth = 16;
constexpr int maxAreas = 16;

// The metadata's config syntax: name = value, name { ... }, values are numbers, "strings" or
// [lists]. Sections keep their order (segment1, segment2 ...).
struct ConfigSection
{
    QString name;
    QHash<QString, QVariant> values;
    QList<ConfigSection> sections;

    const ConfigSection *section(const QString &child) const
    {
        for (const ConfigSection &s : sections) {
            if (s.name == child)
                return &s;
        }
        return nullptr;
    }
};

class ConfigParser
{
public:
    explicit ConfigParser(const QString &text) : m_text(text) {}

    bool parse(ConfigSection *root, QString *error)
    {
        if (!parseBody(root, 0) || m_pos < m_text.size()) {
            *error = Lvm::tr("LVM metadata is malformed near character %1").arg(m_pos);
            return false;
        }
        return true;
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'#') {
                while (m_pos < m_text.size() && m_text.at(m_pos) != u'\n')
                    ++m_pos;
            } else if (c.isSpace()) {
                ++m_pos;
            } else {
                return;
            }
        }
    }

    QString word()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && (m_text.at(m_pos).isLetterOrNumber() ||
                                         QStringView(u"_.+-").contains(m_text.at(m_pos))))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }

    bool value(QVariant *out, int depth)
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return false;
        const QChar c = m_text.at(m_pos);
        if (c == u'"') {
            QString s;
            for (++m_pos; m_pos < m_text.size() && m_text.at(m_pos) != u'"'; ++m_pos) {
                if (m_text.at(m_pos) == u'\\' && m_pos + 1 < m_text.size())
                    ++m_pos;
                s.append(m_text.at(m_pos));
            }
            if (m_pos >= m_text.size())
                return false;
            ++m_pos;
            *out = s;
            return true;
        }
        if (c == u'[') {
            if (depth >= maxDepth)
                return false;
            ++m_pos;
            QVariantList list;
            for (;;) {
                skipSpace();
                if (m_pos < m_text.size() && m_text.at(m_pos) == u']') {
                    ++m_pos;
                    *out = list;
                    return true;
                }
                QVariant item;
                if (!value(&item, depth + 1))
                    return false;
                list.append(item);
                skipSpace();
                if (m_pos < m_text.size() && m_text.at(m_pos) == u',')
                    ++m_pos;
            }
        }
        const QString number = word();
        bool ok = false;
        const qlonglong n = number.toLongLong(&ok);
        if (!ok)
            return false;
        *out = n;
        return true;
    }

    bool parseBody(ConfigSection *section, int depth)
    {
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text.at(m_pos) == u'}')
                return true;
            const QString name = word();
            if (name.isEmpty())
                return false;
            skipSpace();
            if (m_pos >= m_text.size())
                return false;
            if (m_text.at(m_pos) == u'=') {
                ++m_pos;
                QVariant v;
                if (!value(&v, depth))
                    return false;
                section->values.insert(name, v);
            } else if (m_text.at(m_pos) == u'{') {
                if (depth >= maxDepth)
                    return false;
                ++m_pos;
                ConfigSection child;
                child.name = name;
                if (!parseBody(&child, depth + 1))
                    return false;
                skipSpace();
                if (m_pos >= m_text.size() || m_text.at(m_pos) != u'}')
                    return false;
                ++m_pos;
                section->sections.append(child);
            } else {
                return false;
            }
        }
    }

    QString m_text;
    qsizetype m_pos = 0;
};

// Reads of a logical volume go to its segments, each a run of one physical volume.
class LinearVolume final : public DiskImage
{
public:
    struct Segment
    {
        qint64 start = 0; // in the logical volume
        qint64 length = 0;
        DiskImage *pv = nullptr; // Not owned.
        qint64 pvOffset = 0;
    };

    LinearVolume(QList<Segment> segments, qint64 size)
        : m_segments(std::move(segments)), m_size(size)
    {}
    qint64 size() const override { return m_size; }

protected:
    bool readInside(qint64 offset, char *data, qint64 len, QString *error) override
    {
        while (len > 0) {
            const Segment *found = nullptr;
            for (const Segment &s : m_segments) {
                if (offset >= s.start && offset - s.start < s.length) {
                    found = &s;
                    break;
                }
            }
            if (!found) {
                *error = Lvm::tr("LVM logical volume has no segment at offset %1").arg(offset);
                return false;
            }
            const qint64 within = offset - found->start;
            const qint64 chunk = std::min(len, found->length - within);
            if (!found->pv->read(found->pvOffset + within, data, chunk, error))
                return false;
            offset += chunk;
            data += chunk;
            len -= chunk;
        }
        return true;
    }

private:
    QList<Segment> m_segments;
    qint64 m_size;
};

QString withoutDashes(QString id)
{
    return id.remove(u'-');
}

bool overflows(qint64 a, qint64 b)
{
    return a < 0 || b < 0 || (b != 0 && a > std::numeric_limits<qint64>::max() / b);
}

// count extents from first, in bytes, without overflowing.
bool extentsFit(qint64 first, qint64 count, qint64 extentBytes)
{
    return first >= 0 && count > 0 && first <= std::numeric_limits<qint64>::max() - count &&
           !overflows(first + count, extentBytes);
}

} // namespace

bool Lvm::readPhysicalVolume(DiskImage *volume, LvmPhysicalVolume *out, QString *error)
{
    uchar label[sector];
    qint64 labelAt = -1;
    for (qint64 s = 0; s < 4 && (s + 1) * sector <= volume->size(); ++s) {
        if (!volume->read(s * sector, label, sector, error))
            return false;
        if (QByteArrayView(label, 8) == QByteArrayView("LABELONE") &&
            QByteArrayView(label + 24, 8) == QByteArrayView("LVM2 001")) {
            labelAt = s * sector;
            break;
        }
    }
    if (labelAt < 0)
        return false;
    const quint32 headerOffset = qFromLittleEndian<quint32>(label + 20);
    // The PV header: uuid, size, then two zero-terminated lists of (offset, size): data areas,
    // then metadata areas; all within the label's sector.
    if (headerOffset < 32 || headerOffset > quint32(sector - (32 + 8 + 16))) {
        *error = tr("LVM label points its header outside its sector");
        return false;
    }
    const uchar *header = label + headerOffset;
    out->uuid = QString::fromLatin1(reinterpret_cast<const char *>(header), 32);
    out->volume = volume;
    qint64 at = headerOffset + 40;
    const auto nextArea = [&](quint64 *offset, quint64 *size) {
        if (at + 16 > sector)
            return false;
        *offset = qFromLittleEndian<quint64>(label + at);
        *size = qFromLittleEndian<quint64>(label + at + 8);
        at += 16;
        return true;
    };
    quint64 offset = 0;
    quint64 size = 0;
    int guard = 0;
    do { // data areas: not needed, the metadata gives pe_start
        if (!nextArea(&offset, &size) || ++guard > maxAreas) {
            *error = tr("LVM physical volume header is malformed");
            return false;
        }
    } while (offset != 0);
    if (!nextArea(&offset, &size) || offset == 0) {
        *error = tr("LVM physical volume has no metadata area");
        return false;
    }
    if (offset > quint64(volume->size()) || size > quint64(volume->size()) - offset ||
        size < 48 + 24) {
        *error = tr("LVM metadata area lies outside its volume");
        return false;
    }
    uchar mda[sector];
    if (!volume->read(qint64(offset), mda, sector, error))
        return false;
    if (QByteArrayView(mda + 4, 16) != mdaMagic) {
        *error = tr("LVM metadata area header has no magic");
        return false;
    }
    // The first raw location: where the current metadata text is in the area.
    const quint64 textOffset = qFromLittleEndian<quint64>(mda + 40);
    const quint64 textSize = qFromLittleEndian<quint64>(mda + 48);
    if (textSize == 0 || textSize > quint64(maxMetadataBytes) || textOffset >= size ||
        textSize > size - textOffset) {
        *error = tr("LVM metadata text lies outside its area (or wraps around it)");
        return false;
    }
    QByteArray text(qsizetype(textSize), Qt::Uninitialized);
    if (!volume->read(qint64(offset + textOffset), text.data(), text.size(), error))
        return false;
    const qsizetype nul = text.indexOf('\0');
    if (nul >= 0)
        text.truncate(nul);
    out->metadata = QString::fromUtf8(text);
    return true;
}

QList<LvmLogicalVolume> Lvm::logicalVolumes(const QList<LvmPhysicalVolume> &pvs,
                                            QStringList *warnings)
{
    QList<LvmLogicalVolume> out;
    QHash<QString, DiskImage *> byUuid;
    for (const LvmPhysicalVolume &pv : pvs)
        byUuid.insert(withoutDashes(pv.uuid), pv.volume);
    QStringList seenGroups;
    for (const LvmPhysicalVolume &pv : pvs) {
        ConfigSection root;
        QString error;
        if (!ConfigParser(pv.metadata).parse(&root, &error)) {
            warnings->append(error);
            continue;
        }
        for (const ConfigSection &vg : std::as_const(root.sections)) {
            // Every PV of a group carries the same metadata: read each group once.
            if (seenGroups.contains(vg.name))
                continue;
            seenGroups << vg.name;
            const qint64 extentSectors =
                vg.values.value(QStringLiteral("extent_size")).toLongLong();
            const qint64 extentBytes =
                extentSectors > 0 && !overflows(extentSectors, sector) ? extentSectors * sector : 0;
            const ConfigSection *pvSection = vg.section(QStringLiteral("physical_volumes"));
            const ConfigSection *lvSection = vg.section(QStringLiteral("logical_volumes"));
            if (extentBytes <= 0 || !pvSection || !lvSection) {
                warnings->append(tr("LVM volume group %1: metadata is incomplete").arg(vg.name));
                continue;
            }
            struct PvPlace
            {
                DiskImage *image = nullptr;
                qint64 peStart = 0;
            };
            QHash<QString, PvPlace> places;
            for (const ConfigSection &p : pvSection->sections) {
                DiskImage *image =
                    byUuid.value(withoutDashes(p.values.value(QStringLiteral("id")).toString()));
                const qint64 peStart = p.values.value(QStringLiteral("pe_start")).toLongLong();
                if (image && peStart >= 0 && !overflows(peStart, sector))
                    places.insert(p.name, {image, peStart * sector});
            }
            for (const ConfigSection &lv : lvSection->sections) {
                const QStringList status = lv.values.value(QStringLiteral("status")).toStringList();
                if (!status.contains(QStringLiteral("VISIBLE")))
                    continue;
                QList<LinearVolume::Segment> segments;
                qint64 size = 0;
                QString problem;
                for (const ConfigSection &seg : lv.sections) {
                    const qint64 startExtent =
                        seg.values.value(QStringLiteral("start_extent")).toLongLong();
                    const qint64 extents =
                        seg.values.value(QStringLiteral("extent_count")).toLongLong();
                    const QString type = seg.values.value(QStringLiteral("type")).toString();
                    const QVariantList stripes =
                        seg.values.value(QStringLiteral("stripes")).toList();
                    if (type != QLatin1String("striped") ||
                        seg.values.value(QStringLiteral("stripe_count")).toLongLong() != 1 ||
                        stripes.size() != 2) {
                        problem = tr("segment type %1 is not read").arg(type);
                        break;
                    }
                    const auto place = places.constFind(stripes.at(0).toString());
                    const qint64 pvExtent = stripes.at(1).toLongLong();
                    if (place == places.constEnd()) {
                        problem = tr("physical volume %1 is not among the VM's disks")
                                      .arg(stripes.at(0).toString());
                        break;
                    }
                    if (!extentsFit(startExtent, extents, extentBytes) ||
                        !extentsFit(pvExtent, extents, extentBytes)) {
                        problem = tr("a segment is malformed");
                        break;
                    }
                    const qint64 room = place->image->size() - place->peStart;
                    const qint64 length = extents * extentBytes;
                    if (room < 0 || pvExtent * extentBytes > room ||
                        length > room - pvExtent * extentBytes) {
                        problem = tr("a segment lies outside its physical volume");
                        break;
                    }
                    segments.append({startExtent * extentBytes, length, place->image,
                                     place->peStart + pvExtent * extentBytes});
                    size = std::max(size, (startExtent + extents) * extentBytes);
                }
                if (problem.isEmpty() && segments.isEmpty())
                    problem = tr("it has no segments");
                if (!problem.isEmpty()) {
                    warnings->append(
                        tr("LVM logical volume %1/%2 not read: %3").arg(vg.name, lv.name, problem));
                    continue;
                }
                out.append({vg.name, lv.name, std::make_shared<LinearVolume>(segments, size)});
            }
        }
    }
    return out;
}

} // namespace Vantage
