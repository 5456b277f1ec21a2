// What both presets share: the choice of the best candidate and the trace of
// a realised exchange (docs/mechanisms/exchange-model.md, rules T1, S6).
#include "exchange_rounds.h"

#include <cmath>

namespace parley::exchange_detail {
namespace {

bool Eligible(const Candidate& candidate, double min_gain) {
  return candidate.alive && candidate.split.gain_i > min_gain && candidate.split.gain_j > min_gain;
}

ExchangeMove MoveOf(const Table& table, std::size_t supplier, std::size_t demander, std::size_t d,
                    double from, double to, double partner_position) {
  ExchangeMove move;
  move.actor = supplier;
  move.partner = demander;
  move.issue = d;
  move.from = from;
  move.to = to;
  move.partner_position = partner_position;
  move.supplier_salience = table.Salience(supplier, d);
  move.partner_salience = table.Salience(demander, d);
  return move;
}

// s (|x_own - O_before| - |x_own - O_after|) / R on one issue.
double OwnGainOn(const Table& table, std::size_t actor, const ExchangeMove& move) {
  const double own = table.Own(actor, move.issue);
  return table.Salience(actor, move.issue) *
         (std::abs(own - move.outcome_before) - std::abs(own - move.outcome_after)) /
         table.range[move.issue];
}

}  // namespace

PairSaliences SaliencesOf(const Table& table, const Candidate& c) {
  return {table.Salience(c.i, c.p), table.Salience(c.i, c.q), table.Salience(c.j, c.p),
          table.Salience(c.j, c.q)};
}

std::size_t PickBest(const std::vector<Candidate>& candidates, const RoundContext& context) {
  const double min_gain = context.options.min_gain;
  std::size_t best = candidates.size();
  for (std::size_t n = 0; n < candidates.size(); ++n) {
    if (!Eligible(candidates[n], min_gain)) continue;
    if (best == candidates.size() || candidates[n].Rank() > candidates[best].Rank()) best = n;
  }
  if (best == candidates.size()) return best;
  const double floor = candidates[best].Rank() * (1.0 - context.options.tie_tolerance);
  std::vector<std::size_t> tied;
  for (std::size_t n = 0; n < candidates.size(); ++n) {
    if (Eligible(candidates[n], min_gain) && candidates[n].Rank() >= floor) tied.push_back(n);
  }
  if (context.options.tie_break == ExchangeTieBreak::kListOrder || tied.size() == 1) {
    return tied.front();  // the first in list order
  }
  // Uniform among the tied: the top 53 bits of one draw, scaled.
  const double u = static_cast<double>(context.tie_engine() >> 11) * 0x1.0p-53;
  return tied[std::min(tied.size() - 1, static_cast<std::size_t>(u * tied.size()))];
}

Exchange Realise(Table& table, const Candidate& c, int round) {
  Exchange exchange;
  exchange.round = round;
  exchange.gain = c.split.gain_i;
  exchange.partner_gain = c.split.gain_j;
  exchange.on_p = MoveOf(table, c.j, c.i, c.p, c.from_jp, c.to_jp, c.toward_p);
  exchange.on_q = MoveOf(table, c.i, c.j, c.q, c.from_iq, c.to_iq, c.toward_q);
  exchange.on_p.outcome_before = table.Outcome(c.p);
  exchange.on_q.outcome_before = table.Outcome(c.q);
  table.SetPosition(c.j, c.p, c.to_jp);
  table.SetPosition(c.i, c.q, c.to_iq);
  exchange.on_p.outcome_after = table.Outcome(c.p);
  exchange.on_q.outcome_after = table.Outcome(c.q);
  const double gain_i = OwnGainOn(table, c.i, exchange.on_p) + OwnGainOn(table, c.i, exchange.on_q);
  const double gain_j = OwnGainOn(table, c.j, exchange.on_p) + OwnGainOn(table, c.j, exchange.on_q);
  exchange.on_q.supplier_own_gain = gain_i;
  exchange.on_p.supplier_own_gain = gain_j;
  for (ExchangeMove* move : {&exchange.on_p, &exchange.on_q}) {
    const auto& red_line = table.red_line[table.Cell(move->actor, move->issue)];
    move->crosses_red_line =
        red_line && !red_line->Contains(move->to, 1e-9 * table.range[move->issue]);
  }
  return exchange;
}

}  // namespace parley::exchange_detail
