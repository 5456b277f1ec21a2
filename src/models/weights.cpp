// Weights and weighted summaries shared by every one-dimensional model.
#include <algorithm>
#include <numeric>

#include "parley/classic_models.h"

namespace parley {

double ActorWeight(const IssueProblem& problem, std::size_t i, WeightSource source) {
  switch (source) {
    case WeightSource::kCapabilityTimesSalience:
      return problem.capability[i] * problem.salience[i];
    case WeightSource::kCapability:
      return problem.capability[i];
    case WeightSource::kSalience:
      return problem.salience[i];
  }
  return 0.0;
}

double WeightedMean(const IssueProblem& problem, const std::vector<double>& position) {
  double weighted_sum = 0.0;
  double total_weight = 0.0;
  for (std::size_t i = 0; i < position.size(); ++i) {
    weighted_sum += problem.Weight(i) * position[i];
    total_weight += problem.Weight(i);
  }
  if (total_weight > 0.0) return weighted_sum / total_weight;
  if (position.empty()) return 0.0;
  return std::accumulate(position.begin(), position.end(), 0.0) /
         static_cast<double>(position.size());
}

double WeightedMedianPosition(const std::vector<double>& position,
                              const std::vector<double>& weight) {
  std::vector<std::size_t> order(position.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return position[a] < position[b]; });
  const double total = std::accumulate(weight.begin(), weight.end(), 0.0);
  // "Reaches half": 2 * cumulative >= total, with a relative tolerance so that
  // rescaling every weight (e.g. capabilities x 10) cannot flip the choice.
  const double tolerance = 1e-12 * total;
  double cumulative = 0.0;
  for (std::size_t rank = 0; rank < order.size(); ++rank) {
    const std::size_t i = order[rank];
    cumulative += weight[i];
    const bool last_of_tie = rank + 1 == order.size() || position[order[rank + 1]] != position[i];
    if (last_of_tie && 2.0 * cumulative >= total - tolerance) return position[i];
  }
  return position.empty() ? 0.0 : position[order.back()];
}

}  // namespace parley
