// `parley sensitivity [SCENARIO] --model NAME [--runs N] [--seed S] [--top K]
//  [--regime R | --timeline] [--format table|json] [-o FILE]`: Sobol indices of every
//  uncertain input.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "cli/evaluation_flags.h"
#include "cli/interrupt.h"
#include "cli/model_flags.h"
#include "cli/progress.h"
#include "cli/run_flags.h"
#include "cli/scenario_source.h"
#include "cli/store_cli.h"
#include "cli/uncertainty_cli.h"
#include "parley/sensitivity.h"

namespace parley::cli {
namespace {

using Json = nlohmann::ordered_json;

struct SensitivityArgs {
  ScenarioSource source;
  std::string format = "table";
  std::size_t runs = 1000;
  std::size_t top = 10;
  std::size_t bootstrap = 200;
  std::string store_path;  // --store (store_cli.h)
  UncertaintyOverrides overrides;
  EvaluationFlags evaluation;  // --regime, --timeline, --accept-round-cap
  ModelFlags models;
  RunFlags run;        // --checkpoint, --resume
  bool quiet = false;  // --quiet: no progress line
};

std::size_t Shown(const IssueSensitivity& issue, std::size_t top) {
  return top == 0 ? issue.indices.size() : std::min(top, issue.indices.size());
}

std::string SensitivityTable(const Scenario& scenario, const std::string& model,
                             const SensitivityResult& result, std::size_t top) {
  const std::size_t d = result.inputs.size();
  std::string out = fmt::format(
      "Sensitivity: {}, model {}, {} uncertain inputs\nN = {} base rows ({} model runs), "
      "seed {}\n",
      scenario.id, model, d, result.base_runs, result.base_runs * (d + 2), result.seed);
  out += EvaluationLine(result.evaluation);
  for (const std::string& note : result.notes) out += "Note: " + note + "\n";
  out +=
      "Sobol indices (Saltelli 2010 design): S = share of the outcome's variance the input\n"
      "explains alone, ST = including its interactions; [95% bootstrap interval].\n";
  for (const IssueSensitivity& issue : result.issues) {
    out += fmt::format("\n{}: ", scenario.issues[issue.issue].id);
    if (issue.rows_used < 2 || !(issue.variance > 0.0)) {
      out += issue.rows_used < 2
                 ? "too few rows with an outcome on every run to estimate\n"
                 : "the outcome does not move over the draws (variance 0): nothing to apportion\n";
      continue;
    }
    out += fmt::format("{} of {} rows used, outcome sd {}\n", issue.rows_used, result.base_runs,
                       Short(std::sqrt(issue.variance), 2));
    out += fmt::format("  {:<36} {:>6} {:<16} {:>6} {}\n", "input", "S", "[95%]", "ST", "[95%]");
    for (std::size_t n = 0; n < Shown(issue, top); ++n) {
      const SobolIndex& index = issue.indices[n];
      const std::string label = InputLabel(scenario, result.inputs[index.input]).substr(0, 36);
      out += fmt::format(
          "  {:<36} {:>6.3f} {:<16} {:>6.3f} {}\n", label, index.first_order,
          fmt::format("[{:.3f}, {:.3f}]", index.first_order_low, index.first_order_high),
          index.total, fmt::format("[{:.3f}, {:.3f}]", index.total_low, index.total_high));
    }
    if (Shown(issue, top) < issue.indices.size()) {
      out += fmt::format("  ({} more inputs with smaller total indices; --top 0 shows all)\n",
                         issue.indices.size() - Shown(issue, top));
    }
  }
  return out;
}

std::string SensitivityJson(const Scenario& scenario, const std::string& model,
                            const SensitivityResult& result, std::size_t top) {
  Json json;
  json["schema"] = "parley.sensitivity/1";
  json["scenario"] = scenario.id;
  json["model"] = model;
  json["base_runs"] = result.base_runs;
  json["seed"] = result.seed;
  json["regime"] = result.evaluation.regime ? Json(std::string(ToString(*result.evaluation.regime)))
                                            : Json(nullptr);
  json["timeline"] = result.evaluation.timeline.has_value();
  json["notes"] = result.notes;
  Json issues = Json::array();
  for (const IssueSensitivity& issue : result.issues) {
    Json inputs = Json::array();
    for (std::size_t n = 0; n < Shown(issue, top); ++n) {
      const SobolIndex& index = issue.indices[n];
      const UncertainInput& input = result.inputs[index.input];
      Json row;
      row["actor"] = scenario.actors[input.actor].id;
      row["field"] = ToString(input.field);
      row["on_issue"] = input.issue ? Json(scenario.issues[*input.issue].id) : Json(nullptr);
      row["first_order"] = index.first_order;
      row["first_order_interval"] = {index.first_order_low, index.first_order_high};
      row["total"] = index.total;
      row["total_interval"] = {index.total_low, index.total_high};
      inputs.push_back(row);
    }
    issues.push_back({{"issue", scenario.issues[issue.issue].id},
                      {"rows_used", issue.rows_used},
                      {"variance", issue.variance},
                      {"inputs", inputs}});
  }
  json["issues"] = issues;
  return json.dump(2) + "\n";
}

Result<std::string> RunSensitivityCommand(const SensitivityArgs& args, const CLI::App& command) {
  if (Status format = CheckTableOrJsonFormat(args.format); !format) {
    return tl::unexpected(format.error());
  }
  auto scenario = LoadUncertainScenario(args.source, args.overrides);
  if (!scenario) return tl::unexpected(scenario.error());
  auto models = ModelsFromFlags(args.models, *scenario);
  if (!models) return tl::unexpected(models.error());
  if (models->size() != 1) {
    return InvalidArgument("sensitivity takes one model: --model NAME (not all or a list)");
  }
  auto resources = ResourcesFromFlags(args.models);
  if (!resources) return tl::unexpected(resources.error());
  if (!args.store_path.empty()) {
    if (auto store = CheckStore(args.store_path); !store) return tl::unexpected(store.error());
  }
  SensitivityOptions options;
  options.base_runs = args.runs;
  options.seed = args.models.seed.value_or(options.seed);
  options.bootstrap = args.bootstrap;
  options.stop = WatchInterrupts();
  Progress progress(args.runs, "rows", args.quiet);
  options.progress = progress.Callback();
  std::vector<std::string> notes;
  auto evaluation = EvaluationFromFlags(*scenario, args.evaluation, notes);
  if (!evaluation) return tl::unexpected(evaluation.error());
  options.evaluation = *evaluation;
  auto execution = ExecutionFromFlags(args.run, command, *scenario);
  if (!execution) return tl::unexpected(execution.error());
  options.executor = (*execution)->executor;
  auto result = RunSensitivity(*scenario, models->front(), options, (*resources)->pool.get());
  if (!result) return tl::unexpected(result.error());
  result->notes.insert(result->notes.begin(), notes.begin(), notes.end());
  const std::string& name = models->front().name();
  if (!args.store_path.empty()) {
    nlohmann::ordered_json settings = {
        {"model", args.models.model}, {"runs", args.runs}, {"bootstrap", args.bootstrap}};
    settings.update(EvaluationFlagsJson(args.evaluation));
    settings.update(OverridesJson(args.overrides));
    StoredRun run = StoredRunFor("sensitivity", *scenario, settings);
    StoreModels(run, *models);
    StoreSensitivity(run, *scenario, *result);
    run.notes = result->notes;
    if (auto stored = WriteStore(args.store_path, run); !stored) {
      return tl::unexpected(stored.error());
    }
  }
  if (args.format == "json") return SensitivityJson(*scenario, name, *result, args.top);
  return SensitivityTable(*scenario, name, *result, args.top);
}

}  // namespace

Command RegisterSensitivityCommand(CLI::App& app, const ModelRegistry& models) {
  auto args = std::make_shared<SensitivityArgs>();
  CLI::App* sub = app.add_subcommand(
      "sensitivity", "Which uncertain inputs drive each issue's outcome (Sobol indices)");
  AddScenarioArgument(sub, args->source, /*required=*/false);
  AddModelFlags(sub, args->models, models, "compromise");
  sub->add_option("--runs", args->runs,
                  "Base rows N, 2-1000000 (default 1000); the model runs N x (inputs + 2) times");
  sub->add_option("--top", args->top,
                  "Inputs shown per issue, by total index (default 10; 0 = all)");
  sub->add_option("--bootstrap", args->bootstrap,
                  "Bootstrap resamples for the 95% intervals, 0-100000 (default 200)");
  AddUncertaintyFlags(sub, args->overrides);
  AddEvaluationFlags(sub, args->evaluation);
  sub->add_option("-f,--format", args->format, "table or json (default table)");
  AddRunFlags(sub, args->run);
  AddStoreOption(sub, args->store_path);
  AddQuietFlag(sub, args->quiet);
  auto output = AddOutputOption(sub);
  return Command{sub, [args, sub] { return RunSensitivityCommand(*args, *sub); }, output};
}

}  // namespace parley::cli
