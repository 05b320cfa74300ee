#include "ui/smartstate/scanprofiledialog.h"

#include "core/smartstate/smartstatestore.h"
#include "ui/accessiblenames.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Vantage {

ScanProfileDialog::ScanProfileDialog(const QString &profileName, QWidget *parent)
    : QDialog(parent), m_name(profileName)
{
    setObjectName(QStringLiteral("scanProfileDialog"));
    setWindowTitle(tr("Scan Profile “%1”").arg(profileName));
    const ScanProfile profile = SmartStateStore::profile(profileName);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_patterns = new QPlainTextEdit(this);
    m_patterns->setObjectName(QStringLiteral("scanProfilePatterns"));
    m_patterns->setAccessibleName(tr("Files to collect, one path pattern per line"));
    m_patterns->setPlainText(profile.filePatterns.join(u'\n'));
    m_patterns->setPlaceholderText(tr("/etc/ssh/sshd_config\n/etc/*.conf"));
    m_patterns->setTabChangesFocus(true);
    auto *patternsLabel = new QLabel(tr("&Files to collect:"), this);
    patternsLabel->setBuddy(m_patterns);
    form->addRow(patternsLabel, m_patterns);

    m_maxKiB = new QSpinBox(this);
    m_maxKiB->setObjectName(QStringLiteral("scanProfileMaxKiB"));
    m_maxKiB->setAccessibleName(tr("Largest file whose content is kept, in KiB"));
    m_maxKiB->setRange(0, 64 * 1024);
    m_maxKiB->setSuffix(tr(" KiB"));
    m_maxKiB->setValue(int(profile.maxFileBytes / 1024));
    AccessibleNames::nameSpinBoxParts(m_maxKiB);
    auto *maxLabel = new QLabel(tr("&Keep content up to:"), this);
    maxLabel->setBuddy(m_maxKiB);
    form->addRow(maxLabel, m_maxKiB);
    layout->addLayout(form);

    auto *hint = new QLabel(tr("Larger files are listed with their size and SHA-256 only."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("scanProfileError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("scanProfileButtons"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("scanProfileSave"));
    buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save the profile"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("scanProfileCancel"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close without saving"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ScanProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScanProfileDialog::reject);
    layout->addWidget(buttons);
}

QString ScanProfileDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ScanProfileDialog::accept()
{
    ScanProfile profile{m_name, {}, qint64(m_maxKiB->value()) * 1024};
    const QStringList lines = m_patterns->toPlainText().split(u'\n');
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            profile.filePatterns.append(line.trimmed());
    }
    QString error;
    if (!SmartStateStore::saveProfile(profile, &error)) {
        m_error->setText(error);
        m_error->show();
        m_patterns->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace Vantage
