// Internal: one round of each preset's execution loop, and what they share:
// the candidate record, the choice of the best candidate (ties), and the
// trace of a realised exchange.
#pragma once

#include <cstddef>
#include <random>
#include <vector>

#include "exchange_rate.h"
#include "exchange_table.h"
#include "parley/exchange.h"

namespace parley::exchange_detail {

struct RoundContext {
  const ExchangeOptions& options;
  int round = 1;
  std::mt19937_64& tie_engine;  // random tie-breaking only
};

// i demands p (j moves on p toward i) and supplies q (i moves on q toward j).
struct Candidate {
  std::size_t i = 0, j = 0, p = 0, q = 0;
  Split split;
  double from_jp = 0.0, to_jp = 0.0;        // j's voting position on p, before and after
  double from_iq = 0.0, to_iq = 0.0;        // i's voting position on q, before and after
  double toward_p = 0.0, toward_q = 0.0;    // the demanders' positions the moves go toward
  double outcome_p = 0.0, outcome_q = 0.0;  // the outcomes this candidate sees
  bool alive = true;
  // The ranking key: the common gain (equal gain) or the joint gain (random rate).
  double Rank() const { return split.gain_i + split.gain_j; }
};

PairSaliences SaliencesOf(const Table& table, const Candidate& candidate);

// The index of the best live candidate whose gains both exceed min_gain, or
// candidates.size() when none: the highest Rank(); ties within
// tie_tolerance x the best by list order or at random (ExchangeOptions).
std::size_t PickBest(const std::vector<Candidate>& candidates, const RoundContext& context);

// Moves the table's voting positions as `candidate` says and returns the
// trace, with current outcomes before and after, each side's gain by its own
// positions, and red lines crossed.
Exchange Realise(Table& table, const Candidate& candidate, int round);

// Rules S1-S8 (docs/mechanisms/exchange-model.md): the default preset.
std::vector<Exchange> RunStokmanRound(Table& table, const RoundContext& context);

// Rules D1-D5: Decide's round. Leaves the voting positions after the round's
// exchanges (y) in the table; rule D6 (partial adoption) is the caller's.
std::vector<Exchange> RunDecideRound(Table& table, const RoundContext& context);

}  // namespace parley::exchange_detail
