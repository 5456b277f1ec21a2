// The `engagement:` section: trust, status issues, policies and measures.
// docs/mechanisms/engagement.md gives the schema and the rules that use it.
#include "io/engagement_section.h"

#include <fmt/format.h>

#include <array>
#include <utility>

#include "io/events_section.h"
#include "io/yaml_fields.h"

namespace parley {
namespace {

using yaml::LineOf;
namespace dy = dynamics_yaml;

Result<double> ReadTrustValue(const YAML::Node& parent, std::string_view key,
                              const Scenario& scenario, std::string_view context) {
  auto value = yaml::RequiredNumber(parent, key, scenario.file, context);
  if (!value) return tl::unexpected(value.error());
  if (*value < 0.0 || *value > 1.0) {
    return InvalidInput(fmt::format("{}: {} {} outside [0, 1]", context, key, *value),
                        scenario.file, LineOf(parent[std::string(key)]), std::string(key));
  }
  return *value;
}

Result<TrustLink> ReadTrustLink(const YAML::Node& node, const Scenario& scenario) {
  const std::string context = fmt::format("engagement.trust at line {}", LineOf(node));
  if (auto s = yaml::CheckMap(node, {"between", "trust", "sources"}, scenario.file, context); !s) {
    return tl::unexpected(s.error());
  }
  auto pair = dy::ActorRefs(node, "between", scenario, context);
  if (!pair) return tl::unexpected(pair.error());
  if (pair->size() != 2 || (*pair)[0] == (*pair)[1]) {
    return InvalidInput(context + ": between must name two different actors", scenario.file,
                        LineOf(node), "between");
  }
  auto trust = ReadTrustValue(node, "trust", scenario, context);
  auto provenance = yaml::ReadProvenance(node, scenario.file, context);
  if (!trust) return tl::unexpected(trust.error());
  if (!provenance) return tl::unexpected(provenance.error());
  return TrustLink{(*pair)[0], (*pair)[1], *trust, std::move(*provenance), LineOf(node)};
}

Result<std::vector<MeasureType>> ReadTypes(const YAML::Node& parent, std::string_view key,
                                           const Scenario& scenario, std::string_view context) {
  std::vector<MeasureType> types;
  auto read = yaml::ForEachListItem(
      parent, key, scenario.file,
      fmt::format("{}: {} must be a list of measure types", context, key),
      [&](const YAML::Node& item) -> Status {
        auto type = MeasureTypeFromString(item.Scalar());
        if (!type) {
          return InvalidInput(fmt::format("{}: {}", context, type.error().message), scenario.file,
                              LineOf(item), std::string(key));
        }
        types.push_back(*type);
        return Ok();
      });
  if (!read) return tl::unexpected(read.error());
  return types;
}

Result<EngagementPolicy> ReadPolicy(const YAML::Node& node, const Scenario& scenario) {
  const std::string where = fmt::format("engagement.policies at line {}", LineOf(node));
  if (auto s = yaml::CheckMap(
          node, {"actor", "requires_settlement_link", "exempt_types", "rejected_types", "sources"},
          scenario.file, where);
      !s) {
    return tl::unexpected(s.error());
  }
  auto actor = dy::ActorRef(node["actor"], scenario, where, "actor");
  if (!actor) return tl::unexpected(actor.error());
  const std::string context = fmt::format("engagement policy of '{}'", scenario.actors[*actor].id);
  auto link = dy::Flag(node, "requires_settlement_link", scenario, context);
  auto exempt = ReadTypes(node, "exempt_types", scenario, context);
  auto rejected = ReadTypes(node, "rejected_types", scenario, context);
  auto provenance = yaml::ReadProvenance(node, scenario.file, context);
  if (!link) return tl::unexpected(link.error());
  if (!exempt) return tl::unexpected(exempt.error());
  if (!rejected) return tl::unexpected(rejected.error());
  if (!provenance) return tl::unexpected(provenance.error());
  return EngagementPolicy{*actor, *link, *exempt, *rejected, std::move(*provenance), LineOf(node)};
}

Result<EngagementMeasure> ReadMeasure(const YAML::Node& node, const Scenario& scenario) {
  const std::string where = fmt::format("engagement.measures at line {}", LineOf(node));
  if (auto s = yaml::CheckMap(
          node, {"id", "name", "description", "type", "parties", "attributes", "sources"},
          scenario.file, where);
      !s) {
    return tl::unexpected(s.error());
  }
  auto id = yaml::RequiredText(node, "id", scenario.file, where);
  if (!id) return tl::unexpected(id.error());
  const std::string context = fmt::format("measure '{}'", *id);
  auto name = yaml::OptionalText(node, "name", scenario.file, context);
  auto description = yaml::OptionalText(node, "description", scenario.file, context);
  auto type_text = yaml::RequiredText(node, "type", scenario.file, context);
  auto parties = dy::ActorRefs(node, "parties", scenario, context);
  auto provenance = yaml::ReadProvenance(node, scenario.file, context);
  for (auto* text : {&name, &description, &type_text}) {
    if (!*text) return tl::unexpected(text->error());
  }
  if (!parties) return tl::unexpected(parties.error());
  if (!provenance) return tl::unexpected(provenance.error());
  auto type = MeasureTypeFromString(*type_text);
  if (!type) {
    return InvalidInput(context + ": " + type.error().message, scenario.file, LineOf(node["type"]),
                        "type");
  }
  if (parties->empty()) {
    return InvalidInput(context + ": parties must name at least one actor", scenario.file,
                        LineOf(node), "parties");
  }
  EngagementMeasure measure{
      *id,      name->empty() ? *id : *name, *description,           *type,
      *parties, MeasureAttributes{},         std::move(*provenance), LineOf(node)};
  auto attributes = yaml::ForEachListItem(
      node, "attributes", scenario.file, context + ": attributes must be a list of attribute names",
      [&](const YAML::Node& item) -> Status {
        if (auto s = SetMeasureAttribute(measure.attributes, item.Scalar()); !s) {
          return InvalidInput(context + ": " + s.error().message, scenario.file, LineOf(item),
                              "attributes");
        }
        return Ok();
      });
  if (!attributes) return tl::unexpected(attributes.error());
  return measure;
}

template <typename T, typename Reader>
Status ReadItems(const YAML::Node& section, const char* key, const Scenario& scenario,
                 std::vector<T>& out, Reader reader) {
  auto read_item = [&](const YAML::Node& item) -> Status {
    auto value = reader(item, scenario);
    if (!value) return tl::unexpected(value.error());
    out.push_back(std::move(*value));
    return Ok();
  };
  return yaml::ForEachListItem(section, key, scenario.file,
                               fmt::format("engagement.{} must be a list", key), read_item);
}

Status ReadStatusIssues(const YAML::Node& section, Scenario& scenario) {
  auto read_issue = [&](const YAML::Node& item) -> Status {
    auto issue = dy::IssueRef(item, scenario, "engagement", "status_issues");
    if (!issue) return tl::unexpected(issue.error());
    scenario.engagement.status_issues.push_back(*issue);
    return Ok();
  };
  return yaml::ForEachListItem(section, "status_issues", scenario.file,
                               "engagement.status_issues must be a list of issue ids", read_issue);
}

}  // namespace

Status ReadEngagementSection(const YAML::Node& root, Scenario& scenario) {
  const YAML::Node node = root["engagement"];
  if (!node || node.IsNull()) return Ok();
  if (auto s = yaml::CheckMap(
          node, {"default_trust", "status_issues", "trust", "policies", "measures", "sources"},
          scenario.file, "engagement");
      !s) {
    return s;
  }
  EngagementSettings& settings = scenario.engagement;
  settings.line = LineOf(node);
  if (node["default_trust"]) {
    auto value = ReadTrustValue(node, "default_trust", scenario, "engagement");
    if (!value) return tl::unexpected(value.error());
    settings.default_trust = *value;
  }
  auto provenance = yaml::ReadProvenance(node, scenario.file, "engagement");
  if (!provenance) return tl::unexpected(provenance.error());
  settings.provenance = std::move(*provenance);
  if (auto s = ReadStatusIssues(node, scenario); !s) return s;
  if (auto s = ReadItems(node, "trust", scenario, settings.trust, ReadTrustLink); !s) return s;
  if (auto s = ReadItems(node, "policies", scenario, settings.policies, ReadPolicy); !s) return s;
  if (auto s = ReadItems(node, "measures", scenario, settings.measures, ReadMeasure); !s) return s;
  for (std::size_t m = 0; m < settings.measures.size(); ++m) {
    for (std::size_t earlier = 0; earlier < m; ++earlier) {
      if (settings.measures[earlier].id == settings.measures[m].id) {
        return InvalidInput(fmt::format("duplicate measure id '{}'", settings.measures[m].id),
                            scenario.file, settings.measures[m].line, "id");
      }
    }
  }
  return Ok();
}

}  // namespace parley
