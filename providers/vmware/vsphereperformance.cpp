#include "providers/vmware/vsphereperformance.h"

#include "providers/vmware/inventory/vsphereinventoryparser.h"
#include "providers/vmware/inventory/vsphereinventoryquery.h"
#include "providers/vmware/soapresponse.h"
#include "providers/vmware/vsphereclient.h"

#include <QDateTime>

namespace Vantage {

namespace {

// Objects per RetrievePropertiesEx page of the entity list.
constexpr int EntityPageSize = 1000;

QByteArray serverTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toUtf8();
}

} // namespace

VspherePerformance::VspherePerformance(VsphereClient &client) : m_client(client) {}

void VspherePerformance::setBatchSize(int entities)
{
    std::lock_guard lock(m_mutex);
    m_batchSize = qMax(1, entities);
}

bool VspherePerformance::readCounters(VsphereError *error)
{
    const QString host = m_client.url().host();
    QByteArray answer;
    SoapResponse content;
    // The client's ServiceContent leaves the PerformanceManager out: ask for it here, once.
    if (!m_client.call("<RetrieveServiceContent>" +
                           VsphereClient::moref("_this", QStringLiteral("ServiceInstance"),
                                                QStringLiteral("ServiceInstance")) +
                           "</RetrieveServiceContent>",
                       &answer, error) ||
        !m_client.read(answer, &content, error))
        return false;
    const QString perfManager = content.text(u"returnval/perfManager");
    if (perfManager.isEmpty()) {
        error->kind = VsphereError::Kind::Malformed;
        error->message = tr("%1 has no performance manager, so it reports no metrics.").arg(host);
        error->hint = tr("Charts stay empty for this provider.");
        return false;
    }
    if (!m_client.call(
            "<RetrievePropertiesEx>" +
                VsphereClient::moref("_this", QStringLiteral("PropertyCollector"),
                                     m_client.serviceContent().propertyCollector) +
                "<specSet><propSet><type>PerformanceManager</type><pathSet>perfCounter</pathSet>"
                "</propSet><objectSet>" +
                VsphereClient::moref("obj", QStringLiteral("PerformanceManager"), perfManager) +
                "</objectSet></specSet><options/></RetrievePropertiesEx>",
            &answer, error))
        return false;
    const VspherePerfAnswer counters = VspherePerfParser::parseCounters(answer);
    if (!counters.ok()) {
        error->kind = VsphereError::Kind::Malformed;
        error->faultType = counters.faultType;
        error->message = tr("%1 sent a list of performance counters that cannot be read: %2")
                             .arg(host, counters.error);
        error->hint = tr("Metrics are read again at the next sampling.");
        return false;
    }
    QHash<int, VspherePerfSamples::CounterUse> uses =
        VspherePerfSamples::counterUses(counters.counters);
    if (uses.isEmpty()) {
        error->kind = VsphereError::Kind::Malformed;
        error->message = tr("%1 reports none of the performance counters Vantage charts "
                            "(cpu.usage.average, mem.usage.average, disk and network rates).")
                             .arg(host);
        error->hint = tr("Check the vCenter's statistics level; charts stay empty until then.");
        return false;
    }
    m_perfManager = perfManager;
    m_uses = std::move(uses);
    return true;
}

bool VspherePerformance::readEntities(VsphereError *error)
{
    const VsphereClient::ServiceContent &content = m_client.serviceContent();
    QByteArray answer;
    SoapResponse created;
    if (!m_client.callEnvelope(
            VsphereInventoryQuery::createContainerView(
                {QStringLiteral("ViewManager"), content.viewManager},
                {QStringLiteral("Folder"), content.rootFolder},
                {QStringLiteral("VirtualMachine"), QStringLiteral("HostSystem")}),
            &answer, error) ||
        !m_client.read(answer, &created, error))
        return false;
    const VsphereMoref view{QStringLiteral("ContainerView"), created.text(u"returnval")};
    const VsphereMoref collector{QStringLiteral("PropertyCollector"), content.propertyCollector};

    QList<Entity> entities;
    QHash<QString, int> vcpus;
    const auto add = [&](VsphereObject &&object) {
        const bool on = object.value(u"runtime.powerState") == u"poweredOn";
        if (object.ref.type == u"VirtualMachine" && on) {
            const int cpus = object.value(u"config.hardware.numCPU").toInt();
            entities.append({object.ref, cpus});
            vcpus.insert(object.ref.value, cpus);
        } else if (object.ref.type == u"HostSystem" && on &&
                   object.value(u"runtime.connectionState") == u"connected") {
            const int threads = object.value(u"summary.hardware.numCpuThreads").toInt();
            entities.append({object.ref, threads});
            vcpus.insert(object.ref.value, threads);
        }
    };
    QByteArray request = VsphereInventoryQuery::retrieveProperties(
        collector, view, EntityPageSize,
        {{QStringLiteral("VirtualMachine"),
          {QStringLiteral("runtime.powerState"), QStringLiteral("config.hardware.numCPU")}},
         {QStringLiteral("HostSystem"),
          {QStringLiteral("runtime.powerState"), QStringLiteral("runtime.connectionState"),
           QStringLiteral("summary.hardware.numCpuThreads")}}});
    bool ok = true;
    while (true) {
        ok = m_client.callEnvelope(request, &answer, error);
        if (!ok)
            break;
        const VsphereRetrieveResult page = VsphereInventoryParser::parse(answer, add);
        if (!page.ok()) {
            error->kind = VsphereError::Kind::Malformed;
            error->faultType = page.faultType;
            error->message = tr("%1 sent a list of VMs and hosts that cannot be read: %2")
                                 .arg(m_client.url().host(), page.error);
            error->hint = tr("Metrics are read again at the next sampling.");
            ok = false;
            break;
        }
        if (page.token.isEmpty())
            break;
        request = VsphereInventoryQuery::continueRetrieveProperties(collector, page.token);
    }
    VsphereError ignored;
    QByteArray unused;
    m_client.callEnvelope(VsphereInventoryQuery::destroyView(view), &unused, &ignored);
    if (!ok)
        return false;
    m_entities = std::move(entities);
    m_vcpus = std::move(vcpus);
    m_entitiesRead.start();
    return true;
}

