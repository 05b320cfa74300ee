#include "ui/lifecycle/lifecycleforms.h"

#include "core/supervisor.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>

namespace Vantage {

void LifecycleForms::nameButtons(QMessageBox *box)
{
    const auto buttons = box->buttons();
    for (QAbstractButton *button : buttons) {
        if (button->accessibleName().isEmpty())
            button->setAccessibleName(button->text().remove(u'&'));
    }
}

QString LifecycleForms::requester()
{
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable);
        if (!name.isEmpty())
            return name;
    }
    return QDir::home().dirName();
}

int LifecycleForms::defaultWarnDays()
{
    const QSettings settings(QStringLiteral("vantage"), QStringLiteral("vantage"));
    bool ok = false;
    const int days = settings.value(QStringLiteral("retirement/warn_days"), 7).toInt(&ok);
    return ok && days >= 0 ? days : 7;
}

qint64 LifecycleForms::submit(Supervisor *supervisor, const NewRequest &request, QWidget *parent)
{
    QString error;
    const bool approval = supervisor && supervisor->approvalRequired();
    const qint64 id = RequestStore::submit(request, approval, &error);
    if (id == 0) {
        QMessageBox box(
            QMessageBox::Critical, tr("Request Not Submitted"),
            tr("The request “%1” could not be stored: %2").arg(request.description, error),
            QMessageBox::Ok, parent);
        box.setObjectName(QStringLiteral("submitErrorBox"));
        box.setInformativeText(tr("Nothing was changed. Check that the database is writable and "
                                  "try again."));
        box.button(QMessageBox::Ok)->setObjectName(QStringLiteral("submitErrorOkButton"));
        nameButtons(&box);
        box.exec();
        return 0;
    }
    if (supervisor)
        supervisor->notifyRequestSubmitted();
    return id;
}

} // namespace Vantage
