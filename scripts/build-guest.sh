#!/usr/bin/env bash
# Builds the QEMU lane's tiny guest from Debian packages, without installing any of them:
#   vmlinuz     Debian's kernel (apt-get download linux-image-<version>-amd64, dpkg-deb -x)
#   initrd.img  busybox-static plus the few kernel modules it needs; busybox init runs the guest
#   disk.qcow2  an ext4 file system (no partition table) with /etc/os-release, users and a dpkg
#               status file, so SmartState finds a system on it
# Prints the folder. Built once: a folder holding a complete guest is used as it is.
#
# Usage: scripts/build-guest.sh [FOLDER]   (default: $VANTAGE_QEMU_GUEST_DIR or
#                                           /var/cache/vantage/qemu-guest)
# The folder must be readable by libvirt's QEMU user: the domains boot its kernel directly.
set -euo pipefail

out="${1:-${VANTAGE_QEMU_GUEST_DIR:-/var/cache/vantage/qemu-guest}}"
# Bumped whenever what the guest does changes, so an old cache is rebuilt.
guest_version=3
if [ -f "$out/complete" ] && [ "$(cat "$out/complete")" = "$guest_version" ]; then
  echo "$out"
  exit 0
fi

for tool in apt-get dpkg-deb cpio gzip mkfs.ext4 qemu-img; do
  command -v "$tool" >/dev/null || {
    echo "build-guest: $tool is missing; run scripts/install-deps.sh first." >&2
    exit 1
  }
done
busybox=/bin/busybox
# The whole list is read before grep looks at it: grep -q stopping early would kill busybox with
# SIGPIPE, which pipefail turned into "missing" now and then.
[ -x "$busybox" ] && grep -qx acpid <<<"$("$busybox" --list)" || {
  echo "build-guest: $busybox (package busybox-static) is missing; run scripts/install-deps.sh." >&2
  exit 1
}

mkdir -p "$out"
chmod 755 "$out"
work="$(mktemp -d "$out/build.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# The kernel ABI linux-image-amd64 points at today: whatever the archive holds.
kernel_package() {
  apt-cache depends linux-image-amd64 2>/dev/null |
    sed -n 's/^ *Depends: \(linux-image-[0-9].*-amd64\)$/\1/p' | head -1
}
kernel_package="$(kernel_package)"
# Container images often ship without apt's package lists.
if [ -z "$kernel_package" ] && [ "$(id -u)" -eq 0 ]; then
  apt-get update -qq >/dev/null
  kernel_package="$(kernel_package)"
fi
if [ -z "$kernel_package" ]; then
  echo "build-guest: apt knows no linux-image-amd64; run apt-get update." >&2
  exit 1
fi
# apt's download sandbox user must be able to write where it downloads.
chmod 777 "$work"
(cd "$work" && apt-get download -q "$kernel_package" >/dev/null) || {
  echo "build-guest: could not download $kernel_package (network or apt sources)." >&2
  exit 1
}
dpkg-deb -x "$work"/linux-image-*.deb "$work/kernel"
release="${kernel_package#linux-image-}"
modules="$work/kernel/lib/modules/$release"
"$busybox" depmod -b "$work/kernel" "$release"

# --- initramfs -------------------------------------------------------------------------------
root="$work/initramfs"
mkdir -p "$root"/{bin,sbin,etc/acpi/PWRF,proc,sys,dev,tmp,mnt,run,var/log,usr/share/udhcpc}
cp "$busybox" "$root/bin/busybox"
for applet in $("$busybox" --list | grep -vx busybox); do
  ln -s busybox "$root/bin/$applet"
done
ln -sf ../bin/busybox "$root/sbin/init"
ln -sf ../bin/busybox "$root/sbin/modprobe"
ln -sf bin/busybox "$root/init"

# The modules the guest loads and everything they depend on, uncompressed: busybox's insmod
# reads only plain .ko files.
wanted="virtio_pci virtio_net virtio_blk virtio_balloon button evdev ext4 crc32c_generic"
declare -A needed=()
add_module() {
  local path
  path="$(sed -n "s#^\(\([^:]*/\)\?$1\.ko\(\.xz\|\.zst\|\.gz\)\?\):.*#\1#p" "$modules/modules.dep" | head -1)"
  [ -n "$path" ] || { echo "build-guest: the kernel has no module $1" >&2; exit 1; }
  [ -n "${needed[$path]:-}" ] && return
  needed[$path]=1
  local dependency
  for dependency in $(sed -n "s#^$path:##p" "$modules/modules.dep"); do
    dependency="$(basename "$dependency")"
    add_module "${dependency%%.ko*}"
  done
}
for module in $wanted; do add_module "$(echo "$module" | tr - _)"; done
target="$root/lib/modules/$release"
for path in "${!needed[@]}"; do
  mkdir -p "$target/$(dirname "$path")"
  case "$path" in
    *.xz) xz -dc "$modules/$path" >"$target/${path%.xz}" ;;
    *.zst) zstd -qdc "$modules/$path" >"$target/${path%.zst}" ;;
    *.gz) gzip -dc "$modules/$path" >"$target/${path%.gz}" ;;
    *) cp "$modules/$path" "$target/$path" ;;
  esac
