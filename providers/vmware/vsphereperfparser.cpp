#include "providers/vmware/vsphereperfparser.h"

#include <QDateTime>

namespace Vantage {

QString VspherePerfCounter::fullName() const
{
    return group + u'.' + name + u'.' + rollup;
}

namespace {

class Reader final : public BoundedSoapReader
{
public:
    enum class Answer { Counters, QueryPerf };

    Reader(QByteArrayView xml, Answer answer)
        : BoundedSoapReader(xml.toByteArray()), m_answer(answer)
    {}

    VspherePerfAnswer run()
    {
        if (!nextStart() || !isSoap(u"Envelope"))
            fail(VspherePerfParser::tr("The answer is not a SOAP envelope."));
        else
            readEnvelope();
        readToEnd();
        if (!m_result.ok()) {
            m_result.counters.clear();
            m_result.entities.clear();
        }
        return m_result;
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
        if (!failed() && !sawBody && !m_reader.hasError())
            fail(VspherePerfParser::tr("The SOAP envelope has no body."));
    }

    void readBody()
    {
        const QStringView expected = m_answer == Answer::Counters
                                         ? QStringView(u"RetrievePropertiesExResponse")
                                         : QStringView(u"QueryPerfResponse");
        bool sawAnswer = false;
        while (nextStart()) {
            if (sawAnswer) {
                skip();
            } else if (isSoap(u"Fault")) {
                sawAnswer = true;
                readFault();
            } else if (isVim(expected)) {
                sawAnswer = true;
                if (m_answer == Answer::Counters)
                    readCounterPath({u"returnval", u"objects", u"propSet", u"val"});
                else
                    readEntities();
            } else {
                fail(VspherePerfParser::tr("The answer is %1, not %2.")
                         .arg(m_reader.name().toString(), expected.toString()));
            }
        }
        if (!failed() && !sawAnswer && !m_reader.hasError())
            fail(VspherePerfParser::tr("The SOAP body is empty."));
    }

    void readFault()
    {
        QString text;
        while (nextStart()) {
            if (m_reader.name() == u"faultstring") {
                text = readText();
            } else if (m_reader.name() == u"detail") {
                while (nextStart()) {
                    if (m_result.faultType.isEmpty()) {
                        QString element = m_reader.name().toString();
                        if (element.endsWith(u"Fault"))
                            element.chop(5);
                        m_result.faultType = element;
                    }
                    skip();
                }
            } else {
                skip();
            }
        }
        fail(text.isEmpty()
                 ? VspherePerfParser::tr("The vCenter refused to report performance data (%1).")
                       .arg(m_result.faultType)
                 : VspherePerfParser::tr("The vCenter refused to report performance data (%1): %2")
                       .arg(m_result.faultType, text));
    }

    // returnval/objects/propSet/val holds the PerfCounterInfo items.
    void readCounterPath(QList<QStringView> path)
    {
        if (path.isEmpty()) {
            readCounters();
            return;
        }
        const QStringView step = path.takeFirst();
        while (nextStart()) {
            if (m_reader.name() == step)
                readCounterPath(path);
            else if (m_reader.name() == u"missingSet")
                readMissingSet();
            else
                skip();
        }
    }

    // The property could not be read: missingSet/fault/fault names why in its xsi:type.
    void readMissingSet()
    {
        while (nextStart()) {
            if (m_reader.name() != u"fault") {
                skip();
                continue;
            }
            while (nextStart()) {
                if (m_result.faultType.isEmpty()) {
                    for (const QXmlStreamAttribute &attribute : m_reader.attributes()) {
                        if (attribute.name() == u"type") {
                            const QStringView type = attribute.value();
                            m_result.faultType = type.mid(type.indexOf(u':') + 1).toString();
                        }
                    }
                }
                skip();
            }
        }
        fail(VspherePerfParser::tr("The vCenter could not read its performance counters (%1).")
                 .arg(m_result.faultType));
    }

    void readCounters()
    {
        while (nextStart()) {
            if (m_reader.name() != u"PerfCounterInfo") {
                skip();
                continue;
            }
            if (m_result.counters.size() >= VspherePerfParser::MaxCounters) {
                fail(VspherePerfParser::tr("The answer holds more than %1 counters.")
                         .arg(VspherePerfParser::MaxCounters));
                return;
            }
            readCounter();
        }
    }

    void readCounter()
    {
        VspherePerfCounter counter;
        while (nextStart()) {
            const QStringView name = m_reader.name();
            if (name == u"key")
                counter.key = int(number(readText()));
            else if (name == u"nameInfo")
                counter.name = descriptionKey();
            else if (name == u"groupInfo")
                counter.group = descriptionKey();
            else if (name == u"unitInfo")
                counter.unit = descriptionKey();
            else if (name == u"rollupType")
                counter.rollup = readText();
            else
                skip();
        }
        if (failed())
            return;
        if (counter.key <= 0 || counter.group.isEmpty() || counter.name.isEmpty()) {
            fail(VspherePerfParser::tr("A performance counter has no key or no name."));
            return;
        }
        m_result.counters.append(counter);
    }

