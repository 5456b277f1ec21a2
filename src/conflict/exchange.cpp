// Stokman & Van Oosten's exchange model with the equal-gain rate
// (models.md 4.4; docs/mechanisms/exchange-model.md rules E1-E6).
#include "parley/exchange.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <utility>

#include "exchange_table.h"

namespace parley {
namespace {

using exchange_detail::Table;

struct Candidate {
  std::size_t i = 0, j = 0, p = 0, q = 0;  // i demands p, supplies q
  double delta_p = 0.0, delta_q = 0.0;     // outcome shifts, shares of the scale range
  double gain = 0.0;
};

// -1 left of the outcome, +1 right, 0 on it (rule E3).
int Side(double position, double outcome, double range) {
  const double tolerance = 1e-12 * range;
  if (position < outcome - tolerance) return -1;
  if (position > outcome + tolerance) return 1;
  return 0;
}

// The largest outcome shift (share of range) `supplier` can give on issue d
// toward `demander`: it does not move past the demander, and the outcome does
// not pass the demander's position (rule E4).
double MaxShift(const Table& table, const std::vector<double>& outcome, std::size_t supplier,
                std::size_t demander, std::size_t d) {
  const double distance = std::abs(table.Position(supplier, d) - table.Position(demander, d));
  const double by_move = distance * table.Weight(supplier, d) / table.total_weight[d];
  const double by_outcome = std::abs(outcome[d] - table.Position(demander, d));
  return std::min(by_move, by_outcome) / table.range[d];
}

// Rule E4: equal gains, starting from the largest move on p and scaling back
// when it asks too much on q.
std::optional<Candidate> Evaluate(const Table& table, const std::vector<double>& outcome,
                                  std::size_t i, std::size_t j, std::size_t p, std::size_t q) {
  const double cross =
      table.Salience(i, p) * table.Salience(j, q) - table.Salience(i, q) * table.Salience(j, p);
  if (cross < 0.0) std::swap(p, q);  // then i cares relatively more about the other issue
  const double sip = table.Salience(i, p), siq = table.Salience(i, q);
  const double sjp = table.Salience(j, p), sjq = table.Salience(j, q);
  if (!(sip * sjq - siq * sjp > 0.0)) return std::nullopt;
  Candidate candidate{i, j, p, q, MaxShift(table, outcome, j, i, p), 0.0, 0.0};
  candidate.delta_q = candidate.delta_p * (sip + sjp) / (siq + sjq);
  const double max_q = MaxShift(table, outcome, i, j, q);
  if (candidate.delta_q > max_q) {
    candidate.delta_q = max_q;
    candidate.delta_p = max_q * (siq + sjq) / (sip + sjp);
  }
  candidate.gain = candidate.delta_p * (sip * sjq - siq * sjp) / (siq + sjq);
  return candidate;
}

bool OppositeSides(const Table& table, const std::vector<double>& outcome, std::size_t i,
                   std::size_t j, std::size_t d) {
  const int side_i = Side(table.Position(i, d), outcome[d], table.range[d]);
  const int side_j = Side(table.Position(j, d), outcome[d], table.range[d]);
  return side_i != 0 && side_i == -side_j;
}

// The best exchange among actors whose supply issue is still free (rule E5).
std::optional<Candidate> BestCandidate(const Table& table,
                                       const std::set<std::pair<std::size_t, std::size_t>>& used,
                                       double min_gain) {
  const std::vector<double> outcome = table.Outcomes();
  std::optional<Candidate> best;
  for (std::size_t i = 0; i < table.actors; ++i) {
    for (std::size_t j = i + 1; j < table.actors; ++j) {
      for (std::size_t p = 0; p < table.issues; ++p) {
        for (std::size_t q = p + 1; q < table.issues; ++q) {
          if (!table.Takes(i, p) || !table.Takes(i, q) || !table.Takes(j, p) ||
              !table.Takes(j, q)) {
            continue;
          }
          if (!OppositeSides(table, outcome, i, j, p) || !OppositeSides(table, outcome, i, j, q)) {
            continue;
          }
          const auto candidate = Evaluate(table, outcome, i, j, p, q);
          if (!candidate || candidate->gain <= min_gain) continue;
          if (used.count({candidate->j, candidate->p}) ||
              used.count({candidate->i, candidate->q})) {
            continue;
          }
          if (!best || candidate->gain > best->gain) best = candidate;
        }
      }
    }
  }
  return best;
}

// Moves `supplier` on d so the outcome shifts by `delta` (share of range)
// toward `demander`, and records the move.
ExchangeMove Shift(Table& table, std::size_t supplier, std::size_t demander, std::size_t d,
                   double delta) {
  ExchangeMove move;
  move.actor = supplier;
  move.partner = demander;
  move.issue = d;
  move.from = table.Position(supplier, d);
  move.partner_position = table.Position(demander, d);
  move.outcome_before = table.Outcome(d);
  move.supplier_salience = table.Salience(supplier, d);
  move.partner_salience = table.Salience(demander, d);
  const double step = delta * table.range[d] * table.total_weight[d] / table.Weight(supplier, d);
  const double direction = move.partner_position > move.from ? 1.0 : -1.0;
  double to = move.from + direction * step;
  // Never past the partner (rounding only; MaxShift already bounds the step).
  to = direction > 0 ? std::min(to, move.partner_position) : std::max(to, move.partner_position);
  table.SetPosition(supplier, d, to);
  move.to = to;
  move.outcome_after = table.Outcome(d);
  return move;
}

// One round of the execution loop; returns the exchanges realised.
std::vector<Exchange> RunRound(Table& table, int round, double min_gain) {
  std::set<std::pair<std::size_t, std::size_t>> used;  // (actor, supply issue)
  std::vector<Exchange> realised;
  while (auto candidate = BestCandidate(table, used, min_gain)) {
    Exchange exchange;
    exchange.round = round;
    exchange.gain = candidate->gain;
    exchange.on_p = Shift(table, candidate->j, candidate->i, candidate->p, candidate->delta_p);
    exchange.on_q = Shift(table, candidate->i, candidate->j, candidate->q, candidate->delta_q);
    used.insert({candidate->j, candidate->p});
    used.insert({candidate->i, candidate->q});
    realised.push_back(exchange);
  }
  return realised;
}

std::vector<IssueOutcome> ActiveOutcomes(const Table& table) {
  std::vector<IssueOutcome> outcomes;
  for (std::size_t d = 0; d < table.issues; ++d) {
    if (table.total_weight[d] > 0.0) outcomes.push_back({d, table.Outcome(d)});
  }
  return outcomes;
}

}  // namespace

Status ValidateExchangeOptions(const ExchangeOptions& options) {
  if (options.max_rounds < 1 || options.max_rounds > 100) {
    return InvalidArgument(fmt::format("exchange: max_rounds {} outside [1, 100]", options.max_rounds));
  }
  if (!(options.min_gain >= 0.0 && options.min_gain <= 1e-3)) {
    return InvalidArgument(fmt::format("exchange: min_gain {} outside [0, 0.001]", options.min_gain));
  }
  return Ok();
}

Result<ExchangeResult> RunExchange(const Scenario& scenario, const ExchangeOptions& options) {
  if (auto s = ValidateExchangeOptions(options); !s) return tl::unexpected(s.error());
  Table table = exchange_detail::MakeTable(scenario);
  ExchangeResult result;
  result.initial = ActiveOutcomes(table);
  if (result.initial.empty()) {
    return InvalidInput("exchange: no issue has an actor with positive salience", scenario.file, 0,
                        "salience");
  }
  result.termination = Termination::kMaxRounds;
  for (int round = 1; round <= options.max_rounds; ++round) {
    std::vector<Exchange> realised = RunRound(table, round, options.min_gain);
    if (realised.empty()) {
      result.termination = Termination::kConverged;
      break;
    }
    result.rounds = round;
    result.exchanges.insert(result.exchanges.end(), realised.begin(), realised.end());
  }
  if (result.termination == Termination::kMaxRounds &&
      !BestCandidate(table, {}, options.min_gain)) {
    result.termination = Termination::kConverged;  // the cap was reached but nothing was left
  }
  result.outcomes = ActiveOutcomes(table);
  result.positions = table.StancePositions(scenario);
  result.message =
      fmt::format("{} exchange(s) in {} round(s); {}", result.exchanges.size(), result.rounds,
                  result.termination == Termination::kConverged
                      ? "no further exchange has a positive gain"
                      : "stopped at the round cap with exchanges still possible");
  return result;
}

}  // namespace parley
