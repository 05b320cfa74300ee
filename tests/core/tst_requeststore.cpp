#include "core/database.h"
#include "core/requests.h"

#include "requestfixture.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Vantage;
using namespace Vantage::Testing;

class tst_RequestStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void provisionSpecRoundTrip();
    void reconfigureSpecRoundTrip();
    void invalidSpecsAreExplained_data();
    void invalidSpecsAreExplained();
    void submitRoundTrip();
    void approvalRequiredWaitsAndApproveQueues();
    void denyFinishesTheRequest();
    void cancelQueuedAndActive();
    void badDependenciesAreRefused_data();
    void badDependenciesAreRefused();
    void malformedStoredJsonIsReportedPerTask();
    void requestForMissingManagerIsRefused();

private:
    QTemporaryDir m_dir;
    qint64 m_manager = 0;
    int m_databases = 0;
};

void tst_RequestStore::init()
{
    resetFakeManager(0);
    QString error;
    QVERIFY2(Database::initialize(m_dir.filePath(QStringLiteral("%1.sqlite").arg(++m_databases)),
                                  &error),
             qPrintable(error));
    m_manager = addFakeManager();
    QVERIFY(m_manager);
}

void tst_RequestStore::provisionSpecRoundTrip()
{
    ProvisionSpec spec;
    spec.name = QStringLiteral("web-1");
    spec.hostRef = QStringLiteral("host-a");
    spec.sourceVolumeRef = QStringLiteral("pool/debian.iso");
    spec.sourceIsIso = true;
    spec.storageRef = QStringLiteral("pool");
    spec.vcpus = 4;
    spec.memoryBytes = 8LL << 30;
    spec.diskBytes = 3LL << 40; // beyond 32 bits
    spec.networkRef = QStringLiteral("net");
    spec.start = true;
    const ProvisionSpec back = provisionSpecFromJson(provisionSpecToJson(spec));
    QCOMPARE(back.name, spec.name);
    QCOMPARE(back.hostRef, spec.hostRef);
    QCOMPARE(back.sourceVmRef, QString());
    QCOMPARE(back.sourceVolumeRef, spec.sourceVolumeRef);
    QCOMPARE(back.sourceIsIso, true);
    QCOMPARE(back.storageRef, spec.storageRef);
    QCOMPARE(back.vcpus, 4);
    QCOMPARE(back.memoryBytes, spec.memoryBytes);
    QCOMPARE(back.diskBytes, spec.diskBytes);
    QCOMPARE(back.networkRef, spec.networkRef);
    QCOMPARE(back.start, true);
    QVERIFY(validateProvisionSpec(back).isEmpty());
    // An empty object gives the defaults, not garbage.
    QCOMPARE(provisionSpecFromJson({}).vcpus, 1);
}

void tst_RequestStore::reconfigureSpecRoundTrip()
{
    ReconfigureSpec spec;
    spec.vcpus = 2;
    spec.memoryBytes = 4LL << 30;
    spec.addDisks << DiskAddition{QStringLiteral("pool"), 10LL << 30};
    spec.removeDiskRefs << QStringLiteral("disk-1");
    spec.addNics << NicAddition{QStringLiteral("net"), QStringLiteral("e1000")};
    spec.removeNicRefs << QStringLiteral("nic-1") << QStringLiteral("nic-2");
    spec.live = true;
    const ReconfigureSpec back = reconfigureSpecFromJson(reconfigureSpecToJson(spec));
    QCOMPARE(back.vcpus, 2);
    QCOMPARE(back.memoryBytes, spec.memoryBytes);
    QCOMPARE(back.addDisks.size(), 1);
    QCOMPARE(back.addDisks.first().storageRef, QStringLiteral("pool"));
    QCOMPARE(back.addDisks.first().capacityBytes, 10LL << 30);
    QCOMPARE(back.removeDiskRefs, spec.removeDiskRefs);
    QCOMPARE(back.addNics.first().model, QStringLiteral("e1000"));
    QCOMPARE(back.removeNicRefs, spec.removeNicRefs);
    QCOMPARE(back.live, true);
    QVERIFY(validateReconfigureSpec(back).isEmpty());
    QVERIFY(!validateReconfigureSpec({}).isEmpty()); // nothing to change
}

void tst_RequestStore::invalidSpecsAreExplained_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no name") << R"({"source_vm_ref": "t"})"
                             << "no name";
    QTest::newRow("no source") << R"({"name": "a"})"
                               << "exactly one source";
    QTest::newRow("two sources")
        << R"({"name": "a", "source_vm_ref": "t", "source_volume_ref": "v"})"
        << "exactly one source";
    QTest::newRow("iso without disk")
        << R"({"name": "a", "source_volume_ref": "v", "source_is_iso": true})"
        << "ISO";
    QTest::newRow("no cpu") << R"({"name": "a", "source_vm_ref": "t", "vcpus": 0})"
                            << "virtual CPU";
}

