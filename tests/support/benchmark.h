#pragma once

#include "core/provider.h"

#include <QList>
#include <QString>

// What every benchmark in tests/bench shares.
namespace Vantage {

// One "FIGURE name value unit" line on standard output, flushed at once.
void printFigure(const QString &name, double value, const char *unit);

// The value below which a fraction p (0..1) of the values lie; 0 for none. p = 0.5: the median.
double percentile(QList<double> values, double p);

// VmHWM (the kernel's peak resident set) from /proc/self/status in MiB; negative when it cannot
// be read.
double peakRssMib();

// A provider type that only gives a benchmark's manager rows a type; it never connects.
class InertProviderType final : public ProviderType
{
public:
    explicit InertProviderType(QString id) : m_id(std::move(id)) {}
    QString id() const override { return m_id; }
    QString displayName() const override { return m_id; }
    QString managerKind() const override;
    EndpointDescription endpointDescription() const override;
    QString validateEndpoint(const QString &) const override { return {}; }
    std::shared_ptr<ManagerSession> connect(const ManagerConfig &,
                                            ProviderError *error) const override;
    VerifyResult verify(const ManagerConfig &) const override { return {}; }

private:
    QString m_id;
};

} // namespace Vantage
