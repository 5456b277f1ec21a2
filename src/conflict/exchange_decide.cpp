// The `decide` preset: Decide's equal-gain round (rules D1-D8 of
// docs/mechanisms/exchange-model.md). Our own implementation of Decide's rule
// as read in its source (foarsitter/decide-exchange-model, files
// decide/model/base.py, equalgain.py; GPL-3.0, no code copied), checked exchange
// by exchange against its reference runs (shared/reference/exchange/).
#include "exchange_decide.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "exchange_rounds.h"

namespace parley::exchange_detail {
namespace {

using decide::Dec;
using decide::RoundData;

// Decide rescales every issue to 0-100 and reads numbers as decimal text.
Dec ToDecide(const Table& table, std::size_t d, double x) {
  return Dec::FromDouble(x - table.lower[d]) *
         (Dec::FromInt(100) / Dec::FromDouble(table.range[d]));
}

double FromDecide(const Table& table, std::size_t d, const Dec& x) {
  return table.lower[d] + x.ToDouble() * (table.range[d] / 100.0);
}

RoundData MakeRoundData(Table& table) {
  RoundData data{table, {}, {}, {}, {}, {}};
  const std::size_t cells = table.actors * table.issues;
  if (table.decide_start.empty()) {
    table.decide_start.resize(cells);
    for (std::size_t cell = 0; cell < cells; ++cell) {
      if (table.takes[cell] != 0) {
        table.decide_start[cell] = ToDecide(table, cell % table.issues, table.position[cell]);
      }
    }
  }
  data.position = table.decide_start;
  for (std::size_t cell = 0; cell < cells; ++cell) {
    data.salience.push_back(Dec::FromDouble(table.salience[cell]));
    if (table.takes[cell] != 0) {
      table.position[cell] = FromDecide(table, cell % table.issues, data.position[cell]);
    }
  }
  for (double c : table.capability) data.capability.push_back(Dec::FromDouble(c));
  data.term.resize(cells);
  for (std::size_t cell = 0; cell < cells; ++cell) {
    if (table.takes[cell] != 0) {
      data.term[cell] =
          data.position[cell] * data.salience[cell] * data.capability[cell / table.issues];
    }
  }
  data.weight_sum.resize(table.issues);
  for (std::size_t d = 0; d < table.issues; ++d) {
    for (std::size_t a = 0; a < table.actors; ++a) {
      if (table.Takes(a, d)) {
        data.weight_sum[d] =
            data.weight_sum[d] + data.salience[table.Cell(a, d)] * data.capability[a];
      }
    }
  }
  return data;
}

// Rule D1: which actors stand left of each issue's outcome at the round's start.
std::vector<char> LeftOfOutcome(const RoundData& data) {
  const Table& table = data.table;
  std::vector<char> left(table.actors * table.issues, 0);
  for (std::size_t d = 0; d < table.issues; ++d) {
    if (data.weight_sum[d].IsZero()) continue;
    Dec sum;
    for (std::size_t a = 0; a < table.actors; ++a) {
      if (!table.Takes(a, d)) continue;
      sum = sum + data.term[table.Cell(a, d)];
    }
    const Dec outcome = sum / data.weight_sum[d];
    for (std::size_t a = 0; a < table.actors; ++a) {
      left[table.Cell(a, d)] = table.Takes(a, d) && data.position[table.Cell(a, d)] < outcome;
    }
  }
  return left;
}

// Rule D2: per issue pair p < q, actors on the same side of both outcomes
// trade with those on the other side of both; then those left of p only with
// those left of q only. Candidates in that order (the list order of ties).
std::vector<decide::Candidate> Candidates(const RoundData& data) {
  const Table& table = data.table;
  const std::vector<char> left = LeftOfOutcome(data);
  std::vector<decide::Candidate> candidates;
  for (std::size_t p = 0; p < table.issues; ++p) {
    for (std::size_t q = p + 1; q < table.issues; ++q) {
      std::vector<std::size_t> group[4];
      for (std::size_t a = 0; a < table.actors; ++a) {
        if (!table.Takes(a, p) || !table.Takes(a, q)) continue;
        group[left[table.Cell(a, p)] + 2 * left[table.Cell(a, q)]].push_back(a);
      }
      for (const auto& [first, second] : {std::pair{0, 3}, std::pair{1, 2}}) {
        for (std::size_t a : group[first]) {
          for (std::size_t b : group[second]) {
            decide::Candidate c;
            if (MakeCandidate(data, a, b, p, q, c)) candidates.push_back(std::move(c));
          }
        }
      }
    }
  }
  return candidates;
}

bool HigherGain(const decide::Candidate& a, const decide::Candidate& b) {
  const double scale = std::max(std::abs(a.gain_approx), std::abs(b.gain_approx));
  if (std::abs(a.gain_approx - b.gain_approx) > 1e-9 * scale) return a.gain_approx > b.gain_approx;
  return a.gain > b.gain;
}

// The trace of a realised candidate in the table's units.
exchange_detail::Candidate ToTrace(const Table& table, const decide::Candidate& c) {
  exchange_detail::Candidate t;
  t.i = c.i.actor;
  t.j = c.j.actor;
  t.p = c.j.supply;
  t.q = c.i.supply;
  t.from_jp = FromDecide(table, t.p, c.j.from);
  t.to_jp = FromDecide(table, t.p, c.j.to);
  t.from_iq = FromDecide(table, t.q, c.i.from);
  t.to_iq = FromDecide(table, t.q, c.i.to);
  t.toward_p = FromDecide(table, t.p, c.i.demand_position);
  t.toward_q = FromDecide(table, t.q, c.j.demand_position);
  t.outcome_p = table.Outcome(t.p);
  t.outcome_q = table.Outcome(t.q);
  const double gain = c.gain.ToDouble() / 100.0;  // Decide's gains are on 0-100
  t.split.gain_i = gain;
  t.split.gain_j = gain;
  t.split.delta_p = std::abs(t.to_jp - t.from_jp) * table.Weight(t.j, t.p) /
                    (table.total_weight[t.p] * table.range[t.p]);
  t.split.delta_q = std::abs(t.to_iq - t.from_iq) * table.Weight(t.i, t.q) /
                    (table.total_weight[t.q] * table.range[t.q]);
  return t;
}

}  // namespace

std::vector<Exchange> RunDecideRound(Table& table, const RoundContext& context) {
  const RoundData data = MakeRoundData(table);
  std::vector<decide::Candidate> candidates = Candidates(data);
  std::vector<std::size_t> list(candidates.size());  // the list, as indices into candidates
  for (std::size_t n = 0; n < list.size(); ++n) list[n] = n;
  std::vector<std::size_t> realised;
  std::vector<Exchange> trace;
  const auto higher = [&](std::size_t a, std::size_t b) {
    return HigherGain(candidates[a], candidates[b]);
  };
  // Rule D7: the highest gain first, exact ties in list order; then every
  // candidate linked to it is brought up to date and the invalid ones leave.
  while (!list.empty()) {
    std::stable_sort(list.begin(), list.end(), higher);
    const std::size_t done = list.front();
    list.erase(list.begin());
    if (!candidates[done].valid) continue;
    std::vector<std::size_t> kept;
    kept.reserve(list.size());
    for (std::size_t n : list) {
      if (!candidates[n].valid) continue;
      decide::Relink(data, candidates[n], candidates[done]);
      if (candidates[n].valid) kept.push_back(n);
    }
    list = std::move(kept);
    trace.push_back(Realise(table, ToTrace(table, candidates[done]), context.round));
    realised.push_back(done);
  }
  // Rule D8: the next round starts part of the way toward the voting positions.
  std::vector<Dec> next = data.position;
  for (std::size_t n : realised) {
    for (const decide::Side* s : {&candidates[n].i, &candidates[n].j}) {
      next[table.Cell(s->actor, s->supply)] =
          decide::NextStart(s->supply_salience, s->start, s->to);
    }
  }
  table.decide_start = std::move(next);
  return trace;
}

}  // namespace parley::exchange_detail
