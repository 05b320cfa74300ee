#include "core/credentialstore.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSemaphore>
#include <QThread>
#include <QUuid>

#include <qt6keychain/keychain.h>

namespace Vantage {

namespace {

// QtKeychain hands every job to one executor object, which lives in the thread that first used
// it and touches the job from there. A job made on a worker's stack could then be destroyed
// while the executor still disconnects from it (a crash seen when a refresh worker read a
// manager's credentials while the main thread ran its event loop). So every job is made, run
// and destroyed on one thread of our own, and callers from any thread wait for it there; it
// does not depend on the main thread's event loop, so a supervisor stopping on the main thread
// cannot deadlock with a worker reading credentials.
class KeychainThread
{
public:
    KeychainThread()
    {
        m_thread.setObjectName(QStringLiteral("keychain"));
        m_context.moveToThread(&m_thread);
        m_thread.start();
    }
    ~KeychainThread()
    {
        m_thread.quit();
        m_thread.wait();
    }

    template <typename Function> bool run(Function function)
    {
        if (QThread::currentThread() == &m_thread)
            return function();
        bool result = false;
        QSemaphore done;
        QMetaObject::invokeMethod(
            &m_context,
            [&] {
                result = function();
                done.release();
            },
            Qt::QueuedConnection);
        done.acquire();
        return result;
    }

private:
    QThread m_thread;
    QObject m_context;
};

KeychainThread &keychainThread()
{
    static KeychainThread thread;
    return thread;
}

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
    return keychainThread().run([&] {
        QKeychain::WritePasswordJob job(serviceName());
        job.setKey(key);
        const QJsonObject object{{QStringLiteral("user"), credentials.user},
                                 {QStringLiteral("password"), credentials.password}};
        job.setTextData(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        return runJob(&job, error);
    });
}

bool CredentialStore::read(const QString &key, Credentials *credentials, QString *error)
{
    return keychainThread().run([&] {
        QKeychain::ReadPasswordJob job(serviceName());
        job.setKey(key);
        if (!runJob(&job, error))
            return false;
        const QJsonObject object = QJsonDocument::fromJson(job.textData().toUtf8()).object();
        credentials->user = object.value(QStringLiteral("user")).toString();
        credentials->password = object.value(QStringLiteral("password")).toString();
        return true;
    });
}

bool CredentialStore::remove(const QString &key, QString *error)
{
    return keychainThread().run([&] {
        QKeychain::DeletePasswordJob job(serviceName());
        job.setKey(key);
        QString failure;
        if (runJob(&job, &failure) || job.error() == QKeychain::EntryNotFound)
            return true;
        *error = failure;
        return false;
    });
}

} // namespace Vantage
