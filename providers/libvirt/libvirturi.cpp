#include "providers/libvirt/libvirturi.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

#include <array>

namespace Vantage {

namespace {

// Hypervisor drivers that libvirt's client library can route to; the secondary drivers
// (network:///, storage:///, ...) are not hypervisors and are not offered here.
constexpr std::array kDrivers = {
    "qemu", "test", "xen",    "lxc",    "vbox",  "vmwareplayer", "vmwarews", "vmwarefusion", "esx",
    "gsx",  "vpx",  "hyperv", "openvz", "bhyve", "ch",           "vz",       "parallels"};
constexpr std::array kTransports = {"unix", "ssh", "libssh", "libssh2", "tcp", "tls", "ext"};

template <size_t N> bool contains(const std::array<const char *, N> &list, const QString &word)
{
    for (const char *item : list) {
        if (word == QLatin1StringView(item))
            return true;
    }
    return false;
}

QString schemeOf(const QString &uri)
{
    const qsizetype colon = uri.indexOf(u':');
    return colon < 0 ? QString() : uri.left(colon).toLower();
}

bool isRemoteTransport(const QString &transport)
{
    return transport == u"ssh" || transport == u"libssh" || transport == u"libssh2" ||
           transport == u"tcp" || transport == u"tls";
}

} // namespace

QString LibvirtUri::validate(const QString &uri)
{
    const QString trimmed = uri.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a libvirt URI, for example qemu:///system.");
    if (!trimmed.contains(u"://"))
        return tr("\"%1\" is not a libvirt URI: it needs the form "
                  "driver[+transport]://[user@][host]/path, for example "
                  "qemu+ssh://root@kvm1/system.")
            .arg(trimmed);

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return tr("\"%1\" is not a valid URI: %2.").arg(trimmed, url.errorString());

    const QString drv = driver(trimmed);
    const QString trans = transport(trimmed);
    if (!contains(kDrivers, drv))
        return tr("\"%1\" is not a libvirt driver. Use one of qemu, test, xen, lxc, esx, vbox, "
                  "hyperv, bhyve, ch, openvz or vz, as in qemu:///system.")
            .arg(drv);
    if (!trans.isEmpty() && !contains(kTransports, trans))
        return tr("\"%1\" is not a libvirt transport. Use ssh, libssh, libssh2, tcp, tls, unix "
                  "or ext, as in qemu+ssh://root@kvm1/system.")
            .arg(trans);
    if (isRemoteTransport(trans) && url.host().isEmpty())
        return tr("The %1 transport needs a host name, as in %2://kvm1.example.com/system.")
            .arg(trans, schemeOf(trimmed));

    if (drv == u"test") {
        if (!url.host().isEmpty() || !trans.isEmpty())
            return tr("The test driver runs locally: write test:///default or "
                      "test:///absolute/path/to/node.xml.");
        if (url.path().isEmpty() || url.path() == u"/")
            return tr("The test driver needs test:///default or the absolute path of a node "
                      "file, as in test:///srv/lab/node.xml.");
    }
    return {};
}

QString LibvirtUri::driver(const QString &uri)
{
    return schemeOf(uri.trimmed()).section(u'+', 0, 0);
}

QString LibvirtUri::transport(const QString &uri)
{
    return schemeOf(uri.trimmed()).section(u'+', 1);
}

QString LibvirtUri::testFilePath(const QString &uri)
{
    if (driver(uri) != u"test")
        return {};
    const QString path = QUrl(uri.trimmed()).path();
    return path == u"/default" ? QString() : path;
}

QString LibvirtUri::hostLabel(const QString &uri)
{
    const QUrl url(uri.trimmed());
    if (!url.host().isEmpty())
        return url.host();
    const QString file = testFilePath(uri);
    if (!file.isEmpty())
        return QFileInfo(file).completeBaseName();
    return {};
}

QString LibvirtUri::forConnect(const QString &uri)
{
    const QString trimmed = uri.trimmed();
    const QString trans = transport(trimmed);
    if (trans != u"ssh")
        return trimmed;
    QUrl url(trimmed);
    QUrlQuery query(url);
    if (query.hasQueryItem(QStringLiteral("no_tty")))
        return trimmed;
    query.addQueryItem(QStringLiteral("no_tty"), QStringLiteral("1"));
    url.setQuery(query);
    return url.toString();
}

} // namespace Vantage
