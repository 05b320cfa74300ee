#include "core/smartstate/diskimage.h"
#include "tests/smartstate/imagebuilder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Vantage;
using namespace Vantage::Testing;

class tst_DiskImage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsLikeTheRawImage_data();
    void readsLikeTheRawImage();
    void backingChainReadsThroughUnwrittenClusters();
    void backingChainHasADepthLimit();
    void rawReadOutsideIsRefused();
    void countsBytesRead();
    void hostileQcow2_data();
    void hostileQcow2();
    void l2TableBeyondEndOfFile();
    void missingBackingFile();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QByteArray readAll(DiskImage *image);

    QTemporaryDir m_dir;
    QByteArray m_raw;
};

void tst_DiskImage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // 8 MiB: a pattern that differs per sector, with zero stretches qemu-img leaves unallocated
    // and a stretch that compresses well.
    m_raw = QByteArray(8 * 1024 * 1024, '\0');
    for (qsizetype i = 0; i < m_raw.size(); ++i) {
        const qsizetype mib = i / (1024 * 1024);
        if (mib == 2 || mib == 5)
            continue;
        m_raw[i] = mib == 6 ? 'x' : char((i * 131 + i / 512) & 0xff);
    }
    QFile raw(path(QStringLiteral("disk.raw")));
    QVERIFY(raw.open(QIODevice::WriteOnly));
    QCOMPARE(raw.write(m_raw), m_raw.size());
    raw.close();
    QString error;
    QVERIFY2(convertToQcow2(raw.fileName(), path(QStringLiteral("v3.qcow2")), {}, &error),
             qPrintable(error));
    QVERIFY2(convertToQcow2(raw.fileName(), path(QStringLiteral("v2.qcow2")),
                            {QStringLiteral("-o"), QStringLiteral("compat=0.10")}, &error),
             qPrintable(error));
    QVERIFY2(convertToQcow2(raw.fileName(), path(QStringLiteral("compressed.qcow2")),
                            {QStringLiteral("-c")}, &error),
             qPrintable(error));
    QVERIFY2(convertToQcow2(
                 raw.fileName(), path(QStringLiteral("small-clusters.qcow2")),
                 {QStringLiteral("-c"), QStringLiteral("-o"), QStringLiteral("cluster_size=4096")},
                 &error),
             qPrintable(error));
}

QByteArray tst_DiskImage::readAll(DiskImage *image)
{
    QByteArray out(image->size(), Qt::Uninitialized);
    // Odd-sized reads cross cluster boundaries.
    const qint64 chunk = 1000003;
    QString error;
    for (qint64 at = 0; at < image->size(); at += chunk) {
        const qint64 len = std::min(chunk, image->size() - at);
        if (!image->read(at, out.data() + at, len, &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
    }
    return out;
}

void tst_DiskImage::readsLikeTheRawImage_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::newRow("raw") << "disk.raw"
                         << "raw";
    QTest::newRow("qcow2 v3") << "v3.qcow2"
                              << "qcow2";
    QTest::newRow("qcow2 v2 (compat=0.10)") << "v2.qcow2"
                                            << "qcow2";
    QTest::newRow("qcow2 compressed") << "compressed.qcow2"
                                      << "qcow2";
    QTest::newRow("qcow2 compressed, 4 KiB clusters") << "small-clusters.qcow2"
                                                      << "qcow2";
    QTest::newRow("qcow2 probed") << "v3.qcow2"
                                  << "";
}

void tst_DiskImage::readsLikeTheRawImage()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    ReadCounter counter;
    QString error;
    auto image = DiskImages::open(path(file), format, &counter, &error);
    QVERIFY2(image, qPrintable(error));
    QCOMPARE(image->size(), m_raw.size());
    QVERIFY(readAll(image.get()) == m_raw);
}

