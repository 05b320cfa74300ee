// SmartState end to end, as an operator gets it: a real database, the libvirt provider on a
// generated test-driver node whose VMs' disks are qcow2 images built here, a real Supervisor
// whose request runner carries out "scan" requests. A shut-off VM is scanned and stored; a
// running one is refused until the request allows a crash-consistent read.
#include "core/database.h"
#include "core/providerregistry.h"
#include "core/providerstore.h"
#include "core/requestrunner.h"
#include "core/requests.h"
#include "core/smartstate/smartstatestore.h"
#include "core/smartstate/smartstatetask.h"
#include "core/supervisor.h"
#include "providers/libvirt/libvirtprovider.h"
#include "tests/smartstate/imagebuilder.h"
#include "tests/support/testnodexml.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Vantage;
using namespace Vantage::Testing;

namespace {

constexpr int timeoutMs = 30000;

} // namespace

class tst_SmartStateFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void scansAShutOffVm();
    void runningVmNeedsConsent();

private:
    qint64 submitAndWait(const QString &vmName, bool allowRunning);
    QString vmRef(const QString &name) const;

    QTemporaryDir m_dir;
    TestNodeModel m_model;
    qint64 m_manager = 0;
    std::unique_ptr<Supervisor> m_supervisor;
};

void tst_SmartStateFlow::initTestCase()
{
    registerLibvirtProvider();
    RequestRunner::registerHandler(QString::fromLatin1(SmartStateRequest::Type),
                                   SmartStateTask::handler());
    QString error;
    QVERIFY2(Database::initialize(m_dir.filePath(QStringLiteral("vantage.sqlite")), &error),
             qPrintable(error));

    const QString tree = m_dir.filePath(QStringLiteral("tree"));
    QVERIFY(writeGuestFile(tree, QStringLiteral("etc/os-release"),
                           "NAME=\"Ubuntu\"\nVERSION_ID=\"24.04\"\nID=ubuntu\n"));
    QVERIFY(writeGuestFile(tree, QStringLiteral("etc/hostname"), "lab-vm\n"));
    QVERIFY(writeGuestFile(tree, QStringLiteral("etc/passwd"),
                           "root:x:0:0:root:/root:/bin/bash\nubuntu:x:1000:1000::/home/ubuntu:"
                           "/bin/bash\n"));
    QVERIFY(writeGuestFile(tree, QStringLiteral("var/lib/dpkg/status"),
                           "Package: openssh-server\nStatus: install ok installed\n"
                           "Architecture: amd64\nVersion: 1:9.6p1-3ubuntu13\n"));
    QVERIFY2(makeExt4(tree, m_dir.filePath(QStringLiteral("fs.raw")), 8, &error),
             qPrintable(error));
    qint64 offset = 0;
    QVERIFY(makePartitionedDisk(m_dir.filePath(QStringLiteral("fs.raw")),
                                m_dir.filePath(QStringLiteral("disk.raw")), PartitionLayout::Gpt,
                                &offset, &error));
    const QString image = m_dir.filePath(QStringLiteral("disk.qcow2"));
    QVERIFY(convertToQcow2(m_dir.filePath(QStringLiteral("disk.raw")), image, {}, &error));

    TestNodeSpec spec;
    spec.hostName = QStringLiteral("scan-lab");
    spec.domains = 2;
    spec.pools = 0;
    m_model = TestNodeXml::model(spec);
    for (int i = 0; i < 2; ++i) {
        TestNodeDomain &domain = m_model.domains[i];
        domain.runState = i == 0 ? 5 : 1; // shut off, running
        domain.diskFormat = QStringLiteral("qcow2");
        domain.diskPath = image;
    }
    QFile node(m_dir.filePath(spec.hostName + QStringLiteral(".xml")));
    QVERIFY(node.open(QIODevice::WriteOnly));
    node.write(TestNodeXml::generate(m_model, spec));
    node.close();
    ProviderSpec provider;
    provider.name = QStringLiteral("Scan Lab");
    provider.type = QStringLiteral("libvirt");
    provider.endpoints = {TestNodeXml::uriForFile(node.fileName())};
    const auto providerId = ProviderStore::addProvider(provider, &error);
    QVERIFY2(providerId, qPrintable(error));
    m_manager = ProviderStore::managersOf(*providerId).first().id;

    m_supervisor = std::make_unique<Supervisor>();
    QSignalSpy refreshed(m_supervisor.get(), &Supervisor::refreshFinished);
    m_supervisor->start(true);
    QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), timeoutMs);
    QVERIFY(!vmRef(m_model.domains.at(0).name).isEmpty());
}

