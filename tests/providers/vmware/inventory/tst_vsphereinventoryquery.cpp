#include "providers/vmware/inventory/vsphereinventorymapper.h"
#include "providers/vmware/inventory/vsphereinventoryparser.h"
#include "providers/vmware/inventory/vsphereinventoryquery.h"
#include "tests/vcsim/vcsimprocess.h"

#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>

using namespace Vantage;

namespace {

const QString SoapNs = QStringLiteral("http://schemas.xmlsoap.org/soap/envelope/");
const QString VimNs = QStringLiteral("urn:vim25");

// The body read back: the method element, and every vim25 element's text by its path below the
// method ("specSet/propSet/type"), in document order.
struct Body
{
    QString method;
    QList<std::pair<QString, QString>> texts;
    QStringList values(const QString &path) const
    {
        QStringList result;
        for (const auto &[p, text] : texts) {
            if (p == path)
                result.append(text);
        }
        return result;
    }
};

Body readBack(const QByteArray &xml)
{
    Body body;
    QXmlStreamReader reader(xml);
    QStringList path;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (path.size() == 2 && body.method.isEmpty()) {
                if (reader.namespaceUri() != VimNs)
                    qFatal("method outside urn:vim25");
                body.method = reader.name().toString();
            }
            if (path.size() == 0 &&
                (reader.namespaceUri() != SoapNs || reader.name() != u"Envelope"))
                qFatal("not a SOAP envelope");
            path.append(reader.name().toString());
        } else if (reader.isEndElement()) {
            path.removeLast();
        } else if (reader.isCharacters() && path.size() > 3) {
            body.texts.append({path.mid(3).join(u'/'), reader.text().toString()});
        }
    }
    if (reader.hasError())
        qFatal("not well-formed: %s", qPrintable(reader.errorString()));
    return body;
}

const VsphereMoref propertyCollector{QStringLiteral("PropertyCollector"),
                                     QStringLiteral("propertyCollector")};

} // namespace

class tst_VsphereInventoryQuery : public QObject
{
    Q_OBJECT

private slots:
    void retrieveProperties();
    void containerView();
    void continueAndCancel();
    void retrieveObjects();
    void loginEscapes();
    void simulatorAcceptsTheBodies();
};

void tst_VsphereInventoryQuery::retrieveProperties()
{
    const VsphereMoref view{QStringLiteral("ContainerView"), QStringLiteral("session[a&b]<1>")};
    const Body body =
        readBack(VsphereInventoryQuery::retrieveProperties(propertyCollector, view, 500));
    QCOMPARE(body.method, QStringLiteral("RetrievePropertiesEx"));
    QCOMPARE(body.values(QStringLiteral("_this")),
             QStringList{QStringLiteral("propertyCollector")});
    QCOMPARE(body.values(QStringLiteral("specSet/objectSet/obj")), QStringList{view.value});
    QCOMPARE(body.values(QStringLiteral("specSet/objectSet/skip")), QStringList{"true"});
    QCOMPARE(body.values(QStringLiteral("specSet/objectSet/selectSet/type")),
             QStringList{"ContainerView"});
    QCOMPARE(body.values(QStringLiteral("specSet/objectSet/selectSet/path")), QStringList{"view"});
    QCOMPARE(body.values(QStringLiteral("options/maxObjects")), QStringList{"500"});

    QStringList types = body.values(QStringLiteral("specSet/propSet/type"));
    QStringList viewTypes = VsphereInventoryQuery::viewTypes();
    types.sort();
    viewTypes.sort();
    QCOMPARE(types, viewTypes); // a property set for every type the view holds
    const QStringList paths = body.values(QStringLiteral("specSet/propSet/pathSet"));
    for (const char *path :
         {"runtime.powerState", "runtime.host", "config.uuid", "config.template",
          "config.hardware.memoryMB", "config.hardware.device", "summary.hardware",
          "summary.config.product", "summary.capacity", "summary.freeSpace"})
        QVERIFY2(paths.contains(QString::fromLatin1(path)), path);
    QVERIFY(!body.values(QStringLiteral("specSet/propSet/all")).contains(u"true"));
}

