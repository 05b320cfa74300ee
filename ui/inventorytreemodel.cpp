#include "ui/inventorytreemodel.h"

#include "core/database.h"
#include "core/inventory.h"
#include "core/providerregistry.h"
#include "ui/inventoryicons.h"
#include "ui/timeformat.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Vantage {

using Kind = InventoryTreeModel::Kind;

struct InventoryTreeModel::Node
{
    Kind kind = Kind::Provider;
    qint64 id = 0;
    qint64 providerId = 0;
    qint64 managerId = 0;
    QString name;
    QString state;
    QString powerState;
    QString summary;
    QString toolTip;
    QString emsRef;
    qint64 sortNumber = 0; // what the summary column sorts by (memory, capacity, counts)
    bool stale = false;
    bool isTemplate = false;
    bool hasOperations = false; // providers only: their type's
    // Providers only: the managers whose last refresh failed, whether or not one runs now.
    QList<qint64> failedManagers;

    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    bool sameData(const Node &other) const
    {
        return name == other.name && state == other.state && powerState == other.powerState &&
               summary == other.summary && toolTip == other.toolTip &&
               sortNumber == other.sortNumber && stale == other.stale &&
               isTemplate == other.isTemplate && managerId == other.managerId &&
               emsRef == other.emsRef && hasOperations == other.hasOperations &&
               failedManagers == other.failedManagers;
    }

    Node *add(std::unique_ptr<Node> child)
    {
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
};

using Node = InventoryTreeModel::Node;

static quint64 keyOf(Kind kind, qint64 id)
{
    return (quint64(kind) << 56) ^ quint64(id);
}

static quint64 keyOf(const Node *node)
{
    return keyOf(node->kind, node->id);
}

static void renumber(Node *parent, int from = 0)
{
    for (int i = from; i < int(parent->children.size()); ++i)
        parent->children[size_t(i)]->row = i;
}

static QString powerText(const QString &state)
{
    if (state == QLatin1String(PowerState::On))
        return InventoryTreeModel::tr("Running");
    if (state == QLatin1String(PowerState::Off))
        return InventoryTreeModel::tr("Powered off");
    if (state == QLatin1String(PowerState::Suspended))
        return InventoryTreeModel::tr("Suspended");
    if (state == QLatin1String(PowerState::Paused))
        return InventoryTreeModel::tr("Paused");
    if (state == QLatin1String(PowerState::ShuttingDown))
        return InventoryTreeModel::tr("Shutting down");
    if (state == QLatin1String(PowerState::Crashed))
        return InventoryTreeModel::tr("Crashed");
    return InventoryTreeModel::tr("Unknown");
}

QStringList InventoryTreeModel::stateTexts()
{
    QStringList texts;
    for (const char *state :
         {PowerState::On, PowerState::Off, PowerState::Suspended, PowerState::Paused,
          PowerState::ShuttingDown, PowerState::Crashed, PowerState::Unknown})
        texts << powerText(QLatin1String(state));
    texts << tr("Template") << tr("Retired") << tr("Refreshing…") << tr("Stale")
          << tr("Not refreshed yet") << tr("OK") << tr("Active") << tr("Inactive");
    return texts;
}

static QSqlQuery run(const QString &sql, qint64 providerId)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    if (providerId > 0)
        query.addBindValue(providerId);
    query.exec();
    return query;
}

// Inventory queries for one provider or for all of them; the manager filter keeps one query per
// table either way.
static QString scoped(const QString &select, const QString &table, qint64 providerId,
                      const QString &order)
{
    QString sql = select + QStringLiteral(" FROM ") + table;
    if (providerId > 0)
        sql += (table.contains(QLatin1String(" WHERE ")) ? QStringLiteral(" AND ")
                                                         : QStringLiteral(" WHERE ")) +
               QStringLiteral("manager_id IN (SELECT id FROM managers WHERE provider_id = ?)");
    return sql + QStringLiteral(" ORDER BY ") + order;
}

static const QString byName = QStringLiteral("name COLLATE NOCASE, id");

InventoryTreeModel::InventoryTreeModel(QObject *parent)
    : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{}

InventoryTreeModel::~InventoryTreeModel() = default;

