#include "core/database.h"
#include "core/requests.h"

#include "requestfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Vantage;
using namespace Vantage::Testing;

namespace {
NewTask item(const QString &name, const QList<int> &dependsOn = {})
{
    ProvisionSpec spec;
    spec.name = name + QStringLiteral("-vm");
    spec.sourceVmRef = QStringLiteral("tmpl");
    return {name, provisionSpecToJson(spec), dependsOn};
}
} // namespace

class tst_ServiceTemplateStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void saveLoadUpdateRemove();
    void invalidTemplatesAreRefused_data();
    void invalidTemplatesAreRefused();
    void duplicateNameIsRefused();
    void malformedStoredItemsAreReported();
    void orderRequestKeepsDependencies();

private:
    QTemporaryDir m_dir;
    qint64 m_manager = 0;
    int m_databases = 0;
};

void tst_ServiceTemplateStore::init()
{
    resetFakeManager(0);
    QString error;
    QVERIFY2(Database::initialize(m_dir.filePath(QStringLiteral("%1.sqlite").arg(++m_databases)),
                                  &error),
             qPrintable(error));
    m_manager = addFakeManager();
}

void tst_ServiceTemplateStore::saveLoadUpdateRemove()
{
    ServiceTemplate web;
    web.name = QStringLiteral("Web shop");
    web.description = QStringLiteral("db, app and web");
    web.managerId = m_manager;
    web.items = {item(QStringLiteral("db")), item(QStringLiteral("app"), {0}),
                 item(QStringLiteral("web"), {1})};
    QString error;
    const qint64 id = ServiceTemplateStore::save(web, &error);
    QVERIFY2(id, qPrintable(error));
    auto loaded = ServiceTemplateStore::serviceTemplate(id);
    QVERIFY(loaded);
    QCOMPARE(loaded->name, web.name);
    QCOMPARE(loaded->description, web.description);
    QCOMPARE(loaded->managerId, m_manager);
    QCOMPARE(loaded->items.size(), 3);
    QCOMPARE(loaded->items.at(2).description, QStringLiteral("web"));
    QCOMPARE(loaded->items.at(2).dependsOn, QList<int>{1});
    QCOMPARE(provisionSpecFromJson(loaded->items.at(1).spec).name, QStringLiteral("app-vm"));
    QVERIFY(loaded->itemsError.isEmpty());

    loaded->items.removeLast();
    loaded->name = QStringLiteral("Web shop 2");
    QCOMPARE(ServiceTemplateStore::save(*loaded, &error), id);
    QCOMPARE(ServiceTemplateStore::templates().size(), 1);
    QCOMPARE(ServiceTemplateStore::templates().first().items.size(), 2);
    QCOMPARE(ServiceTemplateStore::templates().first().name, QStringLiteral("Web shop 2"));

    QVERIFY(ServiceTemplateStore::remove(id, &error));
    QVERIFY(ServiceTemplateStore::templates().isEmpty());
    // Updating a removed template says so.
    QCOMPARE(ServiceTemplateStore::save(*loaded, &error), 0);
    QVERIFY2(error.contains(QStringLiteral("no longer exists")), qPrintable(error));
}

void tst_ServiceTemplateStore::invalidTemplatesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QList<NewTask>>("items");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no name") << "  " << QList<NewTask>{item(QStringLiteral("a"))} << "a name";
    QTest::newRow("no items") << "t" << QList<NewTask>{} << "at least one item";
    QTest::newRow("empty item name") << "t" << QList<NewTask>{item(QString())} << "not valid";
    QTest::newRow("padded item name")
        << "t" << QList<NewTask>{item(QStringLiteral(" a"))} << "not valid";
    QTest::newRow("duplicate items")
        << "t" << QList<NewTask>{item(QStringLiteral("a")), item(QStringLiteral("A"))}
        << "Two items are named";
    QTest::newRow("missing dependency") << "t" << QList<NewTask>{item(QStringLiteral("a"), {4})}
                                        << "a depends on an item that "
                                           "does not exist";
    QTest::newRow("cycle") << "t"
                           << QList<NewTask>{item(QStringLiteral("web"), {1}),
                                             item(QStringLiteral("db"), {2}),
                                             item(QStringLiteral("app"), {0})}
                           << "cycle: web → db → app → web";
    NewTask noSource = item(QStringLiteral("a"));
    noSource.spec.remove(QStringLiteral("source_vm_ref"));
    QTest::newRow("invalid spec") << "t" << QList<NewTask>{noSource} << "Item “a”:";
}

void tst_ServiceTemplateStore::invalidTemplatesAreRefused()
{
    QFETCH(QString, name);
    QFETCH(QList<NewTask>, items);
    QFETCH(QString, expected);
    ServiceTemplate serviceTemplate;
    serviceTemplate.name = name;
    serviceTemplate.items = items;
    QString error;
    QCOMPARE(ServiceTemplateStore::save(serviceTemplate, &error), 0);
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(ServiceTemplateStore::templates().isEmpty());
}

void tst_ServiceTemplateStore::duplicateNameIsRefused()
{
    ServiceTemplate first;
    first.name = QStringLiteral("Web");
    first.items = {item(QStringLiteral("a"))};
    QString error;
    QVERIFY(ServiceTemplateStore::save(first, &error));
    ServiceTemplate second = first;
    second.name = QStringLiteral("web");
    QCOMPARE(ServiceTemplateStore::save(second, &error), 0);
    QVERIFY2(error.contains(QStringLiteral("exists already")), qPrintable(error));
    QCOMPARE(ServiceTemplateStore::templates().size(), 1);
}

void tst_ServiceTemplateStore::malformedStoredItemsAreReported()
{
    ServiceTemplate good;
    good.name = QStringLiteral("good");
    good.items = {item(QStringLiteral("a"))};
    QString error;
    QVERIFY(ServiceTemplateStore::save(good, &error));
    good.name = QStringLiteral("bad");
    const qint64 bad = ServiceTemplateStore::save(good, &error);
    QVERIFY(
        execSql(QStringLiteral("UPDATE service_templates SET items = '[{\"name\": ' WHERE id = %1")
                    .arg(bad)));
    const auto templates = ServiceTemplateStore::templates();
    QCOMPARE(templates.size(), 2);
    QCOMPARE(templates.at(0).name, QStringLiteral("bad"));
    QVERIFY(templates.at(0).items.isEmpty());
    QVERIFY2(templates.at(0).itemsError.contains(QStringLiteral("cannot be read")),
             qPrintable(templates.at(0).itemsError));
    QCOMPARE(templates.at(1).items.size(), 1);
}

void tst_ServiceTemplateStore::orderRequestKeepsDependencies()
{
    ServiceTemplate shop;
    shop.id = 7;
    shop.name = QStringLiteral("Shop");
    shop.managerId = m_manager;
    shop.items = {item(QStringLiteral("db")), item(QStringLiteral("web"), {0})};
    const NewRequest request = ServiceTemplateStore::orderRequest(shop, QStringLiteral("alice"));
    QCOMPARE(request.type, QStringLiteral("service"));
    QCOMPARE(request.managerId, m_manager);
    QCOMPARE(request.requester, QStringLiteral("alice"));
    QCOMPARE(request.options.value(QStringLiteral("template_id")).toInt(), 7);
    QCOMPARE(request.tasks.size(), 2);
    QCOMPARE(request.tasks.at(1).dependsOn, QList<int>{0});
    QString error;
    QVERIFY2(RequestStore::submit(request, false, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_ServiceTemplateStore)
#include "tst_servicetemplatestore.moc"
