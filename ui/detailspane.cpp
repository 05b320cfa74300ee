#include "ui/detailspane.h"

#include "core/database.h"
#include "core/providerregistry.h"
#include "core/providerstore.h"
#include "ui/accessiblenames.h"
#include "ui/inventoryicons.h"
#include "ui/timeformat.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QScrollArea>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStyle>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <functional>

namespace Vantage {

using namespace Qt::StringLiterals;

using Kind = InventoryTreeModel::Kind;

namespace {

// One row of one table by id, as column name → value; empty when the row is gone.
QVariantMap row(const QString &sql, qint64 id)
{
    QSqlQuery q(Database::connection());
    q.prepare(sql);
    q.addBindValue(id);
    QVariantMap values;
    if (q.exec() && q.next()) {
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i)
            values.insert(record.fieldName(i), q.value(i));
    }
    return values;
}

qint64 count(const QString &sql, qint64 id)
{
    QSqlQuery q(Database::connection());
    q.prepare(sql);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QString text(const QVariantMap &values, const QString &key)
{
    return values.value(key).toString();
}

QString bytes(const QVariantMap &values, const QString &key)
{
    const QVariant v = values.value(key);
    return v.isNull() ? QString() : TimeFormat::bytes(v.toLongLong());
}

// A folder's or resource pool's names from the top down ("vm / Linux / web"), following
// parent_ref within the manager; bounded so that a damaged parent cycle ends.
QString pathOf(const QString &table, qint64 id)
{
    QSqlQuery q(Database::connection());
    q.prepare(QStringLiteral("WITH RECURSIVE chain(manager_id, parent_ref, name, depth) AS ("
                             "SELECT manager_id, parent_ref, name, 0 FROM %1 WHERE id = ? "
                             "UNION ALL SELECT t.manager_id, t.parent_ref, t.name, c.depth + 1 "
                             "FROM %1 t JOIN chain c ON t.manager_id = c.manager_id "
                             "AND t.ems_ref = c.parent_ref WHERE c.depth < 32) "
                             "SELECT name FROM chain ORDER BY depth DESC")
                  .arg(table));
    q.addBindValue(id);
    QStringList names;
    if (q.exec()) {
        while (q.next())
            names << q.value(0).toString();
    }
    return names.join(QStringLiteral(" / "));
}

QString limitText(const QVariant &value, const std::function<QString(qint64)> &format)
{
    if (value.isNull())
        return {};
    return value.toLongLong() < 0 ? DetailsPane::tr("Unlimited") : format(value.toLongLong());
}

QString yesNo(const QVariantMap &values, const QString &key)
{
    const QVariant v = values.value(key);
    if (v.isNull())
        return {};
    return v.toBool() ? DetailsPane::tr("Yes") : DetailsPane::tr("No");
}

QString powerText(const QString &state)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("on"), QT_TRANSLATE_NOOP("Vantage::DetailsPane", "Running")},
        {QStringLiteral("off"), QT_TRANSLATE_NOOP("Vantage::DetailsPane", "Powered off")},
        {QStringLiteral("suspended"), QT_TRANSLATE_NOOP("Vantage::DetailsPane", "Suspended")},
        {QStringLiteral("paused"), QT_TRANSLATE_NOOP("Vantage::DetailsPane", "Paused")},
        {QStringLiteral("shutting_down"),
         QT_TRANSLATE_NOOP("Vantage::DetailsPane", "Shutting down")},
        {QStringLiteral("crashed"), QT_TRANSLATE_NOOP("Vantage::DetailsPane", "Crashed")},
    };
    // Two returns, not a conditional: lupdate files a tr() inside ?: under the wrong context.
    if (const char *word = words.value(state))
        return DetailsPane::tr(word);
    return DetailsPane::tr("Unknown");
}

} // namespace

