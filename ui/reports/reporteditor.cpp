#include "ui/reports/reporteditor.h"

#include "ui/accessiblenames.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Vantage {

namespace {

template <typename W> W *named(W *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}

enum FilterColumn { ColumnCell, OperatorCell, ValueCell };

QString operatorLabel(FilterOperator op)
{
    switch (op) {
    case FilterOperator::Contains:
        return ReportEditor::tr("contains");
    case FilterOperator::StartsWith:
        return ReportEditor::tr("starts with");
    case FilterOperator::IsEmpty:
        return ReportEditor::tr("is empty");
    default:
        return ReportDefinition::operatorName(op);
    }
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

ReportEditor::ReportEditor(QWidget *parent) : QWidget(parent)
{
    m_name = named(new QLineEdit(this), QStringLiteral("reportName"), tr("Report name"));
    m_name->setToolTip(tr("What `vantage report NAME` takes: letters, digits, '_', '.', '-'"));
    m_title = named(new QLineEdit(this), QStringLiteral("reportTitle"), tr("Report title"));
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(QStringLiteral("reportSource"));
    auto *top = new QHBoxLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto *titleLabel = new QLabel(tr("&Title:"), this);
    titleLabel->setBuddy(m_title);
    top->addWidget(nameLabel);
    top->addWidget(m_name, 1);
    top->addWidget(titleLabel);
    top->addWidget(m_title, 2);
    top->addWidget(m_sourceLabel);

    auto *columnsBox = new QGroupBox(tr("&Columns"), this);
    m_columns = named(new QListWidget(columnsBox), QStringLiteral("reportColumns"),
                      tr("Columns: checked ones are shown, in this order"));
    m_columns->setToolTip(m_columns->accessibleName());
    m_up = named(new QPushButton(tr("&Up"), columnsBox), QStringLiteral("columnUp"),
                 tr("Move column up"));
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_down = named(new QPushButton(tr("Do&wn"), columnsBox), QStringLiteral("columnDown"),
                   tr("Move column down"));
    m_down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    auto *columnButtons = new QHBoxLayout;
    columnButtons->addWidget(m_up);
    columnButtons->addWidget(m_down);
    columnButtons->addStretch();
    auto *columnsLayout = new QVBoxLayout(columnsBox);
    columnsLayout->addWidget(m_columns, 1);
    columnsLayout->addLayout(columnButtons);

    auto *filtersBox = new QGroupBox(tr("&Filters (all must hold)"), this);
    m_filters =
        named(new QTableWidget(0, 3, filtersBox), QStringLiteral("reportFilters"), tr("Filters"));
    m_filters->setHorizontalHeaderLabels({tr("Column"), tr("Operator"), tr("Value")});
    m_filters->horizontalHeader()->setSectionResizeMode(ValueCell, QHeaderView::Stretch);
    m_filters->verticalHeader()->hide();
    m_filters->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_filters->setSelectionMode(QAbstractItemView::SingleSelection);
    m_addFilter = named(new QPushButton(tr("&Add Filter"), filtersBox), QStringLiteral("addFilter"),
                        tr("Add filter"));
    m_removeFilter = named(new QPushButton(tr("&Remove Filter"), filtersBox),
                           QStringLiteral("removeFilter"), tr("Remove filter"));
    auto *filterButtons = new QHBoxLayout;
    filterButtons->addWidget(m_addFilter);
    filterButtons->addWidget(m_removeFilter);
    filterButtons->addStretch();
    auto *filtersLayout = new QVBoxLayout(filtersBox);
    filtersLayout->addWidget(m_filters, 1);
    filtersLayout->addLayout(filterButtons);

    auto *orderBox = new QGroupBox(tr("&Sort and Group"), this);
    m_sortColumn = named(new QComboBox(orderBox), QStringLiteral("sortColumn"), tr("Sort by"));
    m_sortOrder = named(new QComboBox(orderBox), QStringLiteral("sortOrder"), tr("Sort order"));
    m_sortOrder->addItem(tr("Ascending"), int(Qt::AscendingOrder));
    m_sortOrder->addItem(tr("Descending"), int(Qt::DescendingOrder));
    m_group =
        named(new QComboBox(orderBox), QStringLiteral("groupBy"), tr("Group by, with subtotals"));
    auto *orderLayout = new QFormLayout(orderBox);
    orderLayout->addRow(tr("Sort by:"), m_sortColumn);
    orderLayout->addRow(tr("Order:"), m_sortOrder);
    orderLayout->addRow(tr("Group by:"), m_group);
    auto *groupHint = new QLabel(tr("Groups get a subtotal (count, sums) and an average row; "
                                    "the report ends with totals."),
                                 orderBox);
    groupHint->setWordWrap(true);
    orderLayout->addRow(groupHint);
    for (QComboBox *combo : {m_sortColumn, m_sortOrder, m_group})
        AccessibleNames::nameComboParts(combo);
    AccessibleNames::nameViewParts(m_columns);
    AccessibleNames::nameViewParts(m_filters);

    auto *boxes = new QHBoxLayout;
    boxes->addWidget(columnsBox, 2);
    boxes->addWidget(filtersBox, 3);
    boxes->addWidget(orderBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(boxes, 1);

    connect(m_name, &QLineEdit::textEdited, this, &ReportEditor::emitChanged);
    connect(m_title, &QLineEdit::textEdited, this, &ReportEditor::emitChanged);
    connect(m_columns, &QListWidget::itemChanged, this, [this] {
        updateChoices();
        emitChanged();
    });
    connect(m_up, &QPushButton::clicked, this, [this] { moveColumn(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveColumn(1); });
    connect(m_addFilter, &QPushButton::clicked, this, [this] {
        if (!m_source)
            return;
        addFilterRow({m_source->columns.first().name, FilterOperator::Equal, {}}, QString());
        m_filters->setCurrentCell(m_filters->rowCount() - 1, ValueCell);
        m_filters->cellWidget(m_filters->rowCount() - 1, ColumnCell)->setFocus();
        emitChanged();
    });
    connect(m_removeFilter, &QPushButton::clicked, this, &ReportEditor::removeFilter);
    for (QComboBox *combo : {m_sortColumn, m_sortOrder, m_group})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReportEditor::emitChanged);
}

void ReportEditor::setDefinition(const ReportDefinition &definition)
{
    m_loading = true;
    m_loaded = definition;
    m_source = ReportSources::find(definition.source);
    m_name->setText(definition.name);
    m_title->setText(definition.displayTitle());
    m_sourceLabel->setText(m_source ? tr("Source: %1").arg(m_source->title()) : QString());
    m_columns->clear();
    m_filters->setRowCount(0);
    m_sortColumn->clear();
    m_group->clear();
    if (m_source) {
        // Shown columns first, in their order, then the others in the source's order.
        QStringList order = definition.columns;
        for (const ReportColumn &column : m_source->columns) {
            if (!order.contains(column.name))
                order << column.name;
        }
        for (const QString &name : std::as_const(order)) {
            const ReportColumn *column = m_source->column(name);
            if (!column)
                continue;
            auto *item = new QListWidgetItem(column->title(), m_columns);
            item->setData(Qt::UserRole, column->name);
            item->setToolTip(
                tr("%1 (%2)").arg(column->name, ReportSources::typeName(column->type)));
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(definition.columns.contains(name) ? Qt::Checked : Qt::Unchecked);
        }
        m_sortColumn->addItem(tr("(unsorted)"), QString());
        for (const ReportColumn &column : m_source->columns)
            m_sortColumn->addItem(column.title(), column.name);
        for (const ReportFilter &filter : definition.filters) {
            const ReportColumn *column = m_source->column(filter.column);
            const QString text = filter.value.typeId() == QMetaType::QDateTime
                                     ? filter.value.toDateTime().toUTC().toString(Qt::ISODate)
                                     : filter.value.toString();
            if (column)
                addFilterRow(filter, text);
        }
    }
    const ReportSort sort = definition.sort.value(0);
    selectData(m_sortColumn, sort.column);
    selectData(m_sortOrder, int(sort.order));
    updateChoices();
    selectData(m_group, definition.groupBy);
    m_loading = false;
}

void ReportEditor::updateChoices()
{
    const QString group = m_group->currentData().toString();
    const QSignalBlocker blocker(m_group);
    m_group->clear();
    m_group->addItem(tr("(no grouping)"), QString());
    for (int i = 0; i < m_columns->count(); ++i) {
        const QListWidgetItem *item = m_columns->item(i);
        if (item->checkState() == Qt::Checked)
            m_group->addItem(item->text(), item->data(Qt::UserRole));
    }
    selectData(m_group, group);
}

void ReportEditor::moveColumn(int delta)
{
    const int row = m_columns->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_columns->count())
        return;
    QListWidgetItem *item = m_columns->takeItem(row);
    m_columns->insertItem(target, item);
    m_columns->setCurrentRow(target);
    updateChoices();
    emitChanged();
}

void ReportEditor::addFilterRow(const ReportFilter &filter, const QString &text)
{
    const int row = m_filters->rowCount();
    const int serial = ++m_filterSerial;
    m_filters->insertRow(row);
    auto *column = named(new QComboBox, QStringLiteral("filterColumn%1").arg(serial),
                         tr("Filter %1 column").arg(row + 1));
    for (const ReportColumn &each : m_source->columns)
        column->addItem(each.title(), each.name);
    selectData(column, filter.column);
    auto *op = named(new QComboBox, QStringLiteral("filterOperator%1").arg(serial),
                     tr("Filter %1 operator").arg(row + 1));
    auto *value = named(new QLineEdit(text), QStringLiteral("filterValue%1").arg(serial),
                        tr("Filter %1 value").arg(row + 1));
    AccessibleNames::nameComboParts(column);
    AccessibleNames::nameComboParts(op);
    const auto fillOperators = [this, column, op, value](FilterOperator wanted) {
        const ReportColumn *chosen = m_source->column(column->currentData().toString());
        const QSignalBlocker blocker(op);
        op->clear();
        for (const FilterOperator each : ReportDefinition::operators()) {
            if (chosen && ReportDefinition::operatorFits(each, chosen->type))
                op->addItem(operatorLabel(each), int(each));
        }
        selectData(op, int(wanted));
        if (chosen)
            value->setPlaceholderText(ReportSources::typeName(chosen->type));
        value->setEnabled(FilterOperator(op->currentData().toInt()) != FilterOperator::IsEmpty);
    };
    fillOperators(filter.op);
    connect(column, &QComboBox::currentIndexChanged, this, [=, this] {
        fillOperators(FilterOperator(op->currentData().toInt()));
        emitChanged();
    });
    connect(op, &QComboBox::currentIndexChanged, this, [=, this] {
        value->setEnabled(FilterOperator(op->currentData().toInt()) != FilterOperator::IsEmpty);
        emitChanged();
    });
    connect(value, &QLineEdit::textEdited, this, &ReportEditor::emitChanged);
    m_filters->setCellWidget(row, ColumnCell, column);
    m_filters->setCellWidget(row, OperatorCell, op);
    m_filters->setCellWidget(row, ValueCell, value);
}

void ReportEditor::addFilter(const QString &column, FilterOperator op, const QString &value)
{
    if (!m_source)
        return;
    addFilterRow({column, op, {}}, value);
    emitChanged();
}

void ReportEditor::removeFilter()
{
    const int row =
        m_filters->currentRow() >= 0 ? m_filters->currentRow() : m_filters->rowCount() - 1;
    if (row < 0)
        return;
    m_filters->removeRow(row);
    emitChanged();
}

std::optional<ReportDefinition> ReportEditor::definition() const
{
    m_error.clear();
    if (!m_source) {
        m_error = tr("This report's source is unknown to this program.");
        return std::nullopt;
    }
    ReportDefinition definition;
    definition.name = m_name->text().trimmed();
    definition.title = m_title->text().trimmed();
    definition.source = m_loaded.source;
    definition.builtIn = m_loaded.builtIn;
    // A built-in keeps its untranslated title unless the user typed another.
    if (m_loaded.builtIn && definition.title == m_loaded.displayTitle())
        definition.title = m_loaded.title;
    for (int i = 0; i < m_columns->count(); ++i) {
        const QListWidgetItem *item = m_columns->item(i);
        if (item->checkState() == Qt::Checked)
            definition.columns << item->data(Qt::UserRole).toString();
    }
    for (int row = 0; row < m_filters->rowCount(); ++row) {
        const auto *column = static_cast<QComboBox *>(m_filters->cellWidget(row, ColumnCell));
        const auto *op = static_cast<QComboBox *>(m_filters->cellWidget(row, OperatorCell));
        const auto *value = static_cast<QLineEdit *>(m_filters->cellWidget(row, ValueCell));
        ReportFilter filter;
        filter.column = column->currentData().toString();
        filter.op = FilterOperator(op->currentData().toInt());
        if (filter.op != FilterOperator::IsEmpty) {
            filter.value = m_source->column(filter.column)->parseValue(value->text(), &m_error);
            if (!filter.value.isValid()) {
                m_error = tr("Filter %1: %2").arg(row + 1).arg(m_error);
                return std::nullopt;
            }
        }
        definition.filters << filter;
    }
    const QString sortColumn = m_sortColumn->currentData().toString();
    if (!sortColumn.isEmpty())
        definition.sort << ReportSort{sortColumn,
                                      Qt::SortOrder(m_sortOrder->currentData().toInt())};
    // The editor shows the first sort key; further ones (from a stored definition) stay.
    for (const ReportSort &key : m_loaded.sort.mid(1)) {
        if (!sortColumn.isEmpty() && key.column != sortColumn)
            definition.sort << key;
    }
    definition.groupBy = m_group->currentData().toString();
    m_error = definition.validate();
    if (!m_error.isEmpty())
        return std::nullopt;
    return definition;
}

void ReportEditor::emitChanged()
{
    if (!m_loading)
        emit changed();
}

} // namespace Vantage
