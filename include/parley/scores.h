// Scores of a forecast given as draws (a sample of the forecast distribution)
// against the real outcome: CRPS, central-interval coverage and the PIT.
// docs/validation.md explains each for analysts.
#pragma once

#include <array>
#include <cstddef>
#include <vector>

namespace parley {

// Continuous ranked probability score of the empirical distribution of the
// draws, in the energy form of Gneiting & Raftery (2007), "Strictly proper
// scoring rules, prediction, and estimation", JASA 102(477), eq. 21:
//   CRPS(F, y) = E|X - y| - 1/2 E|X - X'|,   X, X' independent draws of F.
// For draws x_1..x_n (F their empirical distribution):
//   CRPS = (1/n) sum_i |x_i - y| - 1/(2 n^2) sum_i sum_j |x_i - x_j|,
// the double sum computed on sorted draws as 2 sum_i (2i - n - 1) x_(i)
// (1-based). Same units as the outcome; one draw gives |x - y| (the absolute
// error), so a point forecast's CRPS is its MAE. Draws {0, 10}, y = 4:
// 5 - 1/2 * 5 = 2.5. REQUIRES: draws non-empty.
double SampleCrps(std::vector<double> draws, double outcome);

// The probability integral transform with ties split: the share of draws
// below y plus half the share equal to it (the "mid-PIT", so a forecast that
// always equals the outcome gives 0.5, not 1). Calibrated forecasts give
// PIT values spread evenly over [0, 1]. REQUIRES: draws non-empty.
double MidPit(const std::vector<double>& draws, double outcome);

// The central intervals reported: 50, 80 and 90 %.
inline constexpr std::array<double, 3> kCentralLevels = {0.50, 0.80, 0.90};
inline constexpr std::size_t kPitBins = 10;

// The central interval at `level` of the draws: the type 7 quantiles at
// (1 - level) / 2 and (1 + level) / 2 (monte_carlo.h QuantileType7).
struct CentralInterval {
  double low = 0.0;
  double high = 0.0;
  bool Covers(double y) const { return low - 1e-9 <= y && y <= high + 1e-9; }
};
// REQUIRES: `sorted` ascending and non-empty; level in (0, 1).
CentralInterval CentralIntervalOf(const std::vector<double>& sorted, double level);

// One forecast's probabilistic scores summed over issues.
struct ProbabilisticScores {
  int scored = 0;                             // issues with at least one draw
  double crps = 0.0;                          // mean CRPS
  std::array<double, 3> coverage{};           // share covered, at kCentralLevels
  std::array<int, kPitBins> pit_histogram{};  // PIT counts in [b/10, (b+1)/10), 1 in the last
};

// Adds one issue (its draws, unsorted, and outcome) to running totals; call
// Finish once after the last issue to turn sums into means.
class ProbabilisticScorer {
 public:
  // Returns the CRPS.
  double Add(const std::vector<double>& draws, double outcome);
  ProbabilisticScores Finish() const;

 private:
  ProbabilisticScores sums_;
  double crps_sum_ = 0.0;
  std::array<int, 3> covered_{};
};

}  // namespace parley

namespace parley {

// CRPS of a forecast given by quantiles q_k at levels tau_k, from
// CRPS(F, y) = 2 * integral over tau in (0, 1) of QS_tau(F^-1(tau), y),
// QS_tau(q, y) = (1{y < q} - tau)(q - y) (the quantile score; Laio & Tamea
// 2007, "Verification tools for probabilistic forecasts of continuous
// hydrological variables", HESS 11, eq. 8), by the rule 2/K sum_k QS_tau_k.
// With evenly spaced symmetric levels a point forecast (every q_k = x) scores
// |x - y| exactly, as the sample CRPS does. REQUIRES: same sizes, non-empty.
double QuantileCrps(const std::vector<double>& levels, const std::vector<double>& quantiles,
                    double outcome);

}  // namespace parley
