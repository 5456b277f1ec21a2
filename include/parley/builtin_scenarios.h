// The scenarios that ship inside parley (scenarios/*.yaml in the source tree),
// each with every value sourced to a seed passage or marked as an estimate.
#pragma once

#include <string>
#include <vector>

#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

struct BuiltinScenarioInfo {
  std::string id;  // e.g. "lachin-2023"
  std::string name;
  std::string as_of;
};

// The id `parley forecast` uses when no scenario is named.
std::string DefaultScenarioId();

std::vector<BuiltinScenarioInfo> ListBuiltinScenarios();

// Parses and validates a built-in scenario by id (kNotFound if there is none).
Result<Scenario> LoadBuiltinScenario(const std::string& id);

}  // namespace parley
