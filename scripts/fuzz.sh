#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan, in build-asan/, the tree
# scripts/sanitize.sh asan shares) and runs each for SECONDS seconds (default
# 60) on its seed corpus and dictionary.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
# PARLEY_FUZZ_SEED (default 1) fixes libFuzzer's random seed, so a short CI run
# explores the same inputs each time; give another seed (or 0: from the clock)
# for a long exploratory run. PARLEY_FUZZ_TIMEOUT (default 10) is the seconds one
# input may take before it counts as a hang.
#   TARGET: yaml json ktab_csv ktab_xml deu_csv actor_csv
# Findings land in build-asan/findings/<target>/ (crash-*, timeout-*, oom-*);
# the exit status is non-zero when any target found something.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(yaml json ktab_csv ktab_xml deu_csv actor_csv)

source scripts/sanitizer_tree.sh
configure_asan_tree
cmake --build build-asan -j "$(nproc)" --target $(printf 'parley_fuzz_%s ' "${targets[@]}")

# One target per core at a time (PARLEY_FUZZ_JOBS, default nproc): each still
# runs its full SECONDS, the whole run takes about SECONDS x targets / jobs.
parallel=${PARLEY_FUZZ_JOBS:-$(nproc)}
run_target() {
  local target=$1 corpus=build-asan/corpus/$1 findings=build-asan/findings/$1 pattern
  mkdir -p "$corpus" "$findings"
  cp -n fuzz/corpus/"$target"/* "$corpus"/ 2>/dev/null || true
  # The bad-input catalogue is a good seed too: it sits on every error path.
  case $target in
    yaml) pattern='*.yaml' ;; json) pattern='*.json' ;; ktab_xml) pattern='*.xml' ;;
    ktab_csv) pattern='ktab_*.csv' ;; deu_csv) pattern='deu_*.csv' ;;
    actor_csv) pattern='actors_*.csv' ;;
  esac
  find tests/bad_inputs -name "$pattern" -exec cp -n {} "$corpus"/ \; 2>/dev/null || true
  ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
    build-asan/fuzz/parley_fuzz_"$target" "$corpus" -dict=fuzz/dict/"$target".dict \
    -max_total_time="$seconds" -seed="${PARLEY_FUZZ_SEED:-1}" -timeout="${PARLEY_FUZZ_TIMEOUT:-10}" -rss_limit_mb=2048 \
    -max_len=65536 -artifact_prefix="$findings"/ -print_final_stats=1 >"$findings"/fuzz.log 2>&1
  echo $? >"$findings"/status
}

for target in "${targets[@]}"; do
  while (($(jobs -rp | wc -l) >= parallel)); do wait -n || true; done
  echo "== $target: ${seconds}s"
  rm -f build-asan/findings/"$target"/status
  (set +e; run_target "$target") &
done
wait
status=0
for target in "${targets[@]}"; do
  log=build-asan/findings/$target/fuzz.log
  if [ "$(cat build-asan/findings/"$target"/status 2>/dev/null)" != 0 ]; then
    status=1
    echo "== $target FOUND something: see $log and build-asan/findings/$target/"
  fi
  echo "== $target: $(grep -E "stat::number_of_executed_units" "$log" | awk '{print $2}') executions," \
    "peak RSS $(grep -E "stat::peak_rss_mb" "$log" | awk '{print $2}') MB"
done
exit $status
