#!/usr/bin/env bash
# Command (1): install what is missing, build, and open Vantage on the built-in demo provider.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting the demo on a virtual one (xvfb-run)." >&2
  exec xvfb-run -a "${BUILD_DIR:-build}/app/vantage" --demo "$@"
fi
exec "${BUILD_DIR:-build}/app/vantage" --demo "$@"
