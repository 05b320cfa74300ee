#pragma once

#include "core/reports/reportdefinition.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Vantage {

// A stored report: its definition, or why it cannot be read (malformed JSON, a source or column
// this program does not know). A broken report is listed with its problem; the others are
// unaffected.
struct StoredReport
{
    qint64 id = 0;
    ReportDefinition definition; // name, title, source and builtIn always set
    QString problem;             // empty when the definition can run
};

// report_definitions on this thread's connection.
class ReportStore
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::ReportStore)

public:
    // One built-in report per source, named by the source id.
    static QList<ReportDefinition> builtIns();

    // Writes the built-ins as this program defines them, replacing changed or damaged ones and
    // dropping those it no longer defines; leaves user reports alone. Run at start (window and
    // CLI).
    static bool restoreBuiltIns(QString *error);

    // Every report, built-ins first, then by name.
    static QList<StoredReport> reports(QString *error = nullptr);
    static std::optional<StoredReport> report(const QString &name, QString *error = nullptr);

    // Validates, then inserts a user report (builtIn is ignored); the name must be new.
    static bool add(const ReportDefinition &definition, QString *error);
    // Validates, then replaces the user report now named `name` (it may be renamed).
    // Built-ins cannot be changed: copy them.
    static bool update(const QString &name, const ReportDefinition &definition, QString *error);
    // Built-ins cannot be removed.
    static bool remove(const QString &name, QString *error);

    // A name not yet taken, from `base` ("vms-copy", "vms-copy-2", …).
    static QString unusedName(const QString &base);
};

} // namespace Vantage
