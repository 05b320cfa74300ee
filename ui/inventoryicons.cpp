#include "ui/inventoryicons.h"

#include "core/inventory.h"

#include <QApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QStyle>

#include <functional>

namespace Vantage {

static constexpr int iconSize = 32;

// Painted once at 32 px; QIcon scales down for the 16 px tree rows.
static QIcon painted(const QString &key, const std::function<void(QPainter &)> &paint)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QPixmap pixmap(iconSize, iconSize);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(painter);
    }
    QIcon icon(pixmap);
    cache.insert(key, icon);
    return icon;
}

static const QColor outline(0x37, 0x41, 0x4f);

QColor InventoryIcons::powerColor(const QString &powerState)
{
    if (powerState == QLatin1String(PowerState::On))
        return QColor(0x2e, 0xa0, 0x43);
    if (powerState == QLatin1String(PowerState::Paused) ||
        powerState == QLatin1String(PowerState::Suspended) ||
        powerState == QLatin1String(PowerState::ShuttingDown))
        return QColor(0xd4, 0x9a, 0x06);
    if (powerState == QLatin1String(PowerState::Crashed))
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0x8a, 0x92, 0x9c);
}

QIcon InventoryIcons::provider()
{
    return painted(QStringLiteral("provider"), [](QPainter &p) {
        QPainterPath cloud;
        cloud.addEllipse(QRectF(4, 12, 12, 12));
        cloud.addEllipse(QRectF(10, 6, 14, 14));
        cloud.addEllipse(QRectF(18, 12, 11, 11));
        cloud.addRoundedRect(QRectF(8, 16, 18, 8), 3, 3);
        p.setPen(QPen(outline, 1.5));
        p.setBrush(QColor(0x5b, 0x9b, 0xd5));
        p.drawPath(cloud.simplified());
    });
}

static void drawServer(QPainter &p, const QRectF &r, const QColor &fill)
{
    p.setPen(QPen(outline, 1.5));
    p.setBrush(fill);
    p.drawRoundedRect(r, 2, 2);
    const qreal slot = r.height() / 3;
    for (int i = 1; i < 3; ++i)
        p.drawLine(QPointF(r.left(), r.top() + i * slot), QPointF(r.right(), r.top() + i * slot));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0x2e, 0xa0, 0x43));
    for (int i = 0; i < 3; ++i)
        p.drawEllipse(QPointF(r.right() - 4, r.top() + slot * (i + 0.5)), 1.5, 1.5);
}

// A building: vSphere's datacenter is a place that holds clusters and hosts.
QIcon InventoryIcons::datacenter()
{
    return painted(QStringLiteral("datacenter"), [](QPainter &p) {
        p.setPen(QPen(outline, 1.5));
        p.setBrush(QColor(0x90, 0xa4, 0xae));
        p.drawRect(QRectF(4, 8, 24, 21));
        p.setBrush(QColor(0x60, 0x7d, 0x8b));
        QPainterPath roof;
        roof.moveTo(2, 9);
        roof.lineTo(16, 2);
        roof.lineTo(30, 9);
        roof.closeSubpath();
        p.drawPath(roof);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xec, 0xef, 0xf1));
        for (int row = 0; row < 3; ++row) {
            for (int column = 0; column < 3; ++column)
                p.drawRect(QRectF(7.5 + column * 6.5, 12 + row * 5.5, 4, 3));
        }
    });
}

QIcon InventoryIcons::cluster()
{
    return painted(QStringLiteral("cluster"), [](QPainter &p) {
        drawServer(p, QRectF(2, 4, 16, 15), QColor(0xb0, 0xbe, 0xc5));
        drawServer(p, QRectF(14, 13, 16, 15), QColor(0xcf, 0xd8, 0xdc));
    });
}

QIcon InventoryIcons::host()
{
    return painted(QStringLiteral("host"), [](QPainter &p) {
        drawServer(p, QRectF(5, 3, 22, 26), QColor(0xcf, 0xd8, 0xdc));
    });
}

