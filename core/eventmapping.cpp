#include "core/eventmapping.h"

#include "core/events.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Vantage {

namespace {

std::optional<QJsonObject> parseObject(const QByteArray &json, const QString &what, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = EventMapping::tr("The %1 is not valid JSON: %2 at byte %3.")
                     .arg(what, parse.errorString())
                     .arg(parse.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = EventMapping::tr("The %1 must be a JSON object.").arg(what);
        return std::nullopt;
    }
    return document.object();
}

} // namespace

std::optional<EventMapping> EventMapping::fromJson(const QByteArray &json, QString *error)
{
    const QString what = EventMapping::tr("event mapping");
    const auto object = parseObject(json, what, error);
    if (!object)
        return std::nullopt;
    EventMapping mapping;
    mapping.m_source = object->value(QStringLiteral("source")).toString();
    if (mapping.m_source.isEmpty()) {
        *error = EventMapping::tr("The event mapping names no \"source\" (the provider type).");
        return std::nullopt;
    }
    const QJsonValue events = object->value(QStringLiteral("events"));
    if (!events.isObject() || events.toObject().isEmpty()) {
        *error = EventMapping::tr("The event mapping for %1 has no \"events\" table.")
                     .arg(mapping.m_source);
        return std::nullopt;
    }
    const QJsonObject table = events.toObject();
    for (auto it = table.begin(); it != table.end(); ++it) {
        const QString type = it.value().toString();
        if (!it.value().isString() || !EventType::isKnown(type)) {
            *error = EventMapping::tr(
                         "The event mapping for %1 maps \"%2\" to \"%3\", which is not a generic "
                         "event type. Known types: %4.")
                         .arg(mapping.m_source, it.key(),
                              it.value().isString() ? type : EventMapping::tr("a non-string value"),
                              EventType::all().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        mapping.m_types.insert(it.key(), type);
    }
    return mapping;
}

QString EventMapping::typeOf(const QString &nativeName) const
{
    return m_types.value(nativeName, QString::fromLatin1(EventType::Other));
}

std::optional<RefreshPolicy> RefreshPolicy::fromJson(const QByteArray &json, QString *error)
{
    const auto object = parseObject(json, EventMapping::tr("refresh policy"), error);
    if (!object)
        return std::nullopt;
    RefreshPolicy policy;
    for (auto it = object->begin(); it != object->end(); ++it) {
        const QString value = it.value().toString();
        Action action;
        if (value == QStringLiteral("none"))
            action = Action::None;
        else if (value == QStringLiteral("target"))
            action = Action::Target;
        else if (value == QStringLiteral("full"))
            action = Action::Full;
        else {
            *error = EventMapping::tr(
                         "The refresh policy says \"%1\" for \"%2\"; use none, target or full.")
                         .arg(value, it.key());
            return std::nullopt;
        }
        if (it.key().endsWith(u'*'))
            policy.m_prefixes.append({it.key().chopped(1), action});
        else
            policy.m_exact.insert(it.key(), action);
    }
    std::sort(policy.m_prefixes.begin(), policy.m_prefixes.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    return policy;
}

const RefreshPolicy &RefreshPolicy::standard()
{
    static const RefreshPolicy policy = [] {
        QFile file(QStringLiteral(":/vantage/core/refreshpolicy.json"));
        file.open(QIODevice::ReadOnly);
        QString error;
        auto parsed = fromJson(file.readAll(), &error);
        Q_ASSERT_X(parsed, "RefreshPolicy::standard", qPrintable(error));
        return parsed.value_or(RefreshPolicy());
    }();
    return policy;
}

RefreshPolicy::Action RefreshPolicy::actionFor(const QString &eventType) const
{
    const auto exact = m_exact.constFind(eventType);
    if (exact != m_exact.constEnd())
        return *exact;
    for (const auto &[prefix, action] : m_prefixes) {
        if (eventType.startsWith(prefix))
            return action;
    }
    return Action::None;
}

} // namespace Vantage
