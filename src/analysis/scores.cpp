#include "parley/scores.h"

#include <algorithm>
#include <cmath>

#include "parley/monte_carlo.h"

namespace parley {

double SampleCrps(std::vector<double> draws, double outcome) {
  std::sort(draws.begin(), draws.end());
  const double n = static_cast<double>(draws.size());
  double to_outcome = 0.0;
  double pairwise = 0.0;  // sum_i sum_j |x_i - x_j| / 2 = sum_i (2i - n - 1) x_(i)
  for (std::size_t i = 0; i < draws.size(); ++i) {
    to_outcome += std::abs(draws[i] - outcome);
    pairwise += (2.0 * static_cast<double>(i + 1) - n - 1.0) * draws[i];
  }
  // (1/n) sum |x_i - y| - (1 / (2 n^2)) * 2 * pairwise.
  return to_outcome / n - pairwise / (n * n);
}

double MidPit(const std::vector<double>& draws, double outcome) {
  double below = 0.0, equal = 0.0;
  for (double x : draws) {
    if (std::abs(x - outcome) <= 1e-9) {
      equal += 1.0;
    } else if (x < outcome) {
      below += 1.0;
    }
  }
  return (below + 0.5 * equal) / static_cast<double>(draws.size());
}

CentralInterval CentralIntervalOf(const std::vector<double>& sorted, double level) {
  return {QuantileType7(sorted, (1.0 - level) / 2.0), QuantileType7(sorted, (1.0 + level) / 2.0)};
}

double ProbabilisticScorer::Add(const std::vector<double>& draws, double outcome) {
  std::vector<double> sorted = draws;
  std::sort(sorted.begin(), sorted.end());
  const double crps = SampleCrps(sorted, outcome);
  crps_sum_ += crps;
  for (std::size_t l = 0; l < kCentralLevels.size(); ++l) {
    if (CentralIntervalOf(sorted, kCentralLevels[l]).Covers(outcome)) ++covered_[l];
  }
  const double pit = MidPit(sorted, outcome);
  const auto bin = std::min(kPitBins - 1, static_cast<std::size_t>(pit * kPitBins));
  ++sums_.pit_histogram[bin];
  ++sums_.scored;
  return crps;
}

ProbabilisticScores ProbabilisticScorer::Finish() const {
  ProbabilisticScores scores = sums_;
  if (scores.scored == 0) return scores;
  const double n = static_cast<double>(scores.scored);
  scores.crps = crps_sum_ / n;
  for (std::size_t l = 0; l < kCentralLevels.size(); ++l) scores.coverage[l] = covered_[l] / n;
  return scores;
}

}  // namespace parley

namespace parley {

double QuantileCrps(const std::vector<double>& levels, const std::vector<double>& quantiles,
                    double outcome) {
  double sum = 0.0;
  for (std::size_t k = 0; k < levels.size(); ++k) {
    const double below = outcome < quantiles[k] ? 1.0 : 0.0;
    sum += (below - levels[k]) * (quantiles[k] - outcome);
  }
  return 2.0 * sum / static_cast<double>(levels.size());
}

}  // namespace parley
