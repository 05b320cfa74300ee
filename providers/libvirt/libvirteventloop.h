#pragma once

namespace Vantage {

// The event loop that every libvirt event, keepalive and close callback of every connection runs
// on: one thread owned by the provider, started once, stopped and joined at process exit.
//
// Why not virEventRegisterDefaultImpl() + virEventRunDefaultImpl(): since libvirt 6.1 the
// default implementation is GLib's *default* main context, which Qt's GLib event dispatcher
// iterates on the main thread. Both threads then compete for that context: libvirt's callbacks
// run on the GUI thread, and a busy GUI thread starves keepalive. So this registers its own
// poll(2) implementation with virEventRegisterImpl(), which owns nothing of Qt's or GLib's.
class LibvirtEventLoop final
{
public:
    // Registers the loop (libvirt needs that before the first connection is opened) and starts
    // its thread. Idempotent and thread-safe; LibvirtSession::open() and
    // registerLibvirtProvider() call it.
    static void ensureRunning();

    // True on the loop's own thread.
    static bool isLoopThread();
};

} // namespace Vantage
