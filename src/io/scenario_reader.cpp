// parley's native scenario format (YAML, and the same schema in JSON, which
// yaml-cpp reads too so that both keep line numbers). docs/scenario-format.md.
#include <fmt/format.h>

#include <cmath>

#include "io/files.h"
#include "io/input_checks.h"
#include "io/scenario_sections.h"
#include "io/uncertainty_section.h"
#include "io/yaml_checks.h"
#include "io/yaml_fields.h"
#include "io/yaml_progress.h"
#include "parley/io.h"

namespace parley {
namespace {

using yaml::LineOf;

Result<Actor> ReadActor(const YAML::Node& node, const std::string& file) {
  const std::string where = fmt::format("actor at line {}", LineOf(node));
  if (!node.IsMap()) return InvalidInput("each actor must be a map", file, LineOf(node), "actors");
  auto id = yaml::RequiredText(node, "id", file, where);
  if (!id) return tl::unexpected(id.error());
  const std::string context = fmt::format("actor '{}'", *id);
  if (auto s = yaml::CheckKeys(
          node, {"id", "name", "role", "capability", "military", "description", "sources"}, file,
          context);
      !s) {
    return tl::unexpected(s.error());
  }
  Actor actor;
  actor.id = *id;
  actor.line = LineOf(node);
  auto name = yaml::OptionalText(node, "name", file, context);
  auto role = yaml::OptionalText(node, "role", file, context);
  auto description = yaml::OptionalText(node, "description", file, context);
  auto capability = ReadUncertainNumber(node, "capability", file, context);
  auto provenance = yaml::ReadProvenance(node, file, context);
  if (!name) return tl::unexpected(name.error());
  if (!role) return tl::unexpected(role.error());
  if (!description) return tl::unexpected(description.error());
  if (!capability) return tl::unexpected(capability.error());
  if (!provenance) return tl::unexpected(provenance.error());
  actor.name = name->empty() ? actor.id : *name;
  actor.description = *description;
  actor.capability = capability->value;
  actor.capability_range = capability->range;
  if (node["military"]) {  // optional: strength in the theatre (force_settings.h)
    auto military = ReadUncertainNumber(node, "military", file, context);
    if (!military) return tl::unexpected(military.error());
    actor.military = military->value;
    actor.military_range = military->range;
  }
  actor.provenance = std::move(*provenance);
  if (!role->empty()) {
    auto parsed = ActorRoleFromString(*role);
    if (!parsed) {
      return InvalidInput(fmt::format("{}: {}", context, parsed.error().message), file,
                          LineOf(node["role"]), "role");
    }
    actor.role = *parsed;
  }
  return actor;
}

Status ReadScale(const YAML::Node& node, Scale& scale, const std::string& file,
                 const std::string& context) {
  if (!node) return Ok();
  if (!node.IsMap())
    return InvalidInput(context + ": scale must be a map", file, LineOf(node), "scale");
  if (auto s = yaml::CheckKeys(node, {"min", "max", "min_label", "max_label"}, file, context); !s) {
    return s;
  }
  auto min = yaml::OptionalNumber(node, "min", file, context);
  auto max = yaml::OptionalNumber(node, "max", file, context);
  auto min_label = yaml::OptionalText(node, "min_label", file, context);
  auto max_label = yaml::OptionalText(node, "max_label", file, context);
  if (!min) return tl::unexpected(min.error());
  if (!max) return tl::unexpected(max.error());
  if (!min_label) return tl::unexpected(min_label.error());
  if (!max_label) return tl::unexpected(max_label.error());
  scale.min = min->value_or(0.0);
  scale.max = max->value_or(100.0);
  scale.min_label = *min_label;
  scale.max_label = *max_label;
  return Ok();
}

// The optional `voting_rule:` of an issue.
Status ReadVotingRule(const YAML::Node& node, const std::string& file, const std::string& context,
                      Issue& issue) {
  auto text = yaml::OptionalText(node, "voting_rule", file, context);
  if (!text) return tl::unexpected(text.error());
  if (text->empty()) return Ok();
  auto rule = VotingRuleFromString(*text);
  if (!rule) {
    return InvalidInput(context + ": " + rule.error().message, file, LineOf(node["voting_rule"]),
                        "voting_rule");
  }
  issue.voting_rule = *rule;
  return Ok();
}

Result<Issue> ReadIssue(const YAML::Node& node, const std::string& file) {
  if (!node.IsMap()) return InvalidInput("each issue must be a map", file, LineOf(node), "issues");
  auto id = yaml::RequiredText(node, "id", file, fmt::format("issue at line {}", LineOf(node)));
  if (!id) return tl::unexpected(id.error());
  const std::string context = fmt::format("issue '{}'", *id);
  if (auto s = yaml::CheckKeys(node,
                               {"id", "name", "description", "scale", "status_quo", "outcome",
                                "group", "voting_rule", "sources"},
                               file, context);
      !s) {
    return tl::unexpected(s.error());
  }
  Issue issue;
  issue.id = *id;
  issue.line = LineOf(node);
  auto name = yaml::OptionalText(node, "name", file, context);
  auto description = yaml::OptionalText(node, "description", file, context);
  auto status_quo = yaml::OptionalNumber(node, "status_quo", file, context);
  auto outcome = yaml::OptionalNumber(node, "outcome", file, context);
  auto group = yaml::OptionalText(node, "group", file, context);
  auto provenance = yaml::ReadProvenance(node, file, context);
  if (!name) return tl::unexpected(name.error());
  if (!description) return tl::unexpected(description.error());
  if (!status_quo) return tl::unexpected(status_quo.error());
  if (!outcome) return tl::unexpected(outcome.error());
  if (!group) return tl::unexpected(group.error());
  if (!provenance) return tl::unexpected(provenance.error());
  issue.name = name->empty() ? issue.id : *name;
  issue.description = *description;
  issue.status_quo = *status_quo;
  issue.outcome = *outcome;
  issue.group = *group;
  issue.provenance = std::move(*provenance);
  if (auto s = ReadVotingRule(node, file, context, issue); !s) return tl::unexpected(s.error());
  if (auto s = ReadScale(node["scale"], issue.scale, file, context); !s) {
    return tl::unexpected(s.error());
  }
  return issue;
}

Result<std::optional<Interval>> ReadRedLine(const YAML::Node& node, const std::string& file,
                                            const std::string& context) {
  if (!node || node.IsNull()) return std::optional<Interval>{};
  if (!node.IsSequence() || node.size() != 2) {
    return InvalidInput(context + ": red_line must be [low, high]", file, LineOf(node), "red_line");
  }
  auto low = yaml::Number(node[0], file, "red_line", context);
  auto high = yaml::Number(node[1], file, "red_line", context);
  if (!low) return tl::unexpected(low.error());
  if (!high) return tl::unexpected(high.error());
  return std::optional<Interval>{Interval{*low, *high}};
}

Result<Stance> ReadStance(const YAML::Node& node, const Scenario& scenario) {
  const std::string& file = scenario.file;
  const std::string where = fmt::format("stance at line {}", LineOf(node));
  if (!node.IsMap())
    return InvalidInput("each stance must be a map", file, LineOf(node), "stances");
  auto actor_id = yaml::RequiredText(node, "actor", file, where);
  auto issue_id = yaml::RequiredText(node, "issue", file, where);
  if (!actor_id) return tl::unexpected(actor_id.error());
  if (!issue_id) return tl::unexpected(issue_id.error());
  const std::string context = fmt::format("actor '{}' on issue '{}'", *actor_id, *issue_id);
  if (auto s = yaml::CheckKeys(
          node, {"actor", "issue", "position", "salience", "red_line", "sources"}, file, context);
      !s) {
    return tl::unexpected(s.error());
  }
  const auto actor = scenario.FindActor(*actor_id);
  if (!actor) {
    return InvalidInput(fmt::format("unknown actor '{}' (declare it under actors)", *actor_id),
                        file, LineOf(node["actor"]), "actor");
  }
  const auto issue = scenario.FindIssue(*issue_id);
  if (!issue) {
    return InvalidInput(fmt::format("unknown issue '{}' (declare it under issues)", *issue_id),
                        file, LineOf(node["issue"]), "issue");
  }
  auto position = ReadUncertainNumber(node, "position", file, context);
  auto salience = ReadUncertainNumber(node, "salience", file, context);
  auto red_line = ReadRedLine(node["red_line"], file, context);
  auto provenance = yaml::ReadProvenance(node, file, context);
  if (!position) return tl::unexpected(position.error());
  if (!salience) return tl::unexpected(salience.error());
  if (!red_line) return tl::unexpected(red_line.error());
  if (!provenance) return tl::unexpected(provenance.error());
  Stance stance{*actor,          *issue,
                position->value, salience->value / scenario.salience_scale,
                *red_line,       std::move(*provenance),
                LineOf(node)};
  stance.position_range = position->range;
  stance.salience_range = ScaleRange(salience->range, scenario.salience_scale);
  return stance;
}

template <typename T, typename Reader>
Status ReadList(const YAML::Node& root, const char* key, const std::string& file,
                std::vector<T>& out, Reader reader) {
  const YAML::Node list = root[key];
  if (!list) return Ok();
  if (!list.IsSequence()) {
    return InvalidInput(fmt::format("'{}' must be a list", key), file, LineOf(list), key);
  }
  for (const YAML::Node& node : list) {
    auto item = reader(node);
    if (!item) return tl::unexpected(item.error());
    out.push_back(std::move(*item));
  }
  return Ok();
}

Status ReadHeader(const YAML::Node& root, Scenario& scenario) {
  const std::string& file = scenario.file;
  auto version = yaml::OptionalNumber(root, "parley", file, "scenario");
  if (!version) return tl::unexpected(version.error());
  if (*version && **version != 1.0) {
    return InvalidInput(
        fmt::format("scenario schema version {} is not supported (this parley reads "
                    "version 1)",
                    **version),
        file, LineOf(root["parley"]), "parley");
  }
  auto id = yaml::OptionalText(root, "id", file, "scenario");
  auto name = yaml::OptionalText(root, "name", file, "scenario");
  auto description = yaml::OptionalText(root, "description", file, "scenario");
  auto as_of = yaml::OptionalText(root, "as_of", file, "scenario");
  auto salience_scale = yaml::OptionalNumber(root, "salience_scale", file, "scenario");
  for (auto* text : {&id, &name, &description, &as_of}) {
    if (!*text) return tl::unexpected(text->error());
  }
  if (!salience_scale) return tl::unexpected(salience_scale.error());
  scenario.id = id->empty() ? FileStem(scenario.file) : *id;  // e.g. "my-case" for my-case.yaml
  scenario.name = name->empty() ? scenario.id : *name;
  scenario.description = *description;
  scenario.as_of = *as_of;
  scenario.salience_scale = salience_scale->value_or(100.0);
  if (scenario.salience_scale != 100.0 && scenario.salience_scale != 1.0) {
    return InvalidInput(
        fmt::format("salience_scale must be 100 or 1, got {}", scenario.salience_scale), file,
        LineOf(root["salience_scale"]), "salience_scale");
  }
  if (const YAML::Node documents = root["documents"]; documents) {
    if (!documents.IsMap()) {
      return InvalidInput("documents must map keys to titles", file, LineOf(documents),
                          "documents");
    }
    for (const auto& entry : documents) {
      auto title = yaml::Text(entry.second, file, "documents", "documents");
      if (!title) return tl::unexpected(title.error());
      scenario.documents[entry.first.Scalar()] = *title;
    }
  }
  return Ok();
}

Result<YAML::Node> ParseYaml(std::string_view text, const std::string& file) {
  if (auto s = CheckRawInput(text, file); !s) return tl::unexpected(s.error());
  if (auto s = yaml::CheckParserProgresses(text, file); !s) return tl::unexpected(s.error());
  try {
    const std::vector<YAML::Node> documents = YAML::LoadAll(std::string(text));
    if (documents.empty()) return YAML::Node();
    if (auto s = yaml::CheckSingleDocument(documents, file); !s) return tl::unexpected(s.error());
    if (auto s = yaml::CheckTree(documents.front(), file); !s) return tl::unexpected(s.error());
    return documents.front();
  } catch (const YAML::Exception& error) {
    // A .json file was checked as JSON before (LoadScenario); here both read as YAML.
    return InvalidInput(fmt::format("malformed YAML: {}", error.msg), file, error.mark.line + 1);
  }
}

}  // namespace

Result<Scenario> ParseScenarioText(std::string_view text, const std::string& file) {
  auto root = ParseYaml(text, file);
  if (!root) return tl::unexpected(root.error());
  if (!root->IsMap()) return InvalidInput("a scenario must be a map at the top level", file, 1);
  Scenario scenario;
  scenario.file = file;
  if (auto s = yaml::CheckKeys(*root, TopLevelKeys(), file, "scenario"); !s) {
    return tl::unexpected(s.error());
  }
  if (auto s = ReadHeader(*root, scenario); !s) return tl::unexpected(s.error());
  if (auto s = ReadList(*root, "actors", file, scenario.actors,
                        [&](const YAML::Node& n) { return ReadActor(n, file); });
      !s) {
    return tl::unexpected(s.error());
  }
  if (auto s = ReadList(*root, "issues", file, scenario.issues,
                        [&](const YAML::Node& n) { return ReadIssue(n, file); });
      !s) {
    return tl::unexpected(s.error());
  }
  if (auto s = ValidateDeclarations(scenario); !s) return tl::unexpected(s.error());
  if (auto s = ReadList(*root, "stances", file, scenario.stances,
                        [&](const YAML::Node& n) { return ReadStance(n, scenario); });
      !s) {
    return tl::unexpected(s.error());
  }
  if (auto s = ReadExtraSections(*root, scenario); !s) return tl::unexpected(s.error());
  if (auto s = ValidateScenario(scenario); !s) return tl::unexpected(s.error());
  return scenario;
}

}  // namespace parley
