// `parley exchange [SCENARIO] [--preset stokman|decide] [--rounds N]
// [--rate equal-gain|random] [--seed N] [--tie-break list-order|random]
// [--allow-red-line-crossing] [--format table|json|csv]`: the Stokman & Van
// Oosten exchange model with its trace (docs/mechanisms/exchange-model.md).
#include <fmt/format.h>

#include "cli/conflict_cli.h"
#include "cli/cost_warning.h"
#include "cli/forecast_format.h"
#include "cli/progress.h"
#include "cli/scenario_source.h"
#include "cli/text_layout.h"
#include "io/csv.h"
#include "parley/exchange.h"

namespace parley::cli {
namespace {

using Json = nlohmann::ordered_json;

struct ExchangeRequest {
  ScenarioSource source;
  std::string preset = "stokman";
  int rounds = 0;  // 0: until no exchange is left (the options' cap)
  std::string rate = "equal-gain";
  std::string tie_break = "list-order";
  std::uint64_t seed = 0;
  bool allow_red_line_crossing = false;
  std::string format = "table";
  bool quiet = false;  // --quiet: no progress line
};

const std::string& ActorId(const Scenario& scenario, std::size_t actor) {
  return scenario.actors[actor].id;
}
const std::string& IssueId(const Scenario& scenario, std::size_t issue) {
  return scenario.issues[issue].id;
}

std::string MoveText(const Scenario& scenario, const ExchangeMove& move) {
  return fmt::format(
      "'{}' moves on '{}' {:.1f} -> {:.1f} toward '{}' ({:.1f}); O {:.1f} -> {:.1f}{}",
      ActorId(scenario, move.actor), IssueId(scenario, move.issue), move.from, move.to,
      ActorId(scenario, move.partner), move.partner_position, move.outcome_before,
      move.outcome_after, move.crosses_red_line ? "; CROSSES ITS RED LINE" : "");
}

Json MoveJson(const Scenario& scenario, const ExchangeMove& move) {
  return {{"actor", ActorId(scenario, move.actor)},
          {"toward", ActorId(scenario, move.partner)},
          {"issue", IssueId(scenario, move.issue)},
          {"from", move.from},
          {"to", move.to},
          {"toward_position", move.partner_position},
          {"outcome_before", move.outcome_before},
          {"outcome_after", move.outcome_after},
          {"own_gain", move.supplier_own_gain},
          {"crosses_red_line", move.crosses_red_line}};
}

std::string OutcomesTable(const Scenario& scenario, const ExchangeResult& result) {
  std::vector<std::vector<std::string>> rows = {{"issue", "before", "after", ""}};
  for (std::size_t n = 0; n < result.outcomes.size(); ++n) {
    const Issue& issue = scenario.issues[result.outcomes[n].issue];
    rows.push_back({issue.id, fmt::format("{:.1f}", result.initial[n].outcome),
                    fmt::format("{:.1f}", result.outcomes[n].outcome),
                    NearerEnd(issue, result.outcomes[n].outcome)});
  }
  return RenderColumns(rows, 2);
}

std::string ExchangeTable(const Scenario& scenario, const ExchangeResult& result) {
  std::string out = "Expected outcome O = sum c s x / sum c s, before and after the exchanges\n" +
                    OutcomesTable(scenario, result);
  out += "\n" + Wrap(
                    "Exchanges in the order realised (gain: salience x share of scale; own "
                    "gain: each side's gain by its own positions)",
                    "", "  ");
  if (result.exchanges.empty()) out += "  none: no pair of actors gains from trading positions\n";
  for (std::size_t n = 0; n < result.exchanges.size(); ++n) {
    const Exchange& e = result.exchanges[n];
    out += Wrap(
        fmt::format(
            "{}. round {}: '{}' supplies '{}' to '{}', '{}' supplies '{}' to '{}'; gain {:.4f} / "
            "{:.4f}; own gain {:.4f} / {:.4f}",
            n + 1, e.round, ActorId(scenario, e.on_p.actor), IssueId(scenario, e.on_p.issue),
            ActorId(scenario, e.on_p.partner), ActorId(scenario, e.on_q.actor),
            IssueId(scenario, e.on_q.issue), ActorId(scenario, e.on_q.partner), e.partner_gain,
            e.gain, e.on_p.supplier_own_gain, e.on_q.supplier_own_gain),
        "  ", "     ");
    out += Wrap(MoveText(scenario, e.on_p), "     ", "       ");
    out += Wrap(MoveText(scenario, e.on_q), "     ", "       ");
  }
  if (!result.red_line_crossings.empty()) out += "\nRed lines crossed by the exchanges\n";
  for (const ExchangeRedLineCrossing& crossing : result.red_line_crossings) {
    out += fmt::format("  exchange {}: '{}' on '{}' at {:.1f}, red line [{:g}, {:g}]\n",
                       crossing.exchange + 1, ActorId(scenario, crossing.actor),
                       IssueId(scenario, crossing.issue), crossing.position, crossing.red_line.low,
                       crossing.red_line.high);
  }
  return out + "\n" +
         Wrap(fmt::format("{} ({})", result.message, ToString(result.termination)), "", "  ");
}

std::string ExchangeJson(const Scenario& scenario, const ExchangeOptions& options,
                         const ExchangeResult& result) {
  Json outcomes = Json::array(), exchanges = Json::array(), crossings = Json::array();
  for (std::size_t n = 0; n < result.outcomes.size(); ++n) {
    outcomes.push_back({{"issue", IssueId(scenario, result.outcomes[n].issue)},
                        {"before", result.initial[n].outcome},
                        {"after", result.outcomes[n].outcome}});
  }
  for (const Exchange& e : result.exchanges) {
    exchanges.push_back({{"round", e.round},
                         {"gain", e.gain},
                         {"partner_gain", e.partner_gain},
                         {"on_p", MoveJson(scenario, e.on_p)},
                         {"on_q", MoveJson(scenario, e.on_q)}});
  }
  for (const ExchangeRedLineCrossing& c : result.red_line_crossings) {
    crossings.push_back({{"exchange", c.exchange + 1},
                         {"actor", ActorId(scenario, c.actor)},
                         {"issue", IssueId(scenario, c.issue)},
                         {"red_line", {c.red_line.low, c.red_line.high}},
                         {"position", c.position}});
  }
  Json json = {{"schema", "parley.exchange/2"},
               {"scenario", scenario.id},
               {"preset", ToString(options.preset)},
               {"rate", ToString(options.rate)},
               {"seed", options.seed},
               {"rounds", result.rounds},
               {"termination", ToString(result.termination)},
               {"message", result.message},
               {"outcomes", outcomes},
               {"exchanges", exchanges},
               {"red_lines_crossed", crossings}};
  return json.dump(2) + "\n";
}

std::string ExchangeCsv(const Scenario& scenario, const ExchangeResult& result) {
  std::string text =
      "round,exchange,supplier,issue,toward,from,to,outcome_before,outcome_after,gain,"
      "own_gain,crosses_red_line\n";
  for (std::size_t n = 0; n < result.exchanges.size(); ++n) {
    const Exchange& e = result.exchanges[n];
    for (const auto& [move, gain] :
         {std::pair{&e.on_p, e.partner_gain}, std::pair{&e.on_q, e.gain}}) {
      text += fmt::format("{},{},{},{},{},{},{},{},{},{},{},{}\n", e.round, n + 1,
                          csv::Quote(ActorId(scenario, move->actor)),
                          csv::Quote(IssueId(scenario, move->issue)),
                          csv::Quote(ActorId(scenario, move->partner)), move->from, move->to,
                          move->outcome_before, move->outcome_after, gain, move->supplier_own_gain,
                          move->crosses_red_line ? "yes" : "no");
    }
  }
  return text;
}

Result<ExchangeOptions> OptionsOf(const ExchangeRequest& request) {
  ExchangeOptions options;
  auto preset = ExchangePresetFromString(request.preset);
  if (!preset) return tl::unexpected(preset.error());
  auto rate = ExchangeRateFromString(request.rate);
  if (!rate) return tl::unexpected(rate.error());
  auto tie_break = ExchangeTieBreakFromString(request.tie_break);
  if (!tie_break) return tl::unexpected(tie_break.error());
  options.preset = *preset;
  options.rate = *rate;
  options.tie_break = *tie_break;
  options.seed = request.seed;
  options.allow_red_line_crossing = request.allow_red_line_crossing;
  if (request.rounds != 0) options.max_rounds = request.rounds;
  if (auto s = ValidateExchangeOptions(options); !s) return tl::unexpected(s.error());
  return options;
}

Result<std::string> RunExchangeCommand(const ExchangeRequest& request) {
  if (request.format != "csv") {
    if (auto s = CheckTableOrJsonFormat(request.format); !s) {
      return InvalidArgument(
          fmt::format("unknown format '{}' (allowed: table, json, csv)", request.format));
    }
  }
  auto options = OptionsOf(request);
  if (!options) return tl::unexpected(options.error());
  auto scenario = LoadScenarioFrom(request.source);
  if (!scenario) return tl::unexpected(scenario.error());
  WarnAboutLongRuns(std::vector<std::string>{"exchange"}, *scenario);
  Progress progress(static_cast<std::size_t>(options->max_rounds), "rounds", request.quiet);
  auto result = RunExchange(*scenario, *options, [&progress](const ExchangeRoundOutcomes& log) {
    progress.Update(static_cast<std::size_t>(log.round));
    return true;
  });
  if (!result) return tl::unexpected(result.error());
  if (request.format == "json") return ExchangeJson(*scenario, *options, *result);
  if (request.format == "csv") return ExchangeCsv(*scenario, *result);
  return fmt::format(
             "Scenario: {} ({})\nStokman & Van Oosten exchange model: preset {}, rate {}{}\n\n",
             scenario->name, scenario->id, ToString(options->preset), ToString(options->rate),
             options->allow_red_line_crossing ? ", red lines may be crossed" : "") +
         ExchangeTable(*scenario, *result);
}

}  // namespace

Command RegisterExchangeCommand(CLI::App& app) {
  auto request = std::make_shared<ExchangeRequest>();
  CLI::App* sub = app.add_subcommand(
      "exchange",
      "Issue linkage: actors trade position shifts across issues they value differently "
      "(Stokman & Van Oosten), with the trace of every exchange");
  AddScenarioArgument(sub, request->source, /*required=*/false);
  sub->add_option("--preset", request->preset,
                  "stokman (default: gains by own positions) or decide (Decide's rules)");
  sub->add_option("-r,--rounds", request->rounds,
                  "Round cap, [1, 1000] (default: until no exchange is left, at most 100)");
  sub->add_option("--rate", request->rate, "equal-gain (default) or random");
  sub->add_option("--seed", request->seed, "Seed of the random rate and random ties (default 0)");
  sub->add_option("--tie-break", request->tie_break, "list-order (default) or random");
  sub->add_flag("--allow-red-line-crossing", request->allow_red_line_crossing,
                "Let exchanges move actors out of their red lines (Stokman's original); the "
                "output names every red line crossed");
  sub->add_option("-f,--format", request->format, "table, json or csv (default table)");
  AddQuietFlag(sub, request->quiet);
  auto output = AddOutputOption(sub);
  return Command{sub, [request] { return RunExchangeCommand(*request); }, output};
}

}  // namespace parley::cli
