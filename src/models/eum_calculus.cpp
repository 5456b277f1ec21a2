#include "models/eum_calculus.h"

#include <algorithm>
#include <cmath>
#include <cstring>
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

void PrintedProbabilities(const IssueProblem& problem, const EumSnapshot& snapshot,
                          std::vector<double>& probability) {
  const std::size_t n = snapshot.position.size();
  probability.assign(n * n, 0.0);
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      probability[i * n + j] = PrintedProbability(problem, snapshot.position, i, j);
    }
  }
}

// curved[k * n + a] = (|x_k - x_a| / R)^{r_k}: voter k's risk-curved distance
// to actor a. Row k is contiguous over the actors a. pow(y, 1) is y exactly,
// so r_k = 1 (the risk pass) skips the power, as do actors at one position.
void CurvedDistances(const EumSnapshot& snapshot, const std::vector<double>& exponent,
                     std::vector<double>& curved) {
  const std::vector<double>& x = snapshot.position;
  const std::size_t n = x.size();
  curved.assign(n * n, 0.0);
  for (std::size_t k = 0; k < n; ++k) {
    for (std::size_t a = 0; a < n; ++a) {
      const double share = DistanceShare(x[k], x[a], snapshot.range);
      const bool plain = exponent[k] == 1.0 || share == 0.0;  // 0^r = 0 for r > 0
      curved[k * n + a] = plain ? share : std::pow(share, exponent[k]);
    }
  }
}

// Two doubles in one SSE2 register (GCC vector extension): lane-wise IEEE
// arithmetic, so each lane computes exactly what scalar code would.
using Lanes = double __attribute__((vector_size(16)));

Lanes LoadLanes(const double* from) {
  Lanes lanes;
  std::memcpy(&lanes, from, sizeof lanes);
  return lanes;
}
void StoreLanes(double* to, Lanes lanes) { std::memcpy(to, &lanes, sizeof lanes); }

// Up to kVoterBlock voters at a time (weights `weight`, curved-distance rows
// `to`): for every j > i adds max(0, g_k(i, j)) to for_i[j] and
// max(0, -g_k(i, j)) to for_j[j], voter after voter. Blocking keeps the two
// sums in registers across the voters, and the lanes run over j, so each sum
// still adds the voters in order k = 0, 1, ... (the bits of a plain loop).
constexpr std::size_t kVoterBlock = 4;
void AddVotes(const double* weight, const double* const* to, std::size_t voters, std::size_t i,
              std::size_t n, double* for_i, double* for_j) {
  double to_i[kVoterBlock];
  for (std::size_t v = 0; v < voters; ++v) to_i[v] = to[v][i];
  std::size_t j = i + 1;
  const Lanes zero = {0.0, 0.0};
  for (; j + 2 <= n; j += 2) {
    Lanes sum_i = LoadLanes(for_i + j);
    Lanes sum_j = LoadLanes(for_j + j);
    for (std::size_t v = 0; v < voters; ++v) {
      const Lanes vote = weight[v] * (LoadLanes(to[v] + j) - to_i[v]);
      sum_i += vote > zero ? vote : zero;
      sum_j += vote < zero ? -vote : zero;
    }
    StoreLanes(for_i + j, sum_i);
    StoreLanes(for_j + j, sum_j);
  }
  for (; j < n; ++j) {
    for (std::size_t v = 0; v < voters; ++v) {
      const double vote = weight[v] * (to[v][j] - to_i[v]);
      for_i[j] += vote > 0.0 ? vote : 0.0;
      for_j[j] += vote < 0.0 ? -vote : 0.0;
    }
  }
}

