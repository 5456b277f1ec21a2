// Writes a scenario in parley's native schema. One JSON tree serves both
// outputs: JSON directly, YAML by walking the tree.
#include <yaml-cpp/yaml.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "io/engagement_section.h"
#include "io/events_section.h"
#include "io/force_section.h"
#include "io/regimes_section.h"
#include "io/uncertainty_section.h"
#include "io/writer_json.h"
#include "parley/io.h"

namespace parley {
namespace {

using Json = nlohmann::ordered_json;

Json ActorJson(const Actor& actor) {
  Json json = {{"id", actor.id},
               {"name", actor.name},
               {"role", std::string(ToString(actor.role))},
               {"capability", UncertainNumberJson(actor.capability, actor.capability_range)}};
  if (actor.military) json["military"] = UncertainNumberJson(*actor.military, actor.military_range);
  if (!actor.description.empty()) json["description"] = actor.description;
  if (!actor.provenance.empty()) json["sources"] = SourcesJson(actor.provenance);
  return json;
}

Json IssueJson(const Issue& issue) {
  Json scale = {{"min", issue.scale.min}, {"max", issue.scale.max}};
  if (!issue.scale.min_label.empty()) scale["min_label"] = issue.scale.min_label;
  if (!issue.scale.max_label.empty()) scale["max_label"] = issue.scale.max_label;
  Json json = {{"id", issue.id}, {"name", issue.name}};
  if (!issue.description.empty()) json["description"] = issue.description;
  json["scale"] = scale;
  if (issue.status_quo) json["status_quo"] = *issue.status_quo;
  if (issue.outcome) json["outcome"] = *issue.outcome;
  if (!issue.group.empty()) json["group"] = issue.group;
  if (issue.voting_rule) json["voting_rule"] = std::string(ToString(*issue.voting_rule));
  if (!issue.provenance.empty()) json["sources"] = SourcesJson(issue.provenance);
  return json;
}

Json StanceJson(const Scenario& scenario, const Stance& stance) {
  Json json = {{"actor", scenario.actors[stance.actor].id},
               {"issue", scenario.issues[stance.issue].id},
               {"position", UncertainNumberJson(stance.position, stance.position_range)},
               {"salience", UncertainNumberJson(stance.salience, stance.salience_range,
                                                scenario.salience_scale)}};
  if (stance.red_line) json["red_line"] = {stance.red_line->low, stance.red_line->high};
  if (!stance.provenance.empty()) json["sources"] = SourcesJson(stance.provenance);
  return json;
}

Json ScenarioJson(const Scenario& scenario) {
  Json json = {{"parley", 1}, {"id", scenario.id}, {"name", scenario.name}};
  if (!scenario.description.empty()) json["description"] = scenario.description;
  if (!scenario.as_of.empty()) json["as_of"] = scenario.as_of;
  json["salience_scale"] = scenario.salience_scale;
  if (!scenario.documents.empty()) json["documents"] = scenario.documents;
  json["actors"] = Json::array();
  for (const Actor& actor : scenario.actors) json["actors"].push_back(ActorJson(actor));
  json["issues"] = Json::array();
  for (const Issue& issue : scenario.issues) json["issues"].push_back(IssueJson(issue));
  json["stances"] = Json::array();
  for (const Stance& stance : scenario.stances) {
    json["stances"].push_back(StanceJson(scenario, stance));
  }
  if (!scenario.uncertainty.IsEmpty()) json["uncertainty"] = UncertaintyJson(scenario);
  if (!scenario.parameters.empty()) json["parameters"] = scenario.parameters;
  if (!scenario.accommodation.empty()) {
    json["accommodation"] = Json::array();
    for (const AccommodationPair& pair : scenario.accommodation) {
      json["accommodation"].push_back({{"actor", scenario.actors[pair.adjusting].id},
                                       {"toward", scenario.actors[pair.reference].id},
                                       {"weight", pair.weight}});
    }
  }
  if (scenario.seed) json["seed"] = *scenario.seed;
  if (!scenario.regimes.IsDefault()) json["regimes"] = RegimesJson(scenario.regimes);
  if (!scenario.engagement.IsEmpty()) json["engagement"] = EngagementJson(scenario);
  if (!scenario.timeline.IsEmpty()) json["events"] = EventsJson(scenario);
  if (!scenario.force.IsEmpty()) json["force"] = ForceJson(scenario);
  return json;
}

// Shortest text that reads back as the same double.
std::string NumberText(double value) {
  if (std::floor(value) == value && std::abs(value) < 1e15) {
    return std::to_string(static_cast<long long>(value));
  }
  return Json(value).dump();
}

void EmitYaml(YAML::Emitter& out, const Json& json) {
  if (json.is_object()) {
    out << YAML::BeginMap;
    for (const auto& [key, value] : json.items()) {
      out << YAML::Key << key << YAML::Value;
      EmitYaml(out, value);
    }
    out << YAML::EndMap;
  } else if (json.is_array()) {
    const bool numbers = !json.empty() && json.front().is_number();
    out << (numbers ? YAML::Flow : YAML::Block) << YAML::BeginSeq;
    for (const Json& value : json) EmitYaml(out, value);
    out << YAML::EndSeq;
  } else if (json.is_number_unsigned()) {
    out << json.get<std::uint64_t>();
  } else if (json.is_number()) {
    out << NumberText(json.get<double>());
  } else if (json.is_string()) {
    out << YAML::DoubleQuoted << json.get<std::string>();
  } else if (json.is_boolean()) {
    out << json.get<bool>();
  } else {
    out << YAML::Null;
  }
}

}  // namespace

std::string ScenarioToJson(const Scenario& scenario) {
  return ScenarioJson(scenario).dump(2) + "\n";
}

std::string ScenarioToYaml(const Scenario& scenario) {
  YAML::Emitter out;
  out.SetIndent(2);
  EmitYaml(out, ScenarioJson(scenario));
  return std::string("# parley scenario (schema version 1); see docs/scenario-format.md\n") +
         out.c_str() + "\n";
}

}  // namespace parley
