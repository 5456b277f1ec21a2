#!/usr/bin/env python3
"""Two threads against one, and the engine's overhead, core by core.

On a shared or virtual machine the cores need not be equal, nor constant: on
the 2-core VM this project is measured on, one core's speed has drifted by up
to two times within minutes, and an unpinned one-thread run lands on either
core. A two-thread time taken one minute cannot be divided by a one-thread
time taken the next. So every figure here comes from benchmarks whose kinds of
run take turns within one process, analysis by analysis, and meet the same
state of the cores. For every model and size, PAIRS times:

  * BM_TwoThreadsTakingTurns (parley_two_threads_bench): one analysis pinned
    to core 0, one pinned to core 1, one on two threads over both (after an
    untimed one that wakes the helper), and two one-thread analyses at once,
    one on each core, in two threads that share nothing but the process;
  * BM_OverheadTakingTurns (parley_uncertainty_bench), pinned to core 0, then
    to core 1: the engine on one thread and bare runs of the model on drawn
    inputs, taking turns.

Each benchmark's counter is itself the median over its iterations of the
iteration's ratio. The benchmarks run in a process that keeps the memory it
frees, as the parley command line does (src/cli/process_memory.h);
--glibc-malloc-defaults runs them with glibc's own settings instead.

It prints the medians (and ranges) over the PAIRS rounds of:

  * efficiency: the two-thread rate over the sum of the two pinned one-thread
    rates, the share of what two such cores give that the engine gets (on two
    equal cores, two threads are 2 x efficiency times as fast as one, so 1.8
    times is 0.90);
  * machine: the two analyses at once, their rates' sum over the same sum:
    what the machine itself gives when both cores are busy (below 1 when one
    core's work slows the other's);
  * engine: efficiency over machine;
  * overhead: the engine's one-thread time over the bare runs' on the same
    core (the engine's own cost beyond running the model on drawn inputs).

Usage: bench/two_thread_pairs.py [--build build] [--pairs 3] [--min-time 0.5]
                                 [--only compromise/40] [--glibc-malloc-defaults]
Needs taskset (util-linux) and two cores; standard library only; not run by CI.
"""
import argparse
import json
import statistics
import subprocess
import sys

MODELS = ["compromise", "weighted_median", "nash", "eum"]
CASES = [(m, a) for m in range(4) for a in (10, 40, 160) if not (m == 3 and a == 160)]


GLIBC_DEFAULTS = []  # ["--glibc_malloc_defaults"] with --glibc-malloc-defaults


def counters(binary, pattern, min_time, cores):
    """The counters of the one benchmark matching `pattern`."""
    out = subprocess.run(
        ["taskset", "-c", cores, binary, *GLIBC_DEFAULTS, f"--benchmark_filter={pattern}",
         f"--benchmark_min_time={min_time}", "--benchmark_format=json"],
        check=True, capture_output=True, text=True).stdout
    return json.loads(out)["benchmarks"][0]


def pair(build, model, actors, min_time):
    """(efficiency, machine, engine, overhead on core 0, overhead on core 1)."""
    case = f"model:{model}/actors:{actors}/"
    turns = counters(f"{build}/bench/parley_two_threads_bench",
                     f"^BM_TwoThreadsTakingTurns/{case}", min_time, "0,1")
    engine = f"{build}/bench/parley_uncertainty_bench"
    core0 = counters(engine, f"^BM_OverheadTakingTurns/{case}", min_time, "0")
    core1 = counters(engine, f"^BM_OverheadTakingTurns/{case}", min_time, "1")
    return (turns["efficiency"], turns["machine"], turns["engine"], core0["overhead"],
            core1["overhead"])


def cell(values):
    return f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default="build", help="the build directory")
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--min-time", type=float, default=0.5)
    parser.add_argument("--only", help="one case, as model/actors (compromise/40)")
    parser.add_argument("--glibc-malloc-defaults", action="store_true",
                        help="run the benchmarks with glibc's malloc settings, not the CLI's")
    args = parser.parse_args()
    if args.glibc_malloc_defaults:
        GLIBC_DEFAULTS.append("--glibc_malloc_defaults")
    cases = CASES
    if args.only:
        name, actors = args.only.split("/")
        cases = [(MODELS.index(name), int(actors))]
    print("| model | actors | efficiency | machine | engine | overhead, core 0 | overhead, core 1 |")
    print("|---|---|---|---|---|---|---|")
    for model, actors in cases:
        results = [pair(args.build, model, actors, args.min_time) for _ in range(args.pairs)]
        print(f"| {MODELS[model]} | {actors} | " +
              " | ".join(cell([r[i] for r in results]) for i in range(5)) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
