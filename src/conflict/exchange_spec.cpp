// Registry entry of Stokman & Van Oosten's exchange model (exchange.h). Each
// issue group is one negotiation in which positions are traded across issues.
#include <fmt/format.h>

#include "parley/classic_models.h"
#include "parley/exchange.h"
#include "parley/model_builder.h"

namespace parley {
namespace {

// The voting position of each participant of `problem` after the exchanges.
std::vector<double> FinalPositions(const Scenario& group, const ExchangeResult& result,
                                   const IssueProblem& problem) {
  std::vector<double> positions = problem.position;
  for (std::size_t s = 0; s < group.stances.size() && s < result.positions.size(); ++s) {
    const Stance& stance = group.stances[s];
    if (stance.issue != problem.issue) continue;
    for (std::size_t p = 0; p < problem.actor.size(); ++p) {
      if (problem.actor[p] == stance.actor) positions[p] = result.positions[s];
    }
  }
  return positions;
}

DetailTable ExchangeTable(const Scenario& scenario, const std::vector<std::size_t>& issues,
                          const ExchangeResult& result) {
  DetailTable table{"exchanges",
                    "Exchanges, in the order they were made",
                    {"round", "supplier_p", "issue_p", "from_p", "to_p", "supplier_q", "issue_q",
                     "from_q", "to_q", "gain"},
                    {}};
  for (const Exchange& exchange : result.exchanges) {
    const auto& p = exchange.on_p;
    const auto& q = exchange.on_q;
    table.rows.push_back({static_cast<double>(exchange.round), scenario.actors[p.actor].id,
                          scenario.issues[issues[p.issue]].id, p.from, p.to,
                          scenario.actors[q.actor].id, scenario.issues[issues[q.issue]].id, q.from,
                          q.to, exchange.gain});
  }
  return table;
}

// The run's observer sees each round's outcome on every issue of the group.
ExchangeObserver GroupObserver(const std::vector<std::size_t>& issues, const RunContext& context) {
  if (!context.observer) return {};
  return [&issues, &context](const ExchangeRoundOutcomes& log) {
    bool go_on = true;
    for (const IssueOutcome& outcome : log.after) {
      const Round round{log.round, {}, outcome.outcome, 0.0};
      go_on = context.observer(RoundUpdate{"exchange", issues[outcome.issue], &round}) && go_on;
    }
    return go_on;
  };
}

Status RunGroup(const Scenario& scenario, const std::vector<std::size_t>& issues,
                const ExchangeOptions& options, const RunContext& context,
                ScenarioForecast& forecast, std::vector<ExchangeResult>& runs) {
  const Scenario group = RestrictToIssues(scenario, issues);
  auto result = RunExchange(group, options, GroupObserver(issues, context));
  if (!result) {
    if (result.error().code != ErrorCode::kInvalidInput) return tl::unexpected(result.error());
    for (std::size_t k : issues) forecast.skipped.push_back({k, result.error().message});
    return Ok();
  }
  for (std::size_t local = 0; local < issues.size(); ++local) {
    auto problem = MakeIssueProblem(group, local);
    const IssueOutcome* initial = nullptr;
    const IssueOutcome* final_outcome = nullptr;
    for (const IssueOutcome& outcome : result->initial) {
      if (outcome.issue == local) initial = &outcome;
    }
    for (const IssueOutcome& outcome : result->outcomes) {
      if (outcome.issue == local) final_outcome = &outcome;
    }
    if (!problem || !initial || !final_outcome) {
      forecast.skipped.push_back(
          {issues[local], problem ? "no actor with positive salience" : problem.error().message});
      continue;
    }
    Forecast issue_forecast;
    issue_forecast.model = "exchange";
    issue_forecast.rounds.push_back(
        Round{0, problem->position, initial->outcome, WeightedMean(*problem, problem->position)});
    std::vector<double> final_positions = FinalPositions(group, *result, *problem);
    const double mean = WeightedMean(*problem, final_positions);
    issue_forecast.rounds.push_back(Round{std::max(1, result->rounds), std::move(final_positions),
                                          final_outcome->outcome, mean});
    issue_forecast.outcome = final_outcome->outcome;
    issue_forecast.termination = result->termination;
    // A cycle or the cap: the positions where the trading stopped, not a forecast.
    issue_forecast.point_defined = result->termination != Termination::kCycle &&
                                   result->termination != Termination::kMaxRounds &&
                                   result->termination != Termination::kStopped;
    issue_forecast.message = result->message;
    problem->issue = issues[local];
    forecast.issues.push_back(
        IssueForecast{issues[local], std::move(*problem), std::move(issue_forecast)});
  }
  forecast.detail.tables.push_back(ExchangeTable(scenario, issues, *result));
  runs.push_back(std::move(*result));
  return Ok();
}

Result<ScenarioForecast> RunExchangeModel(const Scenario& scenario, const ExchangeOptions& given,
                                          const RunContext& context) {
  ExchangeOptions options = given;
  if (context.seed) options.seed = *context.seed;
  ScenarioForecast forecast;
  forecast.model = "exchange";
  auto runs = std::make_shared<std::vector<ExchangeResult>>();
  bool stopped = false;
  for (const std::vector<std::size_t>& issues : IssueGroups(scenario)) {
    if (stopped) {  // the observer stopped an earlier group (model.h, RunObserver)
      for (std::size_t k : issues) forecast.skipped.push_back({k, "stopped by the caller"});
      continue;
    }
    if (auto s = RunGroup(scenario, issues, options, context, forecast, *runs); !s) {
      return tl::unexpected(s.error());
    }
    stopped = !runs->empty() && runs->back().termination == Termination::kStopped;
  }
  std::sort(forecast.issues.begin(), forecast.issues.end(),
            [](const IssueForecast& a, const IssueForecast& b) { return a.issue < b.issue; });
  std::sort(forecast.skipped.begin(), forecast.skipped.end(),
            [](const SkippedIssue& a, const SkippedIssue& b) { return a.issue < b.issue; });
  forecast.detail.data = std::shared_ptr<const std::vector<ExchangeResult>>(runs);
  return forecast;
}

}  // namespace

ModelSpec ExchangeModel() {
  return ModelBuilder<ExchangeOptions>(
             "exchange",
             "Stokman & Van Oosten's exchange model: actors trade positions across linked issues")
      .Choice(
          "preset", &ExchangeOptions::preset,
          [](std::string_view text) { return ExchangePresetFromString(std::string(text)); },
          [](ExchangePreset value) { return ToString(value); }, "stokman, decide",
          "Stokman & Van Oosten 1994; Decide (docs/mechanisms/exchange-model.md)",
          "which rules run")
      .Integer("max_rounds", &ExchangeOptions::max_rounds, 1, 1000,
               "Stokman & Van Oosten 1994; models.md 4.4 item 5",
               "round cap; rounds run until one has no exchange")
      .Number("min_gain", &ExchangeOptions::min_gain, 0.0, 1e-3, "Decide; models.md 4.4",
              "gains at or below this are no exchange")
      .Choice(
          "rate", &ExchangeOptions::rate,
          [](std::string_view text) { return ExchangeRateFromString(std::string(text)); },
          [](ExchangeRate value) { return ToString(value); }, "equal-gain, random",
          "Stokman & Van Oosten 1994; Dijkstra et al. 2018", "the exchange rate")
      .Choice(
          "tie_break", &ExchangeOptions::tie_break,
          [](std::string_view text) { return ExchangeTieBreakFromString(std::string(text)); },
          [](ExchangeTieBreak value) { return ToString(value); }, "list-order, random",
          "docs/mechanisms/exchange-model.md", "how exact ties between exchanges are broken")
      .Number("tie_tolerance", &ExchangeOptions::tie_tolerance, 0.0, 1e-6,
              "docs/mechanisms/exchange-model.md", "relative gain difference that counts as a tie")
      .Integer("seed", &ExchangeOptions::seed, std::uint64_t{0}, ~std::uint64_t{0},
               "docs/mechanisms/exchange-model.md",
               "seed of the random rate and random ties (a run's seed wins)")
      .Flag("allow_red_line_crossing", &ExchangeOptions::allow_red_line_crossing,
            "Stokman & Van Oosten 1994 (no red lines)",
            "let exchanges take an actor across its own red line")
      .RoundsOption("max_rounds")
      .Joint()
      .Check(ValidateExchangeOptions)
      .Run(RunExchangeModel);
}

}  // namespace parley
