#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QXmlStreamReader>

class QIODevice;

namespace Vantage {

// The bounded walk over a vSphere SOAP answer that every parser of ours shares: element by
// element, refusing a DTD (which also shuts out entity expansion), nesting deeper than MaxDepth
// and texts longer than MaxTextBytes. A parser derives from it, reads its own elements with
// nextStart(), skip() and readText(), and says how a failure is recorded.
class BoundedSoapReader
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::BoundedSoapReader)

public:
    static constexpr int MaxDepth = 32;
    static constexpr qsizetype MaxTextBytes = 64 * 1024;

protected:
    explicit BoundedSoapReader(QIODevice *device) : m_reader(device) {}
    explicit BoundedSoapReader(const QByteArray &xml) : m_reader(xml) {}
    virtual ~BoundedSoapReader() = default;

    // The first failure wins; later ones are ignored.
    virtual void fail(const QString &what) = 0;
    virtual void failXml() = 0;
    virtual bool failed() const = 0;

    bool isSoap(QStringView name) const;
    bool isVim(QStringView name) const;
    // Advances to the next start element of the current element; false at its end or on error.
    bool nextStart();
    // Skips the rest of the current element.
    void skip();
    // The text of the current (leaf) element, bounded; stops at its end.
    QString readText();
    // Reads to the end: a truncated or malformed tail spoils the whole answer.
    void readToEnd();

    // For a parser that walks tokens itself: entering an element (false, failed, when it nests
    // too deep), leaving one, and how deep the walk is.
    bool enter();
    void leave() { --m_depth; }
    int depth() const { return m_depth; }
    void failTooLong();

    QXmlStreamReader m_reader;

private:
    int m_depth = 0;
};

} // namespace Vantage
