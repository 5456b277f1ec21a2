#include "parley/issue_problem.h"

#include <fmt/format.h>

namespace parley {

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
  for (std::size_t i = 0; i < scenario.actors.size(); ++i) {
    const Stance* stance = scenario.FindStance(i, issue);
    if (stance == nullptr) continue;
    problem.actor.push_back(i);
    problem.position.push_back(stance->position);
    problem.capability.push_back(scenario.actors[i].capability);
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
