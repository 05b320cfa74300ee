#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>
#include <QProgressBar>
#include <QSpinBox>
#include <QStringList>
#include <QWidget>

namespace Vantage::Testing {

// Every control under root that a screen reader announces or a keyboard reaches (buttons, line
// edits, item views and their headers, combo and spin boxes, progress bars) must have an
// accessible name and an object name. Returns one line per control that lacks either, naming
// it by class and by where it sits.
inline QStringList unnamedControls(const QWidget *root)
{
    QStringList problems;
    const auto widgets = root->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        const bool control = qobject_cast<const QAbstractButton *>(widget) ||
                             qobject_cast<const QLineEdit *>(widget) ||
                             qobject_cast<const QAbstractItemView *>(widget) ||
                             qobject_cast<const QComboBox *>(widget) ||
                             qobject_cast<const QAbstractSpinBox *>(widget) ||
                             qobject_cast<const QProgressBar *>(widget);
        if (!control)
            continue;
        QStringList missing;
        if (widget->accessibleName().trimmed().isEmpty())
            missing << QStringLiteral("accessibleName");
        if (widget->objectName().isEmpty())
            missing << QStringLiteral("objectName");
        if (missing.isEmpty())
            continue;
        QStringList path;
        for (const QWidget *w = widget; w && w != root; w = w->parentWidget())
            path.prepend(w->objectName().isEmpty()
                             ? QString::fromLatin1(w->metaObject()->className())
                             : w->objectName());
        problems << QStringLiteral("%1 (%2) has no %3")
                        .arg(path.join(u'/'),
                             QString::fromLatin1(widget->metaObject()->className()),
                             missing.join(QStringLiteral(" and ")));
    }
    return problems;
}

} // namespace Vantage::Testing
