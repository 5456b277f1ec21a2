// Internal: the `force:` section of a scenario file (force_settings.h;
// docs/mechanisms/force.md gives the schema).
#pragma once

#include <yaml-cpp/yaml.h>

#include <nlohmann/json.hpp>
#include <string>

#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

// Reads `force:` into scenario.force, checking keys and that every actor and
// issue id is declared; the value rules are ValidateForce's (force.h).
// Absent or null: leaves it empty.
Status ReadForceSection(const YAML::Node& root, Scenario& scenario);

// The section as the writer emits it. REQUIRES: !scenario.force.IsEmpty().
nlohmann::ordered_json ForceJson(const Scenario& scenario);

// An event's `military: {ACTOR: factor}` and `commitments: [{patron, client,
// share}]` effects (timeline_events.h), into `event`.
Status ReadForceEffects(const YAML::Node& node, const Scenario& scenario,
                        const std::string& context, TimelineEvent& event);

// Adds those effects to an event's JSON when it has them.
void AddForceEffectsJson(const Scenario& scenario, const TimelineEvent& event,
                         nlohmann::ordered_json& json);

}  // namespace parley
