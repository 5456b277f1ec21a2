// The `decide` preset's arithmetic of one candidate exchange. Our own
// implementation of Decide's rule as read in its source (foarsitter/
// decide-exchange-model, files decide/model/base.py, equalgain.py and
// calculations.py; GPL-3.0, no code copied) and checked against its
// reference runs. The order of every operation is Decide's, because its
// decimal rounding decides near-ties. Rules: docs/mechanisms/exchange-model.md.
#include "exchange_decide.h"

namespace parley::exchange_detail::decide {
namespace {

const Dec& Tiny() {  // 1e-10 as a double, exactly (Decide compares with it)
  static const Dec tiny = Dec::Parse(
      "1.0000000000000000364321973154977415791655470655996396089904010295867919921875e-10");
  return tiny;
}

const Dec& Hundred() {
  static const Dec hundred = Dec::FromInt(100);
  return hundred;
}

const Seen* FindSeen(const Candidate& c, std::size_t issue, std::size_t actor) {
  for (const Seen& s : c.seen) {
    if (s.issue == issue && s.actor == actor) return &s;
  }
  return nullptr;
}

// Rule D4: the outcome of s's supply issue as this candidate sees it, with s at
// `position`: the round's start positions, except those the candidate has seen.
Dec SeenOutcome(const RoundData& data, const Candidate& c, const Side& s, const Dec& position) {
  const std::size_t d = s.supply;
  Dec sum;
  for (std::size_t a = 0; a < data.table.actors; ++a) {
    if (!data.table.Takes(a, d)) continue;
    const Seen* seen = a == s.actor ? nullptr : FindSeen(c, d, a);
    if (a != s.actor && !seen) {
      sum = sum + data.term[data.Cell(a, d)];
      continue;
    }
    const Dec& x = a == s.actor ? position : seen->position;
    sum = sum + x * data.salience[data.Cell(a, d)] * data.capability[a];
  }
  return sum / data.weight_sum[d];
}

// The shift of s's position that would bring that outcome to `target`.
Dec ShiftToOutcome(const RoundData& data, const Candidate& c, const Side& s, const Dec& target) {
  const std::size_t d = s.supply;
  Dec sum;
  for (std::size_t a = 0; a < data.table.actors; ++a) {
    if (!data.table.Takes(a, d)) continue;
    const Seen* seen = FindSeen(c, d, a);
    if (a != s.actor && !seen) {
      sum = sum + data.term[data.Cell(a, d)];
      continue;
    }
    const Dec& x = seen ? seen->position : s.from;
    sum = sum + x * data.salience[data.Cell(a, d)] * data.capability[a];
  }
  return (target * data.weight_sum[d] - sum) / (s.supply_salience * s.capability);
}

// Outcome shift of s moving all the way to its partner's position.
Dec FullShift(const RoundData& data, const Side& s, const Side& partner) {
  return Abs(partner.demand_position - s.from) * s.supply_salience * s.capability /
         data.weight_sum[s.supply];
}

// Equal gain (rule E5): the partner's outcome shift for s's shift `shift`.
Dec PartnerShift(const Side& s, const Side& partner, const Dec& shift) {
  return (s.supply_salience + partner.demand_salience) /
         (s.demand_salience + partner.supply_salience) * shift;
}

Dec MoveFor(const RoundData& data, const Side& s, const Dec& shift) {
  return shift * data.weight_sum[s.supply] / (s.capability * s.supply_salience);
}

Dec GainOf(const Side& s, const Dec& own_shift, const Dec& partner_shift) {
  return Abs(own_shift * s.supply_salience - partner_shift * s.demand_salience);
}

// Rule D6: a move is valid when it is not negligible, stays on the scale, and
// agrees in direction with every move this candidate computed for the side.
bool ValidMove(const Side& s, const Dec& move) {
  if (Abs(move) > Hundred() || Abs(move) <= Tiny()) return false;
  const Dec to = s.from + move;
  if (to.IsNegative() || to > Hundred()) return false;
  Dec sum;
  bool all_up = true, all_down = true;
  for (const Dec& m : s.moves) {
    sum = sum + m;
    all_up = all_up && !m.IsNegative() && !m.IsZero();
    all_down = all_down && m.IsNegative();
  }
  return !(sum > Hundred()) && (all_up || all_down);
}

void Orient(Side& s, const Side& partner) {
  if (s.from > partner.demand_position) s.move = -s.move;
}

// Rule E4 as Decide applies it: when s's move carries the outcome it sees past
// the partner's position, s moves only as far as brings it there.
void LimitByOutcome(const RoundData& data, Candidate& c, Side& s, Side& partner) {
  const Dec before = partner.demand_position - SeenOutcome(data, c, s, s.from);
  const Dec after = partner.demand_position - SeenOutcome(data, c, s, s.to);
  if (!before.IsNegative() && !after.IsNegative()) return;
  if ((before.IsNegative() || before.IsZero()) && (after.IsNegative() || after.IsZero())) return;
  const Dec shift_to = Abs(ShiftToOutcome(data, c, s, partner.demand_position));
  const Dec own_shift = shift_to * s.supply_salience * s.capability / data.weight_sum[s.supply];
  const Dec partner_shift = PartnerShift(s, partner, own_shift);
  partner.move = Abs(MoveFor(data, partner, partner_shift));
  s.move = shift_to;
  Orient(partner, s);
  Orient(s, partner);
  partner.moves.back() = partner.move;
  s.moves.back() = s.move;
  partner.to = partner.from + partner.move;
  s.to = s.from + s.move;
  c.gain = GainOf(partner, partner_shift, own_shift);
}

// Rules E4-E5 from the candidate's own state: j first moves all the way; if
// i's equal-gain move would then pass j, i moves all the way instead.
void Calculate(const RoundData& data, Candidate& c) {
  Side& i = c.i;
  Side& j = c.j;
  Dec shift_p = FullShift(data, j, i);
  Dec shift_q = PartnerShift(j, i, shift_p);
  i.move = MoveFor(data, i, shift_q);
  j.move = Abs(i.demand_position - j.from);
  if (Abs(i.move) > Abs(j.demand_position - i.from)) {
    shift_q = FullShift(data, i, j);
    shift_p = PartnerShift(i, j, shift_q);
    i.move = Abs(j.demand_position - i.from);
    j.move = MoveFor(data, j, shift_p);
  }
  Orient(i, j);
  Orient(j, i);
  i.moves.push_back(i.move);
  j.moves.push_back(j.move);
  i.to = i.from + i.move;
  j.to = j.from + j.move;
  c.gain = GainOf(i, shift_q, shift_p);
  c.valid = ValidMove(i, i.move) && ValidMove(j, j.move) && !(c.gain < Tiny());
  if (c.valid) {
    LimitByOutcome(data, c, i, j);
    LimitByOutcome(data, c, j, i);
    c.valid = ValidMove(i, i.move) && ValidMove(j, j.move);
  }
  c.gain_approx = c.gain.ToDouble();
}

Side MakeSide(const RoundData& data, std::size_t actor, std::size_t supply, std::size_t demand) {
  Side s;
  s.actor = actor;
  s.supply = supply;
  s.demand = demand;
  s.from = data.position[data.Cell(actor, supply)];
  s.start = s.from;
  s.supply_salience = data.salience[data.Cell(actor, supply)];
  s.demand_salience = data.salience[data.Cell(actor, demand)];
  s.capability = data.capability[actor];
  s.demand_position = data.position[data.Cell(actor, demand)];
  return s;
}

// Rule D5: what a candidate keeps of a position it has seen more than once.
Dec KeepSeen(const Side& mover, const Dec& known) {
  if (mover.start <= known) return known < mover.to ? known : mover.to;
  return known > mover.to ? known : mover.to;
}

}  // namespace

bool MakeCandidate(const RoundData& data, std::size_t a, std::size_t b, std::size_t p,
                   std::size_t q, Candidate& c) {
  for (std::size_t actor : {a, b}) {
    if (data.capability[actor].IsZero()) return false;
    for (std::size_t d : {p, q}) {
      if (data.salience[data.Cell(actor, d)].IsZero()) return false;
    }
  }
  const auto ratio = [&](std::size_t actor) {
    return data.salience[data.Cell(actor, p)] / data.salience[data.Cell(actor, q)];
  };
  // Rule E3 as Decide orients it: i is the actor that supplies q.
  const bool swap = ratio(a) < ratio(b);
  c.i = MakeSide(data, swap ? b : a, q, p);
  c.j = MakeSide(data, swap ? a : b, p, q);
  Calculate(data, c);
  return true;
}

void Relink(const RoundData& data, Candidate& c, const Candidate& done) {
  // D3: a side that supplies what a side of `done` supplied moves on from there.
  bool recompute = false;
  for (Side* mine : {&c.i, &c.j}) {
    for (const Side* moved : {&done.i, &done.j}) {
      if (mine->actor != moved->actor || mine->supply != moved->supply) continue;
      mine->from = moved->to;
      mine->moves.push_back(moved->moves.back());
      recompute = true;
      break;
    }
  }
  if (recompute) {  // Decide then drops the last move of each side
    c.i.moves.pop_back();
    c.j.moves.pop_back();
  }
  // D5: a side that demands what a side of `done` demanded learns where the
  // supplier of `done` moved.
  for (int n = 0; n < 2; ++n) {
    const Side& demander = n == 0 ? done.j : done.i;
    const Side& supplier = n == 0 ? done.i : done.j;
    const bool linked = (demander.actor == c.j.actor && demander.demand == c.j.demand) ||
                        (demander.actor == c.i.actor && demander.demand == c.i.demand);
    if (!linked) continue;
    bool known = false;
    for (Seen& s : c.seen) {
      if (s.issue == demander.demand && s.actor == supplier.actor) {
        s.position = KeepSeen(supplier, s.position);
        known = true;
      }
    }
    if (!known) c.seen.push_back({demander.demand, supplier.actor, supplier.to});
    if (!recompute) {
      c.i.moves.pop_back();
      c.j.moves.pop_back();
      recompute = true;
    }
  }
  if (recompute) Calculate(data, c);
}

Dec NextStart(const Dec& salience, const Dec& start, const Dec& voting) {
  // Decide's weights 0.4 and 0.1 are binary doubles taken exactly.
  static const Dec salience_weight =
      Dec::Parse("0.40000000000000002220446049250313080847263336181640625");
  static const Dec fixed_weight =
      Dec::Parse("0.1000000000000000055511151231257827021181583404541015625");
  const Dec one = Dec::FromInt(1);
  const Dec moved = (one - salience) * salience_weight;
  return moved * voting + fixed_weight * voting + (one - moved - fixed_weight) * start;
}

}  // namespace parley::exchange_detail::decide
