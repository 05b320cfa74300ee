#include "app/cli.h"

#include "core/database.h"
#include "core/providerregistry.h"
#include "core/providerstore.h"
#include "core/refresher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace Vantage {

namespace {

enum ExitStatus { Success = 0, Failure = 1, UsageError = 2 };

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message, ExitStatus status = Failure)
{
    err() << "vantage: " << message << Qt::endl;
    return status;
}

const QCommandLineOption databaseOption(QStringLiteral("database"),
                                        QStringLiteral("Use the database at PATH."),
                                        QStringLiteral("PATH"));

// Parses and opens the database; a usage or database error prints and returns false.
bool prepare(QCommandLineParser &parser, const QStringList &arguments, int *status)
{
    parser.addOption(databaseOption);
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        *status = fail(parser.errorText(), UsageError);
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        *status = Success;
        return false;
    }
    QString error;
    const QString path =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : Database::defaultPath();
    if (!Database::initialize(path, &error)) {
        *status = fail(error);
        return false;
    }
    return true;
}

QString ageOf(qint64 ms)
{
    return ms ? QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(Qt::ISODate)
              : Cli::tr("never");
}

int providerAdd(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Add a provider, after checking that it answers."));
    parser.addPositionalArgument(QStringLiteral("name"), Cli::tr("The provider's name."));
    const QCommandLineOption type(QStringLiteral("type"),
                                  Cli::tr("The provider type (%1).").arg(QStringLiteral("libvirt")),
                                  QStringLiteral("TYPE"));
    const QCommandLineOption uri(QStringLiteral("uri"),
                                 Cli::tr("An endpoint URI; repeat for several hosts."),
                                 QStringLiteral("URI"));
    const QCommandLineOption user(QStringLiteral("user"), Cli::tr("The user name."),
                                  QStringLiteral("USER"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           Cli::tr("Read the password from the first line of "
                                                   "standard input."));
    const QCommandLineOption noVerify(QStringLiteral("no-verify"),
                                      Cli::tr("Add it without connecting first."));
    parser.addOptions({type, uri, user, passwordStdin, noVerify});
    int status = Success;
    if (!prepare(parser, arguments, &status))
        return status;
    if (parser.positionalArguments().size() != 1)
        return fail(Cli::tr("provider add takes one NAME; see --help."), UsageError);
    if (!parser.isSet(type) || !parser.isSet(uri))
        return fail(Cli::tr("provider add needs --type and at least one --uri."), UsageError);

    ProviderSpec spec;
    spec.name = parser.positionalArguments().constFirst();
    spec.type = parser.value(type);
    spec.endpoints = parser.values(uri);
    spec.credentials.user = parser.value(user);
    if (parser.isSet(passwordStdin)) {
        QTextStream in(stdin);
        spec.credentials.password = in.readLine();
    }
    const ProviderType *providerType = ProviderRegistry::instance().find(spec.type);
    if (!providerType) {
        QStringList known;
        for (const ProviderType *each : ProviderRegistry::instance().types())
            known << each->id();
        return fail(Cli::tr("Unknown provider type \"%1\"; known types: %2.")
                        .arg(spec.type, known.join(QStringLiteral(", "))),
                    UsageError);
    }
    if (!parser.isSet(noVerify)) {
        for (const QString &endpoint : spec.endpoints) {
            const QString problem = providerType->validateEndpoint(endpoint);
            if (!problem.isEmpty())
                return fail(problem, UsageError);
        }
        const VerifyResult result = providerType->verify(spec.toConfig());
        if (!result.ok)
            return fail(Cli::tr("Not added: %1").arg(result.error.toString()));
        out() << Cli::tr("Verified: %1").arg(result.summary) << Qt::endl;
    }
    QString error;
    if (!ProviderStore::addProvider(spec, &error))
        return fail(error);
    out() << Cli::tr("Added provider \"%1\".").arg(spec.name) << Qt::endl;
    return Success;
}

int providerList(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("List the providers."));
    int status = Success;
    if (!prepare(parser, arguments, &status))
        return status;
    const QList<ManagerRow> managers = ProviderStore::managers();
    if (managers.isEmpty()) {
        out()
            << Cli::tr(
                   "No providers. Add one with: vantage provider add NAME --type libvirt --uri URI")
            << Qt::endl;
        return Success;
    }
    for (const ManagerRow &manager : managers) {
        out() << manager.providerName << '\t' << manager.type << '\t'
              << manager.endpoints.join(u' ') << '\t' << ageOf(manager.lastRefreshAt) << '\t'
              << (manager.lastRefreshStatus.isEmpty() ? Cli::tr("not refreshed")
                                                      : manager.lastRefreshStatus);
        if (!manager.lastRefreshError.isEmpty())
            out() << '\t' << manager.lastRefreshError;
        out() << Qt::endl;
    }
    return Success;
}

