// Why two mediation regimes give the same outcomes. When a regime's outcomes
// equal an earlier regime's on every issue, the reasons are read from the
// regime settings (nobody excluded, every issue on the agenda, no coercion, no
// force, no clients) and from the results (the model's outcome is the
// capability x salience weighted mean of the positions, so moving the
// regional powers onto their own weighted mean leaves it where it was).
// docs/mechanisms/mediation-regimes.md explains them for analysts.
//
// Pure; thread-safe; no I/O.
#pragma once

#include <string>
#include <vector>

#include "parley/regimes.h"

namespace parley {

struct SameOutcomes {
  RegimeKind regime = RegimeKind::kHierarchical;
  RegimeKind same_as = RegimeKind::kInclusive;  // the earlier regime with the same outcomes
  std::vector<std::string> reasons;             // one clause each, for people
};

// Outcomes agree when every issue's outcome is within 1e-9 of the scale range
// and the same issues are off the agenda. One entry per regime that repeats an
// earlier one's outcomes, in comparison order. kInvalidArgument for settings
// that name unknown ids.
Result<std::vector<SameOutcomes>> ExplainSameOutcomes(const Scenario& scenario,
                                                      const RegimeSettings& settings,
                                                      const RegimeComparison& comparison);

}  // namespace parley
