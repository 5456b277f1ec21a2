// Stacking weights and the leave-one-group-out choice used by backtests.
#include <algorithm>
#include <map>
#include <numeric>

#include "parley/ensemble.h"
#include "parley/validation.h"

namespace parley {
namespace {

// Euclidean projection onto {w >= 0, sum w = 1} (Duchi, Shalev-Shwartz,
// Singer & Chandra 2008, "Efficient projections onto the l1-ball", Fig. 1).
void ProjectOntoSimplex(std::vector<double>& w) {
  std::vector<double> sorted = w;
  std::sort(sorted.rbegin(), sorted.rend());
  double cumulative = 0.0, theta = 0.0;
  for (std::size_t j = 0; j < sorted.size(); ++j) {
    cumulative += sorted[j];
    const double candidate = (cumulative - 1.0) / static_cast<double>(j + 1);
    if (sorted[j] - candidate > 0.0) theta = candidate;
  }
  for (double& value : w) value = std::max(0.0, value - theta);
}

}  // namespace

std::vector<double> StackingWeights(const std::vector<std::vector<std::optional<double>>>& f,
                                    const std::vector<double>& y, const std::vector<bool>& use) {
  const std::size_t members = f.size();
  std::vector<double> w(members, members == 0 ? 0.0 : 1.0 / static_cast<double>(members));
  std::vector<std::size_t> items;
  for (std::size_t i = 0; i < y.size(); ++i) {
    if (!use[i]) continue;
    const bool all =
        std::all_of(f.begin(), f.end(), [i](const auto& m) { return m[i].has_value(); });
    if (all) items.push_back(i);
  }
  if (items.empty() || members == 0) return w;
  // Step 1 / L with L = 2 * largest eigenvalue bound of F'F / n (trace bound).
  double trace = 0.0;
  for (std::size_t i : items) {
    for (const auto& m : f) trace += *m[i] * *m[i];
  }
  const double n = static_cast<double>(items.size());
  const double step = trace > 0.0 ? n / (2.0 * trace) : 1.0;
  std::vector<double> gradient(members);
  for (int iteration = 0; iteration < 2000; ++iteration) {
    std::fill(gradient.begin(), gradient.end(), 0.0);
    for (std::size_t i : items) {
      double residual = -y[i];
      for (std::size_t m = 0; m < members; ++m) residual += w[m] * *f[m][i];
      for (std::size_t m = 0; m < members; ++m) gradient[m] += 2.0 * residual * *f[m][i] / n;
    }
    for (std::size_t m = 0; m < members; ++m) w[m] -= step * gradient[m];
    ProjectOntoSimplex(w);
  }
  return w;
}

std::vector<std::size_t> ChooseLeaveOneGroupOut(const std::vector<std::vector<double>>& loss,
                                                const std::vector<std::string>& group) {
  const std::size_t items = group.size();
  // Totals per candidate over everything and per group: outside g = total - inside g.
  std::vector<double> total(loss.size(), 0.0);
  std::map<std::string, std::vector<double>> inside;
  for (std::size_t c = 0; c < loss.size(); ++c) {
    for (std::size_t i = 0; i < items; ++i) {
      total[c] += loss[c][i];
      auto& sums = inside[group[i]];
      sums.resize(loss.size(), 0.0);
      sums[c] += loss[c][i];
    }
  }
  std::map<std::string, std::size_t> chosen;
  for (const auto& [name, sums] : inside) {
    std::size_t best = 0;
    for (std::size_t c = 1; c < loss.size(); ++c) {
      if (total[c] - sums[c] < total[best] - sums[best] - 1e-12) best = c;
    }
    chosen[name] = best;
  }
  std::vector<std::size_t> per_item(items, 0);
  for (std::size_t i = 0; i < items; ++i) per_item[i] = chosen[group[i]];
  return per_item;
}

}  // namespace parley
