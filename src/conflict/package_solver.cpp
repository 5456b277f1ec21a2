// The central-cut ellipsoid method for a concave Nash log-product over a box.
// The feasible set {y in box : G_i(y) > 0 for all i} is convex (each G_i is
// concave) and the objective is concave, so a supergradient cut through the
// centre never discards the optimum.
#include "package_solver.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace parley::package_detail {
namespace {

double Loss(double distance, NashUtility utility) {
  return utility == NashUtility::kLinear ? distance : distance * distance;
}

// d/dy of -L(|y - ideal|); 0 at the ideal is a valid supergradient for both shapes.
double LossSlope(double y, double ideal, NashUtility utility) {
  if (utility == NashUtility::kQuadratic) return -2.0 * (y - ideal);
  if (y > ideal) return -1.0;
  if (y < ideal) return 1.0;
  return 0.0;
}

// A supergradient of G_i with respect to the free dimensions.
std::vector<double> GainSlope(const Bargainer& bargainer, const std::vector<double>& point,
                              const std::vector<std::size_t>& free, NashUtility utility) {
  std::vector<double> slope(free.size(), 0.0);
  for (std::size_t f = 0; f < free.size(); ++f) {
    for (const GainTerm& term : bargainer.terms) {
      if (term.dimension != free[f]) continue;
      slope[f] += term.salience * LossSlope(point[term.dimension], term.ideal, utility);
    }
  }
  return slope;
}

bool IsZero(const std::vector<double>& vector) {
  return std::all_of(vector.begin(), vector.end(), [](double v) { return v == 0.0; });
}

// The ellipsoid {c + L u : |u| <= 1} over the free dimensions. Keeping the
// factor L of P = L L^T (rather than P) keeps the shape positive definite in
// floating point: each cut multiplies L by a nonsingular matrix.
struct Ellipsoid {
  std::size_t n = 0;
  std::vector<double> factor;  // L, row-major n x n

  double& At(std::size_t row, std::size_t column) { return factor[row * n + column]; }
  // Half-width of the ellipsoid along free dimension f: |row f of L|.
  double Width(std::size_t f) const {
    double sum = 0.0;
    for (std::size_t c = 0; c < n; ++c) sum += factor[f * n + c] * factor[f * n + c];
    return std::sqrt(sum);
  }
  bool IsSmallerThan(double tolerance) const {
    for (std::size_t f = 0; f < n; ++f) {
      if (Width(f) >= tolerance) return false;
    }
    return true;
  }

  // Keeps the half {y : cut . (y - centre) <= 0} (central cut). With
  // w = L^T cut / |L^T cut|: centre -= L w / (n + 1) and
  // L <- sqrt(n^2 / (n^2 - 1)) L (I - beta w w^T), beta = 1 - sqrt((n - 1) / (n + 1)),
  // which is P <- n^2 / (n^2 - 1) (P - 2 / (n + 1) (P g)(P g)^T / g^T P g). In one
  // dimension the interval is halved. Returns false when L^T cut vanishes.
  bool Cut(const std::vector<double>& cut, std::vector<double>& centre,
           const std::vector<std::size_t>& free) {
    std::vector<double> w(n, 0.0);
    for (std::size_t c = 0; c < n; ++c) {
      for (std::size_t r = 0; r < n; ++r) w[c] += factor[r * n + c] * cut[r];
    }
    double norm = 0.0;
    for (double value : w) norm += value * value;
    norm = std::sqrt(norm);
    if (!(norm > 0.0) || !std::isfinite(norm)) return false;
    for (double& value : w) value /= norm;
    const double dn = static_cast<double>(n);
    std::vector<double> lw(n, 0.0);  // L w
    for (std::size_t r = 0; r < n; ++r) {
      for (std::size_t c = 0; c < n; ++c) lw[r] += factor[r * n + c] * w[c];
      centre[free[r]] -= lw[r] / (dn + 1.0);
    }
    const double scale = n == 1 ? 0.5 : dn / std::sqrt(dn * dn - 1.0);
    const double beta = n == 1 ? 0.0 : 1.0 - std::sqrt((dn - 1.0) / (dn + 1.0));
    for (std::size_t r = 0; r < n; ++r) {
      for (std::size_t c = 0; c < n; ++c) At(r, c) = scale * (At(r, c) - beta * lw[r] * w[c]);
    }
    return true;
  }
};

// Cut that brings the centre back into the box, or empty when it is inside.
std::vector<double> BoxCut(const std::vector<double>& point, const Box& box,
                           const std::vector<std::size_t>& free) {
  for (std::size_t f = 0; f < free.size(); ++f) {
    const std::size_t d = free[f];
    if (point[d] > box.high[d] || point[d] < box.low[d]) {
      std::vector<double> cut(free.size(), 0.0);
      cut[f] = point[d] > box.high[d] ? 1.0 : -1.0;
      return cut;
    }
  }
  return {};
}

// What the centre tells the search.
struct Probe {
  std::vector<double> cut;  // keep the half {y : cut . (y - centre) <= 0}
  bool feasible = false;    // inside the box with every gain > 0
  double objective = 0.0;   // sum_i w_i ln G_i(centre), when feasible
  bool stop = false;        // a zero supergradient: the optimum, or no mutual gain
};

std::vector<double> Negated(std::vector<double> vector) {
  for (double& value : vector) value = -value;
  return vector;
}

// A box cut when the centre is outside; a feasibility cut along the worst
// non-positive gain; else an objective cut along sum_i w_i grad G_i / G_i.
Probe ProbeCentre(const std::vector<Bargainer>& bargainers, const std::vector<double>& centre,
                  const Box& box, const std::vector<std::size_t>& free, NashUtility utility) {
  Probe probe;
  probe.cut = BoxCut(centre, box, free);
  if (!probe.cut.empty()) return probe;
  std::vector<double> gains;
  const Bargainer* worst = nullptr;  // the bargainer with the lowest gain <= 0
  double worst_gain = 0.0;
  for (const Bargainer& bargainer : bargainers) {
    gains.push_back(Gain(bargainer, centre, utility));
    if (gains.back() <= worst_gain) worst = &bargainer, worst_gain = gains.back();
  }
  if (worst != nullptr) {  // the centre maximises G_worst <= 0 when its slope is 0
    const std::vector<double> slope = GainSlope(*worst, centre, free, utility);
    probe.stop = IsZero(slope);
    probe.cut = Negated(slope);
    return probe;
  }
  std::vector<double> slope(free.size(), 0.0);
  probe.feasible = true;
  for (std::size_t b = 0; b < bargainers.size(); ++b) {
    probe.objective += bargainers[b].weight * std::log(gains[b]);
    const std::vector<double> gain_slope = GainSlope(bargainers[b], centre, free, utility);
    for (std::size_t f = 0; f < free.size(); ++f) {
      slope[f] += bargainers[b].weight / gains[b] * gain_slope[f];
    }
  }
  probe.stop = IsZero(slope);
  probe.cut = Negated(slope);
  return probe;
}

}  // namespace

