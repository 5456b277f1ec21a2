#!/usr/bin/env bash
# Builds parley and its tests with sanitizers in a separate build folder and
# runs the suite there.
# Usage: scripts/sanitize.sh asan   ASan + UBSan (clang), the whole suite (build-asan/)
#        scripts/sanitize.sh tsan   TSan (clang), the multi-threaded tests (build-tsan/)
# build-asan/ is also the fuzzers' tree (scripts/fuzz.sh): one clang build with
# ASan, UBSan and libFuzzer's coverage serves both. -O1 keeps the run fast
# enough while keeping stack traces readable. Any sanitizer report fails the
# run (halt_on_error, -fno-sanitize-recover).
set -euo pipefail
cd "$(dirname "$0")/.."
kind=${1:?usage: scripts/sanitize.sh asan|tsan}
source scripts/sanitizer_tree.sh
start=$(date +%s)
case $kind in
  asan)
    configure_asan_tree
    cmake --build build-asan -j "$(nproc)"
    export ASAN_OPTIONS=halt_on_error=1:detect_leaks=1:strict_string_checks=1
    export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
    build=build-asan
    # Left to build/: the CMake package test (it builds a consumer without
    # sanitizer flags against the installed, instrumented library) and
    # checkpoint_kill (a kill -9 timed against 8,000 draws of every model; the
    # checkpoint code runs here in the CheckpointCli tests).
    filter=(-E '^(cmake_package|checkpoint_kill)$')
    ;;
  tsan)
    configure_tsan_tree
    # The suites that start threads: the thread pool, SMP's parallel turns,
    # the Monte Carlo engine, sensitivity and tipping, the probabilistic
    # backtest. The programs run whole (each has its thread-count tests), not
    # through ctest: this tree builds no command line for ctest's scripts.
    tsan_programs=(parley_core_tests parley_smp_tests parley_analysis_tests)
    cmake --build build-tsan -j "$(nproc)" --target "${tsan_programs[@]}"
    export TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1
    built=$(date +%s)
    for program in "${tsan_programs[@]}"; do
      build-tsan/tests/"$program" --gtest_brief=1
    done
    echo "sanitize.sh tsan: build $((built - start)) s, tests $(($(date +%s) - built)) s"
    exit 0
    ;;
  *) echo "sanitize.sh: unknown kind '$kind' (asan or tsan)" >&2; exit 2 ;;
esac
built=$(date +%s)
ctest --test-dir "$build" --output-on-failure -j "$(nproc)" --timeout 1500 "${filter[@]}"
echo "sanitize.sh $kind: build $((built - start)) s, tests $(($(date +%s) - built)) s"
