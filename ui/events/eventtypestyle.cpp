#include "ui/events/eventtypestyle.h"

#include "core/events.h"

#include <QCoreApplication>
#include <QHash>

namespace Vantage {

namespace {

struct TypeStyle
{
    const char *type;
    const char *label;
    QRgb color;
};

// Colour-blind-safe families (Okabe-Ito based), varied in lightness within a family.
constexpr TypeStyle styles[] = {
    {"vm_created", QT_TRANSLATE_NOOP("Vantage::EventTypeStyle", "VM created"), 0xff009e73},
    {"vm_deleted", QT_TRANSLATE_NOOP("Vantage::EventTypeStyle", "VM deleted"), 0xffb2182b},
    {"vm_power_on", QT_TRANSLATE_NOOP("Vantage::EventTypeStyle", "VM powered on"), 0xff2ca02c},
    {"vm_power_off", QT_TRANSLATE_NOOP("Vantage::EventTypeStyle", "VM powered off"), 0xff6b6b6b},
    {"vm_suspended", QT_TRANSLATE_NOOP("Vantage::EventTypeStyle", "VM suspended"), 0xffa0a0a0},
    {"vm_resumed", QT_TRANSLATE_NOOP("Vantage::EventTypeStyle", "VM resumed"), 0xff86c06c},
    {"vm_reconfigured", QT_TRANSLATE_NOOP("Vantage::EventTypeStyle", "VM reconfigured"),
     0xff8e5ea2},
    {"vm_migrated", QT_TRANSLATE_NOOP("Vantage::EventTypeStyle", "VM migrated"), 0xffe69f00},
    {"vm_rebooted", QT_TRANSLATE_NOOP("Vantage::EventTypeStyle", "VM rebooted"), 0xff0072b2},
    {"vm_crashed", QT_TRANSLATE_NOOP("Vantage::EventTypeStyle", "VM crashed"), 0xffe41a1c},
    {"vm_device_added", QT_TRANSLATE_NOOP("Vantage::EventTypeStyle", "VM device added"),
     0xffcc79a7},
    {"vm_device_removed", QT_TRANSLATE_NOOP("Vantage::EventTypeStyle", "VM device removed"),
     0xff9c4f7f},
    {"vm_retirement_warning", QT_TRANSLATE_NOOP("Vantage::EventTypeStyle", "VM retirement warning"),
     0xffe6ab02},
    {"vm_retired", QT_TRANSLATE_NOOP("Vantage::EventTypeStyle", "VM retired"), 0xff5e3c99},
    {"host_connected", QT_TRANSLATE_NOOP("Vantage::EventTypeStyle", "Host connected"), 0xff56b4e9},
    {"host_disconnected", QT_TRANSLATE_NOOP("Vantage::EventTypeStyle", "Host disconnected"),
     0xffd55e00},
    {"network_created", QT_TRANSLATE_NOOP("Vantage::EventTypeStyle", "Network created"),
     0xff1b9e9e},
    {"network_deleted", QT_TRANSLATE_NOOP("Vantage::EventTypeStyle", "Network deleted"),
     0xff9e3d3d},
    {"network_started", QT_TRANSLATE_NOOP("Vantage::EventTypeStyle", "Network started"),
     0xff4daf4a},
    {"network_stopped", QT_TRANSLATE_NOOP("Vantage::EventTypeStyle", "Network stopped"),
     0xff808080},
    {"storage_created", QT_TRANSLATE_NOOP("Vantage::EventTypeStyle", "Storage created"),
     0xff117a65},
    {"storage_deleted", QT_TRANSLATE_NOOP("Vantage::EventTypeStyle", "Storage deleted"),
     0xff7b241c},
    {"storage_started", QT_TRANSLATE_NOOP("Vantage::EventTypeStyle", "Storage started"),
     0xff5d9e3a},
    {"storage_stopped", QT_TRANSLATE_NOOP("Vantage::EventTypeStyle", "Storage stopped"),
     0xff909090},
    {"other", QT_TRANSLATE_NOOP("Vantage::EventTypeStyle", "Other"), 0xff3d5a80},
};

const TypeStyle &styleOf(const QString &type)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> result;
        for (int i = 0; i < int(std::size(styles)); ++i)
            result.insert(QString::fromLatin1(styles[i].type), i);
        return result;
    }();
    return styles[index.value(type, int(std::size(styles)) - 1)];
}

} // namespace

QString EventTypeStyle::label(const QString &type)
{
    return QCoreApplication::translate("Vantage::EventTypeStyle", styleOf(type).label);
}

QColor EventTypeStyle::color(const QString &type)
{
    return QColor::fromRgb(styleOf(type).color);
}

int EventTypeStyle::order(const QString &type)
{
    static const QHash<QString, int> positions = [] {
        QHash<QString, int> result;
        const QStringList &all = EventType::all();
        for (int i = 0; i < all.size(); ++i)
            result.insert(all.at(i), i);
        return result;
    }();
    static const int other = positions.value(QString::fromLatin1(EventType::Other));
    return positions.value(type, other);
}

} // namespace Vantage
