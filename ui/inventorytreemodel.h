#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>
#include <QString>

#include <memory>
#include <vector>

namespace Vantage {

// The cached inventory as a tree: Provider → Cluster → Host → VM, with hosts outside a cluster
// and VMs outside a host directly under their provider, and per provider a "Networks" folder and
// a "Storage" folder (pools → volumes). A manager with datacenters (vSphere) shows its own
// hierarchy, Provider → Datacenter → Cluster → Host → VM, objects outside a cluster or host going
// directly under their datacenter; folders and resource pools are properties of a VM. Everything is
// read at once with one query per table, so the tree shows the last known inventory before any
// manager answers. After a refresh only the affected provider's subtree is compared by row id and
// patched with insert, remove, move and dataChanged, so views keep their selection and expansion.
class InventoryTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum class Kind {
        Provider,
        Cluster,
        Host,
        Vm,
        NetworkFolder,
        Network,
        StorageFolder,
        Storage,
        Volume,
        RetiredVm, // a retirements row whose VM is gone: archived, shown when asked
        Datacenter,
    };
    Q_ENUM(Kind)

    enum Column { NameColumn, StateColumn, SummaryColumn, ColumnCount };

    enum Role {
        KindRole = Qt::UserRole + 1, // Kind as int
        IdRole,                      // row id in the kind's table; the provider id for folders
        ProviderIdRole,
        ManagerIdRole, // 0 for providers and folders
        PowerStateRole,
        StaleRole,   // the provider's last refresh failed: what is shown may be out of date
        SortKeyRole, // what the column sorts by
        EmsRefRole,  // the object's ems_ref (VMs: what requests name them by)
        IsTemplateRole,
        // Whether the object's provider type implements lifecycle operations.
        HasOperationsRole,
    };

    explicit InventoryTreeModel(QObject *parent = nullptr);
    ~InventoryTreeModel() override;

    // Re-reads everything (a model reset). Used at start-up.
    void reload();
    // Adds providers that appeared and removes those that are gone, after add/remove.
    void syncProviders();
    // Re-reads the provider owning the manager: its own row always (state, staleness), its
    // inventory when inventoryChanged. A no-op when nothing differs.
    void updateManager(qint64 managerId, bool inventoryChanged = true);
    // Marks the manager's provider "Refreshing…" until the refresh finishes. The supervisor says
    // a refresh started before the manager row says so, hence this instead of the row.
    void setManagerRefreshing(qint64 managerId, bool refreshing);

    QModelIndex indexFor(Kind kind, qint64 id) const;
    // Every text the state column can show, translated: what a view sizes that column for.
    static QStringList stateTexts();
    int vmCount() const { return m_vmCount; }
    // Whether retired VMs (from the retirements table) are listed under their provider.
    void setShowRetired(bool show);
    bool showRetired() const { return m_showRetired; }

    // The internal ids of the VMs whose name contains needle (case-insensitive) and of all their
    // ancestors: what a filter keeps. *vmCount, when given, receives the number of VMs matched.
    QSet<quintptr> vmNameMatches(const QString &needle, int *vmCount = nullptr) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    struct Node;

private:
    std::unique_ptr<Node> build(qint64 onlyProviderId, bool withInventory) const;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    void updateProvider(qint64 providerId, bool withInventory);
    void syncChildren(Node *target, std::vector<std::unique_ptr<Node>> fresh, bool recurse);
    void updateNode(Node *target, Node *fresh, bool recurse);
    void registerSubtree(Node *node);
    void unregisterSubtree(Node *node);

    std::unique_ptr<Node> m_root;
    QHash<quint64, Node *> m_byKey; // Not owned: every node in the tree by (kind, id).
    int m_vmCount = 0;
    QSet<qint64> m_refreshing; // manager ids
    bool m_showRetired = false;
};

} // namespace Vantage
