// Internal: the optional top-level sections of a scenario file beyond the
// header, actors, issues and stances. A subsystem that adds a section (model
// parameters, events, engagement, ...) registers its key and reader in
// scenario_sections.cpp and writes it back in scenario_writer.cpp.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string_view>
#include <vector>

#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

// Every top-level key a scenario file may have.
const std::vector<std::string_view>& TopLevelKeys();

// Reads the sections after stances (actors and issues are known by then).
Status ReadExtraSections(const YAML::Node& root, Scenario& scenario);

}  // namespace parley
