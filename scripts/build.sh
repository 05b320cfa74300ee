#!/usr/bin/env bash
# Configures and builds into ./build (override with BUILD_DIR). JOBS defaults to the core count.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo} >/dev/null
cmake --build "$build" -j"${JOBS:-$(nproc)}"
