#include "providers/vmware/vsphereeventparser.h"

#include "providers/vmware/inventory/boundedsoapreader.h"

#include <QDateTime>
#include <QXmlStreamReader>

namespace Vantage {

namespace {

const QString XsiNs = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

class Reader final : public BoundedSoapReader
{
public:
    explicit Reader(QByteArrayView xml) : BoundedSoapReader(xml.toByteArray()) {}

    VsphereEventPage run()
    {
        if (!nextStart() || !isSoap(u"Envelope"))
            fail(VsphereEventParser::tr("The answer is not a SOAP envelope."));
        else
            readEnvelope();
        readToEnd();
        if (!m_page.error.isEmpty())
            m_page.events.clear();
        return m_page;
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
        if (m_page.error.isEmpty() && !sawBody && !m_reader.hasError())
            fail(VsphereEventParser::tr("The SOAP envelope has no body."));
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
            } else if (isVim(u"ReadNextEventsResponse")) {
                sawAnswer = true;
                readEvents(u"returnval");
            } else if (isVim(u"RetrievePropertiesExResponse")) {
                sawAnswer = true;
                readLatestPage({u"returnval", u"objects", u"propSet", u"val"});
            } else {
                fail(VsphereEventParser::tr("The answer is %1, not a list of events.")
                         .arg(m_reader.name().toString()));
            }
        }
        if (m_page.error.isEmpty() && !sawAnswer && !m_reader.hasError())
            fail(VsphereEventParser::tr("The SOAP body is empty."));
    }

    void readFault()
    {
        QString text;
        while (nextStart()) {
            if (m_reader.name() == u"faultstring") {
                text = readText();
            } else if (m_reader.name() == u"detail") {
                while (nextStart()) {
                    if (m_page.faultType.isEmpty()) {
                        QString element = m_reader.name().toString();
                        if (element.endsWith(u"Fault"))
                            element.chop(5);
                        m_page.faultType = element;
                    }
                    skip();
                }
            } else {
                skip();
            }
        }
        if (m_page.error.isEmpty())
            fail(VsphereEventParser::tr("The vCenter refused to read events (%1): %2")
                     .arg(m_page.faultType, text));
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
        QStringView type = m_reader.attributes().value(XsiNs, QLatin1String("type"));
        if (const qsizetype colon = type.indexOf(u':'); colon >= 0)
            type = type.mid(colon + 1);
        event.type = type.toString();
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
        if (!m_page.error.isEmpty())
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

    bool failed() const override { return !m_page.error.isEmpty(); }

    void failXml() override
    {
        fail(VsphereEventParser::tr("The answer is not well-formed XML at line %1, column %2: %3")
                 .arg(m_reader.lineNumber())
                 .arg(m_reader.columnNumber())
                 .arg(m_reader.errorString()));
    }

    void fail(const QString &message) override
    {
        if (m_page.error.isEmpty())
            m_page.error = message;
    }

    VsphereEventPage m_page;
};

} // namespace

VsphereEventPage VsphereEventParser::parse(QByteArrayView xml)
{
    return Reader(xml).run();
}

} // namespace Vantage
