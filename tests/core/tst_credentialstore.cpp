#include "core/credentialstore.h"

#include <QTest>

using namespace Vantage;

// Runs against a real Secret Service (gnome-keyring in a private D-Bus session, see
// tests/with-keyring.sh).
class tst_CredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void missingKeyIsAClearError();
    void removeIsIdempotent();
};

void tst_CredentialStore::roundTrip()
{
    const QString key = CredentialStore::newKey();
    QString error;
    const Credentials written{QStringLiteral("operator"), QStringLiteral("s3cret \"quoted\" ü")};
    QVERIFY2(CredentialStore::write(key, written, &error), qPrintable(error));
    Credentials read;
    QVERIFY2(CredentialStore::read(key, &read, &error), qPrintable(error));
    QCOMPARE(read.user, written.user);
    QCOMPARE(read.password, written.password);
    QVERIFY(CredentialStore::remove(key, &error));
}

void tst_CredentialStore::missingKeyIsAClearError()
{
    Credentials read;
    QString error;
    QVERIFY(!CredentialStore::read(CredentialStore::newKey(), &read, &error));
    QVERIFY2(error.contains(QStringLiteral("Edit the provider")), qPrintable(error));
}

void tst_CredentialStore::removeIsIdempotent()
{
    const QString key = CredentialStore::newKey();
    QString error;
    QVERIFY(CredentialStore::write(key, {QStringLiteral("u"), QStringLiteral("p")}, &error));
    QVERIFY(CredentialStore::remove(key, &error));
    QVERIFY2(CredentialStore::remove(key, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_CredentialStore)
#include "tst_credentialstore.moc"
