#pragma once

#include "core/provider.h"

#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace Vantage {

// The compiled-in provider types. The app registers each once at start-up; lookups are by id.
class ProviderRegistry
{
public:
    static ProviderRegistry &instance();

    // False (and nothing changes) when a type with the same id is already registered.
    bool registerType(std::unique_ptr<ProviderType> type);

    const ProviderType *find(const QString &id) const;
    QList<const ProviderType *> types() const;

    // For tests that want a clean registry.
    void clear();

private:
    std::vector<std::unique_ptr<ProviderType>> m_types;
};

} // namespace Vantage
