// Capability from the Council voting weights of the time, or equal for all
// (council_weights.h): a transformation of a read scenario, DEU data for
// "council".
#include <fmt/format.h>

#include <map>
#include <utility>

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

// A member state's copy for one table: its id, name, capability and source.
Actor CopyFor(const Scenario& scenario, const Actor& original, const CouncilWeights& table) {
  double weights = 0.0;
  const double file_total = FileCapabilityOf(scenario, table, weights);
  const double weight = *table.WeightOf(original.id);
  Actor actor = original;
  actor.id = fmt::format("{}@{}", original.id, table.id);
  actor.name = fmt::format("{} ({})", original.name, table.name);
  actor.capability = weight / weights * file_total;
  actor.capability_range.reset();
  actor.provenance["capability"] =
      Source{std::string(table.source),
             fmt::format("{} {:g} of {:g}", original.id, weight, weights), "", ""};
  return actor;
}

}  // namespace

Result<Scenario> WithCapability(const Scenario& scenario, CapabilitySource source) {
  if (source == CapabilitySource::kFile) return scenario;
  if (source == CapabilitySource::kEqual) return WithEqualCapability(scenario);
  auto tables = TablesByGroup(scenario);
  if (!tables) return tl::unexpected(tables.error());
  // Each stance's new actor, keyed (original actor, table); the copies keep
  // the original actors' order, so each negotiation sees its actors in the
  // file's order (SMP and the exchange model depend on it).
  const auto& all = CouncilWeightTables();
  using Key = std::pair<std::size_t, std::size_t>;  // actor, table (all.size(): institution)
  std::vector<Key> keys;
  for (const Stance& stance : scenario.stances) {
    const Actor& actor = scenario.actors[stance.actor];
    const CouncilWeights* table = tables->at(scenario.issues[stance.issue].group);
    keys.push_back({stance.actor, IsEuInstitution(actor.id)
                                      ? all.size()
                                      : static_cast<std::size_t>(table - all.data())});
  }
  std::map<Key, std::size_t> index;
  for (const Key& key : keys) index[key] = 0;
  Scenario council = scenario;
  council.actors.clear();
  for (auto& [key, at] : index) {
    at = council.actors.size();
    const Actor& original = scenario.actors[key.first];
    council.actors.push_back(
        key.second == all.size() ? original : CopyFor(scenario, original, all[key.second]));
  }
  for (std::size_t s = 0; s < council.stances.size(); ++s) {
    council.stances[s].actor = index.at(keys[s]);
  }
  if (auto valid = ValidateScenario(council); !valid) return tl::unexpected(valid.error());
  return council;
}

}  // namespace parley
