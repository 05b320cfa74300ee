#!/usr/bin/env python3
"""Writes the demo provider's two libvirt test-driver hosts (demo-host-a.xml, demo-host-b.xml).

Run once after changing the tables below and commit the XML; the app copies the files out of its
resources and connects to test:///<copied path>. UUIDs and MACs derive from the names, so
regenerating gives the same bytes.
"""
import hashlib
import os
import uuid

NS = uuid.UUID("6f1c9a8e-3b52-4d7e-9a1f-2c4b5d6e7f80")
GIB = 1024 ** 3
RUNNING, PAUSED, SHUTOFF, PMSUSPENDED, CRASHED = 1, 3, 5, 7, 6

OS = {
    "rhel9": "http://redhat.com/rhel/9.2",
    "debian12": "http://debian.org/debian/12",
    "ubuntu22": "http://ubuntu.com/ubuntu/22.04",
    "fedora39": "http://fedoraproject.org/fedora/39",
    "win2k19": "http://microsoft.com/win/2k19",
    "win11": "http://microsoft.com/win/11",
    "alpine": "http://alpinelinux.org/alpinelinux/3.18",
}

# name, state, vcpus, memory GiB, os, [disk GiB...], [(network, model)...], cdrom iso or None
HOSTS = {
    "demo-host-a": {
        "uuid": "4c4c4544-0051-3410-8052-b4c04f4d3332",
        "cpu": (2, 12, 2, 2900),
        "memory_gib": 384,
        "networks": [("default", "nat", "virbr0", "192.168.122.1"),
                     ("storage-backend", None, "virbr1", "10.20.0.1")],
        "extra_pools": [],
        "domains": [
            ("web-01", RUNNING, 2, 4, "debian12", [20], [("default", "virtio")], None),
            ("web-02", RUNNING, 2, 4, "debian12", [20], [("default", "virtio")], None),
            ("web-03", RUNNING, 2, 4, "debian12", [20], [("default", "virtio")], None),
            ("web-04", SHUTOFF, 2, 4, "debian12", [20], [("default", "virtio")], None),
            ("lb-haproxy-01", RUNNING, 2, 2, "alpine", [8], [("default", "virtio")], None),
            ("db-primary", RUNNING, 8, 32, "rhel9", [40, 500],
             [("default", "virtio"), ("storage-backend", "virtio")], None),
            ("db-replica", RUNNING, 8, 32, "rhel9", [40, 500],
             [("default", "virtio"), ("storage-backend", "virtio")], None),
            ("cache-redis-01", RUNNING, 4, 16, "debian12", [20], [("default", "virtio")], None),
            ("kafka-01", RUNNING, 4, 16, "rhel9", [40, 200], [("default", "virtio")], None),
            ("kafka-02", RUNNING, 4, 16, "rhel9", [40, 200], [("default", "virtio")], None),
            ("kafka-03", PAUSED, 4, 16, "rhel9", [40, 200], [("default", "virtio")], None),
            ("monitoring-prometheus", RUNNING, 4, 8, "ubuntu22", [100],
             [("default", "virtio")], None),
            ("grafana", RUNNING, 2, 4, "ubuntu22", [20], [("default", "virtio")], None),
            ("ldap-01", RUNNING, 2, 4, "rhel9", [20], [("default", "virtio")], None),
            ("win2019-ad-01", RUNNING, 4, 8, "win2k19", [80], [("default", "e1000")], None),
            ("mail-relay", SHUTOFF, 1, 2, "debian12", [10], [("default", "virtio")], None),
            ("backup-agent", PAUSED, 2, 4, "rhel9", [20], [("storage-backend", "virtio")], None),
            ("legacy-crm", SHUTOFF, 2, 8, "win2k19", [120], [("default", "e1000")], None),
        ],
    },
    "demo-host-b": {
        "uuid": "4c4c4544-0051-3410-8052-b4c04f4d5a61",
        "cpu": (1, 16, 2, 3400),
        "memory_gib": 192,
        "networks": [("default", "nat", "virbr0", "192.168.122.1"),
                     ("ci-isolated", None, "virbr2", "10.99.0.1")],
        "extra_pools": [("iso", "/var/lib/libvirt/iso", [("fedora-39-x86_64.iso", 2),
                                                          ("win11-22h2.iso", 6)])],
        "domains": [
            ("build-runner-1", RUNNING, 8, 16, "fedora39", [60], [("ci-isolated", "virtio")], None),
            ("build-runner-2", RUNNING, 8, 16, "fedora39", [60], [("ci-isolated", "virtio")], None),
            ("build-runner-3", RUNNING, 8, 16, "fedora39", [60], [("ci-isolated", "virtio")], None),
            ("build-runner-4", PAUSED, 8, 16, "fedora39", [60], [("ci-isolated", "virtio")], None),
            ("build-runner-5", SHUTOFF, 8, 16, "fedora39", [60], [("ci-isolated", "virtio")], None),
            ("staging-web-01", RUNNING, 2, 4, "debian12", [20], [("default", "virtio")], None),
            ("staging-db", RUNNING, 4, 8, "rhel9", [40, 100], [("default", "virtio")], None),
            ("k8s-node-1", RUNNING, 4, 8, "ubuntu22", [50], [("default", "virtio")], None),
            ("k8s-node-2", RUNNING, 4, 8, "ubuntu22", [50], [("default", "virtio")], None),
            ("k8s-node-3", RUNNING, 4, 8, "ubuntu22", [50], [("default", "virtio")], None),
            ("artifact-cache", RUNNING, 2, 4, "alpine", [200], [("default", "virtio")], None),
            ("dev-sandbox-alice", SHUTOFF, 2, 4, "fedora39", [30], [("default", "virtio")],
             "fedora-39-x86_64.iso"),
            ("dev-sandbox-bob", SHUTOFF, 2, 4, "ubuntu22", [30], [("default", "virtio")], None),
            ("win11-qa", PMSUSPENDED, 4, 8, "win11", [64], [("default", "e1000e")],
             "win11-22h2.iso"),
            ("old-jenkins", CRASHED, 2, 4, "debian12", [40], [("default", "virtio")], None),
        ],
    },
}


