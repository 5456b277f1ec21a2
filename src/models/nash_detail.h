// Internal: the pieces of the Nash bargaining model (nash.cpp, nash_coalition.cpp).
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "parley/classic_models.h"

namespace parley::nash {

// An actor who bargains: salience and weight > 0.
struct Bargainer {
  std::size_t index = 0;  // into the IssueProblem's columns
  double ideal = 0.0;
  double weight = 0.0;
  double reach = 0.0;  // distance from the ideal to the disagreement point
};

// How messages name actor `index` of the problem.
using ActorNamer = std::function<std::string(std::size_t index)>;

struct Context {
  const IssueProblem& problem;
  const NashOptions& options;
  const ActorNamer& name;
  double tolerance = 0.0;  // options.tolerance times the scale range
};

// The problem indices of `bargainers`, in their order.
inline std::vector<std::size_t> Indices(const std::vector<Bargainer>& bargainers) {
  std::vector<std::size_t> indices;
  indices.reserve(bargainers.size());
  for (const Bargainer& b : bargainers) indices.push_back(b.index);
  return indices;
}

// "a, b and c" for problem indices.
std::string NameList(const Context& context, const std::vector<std::size_t>& indices);

// The status quo as the forecast, with Termination::kInfeasible, the veto
// holders (problem indices, mapped to scenario actors) and `message`.
Forecast Gridlock(const Context& context, std::vector<std::size_t> veto, std::string message);

// The Nash bargaining solution among `bargainers` over F, the points all of
// them weakly prefer to their disagreement point; gridlock when F is a point.
Forecast Bargain(const Context& context, const std::vector<Bargainer>& bargainers,
                 const std::string& who);

// The Nash bargaining solution over the smallest winning coalition under a
// majority rule (classic_models.h). Needs a status quo.
Forecast BargainUnderMajority(const Context& context, const std::vector<Bargainer>& bargainers,
                              VotingRule rule);

// RunNash with actors named by `name` (the registry entry names them by id).
Result<Forecast> RunNamed(const IssueProblem& problem, const NashOptions& options,
                          const ActorNamer& name);

}  // namespace parley::nash