void tst_VsphereInventoryQuery::containerView()
{
    const Body body = readBack(VsphereInventoryQuery::createContainerView(
        {QStringLiteral("ViewManager"), QStringLiteral("ViewManager")},
        {QStringLiteral("Folder"), QStringLiteral("group-d1")}));
    QCOMPARE(body.method, QStringLiteral("CreateContainerView"));
    QCOMPARE(body.values(QStringLiteral("container")), QStringList{"group-d1"});
    QCOMPARE(body.values(QStringLiteral("type")), VsphereInventoryQuery::viewTypes());
    QCOMPARE(body.values(QStringLiteral("recursive")), QStringList{"true"});

    const Body destroy = readBack(VsphereInventoryQuery::destroyView(
        {QStringLiteral("ContainerView"), QStringLiteral("v1")}));
    QCOMPARE(destroy.method, QStringLiteral("DestroyView"));
    QCOMPARE(destroy.values(QStringLiteral("_this")), QStringList{"v1"});
}

void tst_VsphereInventoryQuery::continueAndCancel()
{
    const Body next = readBack(VsphereInventoryQuery::continueRetrieveProperties(
        propertyCollector, QStringLiteral("t&1")));
    QCOMPARE(next.method, QStringLiteral("ContinueRetrievePropertiesEx"));
    QCOMPARE(next.values(QStringLiteral("token")), QStringList{"t&1"});
    const Body cancel = readBack(
        VsphereInventoryQuery::cancelRetrieveProperties(propertyCollector, QStringLiteral("t2")));
    QCOMPARE(cancel.method, QStringLiteral("CancelRetrievePropertiesEx"));
    QCOMPARE(cancel.values(QStringLiteral("token")), QStringList{"t2"});
    // maxObjects is at least 1: 0 would ask the server for nothing.
    const Body zero = readBack(VsphereInventoryQuery::retrieveProperties(
        propertyCollector, {QStringLiteral("ContainerView"), QStringLiteral("v")}, 0));
    QCOMPARE(zero.values(QStringLiteral("options/maxObjects")), QStringList{"1"});
}

void tst_VsphereInventoryQuery::retrieveObjects()
{
    const Body body = readBack(VsphereInventoryQuery::retrieveObjects(
        propertyCollector, {{QStringLiteral("VirtualMachine"), QStringLiteral("vm-1")},
                            {QStringLiteral("HostSystem"), QStringLiteral("host-2")}}));
    QCOMPARE(body.method, QStringLiteral("RetrievePropertiesEx"));
    QCOMPARE(body.values(QStringLiteral("specSet/objectSet/obj")), (QStringList{"vm-1", "host-2"}));
    QCOMPARE(body.values(QStringLiteral("specSet/objectSet/skip")),
             (QStringList{"false", "false"}));
    QCOMPARE(body.values(QStringLiteral("specSet/objectSet/selectSet/path")),
             (QStringList{"parent", "parent"}));
    // Recursive: the traversal selects itself again, up to the root folder.
    QCOMPARE(body.values(QStringLiteral("specSet/objectSet/selectSet/selectSet/name")),
             (QStringList{"toParent", "toParent"}));
    QCOMPARE(body.values(QStringLiteral("specSet/propSet/type")).size(),
             VsphereInventoryQuery::propertySets().size());
}

void tst_VsphereInventoryQuery::loginEscapes()
{
    const VsphereMoref sessionManager{QStringLiteral("SessionManager"),
                                      QStringLiteral("SessionManager")};
    const QString password = QStringLiteral("p<a>&\"ss]]>'word");
    const Body body = readBack(VsphereInventoryQuery::login(
        sessionManager, QStringLiteral("admin@vsphere.local"), password));
    QCOMPARE(body.method, QStringLiteral("Login"));
    QCOMPARE(body.values(QStringLiteral("userName")), QStringList{"admin@vsphere.local"});
    QCOMPARE(body.values(QStringLiteral("password")).join(QString()), password);
    QCOMPARE(readBack(VsphereInventoryQuery::logout(sessionManager)).method,
             QStringLiteral("Logout"));
    QCOMPARE(readBack(VsphereInventoryQuery::retrieveServiceContent()).method,
             QStringLiteral("RetrieveServiceContent"));
}

