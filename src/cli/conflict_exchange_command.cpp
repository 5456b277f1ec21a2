// `parley exchange [SCENARIO] [--rounds N] [--format table|json]`: the
// Stokman & Van Oosten exchange model with its trace (docs/mechanisms/exchange-model.md).
#include <fmt/format.h>

#include "cli/conflict_cli.h"
#include "parley/exchange.h"
#include "cli/forecast_format.h"
#include "cli/scenario_source.h"

namespace parley::cli {
namespace {

using Json = nlohmann::ordered_json;

struct ExchangeRequest {
  ScenarioSource source;
  int rounds = 1;
  std::string format = "table";
};

std::string MoveText(const Scenario& scenario, const ExchangeMove& move) {
  return fmt::format("'{}' on '{}' {:.1f} -> {:.1f} (O {:.1f} -> {:.1f})",
                     scenario.actors[move.actor].id, scenario.issues[move.issue].id, move.from,
                     move.to, move.outcome_before, move.outcome_after);
}

Json MoveJson(const Scenario& scenario, const ExchangeMove& move) {
  return {{"actor", scenario.actors[move.actor].id},
          {"toward", scenario.actors[move.partner].id},
          {"issue", scenario.issues[move.issue].id},
          {"from", move.from},
          {"to", move.to},
          {"outcome_before", move.outcome_before},
          {"outcome_after", move.outcome_after}};
}

std::string ExchangeTable(const Scenario& scenario, const ExchangeResult& result) {
  std::vector<std::vector<std::string>> outcomes = {{"issue", "before", "after", ""}};
  for (std::size_t n = 0; n < result.outcomes.size(); ++n) {
    const Issue& issue = scenario.issues[result.outcomes[n].issue];
    outcomes.push_back({issue.id, fmt::format("{:.1f}", result.initial[n].outcome),
                        fmt::format("{:.1f}", result.outcomes[n].outcome),
                        NearerEnd(issue, result.outcomes[n].outcome)});
  }
  std::string out = "Expected outcome O = sum c s x / sum c s, before and after the exchanges\n" +
                    RenderColumns(outcomes, 2);
  out +=
      "\nExchanges, best first (each: both actors gain the same, in salience x share of scale)\n";
  if (result.exchanges.empty()) out += "  none: no pair of actors gains from trading positions\n";
  for (std::size_t n = 0; n < result.exchanges.size(); ++n) {
    const Exchange& e = result.exchanges[n];
    out += fmt::format("  {}. round {}: '{}' gets '{}', '{}' gets '{}'; gain {:.4f} each\n", n + 1,
                       e.round, scenario.actors[e.on_q.actor].id, scenario.issues[e.on_p.issue].id,
                       scenario.actors[e.on_p.actor].id, scenario.issues[e.on_q.issue].id, e.gain);
    out +=
        fmt::format("     {}\n     {}\n", MoveText(scenario, e.on_p), MoveText(scenario, e.on_q));
  }
  return out + fmt::format("\n{} ({})\n", result.message, ToString(result.termination));
}

Result<std::string> RunExchangeCommand(const ExchangeRequest& request) {
  if (auto s = CheckTableOrJsonFormat(request.format); !s) return tl::unexpected(s.error());
  ExchangeOptions options;
  options.max_rounds = request.rounds;
  auto scenario = LoadScenarioFrom(request.source);
  if (!scenario) return tl::unexpected(scenario.error());
  auto result = RunExchange(*scenario, options);
  if (!result) return tl::unexpected(result.error());
  if (request.format == "table") {
    return fmt::format(
               "Scenario: {} ({})\nStokman & Van Oosten exchange model, equal-gain rate\n\n",
               scenario->name, scenario->id) +
           ExchangeTable(*scenario, *result);
  }
  Json outcomes = Json::array(), exchanges = Json::array();
  for (std::size_t n = 0; n < result->outcomes.size(); ++n) {
    outcomes.push_back({{"issue", scenario->issues[result->outcomes[n].issue].id},
                        {"before", result->initial[n].outcome},
                        {"after", result->outcomes[n].outcome}});
  }
  for (const Exchange& e : result->exchanges) {
    exchanges.push_back({{"round", e.round},
                         {"gain", e.gain},
                         {"on_p", MoveJson(*scenario, e.on_p)},
                         {"on_q", MoveJson(*scenario, e.on_q)}});
  }
  Json json = {{"schema", "parley.exchange/1"}, {"scenario", scenario->id},
               {"rounds", result->rounds},      {"termination", ToString(result->termination)},
               {"outcomes", outcomes},          {"exchanges", exchanges}};
  return json.dump(2) + "\n";
}

}  // namespace

Command RegisterExchangeCommand(CLI::App& app) {
  auto request = std::make_shared<ExchangeRequest>();
  CLI::App* sub = app.add_subcommand(
      "exchange",
      "Issue linkage: actors trade position shifts across issues they value differently "
      "(Stokman & Van Oosten), with the trace of every exchange");
  AddScenarioArgument(sub, request->source, /*required=*/false);
  sub->add_option("-r,--rounds", request->rounds,
                  "Rounds of the execution loop, [1, 100] (default 1)");
  sub->add_option("-f,--format", request->format, "table or json (default table)");
  auto output = AddOutputOption(sub);
  return Command{sub, [request] { return RunExchangeCommand(*request); }, output};
}

}  // namespace parley::cli