DetailsPane::DetailsPane(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("detailsPane"));
    setAccessibleName(tr("Details"));

    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    m_icon = new QLabel(this);
    m_icon->setFixedSize(32, 32);
    header->addWidget(m_icon);
    auto *titles = new QVBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("detailsTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("detailsSubtitle"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    header->addLayout(titles, 1);
    m_copyButton = new QToolButton(this);
    m_copyButton->setObjectName(QStringLiteral("copyDetailsButton"));
    m_copyButton->setText(tr("Copy"));
    m_copyButton->setToolTip(tr("Copy all details to the clipboard"));
    m_copyButton->setAccessibleName(tr("Copy details"));
    m_copyButton->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    m_copyButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_copyButton, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(plainText()); });
    header->addWidget(m_copyButton, 0, Qt::AlignTop);
    layout->addLayout(header);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("detailsScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);

    m_ageTimer.setInterval(30'000);
    connect(&m_ageTimer, &QTimer::timeout, this, &DetailsPane::updateAges);
    m_ageTimer.start();
    clear();
}

void DetailsPane::clear()
{
    m_id = 0;
    startPage(QIcon(), tr("Nothing selected"), QString());
    showPlaceholder(tr("Select a provider, host, VM, network or storage pool in the inventory "
                       "to see its properties here."));
}

void DetailsPane::showPlaceholder(const QString &text)
{
    auto *label = new QLabel(text, m_page);
    label->setObjectName(QStringLiteral("detailsPlaceholder"));
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    m_pageLayout->insertWidget(m_pageLayout->count() - 1, label);
    m_copyButton->setEnabled(false);
}

void DetailsPane::startPage(const QIcon &icon, const QString &title, const QString &subtitle)
{
    m_ageLabels.clear();
    m_icon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(32, 32));
    m_title->setText(title);
    m_title->setAccessibleName(title);
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
    m_copyButton->setEnabled(true);
    m_page = new QWidget;
    m_page->setObjectName(QStringLiteral("detailsPage"));
    m_pageLayout = new QVBoxLayout(m_page);
    m_pageLayout->setContentsMargins(0, 0, 0, 0);
    m_staleBanner = new QLabel(m_page);
    m_staleBanner->setObjectName(QStringLiteral("staleBanner"));
    m_staleBanner->setWordWrap(true);
    m_staleBanner->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_staleBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4e5; color: #663c00; border: 1px solid #ffb74d;"
                       " border-radius: 3px; padding: 6px; }"));
    m_staleBanner->hide();
    m_pageLayout->addWidget(m_staleBanner);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_pageLayout->addLayout(m_form);
    m_pageLayout->addStretch(1);
    // setWidget deletes the previous page, and with it every label of the last object.
    m_scroll->setWidget(m_page);
}

void DetailsPane::addSection(const QString &title)
{
    auto *label = new QLabel(title, m_page);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    m_form->addRow(label);
}

void DetailsPane::addField(const QString &key, const QString &label, const QString &value)
{
    auto *name = new QLabel(label + u':', m_page);
    name->setForegroundRole(QPalette::PlaceholderText);
    auto *field = new QLabel(value.isEmpty() ? QStringLiteral("—") : value, m_page);
    field->setObjectName(QStringLiteral("detail_") + key);
    field->setAccessibleName(label);
    field->setWordWrap(true);
    field->setTextFormat(Qt::PlainText);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    field->setFocusPolicy(Qt::TabFocus);
    name->setBuddy(field);
    m_form->addRow(name, field);
}

void DetailsPane::addAgeField(const QString &key, const QString &label, qint64 thenMs,
                              const QString &prefix)
{
    addField(key, label, QString());
    auto *field = m_page->findChild<QLabel *>(QStringLiteral("detail_") + key);
    m_ageLabels.append({field, {thenMs, prefix}});
    updateAges();
}

void DetailsPane::updateAges()
{
    const qint64 now = nowMs();
    for (const auto &[label, when] : std::as_const(m_ageLabels)) {
        if (!label)
            continue;
        if (when.first <= 0) {
            label->setText(tr("never"));
            continue;
        }
        label->setText(tr("%1 %2 (%3)")
                           .arg(when.second, TimeFormat::age(when.first, now),
                                TimeFormat::dateTime(when.first))
                           .trimmed());
    }
}

QTableWidget *DetailsPane::addTable(const QString &objectName, const QString &title,
                                    const QStringList &headers, const QList<QStringList> &rows,
                                    int stretchColumn)
{
    addSection(tr("%1 (%2)").arg(title).arg(rows.size()));
    auto *table = new QTableWidget(int(rows.size()), int(headers.size()), m_page);
    table->setObjectName(objectName);
    table->setAccessibleName(title);
    AccessibleNames::nameViewParts(table);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->setWordWrap(false);
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows[r].size() && c < headers.size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    }
    // Every column fits its contents except the widest text (a path), which takes what is left
    // and elides, so the pane never needs a horizontal scroll bar.
    auto *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(stretchColumn, QHeaderView::Stretch);
    table->setTextElideMode(Qt::ElideMiddle);
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSortingEnabled(true);
    table->sortByColumn(0, Qt::AscendingOrder);
    // Tall enough for every row up to a handful, so short lists need no inner scrolling.
    const int visibleRows = qBound(1, int(rows.size()), 8);
    table->setFixedHeight(header->sizeHint().height() +
                          visibleRows * table->verticalHeader()->defaultSectionSize() +
                          2 * table->frameWidth());
    m_form->addRow(table);
    return table;
}

