#pragma once

#include "core/requests.h"

#include <QCoreApplication>
#include <QString>

class QLabel;
class QMessageBox;
class QWidget;

namespace Vantage {

class Supervisor;

// What the lifecycle dialogs share: who asks, and how a request goes to the runner. (The red
// reason next to a field is FieldReason, ui/fieldreason.h.)
class LifecycleForms
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::LifecycleForms)

public:
    // Gives a message box's buttons their text as accessible name (screen readers and the UI
    // tests' audit need one); call once the buttons are added.
    static void nameButtons(QMessageBox *box);

    // The operator's login name: requests record who asked.
    static QString requester();

    // Stores the request (pending approval when the supervisor requires it), then nudges the
    // runner. On failure shows what went wrong over parent and returns 0.
    static qint64 submit(Supervisor *supervisor, const NewRequest &request, QWidget *parent);

    // Days before retirement that the operator is warned (setting retirement/warn_days, 7).
    static int defaultWarnDays();

    // "1.5 GiB" style sizes entered in MiB spin boxes.
    static constexpr qint64 MiB = qint64(1) << 20;
    static constexpr qint64 GiB = qint64(1) << 30;
};

} // namespace Vantage
