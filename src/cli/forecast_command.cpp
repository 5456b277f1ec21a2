// `parley forecast [SCENARIO] [--model NAME|all] [--regime R] [--format table|json|csv|ktab]`
#include <fmt/format.h>

#include "cli/command.h"
#include "cli/conflict_cli.h"
#include "cli/force_cli.h"
#include "cli/forecast_format.h"
#include "cli/model_flags.h"
#include "cli/scenario_source.h"
#include "cli/smp_cli.h"
#include "parley/forecast_report.h"
#include "parley/smp.h"

namespace parley::cli {
namespace {

struct ForecastArgs {
  ScenarioSource source;
  std::string format = "table";
  bool show_positions = false;
  bool show_detail = false;
  RegimeFlags regime;  // --regime and its flags (conflict_cli.h)
  ModelFlags models;   // --model and the shared model flags (model_flags.h)
};

// `--format ktab`: KTAB's own summary of one SMP negotiation.
Result<std::string> KtabText(const ForecastReport& report) {
  if (report.models.size() != 1 || report.models[0].forecast.model != "smp") {
    return InvalidArgument("--format ktab needs --model smp alone");
  }
  const ScenarioForecast& forecast = report.models[0].forecast;
  const SmpDetail* detail = DetailData<SmpDetail>(forecast.detail);
  if (detail == nullptr || detail->size() != 1) {
    return InvalidArgument(
        fmt::format("--format ktab needs exactly one SMP negotiation (issue group){}",
                    forecast.skipped.empty() ? "" : ": " + forecast.skipped.front().reason));
  }
  return SmpKtab(detail->front().problem, detail->front().options, detail->front().run);
}

Result<ForecastRequest> RequestFor(const ForecastArgs& args, const Scenario& scenario,
                                   const RunResources& resources) {
  ForecastRequest request;
  auto models = ModelsFromFlags(args.models, scenario);
  if (!models) return tl::unexpected(models.error());
  request.models = std::move(*models);
  request.context = resources.context;
  if (!args.regime.regime.empty()) {
    auto regime = RegimeKindFromString(args.regime.regime);
    if (!regime) return tl::unexpected(regime.error());
    request.regime = *regime;
    auto settings = MergeRegimeFlags(scenario.regimes, args.regime);
    if (!settings) return tl::unexpected(settings.error());
    request.regime_settings = std::move(*settings);
  }
  return request;
}

Result<std::string> RunForecast(const ForecastArgs& args) {
  if (args.format != "table" && args.format != "json" && args.format != "csv" &&
      args.format != "ktab") {
    return InvalidArgument(
        fmt::format("--format '{}' must be table, json, csv or ktab", args.format));
  }
  auto scenario = LoadScenarioFrom(args.source);
  if (!scenario) return tl::unexpected(scenario.error());
  auto resources = ResourcesFromFlags(args.models);
  if (!resources) return tl::unexpected(resources.error());
  auto request = RequestFor(args, *scenario, **resources);
  if (!request) return tl::unexpected(request.error());
  auto report = BuildForecastReport(*scenario, *request);
  if (!report) return tl::unexpected(report.error());
  if (args.format == "ktab") return KtabText(*report);
  if (request->regime && report->regime_unavailable.empty()) {
    return RegimeReportText(*scenario, *report, *request->regime, args.format);
  }
  if (args.format == "json") {
    return WithForceJson(*scenario, *report, ForecastJson(*scenario, *report));
  }
  if (args.format == "csv") return ForecastCsv(*scenario, *report);
  return ForecastTable(*scenario, *report, ForecastView{args.show_positions, args.show_detail}) +
         RedLinesSection(*scenario, *report) + ForceForecastSection(*scenario, *report);
}

}  // namespace

Command RegisterForecastCommand(CLI::App& app, const ModelRegistry& models) {
  auto args = std::make_shared<ForecastArgs>();
  CLI::App* sub = app.add_subcommand(
      "forecast", "Forecast every issue of a scenario (default: the built-in Lachin 2023 case)");
  AddScenarioArgument(sub, args->source, /*required=*/false);
  AddModelFlags(sub, args->models, models, "all");
  sub->add_option("-f,--format", args->format,
                  "table, json or csv (default table); ktab for --model smp: KTAB's summary");
  sub->add_flag("--positions", args->show_positions,
                "Show every actor's position in each round of the trajectory");
  sub->add_flag("--detail", args->show_detail,
                "Show each model's own detail (SMP turns, the exchanges, ...)");
  AddRegimeFlags(sub, args->regime, /*with_regime=*/true);
  auto output = AddOutputOption(sub);
  return Command{sub, [args] { return RunForecast(*args); }, output};
}

}  // namespace parley::cli
