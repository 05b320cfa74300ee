#pragma once

#include <QCoreApplication>
#include <QString>

class QAbstractItemView;
class QAction;
class QIODevice;
class QMenu;
class QWidget;

namespace Vantage {

// CSV export of whatever an item view shows: its visible columns in their on-screen order under
// their header texts, its rows as its model (the proxy, so sorted and filtered) has them, a
// tree's children only where expanded; all rows or only the selected ones.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::TableExport)

public:
    static bool write(const QAbstractItemView *view, QIODevice *device, bool selectedOnly,
                      bool byteOrderMark, QString *error);
    // Through a temporary file renamed at the end: a failure leaves no partial file.
    static bool writeFile(const QAbstractItemView *view, const QString &path, bool selectedOnly,
                          bool byteOrderMark, QString *error);

    // Asks for a file and writes it; a failure is shown in a message box. The byte order mark
    // follows the Reports window's setting.
    static void exportInteractively(QAbstractItemView *view, bool selectedOnly);

    // "Export to CSV…" and "Export Selected Rows to CSV…" at the end of a menu the view's owner
    // shows (the selected-rows one enabled when rows are selected).
    static void addActions(QMenu *menu, QAbstractItemView *view);
    // For a view with no context menu of its own: gives it one with the two actions.
    static void installContextMenu(QAbstractItemView *view);

    // The setting the Reports window and these exports share.
    static bool byteOrderMarkSetting();
    static void setByteOrderMarkSetting(bool on);
};

} // namespace Vantage
