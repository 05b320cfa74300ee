#include "providers/libvirt/libvirteventloop.h"

#include "providers/libvirt/libvirtlogging.h"

#include <libvirt/libvirt.h>

#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <thread>
#include <vector>

namespace Vantage {

namespace {

qint64 nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

short toPoll(int events)
{
    short out = 0;
    if (events & VIR_EVENT_HANDLE_READABLE)
        out |= POLLIN;
    if (events & VIR_EVENT_HANDLE_WRITABLE)
        out |= POLLOUT;
    return out;
}

int fromPoll(short revents)
{
    int out = 0;
    if (revents & POLLIN)
        out |= VIR_EVENT_HANDLE_READABLE;
    if (revents & POLLOUT)
        out |= VIR_EVENT_HANDLE_WRITABLE;
    if (revents & (POLLERR | POLLNVAL))
        out |= VIR_EVENT_HANDLE_ERROR;
    if (revents & POLLHUP)
        out |= VIR_EVENT_HANDLE_HANGUP;
    return out;
}

// libvirt's event-implementation contract: callbacks may add, update and remove watches (their
// own included), so no lock is held while one runs; a removed watch's free callback runs later
// on the loop thread, never inside the remove call.
class PollLoop
{
public:
    PollLoop()
    {
        m_wakeFd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
        if (m_wakeFd < 0) {
            qCWarning(lcLibvirt) << "cannot create the libvirt event loop's wake-up descriptor;"
                                    " no events will arrive";
            return;
        }
        s_instance = this;
        virEventRegisterImpl(addHandle, updateHandle, removeHandle, addTimeout, updateTimeout,
                             removeTimeout);
        m_thread = std::thread([this] { run(); });
    }

    // At process exit: stop, wake, join. The object itself stays (libvirt keeps calling
    // add/remove on it while later static destructors close connections); watches still
    // registered then are simply never dispatched.
    void stop()
    {
        if (!m_thread.joinable())
            return;
        m_stop.store(true);
        wake();
        m_thread.join();
    }

    bool isLoopThread() const { return m_threadId.load() == std::this_thread::get_id(); }

private:
    struct Handle
    {
        int id;
        int fd;
        int events;
        virEventHandleCallback callback;
        void *opaque;
        virFreeCallback free;
        bool deleted = false;
    };
    struct Timeout
    {
        int id;
        int frequencyMs; // -1: disabled; 0: every iteration
        qint64 dueMs;
        virEventTimeoutCallback callback;
        void *opaque;
        virFreeCallback free;
        bool deleted = false;
    };

    static PollLoop *s_instance;

    static int addHandle(int fd, int events, virEventHandleCallback cb, void *opaque,
                         virFreeCallback ff)
    {
        PollLoop *self = s_instance;
        std::lock_guard lock(self->m_mutex);
        const int id = ++self->m_lastId;
        self->m_handles.push_back({id, fd, events, cb, opaque, ff});
        self->wake();
        return id;
    }

    static void updateHandle(int id, int events)
    {
        PollLoop *self = s_instance;
        std::lock_guard lock(self->m_mutex);
        for (Handle &handle : self->m_handles) {
            if (handle.id == id && !handle.deleted) {
                handle.events = events;
                self->wake();
                return;
            }
        }
    }

    static int removeHandle(int id)
    {
        PollLoop *self = s_instance;
        std::lock_guard lock(self->m_mutex);
        for (Handle &handle : self->m_handles) {
            if (handle.id == id && !handle.deleted) {
                handle.deleted = true;
                self->wake();
                return 0;
            }
        }
        return -1;
    }

    static int addTimeout(int frequencyMs, virEventTimeoutCallback cb, void *opaque,
                          virFreeCallback ff)
    {
        PollLoop *self = s_instance;
        std::lock_guard lock(self->m_mutex);
        const int id = ++self->m_lastId;
        self->m_timeouts.push_back(
            {id, frequencyMs, nowMs() + std::max(frequencyMs, 0), cb, opaque, ff});
        self->wake();
        return id;
    }

    static void updateTimeout(int id, int frequencyMs)
    {
        PollLoop *self = s_instance;
        std::lock_guard lock(self->m_mutex);
        for (Timeout &timeout : self->m_timeouts) {
            if (timeout.id == id && !timeout.deleted) {
                timeout.frequencyMs = frequencyMs;
                timeout.dueMs = nowMs() + std::max(frequencyMs, 0);
                self->wake();
                return;
            }
        }
    }

