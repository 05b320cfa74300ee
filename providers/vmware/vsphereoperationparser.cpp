#include "providers/vmware/vsphereoperationparser.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

namespace Vantage {

namespace {

class Reader final : public BoundedSoapReader
{
public:
    explicit Reader(QByteArrayView xml) : BoundedSoapReader(xml.toByteArray()) {}

    VsphereProperties run()
    {
        readAnswer();
        if (!failed())
            return m_out;
        VsphereProperties failure;
        failure.faultType = m_out.faultType;
        failure.error = error();
        return failure;
    }

private:
    // A moref's own type attribute (not xsi:type).
    QString morefType() const
    {
        for (const QXmlStreamAttribute &attribute : m_reader.attributes()) {
            if (attribute.name() == u"type" && attribute.namespaceUri() != XsiNs)
                return attribute.value().toString();
        }
        return {};
    }

    // returnval/objects: only the first object is read; the callers ask about one.
    bool readResponse() override
    {
        if (!isVim(u"RetrievePropertiesExResponse"))
            return false;
        while (nextStart(u"returnval")) {
            while (nextStart()) {
                if (m_reader.name() == u"objects" && !m_out.found) {
                    m_out.found = true;
                    readObject();
                } else {
                    skip();
                }
            }
        }
        return true;
    }

    QString foreignAnswer() const override
    {
        return VsphereOperationParser::tr("The answer is %1, not a list of properties.")
            .arg(m_reader.name().toString());
    }

    void refused(const SoapFault &fault) override
    {
        m_out.faultType = fault.type;
        fail(VsphereOperationParser::tr("The vCenter refused to read properties (%1): %2")
                 .arg(fault.type, fault.text));
    }

    void readObject()
    {
        while (nextStart(u"propSet")) {
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
