#!/usr/bin/env bash
# Sets up, builds with warnings as errors, and runs every test suite.
# PARLEY_ROBUSTNESS=1 adds the robustness stage: the whole suite again under
# AddressSanitizer and UndefinedBehaviorSanitizer, the multi-threaded suites
# under ThreadSanitizer, and each fuzz target for a bounded time
# (PARLEY_FUZZ_SECONDS, default 30; docs/errors.md, "How this is checked").
# It is off by default until its CI time is measured on an idle machine.
set -euo pipefail
cd "$(dirname "$0")/.."
PARLEY_CMAKE_ARGS="-DPARLEY_WERROR=ON ${PARLEY_CMAKE_ARGS:-}" scripts/setup.sh build
ctest --test-dir build --output-on-failure -j "$(nproc)"
if [ "${PARLEY_ROBUSTNESS:-0}" != 0 ]; then
  start=$(date +%s)
  scripts/sanitize.sh asan
  scripts/sanitize.sh tsan
  scripts/fuzz.sh "${PARLEY_FUZZ_SECONDS:-30}"
  echo "robustness stage: $(($(date +%s) - start)) s"
fi
