// The bottom line of a forecast, issue by issue: where the models land (their
// lowest and highest point and a central value, the median of the points), how
// far they agree, which red lines the central value crosses, why a model gave
// no point, and, when the scenario has uncertain inputs, the interval of the
// central value over Monte Carlo draws. docs/bottom-line.md explains each
// figure for analysts.
//
// Pure functions of their arguments; thread-safe, no I/O.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "parley/forecast_report.h"
#include "parley/monte_carlo.h"
#include "parley/result.h"
#include "parley/scenario.h"

namespace parley {

// A model that gave no point on the issue, and why (its Termination or the
// reason it skipped the issue, and the model's own one-line message, which
// names e.g. the cycle's period or who holds a veto when the model says so).
struct NoPoint {
  std::string model;
  NoOutcomeReason reason = NoOutcomeReason::kSkipped;
  int rounds = 0;       // rounds run before the model stopped
  double state = 0.0;   // the state it stopped at (the status quo for gridlock)
  std::string message;  // the model's message, or the skip reason
};

// Where the central value lands over Monte Carlo draws of the uncertain inputs:
// each draw's central value (the median of that draw's model points), then
// the type 7 quantiles at `probability_low` and `probability_high`.
struct CentralValueInterval {
  double low = 0.0;
  double high = 0.0;
  double probability_low = 0.05;
  double probability_high = 0.95;
  std::size_t draws = 0;                // draws run
  std::size_t draws_without_point = 0;  // draws where no model gave a point
};

struct IssueBottomLine {
  std::size_t issue = 0;  // index into Scenario::issues
  // Every model that forecast or skipped the issue, in report order.
  std::size_t models = 0;
  std::vector<std::string> with_point;  // the models that gave a point
  std::vector<double> points;           // their points, same order
  // Set when at least one model gave a point.
  std::optional<double> low;
  std::optional<double> high;
  std::optional<double> central;  // median of `points` (mean of the middle two when even)
  double spread = 0.0;            // high - low (0 without points)
  // Models agree with the central value when their point lies within
  // `agreement_band` of it: a tenth of the issue's scale (10 on 0-100).
  double agreement_band = 0.0;
  std::size_t within_band = 0;
  std::vector<std::size_t> red_lines_crossed;  // actors whose red line the central value crosses
  std::vector<NoPoint> no_point;               // report order
  std::optional<CentralValueInterval> interval;
};

// The share of an issue's scale range within which a model agrees with the
// central value. Range (0, 1]; 0.1: ten points on a 0-100 scale.
inline constexpr double kAgreementShare = 0.1;

// The median of `values` (REQUIRES: non-empty). {20, 30, 50} -> 30; {20, 30, 50, 60} -> 40.
double Median(std::vector<double> values);

// One bottom line per issue of the scenario, in scenario order. `draws` (from
// RunMonteCarlo with the report's models, in the same order) adds the
// interval; nullptr or a result without uncertain inputs leaves it unset.
// kInvalidInput when a point lies outside its issue's scale.
Result<std::vector<IssueBottomLine>> BuildBottomLine(const Scenario& scenario,
                                                     const ForecastReport& report,
                                                     const MonteCarloResult* draws = nullptr);

}  // namespace parley
