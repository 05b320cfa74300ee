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
        readAnswer();
        m_result.error = error();
        if (!m_result.ok()) {
            m_result.counters.clear();
            m_result.entities.clear();
        }
        return m_result;
    }

private:
    QStringView expectedResponse() const
    {
        return m_answer == Answer::Counters ? QStringView(u"RetrievePropertiesExResponse")
                                            : QStringView(u"QueryPerfResponse");
    }

    bool readResponse() override
    {
        if (!isVim(expectedResponse()))
            return false;
        if (m_answer == Answer::Counters)
            readCounterPath({u"returnval", u"objects", u"propSet", u"val"});
        else
            readEntities();
        return true;
    }

    QString foreignAnswer() const override
    {
        return VspherePerfParser::tr("The answer is %1, not %2.")
            .arg(m_reader.name().toString(), expectedResponse().toString());
    }

    void refused(const SoapFault &fault) override
    {
        m_result.faultType = fault.type;
        fail(fault.text.isEmpty()
                 ? VspherePerfParser::tr("The vCenter refused to report performance data (%1).")
                       .arg(fault.type)
                 : VspherePerfParser::tr("The vCenter refused to report performance data (%1): %2")
                       .arg(fault.type, fault.text));
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
        while (nextStart(u"fault")) {
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
        while (nextStart(u"PerfCounterInfo")) {
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
        while (nextStart(u"returnval")) {
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