double Gain(const Bargainer& bargainer, const std::vector<double>& point, NashUtility utility) {
  double gain = 0.0;
  for (const GainTerm& term : bargainer.terms) {
    gain += term.salience * (Loss(term.reach, utility) -
                             Loss(std::abs(point[term.dimension] - term.ideal), utility));
  }
  return gain;
}

double BestGain(const Bargainer& bargainer, const Box& box, NashUtility utility) {
  std::vector<double> point(box.low.size(), 0.0);
  double gain = 0.0;
  for (const GainTerm& term : bargainer.terms) {
    const double nearest =
        std::clamp(term.ideal, box.low[term.dimension], box.high[term.dimension]);
    gain +=
        term.salience * (Loss(term.reach, utility) - Loss(std::abs(nearest - term.ideal), utility));
  }
  return gain;
}

Solution MaximiseNashProduct(
    const std::vector<Bargainer>& bargainers, const Box& box, NashUtility utility, double tolerance,
    int max_iterations, const std::function<void(std::size_t done, std::size_t total)>& progress) {
  std::vector<double> centre(box.low.size());
  std::vector<std::size_t> free;
  for (std::size_t d = 0; d < box.low.size(); ++d) {
    centre[d] = (box.low[d] + box.high[d]) / 2.0;
    if (box.high[d] - box.low[d] > tolerance) free.push_back(d);
  }
  // Half-axes sqrt(n) x half the box around its centre: the ellipsoid holds the box.
  Ellipsoid ellipsoid{free.size(), std::vector<double>(free.size() * free.size(), 0.0)};
  for (std::size_t f = 0; f < free.size(); ++f) {
    const double half = (box.high[free[f]] - box.low[free[f]]) / 2.0;
    ellipsoid.At(f, f) = std::sqrt(static_cast<double>(free.size())) * half;
  }
  Solution best;
  best.objective = -std::numeric_limits<double>::infinity();
  for (int step = 0; step < max_iterations; ++step) {
    best.iterations = step + 1;
    if (progress && step > 0 && step % 1024 == 0) {
      progress(static_cast<std::size_t>(step), static_cast<std::size_t>(max_iterations));
    }
    const Probe probe = ProbeCentre(bargainers, centre, box, free, utility);
    if (probe.feasible && probe.objective > best.objective) {
      best = {true, centre, probe.objective, step + 1};
    }
    if (probe.stop || free.empty() || !ellipsoid.Cut(probe.cut, centre, free)) break;
    if (ellipsoid.IsSmallerThan(tolerance)) break;
  }
  return best;
}

}  // namespace parley::package_detail
