// The default preset: Stokman & Van Oosten (1994) with gains against each
// actor's own positions (docs/mechanisms/exchange-model.md rules S1-S8).
#include <cmath>
#include <utility>

#include "exchange_rounds.h"

namespace parley::exchange_detail {
namespace {

// Per cell (actor, issue): 1 when the actor has conceded the issue this round.
using Supplies = std::vector<char>;

// -1 left of the outcome, +1 right, 0 on it (rule S2).
int Side(double position, double outcome, double range) {
  const double tolerance = 1e-12 * range;
  if (position < outcome - tolerance) return -1;
  if (position > outcome + tolerance) return 1;
  return 0;
}

// Rule S2: the demander's own position and the supplier's voting position lie
// strictly on opposite sides of the current outcome.
bool Opposed(const Table& table, const std::vector<double>& outcome, std::size_t demander,
             std::size_t supplier, std::size_t d) {
  const int side = Side(table.Own(demander, d), outcome[d], table.range[d]);
  return side != 0 && side == -Side(table.Position(supplier, d), outcome[d], table.range[d]);
}

// Rule S6: s_p (|x_p - O_p| - |x_p - O_p'|) / R_p + the same on q, by own positions.
double OwnGain(const Table& table, std::size_t actor, const Candidate& c) {
  double gain = 0.0;
  for (const auto& [d, before, delta, toward] :
       {std::tuple{c.p, c.outcome_p, c.split.delta_p, c.toward_p},
        std::tuple{c.q, c.outcome_q, c.split.delta_q, c.toward_q}}) {
    const double after = before + (toward > before ? 1.0 : -1.0) * delta * table.range[d];
    const double own = table.Own(actor, d);
    gain += table.Salience(actor, d) * (std::abs(own - before) - std::abs(own - after)) /
            table.range[d];
  }
  return gain;
}

bool Reverses(const Table& table, std::size_t supplier, std::size_t d, double toward) {
  const signed char committed = table.committed[table.Cell(supplier, d)];
  const double step = toward - table.Position(supplier, d);
  return (committed > 0 && step < 0.0) || (committed < 0 && step > 0.0);
}

std::optional<Candidate> Evaluate(const Table& table, const std::vector<double>& outcome,
                                  const Supplies& conceded, const RoundContext& context,
                                  std::size_t i, std::size_t j, std::size_t p, std::size_t q) {
  Candidate c;
  c.i = i;
  c.j = j;
  c.p = p;
  c.q = q;
  if (SaliencesOf(table, c).Cross() < 0.0) std::swap(c.p, c.q);
  p = c.p;
  q = c.q;
  if (!Opposed(table, outcome, i, j, p) || !Opposed(table, outcome, j, i, q)) return std::nullopt;
  // Rule S4: no second supply of an issue in a round, and no demand of an
  // issue the demander has conceded in this round.
  if (conceded[table.Cell(j, p)] || conceded[table.Cell(i, q)] || conceded[table.Cell(i, p)] ||
      conceded[table.Cell(j, q)]) {
    return std::nullopt;
  }
  const bool respect = !context.options.allow_red_line_crossing;
  c.toward_p = table.Own(i, p);
  c.toward_q = table.Own(j, q);
  // Rule S5: a supplier never moves back against a concession it made earlier.
  if (Reverses(table, j, p, c.toward_p) || Reverses(table, i, q, c.toward_q)) return std::nullopt;
  c.from_jp = table.Position(j, p);
  c.from_iq = table.Position(i, q);
  c.outcome_p = outcome[p];
  c.outcome_q = outcome[q];
  const double max_p =
      MaxShift(table, j, p, c.from_jp, c.toward_p, c.outcome_p, c.toward_p, respect);
  const double max_q =
      MaxShift(table, i, q, c.from_iq, c.toward_q, c.outcome_q, c.toward_q, respect);
  std::optional<double> draw;
  if (context.options.rate == ExchangeRate::kRandom) {
    draw = CandidateDraw(context.options.seed, context.round, i, j, p, q);
  }
  const auto split = SplitExchange(SaliencesOf(table, c), max_p, max_q, draw);
  if (!split) return std::nullopt;
  c.split = *split;
  // Rule S6: neither side worse off by its own positions.
  if (!(OwnGain(table, i, c) > context.options.min_gain) ||
      !(OwnGain(table, j, c) > context.options.min_gain)) {
    return std::nullopt;
  }
  c.to_jp = MovedPosition(table, j, p, c.from_jp, c.toward_p, c.split.delta_p);
  c.to_iq = MovedPosition(table, i, q, c.from_iq, c.toward_q, c.split.delta_q);
  return c;
}

std::vector<Candidate> Candidates(const Table& table, const Supplies& conceded,
                                  const RoundContext& context) {
  const std::vector<double> outcome = table.Outcomes();
  std::vector<Candidate> candidates;
  for (std::size_t p = 0; p < table.issues; ++p) {
    for (std::size_t q = p + 1; q < table.issues; ++q) {
      for (std::size_t i = 0; i < table.actors; ++i) {
        if (!table.Takes(i, p) || !table.Takes(i, q)) continue;
        for (std::size_t j = i + 1; j < table.actors; ++j) {
          if (!table.Takes(j, p) || !table.Takes(j, q)) continue;
          if (auto c = Evaluate(table, outcome, conceded, context, i, j, p, q)) {
            candidates.push_back(*c);
          }
        }
      }
    }
  }
  return candidates;
}

}  // namespace

std::vector<Exchange> RunStokmanRound(Table& table, const RoundContext& context) {
  Supplies conceded(table.actors * table.issues, 0);
  std::vector<Exchange> realised;
  for (;;) {
    const std::vector<Candidate> candidates = Candidates(table, conceded, context);
    const std::size_t best = PickBest(candidates, context);
    if (best == candidates.size()) break;
    const Candidate& c = candidates[best];
    table.committed[table.Cell(c.j, c.p)] = c.to_jp > c.from_jp ? 1 : -1;
    table.committed[table.Cell(c.i, c.q)] = c.to_iq > c.from_iq ? 1 : -1;
    realised.push_back(Realise(table, c, context.round));
    conceded[table.Cell(c.j, c.p)] = 1;
    conceded[table.Cell(c.i, c.q)] = 1;
  }
  return realised;
}

}  // namespace parley::exchange_detail
