#include "providers/vmware/vsphereoperationparser.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

namespace Vantage {

namespace {

const QString XsiNs = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

class Reader final : public BoundedSoapReader
{
public:
    explicit Reader(QByteArrayView xml) : BoundedSoapReader(xml.toByteArray()) {}

    VsphereProperties run()
    {
        if (!nextStart() || !isSoap(u"Envelope"))
            fail(VsphereOperationParser::tr("The answer is not a SOAP envelope."));
        else
            readEnvelope();
        readToEnd();
        if (!m_out.error.isEmpty()) {
            const QString faultType = m_out.faultType;
            const QString error = m_out.error;
            m_out = {};
            m_out.faultType = faultType;
            m_out.error = error;
        }
        return m_out;
    }

private:
    QString xsiType() const
    {
        QStringView type = m_reader.attributes().value(XsiNs, QLatin1String("type"));
        return type.mid(type.indexOf(u':') + 1).toString();
    }

    // A moref's own type attribute (not xsi:type).
    QString morefType() const
    {
        for (const QXmlStreamAttribute &attribute : m_reader.attributes()) {
            if (attribute.name() == u"type" && attribute.namespaceUri() != XsiNs)
                return attribute.value().toString();
        }
        return {};
    }

    void readEnvelope()
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
            fail(VsphereOperationParser::tr("The SOAP envelope has no body."));
    }

    void readBody()
    {
        bool sawAnswer = false;
        while (nextStart()) {
            if (sawAnswer) {
                skip();
            } else if (isSoap(u"Fault")) {
                sawAnswer = true;
                readFault();
            } else if (isVim(u"RetrievePropertiesExResponse")) {
                sawAnswer = true;
                readResponse();
            } else {
                fail(VsphereOperationParser::tr("The answer is %1, not a list of properties.")
                         .arg(m_reader.name().toString()));
            }
        }
        if (!failed() && !sawAnswer && !m_reader.hasError())
            fail(VsphereOperationParser::tr("The SOAP body is empty."));
    }

    void readFault()
    {
        QString text;
        while (nextStart()) {
            if (m_reader.name() == u"faultstring") {
                text = readText();
            } else if (m_reader.name() == u"detail") {
                while (nextStart()) {
                    if (m_out.faultType.isEmpty()) {
                        QString element = m_reader.name().toString();
                        if (element.endsWith(u"Fault"))
                            element.chop(5);
                        m_out.faultType = element;
                    }
                    skip();
                }
            } else {
                skip();
            }
        }
        fail(VsphereOperationParser::tr("The vCenter refused to read properties (%1): %2")
                 .arg(m_out.faultType, text));
    }

    // returnval/objects: only the first object is read; the callers ask about one.
    void readResponse()
    {
        while (nextStart()) {
            if (m_reader.name() != u"returnval") {
                skip();
                continue;
            }
            while (nextStart()) {
                if (m_reader.name() == u"objects" && !m_out.found) {
                    m_out.found = true;
                    readObject();
                } else {
                    skip();
                }
            }
        }
    }

    void readObject()
    {
        while (nextStart()) {
            if (m_reader.name() != u"propSet") {
                skip();
                continue;
            }
            QString name;
            while (nextStart()) {
                if (m_reader.name() == u"name") {
                    name = readText();
                } else if (m_reader.name() == u"val" && !name.isEmpty()) {
                    if (name == u"config.hardware.device")
                        readDevices();
                    else
                        readValue(name);
                } else {
                    skip();
                }
            }
        }
    }

    // Flattens a value: a leaf's text under path, a moref's type under path@type, a complex
    // value's xsi:type under path@xsitype and its children under path.child; the items of an
    // ArrayOf... value into lists[path].
    void readValue(const QString &path)
    {
        const QString type = xsiType();
        if (const QString moref = morefType(); !moref.isEmpty())
            m_out.values.insert(path + u"@type", moref);
        if (type.startsWith(u"ArrayOf")) {
            QStringList &items = m_out.lists[path];
            while (nextStart()) {
                if (items.size() >= VsphereOperationParser::MaxDevices) {
                    fail(VsphereOperationParser::tr("The answer lists more than %1 items.")
                             .arg(VsphereOperationParser::MaxDevices));
                    return;
                }
                items.append(readText());
            }
            return;
        }
        QString text;
        bool complex = false;
        while (!failed()) {
            const QXmlStreamReader::TokenType token = m_reader.readNext();
            if (token == QXmlStreamReader::Characters) {
                if (text.size() + m_reader.text().size() > MaxTextBytes) {
                    failTooLong();
                    return;
                }
                text += m_reader.text();
            } else if (token == QXmlStreamReader::StartElement) {
                if (!enter())
                    return;
                complex = true;
                readValue(path + u'.' + m_reader.name());
            } else if (token == QXmlStreamReader::EndElement) {
                leave();
                break;
            } else if (token == QXmlStreamReader::Invalid) {
                failXml();
            } else if (token == QXmlStreamReader::DTD) {
                fail(tr("The answer holds a document type declaration."));
            } else if (token == QXmlStreamReader::EndDocument) {
                break;
            }
        }
        if (!type.isEmpty())
            m_out.values.insert(path + u"@xsitype", type);
        if (!complex)
            m_out.values.insert(path, text);
    }

