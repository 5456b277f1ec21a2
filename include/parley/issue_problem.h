// The one-dimensional view of one issue that the classic models work on:
// the participating actors' positions, capabilities and saliences as columns.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

struct IssueProblem {
  std::size_t issue = 0;  // index into the scenario's issues
  double scale_min = 0.0;
  double scale_max = 100.0;
  std::optional<double> status_quo;
  std::optional<VotingRule> voting_rule;  // the issue's, when the scenario gives one

  // One entry per participating actor (those with a stance), in scenario order.
  std::vector<std::size_t> actor;  // index into the scenario's actors
  std::vector<double> position;    // on [scale_min, scale_max]
  std::vector<double> capability;  // > 0
  std::vector<double> salience;    // in [0, 1]

  std::size_t ActorCount() const { return position.size(); }
  double Range() const { return scale_max - scale_min; }
  // The effective weight c_i s_i that enters every model (models.md section 2).
  double Weight(std::size_t i) const { return capability[i] * salience[i]; }
};

// The problem for issue k of a validated scenario. Fails when no actor takes a
// stance on the issue or when every participant has zero weight.
Result<IssueProblem> MakeIssueProblem(const Scenario& scenario, std::size_t issue);

// Builds a problem from columns (tests, benchmarks, importers). Actor indices
// are 0..n-1. Does not validate.
IssueProblem MakeIssueProblem(std::vector<double> position, std::vector<double> capability,
                              std::vector<double> salience, double scale_min = 0.0,
                              double scale_max = 100.0,
                              std::optional<double> status_quo = std::nullopt);

}  // namespace parley