void DetailsPane::addStaleBanner(const QList<qint64> &managerIds)
{
    QStringList problems;
    for (qint64 managerId : managerIds) {
        const auto manager = ProviderStore::manager(managerId);
        if (!manager || manager->lastRefreshStatus != QLatin1String("error"))
            continue;
        const QString age = TimeFormat::age(manager->lastRefreshAt, nowMs());
        const QString shown = manager->lastSuccessAt > 0
                                  ? tr("The inventory shown is from the last successful refresh, "
                                       "%1.")
                                        .arg(TimeFormat::age(manager->lastSuccessAt, nowMs()))
                                  : tr("No refresh of this manager has succeeded yet.");
        problems << tr("Stale: the last refresh of %1 failed %2: %3 %4")
                        .arg(manager->name, age, manager->lastRefreshError, shown);
    }
    if (problems.isEmpty())
        return;
    m_staleBanner->setText(problems.join(u'\n'));
    m_staleBanner->setAccessibleName(tr("Stale inventory warning"));
    m_staleBanner->show();
}

static QString providerOf(qint64 managerId);

// Read here rather than through RetirementStore: the pane shows rows, as it does for every table.
void DetailsPane::addRetirement(qint64 managerId, const QString &vmRef)
{
    QSqlQuery q(Database::connection());
    q.prepare(QStringLiteral("SELECT retires_at, warn_days, state, message, delete_storage "
                             "FROM retirements WHERE manager_id = ? AND vm_ems_ref = ?"));
    q.addBindValue(managerId);
    q.addBindValue(vmRef);
    if (!q.exec() || !q.next()) {
        addField(u"retirement"_s, tr("Retirement"), tr("Not scheduled"));
        return;
    }
    const qint64 at = q.value(0).toLongLong();
    const int warnDays = q.value(1).toInt();
    const QString state = q.value(2).toString();
    QString value =
        tr("%1 (warned %n day(s) before)", nullptr, warnDays).arg(TimeFormat::dateTime(at));
    if (q.value(4).toBool())
        value += u' ' + tr("· disks deleted too");
    addField(u"retirement"_s, tr("Retirement"), value);

    QString banner;
    // Days left, rounded up: a VM retiring in 4 days and 23 hours retires "in 5 days".
    constexpr qint64 day = qint64(24) * 3600 * 1000;
    if (state == QLatin1String("warned"))
        banner = tr("This VM retires %1, in %n day(s): it will be shut down and removed. Retire "
                    "it again (Ctrl+Shift+T) to move or clear the date.",
                    nullptr, int(qMax<qint64>(0, (at - nowMs() + day - 1) / day)))
                     .arg(TimeFormat::dateTime(at));
    else if (state == QLatin1String("retiring"))
        banner = tr("This VM is being retired now.");
    else if (state == QLatin1String("failed"))
        banner = tr("Retiring this VM failed: %1").arg(q.value(3).toString());
    if (banner.isEmpty())
        return;
    m_retirementBanner = new QLabel(banner, m_page);
    m_retirementBanner->setObjectName(QStringLiteral("retirementBanner"));
    m_retirementBanner->setAccessibleName(tr("Retirement warning"));
    m_retirementBanner->setWordWrap(true);
    m_retirementBanner->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                                Qt::TextSelectableByKeyboard);
    m_retirementBanner->setStyleSheet(m_staleBanner->styleSheet());
    m_pageLayout->insertWidget(1, m_retirementBanner);
    m_retirementBanner->show();
}

QString DetailsPane::retirementKey() const
{
    QSqlQuery q(Database::connection());
    if (m_kind == Kind::Vm) {
        q.prepare(QStringLiteral("SELECT r.retires_at, r.warn_days, r.state, r.message, "
                                 "r.delete_storage FROM vms v JOIN retirements r ON "
                                 "r.manager_id = v.manager_id AND r.vm_ems_ref = v.ems_ref "
                                 "WHERE v.id = ?"));
    } else if (m_kind == Kind::RetiredVm) {
        q.prepare(QStringLiteral("SELECT retires_at, warn_days, state, message, delete_storage "
                                 "FROM retirements WHERE id = ?"));
    } else {
        return {};
    }
    q.addBindValue(m_id);
    if (!q.exec() || !q.next())
        return {};
    QStringList parts;
    for (int i = 0; i < 5; ++i)
        parts << q.value(i).toString();
    return parts.join(u'|');
}

void DetailsPane::reloadIfRetirementChanged()
{
    if ((m_kind == Kind::Vm || m_kind == Kind::RetiredVm) && m_id != 0 &&
        retirementKey() != m_retirementKey)
        reload();
}

