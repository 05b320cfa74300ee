#include "core/smartstate/smartstateparsers.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <atomic>

namespace Vantage {

namespace {

QList<QByteArray> lines(const QByteArray &text)
{
    QList<QByteArray> out = text.split('\n');
    for (QByteArray &line : out) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return out;
}

// A value as a shell would read it: "..." with \" \\ \$ \` escapes, '...' literal, or bare.
QString unquote(const QByteArray &raw)
{
    const QByteArray value = raw.trimmed();
    if (value.size() >= 2 && value.front() == '\'' && value.back() == '\'')
        return QString::fromUtf8(value.mid(1, value.size() - 2));
    if (value.size() >= 2 && value.front() == '"' && value.back() == '"') {
        QByteArray out;
        const QByteArray inner = value.mid(1, value.size() - 2);
        for (qsizetype i = 0; i < inner.size(); ++i) {
            if (inner.at(i) == '\\' && i + 1 < inner.size() &&
                QByteArrayView("\"\\$`").contains(inner.at(i + 1)))
                ++i;
            out.append(inner.at(i));
        }
        return QString::fromUtf8(out);
    }
    return QString::fromUtf8(value);
}

bool parseId(const QByteArray &field, qint64 *out)
{
    bool ok = false;
    const qulonglong value = field.toULongLong(&ok);
    if (!ok || value > 0xffffffffULL)
        return false;
    *out = qint64(value);
    return true;
}

bool isCommentOrBlank(const QByteArray &line)
{
    const QByteArray trimmed = line.trimmed();
    return trimmed.isEmpty() || trimmed.startsWith('#');
}

} // namespace

OsRelease SmartStateParsers::parseOsRelease(const QByteArray &text)
{
    OsRelease os;
    for (const QByteArray &line : lines(text)) {
        if (isCommentOrBlank(line))
            continue;
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = line.left(eq).trimmed();
        const QString value = unquote(line.mid(eq + 1));
        if (key == "NAME")
            os.name = value;
        else if (key == "VERSION_ID")
            os.versionId = value;
        else if (key == "ID")
            os.id = value;
        else if (key == "PRETTY_NAME")
            os.prettyName = value;
    }
    return os;
}

QString SmartStateParsers::parseHostname(const QByteArray &text)
{
    for (const QByteArray &line : lines(text)) {
        if (!isCommentOrBlank(line))
            return QString::fromUtf8(line.trimmed());
    }
    return {};
}

QList<SmartUser> SmartStateParsers::parsePasswd(const QByteArray &text, int *skipped)
{
    QList<SmartUser> users;
    int bad = 0;
    for (const QByteArray &line : lines(text)) {
        if (isCommentOrBlank(line))
            continue;
        const QList<QByteArray> fields = line.split(':');
        SmartUser user;
        // NIS compat entries (+name, -name) name no local user.
        if (fields.size() != 7 || fields.at(0).isEmpty() || line.startsWith('+') ||
            line.startsWith('-') || !parseId(fields.at(2), &user.uid) ||
            !parseId(fields.at(3), &user.gid)) {
            ++bad;
            continue;
        }
        user.name = QString::fromUtf8(fields.at(0));
        user.gecos = QString::fromUtf8(fields.at(4));
        user.home = QString::fromUtf8(fields.at(5));
        user.shell = QString::fromUtf8(fields.at(6));
        users.append(user);
    }
    if (skipped)
        *skipped = bad;
    return users;
}

QList<SmartGroup> SmartStateParsers::parseGroup(const QByteArray &text, int *skipped)
{
    QList<SmartGroup> groups;
    int bad = 0;
    for (const QByteArray &line : lines(text)) {
        if (isCommentOrBlank(line))
            continue;
        const QList<QByteArray> fields = line.split(':');
        SmartGroup group;
        if (fields.size() != 4 || fields.at(0).isEmpty() || line.startsWith('+') ||
            line.startsWith('-') || !parseId(fields.at(2), &group.gid)) {
            ++bad;
            continue;
        }
        group.name = QString::fromUtf8(fields.at(0));
        for (const QByteArray &member : fields.at(3).split(',')) {
            if (!member.trimmed().isEmpty())
                group.members.append(QString::fromUtf8(member.trimmed()));
        }
        groups.append(group);
    }
    if (skipped)
        *skipped = bad;
    return groups;
}

QList<SmartPackage> SmartStateParsers::parseDpkgStatus(const QByteArray &text)
{
    QList<SmartPackage> packages;
    SmartPackage current;
    QByteArray status;
    const auto finish = [&] {
        // "want flag status": held packages ("hold ok installed") are installed too; half-
        // installed, config-files and not-installed ones are not.
        const QList<QByteArray> words = status.simplified().split(' ');
        if (!current.name.isEmpty() && words.size() == 3 && words.at(1) == "ok" &&
            words.at(2) == "installed") {
            current.source = QString::fromLatin1(PackageSource::Dpkg);
            packages.append(current);
        }
        current = {};
        status.clear();
    };
    for (const QByteArray &line : lines(text)) {
        if (line.trimmed().isEmpty()) {
            finish();
            continue;
        }
        if (line.startsWith(' ') || line.startsWith('\t'))
            continue; // a continuation line of a multi-line field (Description, Conffiles)
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray field = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (field == "package")
            current.name = QString::fromUtf8(value);
        else if (field == "status")
            status = value;
        else if (field == "version")
            current.version = QString::fromUtf8(value);
        else if (field == "architecture")
            current.arch = QString::fromUtf8(value);
    }
    finish();
    return packages;
}

namespace {

constexpr quint32 tagName = 1000;
constexpr quint32 tagVersion = 1001;
constexpr quint32 tagRelease = 1002;
constexpr quint32 tagEpoch = 1003;
constexpr quint32 tagArch = 1022;
constexpr quint32 typeInt32 = 4;
constexpr quint32 typeString = 6;
constexpr quint32 typeI18nString = 9;
// rpm's own limits on a header (header_internal.h: hdrchkTags, hdrchkData).
constexpr quint32 maxIndexEntries = 0x10000;
constexpr quint32 maxDataBytes = 256 * 1024 * 1024;

} // namespace

bool SmartStateParsers::parseRpmHeader(const QByteArray &blob, SmartPackage *out, QString *error)
{
    const auto *bytes = reinterpret_cast<const uchar *>(blob.constData());
    if (blob.size() < 8) {
        *error = tr("rpm header is truncated");
        return false;
    }
    const quint32 indexCount = qFromBigEndian<quint32>(bytes);
    const quint32 dataLength = qFromBigEndian<quint32>(bytes + 4);
    if (indexCount == 0 || indexCount > maxIndexEntries || dataLength > maxDataBytes) {
        *error = tr("rpm header sizes are invalid");
        return false;
    }
    const qint64 dataStart = 8 + qint64(indexCount) * 16;
    if (dataStart + dataLength > blob.size()) {
        *error = tr("rpm header is truncated");
        return false;
    }
    const uchar *data = bytes + dataStart;
    QString version;
    QString release;
    QString epoch;
    *out = {};
    for (quint32 i = 0; i < indexCount; ++i) {
        const uchar *entry = bytes + 8 + qint64(i) * 16;
        const quint32 tag = qFromBigEndian<quint32>(entry);
        const quint32 type = qFromBigEndian<quint32>(entry + 4);
        const quint32 offset = qFromBigEndian<quint32>(entry + 8);
        if (tag != tagName && tag != tagVersion && tag != tagRelease && tag != tagEpoch &&
            tag != tagArch)
            continue;
        if (tag == tagEpoch) {
            if (type != typeInt32 || offset > dataLength || dataLength - offset < 4) {
                *error = tr("rpm header epoch entry is invalid");
                return false;
            }
            epoch = QString::number(qFromBigEndian<quint32>(data + offset));
            continue;
        }
        if ((type != typeString && type != typeI18nString) || offset >= dataLength) {
            *error = tr("rpm header entry for tag %1 is invalid").arg(tag);
            return false;
        }
        const auto *start = reinterpret_cast<const char *>(data + offset);
        const void *end = std::memchr(start, 0, dataLength - offset);
        if (!end) {
            *error = tr("rpm header string for tag %1 is not terminated").arg(tag);
            return false;
        }
        const QString value = QString::fromUtf8(start, static_cast<const char *>(end) - start);
        if (tag == tagName)
            out->name = value;
        else if (tag == tagVersion)
            version = value;
        else if (tag == tagRelease)
            release = value;
        else
            out->arch = value;
    }
    if (out->name.isEmpty() || version.isEmpty()) {
        *error = tr("rpm header has no package name or version");
        return false;
    }
    out->version = (epoch.isEmpty() ? QString() : epoch + u':') + version +
                   (release.isEmpty() ? QString() : u'-' + release);
    out->source = QString::fromLatin1(PackageSource::Rpm);
    return true;
}

bool SmartStateParsers::readRpmDatabase(const QString &path, QList<SmartPackage> *out,
                                        QString *error)
{
    static std::atomic_int connections = 0;
    const QString name = QStringLiteral("vantage-rpmdb-%1").arg(++connections);
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            *error = tr("cannot open the rpm database: %1").arg(db.lastError().text());
        } else {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (!query.exec(QStringLiteral("SELECT blob FROM Packages"))) {
                *error = tr("not an rpm database: %1").arg(query.lastError().text());
            } else {
                ok = true;
                int bad = 0;
                while (query.next()) {
                    SmartPackage package;
                    QString headerError;
                    if (!parseRpmHeader(query.value(0).toByteArray(), &package, &headerError)) {
                        ++bad;
                        continue;
                    }
                    // rpm keeps imported signing keys as pseudo-packages; they are not software.
                    if (package.name != QLatin1String("gpg-pubkey"))
                        out->append(package);
                }
                if (bad > 0)
                    *error = tr("%n damaged rpm header(s) skipped", nullptr, bad);
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace Vantage
