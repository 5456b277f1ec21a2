// Internal: uncertain values in scenario files. A capability, position or
// salience is a number or a map with a range (`{value: 10, low: 0, high: 25}`,
// `dist: uniform`, `{value: 10, dist: normal, sd: 5}`), and the optional
// top-level `uncertainty:` section spreads every value without a range of its
// own. docs/scenario-format.md gives the schema.
#pragma once

#include <yaml-cpp/yaml.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

// A field that may carry a range, as written in the file (salience on the
// file's scale; the caller normalises with ScaleRange).
struct UncertainNumber {
  double value = 0.0;
  std::optional<ValueRange> range;
};

// The required field `key` of map `parent`: a number or a range map.
Result<UncertainNumber> ReadUncertainNumber(const YAML::Node& parent, std::string_view key,
                                            const std::string& file, std::string_view context);

// `range` with low, high and sd divided by `divisor` (salience_scale).
std::optional<ValueRange> ScaleRange(const std::optional<ValueRange>& range, double divisor);

// The number, or the range map when `range` is set, with every number times
// `factor` (the salience scale for saliences, else 1).
nlohmann::ordered_json UncertainNumberJson(double value, const std::optional<ValueRange>& range,
                                           double factor = 1.0);

// Reads `uncertainty:` into scenario.uncertainty. Absent or null: nothing.
Status ReadUncertaintySection(const YAML::Node& root, Scenario& scenario);

// The section as the writer emits it. REQUIRES: !scenario.uncertainty.IsEmpty().
nlohmann::ordered_json UncertaintyJson(const Scenario& scenario);

}  // namespace parley