    void readDevices()
    {
        while (nextStart()) {
            if (m_out.devices.size() >= VsphereOperationParser::MaxDevices) {
                fail(VsphereOperationParser::tr("The VM has more than %1 devices.")
                         .arg(VsphereOperationParser::MaxDevices));
                return;
            }
            VsphereDevice device;
            device.type = xsiType();
            // The type goes back into requests as an attribute: only a type name is taken.
            static const QRegularExpression typeName(QStringLiteral("^[A-Za-z][A-Za-z0-9_]*$"));
            if (!typeName.match(device.type).hasMatch()) {
                fail(VsphereOperationParser::tr("A device's type “%1” is not a vSphere type name.")
                         .arg(device.type.left(64)));
                return;
            }
            while (nextStart()) {
                const QStringView name = m_reader.name();
                if (name == u"key")
                    device.key = readText().toInt();
                else if (name == u"controllerKey")
                    device.controllerKey = readText().toInt();
                else if (name == u"unitNumber")
                    device.unitNumber = readText().toInt();
                else if (name == u"busNumber")
                    device.busNumber = readText().toInt();
                else if (name == u"capacityInKB")
                    device.capacityKb = readText().toLongLong();
                else if (name == u"macAddress")
                    device.macAddress = readText();
                else if (name == u"deviceInfo")
                    readChild(u"label", &device.label);
                else if (name == u"backing")
                    readChild(u"fileName", &device.backingFile);
                else
                    skip();
            }
            if (!failed())
                m_out.devices.append(device);
        }
    }

    void readChild(QStringView child, QString *text)
    {
        while (nextStart()) {
            if (m_reader.name() == child)
                *text = readText();
            else
                skip();
        }
    }

    bool failed() const override { return !m_out.error.isEmpty(); }

    void failXml() override
    {
        fail(VsphereOperationParser::tr(
                 "The answer is not well-formed XML at line %1, column %2: %3")
                 .arg(m_reader.lineNumber())
                 .arg(m_reader.columnNumber())
                 .arg(m_reader.errorString()));
    }

    void fail(const QString &message) override
    {
        if (m_out.error.isEmpty())
            m_out.error = message;
    }

    VsphereProperties m_out;
};

} // namespace

VsphereProperties VsphereOperationParser::properties(QByteArrayView xml)
{
    return Reader(xml).run();
}

bool VsphereOperationParser::taskInfo(QByteArrayView xml, VsphereTaskInfo *info, QString *error)
{
    const VsphereProperties read = properties(xml);
    if (!read.ok()) {
        *error = read.error;
        return false;
    }
    const QString state = read.value(QStringLiteral("info.state"));
    if (state == u"queued") {
        info->state = VsphereTaskInfo::State::Queued;
    } else if (state == u"running") {
        info->state = VsphereTaskInfo::State::Running;
    } else if (state == u"success") {
        info->state = VsphereTaskInfo::State::Success;
    } else if (state == u"error") {
        info->state = VsphereTaskInfo::State::Error;
    } else {
        *error = read.found ? tr("The task's state “%1” is not one vSphere defines.").arg(state)
                            : tr("The answer holds no task.");
        return false;
    }
    bool ok = false;
    const int progress = read.value(QStringLiteral("info.progress")).toInt(&ok);
    info->progress = ok ? std::clamp(progress, 0, 100) : -1;
    info->result = read.value(QStringLiteral("info.result"));
    info->resultType = read.value(QStringLiteral("info.result@type"));
    info->faultType = read.value(QStringLiteral("info.error.fault@xsitype"));
    info->errorMessage = read.value(QStringLiteral("info.error.localizedMessage"));
    return true;
}

} // namespace Vantage
