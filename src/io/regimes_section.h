// Internal: the `regimes:` section of a scenario file (regime_settings.h;
// docs/mechanisms/mediation-regimes.md gives the schema).
#pragma once

#include <yaml-cpp/yaml.h>

#include <nlohmann/json.hpp>

#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

// Reads `regimes:` into scenario.regimes, checking keys, ranges and that every
// actor and issue id is declared. Absent or null: leaves the defaults.
Status ReadRegimesSection(const YAML::Node& root, Scenario& scenario);

// The section as the writer emits it: only the fields that differ from their
// defaults. REQUIRES: !settings.IsDefault().
nlohmann::ordered_json RegimesJson(const RegimeSettings& settings);

}  // namespace parley
