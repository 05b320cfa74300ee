// LibvirtEventLoop through libvirt's public event API, which routes to the registered loop.
#include "providers/libvirt/libvirteventloop.h"

#include <QCoreApplication>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <libvirt/libvirt.h>

#include <atomic>
#include <thread>

#include <unistd.h>

using namespace Vantage;

namespace {

struct Counter
{
    std::atomic_int calls = 0;
    std::atomic_int offLoop = 0; // calls that were not on the loop thread
    std::atomic_int freed = 0;
    std::atomic_int removeSelfAfter = 0; // > 0: the callback removes its own watch at that call
};

void countTimeout(int timer, void *opaque)
{
    auto *counter = static_cast<Counter *>(opaque);
    if (!LibvirtEventLoop::isLoopThread())
        ++counter->offLoop;
    if (++counter->calls == counter->removeSelfAfter.load())
        virEventRemoveTimeout(timer);
}

void countFree(void *opaque)
{
    ++static_cast<Counter *>(opaque)->freed;
}

struct Pipe
{
    int fds[2] = {-1, -1};
    Counter counter;
    std::atomic_int lastEvents = 0;
};

void readPipe(int watch, int fd, int events, void *opaque)
{
    auto *pipe = static_cast<Pipe *>(opaque);
    pipe->lastEvents = events;
    char buf[16];
    [[maybe_unused]] const ssize_t n = ::read(fd, buf, sizeof buf);
    if (!LibvirtEventLoop::isLoopThread())
        ++pipe->counter.offLoop;
    if (++pipe->counter.calls == pipe->counter.removeSelfAfter.load())
        virEventRemoveHandle(watch);
}

void freePipe(void *opaque)
{
    ++static_cast<Pipe *>(opaque)->counter.freed;
}

} // namespace

class tst_LibvirtEventLoop : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void timeoutRepeatsOnLoopThread();
    void timeoutRemovedFromItsCallbackIsFreedLater();
    void disabledTimeoutDoesNotFire();
    void updateTimeoutEnablesIt();
    void handleReportsReadable();
    void handleRemovedStopsAndFrees();
    void busyMainThreadDoesNotStarveLibvirt();
    void ensureRunningIsIdempotent();
};

void tst_LibvirtEventLoop::initTestCase()
{
    LibvirtEventLoop::ensureRunning();
    QVERIFY(!LibvirtEventLoop::isLoopThread());
}

void tst_LibvirtEventLoop::timeoutRepeatsOnLoopThread()
{
    Counter counter;
    const int id = virEventAddTimeout(10, countTimeout, &counter, countFree);
    QVERIFY(id >= 0);
    QTRY_VERIFY(counter.calls.load() >= 3);
    QCOMPARE(counter.offLoop.load(), 0);
    QCOMPARE(virEventRemoveTimeout(id), 0);
    QTRY_COMPARE(counter.freed.load(), 1);
    const int calls = counter.calls.load();
    QTest::qWait(50);
    QCOMPARE(counter.calls.load(), calls);
    QCOMPARE(virEventRemoveTimeout(id), -1); // already gone
}

void tst_LibvirtEventLoop::timeoutRemovedFromItsCallbackIsFreedLater()
{
    Counter counter;
    counter.removeSelfAfter = 2;
    QVERIFY(virEventAddTimeout(0, countTimeout, &counter, countFree) >= 0);
    QTRY_COMPARE(counter.freed.load(), 1);
    QTest::qWait(30);
    QCOMPARE(counter.calls.load(), 2);
}

void tst_LibvirtEventLoop::disabledTimeoutDoesNotFire()
{
    Counter counter;
    const int id = virEventAddTimeout(-1, countTimeout, &counter, countFree);
    QVERIFY(id >= 0);
    QTest::qWait(100);
    QCOMPARE(counter.calls.load(), 0);
    virEventRemoveTimeout(id);
    QTRY_COMPARE(counter.freed.load(), 1);
}

