#!/usr/bin/env bash
# Sets up, builds with warnings as errors, and runs every test suite; then the
# robustness stage (docs/errors.md, "How this is checked"): the whole suite
# again under AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/),
# the multi-threaded suites under ThreadSanitizer (build-tsan/), and each fuzz
# target for a bounded time with a fixed seed (PARLEY_FUZZ_SECONDS, default 60)
# in the ASan tree. This is what CI runs.
# PARLEY_ROBUSTNESS=fuzz runs the fuzzers alone after the normal suite;
# PARLEY_ROBUSTNESS=0 skips the whole stage (a quick local run).
set -euo pipefail
cd "$(dirname "$0")/.."
PARLEY_CMAKE_ARGS="-DPARLEY_WERROR=ON ${PARLEY_CMAKE_ARGS:-}" scripts/setup.sh build
ctest --test-dir build --output-on-failure -j "$(nproc)"
start=$(date +%s)
case "${PARLEY_ROBUSTNESS:-1}" in
  0) exit 0 ;;
  fuzz) ;;
  *)
    scripts/sanitize.sh asan
    scripts/sanitize.sh tsan
    ;;
esac
scripts/fuzz.sh "${PARLEY_FUZZ_SECONDS:-60}"
echo "robustness stage: $(($(date +%s) - start)) s"