void tst_SmartStateFlow::cleanupTestCase()
{
    if (m_supervisor)
        m_supervisor->stop();
    m_supervisor.reset();
}

QString tst_SmartStateFlow::vmRef(const QString &name) const
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral("SELECT ems_ref FROM vms WHERE name = ?"));
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

qint64 tst_SmartStateFlow::submitAndWait(const QString &vmName, bool allowRunning)
{
    QString error;
    const qint64 id =
        RequestStore::submit(SmartStateTask::request(m_manager, {{vmRef(vmName), vmName}},
                                                     QStringLiteral("tester"), allowRunning),
                             false, &error);
    if (id == 0) {
        qWarning("%s", qPrintable(error));
        return 0;
    }
    m_supervisor->notifyRequestSubmitted();
    const bool finished = QTest::qWaitFor(
        [&] { return RequestStore::request(id)->state == QLatin1String(RequestState::Finished); },
        timeoutMs);
    return finished ? id : 0;
}

void tst_SmartStateFlow::scansAShutOffVm()
{
    const QString name = m_model.domains.at(0).name;
    const qint64 request = submitAndWait(name, false);
    QVERIFY(request);
    QVERIFY2(RequestStore::request(request)->status == QLatin1String(RequestStatus::Ok),
             qPrintable(RequestStore::request(request)->message));
    const auto scans = SmartStateStore::scans(m_manager, vmRef(name));
    QCOMPARE(scans.size(), 1);
    QCOMPARE(scans.first().status, QStringLiteral("ok"));
    QCOMPARE(scans.first().vmName, name);
    QCOMPARE(scans.first().osName, QStringLiteral("Ubuntu"));
    QCOMPARE(scans.first().osVersion, QStringLiteral("24.04"));
    QCOMPARE(scans.first().hostname, QStringLiteral("lab-vm"));
    QString error;
    const auto scan = SmartStateStore::load(scans.first().id, &error);
    QVERIFY(scan);
    QCOMPARE(scan->result.packages,
             (QList<SmartPackage>{{"openssh-server", "1:9.6p1-3ubuntu13", "amd64", "dpkg"}}));
    QCOMPARE(scan->result.users.size(), 2);
    const TaskRecord task = RequestStore::tasks(request).first();
    QCOMPARE(task.progress, 100);
    QVERIFY2(task.log.contains(QStringLiteral("Reading disk vda")), qPrintable(task.log));
}

void tst_SmartStateFlow::runningVmNeedsConsent()
{
    const QString name = m_model.domains.at(1).name;
    const qint64 refused = submitAndWait(name, false);
    QVERIFY(refused);
    QCOMPARE(RequestStore::request(refused)->status, QStringLiteral("error"));
    QVERIFY2(RequestStore::tasks(refused).first().message.contains(QStringLiteral("is running")),
             qPrintable(RequestStore::tasks(refused).first().message));

    const qint64 allowed = submitAndWait(name, true);
    QVERIFY(allowed);
    QCOMPARE(RequestStore::request(allowed)->status, QStringLiteral("ok"));
    const auto scans = SmartStateStore::scans(m_manager, vmRef(name));
    QCOMPARE(scans.size(), 2);
    QCOMPARE(scans.at(0).status, QStringLiteral("ok"));
    QCOMPARE(scans.at(1).status, QStringLiteral("error"));
}

QTEST_GUILESS_MAIN(tst_SmartStateFlow)
#include "tst_smartstateflow.moc"
