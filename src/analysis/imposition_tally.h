// Internal: counts of the force verdicts over a Monte Carlo's draws (rule F8 of
// docs/mechanisms/force.md). Counts are integers, so adding the threads'
// tallies in any order gives the same result: the probabilities do not depend
// on the thread count.
#pragma once

#include <cstddef>
#include <vector>

#include "parley/draw_evaluation.h"
#include "parley/monte_carlo.h"

namespace parley {

class ImpositionTally {
 public:
  ImpositionTally(std::size_t issues, std::size_t actors) : issues_(issues), actors_(actors) {}

  // One draw's judgements: every period counts in its own row, the last one
  // also in the outcome's row.
  void Add(const std::vector<PeriodJudgement>& periods);
  void Merge(const ImpositionTally& other);

  // Per issue: the judgements of the draws' outcomes (their last period).
  std::vector<ImpositionOdds> Outcome() const;
  // Per period of a timeline, in period order.
  const std::vector<PeriodImposition>& ByPeriod() const { return periods_; }

 private:
  std::vector<ImpositionOdds> EmptyRow() const;
  static void Count(std::vector<ImpositionOdds>& row, const std::vector<DrawForce>& judged);
  static void AddRow(std::vector<ImpositionOdds>& into, const std::vector<ImpositionOdds>& row);

  std::size_t issues_;
  std::size_t actors_;
  std::vector<ImpositionOdds> outcome_;
  std::vector<PeriodImposition> periods_;
};

}  // namespace parley