// "Scholz code" probability (models.md 3.4 item 3; jmckib bdm_scholz_model.py):
//   g_k(i, j) = c_k s_k [ (|x_k - x_j| / R)^{r_k} - (|x_k - x_i| / R)^{r_k} ],
//   P(i beats j) = sum_k max(0, g_k(i, j)) / G,  G = sum_k sum_{a, b} |g_k(a, b)|.
// The all-pairs normaliser G makes P tiny. BDM 1994 at r = 1: G = 28.233 and
// P lies in [0.003, 0.012]. x_i = x_j, or G = 0, gives P = 0.
// g_k(j, i) = -g_k(i, j), so each unordered pair is visited once: positive
// votes support i, negative ones j, and G counts every pair twice. Pairs with
// an actor who does not take part (s = 0) are left out of G: nobody
// challenges it, so no contest with it is priced. Voters of weight 0 add
// nothing and are skipped.
void ScholzProbabilities(const IssueProblem& problem, const EumSnapshot& snapshot,
                         const std::vector<double>& exponent, PassStorage& storage) {
  const std::size_t n = snapshot.position.size();
  std::vector<double>& curved = storage.curved;
  CurvedDistances(snapshot, exponent, curved);
  std::vector<double>& support = storage.probability;  // sum_k max(0, g_k(i, j)), then P
  support.assign(n * n, 0.0);
  std::vector<double>& weight = storage.weight;  // voters with weight c s > 0, in order
  std::vector<const double*>& to = storage.to;   // their rows of `curved`
  weight.clear();
  to.clear();
  for (std::size_t k = 0; k < n; ++k) {
    if (problem.Weight(k) == 0.0) continue;
    weight.push_back(problem.Weight(k));
    to.push_back(&curved[k * n]);
  }
  std::vector<double>& for_i = storage.for_i;
  std::vector<double>& for_j = storage.for_j;
  for_i.resize(n);
  for_j.resize(n);
  double normaliser = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    if (!TakesPart(problem, i)) continue;
    std::fill(for_i.begin(), for_i.end(), 0.0);
    std::fill(for_j.begin(), for_j.end(), 0.0);
    for (std::size_t v = 0; v < weight.size(); v += kVoterBlock) {
      const std::size_t voters = std::min(kVoterBlock, weight.size() - v);
      AddVotes(&weight[v], &to[v], voters, i, n, for_i.data(), for_j.data());
    }
    for (std::size_t j = i + 1; j < n; ++j) {
      if (!TakesPart(problem, j)) continue;
      support[i * n + j] = for_i[j];
      support[j * n + i] = for_j[j];
      normaliser += 2.0 * (for_i[j] + for_j[j]);
    }
  }
  // P in place of the support: support / G, 0 for equal positions or G = 0.
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      double& entry = support[i * n + j];
      const bool priced = normaliser > 0.0 && snapshot.position[i] != snapshot.position[j];
      entry = priced ? entry / normaliser : 0.0;
    }
  }
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
  // pow(y, 1) is y exactly: the risk pass (all r = 1) needs no power.
  const auto power = [risk](double base) { return risk == 1.0 ? base : std::pow(base, risk); };
  BasicUtilities u;
  u.success = 2.0 - 4.0 * power(0.5 - 0.5 * d);
  u.failure = 2.0 - 4.0 * power(0.5 + 0.5 * d);
  u.status_quo = 2.0 - 4.0 * power(0.5);
  if (with_drift) {
    u.better = 2.0 - 4.0 * power(0.5 - 0.25 * (m + d));
    u.worse = 2.0 - 4.0 * power(0.5 + 0.25 * (m + d));
  }
  return u;
}

Pass::Pass(const IssueProblem& problem, const EumSettings& settings, const EumSnapshot& snapshot,
           std::vector<double> exponent, PassStorage storage)
    : problem_(problem),
      settings_(settings),
      snapshot_(snapshot),
      exponent_(std::move(exponent)),
      storage_(std::move(storage)) {
  if (settings_.probability == EumProbability::kPrinted) {
    PrintedProbabilities(problem_, snapshot_, storage_.probability);
  } else {
    ScholzProbabilities(problem_, snapshot_, exponent_, storage_);
  }
  if (settings_.q == 1.0) PrecomputeUtilities();
}

// Two powers per ordered pair (U_s and U_f) and one per actor (U_sq), none at
// r = 1: the "view from i" needs both E(i challenges j) and E(j challenges i)
// at i's exponent (A2), which share d and hence the utilities.
void Pass::PrecomputeUtilities() {
  const std::vector<double>& x = snapshot_.position;
  const std::size_t n = x.size();
  std::vector<double>& gain = storage_.gain;
  std::vector<double>& loss = storage_.loss;
  gain.assign(n * n, 0.0);
  loss.assign(n * n, 0.0);
  precomputed_ = true;
  for (std::size_t p = 0; p < n; ++p) {
    const double risk = exponent_[p];
    // The expressions of ComputeBasicUtilities, with U_sq hoisted out of the row.
    const auto power = [risk](double base) { return risk == 1.0 ? base : std::pow(base, risk); };
    const double status_quo = 2.0 - 4.0 * power(0.5);
    for (std::size_t o = 0; o < n; ++o) {
      const double d = DistanceShare(x[p], x[o], snapshot_.range);
      if (d == 0.0) continue;  // U_s = U_f = U_sq: gain and loss stay 0
      const double success = 2.0 - 4.0 * power(0.5 - 0.5 * d);
      const double failure = 2.0 - 4.0 * power(0.5 + 0.5 * d);
      gain[p * n + o] = success - status_quo;
      loss[p * n + o] = failure - success;
    }
  }
}

double Pass::PricedExpectedUtility(std::size_t pricer, std::size_t challenger,
                                   std::size_t target) const {
  if (!precomputed_) return ExpectedUtility(challenger, target, exponent_[pricer]);
  const std::size_t pair = pricer * ActorCount() + (pricer == challenger ? target : challenger);
  const double p = Probability(challenger, target);
  return storage_.gain[pair] + problem_.salience[target] * (1.0 - p) * storage_.loss[pair];
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
