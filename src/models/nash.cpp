// Asymmetric Nash bargaining with the status quo as disagreement point
// (Nash 1950; Kalai 1977 for the asymmetric form; models.md 4.3).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "models/one_shot.h"

namespace parley {
namespace {

// Loss from distance: d (linear utility) or d^2 (quadratic utility).
double Loss(double distance, NashUtility utility) {
  return utility == NashUtility::kLinear ? distance : distance * distance;
}

struct Bargainer {
  double ideal = 0.0;
  double weight = 0.0;
  double reach = 0.0;  // distance from the ideal to the disagreement point
};

// The right derivative of the objective sum_i w_i ln(u_i(x) - u_i(q)) (salience
// multiplies both utilities, so it only adds the constant w_i ln s_i). The
// objective is strictly concave on the interior of F, so this derivative is
// decreasing and the maximiser is where it changes sign.
double RightDerivative(const std::vector<Bargainer>& bargainers, double x, NashUtility utility) {
  double sum = 0.0;
  for (const Bargainer& b : bargainers) {
    const double distance = std::abs(x - b.ideal);
    const double gain = Loss(b.reach, utility) - Loss(distance, utility);
    const double slope =
        utility == NashUtility::kLinear ? (x >= b.ideal ? -1.0 : 1.0) : -2.0 * (x - b.ideal);
    if (gain <= 0.0)
      return slope > 0.0 ? std::numeric_limits<double>::infinity()
                         : -std::numeric_limits<double>::infinity();
    sum += b.weight * slope / gain;
  }
  return sum;
}

// Bisection on the sign of the derivative over F = [low, high]: exact to the
// last bits at kinks (x* = an actor's ideal) and smooth optima alike.
double MaximiseConcave(const std::vector<Bargainer>& bargainers, double low, double high,
                       NashUtility utility, double tolerance) {
  for (int iteration = 0; iteration < 200 && high - low > tolerance; ++iteration) {
    const double middle = low + (high - low) / 2.0;
    if (middle <= low || middle >= high) break;
    if (RightDerivative(bargainers, middle, utility) > 0.0) {
      low = middle;
    } else {
      high = middle;
    }
  }
  return low + (high - low) / 2.0;
}

}  // namespace

Result<Forecast> RunNash(const IssueProblem& problem, const NashOptions& options) {
  if (!(options.tolerance > 0.0 && options.tolerance <= 1e-3)) {
    return InvalidArgument(fmt::format("nash tolerance {} outside (0, 0.001]", options.tolerance));
  }
  std::vector<Bargainer> bargainers;
  double low = problem.scale_min, high = problem.scale_max;
  for (std::size_t i = 0; i < problem.ActorCount(); ++i) {
    const double weight = ActorWeight(problem, i, options.weights);
    if (problem.salience[i] <= 0.0 || weight <= 0.0) continue;
    const double ideal = problem.position[i];
    const double reach = problem.status_quo
                             ? std::abs(*problem.status_quo - ideal)
                             : std::max(ideal - problem.scale_min, problem.scale_max - ideal);
    bargainers.push_back({ideal, weight, reach});
    low = std::max(low, ideal - reach);  // the feasible set F: every gain >= 0
    high = std::min(high, ideal + reach);
  }
  if (bargainers.empty()) return InvalidInput("nash: no actor has positive weight and salience");
  const double disagreement = problem.status_quo.value_or((low + high) / 2.0);
  const double tolerance = options.tolerance * problem.Range();
  if (high - low <= tolerance) {
    Forecast forecast = OneShotForecast(
        "nash", problem, disagreement,
        "no point beats the status quo for every actor (gridlock): the forecast is the status quo");
    forecast.termination = Termination::kInfeasible;
    return forecast;
  }
  const double outcome = MaximiseConcave(bargainers, low, high, options.utility, tolerance);
  return OneShotForecast("nash", problem, outcome,
                         fmt::format("Nash bargaining over [{:.4g}, {:.4g}] among {} actors", low,
                                     high, bargainers.size()));
}

}  // namespace parley
