// `parley record [SCENARIO] --model M --ledger FILE [--runs N] [--seed S]
//  [--as-of DATE]`: append a forecast to a hash-chained ledger.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>

#include "cli/ledger.h"
#include "cli/model_flags.h"
#include "cli/progress.h"
#include "cli/scenario_source.h"
#include "cli/uncertainty_cli.h"
#include "parley/io.h"
#include "parley/monte_carlo.h"
#include "parley/sha256.h"

namespace parley::cli {
namespace {

constexpr const char* kVersion = "0.1.0";

struct RecordArgs {
  ScenarioSource source;
  ModelFlags models;
  std::string ledger;
  std::size_t runs = 1000;
  std::string as_of;
  UncertaintyOverrides overrides;
  bool quiet = false;  // --quiet: no progress line
};

nlohmann::ordered_json IssueJson(const Scenario& scenario, const MonteCarloResult& result,
                                 std::size_t m, std::size_t k) {
  const IssueSummary& summary = result.models[m].issues[k];
  nlohmann::ordered_json issue = {{"issue", scenario.issues[k].id}};
  issue["point"] = summary.point ? nlohmann::ordered_json(*summary.point) : nullptr;
  std::vector<double> values;
  for (std::size_t r = 0; r < result.draws.Runs(); ++r) {
    const DrawOutcome& draw = result.draws.At(m, r, k);
    if (draw.HasOutcome()) values.push_back(draw.outcome);
  }
  std::sort(values.begin(), values.end());
  nlohmann::ordered_json quantiles = nlohmann::ordered_json::array();
  for (double level : LedgerLevels()) {
    quantiles.push_back(values.empty() ? nlohmann::ordered_json(nullptr)
                                       : nlohmann::ordered_json(QuantileType7(values, level)));
  }
  issue["draws_with_outcome"] = values.size();
  issue["quantiles"] = quantiles;
  issue["red_lines"] = nlohmann::ordered_json::array();
  for (const RedLineRisk& risk : summary.red_lines) {
    issue["red_lines"].push_back({{"actor", scenario.actors[risk.actor].id},
                                  {"red_line", {risk.red_line.low, risk.red_line.high}},
                                  {"p_crossed", risk.p_crossed}});
  }
  return issue;
}

Result<std::string> RunRecord(const RecordArgs& args) {
  if (args.runs < 1 || args.runs > 100000) {
    return InvalidArgument(fmt::format("--runs {} outside [1, 100000]", args.runs));
  }
  auto scenario = LoadUncertainScenario(args.source, args.overrides);
  if (!scenario) return tl::unexpected(scenario.error());
  auto models = ModelsFromFlags(args.models, *scenario);
  if (!models) return tl::unexpected(models.error());
  auto resources = ResourcesFromFlags(args.models);
  if (!resources) return tl::unexpected(resources.error());
  std::string text;
  if (std::filesystem::exists(args.ledger)) {
    auto read = ReadTextFile(args.ledger);
    if (!read) return tl::unexpected(read.error());
    text = std::move(*read);
  }
  auto ledger = ReadLedger(text, args.ledger);
  if (!ledger) return tl::unexpected(ledger.error());
  if (!ledger->broken.empty()) {
    return InvalidInput("refusing to append to a broken ledger: " + ledger->broken.front(),
                        args.ledger, ledger->lines.front(), "hash");
  }
  MonteCarloOptions options;
  options.runs = args.runs;
  options.seed = args.models.seed.value_or(kDefaultSeed);
  Progress progress(options.runs, "draws", args.quiet);
  options.progress = progress.Callback();
  auto result = RunMonteCarlo(*scenario, *models, options, (*resources)->pool.get());
  if (!result) return tl::unexpected(result.error());
  std::string previous =
      ledger->entries.empty() ? GenesisHash() : ledger->entries.back().value("hash", std::string());
  if (!text.empty() && text.back() != '\n') text += '\n';
  std::string report;
  for (std::size_t m = 0; m < models->size(); ++m) {
    LedgerEntry entry = {{"schema", "parley.ledger/1"},
                         {"entry", ledger->entries.size() + m + 1},
                         {"scenario", scenario->id},
                         {"scenario_digest", Sha256Hex(ScenarioToJson(*scenario))},
                         {"model", (*models)[m].name()},
                         {"options", (*models)[m].Settings()},
                         {"parley_version", kVersion},
                         {"as_of", args.as_of.empty() ? scenario->as_of : args.as_of},
                         {"runs", options.runs},
                         {"seed", options.seed},
                         {"quantile_levels", LedgerLevels()}};
    entry["issues"] = nlohmann::ordered_json::array();
    for (std::size_t k = 0; k < scenario->issues.size(); ++k) {
      entry["issues"].push_back(IssueJson(*scenario, *result, m, k));
    }
    entry["previous_hash"] = previous;
    entry["hash"] = EntryHash(entry, previous);
    previous = entry["hash"].get<std::string>();
    text += entry.dump() + "\n";
    report += fmt::format("{}: entry {}: {} on {} (as of {}), hash {}\n", args.ledger,
                          entry["entry"].get<std::size_t>(), (*models)[m].name(), scenario->id,
                          entry["as_of"].get<std::string>(), previous.substr(0, 16));
  }
  if (auto written = WriteTextFileAtomically(args.ledger, text); !written) {
    return tl::unexpected(written.error());
  }
  return report;
}

}  // namespace

Command RegisterRecordCommand(CLI::App& app, const ModelRegistry& models) {
  auto args = std::make_shared<RecordArgs>();
  CLI::App* sub = app.add_subcommand(
      "record", "Append a forecast (point, quantiles, red-line risks) to a hash-chained ledger");
  AddScenarioArgument(sub, args->source, /*required=*/false);
  AddModelFlags(sub, args->models, models, "compromise");
  sub->add_option("--ledger", args->ledger, "The ledger file (JSON lines); created if missing")
      ->required();
  sub->add_option("--runs", args->runs, "Monte Carlo draws for the quantiles (default 1000)");
  sub->add_option("--as-of", args->as_of,
                  "The date the information reflects (default: the scenario's as_of)");
  AddUncertaintyFlags(sub, args->overrides);
  AddQuietFlag(sub, args->quiet);
  return Command{sub, [args] { return RunRecord(*args); }, nullptr};
}

}  // namespace parley::cli
