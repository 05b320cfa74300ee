#include "core/providerregistry.h"

#include <QTest>

using namespace Vantage;

namespace {
class NamedType final : public ProviderType
{
public:
    explicit NamedType(QString id) : m_id(std::move(id)) {}
    QString id() const override { return m_id; }
    QString displayName() const override { return m_id; }
    QString managerKind() const override { return QString::fromLatin1(ManagerKind::Cloud); }
    EndpointDescription endpointDescription() const override { return {}; }
    QString validateEndpoint(const QString &) const override { return {}; }
    std::shared_ptr<ManagerSession> connect(const ManagerConfig &, ProviderError *) const override
    {
        return nullptr;
    }
    VerifyResult verify(const ManagerConfig &) const override { return {}; }

private:
    QString m_id;
};
} // namespace

class tst_ProviderRegistry : public QObject
{
    Q_OBJECT

private slots:
    void registersAndFinds();
    void rejectsDuplicateId();
};

void tst_ProviderRegistry::registersAndFinds()
{
    ProviderRegistry::instance().clear();
    QVERIFY(ProviderRegistry::instance().registerType(
        std::make_unique<NamedType>(QStringLiteral("a"))));
    QVERIFY(ProviderRegistry::instance().registerType(
        std::make_unique<NamedType>(QStringLiteral("b"))));
    QCOMPARE(ProviderRegistry::instance().types().size(), 2);
    QCOMPARE(ProviderRegistry::instance().find(QStringLiteral("b"))->id(), QStringLiteral("b"));
    QVERIFY(!ProviderRegistry::instance().find(QStringLiteral("c")));
}

void tst_ProviderRegistry::rejectsDuplicateId()
{
    ProviderRegistry::instance().clear();
    QVERIFY(ProviderRegistry::instance().registerType(
        std::make_unique<NamedType>(QStringLiteral("a"))));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("duplicate")));
    QVERIFY(!ProviderRegistry::instance().registerType(
        std::make_unique<NamedType>(QStringLiteral("a"))));
    QCOMPARE(ProviderRegistry::instance().types().size(), 1);
}

QTEST_GUILESS_MAIN(tst_ProviderRegistry)
#include "tst_providerregistry.moc"
