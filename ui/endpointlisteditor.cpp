#include "ui/endpointlisteditor.h"

#include "ui/accessiblenames.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace Vantage {

EndpointListEditor::EndpointListEditor(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("endpointListEditor"));
    setAccessibleName(tr("Endpoints"));
    m_label = tr("Endpoint");
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout = new QVBoxLayout;
    layout->addLayout(m_rowsLayout);
    m_addButton = new QPushButton(tr("&Add Endpoint"), this);
    m_addButton->setObjectName(QStringLiteral("addEndpointButton"));
    m_addButton->setAccessibleName(tr("Add endpoint"));
    m_addButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addRow();
        m_rows.back().edit->setFocus();
        emit changed();
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    addRow();
}

void EndpointListEditor::setValidator(Validator validator)
{
    m_validator = std::move(validator);
    for (Row &row : m_rows)
        validate(row);
    emit changed();
}

void EndpointListEditor::setLabel(const QString &label)
{
    m_label = label;
    for (int i = 0; i < m_rows.size(); ++i)
        m_rows[i].edit->setAccessibleName(m_rows.size() > 1 ? tr("%1 %2").arg(label).arg(i + 1)
                                                            : label);
}

void EndpointListEditor::setPlaceholder(const QString &placeholder)
{
    m_placeholder = placeholder;
    for (Row &row : m_rows)
        row.edit->setPlaceholderText(placeholder);
}

void EndpointListEditor::setMultiple(bool multiple)
{
    m_multiple = multiple;
    while (!m_multiple && m_rows.size() > 1)
        removeRow(m_rows.back().box);
    updateButtons();
}

void EndpointListEditor::setEndpoints(const QStringList &endpoints)
{
    while (m_rows.size() > 1)
        removeRow(m_rows.back().box);
    const QStringList wanted = endpoints.isEmpty() ? QStringList{QString()} : endpoints;
    m_rows.front().edit->setText(wanted.front());
    for (qsizetype i = 1; i < wanted.size() && m_multiple; ++i)
        addRow(wanted[i]);
    emit changed();
}

QStringList EndpointListEditor::endpoints() const
{
    QStringList list;
    for (const Row &row : m_rows) {
        const QString text = row.edit->text().trimmed();
        if (!text.isEmpty())
            list << text;
    }
    return list;
}

bool EndpointListEditor::isValid() const
{
    if (endpoints().isEmpty())
        return false;
    for (const Row &row : m_rows) {
        if (!row.reason->text().isEmpty())
            return false;
    }
    return true;
}

QLineEdit *EndpointListEditor::field(int i) const
{
    return i >= 0 && i < m_rows.size() ? m_rows[i].edit : nullptr;
}

QString EndpointListEditor::reason(int i) const
{
    return i >= 0 && i < m_rows.size() ? m_rows[i].reason->text() : QString();
}

void EndpointListEditor::addRow(const QString &text)
{
    const int n = int(m_rows.size());
    Row row;
    row.box = new QWidget(this);
    auto *grid = new QGridLayout(row.box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setVerticalSpacing(2);
    row.edit = new QLineEdit(text, row.box);
    row.edit->setObjectName(QStringLiteral("endpointEdit_%1").arg(n));
    row.edit->setPlaceholderText(m_placeholder);
    row.edit->setClearButtonEnabled(true);
    AccessibleNames::nameLineEditButtons(row.edit);
    row.remove = new QToolButton(row.box);
    row.remove->setObjectName(QStringLiteral("removeEndpoint_%1").arg(n));
    row.remove->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    row.remove->setToolTip(tr("Remove this endpoint"));
    row.remove->setAccessibleName(tr("Remove endpoint %1").arg(n + 1));
    row.reason = new QLabel(row.box);
    row.reason->setObjectName(QStringLiteral("endpointReason_%1").arg(n));
    row.reason->setAccessibleName(tr("Endpoint problem"));
    row.reason->setWordWrap(true);
    row.reason->setStyleSheet(QStringLiteral("color: #c62828;"));
    row.reason->hide();
    grid->addWidget(row.edit, 0, 0);
    grid->addWidget(row.remove, 0, 1);
    grid->addWidget(row.reason, 1, 0, 1, 2);
    m_rowsLayout->addWidget(row.box);

    QWidget *box = row.box;
    connect(row.edit, &QLineEdit::textChanged, this, [this, box] {
        for (Row &r : m_rows) {
            if (r.box == box)
                validate(r);
        }
        emit changed();
    });
    connect(row.remove, &QToolButton::clicked, this, [this, box] {
        removeRow(box);
        emit changed();
    });
    m_rows.append(row);
    validate(m_rows.back());
    setLabel(m_label);
    updateButtons();
}

void EndpointListEditor::removeRow(QWidget *box)
{
    if (m_rows.size() <= 1)
        return;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].box == box) {
            m_rows.removeAt(i);
            break;
        }
    }
    box->deleteLater();
    box->hide();
    setLabel(m_label);
    updateButtons();
}

void EndpointListEditor::validate(Row &row)
{
    const QString text = row.edit->text().trimmed();
    // An empty field is not wrong yet, just unfinished: the page's Next stays off without a word.
    const QString problem = text.isEmpty() || !m_validator ? QString() : m_validator(text);
    row.reason->setText(problem);
    row.reason->setVisible(!problem.isEmpty());
    row.edit->setToolTip(problem);
}

void EndpointListEditor::updateButtons()
{
    m_addButton->setVisible(m_multiple);
    for (Row &row : m_rows)
        row.remove->setVisible(m_multiple && m_rows.size() > 1);
}

} // namespace Vantage
