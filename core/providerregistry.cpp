#include "core/providerregistry.h"

#include "core/logging.h"

namespace Vantage {

ProviderRegistry &ProviderRegistry::instance()
{
    static ProviderRegistry registry;
    return registry;
}

bool ProviderRegistry::registerType(std::unique_ptr<ProviderType> type)
{
    if (!type || find(type->id())) {
        qCWarning(lcCore) << "provider type not registered (duplicate or null):"
                          << (type ? type->id() : QString());
        return false;
    }
    m_types.push_back(std::move(type));
    return true;
}

const ProviderType *ProviderRegistry::find(const QString &id) const
{
    for (const auto &type : m_types) {
        if (type->id() == id)
            return type.get();
    }
    return nullptr;
}

QList<const ProviderType *> ProviderRegistry::types() const
{
    QList<const ProviderType *> result;
    for (const auto &type : m_types)
        result.append(type.get());
    return result;
}

void ProviderRegistry::clear()
{
    m_types.clear();
}

} // namespace Vantage
