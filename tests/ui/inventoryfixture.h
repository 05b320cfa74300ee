#pragma once

#include <QString>
#include <QTemporaryDir>
#include <QVariantList>

namespace Vantage::Testing {

// Fills a fresh database through plain SQL, the way a refresh would have left it, so UI tests
// need no provider and no worker. Every call runs on the calling thread's connection.
class InventoryFixture
{
public:
    // Initializes the process's database in dir; false (and *error) when that fails.
    static bool open(const QTemporaryDir &dir, QString *error);

    static bool exec(const QString &sql, const QVariantList &binds = {});

    // A provider with one manager; *managerId receives the manager's id.
    static qint64 addProvider(const QString &name, qint64 *managerId,
                              const QString &type = QStringLiteral("uifake"),
                              const QString &endpoint = QStringLiteral("uifake://one"));
    static void setRefreshStatus(qint64 managerId, const QString &status, const QString &error = {},
                                 qint64 atMs = 0);

    // vSphere's top level; place objects in it with exec("UPDATE <table> SET datacenter_id ...").
    static qint64 addDatacenter(qint64 managerId, const QString &name);
    static qint64 addCluster(qint64 managerId, const QString &name);
    static qint64 addHost(qint64 managerId, qint64 clusterId, const QString &name);
    static qint64 addVm(qint64 managerId, qint64 hostId, const QString &name,
                        const QString &power = QStringLiteral("on"));
    static qint64 addNetwork(qint64 managerId, const QString &name);
    static qint64 addStorage(qint64 managerId, const QString &name);
    static qint64 addVolume(qint64 managerId, qint64 storageId, const QString &name);
    static qint64 addDisk(qint64 managerId, qint64 vmId, const QString &target,
                          const QString &source);
    static qint64 addNic(qint64 managerId, qint64 vmId, const QString &mac, const QString &network);

    // clusters × hostsPerCluster hosts, each with vmsPerHost VMs named "<prefix>-vm-NNNNN", plus
    // a network and a pool with two volumes, in one transaction. Returns the provider id.
    static qint64 addLargeProvider(const QString &name, int clusters, int hostsPerCluster,
                                   int vmsPerHost, qint64 *managerId = nullptr);

private:
    static qint64 insert(const QString &sql, const QVariantList &binds);
    static QString nextRef();
};

} // namespace Vantage::Testing
