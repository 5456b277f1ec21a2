// Internal: the formulas of one pass of the expected-utility model (Scholz,
// Calbert & Smith 2011; models.md 3.2 steps 4-7 and 3.4). A pass fixes the
// positions, R, the median and every actor's risk exponent, precomputes
// P(i beats j) for all pairs and then prices any challenge.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

#include "parley/eum_detail.h"
#include "parley/issue_problem.h"

namespace parley::eum {

// Whether actor i takes part in the bargaining: salience s_i > 0. An actor
// who does not care (s_i = 0) casts no votes (its weight c s is 0), makes and
// receives no challenges, does not count in R, in the normaliser G or in the
// security scores, and keeps its position; removing it changes nothing.
inline bool TakesPart(const IssueProblem& problem, std::size_t i) {
  return problem.salience[i] > 0.0;
}

// |from - to| / R, the distance as a share of the range; 0 when R = 0 (every
// actor holds one position, so every distance is 0).
double DistanceShare(double from, double to, double range);

// The basic utilities of eqs. 15-16 and 22-24 for a dyad at distance share d,
// challenger-to-median share m, priced with risk exponent r in [0.5, 2].
// At r = 1: success 2d, failure -2d, better m + d, worse -(m + d), status quo 0.
// Without `with_drift` (Q = 1, where eq. 25a does not use them) better and
// worse are left at 0.
struct BasicUtilities {
  double success = 0.0;     // U_s = 2 - 4 (0.5 - 0.5 d)^r            (eq. 15)
  double failure = 0.0;     // U_f = 2 - 4 (0.5 + 0.5 d)^r            (eq. 16)
  double better = 0.0;      // U_b = 2 - 4 (0.5 - 0.25 (m + d))^r     (eq. 22)
  double worse = 0.0;       // U_w = 2 - 4 (0.5 + 0.25 (m + d))^r     (eq. 23)
  double status_quo = 0.0;  // U_sq = 2 - 4 (0.5)^r                   (eq. 24)
};
BasicUtilities ComputeBasicUtilities(double distance_share, double median_share, double risk,
                                     bool with_drift = true);

// The buffers a pass fills, handed from pass to pass (Pass::Release) so that
// a run allocates them once instead of twice per round.
struct PassStorage {
  std::vector<double> probability;  // row-major n x n: P(i beats j)
  // Q = 1 only, row-major n x n, at d = |x_p - x_o| / R with r_p:
  // gain[p * n + o] = U_s - U_sq, loss[p * n + o] = U_f - U_s.
  std::vector<double> gain;
  std::vector<double> loss;
  // Scratch of the Scholz probability.
  std::vector<double> curved;
  std::vector<double> for_i;
  std::vector<double> for_j;
  std::vector<double> weight;
  std::vector<const double*> to;
};

class Pass {
 public:
  // `exponent` holds r_k for every actor (all 1 in the risk pass); `storage`
  // lends its buffers (their contents are overwritten).
  Pass(const IssueProblem& problem, const EumSettings& settings, const EumSnapshot& snapshot,
       std::vector<double> exponent, PassStorage storage = {});
  // Hands the buffers on to the next pass.
  PassStorage Release() && { return std::move(storage_); }

  std::size_t ActorCount() const { return exponent_.size(); }
  double Exponent(std::size_t i) const { return exponent_[i]; }
  // P(i beats j) under the settings' rule (A4).
  double Probability(std::size_t i, std::size_t j) const {
    return storage_.probability[i * ActorCount() + j];
  }
  // E(challenger challenges target), eq. 25a, priced with exponent `risk`.
  double ExpectedUtility(std::size_t challenger, std::size_t target, double risk) const;
  // The same priced with the exponent of `pricer`, the challenger or the
  // target: ExpectedUtility(challenger, target, Exponent(pricer)), bit for
  // bit, from utilities computed once per ordered pair when Q = 1.
  double PricedExpectedUtility(std::size_t pricer, std::size_t challenger,
                               std::size_t target) const;

 private:
  void PrecomputeUtilities();

  const IssueProblem& problem_;
  const EumSettings& settings_;
  const EumSnapshot& snapshot_;
  std::vector<double> exponent_;
  bool precomputed_ = false;  // gain and loss hold this pass's utilities (Q = 1)
  PassStorage storage_;
};

}  // namespace parley::eum
