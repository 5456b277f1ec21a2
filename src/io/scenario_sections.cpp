#include "io/scenario_sections.h"

#include <fmt/format.h>

#include "io/engagement_section.h"
#include "io/events_section.h"
#include "io/force_section.h"
#include "io/regimes_section.h"
#include "io/uncertainty_section.h"
#include "io/yaml_fields.h"

namespace parley {
namespace {

using yaml::LineOf;

// parameters: {"smp.VictoryProbModel": "Linear", ...}: model settings, each
// model validates its own keys.
Status ReadParameters(const YAML::Node& root, Scenario& scenario) {
  const YAML::Node node = root["parameters"];
  if (!node || node.IsNull()) return Ok();
  if (!node.IsMap()) {
    return InvalidInput("parameters must map names to values", scenario.file, LineOf(node),
                        "parameters");
  }
  for (const auto& entry : node) {
    auto value = yaml::Text(entry.second, scenario.file, entry.first.Scalar(), "parameters");
    if (!value) return tl::unexpected(value.error());
    scenario.parameters[entry.first.Scalar()] = *value;
  }
  return Ok();
}

// accommodation: [{actor: A, toward: B, weight: 0.5}, ...] (KTAB's iaPair).
Status ReadAccommodation(const YAML::Node& root, Scenario& scenario) {
  const YAML::Node node = root["accommodation"];
  if (!node || node.IsNull()) return Ok();
  if (!node.IsSequence()) {
    return InvalidInput("accommodation must be a list", scenario.file, LineOf(node),
                        "accommodation");
  }
  for (const YAML::Node& pair : node) {
    const std::string context = fmt::format("accommodation at line {}", LineOf(pair));
    if (auto s = yaml::CheckKeys(pair, {"actor", "toward", "weight"}, scenario.file, context); !s) {
      return s;
    }
    auto actor = yaml::RequiredText(pair, "actor", scenario.file, context);
    auto toward = yaml::RequiredText(pair, "toward", scenario.file, context);
    auto weight = yaml::RequiredNumber(pair, "weight", scenario.file, context);
    if (!actor) return tl::unexpected(actor.error());
    if (!toward) return tl::unexpected(toward.error());
    if (!weight) return tl::unexpected(weight.error());
    const auto adjusting = scenario.FindActor(*actor);
    const auto reference = scenario.FindActor(*toward);
    if (!adjusting || !reference) {
      return InvalidInput(
          fmt::format("{}: unknown actor '{}'", context, adjusting ? *toward : *actor),
          scenario.file, LineOf(pair), "actor");
    }
    scenario.accommodation.push_back({*adjusting, *reference, *weight});
  }
  return Ok();
}

Status ReadSeed(const YAML::Node& root, Scenario& scenario) {
  const YAML::Node node = root["seed"];
  if (!node || node.IsNull()) return Ok();
  try {
    scenario.seed = node.as<std::uint64_t>();
  } catch (const YAML::Exception&) {
    return InvalidInput(fmt::format("seed '{}' must be a whole number in [0, 2^64)", node.Scalar()),
                        scenario.file, LineOf(node), "seed");
  }
  return Ok();
}

}  // namespace

const std::vector<std::string_view>& TopLevelKeys() {
  static const std::vector<std::string_view> keys = {
      "parley",    "id",      "name",       "description", "as_of",       "salience_scale",
      "documents", "actors",  "issues",     "stances",     "parameters",  "accommodation",
      "seed",      "regimes", "engagement", "events",      "uncertainty", "force",
  };
  return keys;
}

Status ReadExtraSections(const YAML::Node& root, Scenario& scenario) {
  if (auto s = ReadParameters(root, scenario); !s) return s;
  if (auto s = ReadAccommodation(root, scenario); !s) return s;
  if (auto s = ReadRegimesSection(root, scenario); !s) return s;
  if (auto s = ReadEngagementSection(root, scenario); !s)
    return s;  // before events: they name measures
  if (auto s = ReadEventsSection(root, scenario); !s) return s;
  if (auto s = ReadUncertaintySection(root, scenario); !s) return s;
  if (auto s = ReadForceSection(root, scenario); !s) return s;
  return ReadSeed(root, scenario);
}

}  // namespace parley
