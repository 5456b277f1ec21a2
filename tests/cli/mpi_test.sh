#!/usr/bin/env bash
# `mpirun -np K parley uncertainty|sensitivity|validate ...` writes exactly the
# bytes of the single-process run for K = 1, 2, 3 (and 2 ranks x 2 threads);
# a rank that fails fails the whole job with its message and no output file.
# Usage: tests/cli/mpi_test.sh PARLEY_BINARY MPIEXEC SOURCE_DIR   (ctest: mpi_ranks)
set -euo pipefail
parley=$(realpath "$1")
mpiexec=$2
source_dir=$(realpath "$3")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ "$(id -u)" -eq 0 ]; then  # CI may run as root; Open MPI refuses it unless told
  export OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
fi
export OMPI_MCA_rmaps_base_oversubscribe=1
mpirun=("$mpiexec" --oversubscribe)

commands=(
  "uncertainty lachin-2023 --model all --runs 600 --seed 7 --format json"
  "sensitivity lachin-2023 --model compromise --runs 40 --bootstrap 20 --seed 3 --format json"
  "validate $source_dir/examples/deu-excerpt.csv --model compromise --runs 40 --format json"
)
for n in "${!commands[@]}"; do
  read -r -a args <<<"${commands[$n]}"
  "$parley" "${args[@]}" -o "$work/plain-$n"
  for ranks in 1 2 3; do
    "${mpirun[@]}" -np "$ranks" "$parley" "${args[@]}" -o "$work/ranks-$n-$ranks"
    cmp "$work/plain-$n" "$work/ranks-$n-$ranks"
  done
  "${mpirun[@]}" -np 2 "$parley" "${args[@]}" --threads 2 -o "$work/threads-$n"
  cmp "$work/plain-$n" "$work/threads-$n"
  echo "${args[0]}: 1, 2 and 3 ranks and 2 ranks x 2 threads give the single-process bytes"
done

# Checkpoints per rank: a resumed 2-rank job gives the same bytes.
read -r -a args <<<"${commands[0]}"
"${mpirun[@]}" -np 2 "$parley" "${args[@]}" --checkpoint "$work/job.ckpt" -o "$work/ckpt-a"
"${mpirun[@]}" -np 2 "$parley" "${args[@]}" --checkpoint "$work/job.ckpt" --resume \
  -o "$work/ckpt-b"
cmp "$work/plain-0" "$work/ckpt-a"
cmp "$work/plain-0" "$work/ckpt-b"
echo "per-rank checkpoints resume to the single-process bytes"

# Rank 1 alone fails before its runs (its checkpoint exists, no --resume).
mkdir "$work/fail1" && echo anything >"$work/fail1/job.ckpt.rank-1-of-2"
status=0
"${mpirun[@]}" -np 2 "$parley" "${args[@]}" --checkpoint "$work/fail1/job.ckpt" \
  -o "$work/fail1/out" 2>"$work/fail1/err" || status=$?
[ "$status" -ne 0 ] || { echo "FAIL: the job succeeded though rank 1 failed"; exit 1; }
grep -q "rank 1 of 2: parley: checkpoint .* already exists" "$work/fail1/err" ||
  { echo "FAIL: rank 1's message is missing:"; cat "$work/fail1/err"; exit 1; }
[ ! -e "$work/fail1/out" ] || { echo "FAIL: a failed job wrote its output"; exit 1; }

# Rank 1 alone fails during its runs (its checkpoint is a dangling link, which
# parley will not write through): every rank learns its message in the
# exchange, rank 0 reports it.
mkdir "$work/fail2" && ln -s "$work/fail2/nowhere/x" "$work/fail2/job.ckpt.rank-1-of-2"
status=0
"${mpirun[@]}" -np 2 "$parley" "${args[@]}" --checkpoint "$work/fail2/job.ckpt" \
  -o "$work/fail2/out" 2>"$work/fail2/err" || status=$?
[ "$status" -ne 0 ] || { echo "FAIL: the job succeeded though rank 1 failed"; exit 1; }
grep -q "parley: rank 1 of 2 failed: " "$work/fail2/err" ||
  { echo "FAIL: rank 1's message is missing:"; cat "$work/fail2/err"; exit 1; }
[ ! -e "$work/fail2/out" ] || { echo "FAIL: a failed job wrote its output"; exit 1; }
echo "a failing rank fails the job with its message and no output"