void DetailsPane::showRetiredVm(qint64 retirementId)
{
    const QVariantMap r =
        row(QStringLiteral("SELECT * FROM retirements WHERE id = ?"), retirementId);
    if (r.isEmpty()) {
        clear();
        return;
    }
    const qint64 managerId = r.value(u"manager_id"_s).toLongLong();
    const QJsonObject snapshot =
        QJsonDocument::fromJson(text(r, u"vm_snapshot"_s).toUtf8()).object();
    startPage(InventoryIcons::vm(QStringLiteral("off"), false), text(r, u"vm_name"_s),
              tr("Retired virtual machine · %1").arg(providerOf(managerId)));
    addField(u"name"_s, tr("Name"), text(r, u"vm_name"_s));
    addField(u"retired"_s, tr("Retired"),
             TimeFormat::dateTime(r.value(u"retired_at"_s).toLongLong()));
    addField(u"retirement"_s, tr("Scheduled for"),
             TimeFormat::dateTime(r.value(u"retires_at"_s).toLongLong()));
    addField(u"delete_storage"_s, tr("Disks deleted"), yesNo(r, u"delete_storage"_s));
    addSection(tr("As it was"));
    addField(u"uuid"_s, tr("UUID"), snapshot.value(u"uuid"_s).toString());
    addField(u"vcpus"_s, tr("vCPUs"), QString::number(snapshot.value(u"vcpus"_s).toInt()));
    addField(u"memory"_s, tr("Memory"),
             TimeFormat::bytes(qint64(snapshot.value(u"memory_bytes"_s).toDouble())));
    addField(u"os"_s, tr("Operating system"), snapshot.value(u"os_type"_s).toString());
    addField(u"host"_s, tr("Host"), snapshot.value(u"host"_s).toString());
    addField(u"ems_ref"_s, tr("Reference"), text(r, u"vm_ems_ref"_s));
}

void DetailsPane::showObject(Kind kind, qint64 id)
{
    m_kind = kind;
    m_id = id;
    reload();
}

void DetailsPane::reload()
{
    if (m_id == 0) {
        clear();
        return;
    }
    m_retirementKey = retirementKey();
    switch (m_kind) {
    case Kind::Provider:
        showProvider(m_id);
        break;
    case Kind::Datacenter:
        showDatacenter(m_id);
        break;
    case Kind::NetworkFolder:
    case Kind::StorageFolder:
        showFolder(m_kind, m_id);
        break;
    case Kind::Cluster:
        showCluster(m_id);
        break;
    case Kind::Host:
        showHost(m_id);
        break;
    case Kind::Vm:
        showVm(m_id);
        break;
    case Kind::RetiredVm:
        showRetiredVm(m_id);
        break;
    case Kind::Network:
        showNetwork(m_id);
        break;
    case Kind::Storage:
        showStorage(m_id);
        break;
    case Kind::Volume:
        showVolume(m_id);
        break;
    }
}

static QString providerOf(qint64 managerId)
{
    const auto manager = ProviderStore::manager(managerId);
    return manager ? manager->providerName : QString();
}

void DetailsPane::showProvider(qint64 id)
{
    const QVariantMap p = row(QStringLiteral("SELECT * FROM providers WHERE id = ?"), id);
    if (p.isEmpty()) {
        clear();
        return;
    }
    const ProviderType *type = ProviderRegistry::instance().find(text(p, u"type"_s));
    const QString typeName = type ? type->displayName() : text(p, u"type"_s);
    startPage(InventoryIcons::provider(), text(p, u"name"_s), tr("Provider · %1").arg(typeName));
    const QList<ManagerRow> managers = ProviderStore::managersOf(id);
    QList<qint64> managerIds;
    for (const ManagerRow &m : managers)
        managerIds << m.id;
    addStaleBanner(managerIds);

    addField(u"name"_s, tr("Name"), text(p, u"name"_s));
    addField(u"type"_s, tr("Type"), typeName);
    addField(u"created"_s, tr("Added"),
             TimeFormat::dateTime(p.value(u"created_at"_s).toLongLong()));
    const QString scope =
        QStringLiteral(" WHERE manager_id IN (SELECT id FROM managers WHERE provider_id = ?)");
    auto countOf = [&](const QString &table) {
        return int(count(u"SELECT count(*) FROM "_s + table + scope, id));
    };
    QStringList inventory{tr("%n cluster(s)", nullptr, countOf(u"clusters"_s)),
                          tr("%n host(s)", nullptr, countOf(u"hosts"_s)),
                          tr("%n VM(s)", nullptr, countOf(u"vms"_s)),
                          tr("%n network(s)", nullptr, countOf(u"networks"_s)),
                          tr("%n storage pool(s)", nullptr, countOf(u"storages"_s))};
    if (const int datacenters = countOf(u"datacenters"_s); datacenters > 0)
        inventory.prepend(tr("%n datacenter(s)", nullptr, datacenters));
    addField(u"inventory"_s, tr("Inventory"), inventory.join(tr(", ", "list separator")));

    // Keys get a suffix from the second manager on, so every value keeps a unique object name.
    for (int i = 0; i < managers.size(); ++i) {
        const ManagerRow &m = managers[i];
        const QString suffix = i == 0 ? QString() : QStringLiteral("_%1").arg(i + 1);
        addSection(managers.size() == 1 ? tr("Manager") : tr("Manager: %1").arg(m.name));
        addField(u"manager_kind"_s + suffix, tr("Kind"), m.kind);
        addField(u"endpoints"_s + suffix, tr("Endpoints"), m.endpoints.join(u'\n'));
        addField(u"credentials"_s + suffix, tr("Credentials"),
                 m.credentialKey.isEmpty() ? tr("None") : tr("Stored in the system keyring"));
        addField(u"enabled"_s + suffix, tr("Enabled"), m.enabled ? tr("Yes") : tr("No"));
        QString status;
        if (m.lastRefreshStatus == QLatin1String("ok"))
            status = tr("OK");
        else if (m.lastRefreshStatus == QLatin1String("error"))
            status = tr("Failed (stale)");
        else if (m.lastRefreshStatus == QLatin1String("running"))
            status = tr("Refreshing…");
        else
            status = tr("Not refreshed yet");
        addField(u"status"_s + suffix, tr("Status"), status);
        // The label says what happened: the value only when ("3 h ago (2024-05-01 11:02)").
        addAgeField(u"last_refresh"_s + suffix, tr("Last refresh"), m.lastRefreshAt, QString());
        addAgeField(u"last_success"_s + suffix, tr("Last success"), m.lastSuccessAt, QString());
        if (!m.lastRefreshError.isEmpty())
            addField(u"error"_s + suffix, tr("Last error"), m.lastRefreshError);
    }
}

