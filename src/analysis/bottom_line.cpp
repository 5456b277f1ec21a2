// The bottom line of a forecast (include/parley/bottom_line.h).
#include "parley/bottom_line.h"

#include <algorithm>
#include <cmath>

#include "parley/red_lines.h"

namespace parley {
namespace {

// Why `model` gave no point on `issue`, or nothing when it gave one.
std::optional<NoPoint> NoPointOf(const Scenario& scenario, const ScenarioForecast& model,
                                 std::size_t issue, const DrawOutcome& outcome) {
  if (outcome.HasOutcome()) return std::nullopt;
  NoPoint why{model.model, *outcome.reason, 0, outcome.outcome, ""};
  if (const IssueForecast* entry = model.Find(issue)) {
    why.rounds = entry->forecast.RoundCount();
    why.message = entry->forecast.message;
    return why;
  }
  for (const SkippedIssue& skipped : model.skipped) {
    if (skipped.issue == issue) why.message = skipped.reason;
  }
  if (why.message.empty()) why.message = "the model gave no forecast for the issue";
  why.state = scenario.issues[issue].status_quo.value_or(why.state);
  return why;
}

// The central value of each draw (median of the models' points in that draw),
// summarised by its 5% and 95% quantiles.
std::optional<CentralValueInterval> IntervalOf(const MonteCarloResult& result, std::size_t issue) {
  if (result.inputs.empty() || result.draws.empty()) return std::nullopt;
  CentralValueInterval interval;
  std::vector<double> centrals;
  const std::size_t runs = result.draws.Runs();
  if (issue >= result.draws.Issues()) return std::nullopt;
  for (std::size_t r = 0; r < runs; ++r) {
    std::vector<double> points;
    for (std::size_t m = 0; m < result.draws.Models(); ++m) {
      const DrawOutcome& draw = result.draws.At(m, r, issue);
      if (draw.HasOutcome()) points.push_back(draw.outcome);
    }
    if (points.empty()) {
      ++interval.draws_without_point;
    } else {
      centrals.push_back(Median(std::move(points)));
    }
  }
  interval.draws = runs;
  if (centrals.empty()) return std::nullopt;
  std::sort(centrals.begin(), centrals.end());
  interval.low = QuantileType7(centrals, interval.probability_low);
  interval.high = QuantileType7(centrals, interval.probability_high);
  return interval;
}

Status AddPointSummary(const Scenario& scenario, IssueBottomLine& line) {
  const Scale& scale = scenario.issues[line.issue].scale;
  line.agreement_band = kAgreementShare * scale.Range();
  if (line.points.empty()) return {};
  const auto [low, high] = std::minmax_element(line.points.begin(), line.points.end());
  line.low = *low;
  line.high = *high;
  line.spread = *high - *low;
  line.central = Median(line.points);
  for (double point : line.points) {
    // A hair over the band (rounding) still agrees: 1e-9 of the scale.
    if (std::abs(point - *line.central) <= line.agreement_band + 1e-9 * scale.Range()) {
      ++line.within_band;
    }
  }
  auto red_lines = CheckRedLines(scenario, {{line.issue, *line.central}});
  if (!red_lines) return tl::unexpected(red_lines.error());
  for (const IssueRedLines& checked : red_lines->issues) {
    for (const RedLineCheck& check : checked.crossed) line.red_lines_crossed.push_back(check.actor);
  }
  return {};
}

}  // namespace

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t middle = values.size() / 2;
  if (values.size() % 2 == 1) return values[middle];
  return (values[middle - 1] + values[middle]) / 2.0;
}

Result<std::vector<IssueBottomLine>> BuildBottomLine(const Scenario& scenario,
                                                     const ForecastReport& report,
                                                     const MonteCarloResult* draws) {
  std::vector<IssueBottomLine> lines(scenario.issues.size());
  for (std::size_t k = 0; k < lines.size(); ++k) lines[k].issue = k;
  for (const ModelReport& model : report.models) {
    const std::vector<DrawOutcome> outcomes = DrawOutcomesOf(scenario, model.forecast);
    for (std::size_t k = 0; k < lines.size(); ++k) {
      ++lines[k].models;
      if (auto why = NoPointOf(scenario, model.forecast, k, outcomes[k])) {
        lines[k].no_point.push_back(std::move(*why));
        continue;
      }
      lines[k].with_point.push_back(model.forecast.model);
      lines[k].points.push_back(outcomes[k].outcome);
    }
  }
  for (IssueBottomLine& line : lines) {
    if (auto added = AddPointSummary(scenario, line); !added) return tl::unexpected(added.error());
    if (draws != nullptr) line.interval = IntervalOf(*draws, line.issue);
  }
  return lines;
}

}  // namespace parley
