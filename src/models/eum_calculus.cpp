#include "models/eum_calculus.h"

#include <cmath>
#include <utility>

namespace parley::eum {
namespace {

// Printed eq. 31 (Scholz 2011; Bueno de Mesquita & Lalman 1986):
//   P_i = sum_{k: a_k > 0} c_k s_k a_k / sum_k c_k s_k |a_k|,  a_k = |x_k - x_j| - |x_k - x_i|.
// The supporters of i and of j split the denominator, so P_i + P_j = 1.
// BDM 1994: P(Netherlands at 4 beats Belgium at 7) = 3 x 24.8 / (3 x 67.7) = 0.3663.
// x_i = x_j gives 0/0: P = 0 (models.md 3.2 step 5). A zero denominator with
// x_i != x_j (every voter has zero weight or is equidistant) gives 0.5.
double PrintedProbability(const IssueProblem& problem, const std::vector<double>& x, std::size_t i,
                          std::size_t j) {
  if (x[i] == x[j]) return 0.0;
  double support_for_i = 0.0;
  double total = 0.0;
  for (std::size_t k = 0; k < x.size(); ++k) {
    const double a_k = std::abs(x[k] - x[j]) - std::abs(x[k] - x[i]);
    if (a_k > 0.0) support_for_i += problem.Weight(k) * a_k;
    total += problem.Weight(k) * std::abs(a_k);
  }
  return total > 0.0 ? support_for_i / total : 0.5;
}

std::vector<double> PrintedProbabilities(const IssueProblem& problem, const EumSnapshot& snapshot) {
  const std::size_t n = snapshot.position.size();
  std::vector<double> probability(n * n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      probability[i * n + j] = PrintedProbability(problem, snapshot.position, i, j);
    }
  }
  return probability;
}

// curved[a * n + k] = (|x_k - x_a| / R)^{r_k}: voter k's risk-curved distance
// to actor a. Row a is contiguous over the voters k.
std::vector<double> CurvedDistances(const EumSnapshot& snapshot,
                                    const std::vector<double>& exponent) {
  const std::vector<double>& x = snapshot.position;
  const std::size_t n = x.size();
  std::vector<double> curved(n * n, 0.0);
  for (std::size_t a = 0; a < n; ++a) {
    for (std::size_t k = 0; k < n; ++k) {
      curved[a * n + k] = std::pow(DistanceShare(x[k], x[a], snapshot.range), exponent[k]);
    }
  }
  return curved;
}

// "Scholz code" probability (models.md 3.4 item 3; jmckib bdm_scholz_model.py):
//   g_k(i, j) = c_k s_k [ (|x_k - x_j| / R)^{r_k} - (|x_k - x_i| / R)^{r_k} ],
//   P(i beats j) = sum_k max(0, g_k(i, j)) / G,  G = sum_k sum_{a, b} |g_k(a, b)|.
// The all-pairs normaliser G makes P tiny. BDM 1994 at r = 1: G = 28.233 and
// P lies in [0.003, 0.012]. x_i = x_j, or G = 0, gives P = 0.
// g_k(j, i) = -g_k(i, j), so each unordered pair is visited once: positive
// votes support i, negative ones j, and G counts every pair twice. Pairs with
// an actor who does not take part (s = 0) are left out of G: nobody
// challenges it, so no contest with it is priced.
std::vector<double> ScholzProbabilities(const IssueProblem& problem, const EumSnapshot& snapshot,
                                        const std::vector<double>& exponent) {
  const std::size_t n = snapshot.position.size();
  const std::vector<double> curved = CurvedDistances(snapshot, exponent);
  std::vector<double> weight(n);
  for (std::size_t k = 0; k < n; ++k) weight[k] = problem.Weight(k);
  std::vector<double> support(n * n, 0.0);  // support[i * n + j] = sum_k max(0, g_k(i, j))
  double normaliser = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!TakesPart(problem, i)) continue;
    for (std::size_t j = i + 1; j < n; ++j) {
      if (!TakesPart(problem, j)) continue;
      const double* to_i = &curved[i * n];
      const double* to_j = &curved[j * n];
      double for_i = 0.0;
      double for_j = 0.0;
      for (std::size_t k = 0; k < n; ++k) {
        const double vote = weight[k] * (to_j[k] - to_i[k]);
        if (vote > 0.0) for_i += vote;
        if (vote < 0.0) for_j -= vote;
      }
      support[i * n + j] = for_i;
      support[j * n + i] = for_j;
      normaliser += 2.0 * (for_i + for_j);
    }
  }
  std::vector<double> probability(n * n, 0.0);
  if (normaliser <= 0.0) return probability;
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      if (snapshot.position[i] != snapshot.position[j]) {
        probability[i * n + j] = support[i * n + j] / normaliser;
      }
    }
  }
  return probability;
}

}  // namespace

