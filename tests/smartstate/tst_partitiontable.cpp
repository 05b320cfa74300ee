#include "core/smartstate/diskimage.h"
#include "core/smartstate/partitiontable.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace Vantage;

namespace {

void entry(QByteArray *disk, qint64 sectorAt, int index, uchar type, quint32 start, quint32 count)
{
    uchar *e = reinterpret_cast<uchar *>(disk->data()) + sectorAt * 512 + 446 + index * 16;
    e[4] = type;
    qToLittleEndian(start, e + 8);
    qToLittleEndian(count, e + 12);
    (*disk)[sectorAt * 512 + 510] = char(0x55);
    (*disk)[sectorAt * 512 + 511] = char(0xaa);
}

} // namespace

class tst_PartitionTable : public QObject
{
    Q_OBJECT

private slots:
    void mbr_data();
    void mbr();

private:
    QTemporaryDir m_dir;
};

void tst_PartitionTable::mbr_data()
{
    QTest::addColumn<QByteArray>("disk");
    QTest::addColumn<QStringList>("expected"); // "number type offset size"
    QTest::addColumn<QString>("error");
    const qint64 size = 8 * 1024 * 1024; // 16384 sectors
    QByteArray blank(size, '\0');
    QTest::newRow("no signature: whole disk") << blank << QStringList{"0  0 8388608"} << "";
    QByteArray tiny(100, '\0');
    QTest::newRow("smaller than a sector") << tiny << QStringList{"0  0 100"} << "";

    QByteArray primaries = blank;
    entry(&primaries, 0, 0, 0x83, 2048, 2048);
    entry(&primaries, 0, 2, 0x82, 4096, 1024);
    QTest::newRow("primaries") << primaries
                               << QStringList{"1 83 1048576 1048576", "3 82 2097152 524288"} << "";

    QByteArray logical = blank;
    entry(&logical, 0, 0, 0x83, 2048, 2048);
    entry(&logical, 0, 1, 0x0f, 8192, 8192);
    entry(&logical, 8192, 0, 0x83, 64, 100);   // logical 5 at 8256
    entry(&logical, 8192, 1, 0x05, 1000, 500); // next EBR at 9192
    entry(&logical, 9192, 0, 0x07, 10, 200);   // logical 6 at 9202
    QTest::newRow("extended and logical")
        << logical
        << QStringList{"1 83 1048576 1048576", "5 83 4227072 51200", "6 07 4711424 102400"} << "";

    QByteArray loop = blank;
    entry(&loop, 0, 0, 0x05, 8192, 8192);
    entry(&loop, 8192, 1, 0x05, 100, 10); // -> 8292
    entry(&loop, 8292, 1, 0x05, 100, 10); // -> 8292 again
    QTest::newRow("EBR chain loop")
        << loop << QStringList{} << "MBR extended partition chain loops back on itself";

    QByteArray outside = blank;
    entry(&outside, 0, 0, 0x05, 8192, 8192);
    entry(&outside, 8192, 1, 0x05, 9000, 10);
    QTest::newRow("EBR outside its partition")
        << outside << QStringList{} << "MBR extended boot record points outside its partition";

    QByteArray past = blank;
    entry(&past, 0, 1, 0x83, 16000, 1000);
    QTest::newRow("partition past the end")
        << past << QStringList{} << "MBR partition 2 extends beyond the end of the disk";

    QByteArray noEbr = blank;
    entry(&noEbr, 0, 0, 0x05, 8192, 8192);
    QTest::newRow("extended without a boot record")
        << noEbr << QStringList{} << "MBR extended boot record at sector 8192 has no signature";

    QByteArray gptMissing = blank;
    entry(&gptMissing, 0, 0, 0xee, 1, 16383);
    QTest::newRow("protective MBR, no GPT")
        << gptMissing << QStringList{} << "GPT header signature is missing";

    QByteArray vbr = blank;
    entry(&vbr, 0, 0, 0x83, 2048, 2048);
    vbr[446] = char(0xe9); // not a boot flag: a boot sector's code, not a table
    QTest::newRow("boot sector, not a table") << vbr << QStringList{"0  0 8388608"} << "";
}

void tst_PartitionTable::mbr()
{
    QFETCH(QByteArray, disk);
    QFETCH(QStringList, expected);
    QFETCH(QString, error);
    QFile file(m_dir.filePath(QStringLiteral("disk.raw")));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(disk), disk.size());
    file.close();
    QString openError;
    auto image = DiskImages::open(file.fileName(), QStringLiteral("raw"), nullptr, &openError);
    QVERIFY(image);
    QList<DiskPartition> partitions;
    QString readError;
    const bool ok = PartitionTable::read(image.get(), &partitions, &readError);
    QCOMPARE(readError, error);
    QCOMPARE(ok, error.isEmpty());
    if (!ok)
        return;
    QStringList got;
    for (const DiskPartition &p : std::as_const(partitions))
        got << QStringLiteral("%1 %2 %3 %4").arg(p.number).arg(p.type).arg(p.offset).arg(p.size);
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(tst_PartitionTable)
#include "tst_partitiontable.moc"