void tst_DiskImage::backingChainReadsThroughUnwrittenClusters()
{
    QString error;
    // A relative backing name: resolved from the overlay's folder, not the working directory.
    QVERIFY2(runTool(QStringLiteral("qemu-img"),
                     {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                      QStringLiteral("qcow2"), QStringLiteral("-b"), QStringLiteral("v3.qcow2"),
                      QStringLiteral("-F"), QStringLiteral("qcow2"),
                      path(QStringLiteral("overlay.qcow2"))},
                     &error),
             qPrintable(error));
    QVERIFY2(runTool(QStringLiteral("qemu-io"),
                     {QStringLiteral("-c"), QStringLiteral("write -P 0xab 70000 9000"),
                      path(QStringLiteral("overlay.qcow2"))},
                     &error),
             qPrintable(error));
    auto image = DiskImages::open(path(QStringLiteral("overlay.qcow2")), QStringLiteral("qcow2"),
                                  nullptr, &error);
    QVERIFY2(image, qPrintable(error));
    QByteArray expected = m_raw;
    expected.replace(70000, 9000, QByteArray(9000, char(0xab)));
    QVERIFY(readAll(image.get()) == expected);
}

void tst_DiskImage::backingChainHasADepthLimit()
{
    QString error;
    QString previous = QStringLiteral("v3.qcow2");
    for (int i = 0; i <= DiskImages::maxBackingDepth; ++i) {
        const QString name = QStringLiteral("chain%1.qcow2").arg(i);
        QVERIFY2(runTool(QStringLiteral("qemu-img"),
                         {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                          QStringLiteral("qcow2"), QStringLiteral("-b"), previous,
                          QStringLiteral("-F"), QStringLiteral("qcow2"), path(name)},
                         &error),
                 qPrintable(error));
        previous = name;
    }
    QVERIFY(!DiskImages::open(path(previous), QStringLiteral("qcow2"), nullptr, &error));
    QVERIFY2(error.contains(QStringLiteral("backing chain is longer than 16 images")),
             qPrintable(error));
    // One less is fine.
    QVERIFY2(DiskImages::open(path(QStringLiteral("chain15.qcow2")), QStringLiteral("qcow2"),
                              nullptr, &error),
             qPrintable(error));
}

void tst_DiskImage::rawReadOutsideIsRefused()
{
    QString error;
    auto image =
        DiskImages::open(path(QStringLiteral("disk.raw")), QStringLiteral("raw"), nullptr, &error);
    QVERIFY(image);
    char buffer[16];
    QVERIFY(!image->read(image->size() - 8, buffer, 16, &error));
    QVERIFY2(error.contains(QStringLiteral("outside")), qPrintable(error));
    QVERIFY(!image->read(-1, buffer, 1, &error));
    QVERIFY(image->read(image->size() - 16, buffer, 16, &error));
}

void tst_DiskImage::countsBytesRead()
{
    ReadCounter counter;
    QString error;
    auto image = DiskImages::open(path(QStringLiteral("v3.qcow2")), QStringLiteral("qcow2"),
                                  &counter, &error);
    QVERIFY(image);
    const qint64 afterOpen = counter.bytes;
    QVERIFY(afterOpen > 0);
    char buffer[4096];
    QVERIFY(image->read(3 * 1024 * 1024, buffer, sizeof buffer, &error));
    // The L2 table (one 64 KiB cluster) and the 4 KiB asked for; nothing else.
    QCOMPARE(counter.bytes - afterOpen, 65536 + 4096);
    QVERIFY(image->read(3 * 1024 * 1024 + 8192, buffer, sizeof buffer, &error));
    QCOMPARE(counter.bytes - afterOpen, 65536 + 2 * 4096); // the L2 table came from the cache
}

