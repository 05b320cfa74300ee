#include "ui/accessiblenames.h"

#include <QAbstractSpinBox>
#include <QComboBox>

#include <QAbstractButton>
#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>

namespace Vantage {

void AccessibleNames::nameViewParts(QAbstractItemView *view)
{
    const QString name = view->objectName();
    const QString label = view->accessibleName();
    auto nameHeader = [&](QHeaderView *header, const QString &suffix, const QString &text) {
        if (!header)
            return;
        header->setObjectName(name + suffix);
        header->setAccessibleName(text);
    };
    if (auto *tree = qobject_cast<QTreeView *>(view))
        nameHeader(tree->header(), QStringLiteral("Header"), tr("%1 columns").arg(label));
    if (auto *table = qobject_cast<QTableView *>(view)) {
        nameHeader(table->horizontalHeader(), QStringLiteral("Header"),
                   tr("%1 columns").arg(label));
        nameHeader(table->verticalHeader(), QStringLiteral("RowHeader"), tr("%1 rows").arg(label));
        // The corner button selects every cell.
        const auto buttons = table->findChildren<QAbstractButton *>(Qt::FindDirectChildrenOnly);
        for (QAbstractButton *corner : buttons) {
            corner->setObjectName(name + QStringLiteral("CornerButton"));
            corner->setAccessibleName(tr("Select all"));
        }
    }
}

void AccessibleNames::nameLineEditButtons(QLineEdit *edit)
{
    const auto buttons = edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly);
    for (QToolButton *button : buttons) {
        button->setObjectName(edit->objectName() + QStringLiteral("ClearButton"));
        button->setAccessibleName(tr("Clear"));
    }
}

void AccessibleNames::nameComboParts(QComboBox *combo)
{
    QAbstractItemView *list = combo->view();
    list->setObjectName(combo->objectName() + QStringLiteral("List"));
    list->setAccessibleName(tr("%1 choices").arg(combo->accessibleName()));
}

void AccessibleNames::nameSpinBoxParts(QAbstractSpinBox *spinBox)
{
    if (auto *edit = spinBox->findChild<QLineEdit *>()) {
        edit->setAccessibleName(spinBox->accessibleName());
        edit->setObjectName(spinBox->objectName() + QStringLiteral("Text"));
    }
}

void AccessibleNames::nameToolBarButtons(QToolBar *toolBar)
{
    const auto actions = toolBar->actions();
    for (QAction *action : actions) {
        QWidget *button = toolBar->widgetForAction(action);
        if (!button || action->isSeparator())
            continue;
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setAccessibleName(action->iconText());
    }
    // The » button that shows the actions a narrow window has no room for.
    if (auto *more = toolBar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More actions"));
}

void AccessibleNames::nameMenuBarButtons(QMenuBar *menuBar)
{
    if (auto *more = menuBar->findChild<QToolButton *>(QStringLiteral("qt_menubar_ext_button")))
        more->setAccessibleName(tr("More menus"));
}

} // namespace Vantage
