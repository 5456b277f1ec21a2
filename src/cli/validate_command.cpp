// `parley validate DATASET [--model NAME|all] [--runs N] [--seed S] [--threads T]
//  [--position-sd X --salience-sd X --capability-factor X] [--per-issue FILE]
//  [--capability gdp|council|equal]`:
// backtest against real outcomes, point and (with --runs) probabilistic scores.
#include <fmt/format.h>

#include "cli/cluster.h"
#include "cli/command.h"
#include "cli/model_flags.h"
#include "cli/progress.h"
#include "cli/run_flags.h"
#include "cli/scenario_source.h"
#include "cli/store_cli.h"
#include "cli/uncertainty_cli.h"
#include "cli/validate_format.h"
#include "parley/council_weights.h"
#include "parley/io.h"
#include "parley/validation.h"

namespace parley::cli {
namespace {

struct ValidateRequest {
  ScenarioSource source;
  ModelFlags models;  // model_flags.h
  std::string format = "table";
  std::size_t runs = 0;
  std::string per_issue_path;
  std::string store_path;  // --store (store_cli.h)
  UncertaintyOverrides overrides;
  RunFlags run;  // --checkpoint, --resume
  std::string capability = "gdp";
  bool quiet = false;  // --quiet: no progress line
};

// The capability note printed under the tables, for --capability other than gdp.
std::string CapabilityNote(CapabilitySource source) {
  if (source == CapabilitySource::kEqual) return "capability: equal (every actor 1)";
  return "capability: council (member states: the Council voting weights on 1 January of the "
         "year after each proposal's, or at the latest accession among its states; com and ep: "
         "the file's; docs/validation.md)";
}

// --store: each predictor's forecast per issue, the observed outcomes, the scores.
Status StoreValidation(const ValidateRequest& request, const Scenario& scenario,
                       const BacktestOptions& options, const BacktestResult& result) {
  nlohmann::ordered_json settings = {{"model", request.models.model}, {"runs", request.runs}};
  settings.update(OverridesJson(request.overrides));
  settings["capability"] = request.capability;
  StoredRun run = StoredRunFor("validate", scenario, settings);
  StoreModels(run, options.models);
  StoreBacktest(run, result);
  if (options.runs > 0) {
    run.seed = options.seed;
    run.draws = options.runs;
  }
  return WriteStore(request.store_path, run);
}

Result<std::string> RunValidate(const ValidateRequest& request, const CLI::App& command) {
  if (auto s = CheckTableOrJsonFormat(request.format); !s) return tl::unexpected(s.error());
  if (request.runs > 100000) {
    return InvalidArgument(fmt::format("--runs {} outside [0, 100000]", request.runs));
  }
  auto capability = CapabilitySourceFromString(request.capability);
  if (!capability) return tl::unexpected(capability.error());
  auto loaded = LoadUncertainScenario(request.source, request.overrides);
  if (!loaded) return tl::unexpected(loaded.error());
  auto scenario = WithCapability(*loaded, *capability);
  if (!scenario) return tl::unexpected(scenario.error());
  BacktestOptions options;
  // A backtest of "all" scores the ensembles too: they are what the models
  // are judged against (the other commands leave them out of "all").
  ModelFlags flags = request.models;
  if (flags.model == "all") flags.model = flags.registry->Names();
  auto models = ModelsFromFlags(flags, *scenario);
  if (!models) return tl::unexpected(models.error());
  options.models = std::move(*models);
  auto resources = ResourcesFromFlags(request.models);
  if (!resources) return tl::unexpected(resources.error());
  options.context = (*resources)->context;
  options.pool = (*resources)->pool.get();
  options.runs = request.runs;
  options.seed = request.models.seed.value_or(kDefaultSeed);
  if (!request.store_path.empty()) {
    if (auto store = CheckStore(request.store_path); !store) return tl::unexpected(store.error());
  }
  Progress progress(0, "draws", request.quiet);
  options.progress = [&progress](std::size_t done, std::size_t total) {
    progress.Update(done, total);
  };
  auto execution = ExecutionFromFlags(request.run, command, *scenario);
  if (!execution) return tl::unexpected(execution.error());
  options.executor = (*execution)->executor;
  auto result = RunBacktest(*scenario, options);
  if (!result) return tl::unexpected(result.error());
  if (*capability != CapabilitySource::kFile) result->notes.push_back(CapabilityNote(*capability));
  if (!request.store_path.empty()) {
    auto stored = StoreValidation(request, *scenario, options, *result);
    if (!stored) return tl::unexpected(stored.error());
  }
  if (!request.per_issue_path.empty() && WritesOutput()) {
    auto written = WriteTextFileAtomically(request.per_issue_path, PerIssueCsv(*result));
    if (!written) return tl::unexpected(written.error());
  }
  return request.format == "json" ? ValidateJson(*scenario, options, *result)
                                  : ValidateTable(*scenario, options, *result);
}

}  // namespace

Command RegisterValidateCommand(CLI::App& app, const ModelRegistry& models) {
  auto request = std::make_shared<ValidateRequest>();
  CLI::App* sub = app.add_subcommand(
      "validate",
      "Backtest models on issues with real outcomes (e.g. the DEU CSV) against baselines");
  AddScenarioArgument(sub, request->source, /*required=*/true);
  AddModelFlags(sub, request->models, models, "all");
  sub->add_option("-f,--format", request->format, "table or json (default table)");
  sub->add_option("--runs", request->runs,
                  "Monte Carlo draws per model for CRPS, interval coverage and PIT (default 0: "
                  "point scores only)");
  AddUncertaintyFlags(sub, request->overrides);
  sub->add_option("--capability", request->capability,
                  "Actors' capability: gdp (the file's own, default), council (DEU: the Council "
                  "voting weights of the time of each proposal), equal (all 1)");
  sub->add_option("--per-issue", request->per_issue_path,
                  "Write each issue's forecast, intervals and outcome per predictor to FILE (CSV)");
  AddRunFlags(sub, request->run);
  AddStoreOption(sub, request->store_path);
  AddQuietFlag(sub, request->quiet);
  auto output = AddOutputOption(sub);
  return Command{sub, [request, sub] { return RunValidate(*request, *sub); }, output};
}

}  // namespace parley::cli
