#include "core/source_warnings.h"

#include <fmt/format.h>

#include <string_view>

namespace parley {
namespace {

bool LooksLikeKey(std::string_view document) {
  return !document.empty() && document.find_first_of(" \t/.") == std::string_view::npos;
}

std::string Declared(const Scenario& scenario) {
  if (scenario.documents.empty()) return "it declares none";
  std::string keys;
  for (const auto& [key, title] : scenario.documents) {
    keys += fmt::format("{}'{}'", keys.empty() ? "" : ", ", key);
  }
  return "declared: " + keys;
}

struct Owner {
  std::string what;  // "actor 'AZE'", "issue 'corridor'", "event 'ceasefire'"
  int line = 0;
  std::string actor;
  std::string issue;
};

void Check(const Scenario& scenario, const Provenance& provenance, const Owner& owner,
           std::vector<ScenarioWarning>& warnings) {
  for (const auto& [field, source] : provenance) {
    if (!LooksLikeKey(source.document) || scenario.documents.count(source.document) != 0 ||
        source.document == scenario.file) {
      continue;
    }
    warnings.push_back(ScenarioWarning{
        scenario.file, owner.line, owner.actor, owner.issue, field,
        fmt::format("{}: the source of {} cites document '{}', which the scenario does not "
                    "declare under documents ({})",
                    owner.what, field, source.document, Declared(scenario))});
  }
}

}  // namespace

void CheckSourceDocuments(const Scenario& scenario, std::vector<ScenarioWarning>& warnings) {
  for (const Actor& actor : scenario.actors) {
    Check(scenario, actor.provenance,
          {fmt::format("actor '{}'", actor.id), actor.line, actor.id, ""}, warnings);
  }
  for (const Issue& issue : scenario.issues) {
    Check(scenario, issue.provenance,
          {fmt::format("issue '{}'", issue.id), issue.line, "", issue.id}, warnings);
  }
  for (const Stance& stance : scenario.stances) {
    const std::string& actor = scenario.actors[stance.actor].id;
    const std::string& issue = scenario.issues[stance.issue].id;
    Check(scenario, stance.provenance,
          {fmt::format("actor '{}' on issue '{}'", actor, issue), stance.line, actor, issue},
          warnings);
  }
  for (const TimelineEvent& event : scenario.timeline.events) {
    Check(scenario, event.provenance, {fmt::format("event '{}'", event.id), event.line, "", ""},
          warnings);
  }
  for (const EngagementMeasure& measure : scenario.engagement.measures) {
    Check(scenario, measure.provenance,
          {fmt::format("measure '{}'", measure.id), measure.line, "", ""}, warnings);
  }
}

}  // namespace parley
