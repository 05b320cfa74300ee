#include "tests/support/testnodexml.h"

#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <array>

namespace Vantage {

namespace {

// splitmix64: tiny, deterministic on every platform, and good enough to vary test data.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state;
};

// Each object draws from its own stream, so adding domains never changes the networks' UUIDs.
Rng streamFor(quint32 seed, quint32 kind, quint32 index)
{
    return Rng((quint64(seed) << 32) ^ (quint64(kind) << 24) ^ index);
}

QString uuidFrom(Rng rng)
{
    std::array<quint8, 16> b{};
    const quint64 hi = rng.next();
    const quint64 lo = rng.next();
    for (int i = 0; i < 8; ++i) {
        b[i] = quint8(hi >> (8 * i));
        b[8 + i] = quint8(lo >> (8 * i));
    }
    b[6] = (b[6] & 0x0f) | 0x40; // version 4
    b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
    QString s;
    s.reserve(36);
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            s += u'-';
        s += QString::number(b[i] >> 4, 16);
        s += QString::number(b[i] & 0xf, 16);
    }
    return s;
}

// virDomainState values in a fixed rotation: the first ten domains already cover every state.
constexpr std::array<int, 12> kRunStates = {1, 5, 3, 7, 4, 6, 2, 1, 1, 5, 1, 5};

QString powerStateFor(int runState)
{
    switch (runState) {
    case 1:
    case 2:
        return QStringLiteral("on");
    case 3:
        return QStringLiteral("paused");
    case 4:
        return QStringLiteral("shutting_down");
    case 5:
        return QStringLiteral("off");
    case 6:
        return QStringLiteral("crashed");
    case 7:
        return QStringLiteral("suspended");
    default:
        return QStringLiteral("unknown");
    }
}

constexpr qint64 kGiB = 1024LL * 1024 * 1024;

QByteArray esc(const QString &s)
{
    return s.toHtmlEscaped().toUtf8();
}

QByteArray num(qint64 n)
{
    return QByteArray::number(n);
}

} // namespace

