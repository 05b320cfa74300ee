#include "core/smartstate/diskimage.h"
#include "core/smartstate/extfilesystem.h"
#include "tests/smartstate/imagebuilder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Vantage;
using namespace Vantage::Testing;

class tst_ExtFilesystem : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsFilesThroughLinks_data();
    void readsFilesThroughLinks();
    void symlinkLoopIsAnError();
    void listsDirectories();
    void refusesWhatItShouldNot();
    void notAnExtFileSystem();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DiskImage> m_image;
    std::unique_ptr<ExtFilesystem> m_fs;
};

void tst_ExtFilesystem::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString tree = m_dir.filePath(QStringLiteral("tree"));
    QVERIFY(writeGuestFile(tree, QStringLiteral("etc/shadow"), "guest shadow\n"));
    QVERIFY(writeGuestFile(tree, QStringLiteral("data/big"), QByteArray(200000, 'b')));
    QVERIFY(writeGuestFile(tree, QStringLiteral("data/empty"), QByteArray()));
    // Links that try to leave the image resolve inside it, as they would in the guest.
    QVERIFY(
        writeGuestSymlink(tree, QStringLiteral("escape-absolute"), QStringLiteral("/etc/shadow")));
    QVERIFY(writeGuestSymlink(tree, QStringLiteral("data/escape-relative"),
                              QStringLiteral("../../../../../../etc/shadow")));
    QVERIFY(writeGuestSymlink(tree, QStringLiteral("etc/dirlink"), QStringLiteral("/data")));
    QVERIFY(writeGuestSymlink(tree, QStringLiteral("loop/a"), QStringLiteral("b")));
    QVERIFY(writeGuestSymlink(tree, QStringLiteral("loop/b"), QStringLiteral("a")));
    QVERIFY(writeGuestSymlink(tree, QStringLiteral("loop/self"), QStringLiteral("self")));
    QString error;
    QVERIFY2(makeExt4(tree, m_dir.filePath(QStringLiteral("fs.raw")), 8, &error),
             qPrintable(error));
    m_image = DiskImages::open(m_dir.filePath(QStringLiteral("fs.raw")), QStringLiteral("raw"),
                               nullptr, &error);
    QVERIFY(m_image);
    m_fs = ExtFilesystem::open(m_image.get(), &error);
    QVERIFY2(m_fs, qPrintable(error));
}

void tst_ExtFilesystem::readsFilesThroughLinks_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("plain") << "/etc/shadow" << QByteArray("guest shadow\n");
    QTest::newRow("absolute link") << "/escape-absolute" << QByteArray("guest shadow\n");
    QTest::newRow("relative link with ..")
        << "/data/escape-relative" << QByteArray("guest shadow\n");
    QTest::newRow("through a linked folder") << "/etc/dirlink/empty" << QByteArray("");
    QTest::newRow("large, in blocks") << "/data/big" << QByteArray(200000, 'b');
}

void tst_ExtFilesystem::readsFilesThroughLinks()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, content);
    QByteArray data;
    QString error;
    QVERIFY2(m_fs->readFile(path, 1 << 20, &data, &error), qPrintable(error));
    QCOMPARE(data, content);
}

void tst_ExtFilesystem::symlinkLoopIsAnError()
{
    for (const QString &path : {QStringLiteral("/loop/a"), QStringLiteral("/loop/self")}) {
        QByteArray data;
        QString error;
        QVERIFY(!m_fs->readFile(path, 1 << 20, &data, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": ")) &&
                     error.contains(QStringLiteral("link"), Qt::CaseInsensitive),
                 qPrintable(error));
        QVERIFY(!m_fs->exists(path, &error));
        QVERIFY(!error.isEmpty()); // not merely missing
    }
}

void tst_ExtFilesystem::listsDirectories()
{
    QList<ExtFilesystem::Entry> entries;
    QString error;
    QVERIFY2(m_fs->list(QStringLiteral("/loop"), &entries, &error), qPrintable(error));
    QStringList names;
    for (const auto &entry : entries) {
        names << entry.name;
        QVERIFY(entry.isSymlink);
        QVERIFY(!entry.isDirectory);
    }
    names.sort();
    QCOMPARE(names, (QStringList{"a", "b", "self"}));
    QVERIFY(m_fs->list(QStringLiteral("/"), &entries, &error));
    bool sawData = false;
    for (const auto &entry : entries)
        sawData |= entry.name == QLatin1String("data") && entry.isDirectory;
    QVERIFY(sawData);
    QVERIFY(m_fs->list(QStringLiteral("/data"), &entries, &error, 2));
    QCOMPARE(entries.size(), 2);
}

void tst_ExtFilesystem::refusesWhatItShouldNot()
{
    QByteArray data;
    QString error;
    QVERIFY(!m_fs->readFile(QStringLiteral("/data/big"), 1000, &data, &error));
    QCOMPARE(error, QStringLiteral("/data/big is larger than 1000 bytes"));
    QVERIFY(!m_fs->readFile(QStringLiteral("/data"), 1000, &data, &error));
    QCOMPARE(error, QStringLiteral("/data is not a regular file"));
    QVERIFY(!m_fs->readFile(QStringLiteral("/nope"), 1000, &data, &error));
    QCOMPARE(error, QStringLiteral("/nope: no such file"));
    QList<ExtFilesystem::Entry> entries;
    QVERIFY(!m_fs->list(QStringLiteral("/etc/shadow"), &entries, &error));
    QCOMPARE(error, QStringLiteral("/etc/shadow is not a directory"));
    error.clear();
    QVERIFY(!m_fs->exists(QStringLiteral("/nope"), &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_ExtFilesystem::notAnExtFileSystem()
{
    QFile zeros(m_dir.filePath(QStringLiteral("zeros.raw")));
    QVERIFY(zeros.open(QIODevice::WriteOnly));
    QVERIFY(zeros.resize(1 << 20));
    zeros.close();
    QString error;
    auto image = DiskImages::open(zeros.fileName(), QStringLiteral("raw"), nullptr, &error);
    bool notExt = false;
    QVERIFY(!ExtFilesystem::open(image.get(), &error, &notExt));
    QVERIFY(notExt);
    QCOMPARE(error, QStringLiteral("no ext2/3/4 file system"));
}

QTEST_GUILESS_MAIN(tst_ExtFilesystem)
#include "tst_extfilesystem.moc"