    // The key of an ElementDescription (nameInfo, groupInfo, unitInfo).
    QString descriptionKey()
    {
        QString key;
        while (nextStart()) {
            if (m_reader.name() == u"key")
                key = readText();
            else
                skip();
        }
        return key;
    }

    void readEntities()
    {
        while (nextStart()) {
            if (m_reader.name() != u"returnval") {
                skip();
                continue;
            }
            if (m_result.entities.size() >= VspherePerfParser::MaxEntities) {
                fail(VspherePerfParser::tr("The answer holds more than %1 entities.")
                         .arg(VspherePerfParser::MaxEntities));
                return;
            }
            readEntity();
        }
    }

    void readEntity()
    {
        VspherePerfEntityMetric metric;
        while (nextStart()) {
            const QStringView name = m_reader.name();
            if (name == u"entity") {
                metric.entity.type =
                    m_reader.attributes().value(QLatin1StringView("type")).toString();
                metric.entity.value = readText();
            } else if (name == u"sampleInfo") {
                if (metric.timestampsMs.size() >= VspherePerfParser::MaxSamples) {
                    fail(VspherePerfParser::tr("An entity has more than %1 samples.")
                             .arg(VspherePerfParser::MaxSamples));
                    return;
                }
                readSampleInfo(&metric);
            } else if (name == u"value") {
                if (metric.series.size() >= VspherePerfParser::MaxSeries) {
                    fail(VspherePerfParser::tr("An entity has more than %1 series.")
                             .arg(VspherePerfParser::MaxSeries));
                    return;
                }
                readSeries(&metric);
            } else {
                skip();
            }
        }
        if (failed())
            return;
        if (metric.entity.isNull()) {
            fail(VspherePerfParser::tr("Performance data names no entity."));
            return;
        }
        // Fewer values than samples are samples without a value (the simulator sends none for a
        // counter it has no data of); more cannot be placed.
        for (const VspherePerfSeries &series : std::as_const(metric.series)) {
            if (series.values.size() > metric.timestampsMs.size()) {
                fail(VspherePerfParser::tr("A series of %1 has %2 values for %3 samples.")
                         .arg(metric.entity.value)
                         .arg(series.values.size())
                         .arg(metric.timestampsMs.size()));
                return;
            }
        }
        m_result.entities.append(metric);
    }

    void readSampleInfo(VspherePerfEntityMetric *metric)
    {
        qint64 timestampMs = -1;
        int interval = 0;
        while (nextStart()) {
            if (m_reader.name() == u"timestamp") {
                const QString text = readText();
                const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
                if (!time.isValid()) {
                    fail(VspherePerfParser::tr("A sample time \"%1\" cannot be read.")
                             .arg(text.left(64)));
                    return;
                }
                timestampMs = time.toMSecsSinceEpoch();
            } else if (m_reader.name() == u"interval") {
                interval = int(number(readText()));
            } else {
                skip();
            }
        }
        if (failed())
            return;
        if (timestampMs < 0) {
            fail(VspherePerfParser::tr("A sample has no time."));
            return;
        }
        metric->timestampsMs.append(timestampMs);
        metric->intervalsS.append(interval);
    }

    void readSeries(VspherePerfEntityMetric *metric)
    {
        VspherePerfSeries series;
        while (nextStart()) {
            if (m_reader.name() == u"id") {
                while (nextStart()) {
                    if (m_reader.name() == u"counterId")
                        series.counterId = int(number(readText()));
                    else if (m_reader.name() == u"instance")
                        series.instance = readText();
                    else
                        skip();
                }
            } else if (m_reader.name() == u"value") {
                if (++m_values > VspherePerfParser::MaxValues) {
                    fail(VspherePerfParser::tr("The answer holds more than %1 values.")
                             .arg(VspherePerfParser::MaxValues));
                    return;
                }
                series.values.append(number(readText()));
            } else {
                skip();
            }
        }
        if (!failed())
            metric->series.append(series);
    }

    // An xsd:int or xsd:long; a failure otherwise.
    qint64 number(const QString &text)
    {
        bool ok = false;
        const qint64 value = text.trimmed().toLongLong(&ok);
        if (!ok && !failed())
            fail(VspherePerfParser::tr("\"%1\" is not a number.").arg(text.left(64)));
        return value;
    }

    bool failed() const override { return !m_result.error.isEmpty(); }

    void failXml() override
    {
        fail(VspherePerfParser::tr("The answer is not well-formed XML at line %1, column %2: %3")
                 .arg(m_reader.lineNumber())
                 .arg(m_reader.columnNumber())
                 .arg(m_reader.errorString()));
    }

    void fail(const QString &message) override
    {
        if (m_result.error.isEmpty())
            m_result.error = message;
    }

    Answer m_answer;
    VspherePerfAnswer m_result;
    qsizetype m_values = 0;
};

} // namespace

VspherePerfAnswer VspherePerfParser::parseCounters(QByteArrayView xml)
{
    return Reader(xml, Reader::Answer::Counters).run();
}

VspherePerfAnswer VspherePerfParser::parseQueryPerf(QByteArrayView xml)
{
    return Reader(xml, Reader::Answer::QueryPerf).run();
}

} // namespace Vantage
