#pragma once

#include "core/providerstore.h"
#include "core/supervisor.h"

#include <QString>
#include <QTest>
#include <QVariant>
#include <QVariantList>

#include <chrono>

// What the end-to-end tests (a real database and Supervisor on a provider) share.
namespace Vantage {

// The first column of the first row sql gives on this thread's database connection, values bound
// in order; invalid when the query fails or gives no row.
QVariant scalar(const QString &sql, const QVariantList &values = {});

// Adds provider to the database (credentials to the keyring); the id of its manager, or 0 with
// *error set.
qint64 addProviderManager(const ProviderSpec &provider, QString *error);

// Initializes the database "vantage.sqlite" in directory and adds provider to it; the id of its
// manager, or 0 with *error set.
qint64 databaseWithProvider(const QString &directory, const ProviderSpec &provider, QString *error);

// Gives supervisor the stock event handler, only asking for its refreshes after debounce.
void setEventHandlerDebounce(Supervisor &supervisor, std::chrono::milliseconds debounce);

// Counts the refreshes supervisor finishes in *finished (valid for as long as it runs), each one a
// check of the running test: it fails the test unless the refresh went well.
inline void countGoodRefreshes(Supervisor &supervisor, int *finished)
{
    QObject::connect(&supervisor, &Supervisor::refreshFinished, &supervisor,
                     [finished](qint64, const RefreshOutcome &outcome) {
                         QVERIFY2(outcome.ok, qPrintable(outcome.error));
                         ++*finished;
                     });
}

} // namespace Vantage
