#!/usr/bin/env bash
# The speed-up of 2 MPI ranks over 1 on this machine, the time per run and the
# bytes each run sends, for docs/scaling.md. Not run by CI (it takes minutes
# and its figures depend on the machine's load).
# Usage: bench/mpi_scaling.sh [PARLEY_BINARY] [RUNS]
#   default build/parley and 10000 draws of `uncertainty lachin-2023 --model all`.
set -euo pipefail
parley=$(realpath "${1:-build/parley}")
runs=${2:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "$(id -u)" -eq 0 ]; then
  export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
fi
args=(uncertainty lachin-2023 --model all --runs "$runs" --seed 7 --format json --quiet)

seconds() {  # wall seconds of the command given
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null
  end=$(date +%s.%N)
  echo "$end - $start" | bc -l
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
plain=$(seconds "$parley" "${args[@]}" -o "$work/plain.json")
one=$(seconds mpirun --oversubscribe -np 1 "$parley" "${args[@]}" -o "$work/one.json")
two=$(seconds mpirun --oversubscribe -np 2 "$parley" "${args[@]}" -o "$work/two.json")
cmp "$work/plain.json" "$work/two.json"
# One run's record as it travels between ranks: its bytes (half a checkpoint
# line's hex digits) plus the 8-byte length in front of it.
"$parley" uncertainty lachin-2023 --model all --runs 10 --seed 7 --quiet \
  --checkpoint "$work/c.ckpt" >/dev/null
record=$(awk 'f { print length($0) / 2; exit } /^job / { f = 1 }' "$work/c.ckpt")
echo "after: load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'runs                          %d\n' "$runs"
printf 'single process                %.2f s (%.3f ms a run)\n' "$plain" "$(echo "$plain * 1000 / $runs" | bc -l)"
printf 'mpirun -np 1                  %.2f s\n' "$one"
printf 'mpirun -np 2                  %.2f s\n' "$two"
printf 'speed-up of 2 ranks over 1    %.2f\n' "$(echo "$one / $two" | bc -l)"
printf 'bytes sent per run            %d (record %d + length 8)\n' "$((record + 8))" "$record"