std::unique_ptr<Node> InventoryTreeModel::build(qint64 onlyProviderId, bool withInventory) const
{
    auto root = std::make_unique<Node>();
    QHash<qint64, Node *> providers;
    QHash<qint64, Node *> networkFolders;
    QHash<qint64, Node *> storageFolders;

    {
        QString sql = QStringLiteral("SELECT id, name, type FROM providers");
        if (onlyProviderId > 0)
            sql += QStringLiteral(" WHERE id = ?");
        QSqlQuery q = run(sql + QStringLiteral(" ORDER BY ") + byName, onlyProviderId);
        while (q.next()) {
            auto node = std::make_unique<Node>();
            node->kind = Kind::Provider;
            node->id = q.value(0).toLongLong();
            node->providerId = node->id;
            node->name = q.value(1).toString();
            const QString type = q.value(2).toString();
            const ProviderType *providerType = ProviderRegistry::instance().find(type);
            node->summary = providerType ? providerType->displayName() : type;
            node->hasOperations = providerType && providerType->hasOperations();
            const qint64 id = node->id;
            providers.insert(id, root->add(std::move(node)));
        }
    }

    // Managers decide the provider's state: any refresh running, any failed (stale), all fine.
    QHash<qint64, Node *> providerOfManager;
    {
        QString sql = QStringLiteral(
            "SELECT id, provider_id, last_refresh_status, last_refresh_error, last_success_at "
            "FROM managers");
        if (onlyProviderId > 0)
            sql += QStringLiteral(" WHERE provider_id = ?");
        QSqlQuery q = run(sql + QStringLiteral(" ORDER BY id"), onlyProviderId);
        QHash<Node *, QStringList> statuses;
        QHash<Node *, QStringList> errors;
        while (q.next()) {
            Node *provider = providers.value(q.value(1).toLongLong());
            if (!provider)
                continue;
            providerOfManager.insert(q.value(0).toLongLong(), provider);
            const qint64 managerId = q.value(0).toLongLong();
            statuses[provider].append(m_refreshing.contains(managerId) ? QStringLiteral("running")
                                                                       : q.value(2).toString());
            const QString error = q.value(3).toString();
            if (q.value(2).toString() == QLatin1String("error")) {
                provider->failedManagers.append(managerId);
                if (!error.isEmpty())
                    errors[provider].append(error);
            }
        }
        for (Node *provider : std::as_const(providers)) {
            const QStringList s = statuses.value(provider);
            if (s.contains(QLatin1String("running"))) {
                provider->state = tr("Refreshing…");
            } else if (s.contains(QLatin1String("error"))) {
                provider->state = tr("Stale");
                provider->stale = true;
                provider->toolTip =
                    tr("The last refresh failed; the inventory shown may be out of date.\n%1")
                        .arg(errors.value(provider).join(u'\n'));
            } else if (s.isEmpty() || s.contains(QString())) {
                provider->state = tr("Not refreshed yet");
            } else {
                provider->state = tr("OK");
            }
        }
    }

    if (!withInventory)
        return root;

    // Folders wait here until the provider's clusters, hosts and VMs are in, so they come last.
    std::vector<std::unique_ptr<Node>> folders;
    for (Node *provider : std::as_const(providers)) {
        for (Kind kind : {Kind::NetworkFolder, Kind::StorageFolder}) {
            auto folder = std::make_unique<Node>();
            folder->kind = kind;
            folder->id = provider->id;
            folder->providerId = provider->id;
            folder->name = kind == Kind::NetworkFolder ? tr("Networks") : tr("Storage");
            folder->stale = !provider->failedManagers.isEmpty();
            (kind == Kind::NetworkFolder ? networkFolders : storageFolders)
                .insert(provider->id, folder.get());
            folders.push_back(std::move(folder));
        }
    }

    // A node for the row a query stands on (id and manager_id first), and its provider; none for a
    // manager of no provider shown. Below the provider, what a failed manager collected is stale
    // until it refreshes again.
    auto nodeFor = [&providerOfManager](const QSqlQuery &q, Kind kind, Node **provider) {
        const qint64 managerId = q.value(1).toLongLong();
        *provider = providerOfManager.value(managerId);
        if (!*provider)
            return std::unique_ptr<Node>();
        auto node = std::make_unique<Node>();
        node->kind = kind;
        node->id = q.value(0).toLongLong();
        node->providerId = (*provider)->id;
        node->managerId = managerId;
        node->stale = (*provider)->failedManagers.contains(managerId);
        return node;
    };

    QHash<qint64, Node *> datacenters;
    {
        QSqlQuery q = run(scoped(QStringLiteral("SELECT id, manager_id, name"),
                                 QStringLiteral("datacenters"), onlyProviderId, byName),
                          onlyProviderId);
        while (q.next()) {
            Node *provider = nullptr;
            auto node = nodeFor(q, Kind::Datacenter, &provider);
            if (!node)
                continue;
            node->name = q.value(2).toString();
            const qint64 id = node->id;
            datacenters.insert(id, provider->add(std::move(node)));
        }
    }
    // Where an object outside a cluster or host goes: its datacenter, else its provider.
    const auto containerOf = [&datacenters](const QVariant &datacenterId, Node *provider) {
        return datacenters.value(datacenterId.toLongLong(), provider);
    };

    QHash<qint64, Node *> clusters;
    {
        QSqlQuery q = run(scoped(QStringLiteral("SELECT id, manager_id, name, datacenter_id"),
                                 QStringLiteral("clusters"), onlyProviderId, byName),
                          onlyProviderId);
        while (q.next()) {
            Node *provider = nullptr;
            auto node = nodeFor(q, Kind::Cluster, &provider);
            if (!node)
                continue;
            node->name = q.value(2).toString();
            const qint64 id = node->id;
            clusters.insert(id, containerOf(q.value(3), provider)->add(std::move(node)));
        }
    }

    QHash<qint64, Node *> hosts;
    {
        QSqlQuery q =
            run(scoped(QStringLiteral("SELECT id, manager_id, cluster_id, name, hypervisor, "
                                      "cpu_threads, memory_bytes, power_state, datacenter_id"),
                       QStringLiteral("hosts"), onlyProviderId, byName),
                onlyProviderId);
        while (q.next()) {
            Node *provider = nullptr;
            auto node = nodeFor(q, Kind::Host, &provider);
            if (!node)
                continue;
            node->name = q.value(3).toString();
            const int threads = q.value(5).toInt();
            const qint64 memory = q.value(6).toLongLong();
            QStringList parts;
            if (!q.value(4).toString().isEmpty())
                parts << q.value(4).toString();
            if (threads > 0)
                parts << tr("%n CPU(s)", nullptr, threads);
            if (memory > 0)
                parts << TimeFormat::bytes(memory);
            node->summary = parts.join(QStringLiteral(" · "));
            node->sortNumber = memory;
            node->powerState = q.value(7).toString();
            node->state = node->powerState.isEmpty() ? QString() : powerText(node->powerState);
            Node *parent = clusters.value(q.value(2).toLongLong());
            if (!parent)
                parent = containerOf(q.value(8), provider);
            const qint64 id = node->id;
            hosts.insert(id, parent->add(std::move(node)));
        }
    }
    for (Node *cluster : std::as_const(clusters)) {
        const int hostCount = int(cluster->children.size());
        cluster->summary = tr("%n host(s)", nullptr, hostCount);
        cluster->sortNumber = qint64(cluster->children.size());
    }

    {
        QSqlQuery q = run(scoped(QStringLiteral("SELECT id, manager_id, host_id, name, "
                                                "power_state, vcpus, memory_bytes, is_template, "
                                                "ems_ref, datacenter_id"),
                                 QStringLiteral("vms"), onlyProviderId, byName),
                          onlyProviderId);
        while (q.next()) {
            Node *provider = nullptr;
            auto node = nodeFor(q, Kind::Vm, &provider);
            if (!node)
                continue;
            node->name = q.value(3).toString();
            node->powerState = q.value(4).toString();
            node->isTemplate = q.value(7).toBool();
            node->emsRef = q.value(8).toString();
            node->state = node->isTemplate ? tr("Template") : powerText(node->powerState);
            const int vcpus = q.value(5).toInt();
            const qint64 memory = q.value(6).toLongLong();
            node->summary = tr("%n vCPU(s)", nullptr, vcpus) + QStringLiteral(" · ") +
                            TimeFormat::bytes(memory);
            node->sortNumber = memory;
            Node *parent = hosts.value(q.value(2).toLongLong());
            if (!parent)
                parent = containerOf(q.value(9), provider);
            parent->add(std::move(node));
        }
    }
    for (Node *datacenter : std::as_const(datacenters)) {
        int clusterCount = 0, hostCount = 0, vmCount = 0;
        for (const auto &child : datacenter->children) {
            if (child->kind == Kind::Cluster) {
                ++clusterCount;
                hostCount += int(child->children.size());
                for (const auto &host : child->children)
                    vmCount += int(host->children.size());
            } else if (child->kind == Kind::Host) {
                ++hostCount;
                vmCount += int(child->children.size());
            } else if (child->kind == Kind::Vm) {
                ++vmCount;
            }
        }
        datacenter->summary =
            QStringList{tr("%n cluster(s)", nullptr, clusterCount),
                        tr("%n host(s)", nullptr, hostCount), tr("%n VM(s)", nullptr, vmCount)}
                .join(QStringLiteral(" · "));
        datacenter->sortNumber = vmCount;
    }

    {
        QSqlQuery q = run(scoped(QStringLiteral("SELECT id, manager_id, name, bridge, "
                                                "forward_mode, active, datacenter_id"),
                                 QStringLiteral("networks"), onlyProviderId, byName),
                          onlyProviderId);
        while (q.next()) {
            Node *provider = nullptr;
            auto node = nodeFor(q, Kind::Network, &provider);
            if (!node)
                continue;
            node->name = q.value(2).toString();
            QStringList parts;
            // Two vSphere datacenters may each have a "VM Network": say whose this is.
            if (const Node *datacenter = datacenters.value(q.value(6).toLongLong()))
                parts << datacenter->name;
            if (!q.value(3).toString().isEmpty())
                parts << q.value(3).toString();
            if (!q.value(4).toString().isEmpty())
                parts << q.value(4).toString();
            node->summary = parts.join(QStringLiteral(" · "));
            node->state = q.value(5).toBool() ? tr("Active") : tr("Inactive");
            networkFolders.value(provider->id)->add(std::move(node));
        }
    }

    QHash<qint64, Node *> storages;
    {
        QSqlQuery q = run(scoped(QStringLiteral("SELECT id, manager_id, name, type, "
                                                "capacity_bytes, available_bytes, active, "
                                                "datacenter_id"),
                                 QStringLiteral("storages"), onlyProviderId, byName),
                          onlyProviderId);
        while (q.next()) {
            Node *provider = nullptr;
            auto node = nodeFor(q, Kind::Storage, &provider);
            if (!node)
                continue;
            node->name = q.value(2).toString();
            const qint64 capacity = q.value(4).toLongLong();
            QStringList parts;
            if (const Node *datacenter = datacenters.value(q.value(7).toLongLong()))
                parts << datacenter->name;
            if (!q.value(3).toString().isEmpty())
                parts << q.value(3).toString();
            if (capacity > 0)
                parts << tr("%1 free of %2")
                             .arg(TimeFormat::bytes(q.value(5).toLongLong()),
                                  TimeFormat::bytes(capacity));
            node->summary = parts.join(QStringLiteral(" · "));
            node->sortNumber = capacity;
            node->state = q.value(6).toBool() ? tr("Active") : tr("Inactive");
            const qint64 id = node->id;
            storages.insert(id, storageFolders.value(provider->id)->add(std::move(node)));
        }
    }

    {
        QSqlQuery q = run(scoped(QStringLiteral("SELECT id, manager_id, storage_id, name, type, "
                                                "capacity_bytes"),
                                 QStringLiteral("storage_volumes"), onlyProviderId, byName),
                          onlyProviderId);
        while (q.next()) {
            Node *provider = nullptr;
            auto node = nodeFor(q, Kind::Volume, &provider);
            Node *storage = storages.value(q.value(2).toLongLong());
            if (!node || !storage)
                continue;
            node->name = q.value(3).toString();
            const qint64 capacity = q.value(5).toLongLong();
            QStringList parts;
            if (!q.value(4).toString().isEmpty())
                parts << q.value(4).toString();
            if (capacity > 0)
                parts << TimeFormat::bytes(capacity);
            node->summary = parts.join(QStringLiteral(" · "));
            node->sortNumber = capacity;
            storage->add(std::move(node));
        }
    }

    if (m_showRetired) {
        // Retired VMs come after the live ones, before the folders; the vms row is gone.
        QSqlQuery q = run(scoped(QStringLiteral("SELECT id, manager_id, vm_name, retired_at, "
                                                "vm_ems_ref"),
                                 QStringLiteral("retirements WHERE state = 'retired'"),
                                 onlyProviderId, QStringLiteral("vm_name COLLATE NOCASE, id")),
                          onlyProviderId);
        while (q.next()) {
            Node *provider = nullptr;
            auto node = nodeFor(q, Kind::RetiredVm, &provider);
            if (!node)
                continue;
            node->name = q.value(2).toString();
            node->state = tr("Retired");
            node->powerState = QString::fromLatin1(PowerState::Off);
            node->emsRef = q.value(4).toString();
            node->sortNumber = q.value(3).toLongLong();
            node->summary = tr("Retired %1").arg(TimeFormat::dateTime(node->sortNumber));
            provider->add(std::move(node));
        }
    }

    for (auto &folder : folders)
        providers.value(folder->providerId)->add(std::move(folder));
    for (Node *provider : std::as_const(providers)) {
        for (Node *folder :
             {networkFolders.value(provider->id), storageFolders.value(provider->id)})
            folder->sortNumber = qint64(folder->children.size());
        Node *networks = networkFolders.value(provider->id);
        Node *storage = storageFolders.value(provider->id);
        networks->summary = tr("%n network(s)", nullptr, int(networks->children.size()));
        storage->summary = tr("%n storage pool(s)", nullptr, int(storage->children.size()));
    }
    return root;
}

