// `parley forecast [SCENARIO] [--model NAME|all] [--regime R] [--format table|json|csv|ktab]
//  [--trajectories] [--positions] [--detail] [--runs N]`: the bottom line (docs/bottom-line.md),
//  then each issue's models.
#include <fmt/format.h>

#include "cli/command.h"
#include "cli/conflict_cli.h"
#include "cli/force_cli.h"
#include "cli/forecast_format.h"
#include "cli/model_flags.h"
#include "cli/progress.h"
#include "cli/round_progress.h"
#include "cli/scenario_source.h"
#include "cli/smp_cli.h"
#include "cli/store_cli.h"
#include "parley/bottom_line.h"
#include "parley/forecast_report.h"
#include "parley/monte_carlo.h"
#include "parley/smp.h"
#include "parley/uncertainty.h"

namespace parley::cli {
namespace {

// Draws of the uncertain inputs behind the bottom line's interval of the
// central value: enough for a stable 90% interval, few enough to stay under a
// second on the built-in scenarios, under the master seed of `parley uncertainty`
// (kDefaultSeed).
constexpr std::size_t kBottomLineRuns = 200;

struct ForecastArgs {
  ScenarioSource source;
  std::string format = "table";
  bool show_positions = false;
  bool show_detail = false;
  bool show_trajectories = false;
  std::size_t runs = kBottomLineRuns;  // draws for the bottom line's interval; 0: none
  RegimeFlags regime;                  // --regime and its flags (conflict_cli.h)
  std::string store_path;              // --store: the results store (store_cli.h)
  ModelFlags models;                   // --model and the shared model flags (model_flags.h)
  bool quiet = false;                  // --quiet: no progress line
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

// Every model's point forecast, its rounds on a progress line (a single EUM
// run on thousands of actors takes hours). Under a regime the models run on
// the regime's own tables, so the rounds are not shown there.
Result<ForecastReport> PointForecasts(const ForecastArgs& args, const Scenario& scenario,
                                      const ForecastRequest& request) {
  Progress progress(0, "rounds", args.quiet);
  ForecastRequest watched = request;
  if (!request.regime) watched.context.observer = RoundProgress(progress, scenario, request.models);
  return BuildForecastReport(scenario, watched);
}

// The bottom line, with the interval over `args.runs` draws when the scenario
// has uncertain inputs.
Result<std::vector<IssueBottomLine>> BottomLineFor(const ForecastArgs& args,
                                                   const Scenario& scenario,
                                                   const ForecastRequest& request,
                                                   const ForecastReport& report, ThreadPool* pool,
                                                   std::optional<MonteCarloResult>& drawn) {
  if (args.runs == 0 || ListUncertainInputs(scenario).empty()) {
    return BuildBottomLine(scenario, report);
  }
  MonteCarloOptions options;
  options.runs = args.runs;
  options.seed = args.models.seed.value_or(kDefaultSeed);
  Progress progress(options.runs, "draws", args.quiet);
  options.progress = progress.Callback();
  auto draws = RunMonteCarlo(scenario, request.models, options, pool);
  if (!draws) return tl::unexpected(draws.error());
  drawn = std::move(*draws);
  return BuildBottomLine(scenario, report, &*drawn);
}

// --store: the point forecasts with their rounds and the bottom line's draws.
Status StoreForecast(const ForecastArgs& args, const Scenario& scenario,
                     const ForecastRequest& request, const ForecastReport& report,
                     const std::optional<MonteCarloResult>& drawn) {
  nlohmann::ordered_json settings = {{"model", args.models.model}, {"runs", args.runs}};
  settings.update(RegimeFlagsJson(args.regime));
  StoredRun run = StoredRunFor("forecast", scenario, settings);
  StoreModels(run, request.models);
  StoreForecastReport(run, scenario, report);
  if (drawn) StoreMonteCarlo(run, scenario, *drawn, /*points=*/false);
  run.notes = report.notes;
  if (!report.regime_unavailable.empty()) run.notes.push_back(report.regime_unavailable);
  return WriteStore(args.store_path, run);
}

Result<std::string> RunForecast(const ForecastArgs& args) {
  if (args.format != "table" && args.format != "json" && args.format != "csv" &&
      args.format != "ktab") {
    return InvalidArgument(
        fmt::format("--format '{}' must be table, json, csv or ktab", args.format));
  }
  if (!args.store_path.empty()) {
    if (auto store = CheckStore(args.store_path); !store) return tl::unexpected(store.error());
  }
  auto scenario = LoadScenarioFrom(args.source);
  if (!scenario) return tl::unexpected(scenario.error());
  auto resources = ResourcesFromFlags(args.models);
  if (!resources) return tl::unexpected(resources.error());
  auto request = RequestFor(args, *scenario, **resources);
  if (!request) return tl::unexpected(request.error());
  auto report = PointForecasts(args, *scenario, *request);
  if (!report) return tl::unexpected(report.error());
  const bool regime_report = request->regime && report->regime_unavailable.empty();
  if (args.format == "ktab" || regime_report) {
    if (!args.store_path.empty()) {
      auto stored = StoreForecast(args, *scenario, *request, *report, std::nullopt);
      if (!stored) return tl::unexpected(stored.error());
    }
    if (args.format == "ktab") return KtabText(*report);
    return RegimeReportText(*scenario, *report, *request->regime, args.format);
  }
  std::optional<MonteCarloResult> drawn;
  auto bottom_line =
      BottomLineFor(args, *scenario, *request, *report, (*resources)->pool.get(), drawn);
  if (!bottom_line) return tl::unexpected(bottom_line.error());
  if (!args.store_path.empty()) {
    auto stored = StoreForecast(args, *scenario, *request, *report, drawn);
    if (!stored) return tl::unexpected(stored.error());
  }
  if (args.format == "json") {
    return WithForceJson(*scenario, *report, ForecastJson(*scenario, *report, *bottom_line));
  }
  if (args.format == "csv") return ForecastCsv(*scenario, *report, *bottom_line);
  const ForecastView view{args.show_positions, args.show_detail, args.show_trajectories};
  return ForecastTable(*scenario, *report, *bottom_line, view) +
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
  sub->add_flag("--trajectories", args->show_trajectories,
                "Show each iterative model's forecast round by round");
  sub->add_flag("--positions", args->show_positions,
                "Show the trajectories with every actor's position in each round");
  sub->add_option("--runs", args->runs,
                  "Draws of the uncertain inputs for the bottom line's interval (default 200; "
                  "0: none)")
      ->check(CLI::Range(std::size_t{0}, std::size_t{100000}));
  sub->add_flag("--detail", args->show_detail,
                "Show each model's own detail (SMP turns, the exchanges, ...)");
  AddRegimeFlags(sub, args->regime, /*with_regime=*/true);
  AddStoreOption(sub, args->store_path);
  AddQuietFlag(sub, args->quiet);
  auto output = AddOutputOption(sub);
  return Command{sub, [args] { return RunForecast(*args); }, output};
}

}  // namespace parley::cli
