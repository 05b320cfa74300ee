#include "ui/fieldreason.h"

#include <QLabel>

namespace Vantage {

QLabel *FieldReason::label(const QString &objectName, const QString &accessibleName,
                           QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->hide();
    return label;
}

void FieldReason::set(QLabel *label, const QString &reason)
{
    label->setText(reason);
    label->setVisible(!reason.isEmpty());
}

bool FieldReason::has(const QLabel *label)
{
    return !label->text().isEmpty();
}

} // namespace Vantage