void InventoryTreeModel::registerSubtree(Node *node)
{
    m_byKey.insert(keyOf(node), node);
    if (node->kind == Kind::Vm)
        ++m_vmCount;
    for (auto &child : node->children)
        registerSubtree(child.get());
}

void InventoryTreeModel::unregisterSubtree(Node *node)
{
    // A node that moved to another parent was registered again under the same key before its old
    // copy left: only forget the key when it still points here.
    auto it = m_byKey.find(keyOf(node));
    if (it != m_byKey.end() && *it == node)
        m_byKey.erase(it);
    if (node->kind == Kind::Vm)
        --m_vmCount;
    for (auto &child : node->children)
        unregisterSubtree(child.get());
}

void InventoryTreeModel::reload()
{
    beginResetModel();
    m_byKey.clear();
    m_vmCount = 0;
    m_root = build(0, true);
    for (auto &provider : m_root->children)
        registerSubtree(provider.get());
    endResetModel();
}

void InventoryTreeModel::syncProviders()
{
    std::unique_ptr<Node> fresh = build(0, false);
    QSet<qint64> known;
    for (auto &provider : m_root->children)
        known.insert(provider->id);
    QList<qint64> added;
    for (auto &provider : fresh->children) {
        if (!known.contains(provider->id))
            added.append(provider->id);
    }
    syncChildren(m_root.get(), std::move(fresh->children), false);
    for (qint64 id : std::as_const(added))
        updateProvider(id, true);
}

