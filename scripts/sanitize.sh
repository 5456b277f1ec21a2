#!/usr/bin/env bash
# Builds parley and its tests with sanitizers in a separate build folder and
# runs the suite there.
# Usage: scripts/sanitize.sh asan   ASan + UBSan, the whole suite (build-asan/)
#        scripts/sanitize.sh tsan   TSan, the multi-threaded tests (build-tsan/)
# -O1 keeps the run fast enough while keeping stack traces readable. Any
# sanitizer report fails the run (halt_on_error, -fno-sanitize-recover).
# Compiler: $CXX if set, else g++ (clang++ works too).
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:?usage: scripts/sanitize.sh asan|tsan}
case $kind in
  asan)
    flags="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all"
    filter=()
    targets=()
    export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:strict_string_checks=1
    export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
    ;;
  tsan)
    flags="-O1 -g -fsanitize=thread"
    # The suites that start threads: SMP determinism and parallel runs.
    filter=(-R "${PARLEY_TSAN_TESTS:-Determinism|Parallel|Thread}")
    targets=(--target parley_smp_tests)
    export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1
    ;;
  *) echo "sanitize.sh: unknown kind '$kind' (asan or tsan)" >&2; exit 2 ;;
esac
build=build-$kind
start=$(date +%s)
CXX=${CXX:-g++} cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
  "-DCMAKE_CXX_FLAGS=$flags" -DPARLEY_WERROR=OFF -DPARLEY_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j "$(nproc)" "${targets[@]}"
built=$(date +%s)
ctest --test-dir "$build" --output-on-failure -j "$(nproc)" --timeout 1500 "${filter[@]}"
echo "sanitize.sh $kind: build $((built - start)) s, tests $(($(date +%s) - built)) s"
