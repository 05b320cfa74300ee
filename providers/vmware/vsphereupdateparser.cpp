#include "providers/vmware/vsphereupdateparser.h"

namespace Vantage {

namespace {

class Reader final : public BoundedSoapReader
{
public:
    explicit Reader(QByteArrayView xml) : BoundedSoapReader(xml.toByteArray()) {}

    VsphereUpdateSet run()
    {
        readAnswer();
        m_set.error = error();
        if (!m_set.ok()) {
            m_set.objects.clear();
            m_set.version.clear();
        }
        return m_set;
    }

private:
    // No returnval: the wait timed out with nothing to report.
    bool readResponse() override
    {
        if (!isVim(u"WaitForUpdatesExResponse"))
            return false;
        while (nextStart()) {
            if (m_reader.name() == u"returnval")
                readUpdateSet();
            else
                skip();
        }
        return true;
    }

    QString foreignAnswer() const override
    {
        return VsphereUpdateParser::tr("The answer is %1, not a set of property updates.")
            .arg(m_reader.name().toString());
    }

    void refused(const SoapFault &fault) override
    {
        m_set.faultType = fault.type;
        fail(VsphereUpdateParser::tr("The vCenter refused to report changes (%1): %2")
                 .arg(fault.type, fault.text));
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
        if (!failed() && m_set.version.isEmpty())
            fail(VsphereUpdateParser::tr("The set of property updates has no version."));
    }

    void readFilterUpdate()
    {
        while (nextStart(u"objectSet")) {
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
        if (failed())
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

    VsphereUpdateSet m_set;
};

} // namespace

VsphereUpdateSet VsphereUpdateParser::parse(QByteArrayView xml)
{
    return Reader(xml).run();
}

} // namespace Vantage