void tst_VsphereInventoryQuery::simulatorAcceptsTheBodies()
{
    // The client room owns the real transport; this only proves the server takes our bodies.
    Testing::VcsimProcess vcsim;
    QString error;
    QVERIFY2(vcsim.start({QStringLiteral("-http"), QStringLiteral("-dc"), QStringLiteral("1"),
                          QStringLiteral("-cluster"), QStringLiteral("1"), QStringLiteral("-host"),
                          QStringLiteral("2"), QStringLiteral("-standalone-host"),
                          QStringLiteral("1"), QStringLiteral("-vm"), QStringLiteral("2")},
                         &error),
             qPrintable(error));
    QNetworkAccessManager network;
    const auto post = [&](const QByteArray &body) {
        QNetworkRequest request(vcsim.url());
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("text/xml; charset=utf-8"));
        request.setRawHeader("SOAPAction", "urn:vim25/7.0");
        QNetworkReply *reply = network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(30000))
            qFatal("no answer from the simulator");
        reply->deleteLater();
        return reply->readAll();
    };
    const auto returnRef = [](const QByteArray &xml, const QString &element) {
        QXmlStreamReader reader(xml);
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == element) {
                const QString type = reader.attributes().value(QLatin1String("type")).toString();
                return VsphereMoref{type, reader.readElementText()};
            }
        }
        return VsphereMoref{};
    };

    const QByteArray content = post(VsphereInventoryQuery::retrieveServiceContent());
    const VsphereMoref sessionManager = returnRef(content, QStringLiteral("sessionManager"));
    const VsphereMoref viewManager = returnRef(content, QStringLiteral("viewManager"));
    const VsphereMoref rootFolder = returnRef(content, QStringLiteral("rootFolder"));
    const VsphereMoref collector = returnRef(content, QStringLiteral("propertyCollector"));
    QVERIFY(!sessionManager.isNull() && !viewManager.isNull() && !rootFolder.isNull());

    // Not logged in yet: the parser names the fault.
    VsphereRetrieveResult refused = VsphereInventoryParser::parse(
        post(VsphereInventoryQuery::createContainerView(viewManager, rootFolder)), {});
    QCOMPARE(refused.faultType, QStringLiteral("NotAuthenticated"));

    QVERIFY(post(VsphereInventoryQuery::login(sessionManager, QStringLiteral("user"),
                                              QStringLiteral("pass")))
                .contains("LoginResponse"));
    const VsphereMoref view =
        returnRef(post(VsphereInventoryQuery::createContainerView(viewManager, rootFolder)),
                  QStringLiteral("returnval"));
    QCOMPARE(view.type, QStringLiteral("ContainerView"));

    VsphereInventoryMapper mapper;
    const VsphereRetrieveResult page = VsphereInventoryParser::parse(
        post(VsphereInventoryQuery::retrieveProperties(collector, view, 1000)),
        [&](VsphereObject &&object) { mapper.add(object); });
    QVERIFY2(page.ok(), qPrintable(page.error));
    const InventoryCollection c = mapper.collection();
    QCOMPARE(c.hosts.size(), 3);
    QCOMPARE(c.vms.size(), 4);
    QCOMPARE(c.clusters.size(), 1);

    // The hierarchy: the datacenter, and the cluster in it under its own name.
    QCOMPARE(c.datacenters.size(), 1);
    QCOMPARE(c.datacenters[0].name, QStringLiteral("DC0"));
    QCOMPARE(c.clusters[0].name, QStringLiteral("DC0_C0"));
    QCOMPARE(c.clusters[0].datacenterRef, c.datacenters[0].emsRef);
    for (const VmRecord &vm : c.vms) {
        QVERIFY(!vm.resourcePoolRef.isEmpty());
        QVERIFY(!vm.folderRef.isEmpty());
        QCOMPARE(vm.datacenterRef, c.datacenters[0].emsRef);
    }

    // A targeted read places the cluster in its datacenter as the full one does.
    VsphereInventoryMapper targeted;
    const QString clusterRef = c.clusters[0].emsRef;
    const VsphereRetrieveResult objects = VsphereInventoryParser::parse(
        post(VsphereInventoryQuery::retrieveObjects(
            collector, {{QStringLiteral("ClusterComputeResource"), clusterRef}})),
        [&](VsphereObject &&object) { targeted.add(object); });
    QVERIFY2(objects.ok(), qPrintable(objects.error));
    const InventoryCollection one = targeted.collection({{InventoryKind::Cluster, clusterRef}});
    QCOMPARE(one.clusters.size(), 1);
    QCOMPARE(one.clusters[0].name, c.clusters[0].name);
    QCOMPARE(one.clusters[0].datacenterRef, c.clusters[0].datacenterRef);

    QVERIFY(post(VsphereInventoryQuery::destroyView(view)).contains("DestroyViewResponse"));
    QVERIFY(post(VsphereInventoryQuery::logout(sessionManager)).contains("LogoutResponse"));
}

QTEST_GUILESS_MAIN(tst_VsphereInventoryQuery)
#include "tst_vsphereinventoryquery.moc"