    static int removeTimeout(int id)
    {
        PollLoop *self = s_instance;
        std::lock_guard lock(self->m_mutex);
        for (Timeout &timeout : self->m_timeouts) {
            if (timeout.id == id && !timeout.deleted) {
                timeout.deleted = true;
                self->wake();
                return 0;
            }
        }
        return -1;
    }

    void wake()
    {
        const std::uint64_t one = 1;
        [[maybe_unused]] const ssize_t n = ::write(m_wakeFd, &one, sizeof one);
    }

    void run()
    {
        m_threadId.store(std::this_thread::get_id());
        while (!m_stop.load())
            runOnce();
    }

    void runOnce()
    {
        std::vector<pollfd> fds;
        std::vector<int> ids; // handle id per entry of fds after the first
        int waitMs = -1;
        {
            std::lock_guard lock(m_mutex);
            fds.push_back({m_wakeFd, POLLIN, 0});
            for (const Handle &handle : m_handles) {
                if (handle.deleted)
                    continue;
                fds.push_back({handle.fd, toPoll(handle.events), 0});
                ids.push_back(handle.id);
            }
            const qint64 now = nowMs();
            for (const Timeout &timeout : m_timeouts) {
                if (timeout.deleted || timeout.frequencyMs < 0)
                    continue;
                const int due = int(std::clamp<qint64>(timeout.dueMs - now, 0, 60000));
                waitMs = waitMs < 0 ? due : std::min(waitMs, due);
            }
        }

        if (::poll(fds.data(), fds.size(), waitMs) < 0 && errno != EINTR) {
            qCWarning(lcLibvirt) << "libvirt event loop: poll failed:" << strerror(errno);
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            return;
        }
        if (fds[0].revents & POLLIN) {
            std::uint64_t count = 0;
            [[maybe_unused]] const ssize_t n = ::read(m_wakeFd, &count, sizeof count);
        }

        std::unique_lock lock(m_mutex);
        const qint64 now = nowMs();
        for (std::size_t i = 0; i < m_timeouts.size(); ++i) {
            Timeout &timeout = m_timeouts[i];
            if (timeout.deleted || timeout.frequencyMs < 0 || timeout.dueMs > now)
                continue;
            timeout.dueMs = now + timeout.frequencyMs;
            const int id = timeout.id;
            const auto callback = timeout.callback;
            void *opaque = timeout.opaque;
            lock.unlock();
            callback(id, opaque);
            lock.lock();
        }
        for (std::size_t i = 1; i < fds.size(); ++i) {
            if (!fds[i].revents)
                continue;
            const int id = ids[i - 1];
            const auto found = std::find_if(m_handles.begin(), m_handles.end(),
                                            [id](const Handle &h) { return h.id == id; });
            if (found == m_handles.end() || found->deleted)
                continue; // removed by an earlier callback of this round
            const int fd = found->fd;
            const auto callback = found->callback;
            void *opaque = found->opaque;
            lock.unlock();
            callback(id, fd, fromPoll(fds[i].revents), opaque);
            lock.lock();
        }

        // Free what was removed, outside the lock: a free callback may call back into libvirt.
        std::vector<std::pair<virFreeCallback, void *>> toFree;
        std::erase_if(m_handles, [&](const Handle &h) {
            if (h.deleted && h.free)
                toFree.emplace_back(h.free, h.opaque);
            return h.deleted;
        });
        std::erase_if(m_timeouts, [&](const Timeout &t) {
            if (t.deleted && t.free)
                toFree.emplace_back(t.free, t.opaque);
            return t.deleted;
        });
        lock.unlock();
        for (const auto &[free, opaque] : toFree)
            free(opaque);
    }

    std::mutex m_mutex; // guards the watches and m_lastId
    std::vector<Handle> m_handles;
    std::vector<Timeout> m_timeouts;
    int m_lastId = 0;
    int m_wakeFd = -1;
    std::atomic_bool m_stop = false;
    std::atomic<std::thread::id> m_threadId;
    std::thread m_thread;
};

PollLoop *PollLoop::s_instance = nullptr;

PollLoop &loop()
{
    // Created on first use, registering with libvirt before any connection; never deleted, since
    // libvirt has no way to unregister it. Its thread is stopped and joined at exit.
    static PollLoop *const instance = new PollLoop;
    static const struct Stopper
    {
        ~Stopper() { instance->stop(); }
    } stopper;
    return *instance;
}

} // namespace

void LibvirtEventLoop::ensureRunning()
{
    loop();
}

bool LibvirtEventLoop::isLoopThread()
{
    return loop().isLoopThread();
}

} // namespace Vantage
