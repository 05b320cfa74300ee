#pragma once

#include "core/smartstate/smartstateresult.h"

#include <QCoreApplication>

namespace Vantage {

// The text and binary formats SmartState reads out of a guest, each parser total: any input
// gives a result (malformed lines and entries are skipped) or a clear error, never a crash.
class SmartStateParsers
{
    Q_DECLARE_TR_FUNCTIONS(Vantage::SmartStateParsers)

public:
    // os-release(5): KEY=value lines, values optionally quoted with shell escapes.
    static OsRelease parseOsRelease(const QByteArray &text);
    // The first non-comment line.
    static QString parseHostname(const QByteArray &text);
    // name:password:uid:gid:gecos:home:shell; *skipped counts malformed lines.
    static QList<SmartUser> parsePasswd(const QByteArray &text, int *skipped = nullptr);
    // name:password:gid:member,member
    static QList<SmartGroup> parseGroup(const QByteArray &text, int *skipped = nullptr);
    // dpkg's status file: installed packages only (Status "... ok installed").
    static QList<SmartPackage> parseDpkgStatus(const QByteArray &text);
    // One header blob as rpm stores it in rpmdb.sqlite's Packages table (no lead, no magic):
    // index count and data length, the index entries, the data store. Name, version, release,
    // epoch and arch.
    static bool parseRpmHeader(const QByteArray &blob, SmartPackage *out, QString *error);
    // Every package of an rpmdb.sqlite copied out of the image, opened read-only. On success
    // *error may still say how many damaged headers were skipped.
    static bool readRpmDatabase(const QString &path, QList<SmartPackage> *out, QString *error);
};

} // namespace Vantage
