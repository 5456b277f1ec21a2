// The bottom line of a forecast against figures derived by hand from set
// model points (no model runs: the numbers are those given here).
#include "parley/bottom_line.h"

#include <gtest/gtest.h>

#include "parley/io.h"

namespace parley::bottom_line_test {
namespace {

constexpr const char* kScenario = R"(parley: 1
id: bottom
actors:
  - {id: A, role: parent_state, capability: 1}
  - {id: B, role: de_facto_authority, capability: 1}
issues:
  - {id: status, scale: {min: 0, max: 100}, status_quo: 75}
stances:
  - {actor: A, issue: status, position: 0, salience: 100, red_line: [0, 30]}
  - {actor: B, issue: status, position: {value: 80, low: 60, high: 100}, salience: 100, red_line: [35, 100]}
)";

Scenario Parse() {
  auto scenario = ParseScenarioText(kScenario, "bottom.yaml");
  EXPECT_TRUE(scenario.has_value()) << (scenario ? "" : scenario.error().ToString());
  return scenario ? *scenario : Scenario{};
}

ModelReport Model(const std::string& name, double outcome, Termination termination,
                  const std::string& message = "") {
  ModelReport report;
  report.forecast.model = name;
  IssueForecast issue;
  issue.forecast.model = name;
  issue.forecast.outcome = outcome;
  issue.forecast.termination = termination;
  issue.forecast.message = message;
  issue.forecast.rounds = {Round{0, {}, outcome, outcome}};
  if (termination == Termination::kMaxRounds) issue.forecast.rounds.push_back({20, {}, outcome, 0});
  report.forecast.issues.push_back(std::move(issue));
  return report;
}

ForecastReport FourPointsAndAGridlock() {
  ForecastReport report;
  report.models = {Model("weighted_median", 20.0, Termination::kClosedForm),
                   Model("compromise", 30.0, Termination::kClosedForm),
                   Model("nash", 75.0, Termination::kInfeasible, "gridlock: B holds the veto"),
                   Model("smp", 50.0, Termination::kConverged),
                   Model("exchange", 57.0, Termination::kConverged)};
  return report;
}

TEST(BottomLine, CentralValueIsTheMedianOfTheModelsThatGiveAPoint) {
  const Scenario scenario = Parse();
  auto lines = BuildBottomLine(scenario, FourPointsAndAGridlock());
  ASSERT_TRUE(lines.has_value()) << lines.error().ToString();
  ASSERT_EQ(lines->size(), 1u);
  const IssueBottomLine& line = lines->front();
  // Points 20, 30, 50, 57 (nash's gridlock is no point): median (30 + 50) / 2 = 40.
  EXPECT_DOUBLE_EQ(*line.central, 40.0);
  EXPECT_DOUBLE_EQ(*line.low, 20.0);
  EXPECT_DOUBLE_EQ(*line.high, 57.0);
  EXPECT_DOUBLE_EQ(line.spread, 37.0);
  EXPECT_EQ(line.models, 5u);
  EXPECT_EQ(line.points.size(), 4u);
  // Within 10 of 40: 30 and 50; 20 and 57 are 20 and 17 away.
  EXPECT_DOUBLE_EQ(line.agreement_band, 10.0);
  EXPECT_EQ(line.within_band, 2u);
}

TEST(BottomLine, NamesTheRedLinesTheCentralValueCrosses) {
  const Scenario scenario = Parse();
  auto lines = BuildBottomLine(scenario, FourPointsAndAGridlock());
  ASSERT_TRUE(lines.has_value());
  // 40 lies outside A's [0, 30] and inside B's [35, 100].
  ASSERT_EQ(lines->front().red_lines_crossed.size(), 1u);
  EXPECT_EQ(scenario.actors[lines->front().red_lines_crossed[0]].id, "A");
}

TEST(BottomLine, GivesTheReasonAndMessageOfAModelWithoutAPoint) {
  const Scenario scenario = Parse();
  ForecastReport report = FourPointsAndAGridlock();
  report.models.push_back(Model("eum", 63.0, Termination::kMaxRounds, "cut at round 20"));
  auto lines = BuildBottomLine(scenario, report);
  ASSERT_TRUE(lines.has_value());
  const auto& no_point = lines->front().no_point;
  ASSERT_EQ(no_point.size(), 2u);
  EXPECT_EQ(no_point[0].model, "nash");
  EXPECT_EQ(no_point[0].reason, NoOutcomeReason::kInfeasible);
  EXPECT_EQ(no_point[0].message, "gridlock: B holds the veto");
  EXPECT_DOUBLE_EQ(no_point[0].state, 75.0);
  EXPECT_EQ(no_point[1].reason, NoOutcomeReason::kRoundCap);
  EXPECT_EQ(no_point[1].rounds, 20);
  // The capped run does not move the median: still 40.
  EXPECT_DOUBLE_EQ(*lines->front().central, 40.0);
}

TEST(BottomLine, SkippedIssueHasNoCentralValue) {
  const Scenario scenario = Parse();
  ForecastReport report;
  ModelReport model;
  model.forecast.model = "smp";
  model.forecast.skipped.push_back({0, "every actor has salience 0"});
  report.models.push_back(model);
  auto lines = BuildBottomLine(scenario, report);
  ASSERT_TRUE(lines.has_value());
  EXPECT_FALSE(lines->front().central.has_value());
  ASSERT_EQ(lines->front().no_point.size(), 1u);
  EXPECT_EQ(lines->front().no_point[0].reason, NoOutcomeReason::kSkipped);
  EXPECT_EQ(lines->front().no_point[0].message, "every actor has salience 0");
}

TEST(BottomLine, IntervalIsOverEachDrawsMedianOfModelPoints) {
  const Scenario scenario = Parse();
  MonteCarloResult draws;
  draws.inputs = ListUncertainInputs(scenario);
  ASSERT_EQ(draws.inputs.size(), 1u);  // B's position
  // Two models, five runs. Per-run medians: 15, 25, 35, 45, none (both without a point).
  const DrawOutcome none{0.0, NoOutcomeReason::kCycle};
  const std::vector<std::vector<DrawOutcome>> by_model = {
      {{10.0, {}}, {20.0, {}}, {30.0, {}}, {40.0, {}}, none},
      {{20.0, {}}, {30.0, {}}, {40.0, {}}, {50.0, {}}, none}};
  draws.draws = DrawTable(2, 5, 1);
  for (std::size_t m = 0; m < 2; ++m) {
    for (std::size_t r = 0; r < 5; ++r) draws.draws.At(m, r, 0) = by_model[m][r];
  }
  auto lines = BuildBottomLine(scenario, FourPointsAndAGridlock(), &draws);
  ASSERT_TRUE(lines.has_value());
  const auto& interval = lines->front().interval;
  ASSERT_TRUE(interval.has_value());
  EXPECT_EQ(interval->draws, 5u);
  EXPECT_EQ(interval->draws_without_point, 1u);
  // Type 7 over {15, 25, 35, 45}: h = 3 x 0.05 = 0.15 -> 16.5; h = 3 x 0.95 = 2.85 -> 43.5.
  EXPECT_NEAR(interval->low, 16.5, 1e-12);
  EXPECT_NEAR(interval->high, 43.5, 1e-12);
}

TEST(BottomLine, MedianOfAnOddCountIsTheMiddlePoint) {
  EXPECT_DOUBLE_EQ(Median({50.0, 20.0, 30.0}), 30.0);
  EXPECT_DOUBLE_EQ(Median({60.0, 20.0, 50.0, 30.0}), 40.0);
}

}  // namespace
}  // namespace parley::bottom_line_test
