#include "tests/support/benchmark.h"

#include <QFile>

#include <algorithm>
#include <cstdio>

namespace Vantage {

void printFigure(const QString &name, double value, const char *unit)
{
    std::printf("FIGURE %s %.3f %s\n", qPrintable(name), value, unit);
    std::fflush(stdout);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * values.size())));
}

double peakRssMib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    // A /proc file has no size, so atEnd() is true at once: read it whole.
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).simplified().split(' ').value(0).toDouble() / 1024.0; // kB
    }
    return -1;
}

QString InertProviderType::managerKind() const
{
    return QString::fromLatin1(ManagerKind::Infrastructure);
}

EndpointDescription InertProviderType::endpointDescription() const
{
    return {QStringLiteral("URI"), QStringLiteral("bench://"), false, false};
}

std::shared_ptr<ManagerSession> InertProviderType::connect(const ManagerConfig &,
                                                           ProviderError *error) const
{
    error->message = QStringLiteral("A benchmark's provider is never connected.");
    return {};
}

} // namespace Vantage
