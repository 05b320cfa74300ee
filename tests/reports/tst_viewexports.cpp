#include "core/database.h"
#include "tests/reports/reportfixture.h"
#include "ui/events/eventspanel.h"
#include "ui/inventoryfilterproxy.h"
#include "ui/inventorytreemodel.h"
#include "ui/reports/tableexport.h"
#include "ui/requests/requestspanel.h"

#include <QBuffer>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Vantage;

// The views the main window offers "Export to CSV…" on, exported as they show the fixture.
class tst_ViewExports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void inventoryTree();
    void eventsList();
    void requestsView();

private:
    QList<QByteArray> lines(const QAbstractItemView *view, bool selectedOnly = false) const;

    QTemporaryDir m_dir;
};

void tst_ViewExports::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    QVERIFY2(Database::initialize(m_dir.filePath(QStringLiteral("v.sqlite")), &error),
             qPrintable(error));
    QVERIFY2(Testing::ReportFixture::populate(&error), qPrintable(error));
}

QList<QByteArray> tst_ViewExports::lines(const QAbstractItemView *view, bool selectedOnly) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!TableExport::write(view, &buffer, selectedOnly, false, &error))
        qWarning() << error;
    QList<QByteArray> out = buffer.data().split('\n');
    out.removeLast(); // after the last CRLF
    return out;
}

void tst_ViewExports::inventoryTree()
{
    InventoryTreeModel model;
    model.reload();
    InventoryFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTreeView tree;
    tree.setModel(&proxy);
    TableExport::installContextMenu(&tree);
    QCOMPARE(lines(&tree).size(), 1 + 1); // header and the collapsed provider
    tree.expandRecursively(QModelIndex());
    const QList<QByteArray> expanded = lines(&tree);
    QVERIFY2(expanded.size() > 8, expanded.join('|').constData());
    QVERIFY(expanded.join('\n').contains("'=HYPERLINK"));
    // The selected row only.
    const QModelIndex vm = proxy.mapFromSource(model.indexFor(InventoryTreeModel::Kind::Vm, 5));
    QVERIFY(vm.isValid());
    tree.setCurrentIndex(vm);
    const QList<QByteArray> selected = lines(&tree, true);
    QCOMPARE(selected.size(), 2);
    QVERIFY2(selected.at(1).startsWith("db-1"), selected.at(1).constData());
}

void tst_ViewExports::eventsList()
{
    EventsPanel panel;
    panel.setTimePreset(EventsPanel::TimePreset::AllTime);
    panel.reload();
    TableExport::installContextMenu(panel.listView());
    QTRY_COMPARE(panel.listView()->model()->rowCount(), 2);
    const QList<QByteArray> rows = lines(panel.listView());
    QCOMPARE(rows.size(), 3);
    QVERIFY2(rows.join('\n').contains("stopped, by \"\"admin\"\""), rows.join('|').constData());
}

void tst_ViewExports::requestsView()
{
    RequestsPanel panel(nullptr);
    panel.reload();
    TableExport::installContextMenu(panel.view());
    const QList<QByteArray> rows = lines(panel.view());
    QCOMPARE(rows.size(), 3);
    QVERIFY2(rows.join('\n').contains("New web VM"), rows.join('|').constData());
}

QTEST_MAIN(tst_ViewExports)
#include "tst_viewexports.moc"
