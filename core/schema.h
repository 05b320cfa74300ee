#pragma once

#include <QList>
#include <QStringList>

namespace Vantage {

// Forward migrations: entry N brings the schema from version N to N+1. Never edit a released
// entry; append a new one.
const QList<QStringList> &schemaMigrations();

} // namespace Vantage
