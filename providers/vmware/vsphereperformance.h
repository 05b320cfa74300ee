#pragma once

#include "core/provider.h"
#include "providers/vmware/inventory/vsphereobject.h"
#include "providers/vmware/vsphereperfsamples.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QList>

#include <atomic>
#include <mutex>

namespace Vantage {

class VsphereClient;
struct VsphereError;

// The PerformanceManager's realtime statistics of the running VMs and hosts, as samples in the
// averages form (MetricCounters::averaged): vSphere reports 20 s averages, not counters.
//
// Per session it reads the counter ids once (the perfCounter property) and keeps the list of
// running VMs and hosts, read through a ContainerView and read again every EntityListMaxAgeMs
// (a VM powered on in between is sampled from the next read on) or when vCenter says an entity
// is gone. Each collect() is one QueryPerf per batch of entities, asking for the samples after
// the newest one the last collect() handed over (at most MaxSamplesPerEntity), or for the latest
// one on the first.
class VspherePerformance
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::VspherePerformance)

public:
    // Entities per QueryPerf: vCenter's default maxQueryMetrics, the most it answers in one call
    // where that limit applies.
    static constexpr int DefaultBatchSize = 64;
    static constexpr int MaxSamplesPerEntity = 15; // five minutes: what a late round catches up
    static constexpr qint64 EntityListMaxAgeMs = 5 * 60 * 1000;

    explicit VspherePerformance(VsphereClient &client);

    void setBatchSize(int entities);
    // Thread-safe. On failure *out is left alone.
    bool collect(QList<MetricCounters> *out, ProviderError *error);
    // QueryPerf calls of the last successful collect().
    int lastQueryCount() const { return m_lastQueryCount; }

private:
    struct Entity
    {
        VsphereMoref ref;
        int vcpus = 0;
    };

    bool readCounters(VsphereError *error);
    bool readEntities(VsphereError *error);
    bool queryBatch(const QList<Entity> &batch, QList<MetricCounters> *out, VsphereError *error);
    QByteArray queryPerfMethod(const QList<Entity> &batch) const;

    VsphereClient &m_client;
    std::mutex m_mutex; // one collect() at a time: the members below are its cache
    int m_batchSize = DefaultBatchSize;
    QString m_perfManager;
    QHash<int, VspherePerfSamples::CounterUse> m_uses;
    QList<Entity> m_entities;
    QHash<QString, int> m_vcpus;
    QElapsedTimer m_entitiesRead; // invalid: never read
    qint64 m_newestSampleMs = 0;  // server clock; 0: nothing handed over yet
    std::atomic_int m_lastQueryCount = 0;
};

} // namespace Vantage
