// Events benchmark: ingest of 100,000 events the way the event handler and the UI take them
// (EventStore::store in batches, then EventsPanel::appendEvents: model, sorted list view and
// timeline, with the paint that follows each batch), and event-to-visible latency: an event
// posted into an EventInbox, drained, mapped and stored by a real EventHandler on its own thread,
// delivered by its eventsStored signal, until its row is in the panel's model.

#include "core/database.h"
#include "core/eventhandler.h"
#include "core/eventinbox.h"
#include "core/eventstore.h"
#include "core/providerregistry.h"
#include "core/providerstore.h"
#include "core/workqueue.h"
#include "tests/support/benchmark.h"
#include "ui/events/eventlistmodel.h"
#include "ui/events/eventspanel.h"
#include "ui/events/timelinewidget.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QTreeView>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace Vantage;

namespace {

std::optional<qint64> addManager()
{
    QString error;
    const auto id = ProviderStore::addProvider({QStringLiteral("bench"),
                                                QStringLiteral("benchevents"),
                                                {QStringLiteral("bench://one")},
                                                {},
                                                {}},
                                               &error);
    if (!id) {
        std::fprintf(stderr, "cannot add provider: %s\n", qPrintable(error));
        return std::nullopt;
    }
    return ProviderStore::managersOf(*id).first().id;
}

RawEvent rawEvent(qint64 managerId, qint64 timestampMs, int object, const QString &message)
{
    RawEvent raw;
    raw.managerId = managerId;
    raw.timestampMs = timestampMs;
    raw.source = QStringLiteral("bench"); // no mapping: stored as "other" by the handler
    raw.name = QStringLiteral("VIR_DOMAIN_EVENT_STARTED");
    raw.targetKind = InventoryKind::Vm;
    raw.targetRef = QStringLiteral("uuid-%1").arg(object);
    raw.targetName = QStringLiteral("vm-%1").arg(object, 5, 10, QLatin1Char('0'));
    raw.message = message;
    return raw;
}

bool ingest(EventsPanel *panel, qint64 managerId, int count, int batchSize)
{
    const QStringList &types = EventType::all();
    const qint64 now = nowMs();
    // Spread over the last six days, oldest first, as a catcher replaying a backlog would.
    const qint64 first = now - 6 * 24 * 3600 * 1000LL;
    const double stepMs = double(now - first) / count;
    QRandomGenerator random(42);

    QElapsedTimer total;
    qint64 storeNs = 0;
    qint64 uiNs = 0;
    total.start();
    for (int done = 0; done < count;) {
        QList<StoredEvent> batch;
        batch.reserve(batchSize);
        for (int i = 0; i < batchSize && done < count; ++i, ++done) {
            const int object = int(random.bounded(2000));
            batch.append(StoredEvent{
                0, types.at(int(random.bounded(int(types.size())))), 0,
                rawEvent(managerId, first + qint64(done * stepMs), object,
                         QStringLiteral("vm-%1 changed state (%2)").arg(object).arg(done))});
        }
        QElapsedTimer part;
        part.start();
        QString error;
        if (!EventStore::store(&batch, &error)) {
            std::fprintf(stderr, "store failed: %s\n", qPrintable(error));
            return false;
        }
        storeNs += part.nsecsElapsed();
        part.restart();
        panel->appendEvents(batch);
        // Layout and paint of the list and the timeline, as the event loop would do them.
        QCoreApplication::processEvents();
        uiNs += part.nsecsElapsed();
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    std::fprintf(stderr, "ingest: %d events in %.2f s (store %.2f s, model/view %.2f s)\n", count,
                 seconds, double(storeNs) / 1e9, double(uiNs) / 1e9);
    printFigure(QStringLiteral("events_ingest_per_s"), count / seconds, "events/s");
    printFigure(QStringLiteral("events_store_per_s"), count / (double(storeNs) / 1e9), "events/s");
    printFigure(QStringLiteral("events_model_view_per_s"), count / (double(uiNs) / 1e9),
                "events/s");
    const int rows = panel->model()->rowCount();
    printFigure(QStringLiteral("events_rows_in_view"), rows, "rows");
    return rows == std::min(count, panel->model()->capacity());
}

bool latency(EventsPanel *panel, qint64 managerId, int samples)
{
    WorkQueue queue;
    EventInbox inbox;
    auto *handler = new EventHandler(&inbox, &queue);
    QThread thread;
    thread.setObjectName(QStringLiteral("event_handler"));
    handler->moveToThread(&thread);
    QObject::connect(&thread, &QThread::started, handler, &EventHandler::start);
    QObject::connect(&thread, &QThread::finished, handler, &QObject::deleteLater);
    QObject::connect(handler, &EventHandler::eventsStored, panel, &EventsPanel::appendEvents);
    thread.start();

    QElapsedTimer clock;
    clock.start();
    QHash<int, qint64> posted;  // sample -> ns
    QHash<int, qint64> visible; // sample -> ns
    const QString prefix = QStringLiteral("latency sample ");
    EventListModel *model = panel->model();
    QObject::connect(model, &QAbstractItemModel::rowsInserted, model,
                     [&](const QModelIndex &, int first, int last) {
                         const qint64 at = clock.nsecsElapsed();
                         for (int row = first; row <= last; ++row) {
                             const QString &message = model->eventAt(row).raw.message;
                             if (message.startsWith(prefix))
                                 visible.insert(message.mid(prefix.size()).toInt(), at);
                         }
                     });

    QRandomGenerator random(7);
    for (int k = 0; k < samples; ++k) {
        const RawEvent raw = rawEvent(managerId, nowMs(), k % 2000, prefix + QString::number(k));
        posted.insert(k, clock.nsecsElapsed());
        inbox.post(raw);
        QElapsedTimer wait;
        wait.start();
        while (!visible.contains(k) && wait.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        // Events arrive now and then, not back to back.
        const qint64 pause = 5 + random.bounded(20);
        wait.restart();
        while (wait.elapsed() < pause)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }

    handler->requestStop();
    QMetaObject::invokeMethod(handler, &Worker::finish, Qt::BlockingQueuedConnection);
    thread.quit();
    thread.wait();

    QList<double> ms;
    for (int k = 0; k < samples; ++k) {
        if (visible.contains(k))
            ms.append(double(visible.value(k) - posted.value(k)) / 1e6);
    }
    if (ms.size() != samples) {
        std::fprintf(stderr, "only %lld of %d sample events became visible\n", qlonglong(ms.size()),
                     samples);
        return false;
    }
    printFigure(QStringLiteral("event_to_visible_median_ms"), percentile(ms, 0.5), "ms");
    printFigure(QStringLiteral("event_to_visible_p95_ms"), percentile(ms, 0.95), "ms");
    printFigure(QStringLiteral("event_to_visible_max_ms"), percentile(ms, 1.0), "ms");
    return true;
}

// A week of a small lab, for looking at: VMs started and stopped through the working day,
// reboots, a few created, migrated and deleted, one host losing its connection for a while.
bool screenshot(const QString &path, int zoomHours)
{
    QString error;
    const auto manager = addManager();
    if (!manager)
        return false;
    const qint64 now = nowMs();
    const qint64 hour = 3600 * 1000;
    QRandomGenerator random(2024);
    QList<StoredEvent> events;
    const qint64 gapStart = now - 2 * 24 * hour - 3 * hour;
    const qint64 gapEnd = gapStart + 5 * hour;
    auto add = [&](qint64 ms, const QString &type, int vm, const QString &message) {
        // Nothing arrives after now, nor while the connection was down.
        if (ms > now || (ms > gapStart && ms < gapEnd))
            return;
        RawEvent raw = rawEvent(*manager, ms, vm, message);
        raw.name = type;
        if (type.startsWith(QStringLiteral("host_"))) {
            raw.targetKind = InventoryKind::Host;
            raw.targetRef = QStringLiteral("host-1");
            raw.targetName = QStringLiteral("kvm-node-1");
        }
        events.append(StoredEvent{0, type, 0, raw});
    };
    for (int vm = 0; vm < 200; ++vm) {
        const QString name = QStringLiteral("vm-%1").arg(vm, 5, 10, QLatin1Char('0'));
        const QDate today = QDate::currentDate();
        for (int day = -7; day <= 0; ++day) {
            const qint64 dayStart = today.addDays(day).startOfDay().toMSecsSinceEpoch();
            const qint64 on = dayStart + (7 + random.bounded(3)) * hour + random.bounded(hour);
            const qint64 off = on + (8 + random.bounded(3)) * hour + random.bounded(hour);
            add(on, QStringLiteral("vm_power_on"), vm, name + QStringLiteral(" started"));
            if (random.bounded(6) == 0)
                add(on + random.bounded(6 * hour), QStringLiteral("vm_rebooted"), vm,
                    name + QStringLiteral(" rebooted"));
            if (random.bounded(12) == 0)
                add(on + random.bounded(6 * hour), QStringLiteral("vm_reconfigured"), vm,
                    name + QStringLiteral(" memory changed to 4 GiB"));
            if (random.bounded(20) == 0)
                add(on + random.bounded(6 * hour), QStringLiteral("vm_migrated"), vm,
                    name + QStringLiteral(" migrated to kvm-node-2"));
            if (random.bounded(40) == 0)
                add(on + random.bounded(6 * hour), QStringLiteral("vm_crashed"), vm,
                    name + QStringLiteral(" crashed (guest panic)"));
            add(off, QStringLiteral("vm_power_off"), vm, name + QStringLiteral(" shut down"));
        }
    }
    for (int vm = 200; vm < 206; ++vm) {
        const qint64 at = now - random.bounded(6 * 24 * hour);
        const QString name = QStringLiteral("vm-%1").arg(vm, 5, 10, QLatin1Char('0'));
        add(at, QStringLiteral("vm_created"), vm, name + QStringLiteral(" defined"));
        if (vm % 2)
            add(at + 5 * hour, QStringLiteral("vm_deleted"), vm,
                name + QStringLiteral(" undefined"));
    }
    add(gapStart, QStringLiteral("host_disconnected"), 0,
        QStringLiteral("kvm-node-1: connection lost (keepalive timeout)"));
    add(gapEnd, QStringLiteral("host_connected"), 0,
        QStringLiteral("kvm-node-1: connection restored"));
    std::sort(events.begin(), events.end(), [](const StoredEvent &a, const StoredEvent &b) {
        return a.raw.timestampMs < b.raw.timestampMs;
    });
    if (!EventStore::store(&events, &error)) {
        std::fprintf(stderr, "store failed: %s\n", qPrintable(error));
        return false;
    }
    const qint64 gap = EventStore::openGap(*manager, gapStart, QStringLiteral("keepalive timeout"));
    EventStore::closeGap(gap, gapEnd);

    EventsPanel panel;
    panel.resize(1400, 860);
    panel.show();
    QCoreApplication::processEvents();
    // Select an event in the middle of the week, as a user clicking a mark would.
    const StoredEvent &chosen = events.at(events.size() * 2 / 3);
    panel.selectEvent(chosen.id);
    if (zoomHours > 0) {
        const qint64 span = zoomHours * hour;
        panel.timeline()->setRange(chosen.raw.timestampMs - span / 2,
                                   chosen.raw.timestampMs + span / 2);
    }
    QCoreApplication::processEvents();
    const bool saved = panel.grab().save(path);
    std::fprintf(stderr, "%s: %lld events, %s\n", qPrintable(path), qlonglong(events.size()),
                 saved ? "saved" : "NOT saved");
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Events ingest and latency benchmark"));
    parser.addHelpOption();
    const QCommandLineOption events(QStringLiteral("events"), QStringLiteral("Events to ingest."),
                                    QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("Events per batch."),
                                   QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption samples(QStringLiteral("samples"),
                                     QStringLiteral("Events timed for latency."),
                                     QStringLiteral("n"), QStringLiteral("200"));
    const QCommandLineOption shot(QStringLiteral("screenshot"),
                                  QStringLiteral("Only render a week of a small lab to a PNG."),
                                  QStringLiteral("file"));
    const QCommandLineOption zoom(QStringLiteral("zoom-hours"),
                                  QStringLiteral("With --screenshot: the timeline's span."),
                                  QStringLiteral("h"), QStringLiteral("0"));
    parser.addOptions({events, batch, samples, shot, zoom});
    parser.process(app);

    QTemporaryDir dir;
    QString error;
    if (!dir.isValid() ||
        !Database::initialize(dir.filePath(QStringLiteral("bench-events.sqlite")), &error)) {
        std::fprintf(stderr, "database: %s\n", qPrintable(error));
        return 1;
    }
    ProviderRegistry::instance().registerType(
        std::make_unique<InertProviderType>(QStringLiteral("benchevents")));
    if (parser.isSet(shot)) {
        const bool ok = screenshot(parser.value(shot), parser.value(zoom).toInt());
        Database::closeThreadConnection();
        return ok ? 0 : 1;
    }
    const auto manager = addManager();
    if (!manager)
        return 1;

    // The events view as the window shows it: the last seven days, newest first.
    EventsPanel panel;
    panel.resize(1400, 900);
    panel.show();
    QCoreApplication::processEvents();

    const bool ok = ingest(&panel, *manager, std::max(1, parser.value(events).toInt()),
                           std::max(1, parser.value(batch).toInt())) &&
                    latency(&panel, *manager, std::max(1, parser.value(samples).toInt()));
    Database::closeThreadConnection();
    return ok ? 0 : 1;
}
