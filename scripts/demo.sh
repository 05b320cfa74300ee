#!/usr/bin/env bash
# Command (1): install what is missing, build, and open Vantage on the built-in demo provider.
#   scripts/demo.sh          libvirt's test driver: two simulated hosts, nothing to set up
#   scripts/demo.sh --qemu   the real demo (as root): libvirtd + QEMU on this machine with three
#                            tiny guests running live; all of it is removed when Vantage quits
set -euo pipefail
cd "$(dirname "$0")/.."
demo=--demo
if [ "${1:-}" = --qemu ]; then
  shift
  demo=--demo-qemu
  if [ "$(id -u)" -ne 0 ]; then
    echo "The QEMU demo starts libvirtd and its network: run it as root (sudo $0 --qemu)." >&2
    exit 1
  fi
fi
scripts/install-deps.sh
scripts/build.sh
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting the demo on a virtual one (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1400x900x24" "${BUILD_DIR:-build}/app/vantage" "$demo" "$@"
fi
exec "${BUILD_DIR:-build}/app/vantage" "$demo" "$@"
