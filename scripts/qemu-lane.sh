#!/usr/bin/env bash
# The QEMU lane: a real hypervisor on this machine (libvirtd + QEMU under software emulation,
# qemu:///system) for tests, benchmarks and the real demo. Needs root.
#
#   scripts/qemu-lane.sh up [USER]       start what is not running; USER (default: the calling
#                                        process) holds the lane until it calls down
#   scripts/qemu-lane.sh guest NAME [start]
#                                        a guest named vantage-lane-NAME: its own qcow2 volume in
#                                        the lane's pool, the tiny guest's kernel booted directly
#   scripts/qemu-lane.sh down [USER]     USER lets go; the last one (users that have exited count
#                                        as gone) tears down everything the lane made or started
#   scripts/qemu-lane.sh down --force    tear down now, whoever holds it
#   scripts/qemu-lane.sh status          exit 0 when the lane answers
#
# The teardown removes the domains and volumes named vantage-lane-*, the lane's storage pool, the
# default network and the daemons if the lane started them, and puts back ip_forward and the
# nft tables as they were before. Every command is safe to repeat.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
uri=qemu:///system
prefix=vantage-lane-
pool=vantage-lane
pool_dir=/var/lib/libvirt/images/vantage-lane
state=/run/vantage-qemu-lane
guest_dir="${VANTAGE_QEMU_GUEST_DIR:-/var/cache/vantage/qemu-guest}"

say() { echo "qemu-lane: $*" >&2; }
fail() {
  say "$*"
  exit 1
}
virsh_q() { virsh -q -c "$uri" "$@"; }

require_root() {
  [ "$(id -u)" -eq 0 ] || fail "needs root: libvirtd's qemu:///system and its network are system-wide."
  local tool
  for tool in virsh libvirtd virtlogd qemu-system-x86_64 qemu-img dnsmasq nft; do
    command -v "$tool" >/dev/null ||
      fail "$tool is missing; run scripts/install-deps.sh (Debian packages of the QEMU lane)."
  done
}

# Users are process ids; one that has exited no longer holds the lane.
live_users() {
  [ -f "$state/users" ] || return 0
  local pid
  while read -r pid; do
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
  done <"$state/users"
  return 0
}

daemon_running() { [ -f "/run/$1.pid" ] && kill -0 "$(cat "/run/$1.pid")" 2>/dev/null; }

# libvirt starts each QEMU in a private mount namespace and makes the root a slave mount there;
# where the root is no mount point (a chroot into a plain folder) that fails ("Failed disable
# mount propagation out of the root filesystem"). There, and only there, the lane's libvirtd runs
# QEMU without one; the original qemu.conf is put back when the lane stops libvirtd.
private_mounts_or_none() {
  awk '$5 == "/" { found = 1 } END { exit !found }' /proc/self/mountinfo && return 0
  [ -f "$state/qemu.conf" ] && return 0
  cp -p /etc/libvirt/qemu.conf "$state/qemu.conf"
  echo 'namespaces = []  # vantage-qemu-lane: in a chroot' >>/etc/libvirt/qemu.conf
}

start_daemon() {
  local name="$1"
  daemon_running "$name" && return 0
  say "starting $name"
  # Not holding the lane's lock (fd 9) for as long as the daemon lives.
  "$name" -d 9>&-
  echo 1 >"$state/started-$name"
  local i
  for i in $(seq 50); do
    daemon_running "$name" && return 0
    sleep 0.1
  done
  fail "$name did not start; see journal or /var/log/libvirt."
}

stop_daemon() {
  local name="$1"
  [ -f "$state/started-$name" ] || return 0
  if daemon_running "$name"; then
    local pid i
    pid="$(cat "/run/$name.pid")"
    say "stopping $name"
    kill "$pid"
    for i in $(seq 100); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  fi
  rm -f "$state/started-$name"
}

up() {
  require_root
  local user="${1:-$PPID}"
  mkdir -p "$state"
  exec 9>"$state/lock"
  flock 9
  # What the network changes, as it was before the lane first came up.
  if [ ! -f "$state/ip_forward" ]; then
    cat /proc/sys/net/ipv4/ip_forward >"$state/ip_forward"
    nft list tables >"$state/nft-tables"
  fi
  start_daemon virtlogd
  daemon_running libvirtd || private_mounts_or_none
  start_daemon libvirtd
  local i
  for i in $(seq 100); do
    virsh -c "$uri" version >/dev/null 2>&1 && break
    [ "$i" -eq 100 ] && fail "libvirtd does not answer on $uri."
    sleep 0.2
  done
  if ! virsh_q net-info default >/dev/null 2>&1; then
    virsh_q net-define /usr/share/libvirt/networks/default.xml >/dev/null
    echo 1 >"$state/defined-network"
  fi
  if [ "$(virsh_q net-info default | awk '/^Active:/ {print $2}')" != yes ]; then
    virsh_q net-start default >/dev/null
    echo 1 >"$state/started-network"
  fi
  if ! virsh_q pool-info "$pool" >/dev/null 2>&1; then
    mkdir -p "$pool_dir"
    virsh_q pool-create-as "$pool" dir --target "$pool_dir" >/dev/null
  fi
  "$here/build-guest.sh" "$guest_dir" >/dev/null
  { live_users; echo "$user"; } | sort -u >"$state/users.new"
  mv "$state/users.new" "$state/users"
  say "up ($uri, network default, pool $pool)"
}

