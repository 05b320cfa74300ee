#include "app/demo.h"

#include "core/providerstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace Vantage {

namespace {

QString demoFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo");
}

// libvirt's test driver reads a real file, so the XML leaves the resources; rewritten only when
// the shipped content changed.
bool extract(const QString &resource, const QString &target, QString *error)
{
    QFile source(resource);
    if (!source.open(QIODevice::ReadOnly)) {
        *error = Demo::tr("The demo file %1 is missing from this build.").arg(resource);
        return false;
    }
    const QByteArray content = source.readAll();
    QFile existing(target);
    if (existing.open(QIODevice::ReadOnly) && existing.readAll() == content)
        return true;
    existing.close();
    QFile out(target);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        out.write(content) != content.size()) {
        *error = Demo::tr("Cannot write the demo file %1: %2").arg(target, out.errorString());
        return false;
    }
    return true;
}

} // namespace

QString Demo::providerName()
{
    return QStringLiteral("Demo");
}

QString Demo::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo.sqlite");
}

std::optional<qint64> Demo::ensureProvider(QString *error)
{
    const QString folder = demoFolder();
    if (!QDir().mkpath(folder)) {
        *error = Demo::tr("Cannot create the folder %1 for the demo files.").arg(folder);
        return std::nullopt;
    }
    QStringList uris;
    for (const QString &name :
         QStringList{QStringLiteral("demo-host-a.xml"), QStringLiteral("demo-host-b.xml")}) {
        const QString target = folder + u'/' + name;
        if (!extract(QStringLiteral(":/demo/") + name, target, error))
            return std::nullopt;
        uris << QStringLiteral("test://") + QDir(target).absolutePath();
    }
    if (const auto existing = ProviderStore::providerByName(providerName()))
        return existing->id;
    return ProviderStore::addProvider({providerName(), QStringLiteral("libvirt"), uris, {}, {}},
                                      error);
}

} // namespace Vantage
