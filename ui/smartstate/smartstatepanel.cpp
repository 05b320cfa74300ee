#include "ui/smartstate/smartstatepanel.h"

#include "core/database.h"
#include "core/inventory.h"
#include "ui/accessiblenames.h"
#include "ui/smartstate/scanprofiledialog.h"
#include "ui/timeformat.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace Vantage {

namespace {

template <typename W> W *named(W *widget, const char *objectName, const QString &accessibleName)
{
    widget->setObjectName(QString::fromLatin1(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}

QStandardItem *textItem(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

// Numbers sort as numbers.
QStandardItem *numberItem(qint64 value)
{
    auto *item = new QStandardItem;
    item->setData(value, Qt::DisplayRole);
    item->setEditable(false);
    return item;
}

QString modeText(quint32 mode)
{
    return QStringLiteral("%1").arg(mode & 07777, 4, 8, QLatin1Char('0'));
}

} // namespace

SmartStatePanel::SmartStatePanel(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("smartStatePanel"));
    auto *layout = new QVBoxLayout(this);

    auto *summary = new QFormLayout;
    m_status = named(new QLabel(this), "smartStateStatus", tr("Last scan"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_os = named(new QLabel(this), "smartStateOs", tr("Operating system"));
    m_hostname = named(new QLabel(this), "smartStateHostname", tr("Hostname"));
    summary->addRow(tr("Scan:"), m_status);
    summary->addRow(tr("Operating system:"), m_os);
    summary->addRow(tr("Hostname:"), m_hostname);
    layout->addLayout(summary);

    auto *bar = new QHBoxLayout;
    m_scanPicker = named(new QComboBox(this), "smartStateScanPicker", tr("Scan to show"));
    m_comparePicker =
        named(new QComboBox(this), "smartStateComparePicker", tr("Scan to compare with"));
    m_compareButton = named(new QPushButton(tr("&Compare with…"), this), "smartStateCompare",
                            tr("Compare with the chosen scan"));
    m_scanButton = named(new QPushButton(tr("&Scan Now"), this), "smartStateScanNow",
                         tr("Scan the VM's disks now"));
    m_scanButton->setToolTip(tr("Analyse the VM's disks (Ctrl+Shift+A)"));
    m_profileButton = named(new QPushButton(tr("&Profile…"), this), "smartStateProfile",
                            tr("Edit which files a scan collects"));
    auto *scanShortcut = new QShortcut(QKeySequence(tr("Ctrl+Shift+A")), this);
    scanShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(scanShortcut, &QShortcut::activated, this, &SmartStatePanel::requestScan);
    auto *showLabel = new QLabel(tr("Sh&ow:"), this);
    showLabel->setBuddy(m_scanPicker);
    bar->addWidget(showLabel);
    bar->addWidget(m_scanPicker, 1);
    bar->addWidget(m_comparePicker, 1);
    bar->addWidget(m_compareButton);
    bar->addWidget(m_profileButton);
    bar->addWidget(m_scanButton);
    layout->addLayout(bar);
    AccessibleNames::nameComboParts(m_scanPicker);
    AccessibleNames::nameComboParts(m_comparePicker);

    m_filter = named(new QLineEdit(this), "smartStateFilter", tr("Filter the lists"));
    m_filter->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    AccessibleNames::nameLineEditButtons(m_filter);
    auto *filterShortcut = new QShortcut(QKeySequence::Find, this);
    filterShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(filterShortcut, &QShortcut::activated, m_filter,
            [this] { m_filter->setFocus(Qt::ShortcutFocusReason); });
    layout->addWidget(m_filter);

    m_tabs = named(new QTabWidget(this), "smartStateTabs", tr("Scan results"));
    layout->addWidget(m_tabs, 1);
    addList(PackagesTab, tr("Packages"), "smartStatePackages",
            {tr("Name"), tr("Version"), tr("Architecture"), tr("Source")});
    addList(UsersTab, tr("Users"), "smartStateUsers",
            {tr("Name"), tr("UID"), tr("GID"), tr("Home"), tr("Shell"), tr("Full name")});
    addList(GroupsTab, tr("Groups"), "smartStateGroups", {tr("Name"), tr("GID"), tr("Members")});
    addList(ServicesTab, tr("Services"), "smartStateServices", {tr("Unit"), tr("Wanted by")});
    addList(FilesTab, tr("Files"), "smartStateFiles",
            {tr("Path"), tr("Size"), tr("Mode"), tr("Modified"), tr("SHA-256")});
    addList(DisksTab, tr("Disks"), "smartStateDisks",
            {tr("Volume"), tr("Type"), tr("Size"), tr("Contents"), tr("Note")});
    addList(DifferencesTab, tr("Differences"), "smartStateDifferences",
            {tr("Change"), tr("Kind"), tr("Name"), tr("Before"), tr("After")});

    connect(m_filter, &QLineEdit::textChanged, this, &SmartStatePanel::setFilter);
    connect(m_scanPicker, &QComboBox::activated, this,
            [this](int index) { showScan(m_scanPicker->itemData(index).toLongLong()); });
    connect(m_compareButton, &QPushButton::clicked, this,
            [this] { compareWith(m_comparePicker->currentData().toLongLong()); });
    connect(m_scanButton, &QPushButton::clicked, this, &SmartStatePanel::requestScan);
    connect(m_profileButton, &QPushButton::clicked, this, &SmartStatePanel::editProfile);
    setVm(0);
}

QTreeView *SmartStatePanel::addList(Tab tab, const QString &title, const char *objectName,
                                    const QStringList &headers)
{
    auto *model = new QStandardItemModel(0, int(headers.size()), this);
    model->setHorizontalHeaderLabels(headers);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(-1);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    auto *view = named(new QTreeView(m_tabs), objectName, title);
    view->setModel(proxy);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setSortingEnabled(true);
    if (tab == DisksTab)
        view->sortByColumn(-1, Qt::AscendingOrder); // in the order the scan read them
    else
        view->sortByColumn(tab == DifferencesTab ? 1 : 0, Qt::AscendingOrder);
    view->header()->setObjectName(QString::fromLatin1(objectName) + QStringLiteral("Header"));
    view->header()->setAccessibleName(tr("%1 columns").arg(title));
    AccessibleNames::nameViewParts(view);
    m_tabs->addTab(view, title);
    m_models.append(model);
    m_proxies.append(proxy);
    m_views.append(view);
    return view;
}

QTreeView *SmartStatePanel::view(Tab tab) const
{
    return m_views.at(tab);
}

qint64 SmartStatePanel::shownScanId() const
{
    return m_shown ? m_shown->summary.id : 0;
}

void SmartStatePanel::setFilter(const QString &text)
{
    for (QSortFilterProxyModel *proxy : std::as_const(m_proxies))
        proxy->setFilterFixedString(text);
}

void SmartStatePanel::setVm(qint64 vmId)
{
    m_vmId = vmId;
    readVm();
    reload();
}

void SmartStatePanel::readVm()
{
    m_managerId = 0;
    m_vmRef.clear();
    m_vmName.clear();
    m_powerState.clear();
    if (m_vmId == 0)
        return;
    QSqlQuery query(Database::connection());
    query.prepare(
        QStringLiteral("SELECT manager_id, ems_ref, name, power_state FROM vms WHERE id = ?"));
    query.addBindValue(m_vmId);
    if (query.exec() && query.next()) {
        m_managerId = query.value(0).toLongLong();
        m_vmRef = query.value(1).toString();
        m_vmName = query.value(2).toString();
        m_powerState = query.value(3).toString();
    } else {
        m_vmId = 0;
    }
}

void SmartStatePanel::reload()
{
    const QList<SmartStateScanSummary> scans =
        m_vmId == 0 ? QList<SmartStateScanSummary>() : SmartStateStore::scans(m_managerId, m_vmRef);
    m_scanButton->setEnabled(m_vmId != 0);
    m_scanPicker->clear();
    m_comparePicker->clear();
    for (const SmartStateScanSummary &scan : scans) {
        const QString text =
            scan.status == QLatin1String(ScanStatus::Ok)
                ? TimeFormat::dateTime(scan.startedAtMs)
                : tr("%1 (%2)").arg(TimeFormat::dateTime(scan.startedAtMs), scan.status);
        m_scanPicker->addItem(text, scan.id);
        if (scan.status == QLatin1String(ScanStatus::Ok))
            m_comparePicker->addItem(text, scan.id);
    }
    m_scanPicker->setEnabled(!scans.isEmpty());
    m_comparePicker->setEnabled(m_comparePicker->count() > 1);
    m_compareButton->setEnabled(m_comparePicker->count() > 1);
    if (scans.isEmpty()) {
        m_shown.reset();
        clearLists();
        m_status->setText(m_vmId == 0 ? tr("No VM selected.")
                                      : tr("Never scanned. Use Scan Now to analyse the VM's "
                                           "disks."));
        m_os->clear();
        m_hostname->clear();
        return;
    }
    showScan(scans.first().id);
}

void SmartStatePanel::clearLists()
{
    for (QStandardItemModel *model : std::as_const(m_models))
        model->removeRows(0, model->rowCount());
}

void SmartStatePanel::showScan(qint64 scanId)
{
    QString error;
    const auto scan = SmartStateStore::load(scanId, &error);
    if (!scan) {
        m_status->setText(tr("Cannot show the scan: %1 Scan again or pick another.").arg(error));
        return;
    }
    m_shown = *scan;
    const int index = m_scanPicker->findData(scanId);
    if (index >= 0)
        m_scanPicker->setCurrentIndex(index);
    showResult(*scan);
}

void SmartStatePanel::showResult(const SmartStateScan &scan)
{
    const SmartStateScanSummary &summary = scan.summary;
    const SmartStateResult &result = scan.result;
    const QString when = TimeFormat::dateTime(summary.startedAtMs);
    if (summary.status == QLatin1String(ScanStatus::Ok)) {
        m_status->setText(
            summary.message.isEmpty()
                ? tr("%1: finished, %2 read.").arg(when, TimeFormat::bytes(summary.bytesRead))
                : tr("%1: finished, %2 read, with warnings:\n%3")
                      .arg(when, TimeFormat::bytes(summary.bytesRead), summary.message));
    } else if (summary.status == QLatin1String(ScanStatus::Cancelled)) {
        m_status->setText(tr("%1: cancelled.").arg(when));
    } else {
        m_status->setText(tr("%1: failed: %2").arg(when, summary.message));
    }
    m_os->setText(result.os.name.isEmpty()
                      ? QString()
                      : tr("%1 %2 (%3)").arg(result.os.name, result.os.versionId, result.os.id));
    m_hostname->setText(result.hostname);

    clearLists();
    QStandardItemModel *packages = m_models.at(PackagesTab);
    for (const SmartPackage &p : result.packages)
        packages->appendRow(
            {textItem(p.name), textItem(p.version), textItem(p.arch), textItem(p.source)});
    for (const SmartUser &u : result.users)
        m_models.at(UsersTab)->appendRow({textItem(u.name), numberItem(u.uid), numberItem(u.gid),
                                          textItem(u.home), textItem(u.shell), textItem(u.gecos)});
    for (const SmartGroup &g : result.groups)
        m_models.at(GroupsTab)->appendRow(
            {textItem(g.name), numberItem(g.gid), textItem(g.members.join(QStringLiteral(", ")))});
    for (const SmartService &s : result.services)
        m_models.at(ServicesTab)->appendRow({textItem(s.name), textItem(s.target)});
    for (const SmartFile &f : result.files)
        m_models.at(FilesTab)->appendRow(
            {textItem(f.path), numberItem(f.size), textItem(modeText(f.mode)),
             textItem(TimeFormat::dateTime(f.mtimeMs)), textItem(f.sha256)});
    for (const QJsonValue &value : result.disks)
        addVolumeRows(value.toObject());
    for (QTreeView *view : std::as_const(m_views))
        view->header()->resizeSections(QHeaderView::ResizeToContents);
}

void SmartStatePanel::addVolumeRows(const QJsonObject &disk)
{
    QStandardItemModel *model = m_models.at(DisksTab);
    const auto contents = [](const QJsonObject &volume) {
        const QString filesystem = volume.value(QStringLiteral("filesystem")).toString();
        return volume.value(QStringLiteral("root")).toBool() ? tr("%1 (root)").arg(filesystem)
                                                             : filesystem;
    };
    if (disk.contains(QStringLiteral("logical_volume"))) {
        model->appendRow(
            {textItem(tr("%1/%2").arg(disk.value(QStringLiteral("volume_group")).toString(),
                                      disk.value(QStringLiteral("logical_volume")).toString())),
             textItem(tr("LVM logical volume")),
             numberItem(disk.value(QStringLiteral("size")).toInteger()), textItem(contents(disk)),
             textItem(disk.value(QStringLiteral("note")).toString())});
        return;
    }
    const QString target = disk.value(QStringLiteral("target")).toString();
    model->appendRow({textItem(target), textItem(disk.value(QStringLiteral("format")).toString()),
                      numberItem(disk.value(QStringLiteral("size")).toInteger()), textItem({}),
                      textItem(disk.value(QStringLiteral("path")).toString())});
    for (const QJsonValue &value : disk.value(QStringLiteral("partitions")).toArray()) {
        const QJsonObject partition = value.toObject();
        const int number = partition.value(QStringLiteral("number")).toInt();
        const QString scheme = partition.value(QStringLiteral("scheme")).toString();
        model->appendRow(
            {textItem(number == 0 ? tr("%1 (whole disk)").arg(target)
                                  : tr("%1 partition %2").arg(target).arg(number)),
             textItem(number == 0
                          ? QString()
                          : tr("%1 %2").arg(scheme.toUpper(),
                                            partition.value(QStringLiteral("type")).toString())),
             numberItem(partition.value(QStringLiteral("size")).toInteger()),
             textItem(contents(partition)),
             textItem(partition.value(QStringLiteral("note")).toString())});
    }
}

void SmartStatePanel::compareWith(qint64 otherScanId)
{
    if (!m_shown || otherScanId == 0)
        return;
    QString error;
    const auto other = SmartStateStore::load(otherScanId, &error);
    if (!other) {
        m_status->setText(tr("Cannot compare: %1 Pick another scan.").arg(error));
        return;
    }
    const bool otherIsOlder = other->summary.startedAtMs < m_shown->summary.startedAtMs ||
                              (other->summary.startedAtMs == m_shown->summary.startedAtMs &&
                               other->summary.id < m_shown->summary.id);
    const SmartStateScan &before = otherIsOlder ? *other : *m_shown;
    const SmartStateScan &after = otherIsOlder ? *m_shown : *other;
    const SmartStateDiff diff = SmartStateStore::diff(before.result, after.result);

    QStandardItemModel *model = m_models.at(DifferencesTab);
    model->removeRows(0, model->rowCount());
    const QString added = tr("Added");
    const QString removed = tr("Removed");
    const auto row = [&](const QString &change, const QString &kind, const QString &name,
                         const QString &was, const QString &now) {
        model->appendRow(
            {textItem(change), textItem(kind), textItem(name), textItem(was), textItem(now)});
    };
    const QString package = tr("Package");
    for (const SmartPackage &p : diff.packagesAdded)
        row(added, package, p.name, {}, p.version);
    for (const SmartPackage &p : diff.packagesRemoved)
        row(removed, package, p.name, p.version, {});
    for (const auto &[was, now] : diff.packagesChanged)
        row(tr("Changed"), package, now.name, was.version, now.version);
    for (const SmartUser &u : diff.usersAdded)
        row(added, tr("User"), u.name, {}, {});
    for (const SmartUser &u : diff.usersRemoved)
        row(removed, tr("User"), u.name, {}, {});
    for (const SmartGroup &g : diff.groupsAdded)
        row(added, tr("Group"), g.name, {}, {});
    for (const SmartGroup &g : diff.groupsRemoved)
        row(removed, tr("Group"), g.name, {}, {});
    for (const SmartService &s : diff.servicesAdded)
        row(added, tr("Service"), s.name, {}, s.target);
    for (const SmartService &s : diff.servicesRemoved)
        row(removed, tr("Service"), s.name, s.target, {});
    m_tabs->setTabText(DifferencesTab, tr("Differences (%1 → %2)")
                                           .arg(TimeFormat::dateTime(before.summary.startedAtMs),
                                                TimeFormat::dateTime(after.summary.startedAtMs)));
    m_views.at(DifferencesTab)->header()->resizeSections(QHeaderView::ResizeToContents);
    m_tabs->setCurrentIndex(DifferencesTab);
}

void SmartStatePanel::requestScan()
{
    // The VM may have been started or stopped since it was selected.
    readVm();
    if (m_vmId == 0)
        return;
    const bool stopped = m_powerState == QLatin1String(PowerState::Off) ||
                         m_powerState == QLatin1String(PowerState::Crashed);
    bool allowRunning = false;
    if (!stopped) {
        QMessageBox box(QMessageBox::Warning, tr("Scan a Running VM?"),
                        tr("%1 is running. Its disks change while they are read, so the scan "
                           "sees them as after a crash: files being written may be missing or "
                           "damaged. Shut the VM down for an exact scan.")
                            .arg(m_vmName),
                        QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("smartStateRunningConfirm"));
        QPushButton *scan = box.addButton(tr("Scan Anyway"), QMessageBox::AcceptRole);
        scan->setObjectName(QStringLiteral("smartStateScanAnyway"));
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != scan)
            return;
        allowRunning = true;
    }
    emit scanRequested(m_managerId, m_vmRef, m_vmName, allowRunning);
}

void SmartStatePanel::editProfile()
{
    ScanProfileDialog dialog(SmartStateStore::defaultProfile().name, this);
    dialog.exec();
}

} // namespace Vantage
