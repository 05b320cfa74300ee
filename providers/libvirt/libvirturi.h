#pragma once

#include <QCoreApplication>
#include <QString>

namespace Vantage {

// What we can tell from a libvirt connection URI (driver[+transport]://[user@][host][:port]/path)
// without connecting.
class LibvirtUri final
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::LibvirtUri)

public:
    // Empty when the URI is usable; otherwise a sentence for the operator.
    static QString validate(const QString &uri);

    static QString driver(const QString &uri);    // "qemu" for "qemu+ssh://h/system"
    static QString transport(const QString &uri); // "ssh", or empty for the local default

    // The test driver's node file, or empty for test:///default and other drivers.
    static QString testFilePath(const QString &uri);

    // A short name for the host: the URI's host, a test file's base name, or empty for local
    // URIs (the caller then asks the connection for its hostname).
    static QString hostLabel(const QString &uri);

    // The URI as handed to libvirt. For ssh we add no_tty=1: without it ssh would ask for a
    // password on the terminal of a headless refresh and hang there.
    static QString forConnect(const QString &uri);
};

} // namespace Vantage
