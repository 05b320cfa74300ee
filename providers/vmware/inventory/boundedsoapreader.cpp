#include "providers/vmware/inventory/boundedsoapreader.h"

namespace Vantage {

namespace {
const QString SoapNs = QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/");
const QString VimNs = QStringLiteral("urn:vim25");
} // namespace

void BoundedSoapReader::readAnswer()
{
    if (!nextStart() || !isSoap(u"Envelope"))
        fail(tr("The answer is not a SOAP envelope."));
    else
        readEnvelope();
    readToEnd();
}

void BoundedSoapReader::readEnvelope()
{
    bool sawBody = false;
    while (nextStart()) {
        if (isSoap(u"Body")) {
            sawBody = true;
            readBody();
        } else {
            skip();
        }
    }
    if (!failed() && !sawBody && !m_reader.hasError())
        fail(tr("The SOAP envelope has no body."));
}

// Only the first element of the body counts; what follows it is skipped.
void BoundedSoapReader::readBody()
{
    bool sawAnswer = false;
    while (nextStart()) {
        if (sawAnswer) {
            skip();
        } else if (isSoap(u"Fault")) {
            sawAnswer = true;
            readFault();
        } else if (readResponse()) {
            sawAnswer = true;
        } else {
            fail(foreignAnswer());
        }
    }
    if (!failed() && !sawAnswer && !m_reader.hasError())
        fail(tr("The SOAP body is empty."));
}

void BoundedSoapReader::readFault()
{
    SoapFault fault;
    while (nextStart()) {
        if (m_reader.name() == u"faultstring") {
            fault.text = readText();
        } else if (m_reader.name() == u"detail") {
            while (nextStart()) {
                QString elementType = m_reader.name().toString();
                if (elementType.endsWith(u"Fault"))
                    elementType.chop(5);
                if (fault.type.isEmpty())
                    fault.type = elementType;
                if (fault.xsiType.isEmpty()) {
                    const QStringView xsiType =
                        m_reader.attributes().value(XsiNs, QLatin1String("type"));
                    fault.xsiType = xsiType.isEmpty()
                                        ? elementType
                                        : xsiType.mid(xsiType.indexOf(u':') + 1).toString();
                }
                skip();
            }
        } else {
            skip();
        }
    }
    refused(fault);
}

void BoundedSoapReader::fail(const QString &what)
{
    if (m_error.isEmpty())
        m_error = what;
}

void BoundedSoapReader::failXml()
{
    fail(tr("The answer is not well-formed XML at line %1, column %2: %3")
             .arg(m_reader.lineNumber())
             .arg(m_reader.columnNumber())
             .arg(m_reader.errorString()));
}

bool BoundedSoapReader::isSoap(QStringView name) const
{
    return m_reader.namespaceUri() == SoapNs && m_reader.name() == name;
}

bool BoundedSoapReader::isVim(QStringView name) const
{
    return m_reader.namespaceUri() == VimNs && m_reader.name() == name;
}

bool BoundedSoapReader::nextStart()
{
    while (!failed()) {
        switch (m_reader.readNext()) {
        case QXmlStreamReader::StartElement:
            return enter();
        case QXmlStreamReader::EndElement:
            leave();
            return false;
        case QXmlStreamReader::DTD:
            fail(tr("The answer holds a document type declaration."));
            return false;
        case QXmlStreamReader::Invalid:
            failXml();
            return false;
        case QXmlStreamReader::EndDocument:
            return false;
        default:
            break;
        }
    }
    return false;
}

bool BoundedSoapReader::nextStart(QStringView name)
{
    while (nextStart()) {
        if (m_reader.name() == name)
            return true;
        skip();
    }
    return false;
}

QString BoundedSoapReader::xsiType() const
{
    const QStringView type = m_reader.attributes().value(XsiNs, QLatin1String("type"));
    return type.mid(type.indexOf(u':') + 1).toString();
}

void BoundedSoapReader::skip()
{
    while (nextStart())
        skip();
}

QString BoundedSoapReader::readText()
{
    QString text;
    while (!failed()) {
        const QXmlStreamReader::TokenType token = m_reader.readNext();
        if (token == QXmlStreamReader::Characters) {
            if (text.size() + m_reader.text().size() > MaxTextBytes) {
                failTooLong();
                return {};
            }
            text += m_reader.text();
        } else if (token == QXmlStreamReader::StartElement) {
            if (!enter())
                return {};
            skip();
        } else if (token == QXmlStreamReader::EndElement) {
            leave();
            break;
        } else if (token == QXmlStreamReader::Invalid) {
            failXml();
        } else if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EndDocument) {
            break;
        }
    }
    return text;
}

bool BoundedSoapReader::enter()
{
    if (++m_depth <= MaxDepth)
        return true;
    fail(tr("The answer nests elements deeper than %1.").arg(MaxDepth));
    return false;
}

void BoundedSoapReader::failTooLong()
{
    fail(tr("The answer holds a value longer than %1 characters.").arg(MaxTextBytes));
}

void BoundedSoapReader::readToEnd()
{
    while (!failed() && !m_reader.atEnd())
        m_reader.readNext();
    if (!failed() && m_reader.hasError())
        failXml();
}

} // namespace Vantage
