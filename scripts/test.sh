#!/usr/bin/env bash
# Sets up, builds with warnings as errors, and runs every test suite; then runs
# each fuzz target for a bounded time with a fixed seed (PARLEY_FUZZ_SECONDS,
# default 30), which builds the library with ASan and UBSan (build-asan/).
# PARLEY_ROBUSTNESS=1 runs the whole robustness stage instead of the fuzzers
# alone: the whole suite again under AddressSanitizer and
# UndefinedBehaviorSanitizer, the multi-threaded suites under ThreadSanitizer,
# then the fuzzers (docs/errors.md, "How this is checked"). It is not CI's
# default: its two extra builds take about 25 minutes on CI's two cores.
# PARLEY_ROBUSTNESS=0 skips the fuzzers too (a quick local run).
set -euo pipefail
cd "$(dirname "$0")/.."
PARLEY_CMAKE_ARGS="-DPARLEY_WERROR=ON ${PARLEY_CMAKE_ARGS:-}" scripts/setup.sh build
ctest --test-dir build --output-on-failure -j "$(nproc)"
start=$(date +%s)
case "${PARLEY_ROBUSTNESS:-fuzz}" in
  0) exit 0 ;;
  fuzz) ;;
  *)
    scripts/sanitize.sh asan
    scripts/sanitize.sh tsan
    ;;
esac
scripts/fuzz.sh "${PARLEY_FUZZ_SECONDS:-30}"
echo "robustness stage: $(($(date +%s) - start)) s"