void tst_DiskImage::hostileQcow2_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("truncateTo");
    QTest::addColumn<QString>("message");
    const QFileInfo file(m_dir.filePath(QStringLiteral("v3.qcow2")));
    const quint64 pastEnd = (quint64(file.size()) + (1 << 20)) & ~quint64(0xffff);
    QTest::newRow("truncated header")
        << qint64(0) << QByteArray() << qint64(40) << "qcow2 header is truncated";
    QTest::newRow("L1 table past end of file")
        << qint64(40) << be64(pastEnd) << qint64(-1) << "qcow2 L1 table offset beyond end of file";
    QTest::newRow("L1 table offset above 2^63")
        << qint64(40) << be64(0xffffffffffff0000ULL) << qint64(-1)
        << "qcow2 L1 table offset beyond end of file";
    QTest::newRow("backing name offset above 2^63")
        << qint64(8) << be64(0xffffffffffffff00ULL) + be32(10) << qint64(-1)
        << "backing file name offset beyond end of file";
    QTest::newRow("version 4") << qint64(4) << be32(4) << qint64(-1)
                               << "qcow2 version 4 is not supported";
    QTest::newRow("cluster bits 40")
        << qint64(20) << be32(40) << qint64(-1) << "cluster size 2^40 is invalid";
    QTest::newRow("L1 too small") << qint64(36) << be32(0) << qint64(-1) << "L1 table is too small";
    QTest::newRow("encrypted") << qint64(32) << be32(1) << qint64(-1) << "encrypted";
    QTest::newRow("unknown incompatible feature")
        << qint64(72) << be64(1ULL << 40) << qint64(-1) << "unsupported features";
    QTest::newRow("backing name past end of file")
        << qint64(8) << be64(pastEnd) + be32(10) << qint64(-1)
        << "backing file name offset beyond end of file";
    QTest::newRow("huge backing name") << qint64(8) << be64(512) + be32(100000) << qint64(-1)
                                       << "backing file name length 100000 is invalid";
}

void tst_DiskImage::hostileQcow2()
{
    QFETCH(qint64, offset);
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, truncateTo);
    QFETCH(QString, message);
    const QString hostile = path(QStringLiteral("hostile.qcow2"));
    QFile::remove(hostile);
    QVERIFY(QFile::copy(path(QStringLiteral("v3.qcow2")), hostile));
    QVERIFY(QFile::setPermissions(hostile, QFile::ReadOwner | QFile::WriteOwner));
    if (!bytes.isEmpty())
        QVERIFY(patchFile(hostile, offset, bytes));
    if (truncateTo >= 0)
        QVERIFY(QFile::resize(hostile, truncateTo));
    QString error;
    QVERIFY(!DiskImages::open(hostile, QStringLiteral("qcow2"), nullptr, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void tst_DiskImage::l2TableBeyondEndOfFile()
{
    const QString hostile = path(QStringLiteral("l2.qcow2"));
    QVERIFY(QFile::copy(path(QStringLiteral("v3.qcow2")), hostile));
    QVERIFY(QFile::setPermissions(hostile, QFile::ReadOwner | QFile::WriteOwner));
    QFile file(hostile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    file.seek(40);
    const quint64 l1Offset = qFromBigEndian<quint64>(file.read(8).constData());
    const quint64 pastEnd = (quint64(file.size()) + (1 << 20)) & ~quint64(0xffff);
    file.close();
    QVERIFY(patchFile(hostile, qint64(l1Offset), be64(pastEnd | (1ULL << 63))));
    QString error;
    auto image = DiskImages::open(hostile, QStringLiteral("qcow2"), nullptr, &error);
    QVERIFY2(image, qPrintable(error)); // the L1 table itself is fine
    char buffer[512];
    QVERIFY(!image->read(0, buffer, sizeof buffer, &error));
    QCOMPARE(error, QStringLiteral("qcow2 L2 table offset beyond end of file"));
}

void tst_DiskImage::missingBackingFile()
{
    QString error;
    QVERIFY(runTool(QStringLiteral("qemu-img"),
                    {QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                     QStringLiteral("qcow2"), QStringLiteral("-u"), QStringLiteral("-b"),
                     QStringLiteral("gone.qcow2"), QStringLiteral("-F"), QStringLiteral("qcow2"),
                     path(QStringLiteral("orphan.qcow2")), QStringLiteral("8M")},
                    &error));
    QVERIFY(!DiskImages::open(path(QStringLiteral("orphan.qcow2")), QStringLiteral("qcow2"),
                              nullptr, &error));
    QVERIFY2(error.startsWith(QStringLiteral("backing file: ")) &&
                 error.contains(QStringLiteral("gone.qcow2 does not exist")),
             qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_DiskImage)
#include "tst_diskimage.moc"
