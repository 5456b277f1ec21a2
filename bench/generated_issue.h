// Benchmark helpers shared by uncertainty_bench.cpp and two_threads_bench.cpp:
// the generated issues every engine benchmark runs on, the models by index,
// the model x size grid, and one timed analysis.
#pragma once

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/process_memory.h"
#include "parley/model.h"
#include "parley/monte_carlo.h"
#include "parley/scenario.h"
#include "parley/thread_pool.h"
#include "parley/uncertainty.h"

namespace parley_bench {

// Draws per benchmark iteration: an analysis of the size `parley uncertainty`
// runs by default.
inline constexpr std::size_t kRuns = 1000;

// n actors on one 0-100 issue from SplitMix64(20231201): capability in
// [10, 200] with a triangular range +-30%, position uniform with a triangular
// range +-10 (clipped to the scale), salience in [0.2, 1].
inline parley::Scenario GeneratedScenario(int actors) {
  parley::SplitMix64 generator(20231201);
  parley::Scenario scenario;
  scenario.id = "generated";
  scenario.issues.push_back(parley::Issue{});
  scenario.issues[0].id = "issue";
  for (int i = 0; i < actors; ++i) {
    parley::Actor actor;
    actor.id = "A" + std::to_string(i);
    actor.capability = 10.0 + 190.0 * generator.NextUnit();
    actor.capability_range = parley::ValueRange{
        parley::Distribution::kTriangular, 0.7 * actor.capability, 1.3 * actor.capability, 0.0};
    scenario.actors.push_back(actor);
    parley::Stance stance;
    stance.actor = static_cast<std::size_t>(i);
    stance.issue = 0;
    stance.position = 100.0 * generator.NextUnit();
    stance.salience = 0.2 + 0.8 * generator.NextUnit();
    stance.position_range =
        parley::ValueRange{parley::Distribution::kTriangular, std::max(0.0, stance.position - 10),
                           std::min(100.0, stance.position + 10), 0.0};
    scenario.stances.push_back(stance);
  }
  return scenario;
}

inline constexpr const char* kModels[] = {"compromise", "weighted_median", "nash", "eum"};

inline const char* ModelName(int64_t index) { return kModels[index]; }

// Every model at 10, 40 and 160 actors but eum at 160.
inline void EveryModelAndSize(benchmark::internal::Benchmark* benchmark) {
  for (int64_t model = 0; model < 4; ++model) {
    for (int64_t actors : {10, 40, 160}) {
      if (model != 3 || actors != 160) benchmark->Args({model, actors});
    }
  }
}

// The model that range(0) names, configured for `scenario`; none (and the
// benchmark skipped with the reason) when it cannot be configured.
inline std::optional<std::vector<parley::ConfiguredModel>> ModelsFor(
    benchmark::State& state, const parley::Scenario& scenario) {
  auto models =
      parley::ConfigureModels(parley::BuiltinModels(), ModelName(state.range(0)), scenario);
  if (!models) {
    state.SkipWithError(models.error().message.c_str());
    return std::nullopt;
  }
  return std::move(*models);
}

// The median of `values` (the mean of the middle two when their number is
// even); 0 when there are none. Counters take the median of per-iteration
// ratios: one iteration that the host interrupts moves a ratio of sums, not
// the median.
inline double Median(std::vector<double> values) {
  if (values.empty()) return 0.0;
  const std::size_t middle = values.size() / 2;
  std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(middle),
                   values.end());
  const double upper = values[middle];
  if (values.size() % 2 == 1) return upper;
  return (*std::max_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(middle)) +
          upper) /
         2.0;
}

// Seconds of one analysis of kRuns draws on `pool`.
inline double AnalysisSeconds(const parley::Scenario& scenario,
                              const std::vector<parley::ConfiguredModel>& models,
                              parley::ThreadPool& pool) {
  parley::MonteCarloOptions options;
  options.runs = kRuns;
  const auto began = std::chrono::steady_clock::now();
  auto result = parley::RunMonteCarlo(scenario, models, options, &pool);
  benchmark::DoNotOptimize(result);
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
}

// The benchmarks' main: in a process that keeps the memory it frees, as the
// parley command line's does (cli/process_memory.h), unless the first
// argument is --glibc_malloc_defaults (then glibc's own settings, which hand
// freed memory back to the kernel between analyses).
inline int RunBenchmarks(int argc, char** argv) {
  if (argc > 1 && std::string_view(argv[1]) == "--glibc_malloc_defaults") {
    argv[1] = argv[0];
    ++argv;
    --argc;
  } else {
    parley::cli::KeepFreedMemory();
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

}  // namespace parley_bench
