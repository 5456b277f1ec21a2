// Internal: one SMP turn (SPEC 4.8-4.10).
#pragma once

#include <vector>

#include "parley/result.h"
#include "smp/engine.h"
#include "smp/ktab_random.h"

namespace parley::smp {

// SPEC 4.8-4.9: every actor challenges its best target and proposes bargains;
// every actor then picks from the bargains on its queue (deterministically, or
// with one draw of `random` per actor in actor order when stochastic).
Result<std::vector<double>> NextPositions(const Actors& actors, const std::vector<double>& position,
                                          const std::vector<double>& ideal,
                                          const StateAnalysis& analysis, const SmpOptions& options,
                                          ThreadPool& pool, KtabRandom& random);

// SPEC 4.10: the ideals of the next state from its positions and the previous ideals.
std::vector<double> NextIdeals(const Actors& actors, const std::vector<double>& position,
                               const std::vector<double>& ideal);

}  // namespace parley::smp
