// The `decide` preset: Decide's equal-gain round as measured against its
// reference runs (shared/reference/exchange/README.md; docs/mechanisms/
// exchange-model.md rules D1-D6). No code of Decide was read or ported.
#include <cmath>
#include <utility>

#include "exchange_rounds.h"

namespace parley::exchange_detail {
namespace {

// One side of an exchange: `actor` supplies `supply` and demands `demand`.
struct Side {
  std::size_t actor, supply, demand, partner;
};

// Rule D1: -1 left of the round's starting outcome, +1 right, 0 on it.
int SideOf(double position, double outcome, double range) {
  const double tolerance = 1e-12 * range;
  if (position < outcome - tolerance) return -1;
  if (position > outcome + tolerance) return 1;
  return 0;
}

// Rule D2: the exchange from the candidate's own state (supply positions,
// outcomes); demanders keep their positions from the start of the round.
bool Evaluate(const Table& table, const RoundContext& context, Candidate& c) {
  const bool respect = !context.options.allow_red_line_crossing;
  const double max_p =
      MaxShift(table, c.j, c.p, c.from_jp, c.toward_p, c.outcome_p, c.toward_p, respect);
  const double max_q =
      MaxShift(table, c.i, c.q, c.from_iq, c.toward_q, c.outcome_q, c.toward_q, respect);
  std::optional<double> draw;
  if (context.options.rate == ExchangeRate::kRandom) {
    draw = CandidateDraw(context.options.seed, context.round, c.i, c.j, c.p, c.q);
  }
  const auto split = SplitExchange(SaliencesOf(table, c), max_p, max_q, draw);
  if (!split) return false;
  c.split = *split;
  c.to_jp = MovedPosition(table, c.j, c.p, c.from_jp, c.toward_p, c.split.delta_p);
  c.to_iq = MovedPosition(table, c.i, c.q, c.from_iq, c.toward_q, c.split.delta_q);
  return true;
}

std::vector<Candidate> Candidates(const Table& table, const RoundContext& context) {
  const std::vector<double> outcome = table.Outcomes();
  auto opposed = [&](std::size_t a, std::size_t b, std::size_t d) {
    const int side = SideOf(table.Position(a, d), outcome[d], table.range[d]);
    return side != 0 && side == -SideOf(table.Position(b, d), outcome[d], table.range[d]);
  };
  std::vector<Candidate> candidates;
  for (std::size_t p = 0; p < table.issues; ++p) {
    for (std::size_t q = p + 1; q < table.issues; ++q) {
      for (std::size_t i = 0; i < table.actors; ++i) {
        if (!table.Takes(i, p) || !table.Takes(i, q)) continue;
        for (std::size_t j = i + 1; j < table.actors; ++j) {
          if (!table.Takes(j, p) || !table.Takes(j, q)) continue;
          if (!opposed(i, j, p) || !opposed(i, j, q)) continue;
          Candidate c;
          c.i = i;
          c.j = j;
          c.p = p;
          c.q = q;
          const double cross = SaliencesOf(table, c).Cross();
          if (cross == 0.0) continue;
          if (cross < 0.0) std::swap(c.p, c.q);
          c.from_jp = table.Position(c.j, c.p);
          c.from_iq = table.Position(c.i, c.q);
          c.toward_p = table.Position(c.i, c.p);
          c.toward_q = table.Position(c.j, c.q);
          c.outcome_p = outcome[c.p];
          c.outcome_q = outcome[c.q];
          if (Evaluate(table, context, c)) candidates.push_back(c);
        }
      }
    }
  }
  return candidates;
}

// Rules D3-D4: how a realised exchange `e` changes candidate `c` when they
// share an actor. `outcome_after` holds e's outcomes after its own moves.
void Relink(const Table& table, const RoundContext& context, const Candidate& e,
            const double (&outcome_after)[2], Candidate& c) {
  const Side e_sides[2] = {{e.i, e.q, e.p, e.j}, {e.j, e.p, e.q, e.i}};
  const double e_from[2] = {e.from_iq, e.from_jp};
  const double e_to[2] = {e.to_iq, e.to_jp};
  bool recompute = false;
  for (int s = 0; s < 2 && c.alive; ++s) {
    const Side& moved = e_sides[s];
    for (int role = 0; role < 2 && c.alive; ++role) {
      const Side mine = role == 0 ? Side{c.i, c.q, c.p, c.j} : Side{c.j, c.p, c.q, c.i};
      if (mine.actor != moved.actor) continue;
      double& from = role == 0 ? c.from_iq : c.from_jp;
      double& to = role == 0 ? c.to_iq : c.to_jp;
      double& seen = mine.supply == c.p ? c.outcome_p : c.outcome_q;
      if (mine.supply == moved.supply) {
        const double target = role == 0 ? c.toward_q : c.toward_p;
        const double direction = target - from;
        // D3: same direction and not yet at or past the partner: keep the
        // move's length from the new position; otherwise the candidate goes.
        if (direction * (e_to[s] - e_from[s]) <= 0.0 || (target - e_to[s]) * direction <= 0.0) {
          c.alive = false;
          break;
        }
        to += e_to[s] - from;
        from = e_to[s];
        seen = outcome_after[s];
        if ((target - to) * direction < -1e-9 * table.range[mine.supply]) {
          // Past the partner: gone when it is e's partner again, else recomputed.
          if (mine.partner == moved.partner) {
            c.alive = false;
            break;
          }
          recompute = true;
        }
      }
      if (mine.demand == moved.demand) {
        // D4: the demanded issue's outcome now includes e's move toward this actor.
        (mine.demand == c.p ? c.outcome_p : c.outcome_q) = outcome_after[1 - s];
        recompute = true;
      }
    }
  }
  if (c.alive && recompute) c.alive = Evaluate(table, context, c);
}

}  // namespace

std::vector<Exchange> RunDecideRound(Table& table, const RoundContext& context) {
  std::vector<Candidate> candidates = Candidates(table, context);
  std::vector<Exchange> realised;
  for (;;) {
    const std::size_t best = PickBest(candidates, context);
    if (best == candidates.size()) break;
    const Candidate e = candidates[best];
    candidates[best].alive = false;
    realised.push_back(Realise(table, e, context.round));
    // e's outcomes after its own moves: [0] on q (i's move), [1] on p (j's move).
    const double outcome_after[2] = {
        e.outcome_q + (e.to_iq - e.from_iq) * table.Weight(e.i, e.q) / table.total_weight[e.q],
        e.outcome_p + (e.to_jp - e.from_jp) * table.Weight(e.j, e.p) / table.total_weight[e.p]};
    for (Candidate& c : candidates) {
      if (c.alive) Relink(table, context, e, outcome_after, c);
    }
  }
  return realised;
}

}  // namespace parley::exchange_detail
