// Benchmarks of parley's SMP (docs/models/smp.md, "Speed").
//
//   parley_smp_bench --benchmark_filter=Reference     KTAB's reference inputs, whole runs
//   parley_smp_bench --benchmark_filter=Generated     synthetic n actors x m dimensions
//
// Counters: turns per run, seconds per turn and per run (wall clock), CPU
// seconds per turn (all threads; the better figure on a busy machine), and the
// process's peak resident memory so far (getrusage ru_maxrss, so run one
// benchmark per process, e.g. with --benchmark_filter, for a per-case figure).
// The last argument is the thread count. Generated cases of 320 and 1000
// actors run a fixed number of turns (a whole 1000-actor run takes minutes);
// their per-turn time is the figure to compare.
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <chrono>
#include <string>
#include <vector>

#include "parley/io.h"
#include "parley/smp.h"
#include "parley/smp_generator.h"

namespace {

// CPU seconds used by the whole process (all threads) so far.
double ProcessCpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + 1e-6 * t.tv_usec; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double PeakResidentMegabytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;  // Linux reports KiB
}

// Runs `problem` once per benchmark iteration and reports the counters.
void RunAndReport(benchmark::State& state, const parley::SmpProblem& problem,
                  parley::SmpOptions options, int threads) {
  options.threads = threads;
  double seconds = 0.0;
  double cpu_seconds = 0.0;
  long turns = 0;
  long runs = 0;
  for (auto _ : state) {
    const double cpu_start = ProcessCpuSeconds();
    const auto start = std::chrono::steady_clock::now();
    auto run = parley::RunSmp(problem, options);
    const auto stop = std::chrono::steady_clock::now();
    cpu_seconds += ProcessCpuSeconds() - cpu_start;
    if (!run) {
      state.SkipWithError(run.error().ToString().c_str());
      return;
    }
    seconds += std::chrono::duration<double>(stop - start).count();
    turns += run->StepCount();
    ++runs;
    benchmark::DoNotOptimize(run->states.back().position.data());
  }
  state.counters["actors"] = static_cast<double>(problem.ActorCount());
  state.counters["dims"] = static_cast<double>(problem.DimensionCount());
  state.counters["threads"] = options.threads;
  state.counters["turns"] = static_cast<double>(turns) / static_cast<double>(runs);
  state.counters["s_per_turn"] = seconds / static_cast<double>(turns);
  state.counters["s_per_run"] = seconds / static_cast<double>(runs);
  // CPU time of all threads: on a busy machine, closer to the idle wall time.
  state.counters["cpu_s_per_turn"] = cpu_seconds / static_cast<double>(turns);
  state.counters["peak_MB"] = PeakResidentMegabytes();
}

const std::vector<std::string>& ReferenceInputs() {
  static const std::vector<std::string> kInputs = {
      "dummyData_3Dim.csv",  "dummyData_6Dim.csv", "SOE-Pol-Comp.csv",   "SOE-Policy.csv",
      "SOE-Competitive.csv", "dummyData-a040.csv", "dummyData-a080.csv", "dummyData-a160.csv"};
  return kInputs;
}

// Reference/<input>/<threads>: a whole run of one of KTAB's inputs.
void BM_SmpReference(benchmark::State& state) {
  const std::string path = std::string(PARLEY_SHARED_DIR) + "/reference/ktab/inputs/" +
                           ReferenceInputs()[static_cast<std::size_t>(state.range(0))];
  state.SetLabel(ReferenceInputs()[static_cast<std::size_t>(state.range(0))]);
  auto scenario = parley::LoadScenario(path);
  if (!scenario) return state.SkipWithError(scenario.error().ToString().c_str());
  auto problem = parley::SmpProblemFromScenario(*scenario);
  if (!problem) return state.SkipWithError(problem.error().ToString().c_str());
  auto options = parley::SmpOptionsFromScenario(*scenario);
  if (!options) return state.SkipWithError(options.error().ToString().c_str());
  RunAndReport(state, *problem, *options, static_cast<int>(state.range(1)));
}

// Generated/<actors>/<dims>/<threads>.
void BM_SmpGenerated(benchmark::State& state) {
  const auto actors = static_cast<std::size_t>(state.range(0));
  const auto dims = static_cast<std::size_t>(state.range(1));
  parley::SmpOptions options;
  // Whole runs up to 160 actors; 4 turns at 320, 2 at 1000.
  options.max_turns = actors >= 1000 ? 2 : (actors >= 320 ? 4 : 100);
  const parley::SmpProblem problem = parley::GenerateSmpProblem(actors, dims, 2024 + dims);
  RunAndReport(state, problem, options, static_cast<int>(state.range(2)));
}

void ReferenceArguments(benchmark::internal::Benchmark* benchmark) {
  for (int input = 0; input < static_cast<int>(ReferenceInputs().size()); ++input) {
    for (int threads : {1, 2}) benchmark->Args({input, threads});
  }
}

void GeneratedArguments(benchmark::internal::Benchmark* benchmark) {
  for (int actors : {40, 80, 160, 320, 1000}) {
    for (int dims = 1; dims <= 6; ++dims) {
      for (int threads : {1, 2}) benchmark->Args({actors, dims, threads});
    }
  }
}

}  // namespace

BENCHMARK(BM_SmpReference)
    ->Apply(ReferenceArguments)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->MinTime(0.2);
BENCHMARK(BM_SmpGenerated)
    ->Apply(GeneratedArguments)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);

BENCHMARK_MAIN();