QByteArray VspherePerformance::queryPerfMethod(const QList<Entity> &batch) const
{
    QByteArray metricIds;
    for (auto it = m_uses.cbegin(); it != m_uses.cend(); ++it) {
        metricIds += "<metricId><counterId>" + QByteArray::number(it.key()) +
                     "</counterId><instance>" + (it->perInstance ? "*" : "") +
                     "</instance></metricId>";
    }
    // After the newest sample handed over (vCenter leaves the one at startTime out), or else
    // only the latest.
    const QByteArray range = m_newestSampleMs > 0
                                 ? "<startTime>" + serverTime(m_newestSampleMs) +
                                       "</startTime><maxSample>" +
                                       QByteArray::number(MaxSamplesPerEntity) + "</maxSample>"
                                 : QByteArray("<maxSample>1</maxSample>");
    QByteArray method =
        "<QueryPerf>" +
        VsphereClient::moref("_this", QStringLiteral("PerformanceManager"), m_perfManager);
    for (const Entity &entity : batch) {
        method += "<querySpec>" +
                  VsphereClient::moref("entity", entity.ref.type, entity.ref.value) + range +
                  metricIds + "<intervalId>" +
                  QByteArray::number(VspherePerfSamples::RealtimeIntervalS) +
                  "</intervalId><format>normal</format></querySpec>";
    }
    return method + "</QueryPerf>";
}

bool VspherePerformance::queryBatch(const QList<Entity> &batch, QList<MetricCounters> *out,
                                    VsphereError *error)
{
    QByteArray answer;
    if (!m_client.call(queryPerfMethod(batch), &answer, error))
        return false;
    const VspherePerfAnswer perf = VspherePerfParser::parseQueryPerf(answer);
    if (!perf.ok()) {
        error->kind = VsphereError::Kind::Malformed;
        error->faultType = perf.faultType;
        error->message = tr("%1 sent performance data that cannot be read: %2")
                             .arg(m_client.url().host(), perf.error);
        error->hint = tr("Metrics are read again at the next sampling.");
        return false;
    }
    out->append(VspherePerfSamples::samples(perf.entities, m_uses, m_vcpus));
    return true;
}

bool VspherePerformance::collect(QList<MetricCounters> *out, ProviderError *error)
{
    std::lock_guard lock(m_mutex);
    VsphereError failure;
    if (m_perfManager.isEmpty() && !readCounters(&failure)) {
        *error = failure;
        return false;
    }
    QList<MetricCounters> result;
    int queries = 0;
    // A VM deleted since the list was read makes vCenter refuse its whole batch: then the list
    // is read again and the round starts over, once.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const bool stale = !m_entitiesRead.isValid() || attempt > 0 ||
                           m_entitiesRead.hasExpired(EntityListMaxAgeMs);
        if (stale && !readEntities(&failure)) {
            *error = failure;
            return false;
        }
        result.clear();
        queries = 0;
        bool ok = true;
        for (qsizetype first = 0; ok && first < m_entities.size(); first += m_batchSize) {
            ok = queryBatch(m_entities.mid(first, m_batchSize), &result, &failure);
            ++queries;
        }
        if (ok)
            break;
        if (attempt > 0 || failure.faultType != u"ManagedObjectNotFound") {
            *error = failure;
            return false;
        }
        failure = {};
    }
    for (const MetricCounters &sample : std::as_const(result))
        m_newestSampleMs = qMax(m_newestSampleMs, sample.timestampMs);
    m_lastQueryCount = queries;
    *out = std::move(result);
    return true;
}

} // namespace Vantage
