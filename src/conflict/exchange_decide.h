// Internal: the `decide` preset's candidate exchanges, computed as Decide
// computes them (rules D1-D7 of docs/mechanisms/exchange-model.md): in 28-digit
// decimal arithmetic, on Decide's 0-100 scale, each candidate with its own copy
// of its suppliers' positions and its own view of linked outcomes.
#pragma once

#include <cstddef>
#include <vector>

#include "decimal28.h"
#include "exchange_table.h"

namespace parley::exchange_detail::decide {

using Dec = Decimal28;

// The round's fixed data: positions at the start of the round (0-100),
// saliences, capabilities, and each issue's sum of capability x salience.
struct RoundData {
  const Table& table;
  std::vector<Dec> position;  // cells (actor x issue)
  std::vector<Dec> salience;  // cells
  std::vector<Dec> capability;
  std::vector<Dec> weight_sum;  // issues
  std::vector<Dec> term;        // cells: position x salience x capability, as Decide rounds it
  std::size_t Cell(std::size_t actor, std::size_t issue) const { return table.Cell(actor, issue); }
};

// One actor of a candidate: it moves on `supply` toward its partner and
// demands `demand`, where its own position stays that of the round's start.
struct Side {
  std::size_t actor = 0, supply = 0, demand = 0;
  Dec from;   // its position on `supply` as this candidate sees it
  Dec start;  // its position on `supply` at the start of the round
  Dec supply_salience, demand_salience, capability;
  Dec demand_position;
  Dec move, to;
  std::vector<Dec> moves;  // the moves this candidate has computed for it
};

// A position of another actor that a candidate has learnt of (rule D5).
struct Seen {
  std::size_t issue = 0, actor = 0;
  Dec position;
};

// i supplies q (= i.supply) and demands p; j supplies p and demands q.
struct Candidate {
  Side i, j;
  std::vector<Seen> seen;
  Dec gain;
  double gain_approx = 0.0;  // gain as a double, to sort fast (ties use gain)
  bool valid = true;
};

// Rule D2: the candidate between actors a and b on issues p < q, or false
// when a salience or capability it divides by is zero.
bool MakeCandidate(const RoundData& data, std::size_t a, std::size_t b, std::size_t p,
                   std::size_t q, Candidate& candidate);

// Rules D3-D5: what realised exchange `done` changes in `candidate`.
void Relink(const RoundData& data, Candidate& candidate, const Candidate& done);

// Rule D8: the position the next round starts from, x + w (y - x).
Dec NextStart(const Dec& salience, const Dec& start, const Dec& voting);

}  // namespace parley::exchange_detail::decide