void tst_LibvirtEventLoop::updateTimeoutEnablesIt()
{
    Counter counter;
    const int id = virEventAddTimeout(-1, countTimeout, &counter, countFree);
    QVERIFY(id >= 0);
    virEventUpdateTimeout(id, 5);
    QTRY_VERIFY(counter.calls.load() >= 2);
    virEventUpdateTimeout(id, -1);
    QTest::qWait(20); // a call may have been under way
    const int calls = counter.calls.load();
    QTest::qWait(60);
    QCOMPARE(counter.calls.load(), calls);
    virEventRemoveTimeout(id);
    QTRY_COMPARE(counter.freed.load(), 1);
}

void tst_LibvirtEventLoop::handleReportsReadable()
{
    Pipe p;
    QCOMPARE(::pipe(p.fds), 0);
    const int id = virEventAddHandle(p.fds[0], VIR_EVENT_HANDLE_READABLE, readPipe, &p, freePipe);
    QVERIFY(id >= 0);
    QTest::qWait(30);
    QCOMPARE(p.counter.calls.load(), 0); // nothing to read yet
    QCOMPARE(::write(p.fds[1], "x", 1), 1);
    QTRY_COMPARE(p.counter.calls.load(), 1);
    QVERIFY(p.lastEvents.load() & VIR_EVENT_HANDLE_READABLE);
    QCOMPARE(p.counter.offLoop.load(), 0);

    // Not interested any more: writing does not call back.
    virEventUpdateHandle(id, 0);
    QTest::qWait(20);
    QCOMPARE(::write(p.fds[1], "y", 1), 1);
    QTest::qWait(50);
    QCOMPARE(p.counter.calls.load(), 1);
    virEventUpdateHandle(id, VIR_EVENT_HANDLE_READABLE);
    QTRY_COMPARE(p.counter.calls.load(), 2);

    QCOMPARE(virEventRemoveHandle(id), 0);
    QTRY_COMPARE(p.counter.freed.load(), 1);
    ::close(p.fds[0]);
    ::close(p.fds[1]);
}

void tst_LibvirtEventLoop::handleRemovedStopsAndFrees()
{
    Pipe p;
    QCOMPARE(::pipe(p.fds), 0);
    p.counter.removeSelfAfter = 1;
    QVERIFY(virEventAddHandle(p.fds[0], VIR_EVENT_HANDLE_READABLE, readPipe, &p, freePipe) >= 0);
    QCOMPARE(::write(p.fds[1], "x", 1), 1);
    QTRY_COMPARE(p.counter.freed.load(), 1);
    QCOMPARE(::write(p.fds[1], "y", 1), 1);
    QTest::qWait(50);
    QCOMPARE(p.counter.calls.load(), 1);
    ::close(p.fds[0]);
    ::close(p.fds[1]);
}

// The regression that made this loop necessary: with libvirt's GLib default loop, a Qt main
// thread iterating GLib's default context took every libvirt callback, and starved them while it
// was busy.
void tst_LibvirtEventLoop::busyMainThreadDoesNotStarveLibvirt()
{
    Counter counter;
    const int id = virEventAddTimeout(10, countTimeout, &counter, countFree);
    QVERIFY(id >= 0);
    // The main thread alternates between Qt's event loop and being busy for 100 ms.
    QTimer busy;
    connect(&busy, &QTimer::timeout, this, [] { QThread::msleep(100); });
    busy.start(5);
    QTest::qWait(600);
    busy.stop();
    virEventRemoveTimeout(id);
    QTRY_COMPARE(counter.freed.load(), 1);
    QCOMPARE(counter.offLoop.load(), 0);
    QVERIFY2(counter.calls.load() >= 30, qPrintable(QString::number(counter.calls.load())));
}

void tst_LibvirtEventLoop::ensureRunningIsIdempotent()
{
    std::thread other([] { LibvirtEventLoop::ensureRunning(); });
    LibvirtEventLoop::ensureRunning();
    other.join();
    Counter counter;
    const int id = virEventAddTimeout(0, countTimeout, &counter, countFree);
    QTRY_VERIFY(counter.calls.load() > 0);
    virEventRemoveTimeout(id);
    QTRY_COMPARE(counter.freed.load(), 1);
}

QTEST_GUILESS_MAIN(tst_LibvirtEventLoop)
#include "tst_libvirteventloop.moc"
