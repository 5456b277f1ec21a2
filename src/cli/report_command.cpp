// `parley report [SCENARIO] [--model NAME|all] [--runs N] [--seed S] [--focus-model NAME]
//  [--position-sd X --salience-sd X --capability-factor X] [--regime R | --timeline]
//  [--accept-round-cap] -o brief.html`:
// one self-contained HTML brief (docs/report.md). Runs every selected model on
// the point values and over N draws, the regime comparison for each, and the
// sensitivity ranking, tipping points and timeline for the focus model; the
// runner writes the page atomically to -o.
#include <fmt/format.h>

#include "cli/evaluation_flags.h"
#include "cli/model_flags.h"
#include "cli/progress.h"
#include "cli/report_cli.h"
#include "cli/scenario_source.h"
#include "cli/uncertainty_cli.h"

namespace parley::cli {
namespace {

struct ReportArgs {
  ScenarioSource source;
  std::size_t runs = 1000;
  std::string focus_model = "compromise";
  std::string timeline_model = "eum";
  EvaluationFlags evaluation;  // --regime, --timeline, --accept-round-cap (as uncertainty)
  UncertaintyOverrides overrides;
  ModelFlags models;
  bool quiet = false;  // --quiet: no progress line
};

// One model named by `flag`, configured like the others (scenario parameters, --set).
Result<ConfiguredModel> ModelNamed(const ReportArgs& args, const Scenario& scenario,
                                   const std::string& name, std::string_view flag) {
  ModelFlags flags = args.models;
  flags.model = name;
  auto models = ModelsFromFlags(flags, scenario);
  if (!models) return tl::unexpected(models.error());
  if (models->size() != 1) {
    return InvalidArgument(fmt::format("{} takes one model name, not '{}'", flag, name));
  }
  return models->front();
}

Status RunSingleModelSections(const ReportArgs& args, const ConfiguredModel& focus,
                              const Evaluation& evaluation, const RunResources& resources,
                              ReportInputs& report) {
  const Scenario& scenario = report.scenario;
  if (report.uncertainty.inputs.empty()) {
    report.sensitivity_note =
        "No input carries a range and the scenario has no uncertainty section, so there is no "
        "variance to apportion. Give values ranges or pass --position-sd, --salience-sd or "
        "--capability-factor.";
  } else {
    SensitivityOptions options;
    options.base_runs = std::max<std::size_t>(args.runs, 2);
    options.seed = args.models.seed.value_or(kDefaultSeed);
    options.evaluation = evaluation;
    Progress progress(options.base_runs, "sensitivity rows", args.quiet);
    options.progress = progress.Callback();
    auto sensitivity = RunSensitivity(scenario, focus, options, resources.pool.get());
    if (!sensitivity) return tl::unexpected(sensitivity.error());
    report.sensitivity = std::move(*sensitivity);
  }
  TippingOptions tipping;
  tipping.evaluation = evaluation;
  Progress progress(0, "tipping searches", args.quiet);
  tipping.progress = [&progress](std::size_t done, std::size_t total) {
    progress.Update(done, total);
  };
  auto points =
      FindTippingPoints(scenario, focus, tipping, resources.context, resources.pool.get());
  if (!points) return tl::unexpected(points.error());
  report.tipping = std::move(*points);
  if (!scenario.timeline.IsEmpty()) {
    auto model = ModelNamed(args, scenario, args.timeline_model, "--timeline-model");
    if (!model) return tl::unexpected(model.error());
    report.timeline_model = model->name();
    SimulationOptions options;
    options.model = *model;
    options.context = resources.context;
    auto trajectory = SimulateTimeline(scenario, options);
    if (trajectory) {
      report.timeline = std::move(*trajectory);
    } else {
      report.timeline_note = "The timeline could not run: " + trajectory.error().message;
    }
  }
  return Ok();
}

Result<std::string> RunReport(const ReportArgs& args) {
  auto scenario = LoadUncertainScenario(args.source, args.overrides);
  if (!scenario) return tl::unexpected(scenario.error());
  auto models = ModelsFromFlags(args.models, *scenario);
  if (!models) return tl::unexpected(models.error());
  auto focus = ModelNamed(args, *scenario, args.focus_model, "--focus-model");
  if (!focus) return tl::unexpected(focus.error());
  auto resources = ResourcesFromFlags(args.models);
  if (!resources) return tl::unexpected(resources.error());
  std::vector<std::string> notes;
  auto evaluation = EvaluationFromFlags(*scenario, args.evaluation, notes);
  if (!evaluation) return tl::unexpected(evaluation.error());
  ReportInputs report;
  report.scenario = std::move(*scenario);
  report.focus_model = focus->name();
  for (const ConfiguredModel& model : *models) {
    auto forecast = model.Run(report.scenario, (*resources)->context);
    if (!forecast) return tl::unexpected(forecast.error());
    report.forecasts.push_back(std::move(*forecast));
    auto comparison = CompareRegimes(report.scenario, evaluation->regime_settings,
                                     TableModel(model, (*resources)->context));
    if (!comparison) return tl::unexpected(comparison.error());
    report.regimes.emplace_back(model.name(), std::move(*comparison));
  }
  MonteCarloOptions options;
  options.runs = args.runs;
  options.seed = args.models.seed.value_or(kDefaultSeed);
  options.accept_round_cap = evaluation->accept_round_cap;
  options.regime = evaluation->regime;
  options.regime_settings = evaluation->regime_settings;
  options.timeline = evaluation->timeline;
  options.force = ForceOptions{};  // the force section's probability of imposition
  Progress progress(options.runs, "draws", args.quiet);
  options.progress = progress.Callback();
  auto uncertainty = RunMonteCarlo(report.scenario, *models, options, (*resources)->pool.get());
  if (!uncertainty) return tl::unexpected(uncertainty.error());
  report.uncertainty = std::move(*uncertainty);
  // What each draw ran, then why a regime was dropped: under the bottom line.
  if (std::string line = EvaluationLine(*evaluation); !line.empty()) {
    notes.insert(notes.begin(), line.substr(0, line.size() - 1));
  }
  report.uncertainty.notes.insert(report.uncertainty.notes.begin(), notes.begin(), notes.end());
  if (Status done = RunSingleModelSections(args, *focus, *evaluation, **resources, report); !done) {
    return tl::unexpected(done.error());
  }
  return ReportHtml(report);
}

}  // namespace

Command RegisterReportCommand(CLI::App& app, const ModelRegistry& models) {
  auto args = std::make_shared<ReportArgs>();
  CLI::App* sub = app.add_subcommand(
      "report",
      "Write a self-contained HTML brief: bottom line, charts of every model's forecast with "
      "its uncertainty, regimes, sensitivity, tipping points, timeline and sources");
  AddScenarioArgument(sub, args->source, /*required=*/false);
  AddModelFlags(sub, args->models, models, "all");
  sub->add_option("--runs", args->runs,
                  "Monte Carlo draws, and sensitivity base rows, 1-10000000 (default 1000)");
  sub->add_option("--focus-model", args->focus_model,
                  "The model of the sensitivity and tipping sections (default compromise)");
  sub->add_option("--timeline-model", args->timeline_model,
                  "The model that runs the scenario's timeline, if it has one (default eum, as "
                  "`parley simulate`)");
  AddUncertaintyFlags(sub, args->overrides);
  AddEvaluationFlags(sub, args->evaluation);
  AddQuietFlag(sub, args->quiet);
  auto output = AddOutputOption(sub);
  return Command{sub, [args] { return RunReport(*args); }, output};
}

}  // namespace parley::cli