void tst_RequestStore::invalidSpecsAreExplained()
{
    QFETCH(QString, json);
    QFETCH(QString, expected);
    const ProvisionSpec spec =
        provisionSpecFromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    const QString error = validateProvisionSpec(spec);
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void tst_RequestStore::submitRoundTrip()
{
    ProvisionSpec a;
    a.name = QStringLiteral("db");
    a.sourceVmRef = QStringLiteral("tmpl");
    ProvisionSpec b = a;
    b.name = QStringLiteral("web");
    NewRequest request = provisionRequest(m_manager, {a, b}, QStringLiteral("alice"));
    request.tasks[1].dependsOn = {0};
    QString error;
    const qint64 id = RequestStore::submit(request, false, &error);
    QVERIFY2(id, qPrintable(error));
    const auto stored = RequestStore::request(id);
    QVERIFY(stored);
    QCOMPARE(stored->type, QStringLiteral("provision"));
    QCOMPARE(stored->requester, QStringLiteral("alice"));
    QCOMPARE(stored->managerId, m_manager);
    QCOMPARE(stored->approvalState, QStringLiteral("approved"));
    QCOMPARE(stored->state, QStringLiteral("queued"));
    QVERIFY(stored->createdAtMs > 0);
    QVERIFY(stored->approvedAtMs > 0);
    QCOMPARE(stored->taskCount, 2);
    QCOMPARE(stored->tasksFinished, 0);
    QVERIFY(stored->optionsError.isEmpty());
    const QList<TaskRecord> tasks = RequestStore::tasks(id);
    QCOMPARE(tasks.size(), 2);
    QCOMPARE(tasks.at(0).position, 0);
    QCOMPARE(tasks.at(0).state, QStringLiteral("pending"));
    QCOMPARE(provisionSpecFromJson(tasks.at(1).spec).name, QStringLiteral("web"));
    QCOMPARE(tasks.at(1).dependsOn, QList<int>{0});
    QVERIFY(tasks.at(1).specError.isEmpty());

    const qint64 second = RequestStore::submit(
        powerRequest(m_manager, PowerOperation::Start, {{QStringLiteral("r"), QStringLiteral("n")}},
                     QStringLiteral("bob")),
        false, &error);
    QVERIFY(second > id);
    const auto all = RequestStore::requests();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.first().id, second); // newest first
    QCOMPARE(all.first().options.value(QStringLiteral("operation")).toString(),
             QStringLiteral("start"));
}

void tst_RequestStore::approvalRequiredWaitsAndApproveQueues()
{
    QString error;
    const qint64 id = RequestStore::submit(
        powerRequest(m_manager, PowerOperation::Start, {{QStringLiteral("r"), QStringLiteral("n")}},
                     QStringLiteral("bob")),
        true, &error);
    QVERIFY(id);
    QCOMPARE(RequestStore::request(id)->state, QStringLiteral("pending"));
    QCOMPARE(RequestStore::request(id)->approvalState, QStringLiteral("pending_approval"));
    QVERIFY(RequestStore::approve(id, QStringLiteral("carol"), QStringLiteral("fine"), &error));
    const auto approved = RequestStore::request(id);
    QCOMPARE(approved->state, QStringLiteral("queued"));
    QCOMPARE(approved->approvalState, QStringLiteral("approved"));
    QCOMPARE(approved->approver, QStringLiteral("carol"));
    QCOMPARE(approved->approvalReason, QStringLiteral("fine"));
    // Only once.
    QVERIFY(!RequestStore::approve(id, QStringLiteral("carol"), {}, &error));
    QVERIFY2(error.contains(QStringLiteral("not waiting for approval")), qPrintable(error));
}

void tst_RequestStore::denyFinishesTheRequest()
{
    QString error;
    const qint64 id = RequestStore::submit(
        powerRequest(m_manager, PowerOperation::Start, {{QStringLiteral("r"), QStringLiteral("n")}},
                     QStringLiteral("bob")),
        true, &error);
    QVERIFY(RequestStore::deny(id, QStringLiteral("carol"), QStringLiteral("not today"), &error));
    const auto denied = RequestStore::request(id);
    QCOMPARE(denied->state, QStringLiteral("finished"));
    QCOMPARE(denied->status, QStringLiteral("denied"));
    QCOMPARE(denied->approvalState, QStringLiteral("denied"));
    QVERIFY(denied->message.contains(QStringLiteral("not today")));
    QVERIFY(denied->finishedAtMs > 0);
    QVERIFY(!RequestStore::approve(id, QStringLiteral("carol"), {}, &error));
}

