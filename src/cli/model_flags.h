// Internal: the model flags every command that runs models shares, so each
// accepts the same names (the registry's, and `all`), settings and seeds.
//   -m, --model NAME|all|A,B   which models (the registry's names)
//   --set MODEL.OPTION=VALUE   any option of any model (repeatable); `parley models` lists them
//   -r, --rounds N             the round cap of every iterative model selected
//   --eum-*, --nash-utility, --smp-*, --exchange-rounds   shorthands for common settings
//   --seed S, --threads T      the run's seed and worker threads
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/smp_cli.h"
#include "parley/model.h"
#include "parley/thread_pool.h"

namespace parley::cli {

// The seed of drawn runs when --seed is not given (MonteCarloOptions' default);
// every command that draws prints it with its results.
inline constexpr std::uint64_t kDefaultSeed = 20231201;

struct ModelFlags {
  const ModelRegistry* registry = nullptr;
  std::string model;
  std::vector<std::string> settings;  // "MODEL.OPTION=VALUE"
  std::optional<int> rounds;
  std::optional<std::string> eum_preset;
  std::optional<double> eum_q;
  std::optional<std::string> eum_stop;
  std::optional<std::string> nash_utility;
  std::optional<int> exchange_rounds;
  SmpCliFlags smp;
  std::optional<std::uint64_t> seed;
  int threads = 1;
};

// Adds the flags. `default_model` is what --model means when not given.
void AddModelFlags(CLI::App* app, ModelFlags& flags, const ModelRegistry& registry,
                   const std::string& default_model);

// The settings the flags give, "MODEL.OPTION" -> value (the --set ones last).
Result<ModelSettings> SettingsFromFlags(const ModelFlags& flags);

// The selected models, configured with the scenario's parameters and the flags.
Result<std::vector<ConfiguredModel>> ModelsFromFlags(const ModelFlags& flags,
                                                     const Scenario& scenario);

// A run context with the flags' seed and, for --threads > 1, a pool it owns.
struct RunResources {
  std::unique_ptr<ThreadPool> pool;
  RunContext context;
};
Result<std::unique_ptr<RunResources>> ResourcesFromFlags(const ModelFlags& flags);

}  // namespace parley::cli
