#include "tests/reports/reportfixture.h"
#include "ui/reports/tableexport.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QFileDialog>
#include <QHeaderView>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Vantage;

// CSV export of item views as the user sees them.
class tst_TableExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void treeAsShown();
    void selectedRowsOnly();
    void tableThroughProxy();
    void contextMenuExports();
    void unwritablePath();

private:
    QByteArray exported(const QAbstractItemView *view, bool selectedOnly) const;

    QStandardItemModel m_model;
};

void tst_TableExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_model.setHorizontalHeaderLabels(
        {QStringLiteral("Name"), QStringLiteral("State"), QStringLiteral("vCPUs")});
    const auto row = [](const QString &name, const QString &state, int vcpus) {
        QList<QStandardItem *> items{new QStandardItem(name), new QStandardItem(state),
                                     new QStandardItem};
        items.at(2)->setData(vcpus, Qt::DisplayRole);
        return items;
    };
    QList<QStandardItem *> host = row(QStringLiteral("host, \"a\""), QStringLiteral("on"), 16);
    host.first()->appendRow(
        row(QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("running"), 2));
    host.first()->appendRow(row(QStringLiteral("Grüße\nzwei"), QStringLiteral("shut off"), 4));
    m_model.appendRow(host);
    QList<QStandardItem *> other = row(QStringLiteral("host b"), QStringLiteral("on"), 8);
    other.first()->appendRow(row(QStringLiteral("hidden child"), QStringLiteral("running"), 1));
    m_model.appendRow(other);
}

QByteArray tst_TableExport::exported(const QAbstractItemView *view, bool selectedOnly) const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    if (!TableExport::write(view, &buffer, selectedOnly, false, &error))
        qWarning() << error;
    return buffer.data();
}

void tst_TableExport::treeAsShown()
{
    QTreeView tree;
    tree.setModel(&m_model);
    tree.expand(m_model.index(0, 0)); // the second host stays collapsed
    tree.header()->moveSection(2, 0); // vCPUs first on screen
    tree.setColumnHidden(1, true);
    QCOMPARE(exported(&tree, false),
             QByteArray("vCPUs,Name\r\n16,\"host, \"\"a\"\"\"\r\n2,'=cmd|' /C calc'!A0\r\n"
                        "4,\"Grüße\nzwei\"\r\n8,host b\r\n"));
}

void tst_TableExport::selectedRowsOnly()
{
    QTreeView tree;
    tree.setModel(&m_model);
    tree.expandAll();
    tree.setSelectionMode(QAbstractItemView::ExtendedSelection);
    tree.setSelectionBehavior(QAbstractItemView::SelectRows);
    tree.selectionModel()->select(m_model.index(1, 0, m_model.index(0, 0)),
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
    tree.selectionModel()->select(m_model.index(1, 0),
                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QCOMPARE(exported(&tree, true),
             QByteArray("Name,State,vCPUs\r\n\"Grüße\nzwei\",shut off,4\r\nhost b,on,8\r\n"));
    // Nothing selected: everything.
    tree.clearSelection();
    QCOMPARE(exported(&tree, true).count("\r\n"), 1 + 5);
}

void tst_TableExport::tableThroughProxy()
{
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&m_model);
    proxy.setFilterKeyColumn(1);
    proxy.setFilterFixedString(QStringLiteral("on"));
    proxy.sort(0, Qt::AscendingOrder); // " " sorts before ",": host b first
    QTableView table;
    table.setModel(&proxy);
    QCOMPARE(exported(&table, false),
             QByteArray("Name,State,vCPUs\r\nhost b,on,8\r\n\"host, \"\"a\"\"\",on,16\r\n"));
}

void tst_TableExport::contextMenuExports()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tree.csv"));
    QTreeView tree;
    tree.setObjectName(QStringLiteral("tree"));
    tree.setAccessibleName(QStringLiteral("Inventory"));
    tree.setModel(&m_model);
    TableExport::installContextMenu(&tree);
    auto *menu = tree.findChild<QMenu *>(QStringLiteral("treeExportMenu"));
    QVERIFY(menu);
    auto *all = menu->findChild<QAction *>(QStringLiteral("actionExportCsv"));
    auto *selected = menu->findChild<QAction *>(QStringLiteral("actionExportSelectedCsv"));
    QVERIFY(all && selected);
    QCOMPARE(tree.contextMenuPolicy(), Qt::CustomContextMenu);
    emit menu->aboutToShow();
    QVERIFY(!selected->isEnabled()); // nothing selected yet

    QTimer::singleShot(0, this, [path] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept");
    });
    all->trigger();
    QList<QStringList> rows;
    QString error;
    bool skipped = false;
    if (!Testing::readCsvWithPython(path, &rows, &error, &skipped)) {
        if (skipped)
            QSKIP(qPrintable(error));
        QFAIL(qPrintable(error));
    }
    QCOMPARE(rows,
             (QList<QStringList>{
                 {"Name", "State", "vCPUs"}, {"host, \"a\"", "on", "16"}, {"host b", "on", "8"}}));
}

void tst_TableExport::unwritablePath()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QTableView table;
    table.setModel(&m_model);
    QString error;
    const QString path = blocker.fileName() + QStringLiteral("/x.csv");
    QVERIFY(!TableExport::writeFile(&table, path, false, false, &error));
    QVERIFY2(error.contains(QStringLiteral("Could not create")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(tst_TableExport)
#include "tst_tableexport.moc"
