// The hierarchical regime: a guarantor sets agenda and format, excludes named
// actors, coerces, and may use force before talks
// (docs/mechanisms/mediation-regimes.md, rule M3).
#include <fmt/format.h>

#include <cmath>

#include "parley/force.h"
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

// Force before talks from the military balance (HierarchicalSettings::
// force_from_strength): the share of the way toward the guarantor on issue k
// is its side's chance of winning a fight over the status quo, the side that
// attacks (ViewOfForce at x = status quo: the guarantor's side against every
// party at the status quo or beyond it). Guarantor at 100 with strength 3
// against B at the status quo 0 with strength 1: p = 3 / (3 + 1) = 0.75.
// None when the guarantor has no strength, no stance or already holds the
// status quo, or the issue has no status quo.
double ShareFromStrength(const Scenario& scenario, std::size_t guarantor, std::size_t k) {
  const Issue& issue = scenario.issues[k];
  const Stance* anchor = scenario.FindStance(guarantor, k);
  const std::optional<double>& strength = scenario.actors[guarantor].military;
  if (anchor == nullptr || !issue.status_quo || !strength || *strength <= 0.0) return 0.0;
  if (std::abs(anchor->position - *issue.status_quo) <= 1e-12 * issue.scale.Range()) return 0.0;
  const ForceOptions options;
  return ViewOfForce(MakeForceIssue(scenario, k, options), guarantor, *issue.status_quo, options)
      .win_probability;
}

// Every actor of the scenario fights, excluded or not (exclusion is from the
// table, not from the military balance); RemoveActors and RemoveIssues keep
// indices, so issue k of the scenario is issue k of the table.
void ApplyForceFromStrength(Scenario& table, std::size_t guarantor, const ActorSet& aligned,
                            const std::set<std::size_t>& agenda, const Scenario& scenario,
                            std::vector<std::string>& notes) {
  for (std::size_t k : agenda) {
    const double share = ShareFromStrength(scenario, guarantor, k);
    if (share <= 0.0) continue;
    ApplyForceShock(table, guarantor, aligned, share, {k});
    notes.push_back(fmt::format(
        "force before talks on '{}': the status quo and the other parties move {:.0f}% of the "
        "way toward the guarantor (its side's chance of winning, from the military balance)",
        scenario.issues[k].id, 100.0 * share));
  }
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
  if (hierarchical.force_from_strength) {
    ApplyForceFromStrength(table, guarantor, aligned, OnAgenda(scenario, resolved.agenda), scenario,
                           outcome.notes);
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
