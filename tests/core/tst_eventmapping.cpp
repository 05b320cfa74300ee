#include "core/eventmapping.h"

#include <QTest>

using namespace Vantage;

class tst_EventMapping : public QObject
{
    Q_OBJECT

private slots:
    void mapsKnownNamesAndDefaultsToOther();
    void rejectsMalformedData_data();
    void rejectsMalformedData();
    void policyLongestPatternWins_data();
    void policyLongestPatternWins();
    void policyRejectsUnknownAction();
};

void tst_EventMapping::mapsKnownNamesAndDefaultsToOther()
{
    QString error;
    const auto mapping = EventMapping::fromJson(
        R"({"source": "x", "events": {"started": "vm_power_on", "gone": "vm_deleted"}})", &error);
    QVERIFY2(mapping, qPrintable(error));
    QCOMPARE(mapping->source(), QStringLiteral("x"));
    QCOMPARE(mapping->typeOf(QStringLiteral("started")), QStringLiteral("vm_power_on"));
    QCOMPARE(mapping->typeOf(QStringLiteral("gone")), QStringLiteral("vm_deleted"));
    QCOMPARE(mapping->typeOf(QStringLiteral("something.new")), QStringLiteral("other"));
}

void tst_EventMapping::rejectsMalformedData_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated") << QByteArray(R"({"source": "x", "events": {)")
                               << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[]") << QStringLiteral("must be a JSON object");
    QTest::newRow("no source") << QByteArray(R"({"events": {"a": "other"}})")
                               << QStringLiteral("no \"source\"");
    QTest::newRow("no table") << QByteArray(R"({"source": "x"})")
                              << QStringLiteral("no \"events\" table");
    QTest::newRow("unknown type") << QByteArray(
                                         R"({"source": "x", "events": {"a": "vm_exploded"}})")
                                  << QStringLiteral("\"vm_exploded\", which is not a generic");
    QTest::newRow("number") << QByteArray(R"({"source": "x", "events": {"a": 3}})")
                            << QStringLiteral("a non-string value");
}

void tst_EventMapping::rejectsMalformedData()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!EventMapping::fromJson(json, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void tst_EventMapping::policyLongestPatternWins_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("action");
    QTest::newRow("vm target") << QStringLiteral("vm_power_on")
                               << int(RefreshPolicy::Action::Target);
    QTest::newRow("exact beats prefix")
        << QStringLiteral("vm_deleted") << int(RefreshPolicy::Action::Full);
    QTest::newRow("host full") << QStringLiteral("host_connected")
                               << int(RefreshPolicy::Action::Full);
    QTest::newRow("other none") << QStringLiteral("other") << int(RefreshPolicy::Action::None);
    QTest::newRow("unlisted none")
        << QStringLiteral("storage_created") << int(RefreshPolicy::Action::None);
}

void tst_EventMapping::policyLongestPatternWins()
{
    QFETCH(QString, type);
    QFETCH(int, action);
    QString error;
    const auto policy = RefreshPolicy::fromJson(
        R"({"v*": "none", "vm_*": "target", "vm_deleted": "full", "host_*": "full", "other": "none"})",
        &error);
    QVERIFY2(policy, qPrintable(error));
    QCOMPARE(int(policy->actionFor(type)), action);
    // The shipped policy loads and refreshes a VM's events by target.
    QCOMPARE(RefreshPolicy::standard().actionFor(QStringLiteral("vm_power_off")),
             RefreshPolicy::Action::Target);
    QCOMPARE(RefreshPolicy::standard().actionFor(QStringLiteral("network_started")),
             RefreshPolicy::Action::Full);
}

void tst_EventMapping::policyRejectsUnknownAction()
{
    QString error;
    QVERIFY(!RefreshPolicy::fromJson(R"({"vm_*": "sometimes"})", &error));
    QVERIFY2(error.contains(QStringLiteral("use none, target or full")), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_EventMapping)
#include "tst_eventmapping.moc"
