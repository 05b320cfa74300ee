#pragma once

#include "core/provider.h"
#include <QCoreApplication>

#include <QString>

namespace Vantage {

// Secrets live in the desktop's keyring (Secret Service, KWallet, ...) through QtKeychain; the
// database holds only the key. Calls block the calling thread until the keyring answers; never
// call them where a blocked event loop matters more than the answer.
class CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::CredentialStore)

public:
    static QString serviceName();

    // A fresh key for a new manager's credentials.
    static QString newKey();

    static bool write(const QString &key, const Credentials &credentials, QString *error);
    static bool read(const QString &key, Credentials *credentials, QString *error);
    // Succeeds when the key is already gone.
    static bool remove(const QString &key, QString *error);
};

} // namespace Vantage
