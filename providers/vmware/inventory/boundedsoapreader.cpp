#include "providers/vmware/inventory/boundedsoapreader.h"

namespace Vantage {

namespace {
const QString SoapNs = QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/");
const QString VimNs = QStringLiteral("urn:vim25");
} // namespace

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
