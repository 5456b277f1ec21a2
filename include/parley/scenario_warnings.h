// Likely mistakes in a scenario that are not errors: the scenario is valid and
// every model runs on it, but a value is probably not what its author meant
// (a salience of 0.5 on a 0-100 scale, a red line that excludes the actor's
// own position, a date that is not ISO 8601, a source citing a document the
// scenario does not declare). Warnings are values: the library finds them,
// only the CLI prints them (on standard error, never failing the run).
#pragma once

#include <string>
#include <vector>

#include "parley/scenario.h"

namespace parley {

struct ScenarioWarning {
  std::string file;     // the scenario's file; empty for values not tied to one
  int line = 0;         // 1-based; 0 when unknown
  std::string actor;    // the actor concerned, or empty
  std::string issue;    // the issue concerned, or empty
  std::string field;    // the field concerned, e.g. "salience"
  std::string message;  // what looks wrong and what was probably meant

  // Compiler-style text: "file:line: message" (parts that are unknown are left out).
  std::string ToString() const;
};

// Every likely mistake in `scenario`, in a fixed order (scenario-level first,
// then actors, issues and stances in scenario order). Runs on a validated
// scenario; an empty list means nothing looked wrong.
std::vector<ScenarioWarning> FindLikelyMistakes(const Scenario& scenario);

}  // namespace parley
