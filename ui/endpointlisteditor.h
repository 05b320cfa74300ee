#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace Vantage {

// A list of endpoint fields, each checked as it is typed, with the reason it is not accepted shown
// right under it. With multiple allowed, endpoints can be added and removed; otherwise one field.
class EndpointListEditor final : public QWidget
{
    Q_OBJECT

public:
    // Returns why an endpoint is not acceptable, or an empty string when it is.
    using Validator = std::function<QString(const QString &)>;

    explicit EndpointListEditor(QWidget *parent = nullptr);

    void setValidator(Validator validator);
    void setLabel(const QString &label);
    void setPlaceholder(const QString &placeholder);
    void setMultiple(bool multiple);

    void setEndpoints(const QStringList &endpoints);
    // The non-empty entries, trimmed, in order.
    QStringList endpoints() const;
    // At least one endpoint and every non-empty one valid.
    bool isValid() const;

    int fieldCount() const { return int(m_rows.size()); }
    QLineEdit *field(int i) const;
    QString reason(int i) const;

signals:
    void changed();

private:
    struct Row
    {
        QWidget *box = nullptr;
        QLineEdit *edit = nullptr;
        QToolButton *remove = nullptr;
        QLabel *reason = nullptr;
    };

    void addRow(const QString &text = {});
    void removeRow(QWidget *box);
    void validate(Row &row);
    void updateButtons();

    Validator m_validator;
    QString m_label;
    QString m_placeholder;
    bool m_multiple = false;
    QList<Row> m_rows;
    QVBoxLayout *m_rowsLayout = nullptr;
    QPushButton *m_addButton = nullptr;
};

} // namespace Vantage
