#pragma once

#include <QObject>
#include <QString>

#include <atomic>

namespace Vantage {

namespace WorkerKind {
inline constexpr auto Refresh = "refresh";
inline constexpr auto EventCatcher = "event_catcher";
inline constexpr auto EventHandler = "event_handler";
inline constexpr auto MetricsCollector = "metrics_collector";
inline constexpr auto MetricsProcessor = "metrics_processor";
inline constexpr auto RequestRunner = "request_runner";
inline constexpr auto RetirementScheduler = "retirement_scheduler";
} // namespace WorkerKind

// A long-lived job on its own QThread, owned by the Supervisor. start() runs in the worker's
// thread; a worker reports liveness with heartbeat() and an unrecoverable problem with failed(),
// after which the supervisor throws it away and starts a new one after a back-off.
class Worker : public QObject
{
    Q_OBJECT

public:
    Worker(QString kind, qint64 managerId);

    QString kind() const { return m_kind; }
    qint64 managerId() const { return m_managerId; }

    // Safe from any thread; long loops check stopRequested().
    void requestStop() { m_stopRequested.store(true); }
    bool stopRequested() const { return m_stopRequested.load(); }

public slots:
    virtual void start() = 0;
    // Runs in the worker's thread just before it quits: close connections, release sessions.
    virtual void finish() {}

signals:
    void heartbeat();
    void failed(const QString &error);
    void statusChanged(const QString &status);

private:
    QString m_kind;
    qint64 m_managerId;
    std::atomic_bool m_stopRequested = false;
};

} // namespace Vantage
