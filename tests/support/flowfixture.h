#pragma once

#include "core/providerstore.h"

#include <QString>
#include <QVariant>
#include <QVariantList>

#include <chrono>

// What the end-to-end tests (a real database and Supervisor on a provider) share.
namespace Vantage {

class Supervisor;

// The first column of the first row sql gives on this thread's database connection, values bound
// in order; invalid when the query fails or gives no row.
QVariant scalar(const QString &sql, const QVariantList &values = {});

// Adds provider to the database (credentials to the keyring); the id of its manager, or 0 with
// *error set.
qint64 addProviderManager(const ProviderSpec &provider, QString *error);

// Gives supervisor the stock event handler, only asking for its refreshes after debounce.
void setEventHandlerDebounce(Supervisor &supervisor, std::chrono::milliseconds debounce);

} // namespace Vantage
