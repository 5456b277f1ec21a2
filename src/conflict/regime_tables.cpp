// The scenario transformations the regimes apply before talks
// (docs/mechanisms/mediation-regimes.md, rules M2-M4).
#include <fmt/format.h>

#include <algorithm>

#include "regime_detail.h"

namespace parley::regime_detail {

std::vector<std::size_t> Without(const Scenario& scenario, const ActorSet& excluded) {
  std::vector<std::size_t> table;
  for (std::size_t i = 0; i < scenario.actors.size(); ++i) {
    if (excluded.count(i) == 0) table.push_back(i);
  }
  return table;
}

Result<ModelRun> RunTable(const ScenarioModel& model, const Scenario& table,
                          std::string_view stage) {
  auto run = model(table);
  if (!run) {
    Error error = run.error();
    error.message = fmt::format("{}: {}", stage, error.message);
    return tl::unexpected(std::move(error));
  }
  return run;
}

void RemoveActors(Scenario& scenario, const ActorSet& actors) {
  std::erase_if(scenario.stances,
                [&](const Stance& stance) { return actors.count(stance.actor) > 0; });
}

void RemoveIssues(Scenario& scenario, const std::set<std::size_t>& issues) {
  std::erase_if(scenario.stances,
                [&](const Stance& stance) { return issues.count(stance.issue) > 0; });
}

void ScaleCapability(Scenario& scenario, const ActorSet& actors, double factor) {
  for (std::size_t i : actors) scenario.actors[i].capability *= factor;
}

void ApplyForceShock(Scenario& scenario, std::size_t guarantor, const ActorSet& aligned,
                     double share, const std::set<std::size_t>& issues) {
  for (std::size_t k : issues) {
    const Stance* anchor = scenario.FindStance(guarantor, k);
    if (anchor == nullptr) continue;
    const double target = anchor->position;
    Issue& issue = scenario.issues[k];
    if (issue.status_quo) *issue.status_quo += share * (target - *issue.status_quo);
    for (Stance& stance : scenario.stances) {
      if (stance.issue != k || aligned.count(stance.actor) > 0) continue;
      stance.position += share * (target - stance.position);
    }
  }
}

void PullToward(Scenario& scenario, std::size_t actor, const std::vector<IssueOutcome>& deal,
                double share) {
  for (Stance& stance : scenario.stances) {
    if (stance.actor != actor) continue;
    for (const IssueOutcome& outcome : deal) {
      if (outcome.issue == stance.issue)
        stance.position += share * (outcome.outcome - stance.position);
    }
  }
}

std::vector<IssueOutcome> AssembleOutcomes(const Scenario& original, const ModelRun& run,
                                           std::vector<std::string>& notes) {
  std::vector<IssueOutcome> outcomes;
  for (std::size_t k = 0; k < original.issues.size(); ++k) {
    const bool contested = std::any_of(original.stances.begin(), original.stances.end(),
                                       [&](const Stance& stance) { return stance.issue == k; });
    if (!contested) continue;
    auto found = std::find_if(run.outcomes.begin(), run.outcomes.end(),
                              [&](const IssueOutcome& outcome) { return outcome.issue == k; });
    const Issue& issue = original.issues[k];
    if (found != run.outcomes.end()) {
      outcomes.push_back(*found);
    } else if (issue.status_quo) {
      outcomes.push_back({k, *issue.status_quo});
      notes.push_back(fmt::format("issue '{}' not negotiated: status quo {:g} stands", issue.id,
                                  *issue.status_quo));
    } else {
      notes.push_back(
          fmt::format("issue '{}' not negotiated and has no status quo: no outcome", issue.id));
    }
  }
  return outcomes;
}

}  // namespace parley::regime_detail
