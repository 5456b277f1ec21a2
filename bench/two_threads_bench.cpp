// Two threads against one, taking turns in one process: each iteration runs
// one analysis of 1,000 draws (compromise, weighted_median, nash or eum on a
// generated issue, generated_issue.h) on one thread pinned to core 0, one
// pinned to core 1, one on two threads pinned one to each core (after an
// untimed one that wakes the helper), and two one-thread analyses at once in
// two threads pinned one to each core, sharing nothing but the process. Every
// kind meets the same state of the cores: on the 2-core virtual machine this
// project is measured on, a core's speed drifts by up to two times within
// minutes, and the two-thread time of one minute cannot be divided by the
// one-thread time of the next. Counters, each the median over the
// iterations of the iteration's ratio (Median, generated_issue.h):
//
//   efficiency  two threads' rate over the sum of the two pinned one-thread
//               rates (on two equal cores, two threads are 2 x efficiency
//               times as fast as one: 1.8 times is 0.90);
//   machine     the two analyses at once: their rates' sum over the same sum
//               (below 1 when one busy core slows the other);
//   engine      efficiency over machine.
//
// Linux only (sched_setaffinity); needs cores 0 and 1. Not run by CI:
// bench/two_thread_pairs.py runs it with the overhead on each core.
#include <sched.h>

#include <atomic>
#include <thread>

#include "generated_issue.h"
#include "parley/monte_carlo.h"
#include "parley/thread_pool.h"

namespace {

using namespace parley_bench;
// Pins the calling thread to `first`..`last` (0 and 1, or one of them).
bool PinTo(int first, int last) {
  cpu_set_t cores;
  CPU_ZERO(&cores);
  for (int core = first; core <= last; ++core) CPU_SET(core, &cores);
  return sched_setaffinity(0, sizeof(cores), &cores) == 0;
}

// One one-thread analysis on each core at the same time, each thread timing
// its own from a common start: their seconds.
std::pair<double, double> AtOnce(const parley::Scenario& scenario,
                                 const std::vector<parley::ConfiguredModel>& models) {
  std::atomic<int> ready{0};
  double seconds[2] = {0.0, 0.0};
  const auto run_on = [&](int core) {
    PinTo(core, core);
    parley::ThreadPool pool(1);
    ready.fetch_add(1);
    while (ready.load() < 2) {
    }
    seconds[core] = AnalysisSeconds(scenario, models, pool);
  };
  std::thread first(run_on, 0);
  std::thread second(run_on, 1);
  first.join();
  second.join();
  return {seconds[0], seconds[1]};
}

void BM_TwoThreadsTakingTurns(benchmark::State& state) {
  const parley::Scenario scenario = GeneratedScenario(static_cast<int>(state.range(1)));
  auto models = ModelsFor(state, scenario);
  if (!models) return;
  if (!PinTo(0, 1) || std::thread::hardware_concurrency() < 2) {
    state.SkipWithError("needs cores 0 and 1");
    return;
  }
  parley::ThreadPool one(1);
  parley::ThreadPool two(2);
  // The helper on core 1, the calling thread on core 0 when it runs `two`:
  // left free, the scheduler can wake the helper on the caller's core after
  // the caller moved, and the two threads then share one core for a while.
  two.OnEachThread([](int thread) { PinTo(thread, thread); });
  double core0 = 0.0, core1 = 0.0, both = 0.0;
  std::vector<double> efficiencies, machines, engines;
  for (auto _ : state) {
    PinTo(0, 0);
    const double alone0 = AnalysisSeconds(scenario, *models, one);
    PinTo(1, 1);
    const double alone1 = AnalysisSeconds(scenario, *models, one);
    PinTo(0, 0);
    // The helper falls asleep a quarter of a millisecond after its last
    // round, and waking a sleeping virtual core takes the host 0.1 to 0.2 ms:
    // an analysis first, untimed, so that the timed one finds the helper
    // awake, as when analyses follow each other (BM_MonteCarlo).
    AnalysisSeconds(scenario, *models, two);
    const double two_threads = AnalysisSeconds(scenario, *models, two);
    const auto [at_once0, at_once1] = AtOnce(scenario, *models);
    // Rates as analyses per second.
    const double alone = 1.0 / alone0 + 1.0 / alone1;
    efficiencies.push_back((1.0 / two_threads) / alone);
    machines.push_back((1.0 / at_once0 + 1.0 / at_once1) / alone);
    engines.push_back(efficiencies.back() / machines.back());
    core0 += alone0;
    core1 += alone1;
    both += two_threads;
  }
  const double iterations = static_cast<double>(state.iterations());
  state.counters["core0_ms"] = 1e3 * core0 / iterations;
  state.counters["core1_ms"] = 1e3 * core1 / iterations;
  state.counters["two_ms"] = 1e3 * both / iterations;
  state.counters["efficiency"] = Median(efficiencies);
  state.counters["machine"] = Median(machines);
  state.counters["engine"] = Median(engines);
  state.SetLabel(ModelName(state.range(0)));
}
BENCHMARK(BM_TwoThreadsTakingTurns)
    ->Apply(EveryModelAndSize)
    ->ArgNames({"model", "actors"})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

}  // namespace

int main(int argc, char** argv) { return parley_bench::RunBenchmarks(argc, argv); }
