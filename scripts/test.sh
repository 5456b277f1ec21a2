#!/usr/bin/env bash
# Sets up, builds with warnings as errors, and runs every test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
PARLEY_CMAKE_ARGS="-DPARLEY_WERROR=ON ${PARLEY_CMAKE_ARGS:-}" scripts/setup.sh build
ctest --test-dir build --output-on-failure -j "$(nproc)"
