#include "parley/issue_problem.h"

#include <fmt/format.h>

#include <algorithm>

namespace parley {

namespace {

// The stances on `issue` of actors that exist, one per actor (the first the
// scenario lists, as Scenario::FindStance finds it), in actor order. One pass
// over the stances when they are listed in actor order, as every reader
// writes them; a stable sort otherwise. Asking FindStance actor by actor
// instead is quadratic: 25,600 comparisons an issue at 160 actors, more than
// the classic models' own arithmetic.
std::vector<const Stance*> StancesOn(const Scenario& scenario, std::size_t issue) {
  std::vector<const Stance*> found;
  bool ordered = true;
  for (const Stance& stance : scenario.stances) {
    if (stance.issue != issue || stance.actor >= scenario.actors.size()) continue;
    if (!found.empty() && found.back()->actor >= stance.actor) ordered = false;
    found.push_back(&stance);
  }
  if (ordered) return found;
  std::stable_sort(found.begin(), found.end(),
                   [](const Stance* a, const Stance* b) { return a->actor < b->actor; });
  found.erase(std::unique(found.begin(), found.end(),
                          [](const Stance* a, const Stance* b) { return a->actor == b->actor; }),
              found.end());
  return found;
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
  const std::vector<const Stance*> stances = StancesOn(scenario, issue);
  problem.actor.reserve(stances.size());
  problem.position.reserve(stances.size());
  problem.capability.reserve(stances.size());
  problem.salience.reserve(stances.size());
  for (const Stance* stance : stances) {
    problem.actor.push_back(stance->actor);
    problem.position.push_back(stance->position);
    problem.capability.push_back(scenario.actors[stance->actor].capability);
    problem.salience.push_back(stance->salience);
  }
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
