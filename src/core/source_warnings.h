// Internal: the source-document check of FindLikelyMistakes.
#pragma once

#include <vector>

#include "parley/scenario_warnings.h"

namespace parley {

// Appends a warning for each source (of an actor, issue, stance, timeline
// event or engagement measure) whose document looks like a key (one word,
// no '/' or '.') but is not declared under `documents`: most often a
// misspelt key. A document given as a title or a path is not a key and is
// accepted as it is.
void CheckSourceDocuments(const Scenario& scenario, std::vector<ScenarioWarning>& warnings);

}  // namespace parley
