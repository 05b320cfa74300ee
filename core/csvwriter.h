#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVariantList>

class QIODevice;

namespace Vantage {

// Writes CSV to a device as RFC 4180 has it: fields separated by commas, records ended by CRLF,
// a field holding a comma, a double quote, CR or LF enclosed in double quotes with its quotes
// doubled. Text is UTF-8, optionally preceded by a byte order mark (spreadsheets on Windows need
// it to take the file as UTF-8). Each row goes to the device as it is written: nothing is held
// back, so memory stays flat in the number of rows.
//
// Text cells are neutralised (see neutralised()); numbers given as numbers are not, so that a
// negative number stays a number.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::CsvWriter)

public:
    // The device must be open for writing; the writer does not own it.
    explicit CsvWriter(QIODevice *device, bool byteOrderMark = false);

    // The header row: text cells, like writeRow(const QStringList &).
    bool writeHeader(const QStringList &names);

    // A row of text cells, each neutralised and quoted as needed. False, with errorString(),
    // when the device refused the bytes.
    bool writeRow(const QStringList &cells);

    // A row of typed cells. Numbers (integers, floating point) are written in the C locale, with
    // no thousands separators, and never neutralised; floating point in the shortest form that
    // reads back to the same value; NaN and infinities as text (nan, inf, '-inf). QDateTime is ISO
    // 8601 in UTC with a 'Z' (milliseconds only when there are some), QDate ISO 8601; a null or
    // invalid value an empty field. Anything else is text: its toString(), neutralised and quoted.
    bool writeRow(const QVariantList &cells);

    // Flushes a buffered file device, so that a full disk is reported here and not lost.
    bool finish();

    QString errorString() const { return m_error; }
    // Records written, the header row included.
    qint64 rowsWritten() const { return m_rows; }

    // A text cell a spreadsheet would run as a formula, one starting with '=', '+', '-', '@', a
    // tab or a carriage return, gets a leading single quote ('), which makes the spreadsheet take
    // it as text ("CSV injection": a cell such as =HYPERLINK(...) or =cmd|'/c ...'!A1 taken
    // from a VM name or an event message would otherwise run when the file is opened). Other
    // text is returned unchanged. Numbers do not go through here: see writeRow(QVariantList).
    static QString neutralised(const QString &cell);

    // One field as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, a
    // double quote, CR or LF; unchanged otherwise.
    static QString quoted(const QString &field);

    // A typed value as writeRow(QVariantList) writes it, before quoting.
    static QString formatted(const QVariant &value);

private:
    bool writeLine(const QStringList &fields);

    QIODevice *m_device;
    bool m_byteOrderMark;
    bool m_started = false;
    qint64 m_rows = 0;
    QString m_error;
};

} // namespace Vantage
