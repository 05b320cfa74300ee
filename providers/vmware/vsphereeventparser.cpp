#include "providers/vmware/vsphereeventparser.h"

#include "providers/vmware/inventory/boundedsoapreader.h"

#include <QDateTime>
#include <QXmlStreamReader>

namespace Vantage {

namespace {

class Reader final : public BoundedSoapReader
{
public:
    explicit Reader(QByteArrayView xml) : BoundedSoapReader(xml.toByteArray()) {}

    VsphereEventPage run()
    {
        readAnswer();
        m_page.error = error();
        if (!m_page.ok())
            m_page.events.clear();
        return m_page;
    }

private:
    bool readResponse() override
    {
        if (isVim(u"ReadNextEventsResponse"))
            readEvents(u"returnval");
        else if (isVim(u"RetrievePropertiesExResponse"))
            readLatestPage({u"returnval", u"objects", u"propSet", u"val"});
        else
            return false;
        return true;
    }

    QString foreignAnswer() const override
    {
        return VsphereEventParser::tr("The answer is %1, not a list of events.")
            .arg(m_reader.name().toString());
    }

    void refused(const SoapFault &fault) override
    {
        m_page.faultType = fault.type;
        fail(VsphereEventParser::tr("The vCenter refused to read events (%1): %2")
                 .arg(fault.type, fault.text));
    }

    // returnval/objects/propSet/val of a latestPage retrieval holds the events.
    void readLatestPage(QList<QStringView> path)
    {
        if (path.isEmpty()) {
            readEvents({});
            return;
        }
        const QStringView step = path.takeFirst();
        while (nextStart()) {
            if (m_reader.name() == step)
                readLatestPage(path);
            else
                skip();
        }
    }

    // Each child named element (any name when empty) is one event.
    void readEvents(QStringView element)
    {
        while (nextStart()) {
            if (!element.isEmpty() && m_reader.name() != element) {
                skip();
                continue;
            }
            if (m_page.events.size() >= VsphereEventParser::MaxEvents) {
                fail(VsphereEventParser::tr("The answer holds more than %1 events.")
                         .arg(VsphereEventParser::MaxEvents));
                return;
            }
            readEvent();
        }
    }

    void readEvent()
    {
        VsphereEvent event;
        event.type = xsiType();
        while (nextStart()) {
            const QStringView name = m_reader.name();
            if (name == u"key") {
                event.key = readText().toLongLong();
            } else if (name == u"chainId") {
                event.chainId = readText().toLongLong();
            } else if (name == u"createdTime") {
                const QDateTime time = QDateTime::fromString(readText(), Qt::ISODateWithMs);
                event.createdMs = time.isValid() ? time.toMSecsSinceEpoch() : 0;
            } else if (name == u"userName") {
                event.userName = readText();
            } else if (name == u"fullFormattedMessage") {
                event.message = readText();
            } else if (name == u"vm") {
                readEntity(u"vm", &event.vmRef, &event.vmName);
            } else if (name == u"host") {
                readEntity(u"host", &event.hostRef, &event.hostName);
            } else {
                skip();
            }
        }
        if (failed())
            return;
        if (event.type.isEmpty() || event.key <= 0) {
            fail(VsphereEventParser::tr("An event has no type or no key."));
            return;
        }
        m_page.events.append(event);
    }

    // VmEventArgument / HostEventArgument: <name> and the moref under the element's own name.
    void readEntity(QStringView refElement, QString *ref, QString *name)
    {
        while (nextStart()) {
            if (m_reader.name() == refElement)
                *ref = readText();
            else if (m_reader.name() == u"name")
                *name = readText();
            else
                skip();
        }
    }

    VsphereEventPage m_page;
};

} // namespace

VsphereEventPage VsphereEventParser::parse(QByteArrayView xml)
{
    return Reader(xml).run();
}

} // namespace Vantage
