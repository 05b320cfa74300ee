#include "app/cli.h"

#include "core/database.h"
#include "core/providerregistry.h"
#include "core/providerstore.h"
#include "core/refresher.h"
#include "core/reports/reportrunner.h"
#include "core/reports/reportstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
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

// "AB:CD:..." from 32 hex pairs in either case, separated by colons, spaces or dashes or not at
// all (as vCenter, openssl and browsers show them); empty for anything else.
QString canonicalSha256(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9A-Fa-f]{2}([:\\- ]?[0-9A-Fa-f]{2}){31}$"));
    if (!pattern.match(text.trimmed()).hasMatch())
        return {};
    QString digits = text.toUpper();
    digits.remove(QRegularExpression(QStringLiteral("[^0-9A-F]")));
    QStringList pairs;
    for (qsizetype i = 0; i < digits.size(); i += 2)
        pairs << digits.mid(i, 2);
    return pairs.join(u':');
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
    const QCommandLineOption tlsPin(QStringLiteral("tls-pin"),
                                    Cli::tr("Trust the server's TLS certificate with this SHA-256 "
                                            "fingerprint although no installed authority signed "
                                            "it."),
                                    QStringLiteral("SHA256"));
    parser.addOptions({type, uri, user, passwordStdin, noVerify, tlsPin});
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
    if (parser.isSet(tlsPin)) {
        const QString pin = canonicalSha256(parser.value(tlsPin));
        if (pin.isEmpty())
            return fail(Cli::tr("--tls-pin takes a SHA-256 fingerprint: 32 hexadecimal pairs such "
                                "as AB:CD:..., not \"%1\".")
                            .arg(parser.value(tlsPin)),
                        UsageError);
        spec.options.insert(QLatin1StringView(ManagerOption::TlsPinSha256), pin);
    }
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
        if (!result.ok && !result.error.certificateSha256.isEmpty()) {
            // The provider's hint speaks of a Trust button; here the pin is an option.
            fail(Cli::tr("Not added: %1").arg(result.error.message));
            err() << Cli::tr("Compare it with the fingerprint vCenter shows (vSphere Client → "
                             "Administration → Certificates). Only if they match, run the same "
                             "command again with --tls-pin %1")
                         .arg(result.error.certificateSha256)
                  << Qt::endl;
            return Failure;
        }
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

void listReports(const QList<StoredReport> &reports)
{
    for (const StoredReport &report : reports) {
        out() << report.definition.name << '\t' << report.definition.displayTitle() << '\t'
              << report.definition.source;
        if (report.definition.builtIn)
            out() << '\t' << Cli::tr("built-in");
        if (!report.problem.isEmpty())
            out() << '\t' << report.problem;
        out() << Qt::endl;
    }
}

int report(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Export a report as CSV (RFC 4180, UTF-8), or list the reports."));
    parser.addPositionalArgument(QStringLiteral("name"), Cli::tr("The report's name."),
                                 QStringLiteral("NAME|--list"));
    const QCommandLineOption list(QStringLiteral("list"), Cli::tr("List the reports."));
    const QCommandLineOption output(QStringLiteral("output"),
                                    Cli::tr("Write the CSV to FILE; - for standard output."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption bom(QStringLiteral("bom"),
                                 Cli::tr("Start the file with a UTF-8 byte order mark (for "
                                         "spreadsheets on Windows)."));
    const QCommandLineOption filter(
        QStringLiteral("filter"),
        Cli::tr("Keep only rows where COLUMN OP VALUE holds, on top of the report's own filters; "
                "OP is =, !=, <, <=, >, >=, contains, starts with or is empty. Repeatable."),
        QStringLiteral("'COLUMN OP VALUE'"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), Cli::tr("Print only errors."));
    parser.addOptions({list, output, bom, filter, quiet});
    int status = Success;
    if (!prepare(parser, arguments, &status))
        return status;
    QString error;
    if (!ReportStore::restoreBuiltIns(&error))
        return fail(Cli::tr("Could not set up the built-in reports: %1").arg(error));
    const QList<StoredReport> reports = ReportStore::reports(&error);
    if (!error.isEmpty())
        return fail(error);
    if (parser.isSet(list)) {
        listReports(reports);
        return Success;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(output))
        return fail(Cli::tr("report takes a report NAME and --output FILE, or --list; see --help."),
                    UsageError);

    const QString name = parser.positionalArguments().constFirst();
    const auto stored = std::find_if(reports.cbegin(), reports.cend(), [&](const StoredReport &r) {
        return r.definition.name == name;
    });
    if (stored == reports.cend()) {
        QStringList names;
        for (const StoredReport &each : reports)
            names << each.definition.name;
        return fail(Cli::tr("There is no report named \"%1\"; the reports are: %2.")
                        .arg(name, names.join(QStringLiteral(", "))));
    }
    if (!stored->problem.isEmpty())
        return fail(stored->problem);
    ReportDefinition definition = stored->definition;
    const ReportSource *source = ReportSources::find(definition.source);
    for (const QString &text : parser.values(filter)) {
        const auto parsed = ReportDefinition::parseFilter(*source, text, &error);
        if (!parsed)
            return fail(error, UsageError);
        definition.filters << *parsed;
    }

    const bool terminal = isatty(fileno(stderr)) && !parser.isSet(quiet);
    const auto progress = [&](qint64 done, qint64 total) {
        if (!terminal)
            return;
        err() << '\r' << Cli::tr("%1: %2 of %3 rows").arg(name).arg(done).arg(total) << "\x1b[K"
              << Qt::flush;
    };
    const ReportRunner runner(definition);
    const QString path = parser.value(output);
    ReportOutcome outcome;
    if (path == QStringLiteral("-")) {
        QFile standardOutput;
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return fail(Cli::tr("Cannot write to standard output."));
        outcome = runner.exportCsv(&standardOutput, parser.isSet(bom), nullptr, progress);
    } else {
        outcome = runner.exportCsvFile(path, parser.isSet(bom), nullptr, progress);
    }
    if (terminal)
        err() << "\r\x1b[K" << Qt::flush;
    if (!outcome.ok)
        return fail(Cli::tr("%1: export failed: %2").arg(name, outcome.error));
    if (terminal && path != QStringLiteral("-"))
        err() << Cli::tr("%1: %n row(s) written to %2", nullptr, int(outcome.dataRows))
                     .arg(name, path)
              << Qt::endl;
    return Success;
}

} // namespace

bool Cli::isCommand(const QStringList &arguments)
{
    static const QStringList commands = {QStringLiteral("provider"), QStringLiteral("refresh"),
                                         QStringLiteral("report")};
    return arguments.size() > 1 && commands.contains(arguments.at(1));
}

int Cli::run(const QStringList &arguments)
{
    // "vantage provider add ..." is parsed as "vantage-provider-add ...": the command words go.
    const QString command = arguments.value(1);
    if (command == QStringLiteral("refresh"))
        return refresh(arguments.mid(1));
    if (command == QStringLiteral("report"))
        return report(arguments.mid(1));
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
