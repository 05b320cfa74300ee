#include "core/credentialstore.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <qt6keychain/keychain.h>

namespace Vantage {

namespace {

// QtKeychain is asynchronous; callers here want an answer, so wait in a local event loop.
bool runJob(QKeychain::Job *job, QString *error)
{
    QEventLoop loop;
    QObject::connect(job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job->setAutoDelete(false);
    job->start();
    loop.exec();
    if (job->error() == QKeychain::NoError)
        return true;
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        *error = CredentialStore::tr(
                     "The system keyring is not available or is locked (%1). Start and unlock a "
                     "keyring such as GNOME Keyring or KWallet, then try again.")
                     .arg(job->errorString());
        break;
    case QKeychain::EntryNotFound:
        *error = CredentialStore::tr(
            "The keyring has no password for this provider. Edit the provider and enter "
            "its credentials again.");
        break;
    default:
        *error =
            CredentialStore::tr("The system keyring reported an error: %1").arg(job->errorString());
        break;
    }
    qCWarning(lcCredentials) << "keyring job failed:" << job->error() << job->errorString();
    return false;
}

} // namespace

QString CredentialStore::serviceName()
{
    return QStringLiteral("org.vantage.Vantage");
}

QString CredentialStore::newKey()
{
    return QStringLiteral("manager-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool CredentialStore::write(const QString &key, const Credentials &credentials, QString *error)
{
    QKeychain::WritePasswordJob job(serviceName());
    job.setKey(key);
    const QJsonObject object{{QStringLiteral("user"), credentials.user},
                             {QStringLiteral("password"), credentials.password}};
    job.setTextData(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    return runJob(&job, error);
}

bool CredentialStore::read(const QString &key, Credentials *credentials, QString *error)
{
    QKeychain::ReadPasswordJob job(serviceName());
    job.setKey(key);
    if (!runJob(&job, error))
        return false;
    const QJsonObject object = QJsonDocument::fromJson(job.textData().toUtf8()).object();
    credentials->user = object.value(QStringLiteral("user")).toString();
    credentials->password = object.value(QStringLiteral("password")).toString();
    return true;
}

bool CredentialStore::remove(const QString &key, QString *error)
{
    QKeychain::DeletePasswordJob job(serviceName());
    job.setKey(key);
    QString failure;
    if (runJob(&job, &failure) || job.error() == QKeychain::EntryNotFound)
        return true;
    *error = failure;
    return false;
}

} // namespace Vantage
