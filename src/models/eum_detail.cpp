// The public inspection API of the expected-utility model (eum_detail.h): thin
// wrappers that resolve the options and call the internal round functions.
#include "parley/eum_detail.h"

#include <utility>

#include "models/eum_calculus.h"
#include "models/eum_round.h"

namespace parley {

EumSnapshot EumInitialSnapshot(const IssueProblem& problem, const EumOptions& options) {
  return eum::MakeSnapshot(problem, ResolveEumSettings(options), problem.position);
}

EumSnapshot EumSnapshotAt(const IssueProblem& problem, const EumOptions& options,
                          std::vector<double> position) {
  return eum::MakeSnapshot(problem, ResolveEumSettings(options), std::move(position));
}

EumRisk EumRiskExponents(const IssueProblem& problem, const EumOptions& options,
                         const EumSnapshot& snapshot) {
  eum::PassStorage storage;
  return eum::ComputeRisk(problem, ResolveEumSettings(options), snapshot, storage);
}

double EumProbabilityOfWinning(const IssueProblem& problem, const EumOptions& options,
                               const EumSnapshot& snapshot, const std::vector<double>& exponent,
                               std::size_t i, std::size_t j) {
  const EumSettings settings = ResolveEumSettings(options);
  return eum::Pass(problem, settings, snapshot, exponent).Probability(i, j);
}

double EumExpectedUtility(const IssueProblem& problem, const EumOptions& options,
                          const EumSnapshot& snapshot, const std::vector<double>& exponent,
                          std::size_t challenger, std::size_t target, double risk) {
  const EumSettings settings = ResolveEumSettings(options);
  return eum::Pass(problem, settings, snapshot, exponent).ExpectedUtility(challenger, target, risk);
}

std::vector<EumViewPoint> EumView(const IssueProblem& problem, const EumOptions& options,
                                  const EumSnapshot& snapshot, const std::vector<double>& exponent,
                                  std::size_t viewer) {
  const EumSettings settings = ResolveEumSettings(options);
  const eum::Pass pass(problem, settings, snapshot, exponent);
  std::vector<EumViewPoint> view;
  for (std::size_t other = 0; other < pass.ActorCount(); ++other) {
    if (other != viewer) view.push_back(eum::ViewPoint(pass, settings, viewer, other));
  }
  return view;
}

EumStepResult EumStep(const IssueProblem& problem, const EumOptions& options,
                      const EumSnapshot& snapshot) {
  eum::PassStorage storage;
  return eum::ComputeStep(problem, ResolveEumSettings(options), snapshot, storage);
}

}  // namespace parley
