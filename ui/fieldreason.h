#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace Vantage {

// The red reason shown next to a form field that is not valid yet, the same in every wizard and
// dialog: hidden while there is nothing to say.
class FieldReason
{
public:
    // A hidden, word-wrapped, selectable label in the error colour.
    static QLabel *label(const QString &objectName, const QString &accessibleName, QWidget *parent);
    // Shows the reason, or hides the label when it is empty.
    static void set(QLabel *label, const QString &reason);
    static bool has(const QLabel *label);
};

} // namespace Vantage
