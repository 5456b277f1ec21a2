// `parley forecast [SCENARIO] [--model NAME|all] [--rounds N] [--format ...]`
#include <fmt/format.h>

#include "cli/command.h"
#include "cli/conflict_cli.h"
#include "cli/forecast_format.h"
#include "cli/scenario_source.h"
#include "cli/smp_cli.h"
#include "parley/models.h"

namespace parley::cli {
namespace {

struct ForecastRequest {
  ScenarioSource source;
  std::string model = "all";
  int rounds = 10;
  std::string format = "table";
  std::string eum_preset = "scholz_code";
  double eum_q = 1.0;
  std::string eum_stop = "fixed";
  std::string nash_utility = "linear";
  bool show_positions = false;
  RegimeFlags regime;  // --regime and its flags (conflict_cli.h)
  SmpCliFlags smp;     // --smp-* flags for --model smp (smp_cli.h)
};

Result<ModelOptions> OptionsFor(const ForecastRequest& request) {
  ModelOptions options;
  auto preset = EumPresetFromString(request.eum_preset);
  if (!preset) return tl::unexpected(preset.error());
  options.eum.preset = *preset;
  options.eum.max_rounds = request.rounds;
  options.eum.q = request.eum_q;
  if (request.eum_stop == "median-stable") {
    options.eum.stop_rule = EumStopRule::kMedianStable;
  } else if (request.eum_stop != "fixed") {
    return InvalidArgument(
        fmt::format("--eum-stop '{}' must be fixed or median-stable", request.eum_stop));
  }
  if (auto s = ValidateEumOptions(options.eum); !s) {
    return InvalidArgument(s.error().message);
  }
  if (request.nash_utility == "quadratic") {
    options.nash.utility = NashUtility::kQuadratic;
  } else if (request.nash_utility != "linear") {
    return InvalidArgument(
        fmt::format("--nash-utility '{}' must be linear or quadratic", request.nash_utility));
  }
  return options;
}

Result<std::string> RunForecast(const ForecastRequest& request) {
  if (request.model == "smp") {  // KTAB's multi-dimensional SMP (smp_cli.h)
    auto scenario = LoadScenarioFrom(request.source);
    if (!scenario) return tl::unexpected(scenario.error());
    return RunSmpForecast(*scenario, request.smp, request.format);
  }
  if (request.format != "table" && request.format != "json" && request.format != "csv") {
    return InvalidArgument(fmt::format("--format '{}' must be table, json or csv", request.format));
  }
  auto options = OptionsFor(request);
  if (!options) return tl::unexpected(options.error());
  auto kinds = ModelKindsFromString(request.model);
  if (!kinds) return tl::unexpected(kinds.error());
  auto scenario = LoadScenarioFrom(request.source);
  if (!scenario) return tl::unexpected(scenario.error());
  if (!request.regime.regime.empty()) {
    return ForecastUnderRegime(*scenario, *kinds, *options, request.regime, request.format);
  }
  auto result = ForecastScenario(*scenario, *kinds, *options);
  if (!result) return tl::unexpected(result.error());
  const std::vector<ScenarioForecast>& forecasts = *result;
  if (request.format == "json") {
    return WithRedLinesJson(ForecastJson(*scenario, forecasts), *scenario, forecasts);
  }
  if (request.format == "csv") return ForecastCsv(*scenario, forecasts);
  return ForecastTable(*scenario, forecasts, ForecastView{request.show_positions}) +
         RedLinesSection(*scenario, forecasts);
}

}  // namespace

Command RegisterForecastCommand(CLI::App& app) {
  auto request = std::make_shared<ForecastRequest>();
  CLI::App* sub = app.add_subcommand(
      "forecast", "Forecast every issue of a scenario (default: the built-in Lachin 2023 case)");
  AddScenarioArgument(sub, request->source, /*required=*/false);
  sub->add_option("-m,--model", request->model,
                  "weighted_median, compromise, nash, eum, smp, or all (default all; all "
                  "runs the one-dimensional models)");
  sub->add_option("-r,--rounds", request->rounds, "EUM round cap (default 10)")
      ->check(CLI::Range(1, 10000));
  sub->add_option("-f,--format", request->format,
                  "table, json or csv (default table); ktab too for --model smp");
  sub->add_option("--eum-preset", request->eum_preset, "scholz_code (default) or paper");
  sub->add_option("--eum-q", request->eum_q, "EUM Q, probability the target stays put (default 1)");
  sub->add_option("--eum-stop", request->eum_stop, "fixed (default) or median-stable");
  sub->add_option("--nash-utility", request->nash_utility, "linear (default) or quadratic");
  sub->add_flag("--positions", request->show_positions,
                "Show every actor's position in each round of the trajectory");
  AddRegimeFlags(sub, request->regime, /*with_regime=*/true);
  AddSmpFlags(sub, request->smp);
  auto output = AddOutputOption(sub);
  return Command{sub, [request] { return RunForecast(*request); }, output};
}

}  // namespace parley::cli
