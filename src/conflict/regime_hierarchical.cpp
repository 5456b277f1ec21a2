// The hierarchical regime: a guarantor sets agenda and format, excludes named
// actors, coerces, and may use force before talks
// (docs/mechanisms/mediation-regimes.md, rule M3).
#include <fmt/format.h>

#include "regime_detail.h"

namespace parley::regime_detail {
namespace {

std::set<std::size_t> OffAgenda(const Scenario& scenario, const std::set<std::size_t>& agenda) {
  std::set<std::size_t> off;
  if (agenda.empty()) return off;
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) {
    if (agenda.count(k) == 0) off.insert(k);
  }
  return off;
}

std::set<std::size_t> OnAgenda(const Scenario& scenario, const std::set<std::size_t>& agenda) {
  if (!agenda.empty()) return agenda;
  std::set<std::size_t> all;
  for (std::size_t k = 0; k < scenario.issues.size(); ++k) all.insert(k);
  return all;
}

}  // namespace

Result<RegimeOutcome> RunHierarchical(const Scenario& scenario, const RegimeSettings& settings,
                                      const Resolved& resolved, const ScenarioModel& model) {
  const std::size_t guarantor = *resolved.guarantor;
  const HierarchicalSettings& hierarchical = settings.hierarchical;
  if (resolved.hierarchical_excluded.count(guarantor) > 0) {
    return InvalidArgument(
        fmt::format("regimes.hierarchical.excluded: the guarantor '{}' cannot be "
                    "excluded from its own table",
                    scenario.actors[guarantor].id));
  }
  RegimeOutcome outcome;
  outcome.notes.push_back(
      fmt::format("guarantor '{}' sets the agenda and the format", scenario.actors[guarantor].id));
  Scenario table = scenario;
  RemoveActors(table, resolved.hierarchical_excluded);
  if (!resolved.hierarchical_excluded.empty()) {
    outcome.notes.push_back("excluded, with no voice in the information space: " +
                            ActorNames(scenario, resolved.hierarchical_excluded));
  }
  const std::set<std::size_t> off_agenda = OffAgenda(scenario, resolved.agenda);
  RemoveIssues(table, off_agenda);
  outcome.off_agenda.assign(off_agenda.begin(), off_agenda.end());
  ActorSet aligned = resolved.proxies;
  aligned.insert(guarantor);
  for (std::size_t i : resolved.hierarchical_excluded) aligned.erase(i);
  if (hierarchical.coercion_factor != 1.0) {
    ScaleCapability(table, aligned, hierarchical.coercion_factor);
    outcome.notes.push_back(fmt::format("coercion: capability x{:g} for {}",
                                        hierarchical.coercion_factor,
                                        ActorNames(scenario, aligned)));
  }
  if (hierarchical.force_shock > 0.0) {
    ApplyForceShock(table, guarantor, aligned, hierarchical.force_shock,
                    OnAgenda(scenario, resolved.agenda));
    outcome.notes.push_back(
        fmt::format("force before talks: the status quo and the other parties "
                    "move {:g}% of the way toward the guarantor",
                    100.0 * hierarchical.force_shock));
  }
  auto run = RunTable(model, table, "hierarchical table");
  if (!run) return tl::unexpected(run.error());
  outcome.model = run->model;
  outcome.rounds = run->rounds;
  outcome.outcomes = AssembleOutcomes(scenario, *run, outcome.notes);
  outcome.table = Without(scenario, resolved.hierarchical_excluded);
  return outcome;
}

}  // namespace parley::regime_detail
