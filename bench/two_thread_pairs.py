#!/usr/bin/env python3
"""Two threads against one, and the engine's overhead, core by core.

On a shared or virtual machine the cores need not be equal: on the 2-core VM
this project is measured on, a run pinned to the second core took 1.3 to 1.7
times as long as on the first, and an unpinned run lands on either. Two
figures taken without pinning cannot be divided. For every model and size this
script runs, PAIRS times back to back:

  * the engine (BM_MonteCarlo) on one thread pinned to core 0, then pinned to
    core 1, each followed by the engine and bare runs on drawn inputs taking
    turns on the same core (BM_OverheadTakingTurns);
  * the engine on one thread pinned to core 0 and, at the same time, in a
    second process, on one thread pinned to core 1: two processes that share
    nothing, the most two threads of any engine could do on this machine;
  * the engine on two threads over cores 0 and 1.

It prints the medians (and ranges) of:

  * efficiency: the two-thread rate over the sum of the two one-thread rates,
    the share of what two such cores give that the engine gets (on two equal
    cores, two threads are 2 x efficiency times as fast as one);
  * machine: the two processes' rates at once over the same sum: what the
    machine itself gives when both cores are busy (below 1 when one core's
    work slows the other's, as on a host whose two virtual cores share a
    physical one);
  * engine: efficiency over machine, the share of what two processes that
    share nothing get that the engine's two threads get;
  * overhead: the engine's one-thread time over the bare runs' on the same
    core, the two taking turns analysis by analysis (the engine's own cost
    beyond running the model on drawn inputs).

Usage: bench/two_thread_pairs.py [--binary build/bench/parley_uncertainty_bench]
                                 [--pairs 5] [--min-time 0.3] [--only compromise/40]
Needs taskset (util-linux) and two cores; standard library only; not run by CI.
"""
import argparse
import json
import statistics
import subprocess
import sys

MODELS = ["compromise", "weighted_median", "nash", "eum"]
CASES = [(m, a) for m in range(4) for a in (10, 40, 160) if not (m == 3 and a == 160)]


def run(binary, pattern, min_time, cores, field="items_per_second"):
    """`field` of every benchmark matching `pattern`, by name."""
    out = subprocess.run(
        ["taskset", "-c", cores, binary, f"--benchmark_filter={pattern}",
         f"--benchmark_min_time={min_time}", "--benchmark_format=json"],
        check=True, capture_output=True, text=True).stdout
    return {b["name"].split("/process_time")[0].split("/real_time")[0]: b[field]
            for b in json.loads(out)["benchmarks"]}


def at_once(binary, pattern, min_time):
    """items_per_second of the one benchmark matching `pattern`, run on core 0
    and core 1 at the same time in two processes, summed."""
    command = [binary, f"--benchmark_filter={pattern}", f"--benchmark_min_time={min_time}",
               "--benchmark_format=json"]
    processes = [subprocess.Popen(["taskset", "-c", core] + command, stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL, text=True) for core in ("0", "1")]
    rates = []
    for process in processes:
        out, _ = process.communicate()
        if process.returncode != 0:
            raise subprocess.CalledProcessError(process.returncode, command)
        rates += [b["items_per_second"] for b in json.loads(out)["benchmarks"]]
    return sum(rates)


def pair(binary, model, actors, min_time):
    """(efficiency, machine, engine, overhead on core 0, overhead on core 1) of
    one pair."""
    case = f"model:{model}/actors:{actors}"
    one, turns = f"^BM_MonteCarlo/{case}/threads:1/", f"^BM_OverheadTakingTurns/{case}/"
    engine = f"BM_MonteCarlo/{case}/threads:1"
    core0 = run(binary, one, min_time, "0")
    overhead0 = run(binary, turns, min_time, "0", "overhead")
    core1 = run(binary, one, min_time, "1")
    overhead1 = run(binary, turns, min_time, "1", "overhead")
    together = at_once(binary, f"^BM_MonteCarlo/{case}/threads:1/", min_time)
    two = run(binary, f"^BM_MonteCarlo/{case}/threads:2", min_time, "0,1")
    alone = core0[engine] + core1[engine]
    efficiency = two[f"BM_MonteCarlo/{case}/threads:2"] / alone
    machine = together / alone
    return (efficiency, machine, efficiency / machine, *overhead0.values(), *overhead1.values())


def cell(values):
    return f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default="build/bench/parley_uncertainty_bench")
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--min-time", type=float, default=0.3)
    parser.add_argument("--only", help="one case, as model/actors (compromise/40)")
    args = parser.parse_args()
    cases = CASES
    if args.only:
        name, actors = args.only.split("/")
        cases = [(MODELS.index(name), int(actors))]
    print("| model | actors | efficiency | machine | engine | overhead, core 0 | overhead, core 1 |")
    print("|---|---|---|---|---|---|---|")
    for model, actors in cases:
        results = [pair(args.binary, model, actors, args.min_time) for _ in range(args.pairs)]
        print(f"| {MODELS[model]} | {actors} | " +
              " | ".join(cell([r[i] for r in results]) for i in range(5)) + " |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
