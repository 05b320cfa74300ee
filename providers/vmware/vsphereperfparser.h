#pragma once

#include "providers/vmware/inventory/boundedsoapreader.h"
#include "providers/vmware/inventory/vsphereobject.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Vantage {

// One PerfCounterInfo of a PerformanceManager's perfCounter property, reduced to what names it.
struct VspherePerfCounter
{
    int key = 0;
    QString group;  // groupInfo.key: "cpu", "mem", "disk", "net", ...
    QString name;   // nameInfo.key: "usage", "read", "numberReadAveraged", ...
    QString rollup; // rollupType: "average", "maximum", "none", ...
    QString unit;   // unitInfo.key: "percent", "kiloBytesPerSecond", "number", ...

    // "cpu.usage.average", as vSphere's documentation names counters.
    QString fullName() const;
};

// One series of a PerfEntityMetric: a counter of one instance ("" is the aggregate), a value per
// sample of its entity, in the entity's sample order; -1 (or no value at all for the last
// samples) is vSphere's "no value".
struct VspherePerfSeries
{
    int counterId = 0;
    QString instance;
    QList<qint64> values;
};

// One entity's part of a QueryPerf answer (format "normal").
struct VspherePerfEntityMetric
{
    VsphereMoref entity;
    QList<qint64> timestampsMs; // sampleInfo.timestamp: the end of each sample's interval
    QList<int> intervalsS;      // sampleInfo.interval, the same length
    QList<VspherePerfSeries> series;
};

struct VspherePerfAnswer
{
    QList<VspherePerfCounter> counters;      // of a perfCounter retrieval
    QList<VspherePerfEntityMetric> entities; // of a QueryPerf
    QString faultType;                       // the server's fault, when it sent one
    QString error;                           // for people (translated); empty on success
    bool ok() const { return error.isEmpty(); }
};

// Reads the PerformanceManager's answers in one streaming pass (QXmlStreamReader, no DOM),
// bounded like the other vSphere parsers: malformed XML, a DTD, a SOAP fault, a foreign answer,
// nesting deeper than MaxDepth, a text longer than MaxTextBytes, more than the Max* counts below,
// a series with more values than its entity has samples, a counter list the server could not
// read (missingSet), or an unreadable number or time give an error and nothing else.
class VspherePerfParser final
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::VspherePerfParser)

public:
    static constexpr int MaxDepth = BoundedSoapReader::MaxDepth;
    static constexpr qsizetype MaxTextBytes = BoundedSoapReader::MaxTextBytes;
    static constexpr qsizetype MaxCounters = 10000;
    static constexpr qsizetype MaxEntities = 1000;
    static constexpr qsizetype MaxSamples = 360; // two hours of realtime samples per entity
    static constexpr qsizetype MaxSeries = 1000; // per entity
    static constexpr qsizetype MaxValues = 1'000'000;

    // A RetrievePropertiesEx answer for PerformanceManager.perfCounter.
    static VspherePerfAnswer parseCounters(QByteArrayView xml);
    // A QueryPerf answer.
    static VspherePerfAnswer parseQueryPerf(QByteArrayView xml);
};

} // namespace Vantage
