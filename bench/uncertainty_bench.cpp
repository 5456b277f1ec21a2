// Google Benchmark of the uncertainty engine: Monte Carlo draws per second for
// compromise, weighted_median and nash on generated issues of 10, 40 and 160
// actors and eum on 10 and 40 (a run at 160 actors takes about half a second:
// EUM grows with the cube of the actors), on 1 and 2 threads, against the same
// number of bare model runs on the point scenario and against bare runs that
// also write a draw's inputs (the least any Monte Carlo must do), and the
// engine and those bare runs taking turns analysis by analysis (the steadier
// measure of the engine's overhead); and a 10,000-draw analysis of
// lachin-2023 with every model but smp. On a machine whose cores differ or
// drift, run bench/two_thread_pairs.py, which prints the engine's two-thread
// efficiency (two_threads_bench.cpp), what the machine gives two analyses at
// once, and the one-thread overhead on each core, all from runs taking turns.
#include <benchmark/benchmark.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "core/input_sampler.h"
#include "generated_issue.h"
#include "parley/io.h"
#include "parley/monte_carlo.h"

namespace {

using namespace parley_bench;

// The same on 1 and 2 threads.
void EveryModelSizeAndThreadCount(benchmark::internal::Benchmark* benchmark) {
  for (int64_t model = 0; model < 4; ++model) {
    for (int64_t actors : {10, 40, 160}) {
      for (int64_t threads : {1, 2}) {
        if (model != 3 || actors != 160) benchmark->Args({model, actors, threads});
      }
    }
  }
}

// `runs` draws of the generated issue per iteration (model, actors, threads
// from the benchmark's arguments).
void MonteCarloDraws(benchmark::State& state, std::size_t runs) {
  const parley::Scenario scenario = GeneratedScenario(static_cast<int>(state.range(1)));
  auto models = ModelsFor(state, scenario);
  if (!models) return;
  parley::ThreadPool pool(static_cast<int>(state.range(2)));
  parley::MonteCarloOptions options;
  options.runs = runs;
  for (auto _ : state) {
    auto result = parley::RunMonteCarlo(scenario, *models, options, &pool);
    benchmark::DoNotOptimize(result);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(runs));
  state.SetLabel(ModelName(state.range(0)));
}

void BM_MonteCarlo(benchmark::State& state) { MonteCarloDraws(state, kRuns); }
BENCHMARK(BM_MonteCarlo)
    ->Apply(EveryModelSizeAndThreadCount)
    ->ArgNames({"model", "actors", "threads"})
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()  // the CPU column counts the pool's threads too
    ->UseRealTime();

// As BM_MonteCarlo with 4,096 draws an analysis, nearer the 10,000 of a
// careful run: what is paid once an analysis (BM_MonteCarloFixedCost) weighs
// 4 times less than at 1,000 draws.
void BM_MonteCarloLong(benchmark::State& state) { MonteCarloDraws(state, 4096); }
BENCHMARK(BM_MonteCarloLong)
    ->ArgsProduct({{0, 1, 2}, {10, 40, 160}, {1, 2}})
    ->ArgNames({"model", "actors", "threads"})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// One draw an analysis: what an analysis costs besides its draws (the point
// forecast, listing and preparing the inputs, copying the scenario for each
// thread, waking the pool, the summaries), the part of BM_MonteCarlo's time
// that two threads cannot halve.
void BM_MonteCarloFixedCost(benchmark::State& state) { MonteCarloDraws(state, 1); }
BENCHMARK(BM_MonteCarloFixedCost)
    ->ArgsProduct({{0, 1, 2}, {10, 40, 160}, {1, 2}})
    ->ArgNames({"model", "actors", "threads"})
    ->Unit(benchmark::kMicrosecond)
    ->UseRealTime();

// The same number of runs of the model alone on the point scenario, on one
// thread and on two threads at once that share nothing but the model and the
// scenario (read only). Google Benchmark gives each thread the same number of
// iterations, so on two unequal cores the slower one sets the pace: to compare
// the engine's two threads with one, pin one-thread runs to each core and add
// their rates (two_threads_bench.cpp does, taking turns).
void BM_BareRuns(benchmark::State& state) {
  const parley::Scenario scenario = GeneratedScenario(static_cast<int>(state.range(1)));
  auto models = ModelsFor(state, scenario);
  if (!models) return;
  for (auto _ : state) {
    for (std::size_t run = 0; run < kRuns; ++run) {
      auto forecast = models->front().Run(scenario);
      benchmark::DoNotOptimize(forecast);
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(kRuns));
  state.SetLabel(ModelName(state.range(0)));
}
BENCHMARK(BM_BareRuns)
    ->Apply(EveryModelAndSize)
    ->ArgNames({"model", "actors"})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->ThreadRange(1, 2);

// Bare runs that each first write run r's drawn inputs into one reused
// scenario, with the engine's own sampler (core/input_sampler.h: the inputs'
// constants prepared once, the generator of run r): the least any Monte Carlo
// must do, without collecting or summarising anything. The engine's one-thread
// time over theirs, on the same core, is the engine's own overhead
// (BM_OverheadTakingTurns, which bench/two_thread_pairs.py prints).
class BareRunsOnDrawnInputs {
 public:
  explicit BareRunsOnDrawnInputs(const parley::Scenario& scenario)
      : sampler_(parley::ListUncertainInputs(scenario)),
        drawn_(parley::WithoutUncertainty(scenario)) {}

  // `runs` bare runs, each on run r's inputs written into the scenario first.
  void Run(const parley::ConfiguredModel& model, std::size_t runs) {
    const std::uint64_t seed = parley::MonteCarloOptions{}.seed;
    for (std::size_t run = 0; run < runs; ++run) {
      sampler_.WriteRun(seed, run, units_, drawn_);
      parley::RunContext context;
      context.seed = parley::ModelSeed(seed, run);
      auto forecast = model.Run(drawn_, context);
      benchmark::DoNotOptimize(forecast);
    }
  }

 private:
  parley::InputSampler sampler_;
  parley::Scenario drawn_;
  std::vector<double> units_;
};

void BM_BareRunsWritingDrawnInputs(benchmark::State& state) {
  const parley::Scenario scenario = GeneratedScenario(static_cast<int>(state.range(1)));
  auto models = ModelsFor(state, scenario);
  if (!models) return;
  BareRunsOnDrawnInputs bare(scenario);
  for (auto _ : state) bare.Run(models->front(), kRuns);
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(kRuns));
  state.SetLabel(ModelName(state.range(0)));
}
BENCHMARK(BM_BareRunsWritingDrawnInputs)
    ->Apply(EveryModelAndSize)
    ->ArgNames({"model", "actors"})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->ThreadRange(1, 2);

// The engine on one thread (BM_MonteCarlo) and bare runs on drawn inputs
// (BM_BareRunsWritingDrawnInputs) taking turns, one analysis each per
// iteration, timed apart, the engine first in even iterations and second in
// odd ones: both meet the same state of the core, which on a virtual machine
// drifts within seconds. The counter `overhead` is the median over the
// iterations of the engine's time over the bare runs' (Median,
// generated_issue.h); `overhead_of_sums` divides the summed times, which one
// interrupted iteration moves; `engine_ms` and `bare_ms` give each one's mean
// time.
void BM_OverheadTakingTurns(benchmark::State& state) {
  const parley::Scenario scenario = GeneratedScenario(static_cast<int>(state.range(1)));
  auto models = ModelsFor(state, scenario);
  if (!models) return;
  parley::ThreadPool pool(1);
  BareRunsOnDrawnInputs bare(scenario);
  const auto bare_seconds_now = [&] {
    const auto began = std::chrono::steady_clock::now();
    bare.Run(models->front(), kRuns);
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
  };
  double engine_seconds = 0.0, bare_seconds = 0.0;
  std::vector<double> ratios;
  for (auto _ : state) {
    const bool engine_first = ratios.size() % 2 == 0;
    const double bare_before = engine_first ? 0.0 : bare_seconds_now();
    const double engine = AnalysisSeconds(scenario, *models, pool);
    const double bare_time = engine_first ? bare_seconds_now() : bare_before;
    engine_seconds += engine;
    bare_seconds += bare_time;
    ratios.push_back(engine / bare_time);
  }
  const double iterations = static_cast<double>(state.iterations());
  state.counters["engine_ms"] = 1e3 * engine_seconds / iterations;
  state.counters["bare_ms"] = 1e3 * bare_seconds / iterations;
  state.counters["overhead"] = Median(ratios);
  state.counters["overhead_of_sums"] = engine_seconds / bare_seconds;
  state.SetLabel(ModelName(state.range(0)));
}
BENCHMARK(BM_OverheadTakingTurns)
    ->Apply(EveryModelAndSize)
    ->ArgNames({"model", "actors"})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// One issue's summary of 1,000 draws (SummariseIssue: mean, sd, histogram,
// quantiles), on one of 64 sets of draws in turn so that the processor cannot
// learn one set's branches: the part of an analysis that runs on one thread
// after the draws, per model and issue.
void BM_SummariseThousandDraws(benchmark::State& state) {
  parley::Scenario scenario;
  scenario.issues.push_back(parley::Issue{});
  parley::SplitMix64 generator(20231201);
  std::vector<std::vector<parley::DrawOutcome>> sets(64, std::vector<parley::DrawOutcome>(kRuns));
  for (auto& set : sets) {
    for (parley::DrawOutcome& draw : set) {
      draw.outcome = 50.0 + 25.0 * (generator.NextUnit() + generator.NextUnit() - 1.0);
    }
  }
  std::size_t set = 0;
  for (auto _ : state) {
    const parley::DrawColumn column{sets[set].data(), sets[set].size(), 1};
    auto summary = parley::SummariseIssue(scenario, 0, column, nullptr);
    benchmark::DoNotOptimize(summary);
    set = (set + 1) % sets.size();
  }
}
BENCHMARK(BM_SummariseThousandDraws)->Unit(benchmark::kMicrosecond);

// The model alone on the very draws BM_MonteCarlo makes (drawn beforehand,
// outside the timing): BM_MonteCarlo minus this is the engine's own cost
// (drawing, bookkeeping, summaries); drawn scenarios can take more or fewer
// rounds than the point scenario, so BM_BareRuns alone is not the baseline for
// an iterative model.
void BM_BareRunsOnTheSameDraws(benchmark::State& state) {
  const parley::Scenario scenario = GeneratedScenario(static_cast<int>(state.range(1)));
  auto models = ModelsFor(state, scenario);
  if (!models) return;
  std::vector<parley::Scenario> draws;
  for (std::size_t run = 0; run < kRuns; ++run) {
    draws.push_back(parley::DrawScenario(scenario, parley::MonteCarloOptions{}.seed, run));
  }
  for (auto _ : state) {
    for (std::size_t run = 0; run < kRuns; ++run) {
      parley::RunContext context;
      context.seed = parley::ModelSeed(parley::MonteCarloOptions{}.seed, run);
      auto forecast = models->front().Run(draws[run], context);
      benchmark::DoNotOptimize(forecast);
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(kRuns));
  state.SetLabel(ModelName(state.range(0)));
}
BENCHMARK(BM_BareRunsOnTheSameDraws)
    ->Apply(EveryModelAndSize)
    ->ArgNames({"model", "actors"})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// `parley uncertainty lachin-2023 --model weighted_median,compromise,nash,eum,exchange
// --runs 10000`, without the formatting.
void BM_LachinTenThousandDrawsEveryModelButSmp(benchmark::State& state) {
  auto scenario =
      parley::LoadScenario(std::string(PARLEY_SOURCE_DIR) + "/scenarios/lachin-2023.yaml");
  if (!scenario) {
    state.SkipWithError(scenario.error().message.c_str());
    return;
  }
  auto models = parley::ConfigureModels(parley::BuiltinModels(),
                                        "weighted_median,compromise,nash,eum,exchange", *scenario);
  if (!models) {
    state.SkipWithError(models.error().message.c_str());
    return;
  }
  parley::ThreadPool pool(static_cast<int>(state.range(0)));
  parley::MonteCarloOptions options;
  options.runs = 10000;
  for (auto _ : state) {
    auto result = parley::RunMonteCarlo(*scenario, *models, options, &pool);
    benchmark::DoNotOptimize(result);
  }
  state.SetItemsProcessed(state.iterations() * 10000);
}
BENCHMARK(BM_LachinTenThousandDrawsEveryModelButSmp)
    ->Arg(1)
    ->Arg(2)
    ->ArgName("threads")
    ->Iterations(1)
    ->Unit(benchmark::kSecond)
    ->UseRealTime();

}  // namespace

int main(int argc, char** argv) { return parley_bench::RunBenchmarks(argc, argv); }
