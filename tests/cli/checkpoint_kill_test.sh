#!/usr/bin/env bash
# A run killed with SIGKILL after it wrote a checkpoint, then resumed with the
# same command and --resume, writes exactly the bytes of an uninterrupted run.
# Usage: tests/cli/checkpoint_kill_test.sh PARLEY_BINARY   (ctest: checkpoint_kill)
set -euo pipefail
parley=$(realpath "$1")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
runs=${PARLEY_KILL_TEST_RUNS:-8000}
args=(uncertainty lachin-2023 --model all --runs "$runs" --seed 7 --format json --quiet)

"$parley" "${args[@]}" -o "$work/plain.json"

"$parley" "${args[@]}" --checkpoint "$work/run.ckpt" --checkpoint-runs 500 \
  -o "$work/resumed.json" &
pid=$!
for _ in $(seq 1 600); do
  [ -e "$work/run.ckpt" ] && break
  sleep 0.02
done
kill -KILL "$pid" 2>/dev/null || true
status=0
wait "$pid" || status=$?
[ -e "$work/run.ckpt" ] || { echo "FAIL: no checkpoint was written before the kill"; exit 1; }
done_runs=$(awk '$1 == "job" { print $3 }' "$work/run.ckpt")
echo "killed with status $status after $done_runs of $runs runs were checkpointed"
if [ "$status" -ne 137 ] || [ "$done_runs" -ge "$runs" ]; then
  echo "FAIL: the run ended before the kill (status $status); raise PARLEY_KILL_TEST_RUNS"
  exit 1
fi
[ ! -e "$work/resumed.json" ] || { echo "FAIL: a killed run left an output file"; exit 1; }

"$parley" "${args[@]}" --checkpoint "$work/run.ckpt" --resume -o "$work/resumed.json"
cmp "$work/plain.json" "$work/resumed.json"
echo "resumed output equals the uninterrupted run byte for byte"
