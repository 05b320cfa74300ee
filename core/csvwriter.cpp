#include "core/csvwriter.h"

#include <QDate>
#include <QDateTime>
#include <QFileDevice>
#include <QIODevice>
#include <QLocale>

#include <cmath>

namespace Vantage {

CsvWriter::CsvWriter(QIODevice *device, bool byteOrderMark)
    : m_device(device), m_byteOrderMark(byteOrderMark)
{}

bool CsvWriter::writeHeader(const QStringList &names)
{
    return writeRow(names);
}

bool CsvWriter::writeRow(const QStringList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QString &cell : cells)
        fields << quoted(neutralised(cell));
    return writeLine(fields);
}

bool CsvWriter::writeRow(const QVariantList &cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const QVariant &cell : cells) {
        const bool nonFinite =
            (cell.typeId() == QMetaType::Double || cell.typeId() == QMetaType::Float) &&
            !std::isfinite(cell.toDouble());
        if (nonFinite) { // "-inf" is no number to a spreadsheet, but a formula
            fields << quoted(neutralised(formatted(cell)));
            continue;
        }
        switch (cell.typeId()) {
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::ULong:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Short:
        case QMetaType::UShort:
        case QMetaType::Double:
        case QMetaType::Float:
        case QMetaType::QDateTime:
        case QMetaType::QDate:
            fields << formatted(cell); // no comma, quote or line break in these
            break;
        default:
            fields << quoted(neutralised(formatted(cell)));
        }
    }
    return writeLine(fields);
}

QString CsvWriter::formatted(const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::Short:
        return QString::number(value.toLongLong()); // QString::number is always the C locale
    case QMetaType::UInt:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
    case QMetaType::UShort:
        return QString::number(value.toULongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::QDateTime: {
        const QDateTime at = value.toDateTime().toUTC();
        if (!at.isValid())
            return {};
        return at.toString(at.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
    }
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    default:
        return value.toString();
    }
}

QString CsvWriter::neutralised(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return QLatin1Char('\'') + cell;
    default:
        return cell;
    }
}

QString CsvWriter::quoted(const QString &field)
{
    bool needsQuotes = false;
    for (const QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return field;
    QString out;
    out.reserve(field.size() + 8);
    out += u'"';
    for (const QChar c : field) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
    return out;
}

bool CsvWriter::writeLine(const QStringList &fields)
{
    if (!m_device || !m_device->isOpen() || !m_device->isWritable()) {
        m_error = tr("The CSV file is not open for writing.");
        return false;
    }
    QByteArray bytes;
    if (!m_started && m_byteOrderMark)
        bytes = QByteArrayLiteral("\xEF\xBB\xBF");
    bytes += fields.join(u',').toUtf8();
    bytes += "\r\n";
    const qint64 written = m_device->write(bytes);
    if (written != bytes.size()) {
        m_error = tr("Could not write the CSV file: %1").arg(m_device->errorString());
        return false;
    }
    m_started = true;
    ++m_rows;
    return true;
}

bool CsvWriter::finish()
{
    if (auto *file = qobject_cast<QFileDevice *>(m_device)) {
        if (!file->flush()) {
            m_error = tr("Could not write the CSV file: %1").arg(file->errorString());
            return false;
        }
    }
    return true;
}

} // namespace Vantage
