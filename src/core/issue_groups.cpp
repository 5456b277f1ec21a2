// Issue groups and restricting a scenario to some of its issues (scenario.h).
#include <algorithm>
#include <map>

#include "parley/scenario.h"

namespace parley {

std::vector<std::vector<std::size_t>> IssueGroups(const Scenario& scenario) {
  std::vector<std::vector<std::size_t>> groups;
  std::map<std::string, std::size_t> index;
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
    const auto [found, added] = index.try_emplace(scenario.issues[k].group, groups.size());
    if (added) groups.emplace_back();
    groups[found->second].push_back(k);
  }
  return groups;
}

Scenario RestrictToIssues(const Scenario& scenario, const std::vector<std::size_t>& issues) {
  Scenario restricted;
  restricted.id = scenario.id;
  restricted.name = scenario.name;
  restricted.description = scenario.description;
  restricted.as_of = scenario.as_of;
  restricted.salience_scale = scenario.salience_scale;
  restricted.actors = scenario.actors;
  for (Actor& actor : restricted.actors) actor.provenance.clear();
  restricted.parameters = scenario.parameters;
  restricted.seed = scenario.seed;
  restricted.file = scenario.file;
  std::vector<std::size_t> new_index(scenario.issues.size(), issues.size());
  for (std::size_t at = 0; at < issues.size(); ++at) {
    new_index[issues[at]] = at;
    restricted.issues.push_back(scenario.issues[issues[at]]);
    restricted.issues.back().provenance.clear();
  }
  for (const Stance& stance : scenario.stances) {
    if (new_index[stance.issue] == issues.size()) continue;
    Stance copy = stance;
    copy.issue = new_index[stance.issue];
    copy.provenance.clear();
    restricted.stances.push_back(std::move(copy));
  }
  // KTAB's accommodation pairs name actors only, so they stay valid.
  restricted.accommodation = scenario.accommodation;
  return restricted;
}

}  // namespace parley