void InventoryTreeModel::updateManager(qint64 managerId, bool inventoryChanged)
{
    QSqlQuery q(Database::connection());
    q.prepare(QStringLiteral("SELECT provider_id FROM managers WHERE id = ?"));
    q.addBindValue(managerId);
    if (!q.exec() || !q.next()) {
        syncProviders();
        return;
    }
    updateProvider(q.value(0).toLongLong(), inventoryChanged);
}

void InventoryTreeModel::setShowRetired(bool show)
{
    if (show == m_showRetired)
        return;
    m_showRetired = show;
    // Patched per provider, so the user's selection and expansion stay.
    QList<qint64> providers;
    for (const auto &provider : m_root->children)
        providers.append(provider->id);
    for (qint64 providerId : std::as_const(providers))
        updateProvider(providerId, true);
}

void InventoryTreeModel::setManagerRefreshing(qint64 managerId, bool refreshing)
{
    if (refreshing == m_refreshing.contains(managerId))
        return;
    if (refreshing)
        m_refreshing.insert(managerId);
    else
        m_refreshing.remove(managerId);
    updateManager(managerId, false);
}

void InventoryTreeModel::updateProvider(qint64 providerId, bool withInventory)
{
    std::unique_ptr<Node> fresh = build(providerId, withInventory);
    Node *existing = m_byKey.value(keyOf(Kind::Provider, providerId));
    // A manager that failed or recovered changes whether its objects show as stale.
    if (!withInventory && existing && !fresh->children.empty() &&
        fresh->children.front()->failedManagers != existing->failedManagers) {
        withInventory = true;
        fresh = build(providerId, true);
    }
    if (!existing || fresh->children.empty()) {
        // Appeared or disappeared: the top level changes, which syncProviders handles.
        syncProviders();
        return;
    }
    updateNode(existing, fresh->children.front().get(), withInventory);
}

