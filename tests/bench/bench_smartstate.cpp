// SmartState benchmark: a Debian-like guest (packages in dpkg's status file with a folder of
// files each, users, enabled units) written to a folder, made an ext4 file system of the given
// virtual size with mkfs.ext4 -d, partitioned (MBR) and converted to qcow2; then one scan of it.
// Prints the scan time and the bytes read from the image file, absolute and as a share of the
// virtual size: the scan must read what it needs, not the disk.

#include "core/smartstate/smartstatescanner.h"
#include "core/smartstate/smartstatestore.h"
#include "tests/smartstate/imagebuilder.h"
#include "tests/support/benchmark.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace Vantage;
using namespace Vantage::Testing;

namespace {

struct GuestSize
{
    int packages = 400;
    int files = 3000;
    int users = 30;
};

bool writeDebianLikeGuest(const QString &root, const GuestSize &size)
{
    bool ok = writeGuestFile(root, QStringLiteral("etc/os-release"),
                             "PRETTY_NAME=\"Debian GNU/Linux 12 (bookworm)\"\nNAME=\"Debian "
                             "GNU/Linux\"\nVERSION_ID=\"12\"\nID=debian\n") &&
              writeGuestFile(root, QStringLiteral("etc/hostname"), "bench\n");
    QByteArray passwd = "root:x:0:0:root:/root:/bin/bash\n";
    QByteArray group = "root:x:0:\n";
    for (int i = 1; i < size.users; ++i) {
        const QByteArray name = "user" + QByteArray::number(i);
        const QByteArray id = QByteArray::number(1000 + i);
        passwd += name + ":x:" + id + ":" + id + ":User " + QByteArray::number(i) + ",,,:/home/" +
                  name + ":/bin/bash\n";
        group += name + ":x:" + id + ":\n";
    }
    ok = ok && writeGuestFile(root, QStringLiteral("etc/passwd"), passwd) &&
         writeGuestFile(root, QStringLiteral("etc/group"), group);

    QByteArray status;
    const int filesPerPackage = std::max(1, size.files / std::max(1, size.packages));
    for (int p = 0; p < size.packages && ok; ++p) {
        const QByteArray name = "package-" + QByteArray::number(p);
        status += "Package: " + name +
                  "\nStatus: install ok installed\nPriority: optional\nSection: utils\n"
                  "Installed-Size: 1234\nMaintainer: Bench <bench@example.org>\n"
                  "Architecture: amd64\nVersion: 1." +
                  QByteArray::number(p) +
                  "-1\nDepends: libc6 (>= 2.36)\nDescription: benchmark package\n"
                  " A package whose files fill the image like a real system's.\n\n";
        for (int f = 0; f < filesPerPackage && ok; ++f) {
            const QByteArray content =
                QByteArray("file ") + QByteArray::number(f) + " of " + name + '\n';
            ok = writeGuestFile(
                root,
                QStringLiteral("usr/share/%1/file-%2.txt").arg(QString::fromLatin1(name)).arg(f),
                content.repeated(1 + (p * 7 + f) % 200));
        }
    }
    ok = ok && writeGuestFile(root, QStringLiteral("var/lib/dpkg/status"), status);
    for (const char *unit :
         {"ssh.service", "cron.service", "rsyslog.service", "networking.service"})
        ok = ok && writeGuestSymlink(root,
                                     QStringLiteral("etc/systemd/system/multi-user.target.wants/") +
                                         QLatin1String(unit),
                                     QStringLiteral("/lib/systemd/system/") + QLatin1String(unit));
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("SmartState scan of a Debian-like qcow2."));
    parser.addHelpOption();
    const QCommandLineOption sizeOption(QStringLiteral("size-mib"),
                                        QStringLiteral("Virtual disk size in MiB."),
                                        QStringLiteral("N"), QStringLiteral("1024"));
    const QCommandLineOption packagesOption(QStringLiteral("packages"),
                                            QStringLiteral("Installed packages."),
                                            QStringLiteral("N"), QStringLiteral("400"));
    const QCommandLineOption filesOption(QStringLiteral("files"),
                                         QStringLiteral("Files under /usr/share."),
                                         QStringLiteral("N"), QStringLiteral("3000"));
    const QCommandLineOption usersOption(QStringLiteral("users"), QStringLiteral("Users."),
                                         QStringLiteral("N"), QStringLiteral("30"));
    parser.addOptions({sizeOption, packagesOption, filesOption, usersOption});
    parser.process(app);
    const int sizeMib = parser.value(sizeOption).toInt();
    const GuestSize size{parser.value(packagesOption).toInt(), parser.value(filesOption).toInt(),
                         parser.value(usersOption).toInt()};
    if (sizeMib < 16 || size.packages < 1 || size.users < 1 || size.files < 0) {
        std::fprintf(stderr, "bad sizes\n");
        return 1;
    }

    QTemporaryDir dir;
    QString error;
    const QString tree = dir.filePath(QStringLiteral("tree"));
    const QString fsImage = dir.filePath(QStringLiteral("fs.raw"));
    const QString disk = dir.filePath(QStringLiteral("disk.raw"));
    const QString qcow2 = dir.filePath(QStringLiteral("disk.qcow2"));
    qint64 offset = 0;
    // The file system fills the disk but for the partition table's 1 MiB and GPT-style slack.
    if (!dir.isValid() || !writeDebianLikeGuest(tree, size) ||
        !makeExt4(tree, fsImage, sizeMib - 2, &error) ||
        !makePartitionedDisk(fsImage, disk, PartitionLayout::Mbr, &offset, &error) ||
        !convertToQcow2(disk, qcow2, {}, &error)) {
        std::fprintf(stderr, "cannot build the image: %s\n", qPrintable(error));
        return 1;
    }
    QFile::remove(fsImage);
    QFile::remove(disk);

    SmartStateScanner scanner(SmartStateStore::defaultProfile());
    CancelFlag cancel;
    SmartStateResult result;
    QElapsedTimer timer;
    timer.start();
    const bool ok = scanner.scan({{QStringLiteral("vda"), qcow2, QStringLiteral("qcow2")}}, cancel,
                                 {}, &result, &error);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!ok) {
        std::fprintf(stderr, "scan failed: %s\n", qPrintable(error));
        return 1;
    }
    if (result.packages.size() != size.packages || result.users.size() != size.users ||
        result.services.size() != 4) {
        std::fprintf(stderr, "scan found %d packages, %d users, %d services\n",
                     int(result.packages.size()), int(result.users.size()),
                     int(result.services.size()));
        return 1;
    }
    const double virtualBytes = double(sizeMib) * 1024 * 1024;
    printFigure(QStringLiteral("smartstate_image_file_mib"),
                double(QFileInfo(qcow2).size()) / (1024 * 1024), "MiB");
    printFigure(QStringLiteral("smartstate_scan_s"), seconds, "s");
    printFigure(QStringLiteral("smartstate_bytes_read"), double(result.bytesRead), "B");
    printFigure(QStringLiteral("smartstate_bytes_read_percent_of_virtual"),
                100.0 * double(result.bytesRead) / virtualBytes, "%");
    return 0;
}
