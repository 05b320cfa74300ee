#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Vantage {

// The headless commands: the same core as the window, for cron and scripts.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::Cli)

public:
    // True when the arguments name a subcommand (then no window opens).
    static bool isCommand(const QStringList &arguments);

    // Runs the subcommand; the process exit status. Needs a QCoreApplication.
    static int run(const QStringList &arguments);
};

} // namespace Vantage