void InventoryTreeModel::updateNode(Node *target, Node *fresh, bool recurse)
{
    if (!target->sameData(*fresh)) {
        target->name = fresh->name;
        target->state = fresh->state;
        target->powerState = fresh->powerState;
        target->summary = fresh->summary;
        target->toolTip = fresh->toolTip;
        target->sortNumber = fresh->sortNumber;
        target->stale = fresh->stale;
        target->isTemplate = fresh->isTemplate;
        target->emsRef = fresh->emsRef;
        target->hasOperations = fresh->hasOperations;
        target->managerId = fresh->managerId;
        target->failedManagers = fresh->failedManagers;
        emit dataChanged(indexOf(target, 0), indexOf(target, ColumnCount - 1));
    }
    if (recurse)
        syncChildren(target, std::move(fresh->children), true);
}

void InventoryTreeModel::syncChildren(Node *target, std::vector<std::unique_ptr<Node>> fresh,
                                      bool recurse)
{
    const QModelIndex parentIndex = indexOf(target);
    auto &children = target->children;

    QSet<quint64> freshKeys;
    freshKeys.reserve(qsizetype(fresh.size()));
    for (const auto &node : fresh)
        freshKeys.insert(keyOf(node.get()));

    // Gone rows, removed in contiguous runs from the end so earlier row numbers stay valid.
    for (int i = int(children.size()) - 1; i >= 0; --i) {
        if (freshKeys.contains(keyOf(children[size_t(i)].get())))
            continue;
        const int last = i;
        while (i > 0 && !freshKeys.contains(keyOf(children[size_t(i - 1)].get())))
            --i;
        beginRemoveRows(parentIndex, i, last);
        for (int r = i; r <= last; ++r)
            unregisterSubtree(children[size_t(r)].get());
        children.erase(children.begin() + i, children.begin() + last + 1);
        renumber(target, i);
        endRemoveRows();
    }

    QSet<quint64> oldKeys;
    oldKeys.reserve(qsizetype(children.size()));
    for (const auto &node : children)
        oldKeys.insert(keyOf(node.get()));

    // Now every remaining row is also in fresh: walk fresh in order, inserting new runs, moving
    // rows whose place changed (a rename re-sorts) and updating the rest in place.
    int j = 0;
    while (j < int(fresh.size())) {
        const quint64 key = keyOf(fresh[size_t(j)].get());
        if (j < int(children.size()) && keyOf(children[size_t(j)].get()) == key) {
            updateNode(children[size_t(j)].get(), fresh[size_t(j)].get(), recurse);
            ++j;
            continue;
        }
        if (!oldKeys.contains(key)) {
            int end = j;
            while (end < int(fresh.size()) && !oldKeys.contains(keyOf(fresh[size_t(end)].get())))
                ++end;
            beginInsertRows(parentIndex, j, end - 1);
            for (int r = j; r < end; ++r) {
                fresh[size_t(r)]->parent = target;
                if (!recurse)
                    fresh[size_t(r)]->children.clear();
                registerSubtree(fresh[size_t(r)].get());
            }
            children.insert(children.begin() + j, std::make_move_iterator(fresh.begin() + j),
                            std::make_move_iterator(fresh.begin() + end));
            renumber(target, j);
            endInsertRows();
            j = end;
            continue;
        }
        int from = j + 1;
        while (keyOf(children[size_t(from)].get()) != key)
            ++from;
        beginMoveRows(parentIndex, from, from, parentIndex, j);
        std::rotate(children.begin() + j, children.begin() + from, children.begin() + from + 1);
        renumber(target, j);
        endMoveRows();
    }
}

