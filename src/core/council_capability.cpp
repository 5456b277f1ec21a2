// Capability from the Council voting weights of the time, or equal for all
// (council_weights.h): a transformation of a read scenario, DEU data for
// "council".
#include <fmt/format.h>

#include <map>
#include <set>

#include "parley/council_weights.h"

namespace parley {
namespace {

bool IsEuInstitution(std::string_view id) { return id == "com" || id == "ep"; }

// The weights table deciding each issue group (DEU proposal).
Result<std::map<std::string, const CouncilWeights*>> TablesByGroup(const Scenario& scenario) {
  std::map<std::string, std::vector<std::string>> members;  // group -> member states with stances
  for (const Issue& issue : scenario.issues) members[issue.group];
  for (const Stance& stance : scenario.stances) {
    const Actor& actor = scenario.actors[stance.actor];
    const Issue& issue = scenario.issues[stance.issue];
    if (IsEuInstitution(actor.id)) continue;
    if (!AccessionOf(actor.id)) {
      return InvalidInput(
          fmt::format("--capability council: actor '{}' on issue '{}' is not a DEU member-state "
                      "code (at, be, bu, cr, cy, cz, de, dk, ee, el, es, fi, fr, hu, ie, it, lt, "
                      "lu, lv, mt, nl, pl, pt, ro, se, si, sk, uk) nor com or ep",
                      actor.id, issue.id),
          scenario.file, stance.line, "actor");
    }
    members[issue.group].push_back(actor.id);
  }
  std::map<std::string, const CouncilWeights*> tables;
  for (const Issue& issue : scenario.issues) {
    if (tables.count(issue.group)) continue;
    auto year = DeuProposalYear(issue.group);
    if (!year) {
      return InvalidInput(
          fmt::format("--capability council: cannot tell the year of proposal '{}' of issue '{}' "
                      "(DEU proposal codes are a letter, the year's two digits and a number, "
                      "e.g. d00032)",
                      issue.group, issue.id),
          scenario.file, issue.line, "proposal_id");
    }
    auto table = CouncilWeightsOn(CouncilDecisionDay(*year, members[issue.group]));
    if (!table) {
      return InvalidInput(fmt::format("--capability council: proposal '{}': {}", issue.group,
                                      table.error().message),
                          scenario.file, issue.line, "proposal_id");
    }
    tables[issue.group] = *table;
  }
  return tables;
}

Scenario WithEqualCapability(const Scenario& scenario) {
  Scenario equal = scenario;
  for (Actor& actor : equal.actors) {
    actor.capability = 1.0;
    actor.capability_range.reset();
    actor.provenance["capability"] =
        Source{"", "", "", "--capability equal: every actor the same capability"};
  }
  return equal;
}

// The file's combined capability of the table's member states that are actors.
double FileCapabilityOf(const Scenario& scenario, const CouncilWeights& table, double& weights) {
  double capability = 0.0;
  weights = 0.0;
  for (const auto& [member, weight] : table.weights) {
    if (auto found = scenario.FindActor(member)) {
      capability += scenario.actors[*found].capability;
      weights += weight;
    }
  }
  return capability;
}

}  // namespace

Result<Scenario> WithCapability(const Scenario& scenario, CapabilitySource source) {
  if (source == CapabilitySource::kFile) return scenario;
  if (source == CapabilitySource::kEqual) return WithEqualCapability(scenario);
  auto tables = TablesByGroup(scenario);
  if (!tables) return tl::unexpected(tables.error());
  Scenario council = scenario;
  council.actors.clear();
  std::map<std::string, std::size_t> copies;  // "de@eu15" -> index in council.actors
  for (Stance& stance : council.stances) {
    const Actor& original = scenario.actors[stance.actor];
    if (IsEuInstitution(original.id)) {
      auto [at, added] = copies.try_emplace(original.id, council.actors.size());
      if (added) council.actors.push_back(original);
      stance.actor = at->second;
      continue;
    }
    const CouncilWeights& table = *tables->at(scenario.issues[stance.issue].group);
    const std::string id = fmt::format("{}@{}", original.id, table.id);
    auto [at, added] = copies.try_emplace(id, council.actors.size());
    if (added) {
      double weights = 0.0;
      const double file_total = FileCapabilityOf(scenario, table, weights);
      const double weight = *table.WeightOf(original.id);
      Actor actor = original;
      actor.id = id;
      actor.name = fmt::format("{} ({})", original.name, table.name);
      actor.capability = weight / weights * file_total;
      actor.capability_range.reset();
      actor.provenance["capability"] =
          Source{std::string(table.source),
                 fmt::format("{} {:g} of {:g}", original.id, weight, weights), "", ""};
      council.actors.push_back(std::move(actor));
    }
    stance.actor = at->second;
  }
  if (auto valid = ValidateScenario(council); !valid) return tl::unexpected(valid.error());
  return council;
}

}  // namespace parley
