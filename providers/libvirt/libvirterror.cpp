#include "providers/libvirt/libvirterror.h"

#include "providers/libvirt/libvirtlogging.h"
#include "providers/libvirt/libvirturi.h"

#include <libvirt/libvirt.h>
#include <libvirt/virterror.h>

#include <mutex>

namespace Vantage {

namespace {

void quietHandler(void *, virErrorPtr error)
{
    // Debug only: every failure we care about is returned to the caller as a ProviderError.
    if (error && error->message)
        qCDebug(lcLibvirt) << "libvirt:" << error->message;
}

QString withDetail(const QString &hint, const QString &libvirtMessage)
{
    if (libvirtMessage.isEmpty())
        return hint;
    return LibvirtError::tr("%1 (libvirt: %2)").arg(hint, libvirtMessage);
}

} // namespace

void LibvirtError::installQuietHandler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        virInitialize();
        virSetErrorFunc(nullptr, quietHandler);
    });
}

int LibvirtError::lastErrorCode()
{
    const virError *error = virGetLastError();
    return error ? error->code : VIR_ERR_OK;
}

ProviderError LibvirtError::fromLastError(const QString &uri)
{
    const virError *error = virGetLastError();
    if (!error)
        return map(VIR_ERR_INTERNAL_ERROR, VIR_FROM_NONE, QString(), uri);
    return map(error->code, error->domain, QString::fromUtf8(error->message), uri);
}

ProviderError LibvirtError::map(int code, int domain, const QString &libvirtMessage,
                                const QString &uri)
{
    ProviderError result;
    const QString testFile = LibvirtUri::testFilePath(uri);

    if (code == VIR_ERR_AUTH_FAILED || code == VIR_ERR_AUTH_CANCELLED ||
        code == VIR_ERR_AUTH_UNAVAILABLE || domain == VIR_FROM_AUTH) {
        result.message = tr("Authentication to %1 failed.").arg(uri);
        result.hint = withDetail(tr("Check the user name and password saved for this provider, "
                                    "or the SSH key or SASL setup of that host."),
                                 libvirtMessage);
        return result;
    }

    if (code == VIR_ERR_NO_CONNECT && libvirtMessage.contains(u"no connection driver")) {
        result.message = tr("No libvirt driver on this machine handles %1.").arg(uri);
        result.hint = withDetail(tr("Check the URI's driver (qemu, test, xen, lxc, ...) and that "
                                    "the matching libvirt client package is installed."),
                                 libvirtMessage);
        return result;
    }

    if (!testFile.isEmpty() &&
        (code == VIR_ERR_XML_ERROR || code == VIR_ERR_XML_DETAIL ||
         code == VIR_ERR_XML_INVALID_SCHEMA || code == VIR_ERR_PARSE_FAILED ||
         code == VIR_ERR_CONFIG_UNSUPPORTED || code == VIR_ERR_INTERNAL_ERROR ||
         domain == VIR_FROM_XML || domain == VIR_FROM_TEST)) {
        result.message =
            tr("The test driver file %1 is not a valid libvirt node file.").arg(testFile);
        result.hint = withDetail(tr("Fix the XML at the place libvirt names, or regenerate the "
                                    "file."),
                                 libvirtMessage);
        return result;
    }

    if (code == VIR_ERR_INVALID_ARG && domain == VIR_FROM_TEST) {
        result.message = tr("%1 is not a usable test driver URI.").arg(uri);
        result.hint = withDetail(tr("Use test:///default or test:///absolute/path/to/node.xml."),
                                 libvirtMessage);
        return result;
    }

    const bool transportFailure = domain == VIR_FROM_RPC || domain == VIR_FROM_REMOTE ||
                                  domain == VIR_FROM_SSH || domain == VIR_FROM_LIBSSH;
    if (code == VIR_ERR_OPERATION_TIMEOUT ||
        (transportFailure && (code == VIR_ERR_SYSTEM_ERROR || code == VIR_ERR_NO_CONNECT))) {
        result.message = tr("Could not reach the libvirt daemon at %1.").arg(uri);
        if (libvirtMessage.contains(u"Connection refused")) {
            result.hint = tr("The host answered but nothing listens on that port: check that "
                             "libvirtd (or virtproxyd) accepts remote connections there and that "
                             "no firewall blocks it.");
        } else if (libvirtMessage.contains(u"No such file or directory") ||
                   libvirtMessage.contains(u"libvirt-sock")) {
            result.hint = tr("The libvirt daemon does not seem to run: start libvirtd or "
                             "virtqemud on that host.");
        } else if (libvirtMessage.contains(u"Name or service not known") ||
                   libvirtMessage.contains(u"resolve")) {
            result.hint = tr("The host name could not be resolved: check its spelling and DNS.");
        } else if (libvirtMessage.contains(u"Permission denied")) {
            result.hint = tr("This user may not use that libvirt socket: add it to the libvirt "
                             "group or use qemu:///session.");
        } else {
            result.hint = tr("Check that the host is up and reachable from this machine.");
        }
        result.hint = withDetail(result.hint, libvirtMessage);
        return result;
    }

    if (code == VIR_ERR_INVALID_CONN || code == VIR_ERR_RPC ||
        (code == VIR_ERR_INTERNAL_ERROR && libvirtMessage.contains(u"socket is closed"))) {
        result.message = tr("The connection to %1 was lost.").arg(uri);
        result.hint = withDetail(tr("The host or its libvirt daemon went away; the next "
                                    "refresh reconnects."),
                                 libvirtMessage);
        return result;
    }

    result.message = tr("libvirt reported an error for %1.").arg(uri);
    result.hint = libvirtMessage.isEmpty() ? tr("No further detail was given.") : libvirtMessage;
    return result;
}

} // namespace Vantage
