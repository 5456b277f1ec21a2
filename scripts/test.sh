#!/usr/bin/env bash
# Sets up, builds with warnings as errors, and runs every test suite.
# Not run here (each is a second full build, too slow for CI on 2 cores; see
# docs/errors.md): scripts/sanitize.sh asan|tsan and scripts/fuzz.sh SECONDS.
set -euo pipefail
cd "$(dirname "$0")/.."
PARLEY_CMAKE_ARGS="-DPARLEY_WERROR=ON ${PARLEY_CMAKE_ARGS:-}" scripts/setup.sh build
ctest --test-dir build --output-on-failure -j "$(nproc)"