void tst_RequestStore::cancelQueuedAndActive()
{
    QString error;
    const NewRequest request = powerRequest(
        m_manager, PowerOperation::Start,
        {{QStringLiteral("a"), QStringLiteral("a")}, {QStringLiteral("b"), QStringLiteral("b")}},
        QStringLiteral("bob"));
    const qint64 queued = RequestStore::submit(request, false, &error);
    QVERIFY(RequestStore::cancel(queued, &error));
    QCOMPARE(RequestStore::request(queued)->status, QStringLiteral("cancelled"));
    QCOMPARE(RequestStore::request(queued)->state, QStringLiteral("finished"));
    QCOMPARE(RequestStore::request(queued)->tasksFinished, 2);
    for (const TaskRecord &task : RequestStore::tasks(queued))
        QCOMPARE(task.status, QStringLiteral("cancelled"));
    QVERIFY(!RequestStore::cancel(queued, &error));
    QVERIFY2(error.contains(QStringLiteral("finished already")), qPrintable(error));

    const qint64 active = RequestStore::submit(request, false, &error);
    QVERIFY(
        execSql(QStringLiteral("UPDATE requests SET state = 'active' WHERE id = %1").arg(active)));
    QVERIFY(RequestStore::cancel(active, &error));
    const auto record = RequestStore::request(active);
    QCOMPARE(record->state, QStringLiteral("active")); // the runner finishes it
    QVERIFY(record->cancelRequested());
}

void tst_RequestStore::badDependenciesAreRefused_data()
{
    QTest::addColumn<QList<QList<int>>>("dependencies");
    QTest::addColumn<QString>("expected");
    QTest::newRow("self") << QList<QList<int>>{{0}, {}, {}} << "a depends on itself";
    QTest::newRow("missing") << QList<QList<int>>{{}, {7}, {}} << "does not exist";
    QTest::newRow("cycle") << QList<QList<int>>{{}, {2}, {1}}
                           << "The dependencies form a cycle: b → c → b.";
}

void tst_RequestStore::badDependenciesAreRefused()
{
    QFETCH(QList<QList<int>>, dependencies);
    QFETCH(QString, expected);
    NewRequest request;
    request.type = QStringLiteral("provision");
    request.managerId = m_manager;
    const QStringList names{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    for (int i = 0; i < names.size(); ++i)
        request.tasks.append({names.at(i), {}, dependencies.at(i)});
    QString error;
    QCOMPARE(RequestStore::submit(request, false, &error), 0);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(RequestStore::requests().size(), 0);
}

void tst_RequestStore::malformedStoredJsonIsReportedPerTask()
{
    QString error;
    const qint64 id =
        RequestStore::submit(powerRequest(m_manager, PowerOperation::Start,
                                          {{QStringLiteral("a"), QStringLiteral("a")},
                                           {QStringLiteral("b"), QStringLiteral("b")},
                                           {QStringLiteral("c"), QStringLiteral("c")}},
                                          QStringLiteral("bob")),
                             false, &error);
    QVERIFY(execSql(
        QStringLiteral("UPDATE request_tasks SET spec = '{\"vm_ref\": ' WHERE position = 1")));
    QVERIFY(execSql(
        QStringLiteral("UPDATE request_tasks SET depends_on = '[\"x\"]' WHERE position = 2")));
    QVERIFY(execSql(QStringLiteral("UPDATE requests SET options = '[1]' WHERE id = %1").arg(id)));
    const QList<TaskRecord> tasks = RequestStore::tasks(id);
    QCOMPARE(tasks.size(), 3);
    QVERIFY(tasks.at(0).specError.isEmpty());
    QVERIFY2(tasks.at(1).specError.contains(QStringLiteral("not valid JSON")),
             qPrintable(tasks.at(1).specError));
    QVERIFY2(tasks.at(2).specError.contains(QStringLiteral("dependencies")),
             qPrintable(tasks.at(2).specError));
    QVERIFY2(RequestStore::request(id)->optionsError.contains(QStringLiteral("not a JSON object")),
             qPrintable(RequestStore::request(id)->optionsError));
}

void tst_RequestStore::requestForMissingManagerIsRefused()
{
    QString error;
    QCOMPARE(RequestStore::submit(powerRequest(999, PowerOperation::Start,
                                               {{QStringLiteral("a"), QStringLiteral("a")}},
                                               QStringLiteral("bob")),
                                  false, &error),
             0);
    QVERIFY2(error.contains(QStringLiteral("no longer exists")), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_RequestStore)
#include "tst_requeststore.moc"
