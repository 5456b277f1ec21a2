// Internal: the rules for ranges and the `uncertainty:` section, run by
// ValidateScenario after the point values are known to be valid.
#pragma once

#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

// low <= value <= high, finite, inside the allowed range (the scale,
// [0, 1] for salience, (0, inf) for capability); sd > 0; section sd > 0 and
// factor > 1. Messages name file, line, field, actor and the allowed range.
Status ValidateRanges(const Scenario& scenario);

}  // namespace parley
