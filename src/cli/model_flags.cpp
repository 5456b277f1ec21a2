// The shared model flags (model_flags.h).
#include "cli/model_flags.h"

#include <fmt/format.h>

#include "cli/cost_warning.h"

namespace parley::cli {
namespace {

constexpr const char* kGroup = "Models";

// Every iterative model the flags select gets the round cap.
Status AddRounds(const ModelFlags& flags, ModelSettings& settings) {
  if (!flags.rounds) return Ok();
  auto specs = flags.registry->Select(flags.model);
  if (!specs) return tl::unexpected(specs.error());
  for (const auto& spec : *specs) {
    if (spec->rounds_option.empty()) continue;
    settings[spec->name + "." + spec->rounds_option] = std::to_string(*flags.rounds);
  }
  return Ok();
}

}  // namespace

void AddModelFlags(CLI::App* app, ModelFlags& flags, const ModelRegistry& registry,
                   const std::string& default_model) {
  flags.registry = &registry;
  flags.model = default_model;
  app->add_option("-m,--model", flags.model,
                  fmt::format("{}, all, or a comma-separated list (default {})", registry.Names(),
                              default_model))
      ->group(kGroup);
  app->add_option("--set", flags.settings,
                  "MODEL.OPTION=VALUE: any model option, e.g. eum.max_rounds=20 (repeatable; "
                  "'parley models' lists every option)")
      ->group(kGroup);
  app->add_option("-r,--rounds", flags.rounds,
                  "Round cap of every iterative model selected (eum.max_rounds, smp.max_turns, "
                  "exchange.max_rounds); default each model's own")
      ->check(CLI::Range(1, 10000))
      ->group(kGroup);
  app->add_option("--eum-preset", flags.eum_preset, "eum.preset: scholz_code (default) or paper")
      ->group(kGroup);
  app->add_option("--eum-q", flags.eum_q, "eum.q: probability the target stays put (default 1)")
      ->group(kGroup);
  app->add_option("--eum-stop", flags.eum_stop, "eum.stop_rule: fixed (default) or median-stable")
      ->group(kGroup);
  app->add_option("--nash-utility", flags.nash_utility,
                  "nash.utility: linear (default) or quadratic")
      ->group(kGroup);
  app->add_option("--exchange-rounds", flags.exchange_rounds, "exchange.max_rounds")->group(kGroup);
  app->add_option("--seed", flags.seed,
                  "Seed of every stochastic choice (default: the scenario's, else each model's)")
      ->check(SeedValidator())
      ->group(kGroup);
  app->add_option("--threads", flags.threads,
                  "Worker threads, 1-256 (default 1; results do not depend on it)")
      ->check(CLI::Range(1, 256))
      ->group(kGroup);
  AddSmpFlags(app, flags.smp);
}

Result<ModelSettings> SettingsFromFlags(const ModelFlags& flags) {
  ModelSettings settings;
  if (auto s = AddRounds(flags, settings); !s) return tl::unexpected(s.error());
  if (flags.eum_preset) settings["eum.preset"] = *flags.eum_preset;
  if (flags.eum_q) settings["eum.q"] = fmt::format("{}", *flags.eum_q);
  if (flags.eum_stop) settings["eum.stop_rule"] = *flags.eum_stop;
  if (flags.nash_utility) settings["nash.utility"] = *flags.nash_utility;
  if (flags.exchange_rounds)
    settings["exchange.max_rounds"] = std::to_string(*flags.exchange_rounds);
  for (const auto& [key, value] : SmpSettings(flags.smp)) settings[key] = value;
  for (const std::string& setting : flags.settings) {
    const std::size_t equals = setting.find('=');
    const std::size_t dot = setting.find('.');
    if (equals == std::string::npos || dot == std::string::npos || dot > equals || dot == 0) {
      return InvalidArgument(fmt::format("--set '{}' must be MODEL.OPTION=VALUE", setting));
    }
    const std::string model = setting.substr(0, dot);
    if (!flags.registry->Find(model)) {
      return InvalidArgument(fmt::format("--set '{}': unknown model '{}' (allowed: {})", setting,
                                         model, flags.registry->Names()));
    }
    settings[setting.substr(0, equals)] = setting.substr(equals + 1);
  }
  return settings;
}

Result<std::vector<ConfiguredModel>> ModelsFromFlags(const ModelFlags& flags,
                                                     const Scenario& scenario) {
  auto settings = SettingsFromFlags(flags);
  if (!settings) return tl::unexpected(settings.error());
  auto models = ConfigureModels(*flags.registry, flags.model, scenario, *settings);
  if (!models && models.error().code == ErrorCode::kNotFound) {
    return InvalidArgument(models.error().message);  // a wrong --model is a usage error
  }
  if (models) WarnAboutLongRuns(*models, scenario);
  return models;
}

Result<std::unique_ptr<RunResources>> ResourcesFromFlags(const ModelFlags& flags) {
  auto resources = std::make_unique<RunResources>();
  const int threads = std::max(flags.threads, flags.smp.threads);
  if (threads > 1) {
    resources->pool = std::make_unique<ThreadPool>(threads);
    resources->context.pool = resources->pool.get();
  }
  resources->context.seed = flags.seed;
  return resources;
}

}  // namespace parley::cli
