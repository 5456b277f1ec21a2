// `parley compare-regimes [SCENARIO] [--model NAME] [regime flags] [--format table|json]`
// and the `forecast --regime` path (docs/mechanisms/mediation-regimes.md).
#include <fmt/format.h>

#include "cli/conflict_cli.h"
#include "cli/scenario_source.h"

namespace parley::cli {
namespace {

using Json = nlohmann::ordered_json;

struct CompareRequest {
  ScenarioSource source;
  std::string model = "compromise";
  int rounds = 10;
  int exchange_rounds = 1;
  std::string format = "table";
  RegimeFlags flags;
};

std::string Header(const Scenario& scenario, const std::string& what) {
  std::string out = fmt::format("Scenario: {} ({})\n", scenario.name, scenario.id);
  if (!scenario.as_of.empty()) out += fmt::format("As of: {}\n", scenario.as_of);
  return out + what + "\n";
}

Result<std::string> RunCompare(const CompareRequest& request) {
  if (auto s = CheckTableOrJsonFormat(request.format); !s) return tl::unexpected(s.error());
  ModelOptions options;
  options.eum.max_rounds = request.rounds;
  auto model = RegimeModel(request.model, options, request.exchange_rounds);
  if (!model) return tl::unexpected(model.error());
  auto scenario = LoadScenarioFrom(request.source);
  if (!scenario) return tl::unexpected(scenario.error());
  auto settings = MergeRegimeFlags(scenario->regimes, request.flags);
  if (!settings) return tl::unexpected(settings.error());
  auto comparison = CompareRegimes(*scenario, *settings, *model);
  if (!comparison) return tl::unexpected(comparison.error());
  if (request.format == "json") {
    Json json = {
        {"schema", "parley.regimes/1"}, {"scenario", scenario->id}, {"model", request.model}};
    json["regimes"] = Json::array();
    for (const RegimeOutcome& outcome : comparison->regimes) {
      json["regimes"].push_back(RegimeJson(*scenario, outcome));
    }
    json["skipped"] = Json::array();
    for (const SkippedRegime& skipped : comparison->skipped) {
      json["skipped"].push_back(
          {{"regime", std::string(ToString(skipped.regime))}, {"reason", skipped.reason}});
    }
    return json.dump(2) + "\n";
  }
  std::vector<std::string> columns;
  for (const RegimeOutcome& outcome : comparison->regimes) {
    columns.emplace_back(ToString(outcome.regime));
  }
  std::string out = Header(*scenario, fmt::format("Mediation regimes compared with the {} model",
                                                  request.model)) +
                    RegimeTable(*scenario, columns, comparison->regimes);
  for (const SkippedRegime& skipped : comparison->skipped) {
    out += fmt::format("  {}: skipped: {}\n", ToString(skipped.regime), skipped.reason);
  }
  return out;
}

}  // namespace

Result<std::string> ForecastUnderRegime(const Scenario& scenario,
                                        const std::vector<ModelKind>& kinds,
                                        const ModelOptions& options, const RegimeFlags& flags,
                                        const std::string& format) {
  if (auto s = CheckTableOrJsonFormat(format); !s) {
    return InvalidArgument(fmt::format("--regime supports --format table or json, not '{}'", format));
  }
  auto regime = RegimeKindFromString(flags.regime);
  if (!regime) return tl::unexpected(regime.error());
  auto settings = MergeRegimeFlags(scenario.regimes, flags);
  if (!settings) return tl::unexpected(settings.error());
  std::vector<RegimeOutcome> outcomes;
  std::vector<std::string> columns;
  for (ModelKind kind : kinds) {
    auto outcome = RunRegime(scenario, *regime, *settings, IssueModelRunner(kind, options));
    if (!outcome) return tl::unexpected(outcome.error());
    outcomes.push_back(std::move(*outcome));
    columns.emplace_back(ToString(kind));
  }
  if (format == "json") {
    Json json = {
        {"schema", "parley.regimes/1"}, {"scenario", scenario.id}, {"regime", flags.regime}};
    json["regimes"] = Json::array();
    for (const RegimeOutcome& outcome : outcomes)
      json["regimes"].push_back(RegimeJson(scenario, outcome));
    return json.dump(2) + "\n";
  }
  return Header(scenario, fmt::format("Forecast under the {} regime", flags.regime)) +
         RegimeTable(scenario, columns, outcomes);
}

Command RegisterCompareRegimesCommand(CLI::App& app) {
  auto request = std::make_shared<CompareRequest>();
  CLI::App* sub = app.add_subcommand(
      "compare-regimes",
      "Run a model under the inclusive, hierarchical and multipolar mediation regimes and "
      "compare outcomes, inclusiveness, distance from ideals, spoilers and rounds");
  AddScenarioArgument(sub, request->source, /*required=*/false);
  sub->add_option("-m,--model", request->model,
                  "weighted_median, compromise (default), nash, eum or exchange");
  sub->add_option("-r,--rounds", request->rounds, "EUM round cap (default 10)")
      ->check(CLI::Range(1, 10000));
  sub->add_option("--exchange-rounds", request->exchange_rounds,
                  "Exchange model rounds, [1, 100] (default 1)");
  sub->add_option("-f,--format", request->format, "table or json (default table)");
  AddRegimeFlags(sub, request->flags, /*with_regime=*/false);
  auto output = AddOutputOption(sub);
  return Command{sub, [request] { return RunCompare(*request); }, output};
}

}  // namespace parley::cli