def uid(*parts):
    return str(uuid.uuid5(NS, "/".join(parts)))


def mac(*parts):
    h = hashlib.sha256("/".join(parts).encode()).digest()
    return "52:54:00:%02x:%02x:%02x" % (h[0], h[1], h[2])


def host_xml(host, spec):
    out = ["<node>",
           "  <!-- Vantage demo host %s: generated by generate-demo.py; load with" % host,
           "       virsh -c test:///absolute/path/%s.xml list (all states) -->" % host]
    sockets, cores, threads, mhz = spec["cpu"]
    out += ["  <cpu>", "    <nodes>1</nodes>", "    <sockets>%d</sockets>" % sockets,
            "    <cores>%d</cores>" % cores, "    <threads>%d</threads>" % threads,
            "    <active>%d</active>" % (sockets * cores * threads), "    <mhz>%d</mhz>" % mhz,
            "    <model>x86_64</model>", "  </cpu>",
            "  <memory>%d</memory>" % (spec["memory_gib"] * 1024 * 1024)]
    out += ["  <device>", "    <name>computer</name>", "    <capability type='system'>",
            "      <product>PowerEdge R750</product>", "      <hardware>",
            "        <vendor>Dell Inc.</vendor>", "        <version>1.8.2</version>",
            "        <serial>%s</serial>" % host.upper(),
            "        <uuid>%s</uuid>" % spec["uuid"], "      </hardware>", "    </capability>",
            "  </device>"]
    images = "/var/lib/libvirt/images"
    volumes = []
    for name, state, vcpus, mem, os_id, disks, nics, iso in spec["domains"]:
        dom_uuid = uid(host, name)
        out += ["  <domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>",
                "    <name>%s</name>" % name, "    <uuid>%s</uuid>" % dom_uuid,
                "    <metadata>",
                "      <libosinfo:libosinfo "
                "xmlns:libosinfo='http://libosinfo.org/xmlns/libvirt/domain/1.0'>",
                "        <libosinfo:os id='%s'/>" % OS[os_id],
                "      </libosinfo:libosinfo>", "    </metadata>",
                "    <memory unit='KiB'>%d</memory>" % (mem * 1024 * 1024),
                "    <currentMemory unit='KiB'>%d</currentMemory>" % (mem * 1024 * 1024),
                "    <vcpu>%d</vcpu>" % vcpus,
                "    <os>", "      <type>hvm</type>", "    </os>", "    <devices>"]
        windows = os_id.startswith("win")
        for i, size in enumerate(disks):
            vol = "%s%s.qcow2" % (name, "" if i == 0 else "-data%d" % i)
            volumes.append((vol, size))
            bus, dev = ("sata", "sd%c" % (ord("a") + i)) if windows else \
                ("virtio", "vd%c" % (ord("a") + i))
            out += ["      <disk type='file' device='disk'>",
                    "        <driver name='qemu' type='qcow2'/>",
                    "        <source file='%s/%s'/>" % (images, vol),
                    "        <target dev='%s' bus='%s'/>" % (dev, bus), "      </disk>"]
        if iso:
            out += ["      <disk type='file' device='cdrom'>",
                    "        <driver name='qemu' type='raw'/>",
                    "        <source file='/var/lib/libvirt/iso/%s'/>" % iso,
                    "        <target dev='sdz' bus='sata'/>", "        <readonly/>",
                    "      </disk>"]
        for i, (net, model) in enumerate(nics):
            out += ["      <interface type='network'>",
                    "        <mac address='%s'/>" % mac(host, name, str(i)),
                    "        <source network='%s'/>" % net,
                    "        <model type='%s'/>" % model, "      </interface>"]
        out += ["    </devices>", "    <test:runstate>%d</test:runstate>" % state, "  </domain>"]
    for name, mode, bridge, ip in spec["networks"]:
        out += ["  <network>", "    <name>%s</name>" % name,
                "    <uuid>%s</uuid>" % uid(host, "network", name)]
        if mode:
            out.append("    <forward mode='%s'/>" % mode)
        out += ["    <bridge name='%s'/>" % bridge,
                "    <ip address='%s' netmask='255.255.255.0'/>" % ip, "  </network>"]
    pools = [("default", images, [(v, s) for v, s in volumes])] + spec["extra_pools"]
    for name, path, vols in pools:
        out += ["  <pool type='dir'>", "    <name>%s</name>" % name,
                "    <uuid>%s</uuid>" % uid(host, "pool", name),
                "    <target>", "      <path>%s</path>" % path, "    </target>"]
        for vol, size in vols:
            fmt = "raw" if vol.endswith(".iso") else "qcow2"
            # Thin qcow2 images: allocation is a slice of capacity, and the pool's 100 GiB
            # (the test driver's fixed size) must hold the sum.
            alloc = size * GIB if fmt == "raw" else min(size * GIB // 8, 2 * GIB)
            out += ["    <volume type='file'>", "      <name>%s</name>" % vol,
                    "      <capacity unit='bytes'>%d</capacity>" % (size * GIB),
                    "      <allocation unit='bytes'>%d</allocation>" % alloc,
                    "      <target>", "        <path>%s/%s</path>" % (path, vol),
                    "        <format type='%s'/>" % fmt, "      </target>", "    </volume>"]
        out.append("  </pool>")
    out.append("</node>")
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    for host, spec in HOSTS.items():
        with open(os.path.join(here, host + ".xml"), "w") as f:
            f.write(host_xml(host, spec))