void DetailsPane::showFolder(Kind kind, qint64 providerId)
{
    const QVariantMap p =
        row(QStringLiteral("SELECT name FROM providers WHERE id = ?"), providerId);
    if (p.isEmpty()) {
        clear();
        return;
    }
    const bool networks = kind == Kind::NetworkFolder;
    startPage(InventoryIcons::folder(), networks ? tr("Networks") : tr("Storage"),
              tr("Folder · %1").arg(text(p, u"name"_s)));
    const QString scope =
        QStringLiteral(" WHERE manager_id IN (SELECT id FROM managers WHERE provider_id = ?)");
    if (networks) {
        addField(u"count"_s, tr("Networks"),
                 QString::number(count(u"SELECT count(*) FROM networks"_s + scope, providerId)));
    } else {
        addField(u"count"_s, tr("Storage pools"),
                 QString::number(count(u"SELECT count(*) FROM storages"_s + scope, providerId)));
        addField(
            u"volumes"_s, tr("Volumes"),
            QString::number(count(u"SELECT count(*) FROM storage_volumes"_s + scope, providerId)));
    }
}

void DetailsPane::showDatacenter(qint64 id)
{
    const QVariantMap d = row(QStringLiteral("SELECT * FROM datacenters WHERE id = ?"), id);
    if (d.isEmpty()) {
        clear();
        return;
    }
    const qint64 managerId = d.value(u"manager_id"_s).toLongLong();
    startPage(InventoryIcons::datacenter(), text(d, u"name"_s),
              tr("Datacenter · %1").arg(providerOf(managerId)));
    addStaleBanner({managerId});
    addField(u"name"_s, tr("Name"), text(d, u"name"_s));
    addField(u"ems_ref"_s, tr("Reference"), text(d, u"ems_ref"_s));
    auto countIn = [id](const QString &table) {
        return QString::number(
            count(u"SELECT count(*) FROM "_s + table + u" WHERE datacenter_id = ?"_s, id));
    };
    addField(u"clusters"_s, tr("Clusters"), countIn(u"clusters"_s));
    addField(u"hosts"_s, tr("Hosts"), countIn(u"hosts"_s));
    addField(u"vms"_s, tr("VMs"), countIn(u"vms"_s));
    addField(u"storages"_s, tr("Datastores"), countIn(u"storages"_s));
    addField(u"networks"_s, tr("Networks"), countIn(u"networks"_s));
    addField(u"resource_pools"_s, tr("Resource pools"), countIn(u"resource_pools"_s));
    addField(u"folders"_s, tr("Folders"), countIn(u"folders"_s));
}

void DetailsPane::addDatacenterField(const QVariantMap &values)
{
    const QVariant datacenterId = values.value(u"datacenter_id"_s);
    if (datacenterId.isNull())
        return;
    const QVariantMap d =
        row(QStringLiteral("SELECT name FROM datacenters WHERE id = ?"), datacenterId.toLongLong());
    addField(u"datacenter"_s, tr("Datacenter"), text(d, u"name"_s));
}