TestNodeModel TestNodeXml::model(const TestNodeSpec &spec)
{
    TestNodeModel m;
    m.hostUuid = uuidFrom(streamFor(spec.seed, 1, 0));
    m.cpuSockets = 2;
    m.cpuCores = 8;
    m.cpuThreads = 2;
    m.cpuMhz = 2600;
    m.memoryKiB = 128LL * 1024 * 1024;

    for (int n = 0; n < spec.networks; ++n) {
        TestNodeNetwork net;
        net.name = n == 0 ? QStringLiteral("default") : QStringLiteral("isolated%1").arg(n);
        net.uuid = uuidFrom(streamFor(spec.seed, 2, quint32(n)));
        net.bridge = QStringLiteral("virbr%1").arg(n);
        net.forwardMode = n == 0 ? QStringLiteral("nat") : QString();
        m.networks.append(net);
    }

    for (int p = 0; p < spec.pools; ++p) {
        TestNodePool pool;
        pool.name = p == 0 ? QStringLiteral("default") : QStringLiteral("pool%1").arg(p);
        pool.uuid = uuidFrom(streamFor(spec.seed, 3, quint32(p)));
        pool.path = QStringLiteral("/var/lib/libvirt/images/%1-%2").arg(spec.hostName, pool.name);
        m.pools.append(pool);
    }

    const int volumeCount = spec.pools * spec.volumesPerPool;
    for (int i = 0; i < spec.domains; ++i) {
        Rng rng = streamFor(spec.seed, 4, quint32(i));
        TestNodeDomain d;
        d.name = QStringLiteral("%1-vm-%2").arg(spec.hostName).arg(i, 5, 10, QLatin1Char('0'));
        d.uuid = uuidFrom(rng);
        rng.next();
        rng.next();
        d.runState = kRunStates[size_t(i) % kRunStates.size()];
        d.powerState = powerStateFor(d.runState);
        d.vcpus = 1 << rng.below(4);
        d.memoryKiB = (512LL << rng.below(5)) * 1024;
        d.currentMemoryKiB = rng.below(2) ? d.memoryKiB : d.memoryKiB / 2;
        d.osType = QStringLiteral("hvm");
        d.diskTarget = QStringLiteral("vda");
        d.diskBus = QStringLiteral("virtio");
        d.diskFormat = i % 3 == 0 ? QStringLiteral("raw") : QStringLiteral("qcow2");
        const QString file = d.name + u'.' + d.diskFormat;
        if (i < volumeCount) {
            TestNodePool &pool = m.pools[i / spec.volumesPerPool];
            TestNodeVolume vol;
            vol.name = file;
            vol.path = pool.path + u'/' + file;
            vol.capacityBytes = (10 + rng.below(90)) * kGiB;
            // The test driver gives every pool 100 GiB and adds the volumes' allocations, so
            // keep their sum below that or the pool reports a negative free space.
            const qint64 share = 90 * kGiB / spec.volumesPerPool;
            const qint64 budget = std::min(vol.capacityBytes / 2, share);
            vol.allocationBytes =
                (budget / 2 + qint64(rng.next() % quint64(budget / 2 + 1))) & ~qint64(4095);
            pool.volumes.append(vol);
            d.diskPath = vol.path;
            d.diskCapacityBytes = vol.capacityBytes;
        } else {
            d.diskPath = QStringLiteral("/var/lib/libvirt/images/") + file;
        }
        d.mac = QStringLiteral("52:54:%1:%2:%3:%4")
                    .arg(spec.seed & 0xff, 2, 16, QLatin1Char('0'))
                    .arg((i >> 16) & 0xff, 2, 16, QLatin1Char('0'))
                    .arg((i >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                    .arg(i & 0xff, 2, 16, QLatin1Char('0'));
        d.nicModel = i % 4 == 3 ? QStringLiteral("e1000") : QStringLiteral("virtio");
        if (spec.networks > 0) {
            d.nicSourceType = QStringLiteral("network");
            d.nicSource = m.networks[i % spec.networks].name;
        } else {
            d.nicSourceType = QStringLiteral("bridge");
            d.nicSource = QStringLiteral("br0");
        }
        m.domains.append(d);
    }
    return m;
}

QByteArray TestNodeXml::generate(const TestNodeSpec &spec)
{
    return generate(model(spec), spec);
}

QByteArray TestNodeXml::generate(const TestNodeModel &m, const TestNodeSpec &spec)
{
    QByteArray x;
    x.reserve(2048 + m.domains.size() * 1100 + m.pools.size() * 512);
    x += "<node>\n";
    x += "  <!-- libvirt test driver node file generated by Vantage TestNodeXml; host ";
    x += esc(spec.hostName);
    x += ", seed ";
    x += num(spec.seed);
    x += " -->\n";
    x += "  <cpu>\n    <nodes>1</nodes>\n    <sockets>" + num(m.cpuSockets) + "</sockets>\n";
    x += "    <cores>" + num(m.cpuCores) + "</cores>\n    <threads>" + num(m.cpuThreads) +
         "</threads>\n";
    x += "    <active>" + num(m.cpuSockets * m.cpuCores * m.cpuThreads) + "</active>\n";
    x += "    <mhz>" + num(m.cpuMhz) + "</mhz>\n    <model>x86_64</model>\n  </cpu>\n";
    x += "  <memory>" + num(m.memoryKiB) + "</memory>\n";

    // The test driver reads the host's hardware UUID from this node device, as real hosts do.
    x += "  <device>\n    <name>computer</name>\n    <capability type=\"system\">\n";
    x += "      <product>" + esc(spec.hostName) + "</product>\n";
    x += "      <hardware>\n        <vendor>Vantage</vendor>\n        <version>test</version>\n";
    x += "        <serial>" + num(spec.seed) + "</serial>\n";
    x += "        <uuid>" + m.hostUuid.toLatin1() + "</uuid>\n      </hardware>\n";
    x += "    </capability>\n  </device>\n";

    for (const TestNodeDomain &d : m.domains) {
        x += "  <domain type=\"test\" xmlns:test=\"http://libvirt.org/schemas/domain/test/1.0\">\n";
        x += "    <name>" + esc(d.name) + "</name>\n";
        x += "    <uuid>" + d.uuid.toLatin1() + "</uuid>\n";
        x += "    <memory unit=\"KiB\">" + num(d.memoryKiB) + "</memory>\n";
        x += "    <currentMemory unit=\"KiB\">" + num(d.currentMemoryKiB) + "</currentMemory>\n";
        x += "    <vcpu>" + num(d.vcpus) + "</vcpu>\n";
        x += "    <os>\n      <type>" + esc(d.osType) + "</type>\n    </os>\n";
        x += "    <devices>\n";
        x += "      <disk type=\"file\" device=\"disk\">\n";
        x += "        <driver name=\"qemu\" type=\"" + esc(d.diskFormat) + "\"/>\n";
        x += "        <source file=\"" + esc(d.diskPath) + "\"/>\n";
        x += "        <target dev=\"" + esc(d.diskTarget) + "\" bus=\"" + esc(d.diskBus) + "\"/>\n";
        x += "      </disk>\n";
        x += "      <interface type=\"" + esc(d.nicSourceType) + "\">\n";
        x += "        <mac address=\"" + d.mac.toLatin1() + "\"/>\n";
        x += "        <source " + esc(d.nicSourceType) + "=\"" + esc(d.nicSource) + "\"/>\n";
        x += "        <model type=\"" + esc(d.nicModel) + "\"/>\n";
        x += "      </interface>\n";
        x += "    </devices>\n";
        x += "    <test:runstate>" + num(d.runState) + "</test:runstate>\n";
        x += "  </domain>\n";
    }

    for (const TestNodeNetwork &n : m.networks) {
        x += "  <network>\n    <name>" + esc(n.name) + "</name>\n";
        x += "    <uuid>" + n.uuid.toLatin1() + "</uuid>\n";
        if (!n.forwardMode.isEmpty())
            x += "    <forward mode=\"" + esc(n.forwardMode) + "\"/>\n";
        x += "    <bridge name=\"" + esc(n.bridge) + "\"/>\n";
        // NAT needs an address; every network gets its own /24 so the file looks like a host.
        x += "    <ip address=\"192.168." + num(122 + (&n - m.networks.constData()) % 120) +
             ".1\" netmask=\"255.255.255.0\"/>\n  </network>\n";
    }

    for (const TestNodePool &p : m.pools) {
        x += "  <pool type=\"dir\">\n    <name>" + esc(p.name) + "</name>\n";
        x += "    <uuid>" + p.uuid.toLatin1() + "</uuid>\n";
        x += "    <target>\n      <path>" + esc(p.path) + "</path>\n    </target>\n";
        for (const TestNodeVolume &v : p.volumes) {
            x += "    <volume type=\"file\">\n      <name>" + esc(v.name) + "</name>\n";
            x += "      <capacity unit=\"bytes\">" + num(v.capacityBytes) + "</capacity>\n";
            x += "      <allocation unit=\"bytes\">" + num(v.allocationBytes) + "</allocation>\n";
            x += "      <target>\n        <path>" + esc(v.path) + "</path>\n";
            const QString format = v.name.section(u'.', -1);
            x += "        <format type=\"" + esc(format) + "\"/>\n      </target>\n";
            x += "    </volume>\n";
        }
        x += "  </pool>\n";
    }

    if (!spec.authUser.isEmpty()) {
        x += "  <auth>\n    <user password=\"" + esc(spec.authPassword) + "\">" +
             esc(spec.authUser) + "</user>\n  </auth>\n";
    }
    x += "</node>\n";
    return x;
}

bool TestNodeXml::writeFile(const QString &path, const TestNodeSpec &spec, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.write(generate(spec));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QString TestNodeXml::uriForFile(const QString &path)
{
    return QStringLiteral("test://") + QFileInfo(path).absoluteFilePath();
}

} // namespace Vantage
