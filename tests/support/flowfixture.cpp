#include "tests/support/flowfixture.h"

#include "core/database.h"
#include "core/eventhandler.h"
#include "core/supervisor.h"

#include <QDir>
#include <QSqlQuery>

namespace Vantage {

QVariant scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(Database::connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

qint64 addProviderManager(const ProviderSpec &provider, QString *error)
{
    const auto providerId = ProviderStore::addProvider(provider, error);
    if (!providerId)
        return 0;
    const auto managers = ProviderStore::managersOf(*providerId);
    if (managers.isEmpty()) {
        *error = QStringLiteral("The provider was added without a manager.");
        return 0;
    }
    return managers.first().id;
}

qint64 databaseWithProvider(const QString &directory, const ProviderSpec &provider, QString *error)
{
    if (!Database::initialize(QDir(directory).filePath(QStringLiteral("vantage.sqlite")), error))
        return 0;
    return addProviderManager(provider, error);
}

void setEventHandlerDebounce(Supervisor &supervisor, std::chrono::milliseconds debounce)
{
    supervisor.setWorkerFactory(QString::fromLatin1(WorkerKind::EventHandler),
                                [debounce](qint64, const WorkerContext &context) -> Worker * {
                                    auto *handler = new EventHandler(context.inbox, context.queue);
                                    handler->setDebounce(debounce);
                                    return handler;
                                });
}

} // namespace Vantage