InventoryTreeModel::Node *InventoryTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex InventoryTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex InventoryTreeModel::indexFor(Kind kind, qint64 id) const
{
    return indexOf(m_byKey.value(keyOf(kind, id)));
}

QSet<quintptr> InventoryTreeModel::vmNameMatches(const QString &needle, int *vmCount) const
{
    QSet<quintptr> kept;
    int matched = 0;
    for (const Node *node : std::as_const(m_byKey)) {
        if (node->kind != Kind::Vm || !node->name.contains(needle, Qt::CaseInsensitive))
            continue;
        ++matched;
        for (const Node *n = node; n && n != m_root.get(); n = n->parent) {
            const auto id = reinterpret_cast<quintptr>(n);
            if (kept.contains(id))
                break;
            kept.insert(id);
        }
    }
    if (vmCount)
        *vmCount = matched;
    return kept;
}

QModelIndex InventoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *node = nodeOf(parent);
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex InventoryTreeModel::parent(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::DoNotUseParent));
    return indexOf(nodeOf(index)->parent);
}

int InventoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int InventoryTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant InventoryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid));
    const Node *node = nodeOf(index);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == NameColumn)
            return node->name;
        if (column == StateColumn)
            return node->state;
        return node->summary;
    case Qt::AccessibleTextRole: {
        QString text = column == NameColumn
                           ? (node->state.isEmpty() ? node->name : node->name + u", " + node->state)
                           : (column == StateColumn ? node->state : node->summary);
        // The provider's state already says "Stale"; what it holds says so too.
        if (node->stale && column == NameColumn && node->kind != Kind::Provider)
            text += u", " + tr("stale");
        return text;
    }
    case Qt::DecorationRole:
        if (column == NameColumn) {
            switch (node->kind) {
            case Kind::Provider:
                return InventoryIcons::provider();
            case Kind::Datacenter:
                return InventoryIcons::datacenter();
            case Kind::Cluster:
                return InventoryIcons::cluster();
            case Kind::Host:
                return InventoryIcons::host();
            case Kind::Vm:
            case Kind::RetiredVm:
                return InventoryIcons::vm(node->powerState, node->isTemplate);
            case Kind::NetworkFolder:
            case Kind::StorageFolder:
                return InventoryIcons::folder();
            case Kind::Network:
                return InventoryIcons::network();
            case Kind::Storage:
                return InventoryIcons::storage();
            case Kind::Volume:
                return InventoryIcons::volume();
            }
        }
        if (column == StateColumn && (node->kind == Kind::Vm || node->kind == Kind::Host) &&
            !node->powerState.isEmpty())
            return InventoryIcons::powerDot(node->powerState);
        return {};
    case Qt::ToolTipRole:
        if (!node->toolTip.isEmpty())
            return node->toolTip;
        if (node->stale)
            return tr("The provider's last refresh failed; this may be out of date.");
        return {};
    case Qt::ForegroundRole:
        // The provider's name stays readable; its state and everything it holds are greyed.
        if (node->kind == Kind::RetiredVm ||
            (node->stale && (node->kind != Kind::Provider || column == StateColumn)))
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (node->stale && node->kind == Kind::Provider && column == StateColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case KindRole:
        return int(node->kind);
    case IdRole:
        return node->id;
    case ProviderIdRole:
        return node->providerId;
    case ManagerIdRole:
        return node->managerId;
    case PowerStateRole:
        return node->powerState;
    case StaleRole:
        return node->stale;
    case EmsRefRole:
        return node->emsRef;
    case IsTemplateRole:
        return node->isTemplate;
    case HasOperationsRole: {
        const Node *provider = node;
        while (provider->parent && provider->parent != m_root.get())
            provider = provider->parent;
        return provider->hasOperations;
    }
    case SortKeyRole:
        if (column == NameColumn)
            return node->name;
        if (column == StateColumn)
            return node->state;
        return node->sortNumber;
    default:
        return {};
    }
}

QVariant InventoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case SummaryColumn:
        return tr("Details");
    default:
        return {};
    }
}

Qt::ItemFlags InventoryTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const Kind kind = nodeOf(index)->kind;
    if (kind == Kind::Vm || kind == Kind::RetiredVm || kind == Kind::Network ||
        kind == Kind::Volume)
        flags |= Qt::ItemNeverHasChildren;
    return flags;
}

} // namespace Vantage