void DetailsPane::showCluster(qint64 id)
{
    const QVariantMap c = row(QStringLiteral("SELECT * FROM clusters WHERE id = ?"), id);
    if (c.isEmpty()) {
        clear();
        return;
    }
    const qint64 managerId = c.value(u"manager_id"_s).toLongLong();
    startPage(InventoryIcons::cluster(), text(c, u"name"_s),
              tr("Cluster · %1").arg(providerOf(managerId)));
    addStaleBanner({managerId});
    addField(u"name"_s, tr("Name"), text(c, u"name"_s));
    addField(u"ems_ref"_s, tr("Reference"), text(c, u"ems_ref"_s));
    addField(u"hosts"_s, tr("Hosts"),
             QString::number(count(u"SELECT count(*) FROM hosts WHERE cluster_id = ?"_s, id)));
    addField(u"vms"_s, tr("VMs"),
             QString::number(count(u"SELECT count(*) FROM vms WHERE host_id IN "
                                   "(SELECT id FROM hosts WHERE cluster_id = ?)"_s,
                                   id)));
    addDatacenterField(c);
    QList<QStringList> pools;
    {
        QSqlQuery q(Database::connection());
        q.prepare(QStringLiteral("SELECT id, cpu_reservation_mhz, cpu_limit_mhz, "
                                 "memory_reservation_bytes, memory_limit_bytes, "
                                 "(SELECT count(*) FROM vms WHERE resource_pool_id = p.id) "
                                 "FROM resource_pools p WHERE cluster_id = ? ORDER BY id"));
        q.addBindValue(id);
        q.exec();
        const auto mhz = [](qint64 value) { return tr("%1 MHz").arg(value); };
        const auto memory = [](qint64 value) { return TimeFormat::bytes(value); };
        while (q.next()) {
            pools.append({pathOf(u"resource_pools"_s, q.value(0).toLongLong()),
                          limitText(q.value(1), mhz), limitText(q.value(2), mhz),
                          limitText(q.value(3), memory), limitText(q.value(4), memory),
                          q.value(5).toString()});
        }
    }
    if (!pools.isEmpty())
        addTable(u"resourcePoolsTable"_s, tr("Resource pools"),
                 {tr("Pool"), tr("CPU reserved"), tr("CPU limit"), tr("Memory reserved"),
                  tr("Memory limit"), tr("VMs")},
                 pools, 0);
}

void DetailsPane::showHost(qint64 id)
{
    const QVariantMap h = row(QStringLiteral("SELECT h.*, c.name AS cluster_name FROM hosts h "
                                             "LEFT JOIN clusters c ON c.id = h.cluster_id "
                                             "WHERE h.id = ?"),
                              id);
    if (h.isEmpty()) {
        clear();
        return;
    }
    const qint64 managerId = h.value(u"manager_id"_s).toLongLong();
    startPage(InventoryIcons::host(), text(h, u"name"_s),
              tr("Host · %1").arg(providerOf(managerId)));
    addStaleBanner({managerId});
    addField(u"name"_s, tr("Name"), text(h, u"name"_s));
    addField(u"hostname"_s, tr("Hostname"), text(h, u"hostname"_s));
    addField(u"uri"_s, tr("URI"), text(h, u"uri"_s));
    addField(u"power"_s, tr("Power"),
             h.value(u"power_state"_s).isNull() ? QString() : powerText(text(h, u"power_state"_s)));
    addField(u"cluster"_s, tr("Cluster"), text(h, u"cluster_name"_s));
    addDatacenterField(h);
    addField(u"vms"_s, tr("VMs"),
             QString::number(count(u"SELECT count(*) FROM vms WHERE host_id = ?"_s, id)));
    addSection(tr("Hardware"));
    addField(u"hypervisor"_s, tr("Hypervisor"),
             QStringList{text(h, u"hypervisor"_s), text(h, u"hypervisor_version"_s)}
                 .join(u' ')
                 .trimmed());
    addField(u"cpu_model"_s, tr("CPU model"), text(h, u"cpu_model"_s));
    addField(u"cpu"_s, tr("CPU"),
             QStringList{tr("%n socket(s)", nullptr, h.value(u"cpu_sockets"_s).toInt()),
                         tr("%n core(s)", nullptr, h.value(u"cpu_cores"_s).toInt()),
                         tr("%n thread(s)", nullptr, h.value(u"cpu_threads"_s).toInt())}
                 .join(tr(", ", "list separator")));
    addField(u"cpu_mhz"_s, tr("CPU speed"),
             h.value(u"cpu_mhz"_s).toLongLong() > 0
                 ? tr("%1 MHz").arg(h.value(u"cpu_mhz"_s).toLongLong())
                 : QString());
    addField(u"memory"_s, tr("Memory"), bytes(h, u"memory_bytes"_s));
    addField(u"ems_ref"_s, tr("Reference"), text(h, u"ems_ref"_s));
}

