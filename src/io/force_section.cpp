// The `force:` section: costs of fighting, patrons' commitments, indivisible issues.
#include "io/force_section.h"

#include <fmt/format.h>

#include <string>

#include "io/uncertainty_section.h"
#include "io/writer_json.h"
#include "io/yaml_fields.h"

namespace parley {
namespace {

using Json = nlohmann::ordered_json;
using yaml::LineOf;

// The actor or issue named by `parent[key]`, or an error naming the id.
Result<std::size_t> ReadId(const YAML::Node& parent, const char* key, const Scenario& scenario,
                           const std::string& context, bool actor) {
  auto id = yaml::RequiredText(parent, key, scenario.file, context);
  if (!id) return tl::unexpected(id.error());
  const auto index = actor ? scenario.FindActor(*id) : scenario.FindIssue(*id);
  if (!index) {
    return InvalidInput(fmt::format("{}: unknown {} '{}' (declare it under {})", context,
                                    actor ? "actor" : "issue", *id, actor ? "actors" : "issues"),
                        scenario.file, LineOf(parent[key]), key);
  }
  return *index;
}

Status ReadCost(const YAML::Node& node, Scenario& scenario) {
  const std::string context = fmt::format("force: cost at line {}", LineOf(node));
  if (auto s = yaml::CheckMap(node, {"actor", "issue", "cost", "sources"}, scenario.file, context);
      !s) {
    return s;
  }
  auto actor = ReadId(node, "actor", scenario, context, true);
  if (!actor) return tl::unexpected(actor.error());
  auto issue = ReadId(node, "issue", scenario, context, false);
  if (!issue) return tl::unexpected(issue.error());
  auto cost = ReadUncertainNumber(node, "cost", scenario.file, context);
  if (!cost) return tl::unexpected(cost.error());
  auto provenance = yaml::ReadProvenance(node, scenario.file, context);
  if (!provenance) return tl::unexpected(provenance.error());
  scenario.force.costs.push_back(
      {*actor, *issue, cost->value, cost->range, std::move(*provenance), LineOf(node)});
  return Ok();
}

Status ReadCommitment(const YAML::Node& node, Scenario& scenario) {
  const std::string context = fmt::format("force: commitment at line {}", LineOf(node));
  if (auto s =
          yaml::CheckMap(node, {"patron", "client", "share", "sources"}, scenario.file, context);
      !s) {
    return s;
  }
  auto patron = ReadId(node, "patron", scenario, context, true);
  if (!patron) return tl::unexpected(patron.error());
  auto client = ReadId(node, "client", scenario, context, true);
  if (!client) return tl::unexpected(client.error());
  auto share = ReadUncertainNumber(node, "share", scenario.file, context);
  if (!share) return tl::unexpected(share.error());
  auto provenance = yaml::ReadProvenance(node, scenario.file, context);
  if (!provenance) return tl::unexpected(provenance.error());
  scenario.force.commitments.push_back(
      {*patron, *client, share->value, share->range, std::move(*provenance), LineOf(node)});
  return Ok();
}

Status ReadIndivisible(const YAML::Node& section, Scenario& scenario) {
  const YAML::Node list = section["indivisible"];
  if (!list || list.IsNull()) return Ok();
  if (!list.IsSequence()) {
    return InvalidInput("force: indivisible must be a list of issue ids", scenario.file,
                        LineOf(list), "indivisible");
  }
  for (const YAML::Node& item : list) {
    auto id = yaml::Text(item, scenario.file, "indivisible", "force");
    if (!id) return tl::unexpected(id.error());
    const auto issue = scenario.FindIssue(*id);
    if (!issue) {
      return InvalidInput(fmt::format("force: indivisible: unknown issue '{}'", *id), scenario.file,
                          LineOf(item), "indivisible");
    }
    scenario.force.indivisible.push_back(*issue);
  }
  return Ok();
}

// military: {ACTOR: factor}: only actors with a strength to change.
Status ReadMilitaryEffects(const YAML::Node& node, const Scenario& scenario,
                           const std::string& context, TimelineEvent& event) {
  if (!node || node.IsNull()) return Ok();
  if (!node.IsMap()) {
    return InvalidInput(context + ": military must map actor ids to factors", scenario.file,
                        LineOf(node), "military");
  }
  for (const auto& entry : node) {
    const std::string id = entry.first.Scalar();
    const auto actor = scenario.FindActor(id);
    if (!actor) {
      return InvalidInput(fmt::format("{}: unknown actor '{}' in 'military'", context, id),
                          scenario.file, LineOf(entry.first), "military");
    }
    if (!scenario.actors[*actor].military) {
      return InvalidInput(fmt::format("{}: actor '{}' has no military strength to change (give "
                                      "it `military:` under actors)",
                                      context, id),
                          scenario.file, LineOf(entry.first), "military");
    }
    auto factor = yaml::Number(entry.second, scenario.file, "military", context);
    if (!factor) return tl::unexpected(factor.error());
    if (*factor <= 0.0 || *factor > 100.0) {
      return InvalidInput(fmt::format("{}: military factor {:g} for actor '{}' outside (0, 100]",
                                      context, *factor, id),
                          scenario.file, LineOf(entry.second), "military");
    }
    event.military.push_back({*actor, *factor});
  }
  return Ok();
}

Status ReadCommitmentEffect(const YAML::Node& node, const Scenario& scenario,
                            const std::string& context, TimelineEvent& event) {
  const std::string where = context + " commitments";
  if (auto s = yaml::CheckMap(node, {"patron", "client", "share"}, scenario.file, where); !s) {
    return s;
  }
  auto patron = ReadId(node, "patron", scenario, where, true);
  if (!patron) return tl::unexpected(patron.error());
  auto client = ReadId(node, "client", scenario, where, true);
  if (!client) return tl::unexpected(client.error());
  auto share = yaml::RequiredNumber(node, "share", scenario.file, where);
  if (!share) return tl::unexpected(share.error());
  if (!(*share >= 0.0 && *share <= 1.0) || *patron == *client) {
    return InvalidInput(
        fmt::format("{}: share {:g} of '{}' to '{}' must lie in [0, 1], between "
                    "two different actors",
                    where, *share, scenario.actors[*patron].id, scenario.actors[*client].id),
        scenario.file, LineOf(node), "share");
  }
  event.commitments.push_back({*patron, *client, *share});
  return Ok();
}

}  // namespace

Status ReadForceSection(const YAML::Node& root, Scenario& scenario) {
  const YAML::Node node = root["force"];
  if (!node || node.IsNull()) return Ok();
  const std::string& file = scenario.file;
  if (auto s = yaml::CheckMap(node, {"cost", "costs", "commitments", "indivisible", "sources"},
                              file, "force");
      !s) {
    return s;
  }
  ForceSettings& force = scenario.force;
  force.line = LineOf(node);
  if (node["cost"]) {
    auto cost = ReadUncertainNumber(node, "cost", file, "force");
    if (!cost) return tl::unexpected(cost.error());
    force.default_cost = cost->value;
    force.default_cost_range = cost->range;
  }
  auto provenance = yaml::ReadProvenance(node, file, "force");
  if (!provenance) return tl::unexpected(provenance.error());
  force.provenance = std::move(*provenance);
  if (auto s = yaml::ForEachListItem(node, "costs", file, "force: costs must be a list",
                                     [&](const YAML::Node& n) { return ReadCost(n, scenario); });
      !s) {
    return s;
  }
  if (auto s =
          yaml::ForEachListItem(node, "commitments", file, "force: commitments must be a list",
                                [&](const YAML::Node& n) { return ReadCommitment(n, scenario); });
      !s) {
    return s;
  }
  return ReadIndivisible(node, scenario);
}

Json ForceJson(const Scenario& scenario) {
  const ForceSettings& force = scenario.force;
  Json json = Json::object();
  if (force.default_cost) {
    json["cost"] = UncertainNumberJson(*force.default_cost, force.default_cost_range);
  }
  if (!force.costs.empty()) {
    json["costs"] = Json::array();
    for (const ForceCost& cost : force.costs) {
      Json item = {{"actor", scenario.actors[cost.actor].id},
                   {"issue", scenario.issues[cost.issue].id},
                   {"cost", UncertainNumberJson(cost.cost, cost.cost_range)}};
      if (!cost.provenance.empty()) item["sources"] = SourcesJson(cost.provenance);
      json["costs"].push_back(std::move(item));
    }
  }
  if (!force.commitments.empty()) {
    json["commitments"] = Json::array();
    for (const ForceCommitment& commitment : force.commitments) {
      Json item = {{"patron", scenario.actors[commitment.patron].id},
                   {"client", scenario.actors[commitment.client].id},
                   {"share", UncertainNumberJson(commitment.share, commitment.share_range)}};
      if (!commitment.provenance.empty()) item["sources"] = SourcesJson(commitment.provenance);
      json["commitments"].push_back(std::move(item));
    }
  }
  if (!force.indivisible.empty()) {
    json["indivisible"] = Json::array();
    for (std::size_t issue : force.indivisible)
      json["indivisible"].push_back(scenario.issues[issue].id);
  }
  if (!force.provenance.empty()) json["sources"] = SourcesJson(force.provenance);
  return json;
}

Status ReadForceEffects(const YAML::Node& node, const Scenario& scenario,
                        const std::string& context, TimelineEvent& event) {
  if (auto s = ReadMilitaryEffects(node["military"], scenario, context, event); !s) return s;
  return yaml::ForEachListItem(
      node, "commitments", scenario.file, context + ": commitments must be a list",
      [&](const YAML::Node& item) { return ReadCommitmentEffect(item, scenario, context, event); });
}

void AddForceEffectsJson(const Scenario& scenario, const TimelineEvent& event, Json& json) {
  if (!event.military.empty()) {
    json["military"] = Json::object();
    for (const CapabilityEffect& effect : event.military) {
      json["military"][scenario.actors[effect.actor].id] = effect.factor;
    }
  }
  if (!event.commitments.empty()) {
    json["commitments"] = Json::array();
    for (const CommitmentEffect& effect : event.commitments) {
      json["commitments"].push_back({{"patron", scenario.actors[effect.patron].id},
                                     {"client", scenario.actors[effect.client].id},
                                     {"share", effect.share}});
    }
  }
}

}  // namespace parley
