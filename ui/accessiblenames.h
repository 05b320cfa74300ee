#pragma once

#include <QCoreApplication>

class QAbstractItemView;
class QAbstractSpinBox;
class QComboBox;
class QLineEdit;
class QMenuBar;
class QToolBar;

namespace Vantage {

// Names for the controls Qt builds inside our widgets (item view headers and corner buttons,
// line edit clear buttons, tool bar buttons), which come without one: a screen reader would
// announce them as a bare "button" or "header", and tests could not find them.
class AccessibleNames
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::AccessibleNames)

public:
    // Call after the view has its object name and accessible name.
    static void nameViewParts(QAbstractItemView *view);
    // Call after the edit has its object name and, if wanted, its clear button.
    static void nameLineEditButtons(QLineEdit *edit);
    // Call after the actions are added: each button takes its action's name and text.
    static void nameToolBarButtons(QToolBar *toolBar);
    // The » button that lists the menus a narrow window has no room for.
    static void nameMenuBarButtons(QMenuBar *menuBar);
    // The list a combo box pops up.
    static void nameComboParts(QComboBox *combo);
    // The text field inside a spin box or date edit.
    static void nameSpinBoxParts(QAbstractSpinBox *spinBox);
};

} // namespace Vantage
