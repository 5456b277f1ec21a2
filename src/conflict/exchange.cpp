// Stokman & Van Oosten's exchange model: the rounds loop, options and result
// (models.md 4.4; docs/mechanisms/exchange-model.md rules E1-E6, S1-S8, D1-D6, T1-T2, R1).
#include "parley/exchange.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "exchange_rounds.h"

namespace parley {
namespace {

using exchange_detail::Table;

std::vector<IssueOutcome> ActiveOutcomes(const Table& table) {
  std::vector<IssueOutcome> outcomes;
  for (std::size_t d = 0; d < table.issues; ++d) {
    if (table.total_weight[d] > 0.0) outcomes.push_back({d, table.Outcome(d)});
  }
  return outcomes;
}

std::vector<Exchange> RunRound(Table& table, const exchange_detail::RoundContext& context) {
  return context.options.preset == ExchangePreset::kDecide
             ? exchange_detail::RunDecideRound(table, context)
             : exchange_detail::RunStokmanRound(table, context);
}

// Rule D6: the next round starts at x + w (y - x), w = 0.1 + 0.4 (1 - s).
void AdoptPartially(Table& table, const std::vector<double>& start) {
  for (std::size_t cell = 0; cell < start.size(); ++cell) {
    const double weight = 0.1 + 0.4 * (1.0 - table.salience[cell]);
    table.position[cell] = start[cell] + weight * (table.position[cell] - start[cell]);
  }
}

// Rule T2: the round whose starting positions equal `positions` within 1e-9
// of each issue's range, or -1.
int RepeatedRound(const Table& table, const std::vector<std::vector<double>>& starts,
                  const std::vector<double>& positions) {
  for (std::size_t r = 0; r < starts.size(); ++r) {
    bool same = true;
    for (std::size_t cell = 0; cell < positions.size() && same; ++cell) {
      same = std::abs(starts[r][cell] - positions[cell]) <= 1e-9 * table.range[cell % table.issues];
    }
    if (same) return static_cast<int>(r) + 1;
  }
  return -1;
}

void RecordCrossings(ExchangeResult& result, const Table& table) {
  for (std::size_t n = 0; n < result.exchanges.size(); ++n) {
    for (const ExchangeMove* move : {&result.exchanges[n].on_p, &result.exchanges[n].on_q}) {
      if (!move->crosses_red_line) continue;
      result.red_line_crossings.push_back({n, move->actor, move->issue,
                                           *table.red_line[table.Cell(move->actor, move->issue)],
                                           move->to});
    }
  }
}

std::string Message(const ExchangeResult& result, const ExchangeOptions& options) {
  const std::string done =
      fmt::format("{} exchange(s) in {} round(s)", result.exchanges.size(), result.rounds);
  switch (result.termination) {
    case Termination::kCycle:
      return fmt::format(
          "{}; the positions at the start of round {} repeat those at the start of round {}: "
          "the exchanges cycle with period {} and the outcomes shown are those of the last "
          "round run, not a forecast",
          done, result.round_outcomes.size() + 1,
          result.round_outcomes.size() + 1 - static_cast<std::size_t>(result.cycle_period),
          result.cycle_period);
    case Termination::kMaxRounds:
      return fmt::format(
          "{}; stopped at the round cap ({}) with exchanges still possible: the outcomes shown "
          "are where the run was cut, not where it settles",
          done, options.max_rounds);
    case Termination::kStopped:
      return done + "; stopped by the caller: the outcomes shown are where the run was cut";
    default:
      return done + "; no further exchange has a positive gain";
  }
}

}  // namespace

Status ValidateExchangeOptions(const ExchangeOptions& options) {
  if (options.preset != ExchangePreset::kStokman && options.preset != ExchangePreset::kDecide) {
    return InvalidArgument("exchange: preset is neither stokman nor decide");
  }
  if (options.rate != ExchangeRate::kEqualGain && options.rate != ExchangeRate::kRandom) {
    return InvalidArgument("exchange: rate is neither equal-gain nor random");
  }
  if (options.tie_break != ExchangeTieBreak::kListOrder &&
      options.tie_break != ExchangeTieBreak::kRandom) {
    return InvalidArgument("exchange: tie_break is neither list-order nor random");
  }
  if (options.preset == ExchangePreset::kDecide &&
      (options.rate != ExchangeRate::kEqualGain ||
       options.tie_break != ExchangeTieBreak::kListOrder || options.tie_tolerance != 0.0)) {
    return InvalidArgument(
        "exchange: preset decide runs Decide's equal-gain model with exact ties in list order; "
        "rate, tie_break and tie_tolerance must keep their defaults");
  }
  if (options.max_rounds < 1 || options.max_rounds > 1000) {
    return InvalidArgument(
        fmt::format("exchange: max_rounds {} outside [1, 1000]", options.max_rounds));
  }
  if (!(options.min_gain >= 0.0 && options.min_gain <= 1e-3)) {
    return InvalidArgument(
        fmt::format("exchange: min_gain {} outside [0, 0.001]", options.min_gain));
  }
  if (!(options.tie_tolerance >= 0.0 && options.tie_tolerance <= 1e-6)) {
    return InvalidArgument(
        fmt::format("exchange: tie_tolerance {} outside [0, 1e-06]", options.tie_tolerance));
  }
  return Ok();
}

Result<ExchangeResult> RunExchange(const Scenario& scenario, const ExchangeOptions& options,
                                   const ExchangeObserver& observer) {
  if (auto s = ValidateExchangeOptions(options); !s) return tl::unexpected(s.error());
  Table table = exchange_detail::MakeTable(scenario);
  ExchangeResult result;
  result.initial = ActiveOutcomes(table);
  if (result.initial.empty()) {
    return InvalidInput("exchange: no issue has an actor with positive salience", scenario.file, 0,
                        "salience");
  }
  std::mt19937_64 tie_engine(options.seed);
  std::vector<std::vector<double>> starts;
  std::vector<double> voting = table.position;  // y of the last round run
  result.termination = Termination::kMaxRounds;
  for (int round = 1; round <= options.max_rounds; ++round) {
    if (const int earlier = RepeatedRound(table, starts, table.position); earlier > 0) {
      result.termination = Termination::kCycle;
      result.cycle_period = round - earlier;
      break;
    }
    starts.push_back(table.position);
    ExchangeRoundOutcomes log{round, ActiveOutcomes(table), {}, 0};
    std::vector<Exchange> realised = RunRound(table, {options, round, tie_engine});
    log.after = ActiveOutcomes(table);
    log.exchanges = realised.size();
    result.round_outcomes.push_back(std::move(log));
    voting = table.position;
    const bool go_on = !observer || observer(result.round_outcomes.back());
    if (realised.empty()) {
      result.termination = Termination::kConverged;
      break;
    }
    result.rounds = round;
    result.exchanges.insert(result.exchanges.end(), realised.begin(), realised.end());
    if (!go_on) {
      result.termination = Termination::kStopped;
      break;
    }
    if (options.preset == ExchangePreset::kDecide) AdoptPartially(table, starts.back());
  }
  if (result.termination == Termination::kMaxRounds) {
    Table probe = table;  // rule T2: the cap only counts when a further round would trade
    std::mt19937_64 probe_engine(options.seed);
    if (RunRound(probe, {options, options.max_rounds + 1, probe_engine}).empty()) {
      result.termination = Termination::kConverged;
    }
  }
  table.position = voting;
  result.outcomes = ActiveOutcomes(table);
  result.positions = table.StancePositions(scenario);
  RecordCrossings(result, table);
  result.message = Message(result, options);
  return result;
}

std::string ToString(ExchangePreset preset) {
  return preset == ExchangePreset::kDecide ? "decide" : "stokman";
}
std::string ToString(ExchangeRate rate) {
  return rate == ExchangeRate::kRandom ? "random" : "equal-gain";
}
std::string ToString(ExchangeTieBreak tie_break) {
  return tie_break == ExchangeTieBreak::kRandom ? "random" : "list-order";
}

Result<ExchangePreset> ExchangePresetFromString(const std::string& name) {
  if (name == "stokman") return ExchangePreset::kStokman;
  if (name == "decide") return ExchangePreset::kDecide;
  return InvalidArgument(
      fmt::format("exchange: unknown preset '{}' (allowed: stokman, decide)", name));
}
Result<ExchangeRate> ExchangeRateFromString(const std::string& name) {
  if (name == "equal-gain") return ExchangeRate::kEqualGain;
  if (name == "random") return ExchangeRate::kRandom;
  return InvalidArgument(
      fmt::format("exchange: unknown rate '{}' (allowed: equal-gain, random)", name));
}
Result<ExchangeTieBreak> ExchangeTieBreakFromString(const std::string& name) {
  if (name == "list-order") return ExchangeTieBreak::kListOrder;
  if (name == "random") return ExchangeTieBreak::kRandom;
  return InvalidArgument(
      fmt::format("exchange: unknown tie break '{}' (allowed: list-order, random)", name));
}

}  // namespace parley
