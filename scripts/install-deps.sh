#!/usr/bin/env bash
# Installs the Debian 12 packages Vantage builds, runs and tests with; only what is missing.
set -euo pipefail
packages=(
  g++ cmake make pkg-config
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite qtkeychain-qt6-dev
  libvirt-dev libvirt-clients
  gnome-keyring dbus xvfb xauth
  python3 libext2fs-dev zlib1g-dev e2fsprogs qemu-utils
  golang-go golang-github-vmware-govmomi-dev
  qemu-system-x86 libvirt-daemon-system libvirt-daemon-driver-qemu
  dnsmasq-base iptables nftables busybox-static cpio xz-utils
)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0
sudo=""
[ "$(id -u)" -eq 0 ] || sudo=sudo
echo "Installing: ${missing[*]}"
# Recommends stay on: Qt Charts' CMake package needs the OpenGL development files they bring.
$sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