void DetailsPane::showVm(qint64 id)
{
    const QVariantMap v = row(QStringLiteral("SELECT v.*, h.name AS host_name FROM vms v "
                                             "LEFT JOIN hosts h ON h.id = v.host_id "
                                             "WHERE v.id = ?"),
                              id);
    if (v.isEmpty()) {
        clear();
        return;
    }
    const qint64 managerId = v.value(u"manager_id"_s).toLongLong();
    const bool isTemplate = v.value(u"is_template"_s).toBool();
    startPage(
        InventoryIcons::vm(text(v, u"power_state"_s), isTemplate), text(v, u"name"_s),
        (isTemplate ? tr("Template · %1") : tr("Virtual machine · %1")).arg(providerOf(managerId)));
    addStaleBanner({managerId});
    addField(u"name"_s, tr("Name"), text(v, u"name"_s));
    addField(u"uuid"_s, tr("UUID"), text(v, u"uuid"_s));
    addField(u"power"_s, tr("Power"), powerText(text(v, u"power_state"_s)));
    addField(u"vcpus"_s, tr("vCPUs"), text(v, u"vcpus"_s));
    QString memory = bytes(v, u"memory_bytes"_s);
    const qint64 maxMemory = v.value(u"max_memory_bytes"_s).toLongLong();
    if (maxMemory > 0 && maxMemory != v.value(u"memory_bytes"_s).toLongLong())
        memory = tr("%1 (maximum %2)").arg(memory, TimeFormat::bytes(maxMemory));
    addField(u"memory"_s, tr("Memory"), memory);
    addField(u"os"_s, tr("Operating system"), text(v, u"os_type"_s));
    addField(u"host"_s, tr("Host"), text(v, u"host_name"_s));
    addDatacenterField(v);
    if (!v.value(u"resource_pool_id"_s).isNull())
        addField(u"resource_pool"_s, tr("Resource pool"),
                 pathOf(u"resource_pools"_s, v.value(u"resource_pool_id"_s).toLongLong()));
    if (!v.value(u"folder_id"_s).isNull())
        addField(u"folder"_s, tr("Folder"),
                 pathOf(u"folders"_s, v.value(u"folder_id"_s).toLongLong()));
    addField(u"template"_s, tr("Template"), yesNo(v, u"is_template"_s));
    addField(u"ems_ref"_s, tr("Reference"), text(v, u"ems_ref"_s));
    addRetirement(managerId, text(v, u"ems_ref"_s));

    QList<QStringList> disks;
    {
        QSqlQuery q(Database::connection());
        q.prepare(QStringLiteral("SELECT device, target, bus, source, format, capacity_bytes "
                                 "FROM disks WHERE vm_id = ? ORDER BY target, id"));
        q.addBindValue(id);
        q.exec();
        while (q.next()) {
            disks.append(
                {q.value(1).toString(), q.value(0).toString(), q.value(2).toString(),
                 q.value(3).toString(), q.value(4).toString(),
                 q.value(5).isNull() ? QString() : TimeFormat::bytes(q.value(5).toLongLong())});
        }
    }
    addTable(u"disksTable"_s, tr("Disks"),
             {tr("Target"), tr("Device"), tr("Bus"), tr("Source"), tr("Format"), tr("Capacity")},
             disks, 3);
    QList<QStringList> nics;
    {
        QSqlQuery q(Database::connection());
        q.prepare(QStringLiteral("SELECT mac, model, source_type, source FROM nics "
                                 "WHERE vm_id = ? ORDER BY mac, id"));
        q.addBindValue(id);
        q.exec();
        while (q.next()) {
            nics.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                         q.value(3).toString()});
        }
    }
    addTable(u"nicsTable"_s, tr("Network interfaces"),
             {tr("MAC address"), tr("Model"), tr("Type"), tr("Source")}, nics, 3);
}

void DetailsPane::showNetwork(qint64 id)
{
    const QVariantMap n = row(QStringLiteral("SELECT n.*, h.name AS host_name FROM networks n "
                                             "LEFT JOIN hosts h ON h.id = n.host_id "
                                             "WHERE n.id = ?"),
                              id);
    if (n.isEmpty()) {
        clear();
        return;
    }
    const qint64 managerId = n.value(u"manager_id"_s).toLongLong();
    startPage(InventoryIcons::network(), text(n, u"name"_s),
              tr("Network · %1").arg(providerOf(managerId)));
    addStaleBanner({managerId});
    addField(u"name"_s, tr("Name"), text(n, u"name"_s));
    addField(u"uuid"_s, tr("UUID"), text(n, u"uuid"_s));
    addField(u"bridge"_s, tr("Bridge"), text(n, u"bridge"_s));
    addField(u"forward_mode"_s, tr("Forward mode"), text(n, u"forward_mode"_s));
    addField(u"active"_s, tr("Active"), yesNo(n, u"active"_s));
    addField(u"host"_s, tr("Host"), text(n, u"host_name"_s));
    addDatacenterField(n);
    addField(u"ems_ref"_s, tr("Reference"), text(n, u"ems_ref"_s));
}

