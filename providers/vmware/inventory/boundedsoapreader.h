#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QXmlStreamReader>

class QIODevice;

namespace Vantage {

// The bounded walk over a vSphere SOAP answer that every parser of ours shares: element by
// element, refusing a DTD (which also shuts out entity expansion), nesting deeper than MaxDepth
// and texts longer than MaxTextBytes. readAnswer() walks the envelope and its body, reads a SOAP
// fault and reports what does not belong; a parser derives from it, reads its own response with
// nextStart(), skip() and readText(), and words the server's refusal.
class BoundedSoapReader
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::BoundedSoapReader)

public:
    static constexpr int MaxDepth = 32;
    static constexpr qsizetype MaxTextBytes = 64 * 1024;

protected:
    // What the server sent instead of an answer.
    struct SoapFault
    {
        QString type; // the detail's first element without "Fault": "InvalidProperty"
        // As type, but by the element's xsi:type (its prefix dropped) where it has one.
        QString xsiType;
        QString text; // faultstring, the server's own words
    };

    explicit BoundedSoapReader(QIODevice *device) : m_reader(device) {}
    explicit BoundedSoapReader(const QByteArray &xml) : m_reader(xml) {}
    virtual ~BoundedSoapReader() = default;

    // Envelope, Body and the one answer in it (a fault, or the response readResponse() takes),
    // then the rest: a truncated or malformed tail spoils the whole answer.
    void readAnswer();
    // Reads the body's current element when it is the response expected; false, having read
    // nothing, when it is not.
    virtual bool readResponse() = 0;
    // The error for a body element that is neither a fault nor the response expected.
    virtual QString foreignAnswer() const = 0;
    // Keeps what the parser's result holds of the fault, and fails in the parser's words.
    virtual void refused(const SoapFault &fault) = 0;

    // The first failure wins; later ones are ignored.
    virtual void fail(const QString &what);
    virtual void failXml();
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    static inline const QString XsiNs = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

    bool isVim(QStringView name) const;
    // The current element's xsi:type without its prefix: "VirtualDisk".
    QString xsiType() const;
    // Advances to the next start element of the current element; false at its end or on error.
    bool nextStart();
    // The same, skipping the elements not called name.
    bool nextStart(QStringView name);
    // Skips the rest of the current element.
    void skip();
    // The text of the current (leaf) element, bounded; stops at its end.
    QString readText();

    // For a parser that walks tokens itself: entering an element (false, failed, when it nests
    // too deep), leaving one, and how deep the walk is.
    bool enter();
    void leave() { --m_depth; }
    int depth() const { return m_depth; }
    void failTooLong();

    QXmlStreamReader m_reader;

private:
    bool isSoap(QStringView name) const;
    void readEnvelope();
    void readBody();
    void readFault();
    void readToEnd();

    int m_depth = 0;
    QString m_error;
};

} // namespace Vantage