QIcon InventoryIcons::vm(const QString &powerState, bool isTemplate)
{
    const QColor screen = powerColor(powerState);
    const QString key = QStringLiteral("vm:") + screen.name() + (isTemplate ? u"t" : u"");
    return painted(key, [screen, isTemplate](QPainter &p) {
        p.setPen(QPen(outline, 1.5));
        p.setBrush(QColor(0xec, 0xef, 0xf1));
        p.drawRoundedRect(QRectF(3, 5, 26, 19), 2, 2);
        p.setBrush(screen);
        p.setPen(Qt::NoPen);
        p.drawRect(QRectF(6, 8, 20, 13));
        p.setPen(QPen(outline, 2));
        p.drawLine(QPointF(16, 24), QPointF(16, 28));
        p.drawLine(QPointF(10, 28.5), QPointF(22, 28.5));
        if (isTemplate) {
            p.setPen(QPen(Qt::white, 2, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(QRectF(9, 11, 14, 7));
        }
    });
}

QIcon InventoryIcons::folder()
{
    return QApplication::style()->standardIcon(QStyle::SP_DirIcon);
}

QIcon InventoryIcons::network()
{
    return painted(QStringLiteral("network"), [](QPainter &p) {
        p.setPen(QPen(outline, 2));
        p.drawLine(QPointF(16, 8), QPointF(6, 24));
        p.drawLine(QPointF(16, 8), QPointF(26, 24));
        p.drawLine(QPointF(6, 24), QPointF(26, 24));
        p.setPen(QPen(outline, 1.5));
        p.setBrush(QColor(0x26, 0xa6, 0x9a));
        for (const QPointF &c : {QPointF(16, 8), QPointF(6, 24), QPointF(26, 24)})
            p.drawEllipse(c, 5, 5);
    });
}

static void drawCylinder(QPainter &p, const QRectF &r, const QColor &fill)
{
    const qreal cap = r.height() / 4;
    QPainterPath body;
    body.moveTo(r.left(), r.top() + cap / 2);
    body.lineTo(r.left(), r.bottom() - cap / 2);
    body.arcTo(QRectF(r.left(), r.bottom() - cap, r.width(), cap), 180, 180);
    body.lineTo(r.right(), r.top() + cap / 2);
    body.closeSubpath();
    p.setPen(QPen(outline, 1.5));
    p.setBrush(fill);
    p.drawPath(body);
    p.drawEllipse(QRectF(r.left(), r.top(), r.width(), cap));
}

QIcon InventoryIcons::storage()
{
    return painted(QStringLiteral("storage"), [](QPainter &p) {
        drawCylinder(p, QRectF(5, 3, 22, 26), QColor(0xff, 0xb7, 0x4d));
    });
}

QIcon InventoryIcons::volume()
{
    return painted(QStringLiteral("volume"), [](QPainter &p) {
        p.setPen(QPen(outline, 1.5));
        p.setBrush(QColor(0xff, 0xe0, 0xb2));
        QPainterPath sheet;
        sheet.moveTo(7, 3);
        sheet.lineTo(19, 3);
        sheet.lineTo(25, 9);
        sheet.lineTo(25, 29);
        sheet.lineTo(7, 29);
        sheet.closeSubpath();
        p.drawPath(sheet);
        p.drawLine(QPointF(19, 3), QPointF(19, 9));
        p.drawLine(QPointF(19, 9), QPointF(25, 9));
    });
}

QIcon InventoryIcons::powerDot(const QString &powerState)
{
    const QColor color = powerColor(powerState);
    return painted(QStringLiteral("dot:") + color.name(), [color](QPainter &p) {
        p.setPen(QPen(color.darker(130), 2));
        p.setBrush(color);
        p.drawEllipse(QRectF(8, 8, 16, 16));
    });
}

} // namespace Vantage
