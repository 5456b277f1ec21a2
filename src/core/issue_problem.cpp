#include "parley/issue_problem.h"

#include <fmt/format.h>

#include <algorithm>

namespace parley {

namespace {

// Appends one participant's columns.
void Add(const Scenario& scenario, const Stance& stance, IssueProblem& problem) {
  problem.actor.push_back(stance.actor);
  problem.position.push_back(stance.position);
  problem.capability.push_back(scenario.actors[stance.actor].capability);
  problem.salience.push_back(stance.salience);
}

// The columns in one pass over the stances, when the stances on `issue` of
// actors that exist come in increasing actor order, as every reader writes
// them; false (and the columns left partial) otherwise. Asking FindStance
// actor by actor instead is quadratic: 25,600 comparisons an issue at 160
// actors, more than the classic models' own arithmetic; and the columns are
// reserved once, as a Monte Carlo builds them in every run.
bool AddInOnePass(const Scenario& scenario, std::size_t issue, IssueProblem& problem) {
  const std::size_t most = scenario.actors.size();
  problem.actor.reserve(most);
  problem.position.reserve(most);
  problem.capability.reserve(most);
  problem.salience.reserve(most);
  for (const Stance& stance : scenario.stances) {
    if (stance.issue != issue || stance.actor >= scenario.actors.size()) continue;
    if (!problem.actor.empty() && problem.actor.back() >= stance.actor) return false;
    Add(scenario, stance, problem);
  }
  return true;
}

// The same for stances in any order: each actor's first stance on `issue`,
// as Scenario::FindStance finds it, in actor order.
void AddSorted(const Scenario& scenario, std::size_t issue, IssueProblem& problem) {
  std::vector<const Stance*> found;
  for (const Stance& stance : scenario.stances) {
    if (stance.issue == issue && stance.actor < scenario.actors.size()) found.push_back(&stance);
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const Stance* a, const Stance* b) { return a->actor < b->actor; });
  found.erase(std::unique(found.begin(), found.end(),
                          [](const Stance* a, const Stance* b) { return a->actor == b->actor; }),
              found.end());
  problem.actor.clear();
  problem.position.clear();
  problem.capability.clear();
  problem.salience.clear();
  for (const Stance* stance : found) Add(scenario, *stance, problem);
}

}  // namespace

Result<IssueProblem> MakeIssueProblem(const Scenario& scenario, std::size_t issue) {
  if (issue >= scenario.issues.size()) {
    return MakeError(ErrorCode::kNotFound, fmt::format("no issue with index {}", issue));
  }
  const Issue& source = scenario.issues[issue];
  IssueProblem problem;
  problem.issue = issue;
  problem.scale_min = source.scale.min;
  problem.scale_max = source.scale.max;
  problem.status_quo = source.status_quo;
  problem.voting_rule = source.voting_rule;
  if (!AddInOnePass(scenario, issue, problem)) AddSorted(scenario, issue, problem);
  if (problem.ActorCount() == 0) {
    return InvalidInput(fmt::format("no actor takes a stance on issue '{}'", source.id),
                        scenario.file, source.line, "positions");
  }
  double total_weight = 0.0;
  for (std::size_t i = 0; i < problem.ActorCount(); ++i) total_weight += problem.Weight(i);
  if (total_weight <= 0.0) {
    return InvalidInput(fmt::format("every actor on issue '{}' has salience 0", source.id),
                        scenario.file, source.line, "salience");
  }
  return problem;
}

IssueProblem MakeIssueProblem(std::vector<double> position, std::vector<double> capability,
                              std::vector<double> salience, double scale_min, double scale_max,
                              std::optional<double> status_quo) {
  IssueProblem problem;
  problem.scale_min = scale_min;
  problem.scale_max = scale_max;
  problem.status_quo = status_quo;
  for (std::size_t i = 0; i < position.size(); ++i) problem.actor.push_back(i);
  problem.position = std::move(position);
  problem.capability = std::move(capability);
  problem.salience = std::move(salience);
  return problem;
}

}  // namespace parley
