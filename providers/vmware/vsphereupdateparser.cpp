#include "providers/vmware/vsphereupdateparser.h"

namespace Vantage {

namespace {

class Reader final : public BoundedSoapReader
{
public:
    explicit Reader(QByteArrayView xml) : BoundedSoapReader(xml.toByteArray()) {}

    VsphereUpdateSet run()
    {
        if (!nextStart() || !isSoap(u"Envelope"))
            fail(VsphereUpdateParser::tr("The answer is not a SOAP envelope."));
        else
            readEnvelope();
        readToEnd();
        if (!m_set.ok()) {
            m_set.objects.clear();
            m_set.version.clear();
        }
        return m_set;
    }

private:
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
        if (m_set.ok() && !sawBody && !m_reader.hasError())
            fail(VsphereUpdateParser::tr("The SOAP envelope has no body."));
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
            } else if (isVim(u"WaitForUpdatesExResponse")) {
                sawAnswer = true;
                readResponse();
            } else {
                fail(VsphereUpdateParser::tr("The answer is %1, not a set of property updates.")
                         .arg(m_reader.name().toString()));
            }
        }
        if (m_set.ok() && !sawAnswer && !m_reader.hasError())
            fail(VsphereUpdateParser::tr("The SOAP body is empty."));
    }

    void readFault()
    {
        QString text;
        while (nextStart()) {
            if (m_reader.name() == u"faultstring") {
                text = readText();
            } else if (m_reader.name() == u"detail") {
                while (nextStart()) {
                    if (m_set.faultType.isEmpty()) {
                        QString element = m_reader.name().toString();
                        if (element.endsWith(u"Fault"))
                            element.chop(5);
                        m_set.faultType = element;
                    }
                    skip();
                }
            } else {
                skip();
            }
        }
        fail(VsphereUpdateParser::tr("The vCenter refused to report changes (%1): %2")
                 .arg(m_set.faultType, text));
    }

    // No returnval: the wait timed out with nothing to report.
    void readResponse()
    {
        while (nextStart()) {
            if (m_reader.name() == u"returnval")
                readUpdateSet();
            else
                skip();
        }
    }

    void readUpdateSet()
    {
        while (nextStart()) {
            const QStringView name = m_reader.name();
            if (name == u"version") {
                m_set.version = readText();
            } else if (name == u"truncated") {
                m_set.truncated = readText() == u"true";
            } else if (name == u"filterSet") {
                readFilterUpdate();
            } else {
                skip();
            }
        }
        if (m_set.ok() && m_set.version.isEmpty())
            fail(VsphereUpdateParser::tr("The set of property updates has no version."));
    }

    void readFilterUpdate()
    {
        while (nextStart()) {
            if (m_reader.name() != u"objectSet") {
                skip();
                continue;
            }
            if (m_set.objects.size() >= VsphereUpdateParser::MaxObjectUpdates) {
                fail(VsphereUpdateParser::tr("The answer holds more than %1 object updates.")
                         .arg(VsphereUpdateParser::MaxObjectUpdates));
                return;
            }
            readObjectUpdate();
        }
    }

    void readObjectUpdate()
    {
        VsphereObjectUpdate update;
        QString kind;
        while (nextStart()) {
            const QStringView name = m_reader.name();
            if (name == u"kind") {
                kind = readText();
            } else if (name == u"obj") {
                update.object.type = m_reader.attributes().value(QLatin1String("type")).toString();
                update.object.value = readText();
            } else {
                skip(); // changeSet and missingSet: the refresh reads the object itself
            }
        }
        if (!m_set.ok())
            return;
        if (kind == u"enter") {
            update.kind = VsphereObjectUpdate::Kind::Enter;
        } else if (kind == u"modify") {
            update.kind = VsphereObjectUpdate::Kind::Modify;
        } else if (kind == u"leave") {
            update.kind = VsphereObjectUpdate::Kind::Leave;
        } else {
            fail(VsphereUpdateParser::tr("An object update has the unknown kind \"%1\".")
                     .arg(kind.left(40)));
            return;
        }
        if (update.object.type.isEmpty() || update.object.isNull()) {
            fail(VsphereUpdateParser::tr("An object update names no object."));
            return;
        }
        m_set.objects.append(update);
    }

    bool failed() const override { return !m_set.ok(); }

    void failXml() override
    {
        fail(VsphereUpdateParser::tr("The answer is not well-formed XML at line %1, column %2: %3")
                 .arg(m_reader.lineNumber())
                 .arg(m_reader.columnNumber())
                 .arg(m_reader.errorString()));
    }

    void fail(const QString &message) override
    {
        if (m_set.error.isEmpty())
            m_set.error = message;
    }

    VsphereUpdateSet m_set;
};

} // namespace

VsphereUpdateSet VsphereUpdateParser::parse(QByteArrayView xml)
{
    return Reader(xml).run();
}

} // namespace Vantage
