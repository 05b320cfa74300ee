#pragma once

#include "core/reports/reportdefinition.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace Vantage {

// Edits one report definition: name and title, the columns (checked ones shown, in list order),
// filters (column, operator, value, one per row), the sort and the group. Every change emits
// changed(); definition() reads the widgets back, with the first problem in error().
class ReportEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit ReportEditor(QWidget *parent = nullptr);

    void setDefinition(const ReportDefinition &definition);
    // The definition as edited, or nothing (and error()) when a filter value does not parse or
    // the definition does not validate.
    std::optional<ReportDefinition> definition() const;
    QString error() const { return m_error; }

    QListWidget *columnList() const { return m_columns; }
    QTableWidget *filterTable() const { return m_filters; }
    QComboBox *sortCombo() const { return m_sortColumn; }
    QComboBox *sortOrderCombo() const { return m_sortOrder; }
    QComboBox *groupCombo() const { return m_group; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *titleEdit() const { return m_title; }

    // A filter row added as a user would: the column's name, an operator and the value's text.
    void addFilter(const QString &column, FilterOperator op, const QString &value);

signals:
    void changed();

private:
    void moveColumn(int delta);
    void removeFilter();
    void addFilterRow(const ReportFilter &filter, const QString &text);
    void updateChoices();
    void emitChanged();

    const ReportSource *m_source = nullptr;
    ReportDefinition m_loaded;
    bool m_loading = false;
    mutable QString m_error;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QListWidget *m_columns = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QTableWidget *m_filters = nullptr;
    QPushButton *m_addFilter = nullptr;
    QPushButton *m_removeFilter = nullptr;
    QComboBox *m_sortColumn = nullptr;
    QComboBox *m_sortOrder = nullptr;
    QComboBox *m_group = nullptr;
    int m_filterSerial = 0; // names filter rows' widgets uniquely
};

} // namespace Vantage