int providerRemove(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Remove a provider and all its inventory."));
    parser.addPositionalArgument(QStringLiteral("name"), Cli::tr("The provider's name."));
    int status = Success;
    if (!prepare(parser, arguments, &status))
        return status;
    if (parser.positionalArguments().size() != 1)
        return fail(Cli::tr("provider remove takes one NAME."), UsageError);
    const QString name = parser.positionalArguments().constFirst();
    const auto provider = ProviderStore::providerByName(name);
    if (!provider)
        return fail(
            Cli::tr("There is no provider named \"%1\"; see vantage provider list.").arg(name));
    QString error;
    if (!ProviderStore::removeProvider(provider->id, &error))
        return fail(error);
    out() << Cli::tr("Removed provider \"%1\" and its inventory.").arg(name) << Qt::endl;
    return Success;
}

int refresh(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Refresh the inventory of one provider or all."));
    parser.addPositionalArgument(QStringLiteral("name"), Cli::tr("The provider's name."),
                                 QStringLiteral("NAME|--all"));
    const QCommandLineOption all(QStringLiteral("all"), Cli::tr("Refresh every provider."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), Cli::tr("Print only errors."));
    parser.addOptions({all, quiet});
    int status = Success;
    if (!prepare(parser, arguments, &status))
        return status;
    QList<ManagerRow> managers;
    if (parser.isSet(all)) {
        managers = ProviderStore::managers();
    } else if (parser.positionalArguments().size() == 1) {
        const QString name = parser.positionalArguments().constFirst();
        const auto provider = ProviderStore::providerByName(name);
        if (!provider)
            return fail(
                Cli::tr("There is no provider named \"%1\"; see vantage provider list.").arg(name));
        managers = ProviderStore::managersOf(provider->id);
    } else {
        return fail(Cli::tr("refresh takes a provider NAME or --all."), UsageError);
    }

    const bool terminal = isatty(fileno(stderr));
    const bool verbose = !parser.isSet(quiet);
    int failures = 0;
    SessionPool sessions;
    for (const ManagerRow &manager : std::as_const(managers)) {
        const auto progress = [&](const CollectProgress &step) {
            if (!terminal || !verbose)
                return;
            err() << '\r' << manager.providerName << ": " << step.stage;
            if (step.total > 0)
                err() << ' ' << step.done << '/' << step.total;
            err() << "\x1b[K" << Qt::flush;
        };
        CancelFlag never;
        const RefreshOutcome outcome =
            Refresher(manager.id, &sessions)
                .run({manager.id, {}, RefreshReason::User}, never, progress);
        if (terminal && verbose)
            err() << "\r\x1b[K" << Qt::flush;
        if (!outcome.ok) {
            ++failures;
            fail(Cli::tr("%1: refresh failed: %2").arg(manager.providerName, outcome.error));
            continue;
        }
        if (verbose) {
            out()
                << Cli::tr(
                       "%1: refreshed in %2 ms (collect %3 ms, save %4 ms): %5 added, %6 changed, "
                       "%7 removed")
                       .arg(manager.providerName)
                       .arg(outcome.collectMs + outcome.persistMs)
                       .arg(outcome.collectMs)
                       .arg(outcome.persistMs)
                       .arg(outcome.changes.inserted)
                       .arg(outcome.changes.updated)
                       .arg(outcome.changes.deleted)
                << Qt::endl;
        }
    }
    return failures ? Failure : Success;
}

} // namespace

bool Cli::isCommand(const QStringList &arguments)
{
    static const QStringList commands = {QStringLiteral("provider"), QStringLiteral("refresh")};
    return arguments.size() > 1 && commands.contains(arguments.at(1));
}

int Cli::run(const QStringList &arguments)
{
    // "vantage provider add ..." is parsed as "vantage-provider-add ...": the command words go.
    const QString command = arguments.value(1);
    if (command == QStringLiteral("refresh"))
        return refresh(arguments.mid(1));
    const QString action = arguments.value(2);
    const QStringList rest = QStringList{arguments.value(0)} + arguments.mid(3);
    if (action == QStringLiteral("add"))
        return providerAdd(rest);
    if (action == QStringLiteral("list"))
        return providerList(rest);
    if (action == QStringLiteral("remove"))
        return providerRemove(rest);
    return fail(
        Cli::tr("Unknown command \"provider %1\"; use provider add, list or remove.").arg(action),
        UsageError);
}

} // namespace Vantage
