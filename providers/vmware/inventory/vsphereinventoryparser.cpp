#include "providers/vmware/inventory/vsphereinventoryparser.h"

#include "providers/vmware/inventory/boundedsoapreader.h"

#include <QBuffer>
#include <QHash>
#include <QXmlStreamReader>

namespace Vantage {

namespace {

class Reader final : public BoundedSoapReader
{
public:
    Reader(QIODevice *device, const VsphereInventoryParser::ObjectHandler &onObject)
        : BoundedSoapReader(device), m_onObject(onObject)
    {}

    VsphereRetrieveResult run()
    {
        readAnswer();
        m_result.error = error();
        return m_result;
    }

private:
    bool readResponse() override
    {
        if (!isVim(u"RetrievePropertiesExResponse") &&
            !isVim(u"ContinueRetrievePropertiesExResponse"))
            return false;
        while (nextStart(u"returnval")) {
            while (nextStart()) {
                if (m_reader.name() == u"token")
                    m_result.token = readText();
                else if (m_reader.name() == u"objects")
                    readObject();
                else
                    skip();
            }
        }
        return true;
    }

    QString foreignAnswer() const override
    {
        return VsphereInventoryParser::tr("The answer is %1 in namespace \"%2\", not a "
                                          "property collector's answer.")
            .arg(m_reader.name().toString(), m_reader.namespaceUri().toString());
    }

    void refused(const SoapFault &fault) override
    {
        m_result.faultType = fault.xsiType;
        m_result.faultString = fault.text;
        // NotAuthenticated comes with an empty faultstring: the type alone must then say it.
        const QString &type = m_result.faultType;
        const QString &text = m_result.faultString;
        QString refusal;
        if (type.isEmpty())
            refusal =
                VsphereInventoryParser::tr("The vCenter refused the request: %1")
                    .arg(text.isEmpty() ? VsphereInventoryParser::tr("no reason given") : text);
        else if (text.isEmpty())
            refusal = VsphereInventoryParser::tr("The vCenter refused the request (%1).").arg(type);
        else
            refusal = VsphereInventoryParser::tr("The vCenter refused the request (%1): %2")
                          .arg(type, text);
        // A refusal is a well-formed answer: no line and column, which this fail() would add.
        BoundedSoapReader::fail(refusal);
    }

    void readObject()
    {
        VsphereObject object;
        while (nextStart()) {
            const QStringView name = m_reader.name();
            if (name == u"obj") {
                object.ref.type = m_reader.attributes().value(QLatin1String("type")).toString();
                object.ref.value = readText();
            } else if (name == u"propSet") {
                readProperty(&object);
            } else if (name == u"missingSet") {
                while (nextStart()) {
                    if (m_reader.name() == u"path")
                        object.missingPaths.append(readText());
                    else
                        skip();
                }
            } else {
                skip();
            }
        }
        if (failed())
            return;
        if (object.ref.isNull() || object.ref.type.isEmpty()) {
            fail(VsphereInventoryParser::tr("An object of the answer has no reference."));
            return;
        }
        ++m_result.objectCount;
        if (m_onObject)
            m_onObject(std::move(object));
    }

    void readProperty(VsphereObject *object)
    {
        QString path;
        while (nextStart()) {
            if (m_reader.name() == u"name") {
                path = readText();
            } else if (m_reader.name() == u"val") {
                // The path precedes the value in every answer; a value without one is unusable.
                if (path.isEmpty()) {
                    fail(VsphereInventoryParser::tr("A property value comes without its name."));
                    return;
                }
                readValue(object, path);
            } else {
                skip();
            }
        }
    }

    // The value's element tree, appended to the object's flat node list.
    void readValue(VsphereObject *object, const QString &path)
    {
        QList<VsphereObject::Node> &nodes = object->nodes;
        const auto open = [&](QString name, qint32 parent) {
            if (nodes.size() >= VsphereInventoryParser::MaxNodes) {
                fail(VsphereInventoryParser::tr("An object has more than %1 values.")
                         .arg(VsphereInventoryParser::MaxNodes));
                return false;
            }
            VsphereObject::Node node;
            node.name = std::move(name);
            node.parent = parent;
            const QXmlStreamAttributes attributes = m_reader.attributes();
            QStringView type = attributes.value(QLatin1String("type"));
            if (type.isEmpty())
                type = attributes.value(XsiNs, QLatin1String("type"));
            node.type = intern(type);
            nodes.append(std::move(node));
            return true;
        };
        if (!open(path, -1))
            return;
        qint32 current = qint32(nodes.size() - 1);
        const int valueDepth = depth();
        while (!failed()) {
            const QXmlStreamReader::TokenType token = m_reader.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (!enter())
                    return;
                if (!open(intern(m_reader.name()), current))
                    return;
                current = qint32(nodes.size() - 1);
            } else if (token == QXmlStreamReader::Characters) {
                QString &text = nodes[current].text;
                if (text.size() + m_reader.text().size() > VsphereInventoryParser::MaxTextBytes) {
                    failTooLong();
                    return;
                }
                if (!m_reader.isWhitespace() || !text.isEmpty())
                    text += m_reader.text();
            } else if (token == QXmlStreamReader::EndElement) {
                nodes[current].end = qint32(nodes.size());
                current = nodes[current].parent;
                leave();
                if (depth() + 1 == valueDepth)
                    return;
            } else if (token == QXmlStreamReader::Invalid) {
                failXml();
            } else if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EndDocument) {
                return;
            }
        }
    }

    // Element and type names repeat in every object; one shared copy each keeps 10,000 VMs small.
    QString intern(QStringView name)
    {
        if (name.isEmpty())
            return {};
        QString key = name.toString();
        const auto it = m_names.constFind(key);
        if (it != m_names.constEnd())
            return *it;
        if (m_names.size() < 4096)
            m_names.insert(key, key);
        return key;
    }

    void failXml() override { fail(m_reader.errorString()); }

    // Every failure but the server's refusal says where the answer went wrong.
    void fail(const QString &what) override
    {
        if (failed())
            return;
        BoundedSoapReader::fail(VsphereInventoryParser::tr("The vCenter's answer is malformed at "
                                                           "line %1, column %2: %3")
                                    .arg(m_reader.lineNumber())
                                    .arg(m_reader.columnNumber())
                                    .arg(what));
    }

    const VsphereInventoryParser::ObjectHandler &m_onObject;
    VsphereRetrieveResult m_result;
    QHash<QString, QString> m_names;
};

} // namespace

VsphereRetrieveResult VsphereInventoryParser::parse(QByteArrayView xml,
                                                    const ObjectHandler &onObject)
{
    // No copy: the buffer lives only while parse() runs over the caller's bytes.
    QByteArray bytes = QByteArray::fromRawData(xml.data(), xml.size());
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return parse(&buffer, onObject);
}

VsphereRetrieveResult VsphereInventoryParser::parse(QIODevice *device,
                                                    const ObjectHandler &onObject)
{
    return Reader(device, onObject).run();
}

} // namespace Vantage
