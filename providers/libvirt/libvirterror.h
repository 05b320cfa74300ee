#pragma once

#include "core/provider.h"

#include <QCoreApplication>
#include <QString>

namespace Vantage {

// Turns libvirt's errors into sentences an operator can act on. libvirt keeps the last error per
// thread, so fromLastError() must run on the thread whose call failed, right after it failed.
class LibvirtError final
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::LibvirtError)

public:
    // Stops libvirt from printing every error to stderr; we report them ourselves.
    static void installQuietHandler();

    static ProviderError fromLastError(const QString &uri);
    static int lastErrorCode(); // VIR_ERR_OK (0) when there is none

    // The mapping itself, on plain values so tests can feed it any error.
    static ProviderError map(int code, int domain, const QString &libvirtMessage,
                             const QString &uri);
};

} // namespace Vantage
