// `parley uncertainty [SCENARIO] --model NAME|all [--runs N] [--seed S] [--threads T]
//  [--position-sd X --salience-sd X --capability-factor X] [--format table|json|csv]
//  [--regime R | --timeline] [--decisiveness M --cost C] [--draws FILE] [--quiet] [-o FILE]`
#include <fmt/format.h>

#include "cli/cluster.h"
#include "cli/evaluation_flags.h"
#include "cli/force_cli.h"
#include "cli/interrupt.h"
#include "cli/model_flags.h"
#include "cli/progress.h"
#include "cli/run_flags.h"
#include "cli/scenario_source.h"
#include "cli/store_cli.h"
#include "cli/uncertainty_cli.h"
#include "parley/io.h"

namespace parley::cli {
namespace {

struct UncertaintyArgs {
  ScenarioSource source;
  std::string format = "table";
  std::size_t runs = 1000;
  std::string draws_path;
  std::string store_path;
  bool quiet = false;
  UncertaintyOverrides overrides;
  EvaluationFlags evaluation;  // --regime, --timeline, --accept-round-cap
  ForceFlags force;            // --decisiveness, --cost, --discount
  ModelFlags models;
  RunFlags run;  // --checkpoint, --resume
};

Result<std::string> RunUncertainty(const UncertaintyArgs& args, const CLI::App& command) {
  if (args.format != "table" && args.format != "json" && args.format != "csv") {
    return InvalidArgument(fmt::format("--format '{}' must be table, json or csv", args.format));
  }
  auto scenario = LoadUncertainScenario(args.source, args.overrides);
  if (!scenario) return tl::unexpected(scenario.error());
  auto models = ModelsFromFlags(args.models, *scenario);
  if (!models) return tl::unexpected(models.error());
  auto resources = ResourcesFromFlags(args.models);
  if (!resources) return tl::unexpected(resources.error());
  if (!args.store_path.empty()) {
    if (auto store = CheckStore(args.store_path); !store) return tl::unexpected(store.error());
  }
  Progress progress(args.runs, "draws", args.quiet);
  MonteCarloOptions options;
  options.runs = args.runs;
  options.seed = args.models.seed.value_or(kDefaultSeed);
  std::vector<std::string> notes;
  auto evaluation = EvaluationFromFlags(*scenario, args.evaluation, notes);
  if (!evaluation) return tl::unexpected(evaluation.error());
  options.accept_round_cap = evaluation->accept_round_cap;
  options.regime = evaluation->regime;
  options.regime_settings = evaluation->regime_settings;
  options.timeline = evaluation->timeline;
  options.force = args.force.options;  // judged when some actor has a military strength
  options.stop = WatchInterrupts();
  options.progress = progress.Callback();
  auto execution = ExecutionFromFlags(args.run, command, *scenario);
  if (!execution) return tl::unexpected(execution.error());
  options.executor = (*execution)->executor;
  auto result = RunMonteCarlo(*scenario, *models, options, (*resources)->pool.get());
  if (!result) return tl::unexpected(result.error());
  result->notes.insert(result->notes.begin(), notes.begin(), notes.end());
  if (!args.store_path.empty()) {
    nlohmann::ordered_json settings = {{"model", args.models.model}, {"runs", args.runs}};
    settings.update(EvaluationFlagsJson(args.evaluation));
    settings.update(OverridesJson(args.overrides));
    StoredRun run = StoredRunFor("uncertainty", *scenario, settings);
    StoreModels(run, *models);
    StoreMonteCarlo(run, *scenario, *result);
    run.notes = result->notes;
    if (auto stored = WriteStore(args.store_path, run); !stored) {
      return tl::unexpected(stored.error());
    }
  }
  if (!args.draws_path.empty() && WritesOutput()) {
    std::vector<std::string> names;
    for (const ConfiguredModel& model : *models) names.push_back(model.name());
    auto written = WriteTextFileAtomically(args.draws_path, DrawsCsv(*scenario, *result, names));
    if (!written) return tl::unexpected(written.error());
  }
  if (args.format == "json") return UncertaintyJson(*scenario, *result);
  if (args.format == "csv") return UncertaintyCsv(*scenario, *result);
  return UncertaintyTable(*scenario, *result);
}

}  // namespace

Command RegisterUncertaintyCommand(CLI::App& app, const ModelRegistry& models) {
  auto args = std::make_shared<UncertaintyArgs>();
  CLI::App* sub = app.add_subcommand(
      "uncertainty",
      "Monte Carlo over the scenario's ranges: where each model's outcome lands, how often it "
      "crosses a red line");
  AddScenarioArgument(sub, args->source, /*required=*/false);
  AddModelFlags(sub, args->models, models, "all");
  sub->add_option("--runs", args->runs, "Draws, 1-10000000 (default 1000)");
  AddUncertaintyFlags(sub, args->overrides);
  sub->add_option("-f,--format", args->format, "table, json or csv (default table)");
  AddEvaluationFlags(sub, args->evaluation);
  AddForceFlags(sub, args->force);
  sub->add_option("--draws", args->draws_path,
                  "Write every draw's inputs and outcomes to FILE as CSV");
  AddStoreOption(sub, args->store_path);
  AddQuietFlag(sub, args->quiet);
  AddRunFlags(sub, args->run);
  auto output = AddOutputOption(sub);
  return Command{sub, [args, sub] { return RunUncertainty(*args, *sub); }, output};
}

}  // namespace parley::cli