done
cp "$modules/modules.builtin" "$modules/modules.order" "$target/"
"$busybox" depmod -b "$root" "$release"

cat >"$root/etc/inittab" <<'EOF'
::sysinit:/etc/rc
::respawn:/etc/heartbeat
::shutdown:/etc/stop
::ctrlaltdel:/bin/poweroff
EOF

cat >"$root/etc/rc" <<EOF
#!/bin/sh
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
hostname -F /etc/hostname
for module in $wanted; do modprobe \$module || echo "vantage-guest: cannot load \$module"; done
ip link set lo up
ifconfig eth0 up
udhcpc -i eth0 -t 10 -T 2 -n -q -s /usr/share/udhcpc/default.script || echo "vantage-guest: no DHCP lease"
if mount -t ext4 /dev/vda /mnt; then
  date > /mnt/var/log/vantage-boot && sync && cat /mnt/var/log/vantage-boot >/dev/null &&
    echo "vantage-guest: disk ok"
else
  echo "vantage-guest: no disk"
fi
# acpid exits silently without an input device for the power button (evdev) and /var/log.
acpid -c /etc/acpi -l /var/log/acpid.log
echo "vantage-guest ready: \$(hostname) \$(ip -4 -o addr show eth0 | awk '{print \$4}')"
EOF

# Every few seconds: traffic on the NIC and the disk, so their counters move.
cat >"$root/etc/heartbeat" <<'EOF'
#!/bin/sh
gateway="$(cat /run/gateway 2>/dev/null)"
while :; do
  [ -n "$gateway" ] && ping -c 1 -W 1 "$gateway" >/dev/null 2>&1
  [ -d /mnt/var/log ] && date >>/mnt/var/log/vantage-heartbeat && sync
  sleep 5
done
EOF

cat >"$root/etc/stop" <<'EOF'
#!/bin/sh
echo "vantage-guest: shutting down"
sync
umount /mnt 2>/dev/null
EOF

# busybox acpid maps the power button to the action PWRF/00000080 and runs that file.
cat >"$root/etc/acpi/PWRF/00000080" <<'EOF'
#!/bin/sh
poweroff
EOF

cat >"$root/usr/share/udhcpc/default.script" <<'EOF'
#!/bin/sh
case "$1" in
  bound|renew)
    ifconfig "$interface" "$ip" netmask "${subnet:-255.255.255.0}" up
    for gateway in $router; do
      route add default gw "$gateway" dev "$interface"
      echo "$gateway" >/run/gateway
      break
    done
    ;;
esac
EOF
echo vantage-lane-guest >"$root/etc/hostname"
cat >"$root/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/bin/sh
EOF
cat >"$root/etc/group" <<'EOF'
root:x:0:
EOF
chmod 755 "$root/etc/rc" "$root/etc/heartbeat" "$root/etc/stop" "$root/etc/acpi/PWRF/00000080" \
  "$root/usr/share/udhcpc/default.script"
(cd "$root" && find . | cpio -o -H newc --quiet | gzip -1) >"$work/initrd.img"

# --- disk ------------------------------------------------------------------------------------
disk="$work/disk"
mkdir -p "$disk"/{etc,var/log,var/lib/dpkg,root,tmp}
cat >"$disk/etc/os-release" <<'EOF'
PRETTY_NAME="Vantage Lane Guest (busybox)"
NAME="Vantage Lane Guest"
ID=vantage-lane
ID_LIKE=debian
VERSION_ID="1"
EOF
echo vantage-lane-guest >"$disk/etc/hostname"
cat >"$disk/etc/passwd" <<'EOF'
root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
operator:x:1000:1000:Lane Operator:/home/operator:/bin/sh
EOF
cat >"$disk/etc/group" <<'EOF'
root:x:0:
daemon:x:1:
operator:x:1000:
EOF
busybox_version="$(dpkg-query -W -f='${Version}' busybox-static)"
cat >"$disk/var/lib/dpkg/status" <<EOF
Package: busybox-static
Status: install ok installed
Architecture: amd64
Version: $busybox_version
Description: Standalone rescue shell with tons of builtin utilities

Package: $kernel_package
Status: install ok installed
Architecture: amd64
Version: $(dpkg-deb -f "$work"/linux-image-*.deb Version)
Description: Linux kernel for the Vantage lane guest

EOF
mkfs.ext4 -q -F -L vantage-lane -d "$disk" "$work/disk.raw" 64M >/dev/null
qemu-img convert -f raw -O qcow2 "$work/disk.raw" "$work/disk.qcow2"

install -m 644 "$work/kernel/boot/vmlinuz-$release" "$out/vmlinuz"
install -m 644 "$work/initrd.img" "$out/initrd.img"
install -m 644 "$work/disk.qcow2" "$out/disk.qcow2"
echo "$kernel_package" >"$out/kernel-package"
echo "$guest_version" >"$out/complete"
echo "$out"
