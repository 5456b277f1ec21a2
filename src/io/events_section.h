// Internal: the `events:` section of a scenario file (timeline_events.h;
// docs/mechanisms/timeline-events.md gives the schema), and the id helpers the
// `engagement:` section shares.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

// Reads `events:` into scenario.timeline: kinds, rounds (or dates mapped to
// rounds through the calendar), effects, and that every id is declared.
// Absent or null: leaves the section empty.
Status ReadEventsSection(const YAML::Node& root, Scenario& scenario);

// The section as the writer emits it. REQUIRES: !scenario.timeline.IsEmpty().
nlohmann::ordered_json EventsJson(const Scenario& scenario);

// Whole days from one ISO 8601 date (YYYY-MM-DD) to another; kInvalidInput
// naming `field` when either is not a valid date.
Result<int> DaysBetween(std::string_view from, std::string_view to, const std::string& file,
                        int line, std::string_view field);

namespace dynamics_yaml {

// A scalar naming a declared actor / issue, as its index.
Result<std::size_t> ActorRef(const YAML::Node& node, const Scenario& scenario,
                             std::string_view context, std::string_view field);
Result<std::size_t> IssueRef(const YAML::Node& node, const Scenario& scenario,
                             std::string_view context, std::string_view field);
// The optional list `key` of actor ids (a single id is also accepted).
Result<std::vector<std::size_t>> ActorRefs(const YAML::Node& parent, std::string_view key,
                                           const Scenario& scenario, std::string_view context);
// The optional boolean `key` (default false).
Result<bool> Flag(const YAML::Node& parent, std::string_view key, const Scenario& scenario,
                  std::string_view context);
// events.calendar: {start, period_days, periods} into scenario.timeline.calendar.
Status ReadCalendar(const YAML::Node& node, Scenario& scenario);
// Rule T1 of docs/mechanisms/timeline-events.md: the effects each kind must have.
Status CheckKindHasEffects(const TimelineEvent& event, const Scenario& scenario,
                           std::string_view context);

}  // namespace dynamics_yaml
}  // namespace parley
