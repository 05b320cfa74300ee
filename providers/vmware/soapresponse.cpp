#include "providers/vmware/soapresponse.h"

#include <QXmlStreamReader>

namespace Vantage {

namespace {

// A moref's type attribute, or an xsi:type without its namespace prefix.
QString typeAttribute(const QXmlStreamReader &xml)
{
    for (const QXmlStreamAttribute &attribute : xml.attributes()) {
        if (attribute.name() == u"type") {
            const QStringView value = attribute.value();
            return value.mid(value.indexOf(u':') + 1).toString();
        }
    }
    return {};
}

QString faultTypeOf(const QXmlStreamReader &xml)
{
    // vim25 names the fault in xsi:type; the element itself is "<Type>Fault".
    if (QString type = typeAttribute(xml); !type.isEmpty())
        return type;
    QString name = xml.name().toString();
    if (name.endsWith(u"Fault"))
        name.chop(5);
    return name;
}

} // namespace

bool SoapResponse::parse(const QByteArray &body)
{
    m_parseError.clear();
    m_faultType.clear();
    m_faultString.clear();
    m_leaves.clear();

    QXmlStreamReader xml(body);
    // Names below the Body: [0] is the response or Fault element.
    QStringList stack;
    int bodyDepth = -1;
    int depth = 0;
    bool sawBody = false;
    QString pendingType;
    qsizetype openLeaf = -1; // the leaf whose text is still arriving (entities split it)
    QString faultCode;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement: {
            ++depth;
            openLeaf = -1;
            if (bodyDepth < 0) {
                if (xml.name() == u"Body") {
                    bodyDepth = depth;
                    sawBody = true;
                }
                break;
            }
            stack.append(xml.name().toString());
            if (stack.first() == u"Fault") {
                if (stack.size() == 3 && stack.at(1) == u"detail")
                    m_faultType = faultTypeOf(xml);
                else if (stack.size() == 2 && xml.name() == u"faultstring")
                    m_faultString = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                else if (stack.size() == 2 && xml.name() == u"faultcode")
                    faultCode = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (xml.isEndElement()) {
                    stack.removeLast();
                    --depth;
                }
                break;
            }
            pendingType = typeAttribute(xml);
            break;
        }
        case QXmlStreamReader::Characters:
            if (bodyDepth >= 0 && stack.size() > 1 && stack.first() != u"Fault" &&
                !xml.isWhitespace()) {
                if (openLeaf >= 0) {
                    m_leaves[openLeaf].text += xml.text();
                } else {
                    m_leaves.append({stack.mid(1).join(u'/'), pendingType, xml.text().toString()});
                    openLeaf = m_leaves.size() - 1;
                }
            }
            break;
        case QXmlStreamReader::EndElement:
            openLeaf = -1;
            if (bodyDepth >= 0 && depth == bodyDepth)
                bodyDepth = -2; // past the Body; the rest is the envelope's end
            else if (bodyDepth >= 0 && !stack.isEmpty())
                stack.removeLast();
            --depth;
            break;
        default:
            break;
        }
    }
    if (xml.hasError()) {
        m_parseError = tr("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    if (!sawBody) {
        m_parseError = tr("there is no SOAP body");
        return false;
    }
    if (!m_faultString.isEmpty() && m_faultType.isEmpty())
        m_faultType = faultCode.mid(faultCode.indexOf(u':') + 1);
    return true;
}

QString SoapResponse::text(QStringView path) const
{
    for (const Leaf &leaf : m_leaves) {
        if (leaf.path == path)
            return leaf.text;
    }
    return {};
}

QString SoapResponse::type(QStringView path) const
{
    for (const Leaf &leaf : m_leaves) {
        if (leaf.path == path)
            return leaf.type;
    }
    return {};
}

int SoapResponse::count(QStringView path) const
{
    int n = 0;
    for (const Leaf &leaf : m_leaves)
        n += leaf.path == path ? 1 : 0;
    return n;
}

} // namespace Vantage
