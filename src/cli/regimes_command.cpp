// `parley compare-regimes [SCENARIO] [--model NAME] [regime flags] [--format table|json]`
// and the `forecast --regime` path (docs/mechanisms/mediation-regimes.md).
#include <fmt/format.h>

#include "cli/conflict_cli.h"
#include "cli/model_flags.h"
#include "cli/progress.h"
#include "cli/scenario_source.h"
#include "cli/text_layout.h"
#include "parley/regime_sameness.h"

namespace parley::cli {
namespace {

using Json = nlohmann::ordered_json;

struct CompareRequest {
  ScenarioSource source;
  ModelFlags models;  // model_flags.h
  std::string format = "table";
  RegimeFlags flags;
  bool quiet = false;  // --quiet: no progress line
};

std::string Header(const Scenario& scenario, const std::string& what) {
  std::string out = fmt::format("Scenario: {} ({})\n", scenario.name, scenario.id);
  if (!scenario.as_of.empty()) out += fmt::format("As of: {}\n", scenario.as_of);
  return what.empty() ? out : out + what + "\n";
}

Json ComparisonJson(const Scenario& scenario, const std::string& model,
                    const RegimeComparison& comparison) {
  Json json = {{"model", model}, {"regimes", Json::array()}, {"skipped", Json::array()}};
  for (const RegimeOutcome& outcome : comparison.regimes) {
    json["regimes"].push_back(RegimeJson(scenario, outcome));
  }
  for (const SkippedRegime& skipped : comparison.skipped) {
    json["skipped"].push_back(
        {{"regime", std::string(ToString(skipped.regime))}, {"reason", skipped.reason}});
  }
  return json;
}

std::string Joined(const std::vector<std::string>& reasons) {
  std::string text;
  for (const std::string& reason : reasons) text += (text.empty() ? "" : "; ") + reason;
  return text;
}

// Why regimes that give the same outcomes do (regime_sameness.h).
std::string SameOutcomesText(const std::vector<SameOutcomes>& same) {
  if (same.empty()) return "";
  std::string out = "\nWhy regimes give the same outcomes\n";
  for (const SameOutcomes& entry : same) {
    out += Wrap(fmt::format("{} gives the same outcomes as {}: {}.", ToString(entry.regime),
                            ToString(entry.same_as), Joined(entry.reasons)),
                "  ", "    ");
  }
  return out;
}

Json SameOutcomesJson(const std::vector<SameOutcomes>& same) {
  Json json = Json::array();
  for (const SameOutcomes& entry : same) {
    json.push_back({{"regime", std::string(ToString(entry.regime))},
                    {"same_as", std::string(ToString(entry.same_as))},
                    {"reasons", entry.reasons}});
  }
  return json;
}

std::string ComparisonTable(const Scenario& scenario, const std::string& model,
                            const RegimeComparison& comparison,
                            const std::vector<SameOutcomes>& same) {
  std::vector<std::string> columns;
  for (const RegimeOutcome& outcome : comparison.regimes) {
    columns.emplace_back(ToString(outcome.regime));
  }
  std::string out = fmt::format("\nMediation regimes compared with the {} model\n", model) +
                    RegimeTable(scenario, columns, comparison.regimes);
  for (const SkippedRegime& skipped : comparison.skipped) {
    out += Wrap(fmt::format("{}: skipped: {}", ToString(skipped.regime), skipped.reason), "  ",
                "    ");
  }
  return out + SameOutcomesText(same);
}

Result<std::string> RunCompare(const CompareRequest& request) {
  if (auto s = CheckTableOrJsonFormat(request.format); !s) return tl::unexpected(s.error());
  auto scenario = LoadScenarioFrom(request.source);
  if (!scenario) return tl::unexpected(scenario.error());
  auto models = ModelsFromFlags(request.models, *scenario);
  if (!models) return tl::unexpected(models.error());
  auto resources = ResourcesFromFlags(request.models);
  if (!resources) return tl::unexpected(resources.error());
  auto settings = MergeRegimeFlags(scenario->regimes, request.flags);
  if (!settings) return tl::unexpected(settings.error());
  Json json = {{"schema", "parley.regimes/2"}, {"scenario", scenario->id}};
  json["comparisons"] = Json::array();
  std::string table = Header(*scenario, "");
  const std::size_t regimes = AllRegimes().size();
  Progress progress(models->size() * regimes, "regime runs", request.quiet);
  RegimeOptions options;
  std::size_t runs_before = 0;  // regimes of the models compared already
  options.progress = [&](std::size_t done, std::size_t) { progress.Update(runs_before + done); };
  for (const ConfiguredModel& model : *models) {
    auto comparison =
        CompareRegimes(*scenario, *settings, TableModel(model, (*resources)->context), options);
    runs_before += regimes;
    if (!comparison) return tl::unexpected(comparison.error());
    auto same = ExplainSameOutcomes(*scenario, *settings, *comparison);
    if (!same) return tl::unexpected(same.error());
    json["comparisons"].push_back(ComparisonJson(*scenario, model.name(), *comparison));
    json["comparisons"].back()["same_outcomes"] = SameOutcomesJson(*same);
    table += ComparisonTable(*scenario, model.name(), *comparison, *same);
  }
  if (request.format == "json") return json.dump(2) + "\n";
  return table;
}

}  // namespace

Result<std::string> RegimeReportText(const Scenario& scenario, const ForecastReport& report,
                                     RegimeKind regime, const std::string& format) {
  if (auto s = CheckTableOrJsonFormat(format); !s) {
    return InvalidArgument(
        fmt::format("--regime supports --format table or json, not '{}'", format));
  }
  std::vector<RegimeOutcome> outcomes;
  std::vector<std::string> columns;
  for (const ModelReport& model : report.models) {
    if (!model.regime) continue;
    outcomes.push_back(*model.regime);
    columns.push_back(model.forecast.model);
  }
  const std::string name(ToString(regime));
  if (format == "json") {
    Json json = {{"schema", "parley.regimes/1"}, {"scenario", scenario.id}, {"regime", name}};
    json["regimes"] = Json::array();
    for (const RegimeOutcome& outcome : outcomes)
      json["regimes"].push_back(RegimeJson(scenario, outcome));
    return json.dump(2) + "\n";
  }
  return Header(scenario, fmt::format("Forecast under the {} regime", name)) +
         RegimeTable(scenario, columns, outcomes);
}

Command RegisterCompareRegimesCommand(CLI::App& app, const ModelRegistry& models) {
  auto request = std::make_shared<CompareRequest>();
  CLI::App* sub = app.add_subcommand(
      "compare-regimes",
      "Run a model under the inclusive, hierarchical and multipolar mediation regimes and "
      "compare outcomes, inclusiveness, distance from ideals, spoilers and rounds");
  AddScenarioArgument(sub, request->source, /*required=*/false);
  AddModelFlags(sub, request->models, models, "compromise");
  sub->add_option("-f,--format", request->format, "table or json (default table)");
  AddRegimeFlags(sub, request->flags, /*with_regime=*/false);
  AddQuietFlag(sub, request->quiet);
  auto output = AddOutputOption(sub);
  return Command{sub, [request] { return RunCompare(*request); }, output};
}

}  // namespace parley::cli
