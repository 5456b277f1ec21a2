// The weighted median (models.md 4.2) and the compromise model (4.1).
#include <fmt/format.h>

#include "models/one_shot.h"

namespace parley {

// One-shot models report rounds[0] only: the positions they were given and
// their forecast.
Forecast OneShotForecast(std::string model, const IssueProblem& problem, double outcome,
                         std::string message) {
  Forecast forecast;
  forecast.model = std::move(model);
  forecast.outcome = outcome;
  forecast.rounds.push_back(
      Round{0, problem.position, outcome, WeightedMean(problem, problem.position)});
  forecast.termination = Termination::kClosedForm;
  forecast.message = std::move(message);
  return forecast;
}

Result<Forecast> RunWeightedMedian(const IssueProblem& problem,
                                   const WeightedMedianOptions& options) {
  std::vector<double> weight(problem.ActorCount());
  double total = 0.0;
  for (std::size_t i = 0; i < weight.size(); ++i) {
    weight[i] = ActorWeight(problem, i, options.weights);
    total += weight[i];
  }
  if (total <= 0.0) return InvalidInput("weighted median: every actor has weight 0");
  const double median = WeightedMedianPosition(problem.position, weight);
  return OneShotForecast("weighted_median", problem, median,
                         fmt::format("weighted median of {} actors", weight.size()));
}

Result<Forecast> RunCompromise(const IssueProblem& problem, const CompromiseOptions& options) {
  double weighted_sum = 0.0;
  double total = 0.0;
  for (std::size_t i = 0; i < problem.ActorCount(); ++i) {
    const double weight = ActorWeight(problem, i, options.weights);
    weighted_sum += weight * problem.position[i];
    total += weight;
  }
  if (total <= 0.0) return InvalidInput("compromise: every actor has weight 0");
  return OneShotForecast("compromise", problem, weighted_sum / total,
                         fmt::format("weighted mean of {} actors", problem.ActorCount()));
}

}  // namespace parley