guest() {
  require_root
  local name="$prefix$1" start="${2:-}"
  virsh -c "$uri" version >/dev/null 2>&1 || fail "the lane is not up: run scripts/qemu-lane.sh up."
  [ -f "$guest_dir/complete" ] || fail "no guest in $guest_dir: run scripts/qemu-lane.sh up."
  if ! virsh_q dominfo "$name" >/dev/null 2>&1; then
    virsh_q vol-delete --pool "$pool" "$name.qcow2" >/dev/null 2>&1 || true
    local size
    size="$(stat -c %s "$guest_dir/disk.qcow2")"
    virsh_q vol-create-as "$pool" "$name.qcow2" "$size" --format qcow2 >/dev/null
    virsh_q vol-upload --pool "$pool" "$name.qcow2" "$guest_dir/disk.qcow2"
    local volume
    volume="$(virsh_q vol-path --pool "$pool" "$name.qcow2")"
    local xml
    xml="$(mktemp)"
    cat >"$xml" <<EOF
<domain type='qemu'>
  <name>$name</name>
  <memory unit='MiB'>192</memory>
  <currentMemory unit='MiB'>192</currentMemory>
  <vcpu>1</vcpu>
  <os>
    <type arch='x86_64' machine='pc'>hvm</type>
    <kernel>$guest_dir/vmlinuz</kernel>
    <initrd>$guest_dir/initrd.img</initrd>
    <cmdline>console=ttyS0 loglevel=4</cmdline>
  </os>
  <features><acpi/></features>
  <on_poweroff>destroy</on_poweroff>
  <on_reboot>restart</on_reboot>
  <on_crash>destroy</on_crash>
  <devices>
    <emulator>/usr/bin/qemu-system-x86_64</emulator>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2'/>
      <source file='$volume'/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <interface type='network'>
      <source network='default'/>
      <model type='virtio'/>
    </interface>
    <serial type='file'>
      <source path='/var/log/libvirt/qemu/$name-serial.log'/>
      <target port='0'/>
    </serial>
    <graphics type='vnc' port='-1' autoport='yes' listen='127.0.0.1'/>
    <video><model type='vga'/></video>
    <memballoon model='virtio'><stats period='5'/></memballoon>
  </devices>
</domain>
EOF
    virsh_q define "$xml" >/dev/null
    rm -f "$xml"
  fi
  if [ "$start" = start ] && [ "$(virsh_q domstate "$name")" != running ]; then
    virsh_q start "$name" >/dev/null
  fi
  echo "$name"
}

teardown() {
  local domain
  for domain in $(virsh_q list --all --name 2>/dev/null | grep "^$prefix" || true); do
    virsh_q destroy "$domain" >/dev/null 2>&1 || true
    virsh_q undefine "$domain" --snapshots-metadata >/dev/null 2>&1 ||
      virsh_q undefine "$domain" >/dev/null 2>&1 || true
    rm -f "/var/log/libvirt/qemu/$domain-serial.log"
  done
  if virsh_q pool-info "$pool" >/dev/null 2>&1; then
    local volume
    for volume in $(virsh_q vol-list "$pool" 2>/dev/null | awk '{print $1}'); do
      virsh_q vol-delete --pool "$pool" "$volume" >/dev/null 2>&1 || true
    done
    virsh_q pool-destroy "$pool" >/dev/null 2>&1 || true
    virsh_q pool-undefine "$pool" >/dev/null 2>&1 || true
  fi
  rmdir "$pool_dir" 2>/dev/null || true
  if [ -f "$state/started-network" ]; then
    virsh_q net-destroy default >/dev/null 2>&1 || true
    rm -f "$state/started-network"
  fi
  if [ -f "$state/defined-network" ]; then
    virsh_q net-undefine default >/dev/null 2>&1 || true
    rm -f "$state/defined-network"
  fi
  stop_daemon libvirtd
  if [ -f "$state/qemu.conf" ]; then
    cp -p "$state/qemu.conf" /etc/libvirt/qemu.conf
    rm -f "$state/qemu.conf"
  fi
  stop_daemon virtlogd
  if [ -f "$state/ip_forward" ]; then
    cat "$state/ip_forward" >/proc/sys/net/ipv4/ip_forward
    local table
    nft list tables | while read -r table; do
      grep -qxF "$table" "$state/nft-tables" || nft delete $table
    done
    rm -f "$state/ip_forward" "$state/nft-tables"
  fi
  rm -f "$state/users"
  say "down"
}

down() {
  [ "$(id -u)" -eq 0 ] || fail "needs root."
  [ -d "$state" ] || return 0
  exec 9>"$state/lock"
  flock 9
  if [ "${1:-}" != --force ]; then
    local user="${1:-$PPID}"
    live_users | grep -vx "$user" >"$state/users.new" || true
    mv "$state/users.new" "$state/users"
    if [ -s "$state/users" ]; then
      say "still held by $(tr '\n' ' ' <"$state/users")"
      return 0
    fi
  fi
  teardown
}

case "${1:-}" in
  up) up "${2:-}" ;;
  guest) [ -n "${2:-}" ] || fail "usage: qemu-lane.sh guest NAME [start]"; guest "$2" "${3:-}" ;;
  down) down "${2:-}" ;;
  status) virsh -c "$uri" version >/dev/null 2>&1 ;;
  *) fail "usage: qemu-lane.sh up|guest NAME [start]|down [--force]|status" ;;
esac