void DetailsPane::showStorage(qint64 id)
{
    const QVariantMap s = row(QStringLiteral("SELECT s.*, h.name AS host_name FROM storages s "
                                             "LEFT JOIN hosts h ON h.id = s.host_id "
                                             "WHERE s.id = ?"),
                              id);
    if (s.isEmpty()) {
        clear();
        return;
    }
    const qint64 managerId = s.value(u"manager_id"_s).toLongLong();
    startPage(InventoryIcons::storage(), text(s, u"name"_s),
              tr("Storage pool · %1").arg(providerOf(managerId)));
    addStaleBanner({managerId});
    addField(u"name"_s, tr("Name"), text(s, u"name"_s));
    addField(u"uuid"_s, tr("UUID"), text(s, u"uuid"_s));
    addField(u"type"_s, tr("Type"), text(s, u"type"_s));
    addField(u"path"_s, tr("Path"), text(s, u"path"_s));
    addField(u"capacity"_s, tr("Capacity"), bytes(s, u"capacity_bytes"_s));
    addField(u"allocation"_s, tr("Allocated"), bytes(s, u"allocation_bytes"_s));
    addField(u"available"_s, tr("Available"), bytes(s, u"available_bytes"_s));
    addField(u"active"_s, tr("Active"), yesNo(s, u"active"_s));
    addField(u"host"_s, tr("Host"), text(s, u"host_name"_s));
    addDatacenterField(s);
    addField(
        u"volumes"_s, tr("Volumes"),
        QString::number(count(u"SELECT count(*) FROM storage_volumes WHERE storage_id = ?"_s, id)));
}

void DetailsPane::showVolume(qint64 id)
{
    const QVariantMap v =
        row(QStringLiteral("SELECT v.*, s.name AS storage_name FROM storage_volumes v "
                           "LEFT JOIN storages s ON s.id = v.storage_id WHERE v.id = ?"),
            id);
    if (v.isEmpty()) {
        clear();
        return;
    }
    const qint64 managerId = v.value(u"manager_id"_s).toLongLong();
    startPage(InventoryIcons::volume(), text(v, u"name"_s),
              tr("Volume · %1").arg(text(v, u"storage_name"_s)));
    addStaleBanner({managerId});
    addField(u"name"_s, tr("Name"), text(v, u"name"_s));
    addField(u"path"_s, tr("Path"), text(v, u"path"_s));
    addField(u"type"_s, tr("Format"), text(v, u"type"_s));
    addField(u"capacity"_s, tr("Capacity"), bytes(v, u"capacity_bytes"_s));
    addField(u"allocation"_s, tr("Allocated"), bytes(v, u"allocation_bytes"_s));
    addField(u"pool"_s, tr("Storage pool"), text(v, u"storage_name"_s));
}

QString DetailsPane::fieldText(const QString &key) const
{
    if (!m_page)
        return {};
    const auto *label = m_page->findChild<QLabel *>(QStringLiteral("detail_") + key);
    return label ? label->text() : QString();
}

QString DetailsPane::title() const
{
    return m_title->text();
}

QString DetailsPane::retirementText() const
{
    return m_retirementBanner && !m_retirementBanner->isHidden() ? m_retirementBanner->text()
                                                                 : QString();
}

QString DetailsPane::staleText() const
{
    return m_staleBanner && !m_staleBanner->isHidden() ? m_staleBanner->text() : QString();
}

QString DetailsPane::plainText() const
{
    QStringList lines{m_title->text()};
    if (!m_subtitle->text().isEmpty())
        lines << m_subtitle->text();
    if (!staleText().isEmpty())
        lines << staleText();
    for (int i = 0; m_form && i < m_form->rowCount(); ++i) {
        const QLayoutItem *labelItem = m_form->itemAt(i, QFormLayout::LabelRole);
        const QLayoutItem *fieldItem = m_form->itemAt(i, QFormLayout::FieldRole);
        const QLayoutItem *spanning = m_form->itemAt(i, QFormLayout::SpanningRole);
        if (labelItem && fieldItem) {
            const auto *name = qobject_cast<QLabel *>(labelItem->widget());
            const auto *value = qobject_cast<QLabel *>(fieldItem->widget());
            if (name && value)
                lines << name->text() + u' ' + value->text();
        } else if (spanning) {
            if (const auto *label = qobject_cast<QLabel *>(spanning->widget())) {
                lines << QString() << label->text();
            } else if (const auto *table = qobject_cast<QTableWidget *>(spanning->widget())) {
                for (int r = 0; r < table->rowCount(); ++r) {
                    QStringList cells;
                    for (int c = 0; c < table->columnCount(); ++c)
                        cells << (table->item(r, c) ? table->item(r, c)->text() : QString());
                    lines << cells.join(u'\t');
                }
            }
        }
    }
    return lines.join(u'\n');
}

} // namespace Vantage
