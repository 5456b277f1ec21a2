// Internal: the `engagement:` section of a scenario file
// (engagement_settings.h; docs/mechanisms/engagement.md gives the schema).
#pragma once

#include <yaml-cpp/yaml.h>

#include <nlohmann/json.hpp>

#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

// Reads `engagement:` into scenario.engagement, checking keys, ranges and that
// every actor and issue id is declared. Absent or null: leaves it empty.
Status ReadEngagementSection(const YAML::Node& root, Scenario& scenario);

// The section as the writer emits it. REQUIRES: !scenario.engagement.IsEmpty().
nlohmann::ordered_json EngagementJson(const Scenario& scenario);

}  // namespace parley
