#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Vantage {

// What to put in a libvirt test-driver node file (test:///path/to/file.xml).
struct TestNodeSpec
{
    // Prefixes every generated name. The provider names a test-driver host after its file, so
    // write the file as <hostName>.xml to see this name as the host's.
    QString hostName = QStringLiteral("testhost");
    int domains = 10;
    int networks = 2;
    int pools = 1;
    int volumesPerPool = 4;
    quint32 seed = 1;
    // When set, opening the file requires these credentials (the test driver's <auth> section).
    QString authUser;
    QString authPassword;
};

// The generated objects, so that tests can compare what a collector read with what was written.
struct TestNodeDomain
{
    QString name;
    QString uuid;
    int runState = 1;   // virDomainState: 1 running, 3 paused, 4 shutdown, 5 shutoff, ...
    QString powerState; // the generic word core expects for runState
    int vcpus = 1;
    qint64 memoryKiB = 0; // <memory>
    qint64 currentMemoryKiB = 0;
    QString osType;
    QString diskTarget;
    QString diskBus;
    QString diskFormat;
    QString diskPath;
    qint64 diskCapacityBytes = 0; // non-zero when the disk is one of the pools' volumes
    QString mac;
    QString nicModel;
    QString nicSourceType; // "network" or "bridge"
    QString nicSource;
};

struct TestNodeNetwork
{
    QString name;
    QString uuid;
    QString bridge;
    QString forwardMode; // "nat", or empty for an isolated network
};

struct TestNodeVolume
{
    QString name;
    QString path;
    qint64 capacityBytes = 0;
    qint64 allocationBytes = 0;
};

struct TestNodePool
{
    QString name;
    QString uuid;
    QString path;
    QList<TestNodeVolume> volumes;
};

struct TestNodeModel
{
    QString hostUuid; // the "computer" node device's hardware UUID
    int cpuSockets = 0;
    int cpuCores = 0;
    int cpuThreads = 0;
    int cpuMhz = 0;
    qint64 memoryKiB = 0;
    QList<TestNodeDomain> domains;
    QList<TestNodeNetwork> networks;
    QList<TestNodePool> pools;
};

// Writes deterministic node files for libvirt's test driver: the same spec always gives the same
// bytes, and different seeds give different UUIDs and MACs, so several files can form one
// cluster without ems_ref collisions.
class TestNodeXml final
{
public:
    static TestNodeModel model(const TestNodeSpec &spec);
    static QByteArray generate(const TestNodeSpec &spec);
    static QByteArray generate(const TestNodeModel &model, const TestNodeSpec &spec);
    static bool writeFile(const QString &path, const TestNodeSpec &spec, QString *error);

    // The test: URI for an absolute file path.
    static QString uriForFile(const QString &path);
};

} // namespace Vantage
