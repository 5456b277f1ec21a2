// Asymmetric Nash bargaining with the status quo as disagreement point
// (Nash 1950; Kalai 1977 for the asymmetric form; models.md 4.3).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "models/nash_detail.h"
#include "models/one_shot.h"

namespace parley {
namespace nash {
namespace {

// Loss from distance: d (linear utility) or d^2 (quadratic utility).
double Loss(double distance, NashUtility utility) {
  return utility == NashUtility::kLinear ? distance : distance * distance;
}

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

// Gridlock under unanimity: F = {q}. Either actors who care sit at q (each
// vetoes every move), or actors on both sides of q (those below veto every
// move up, those above every move down).
Forecast UnanimityGridlock(const Context& context, const std::vector<Bargainer>& bargainers,
                           double status_quo) {
  std::vector<Bargainer> at, below, above;
  for (const Bargainer& b : bargainers) {
    if (b.reach <= context.tolerance) {
      at.push_back(b);
    } else {
      (b.ideal < status_quo ? below : above).push_back(b);
    }
  }
  if (!at.empty()) {
    const bool one = at.size() == 1;
    return Gridlock(context, Indices(at),
                    fmt::format("gridlock under unanimity: {} {} at the status quo {:g} and {} "
                                "every move; the forecast is the status quo",
                                NameList(context, Indices(at)), one ? "sits" : "sit", status_quo,
                                one ? "vetoes" : "each veto"));
  }
  std::vector<std::size_t> veto = Indices(below);
  for (const Bargainer& b : above) veto.push_back(b.index);
  return Gridlock(context, veto,
                  fmt::format("gridlock under unanimity: {} (below the status quo {:g}) veto every "
                              "move up and {} (above) every move down; the forecast is the status "
                              "quo",
                              NameList(context, Indices(below)), status_quo,
                              NameList(context, Indices(above))));
}

}  // namespace

std::string NameList(const Context& context, const std::vector<std::size_t>& indices) {
  std::string out;
  for (std::size_t k = 0; k < indices.size(); ++k) {
    if (k > 0) out += k + 1 == indices.size() ? " and " : ", ";
    out += context.name(indices[k]);
  }
  return out.empty() ? "nobody" : out;
}

Forecast Gridlock(const Context& context, std::vector<std::size_t> veto, std::string message) {
  const IssueProblem& problem = context.problem;
  const double status_quo =
      problem.status_quo.value_or((problem.scale_min + problem.scale_max) / 2.0);
  Forecast forecast = OneShotForecast("nash", problem, status_quo, std::move(message));
  forecast.termination = Termination::kInfeasible;
  for (std::size_t index : veto) forecast.veto_holders.push_back(problem.actor[index]);
  std::sort(forecast.veto_holders.begin(), forecast.veto_holders.end());
  return forecast;
}

Forecast Bargain(const Context& context, const std::vector<Bargainer>& bargainers,
                 const std::string& who) {
  const IssueProblem& problem = context.problem;
  double low = problem.scale_min, high = problem.scale_max;
  for (const Bargainer& b : bargainers) {  // the feasible set F: every gain >= 0
    low = std::max(low, b.ideal - b.reach);
    high = std::min(high, b.ideal + b.reach);
  }
  if (high - low <= context.tolerance) {
    return UnanimityGridlock(context, bargainers, problem.status_quo.value_or((low + high) / 2.0));
  }
  const double outcome =
      MaximiseConcave(bargainers, low, high, context.options.utility, context.tolerance);
  return OneShotForecast(
      "nash", problem, outcome,
      fmt::format("Nash bargaining over [{:.4g}, {:.4g}] among {}", low, high, who));
}

Result<Forecast> RunNamed(const IssueProblem& problem, const NashOptions& options,
                          const ActorNamer& name) {
  if (!(options.tolerance > 0.0 && options.tolerance <= 1e-3)) {
    return InvalidArgument(fmt::format("nash tolerance {} outside (0, 0.001]", options.tolerance));
  }
  if (!(options.qualified_majority >= 0.5 && options.qualified_majority <= 1.0)) {
    return InvalidArgument(
        fmt::format("nash qualified_majority {} outside [0.5, 1]", options.qualified_majority));
  }
  std::vector<Bargainer> bargainers;
  for (std::size_t i = 0; i < problem.ActorCount(); ++i) {
    const double weight = ActorWeight(problem, i, options.weights);
    if (problem.salience[i] <= 0.0 || weight <= 0.0) continue;
    const double ideal = problem.position[i];
    const double reach = problem.status_quo
                             ? std::abs(*problem.status_quo - ideal)
                             : std::max(ideal - problem.scale_min, problem.scale_max - ideal);
    bargainers.push_back({i, ideal, weight, reach});
  }
  if (bargainers.empty()) return InvalidInput("nash: no actor has positive weight and salience");
  const Context context{problem, options, name, options.tolerance * problem.Range()};
  VotingRule rule = problem.voting_rule.value_or(VotingRule::kUnanimity);
  if (options.rule == NashRule::kUnanimity) rule = VotingRule::kUnanimity;
  if (options.rule == NashRule::kQualifiedMajority) rule = VotingRule::kQualifiedMajority;
  if (options.rule == NashRule::kSimpleMajority) rule = VotingRule::kSimpleMajority;
  // Without a status quo breakdown is the worst point of the scale for
  // everyone, F is the whole scale and no rule changes who must agree.
  if (rule == VotingRule::kUnanimity || !problem.status_quo) {
    return Bargain(context, bargainers, fmt::format("{} actors", bargainers.size()));
  }
  return BargainUnderMajority(context, bargainers, rule);
}

}  // namespace nash

Result<Forecast> RunNash(const IssueProblem& problem, const NashOptions& options) {
  return nash::RunNamed(problem, options, [&problem](std::size_t index) {
    return fmt::format("actor {}", problem.actor[index]);
  });
}

}  // namespace parley