double DistanceShare(double from, double to, double range) {
  return range > 0.0 ? std::abs(from - to) / range : 0.0;
}

// BDM 1985 utilities (Scholz 2011 eqs. 15-16, 22-24). Worked number (models.md
// 3.6.4, Belgium r = 0.754 against Luxembourg, d = 0.5): U_s = 0.595,
// U_f = -1.22, U_sq = -0.372.
BasicUtilities ComputeBasicUtilities(double distance_share, double median_share, double risk,
                                     bool with_drift) {
  const double d = distance_share;
  const double m = median_share;
  BasicUtilities u;
  u.success = 2.0 - 4.0 * std::pow(0.5 - 0.5 * d, risk);
  u.failure = 2.0 - 4.0 * std::pow(0.5 + 0.5 * d, risk);
  u.status_quo = 2.0 - 4.0 * std::pow(0.5, risk);
  if (with_drift) {
    u.better = 2.0 - 4.0 * std::pow(0.5 - 0.25 * (m + d), risk);
    u.worse = 2.0 - 4.0 * std::pow(0.5 + 0.25 * (m + d), risk);
  }
  return u;
}

Pass::Pass(const IssueProblem& problem, const EumSettings& settings, const EumSnapshot& snapshot,
           std::vector<double> exponent)
    : problem_(problem), settings_(settings), snapshot_(snapshot), exponent_(std::move(exponent)) {
  probability_ = settings_.probability == EumProbability::kPrinted
                     ? PrintedProbabilities(problem_, snapshot_)
                     : ScholzProbabilities(problem_, snapshot_, exponent_);
}

// Eq. 25a (Scholz 2011; BDM 1985), i = challenger, j = target:
//   E = s_j [P U_s + (1 - P) U_f] + (1 - s_j) U_s - Q U_sq - (1 - Q)[T U_b + (1 - T) U_w],
// with the responder's salience s_j (A1). It is evaluated in the equivalent form
//   E = (U_s - U_sq) + s_j (1 - P)(U_f - U_s) + (1 - Q)(U_sq - U_nc),
// so that x_i = x_j (U_s = U_f = U_sq) gives exactly 0 when Q = 1.
// T = 1 iff |x_i - mu| < |x_i - x_j| (j's drift to the median helps i).
// At r = 1, Q = 1: E = 2d [1 - 2 s_j (1 - P)]. Worked number (models.md 3.6.4):
// Belgium challenging Luxembourg, r = 0.754, P ~ 0: 0.2(-1.22) + 0.8(0.595) + 0.372 = 0.604.
double Pass::ExpectedUtility(std::size_t challenger, std::size_t target, double risk) const {
  const std::vector<double>& x = snapshot_.position;
  const double d = DistanceShare(x[challenger], x[target], snapshot_.range);
  const double m = DistanceShare(x[challenger], snapshot_.median, snapshot_.range);
  const bool drift = settings_.q < 1.0;
  const BasicUtilities u = ComputeBasicUtilities(d, m, risk, drift);
  const double target_salience = problem_.salience[target];
  const double p = Probability(challenger, target);
  double expected =
      (u.success - u.status_quo) + target_salience * (1.0 - p) * (u.failure - u.success);
  if (drift) {
    const bool drift_helps =
        std::abs(x[challenger] - snapshot_.median) < std::abs(x[challenger] - x[target]);
    const double no_challenge = drift_helps ? u.better : u.worse;
    expected += (1.0 - settings_.q) * (u.status_quo - no_challenge);
  }
  return expected;
}

}  // namespace parley::eum
