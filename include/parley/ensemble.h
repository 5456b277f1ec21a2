// Ensembles: several models' forecasts of an issue combined into one. The
// registered model "ensemble" runs its members (by default every built-in
// model that forecasts issue by issue or jointly, see EnsembleOptions) and
// combines their outcomes on each issue by the equal-weight mean, the median,
// or a weighted mean with given weights. `parley validate` also scores
// stacking weights learned by leave-one-proposal-out cross-validation
// (docs/validation.md).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "parley/model.h"
#include "parley/result.h"

namespace parley {

enum class Combination { kMean, kMedian, kWeighted };
std::string_view ToString(Combination combination);  // "mean", "median", "weighted"
std::optional<Combination> CombinationFromString(std::string_view text);

struct EnsembleOptions {
  // Comma-separated registry names; never "ensemble" itself.
  std::string members = "weighted_median,compromise,nash,eum,smp,exchange";
  // mean: equal weights (Clemen 1989, "Combining forecasts: a review",
  // IJF 5(4)); median: the middle member (the mean of the two middle ones
  // for an even count); weighted: `weights`.
  Combination combine = Combination::kMean;
  // Comma-separated weights >= 0, one per member, for `weighted`
  // (e.g. stacking weights from `parley validate --model ensemble`).
  std::string weights;
};

// The registry entry (registered in builtin_models.cpp).
ModelSpec EnsembleModel();

// The member names of an ensemble's options ("a,b" -> {"a", "b"}).
std::vector<std::string> SplitNames(const std::string& text);

// Combines the members' outcomes on one issue; members without an outcome are
// left out (a weighted mean renormalises the remaining weights). None when no
// member has an outcome or the remaining weights sum to 0.
// `weights` is used by kWeighted only and has one entry per member.
std::optional<double> Combine(const std::vector<std::optional<double>>& outcomes,
                              Combination combination, const std::vector<double>& weights = {});

// Stacking (Breiman 1996, "Stacked regressions", Machine Learning 24(1)):
// weights w >= 0 with sum 1 minimising sum_i (sum_m w_m f[m][i] - y_i)^2 over
// the items every member forecasts (f[m][i] set), by projected gradient
// descent onto the simplex (Duchi et al. 2008), 2000 steps from equal
// weights. Equal weights when no item qualifies.
std::vector<double> StackingWeights(const std::vector<std::vector<std::optional<double>>>& f,
                                    const std::vector<double>& y, const std::vector<bool>& use);

}  // namespace parley
