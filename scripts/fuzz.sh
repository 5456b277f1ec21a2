#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan, build-fuzz/) and runs each
# for SECONDS seconds (default 60) on its seed corpus and dictionary.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
#   TARGET: yaml json ktab_csv ktab_xml deu_csv actor_csv
# Findings land in build-fuzz/findings/<target>/ (crash-*, timeout-*, oom-*);
# the exit status is non-zero when any target found something.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(yaml json ktab_csv ktab_xml deu_csv actor_csv)

if ! command -v clang++ >/dev/null; then
  [ "$(id -u)" -eq 0 ] || { echo "fuzz.sh: needs clang (apt-get install clang)" >&2; exit 1; }
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang
fi
CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS=-O1 \
  -DPARLEY_FUZZ=ON -DPARLEY_BUILD_TESTS=OFF -DPARLEY_BUILD_BENCH=OFF >/dev/null
cmake --build build-fuzz -j "$(nproc)" --target $(printf 'parley_fuzz_%s ' "${targets[@]}")

status=0
for target in "${targets[@]}"; do
  corpus=build-fuzz/corpus/$target
  findings=build-fuzz/findings/$target
  mkdir -p "$corpus" "$findings"
  cp -n fuzz/corpus/"$target"/* "$corpus"/ 2>/dev/null || true
  # The bad-input catalogue is a good seed too: it sits on every error path.
  case $target in
    yaml) pattern='*.yaml' ;; json) pattern='*.json' ;; ktab_xml) pattern='*.xml' ;;
    ktab_csv) pattern='ktab_*.csv' ;; deu_csv) pattern='deu_*.csv' ;;
    actor_csv) pattern='actors_*.csv' ;;
  esac
  find tests/bad_inputs -name "$pattern" -exec cp -n {} "$corpus"/ \; 2>/dev/null || true
  echo "== $target: ${seconds}s"
  log=$findings/fuzz.log
  if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    build-fuzz/fuzz/parley_fuzz_"$target" "$corpus" -dict=fuzz/dict/"$target".dict \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix="$findings"/ -print_final_stats=1 >"$log" 2>&1; then
    status=1
    echo "   FOUND something: see $log and $findings/"
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$log" | sed 's/^/   /' || true
done
exit $status
