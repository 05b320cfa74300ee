#include "app/cli.h"
#include "app/demo.h"
#include "app/providers.h"

#include "core/database.h"
#include "core/requestrunner.h"
#include "core/smartstate/smartstatetask.h"
#include "core/supervisor.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileDialog>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <chrono>

using namespace Vantage;

namespace {

void installTranslations(QCoreApplication &app)
{
    auto *translator = new QTranslator(&app);
    // English is the fallback: its catalogue holds the plural forms of the numerus strings.
    if (translator->load(QLocale(), QStringLiteral("vantage"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")) ||
        translator->load(QStringLiteral("vantage_en"), QStringLiteral(":/i18n")))
        app.installTranslator(translator);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qtTranslator);
}

// Opens the database; when it cannot be used, says why and lets the user pick another file
// rather than touching the one that failed.
bool openDatabaseInteractively(QString path)
{
    for (;;) {
        QString error;
        if (Database::initialize(path, &error))
            return true;
        QMessageBox box(QMessageBox::Critical, QObject::tr("Vantage"), error);
        box.setInformativeText(QObject::tr("The file was not changed."));
        QPushButton *choose =
            box.addButton(QObject::tr("Choose Another Database…"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Close);
        box.exec();
        if (box.clickedButton() != choose)
            return false;
        path = QFileDialog::getSaveFileName(nullptr, QObject::tr("Choose a Database"), path,
                                            QObject::tr("Vantage databases (*.sqlite)"), nullptr,
                                            QFileDialog::DontConfirmOverwrite);
        if (path.isEmpty())
            return false;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    // Operators see warnings; QT_LOGGING_RULES turns the rest on when debugging.
    QLoggingCategory::setFilterRules(QStringLiteral("vantage.*.debug=false\nvantage.*.info=false"));
    QCoreApplication::setApplicationName(QStringLiteral("vantage"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VANTAGE_VERSION));
    registerBuiltInProviders();
    // Request types beyond the runner's built-in ones.
    RequestRunner::registerHandler(QString::fromLatin1(SmartStateRequest::Type),
                                   SmartStateTask::handler());

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (Cli::isCommand(arguments)) {
        QCoreApplication app(argc, argv);
        installTranslations(app);
        return Cli::run(arguments);
    }

    // Help and version need no window, and so no display.
    const bool helpOrVersion = arguments.contains(QStringLiteral("--help")) ||
                               arguments.contains(QStringLiteral("-h")) ||
                               arguments.contains(QStringLiteral("--version"));
    if (helpOrVersion && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Vantage"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vantage.svg")));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr(
        "Vantage: one console for your virtual infrastructure, cloud and containers.\n"
        "Headless commands: vantage provider add|list|remove, vantage refresh NAME|--all."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"),
                                      QObject::tr("Use the database at PATH."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QObject::tr("Open the demo: a libvirt test-driver provider with "
                                              "two hosts, in a database of its own."));
    const QCommandLineOption qemuDemo(
        QStringLiteral("demo-qemu"),
        QObject::tr("Open the real demo (needs root): starts libvirtd and QEMU on this machine "
                    "with three tiny guests, shows them live, and removes them all on quit."));
    const QCommandLineOption noRefresh(QStringLiteral("no-refresh"),
                                       QObject::tr("Show the cached inventory without refreshing "
                                                   "at start-up."));
    const QCommandLineOption exitWhenShown(
        QStringLiteral("exit-when-shown"),
        QObject::tr("Quit as soon as the cached inventory is on screen (start-up benchmarks)."));
    parser.addOptions({database, demo, qemuDemo, noRefresh, exitWhenShown});
    parser.process(app);

    QString path = parser.value(database);
    if (path.isEmpty()) {
        path = parser.isSet(qemuDemo) ? QemuDemo::defaultDatabasePath()
               : parser.isSet(demo)   ? Demo::defaultDatabasePath()
                                      : Database::defaultPath();
    }
    if (!openDatabaseInteractively(path))
        return 1;
    bool qemuLaneHeld = false;
    if (parser.isSet(qemuDemo)) {
        QProgressDialog progress;
        progress.setWindowTitle(QObject::tr("Real Demo"));
        progress.setAccessibleName(QObject::tr("Real demo start-up"));
        progress.setRange(0, 0);
        progress.setCancelButton(nullptr);
        progress.setMinimumDuration(0);
        progress.show();
        QString error;
        qemuLaneHeld = QemuDemo::start(
            [&](const QString &status) {
                progress.setLabelText(status);
                QCoreApplication::processEvents();
            },
            &error);
        progress.close();
        if (!qemuLaneHeld || !QemuDemo::ensureProvider(&error)) {
            QMessageBox box(QMessageBox::Warning, QObject::tr("Vantage"),
                            QObject::tr("The real demo could not start its QEMU guests."));
            box.setInformativeText(error);
            box.exec();
        }
    }
    if (parser.isSet(demo)) {
        QString error;
        if (!Demo::ensureProvider(&error))
            QMessageBox::warning(
                nullptr, QObject::tr("Vantage"),
                QObject::tr("The demo provider could not be set up: %1").arg(error));
    }

    Supervisor supervisor;
    // ManageIQ's default: a full refresh of every manager each day, on top of start-up, user and
    // event-driven ones.
    const QSettings settings(QStringLiteral("vantage"), QStringLiteral("vantage"));
    const int refreshHours = settings.value(QStringLiteral("refresh/interval_hours"), 24).toInt();
    supervisor.setRefreshInterval(std::chrono::hours(std::max(1, refreshHours)));
    // The real demo samples as often as the guests' balloon reports (5 s), so charts move.
    const int metricsSeconds =
        settings.value(QStringLiteral("metrics/interval_seconds"), qemuLaneHeld ? 5 : 20).toInt();
    supervisor.setMetricsInterval(std::chrono::seconds(std::max(5, metricsSeconds)));
    MetricRetention retention;
    const auto hours = [&](const char *key, qint64 fallbackMs) {
        const qint64 value = settings.value(QLatin1String(key), fallbackMs / 3600000).toLongLong();
        return std::max<qint64>(1, value) * 3600000;
    };
    retention.realtimeMs = hours("metrics/retention_realtime_hours", retention.realtimeMs);
    retention.hourlyMs = hours("metrics/retention_hourly_hours", retention.hourlyMs);
    retention.dailyMs = hours("metrics/retention_daily_hours", retention.dailyMs);
    supervisor.setMetricsRetention(retention);
    // Requests: whether they wait for an approver, and how long a retiring VM's guest may take
    // to shut down before it is powered off.
    supervisor.setApprovalRequired(
        settings.value(QStringLiteral("requests/require_approval"), false).toBool());
    RequestRunnerSettings runnerSettings;
    const qint64 shutdownSeconds =
        settings
            .value(QStringLiteral("requests/retire_shutdown_timeout_seconds"),
                   qint64(runnerSettings.shutdownTimeout.count() / 1000))
            .toLongLong();
    runnerSettings.shutdownTimeout = std::chrono::seconds(std::max<qint64>(0, shutdownSeconds));
    supervisor.setRequestRunnerSettings(runnerSettings);
    MainWindow window(&supervisor);
    window.show();
    if (parser.isSet(exitWhenShown)) {
        // grab() renders the whole window now, tree included, before the clock stops.
        QTimer::singleShot(0, &window, [&] {
            window.grab();
            app.quit();
        });
        return app.exec();
    }
    // The cached inventory is on screen first; workers start once the event loop runs.
    const bool refreshOnStart = !parser.isSet(noRefresh);
    QTimer::singleShot(0, &supervisor, [&] { supervisor.start(refreshOnStart); });
    if (qemuLaneHeld) {
        // The guests boot once the first refresh is in: their start events then arrive live.
        QObject::connect(
            &supervisor, &Supervisor::refreshFinished, &app,
            [&app] { QTimer::singleShot(2000, &app, [&app] { QemuDemo::startGuests(&app); }); },
            Qt::SingleShotConnection);
    }
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &supervisor, &Supervisor::stop);
    const int result = app.exec();
    if (qemuLaneHeld) {
        // Workers hold libvirt connections; they end before the daemons do.
        supervisor.stop();
        QemuDemo::stop();
    }
    return result;
}
