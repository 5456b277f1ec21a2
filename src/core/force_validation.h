// Internal: the rules for military strength and the `force:` section, run by
// ValidateScenario.
#pragma once

#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

// military in (0, 1e9] with its range inside (0, 1e9]; every cost in [0, 1];
// every commitment share in [0, 1], a patron's shares summing to at most 1, no
// actor committed to itself; ranges with low <= value <= high (or sd > 0)
// inside the allowed range. Messages name file, line, field, actor and range.
Status ValidateForceValues(const Scenario& scenario);

}  // namespace parley
