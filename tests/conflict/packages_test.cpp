// Status-neutral packages inside every red line (docs/mechanisms/
// red-lines-and-packages.md, rules P1-P4), with hand-derived optima.
#include "parley/packages.h"

#include <gtest/gtest.h>

#include <cmath>

#include "conflict_test_support.h"

namespace parley::packages_test {
namespace {

using testing::MakeScenario;
using testing::OutcomeOn;

constexpr double kSearch = 1e-6;  // the ellipsoid search stops at widths of 1e-9 of the range

// classic_models.h worked number: linear utilities, q = 0, equal weights,
// actors at 40 and 100 give x* = 40.
TEST(Packages, OneIssueWithoutRedLinesIsTheOneDimensionalNashSolution) {
  const Scenario scenario =
      MakeScenario({{"A"}, {"B"}}, {{"k", 0.0}}, {{"A", "k", 40, 1.0}, {"B", "k", 100, 1.0}});
  auto result = FindPackage(scenario);
  ASSERT_TRUE(result) << result.error().ToString();
  ASSERT_EQ(result->status, PackageStatus::kFound);
  EXPECT_NEAR(OutcomeOn(scenario, result->package, "k"), 40.0, kSearch);
}

// Same case, B accepts only [50, 100]: on [50, 80] the objective is
// ln(80 - x) + ln x, decreasing past 40, so the package sits on B's red line.
TEST(Packages, StopsAtTheRedLineThatBinds) {
  const Scenario scenario = MakeScenario(
      {{"A"}, {"B"}}, {{"k", 0.0}}, {{"A", "k", 40, 1.0}, {"B", "k", 100, 1.0, Interval{50, 100}}});
  auto result = FindPackage(scenario);
  ASSERT_TRUE(result);
  ASSERT_EQ(result->status, PackageStatus::kFound);
  EXPECT_NEAR(OutcomeOn(scenario, result->package, "k"), 50.0, kSearch);
  auto lines = CheckRedLines(scenario, result->package);
  ASSERT_TRUE(lines);
  ASSERT_EQ(lines->issues[0].binding.size(), 1u);
  EXPECT_EQ(lines->issues[0].binding[0].actor, 1u);
}

// Two issues, status quo 50/50, A at 0/0 with saliences 0.8/0.2, B at 100/100
// with 0.2/0.8. In shares of the range, G_A = 0.5 - 0.8 x_p - 0.2 x_q and
// G_B = 0.2 x_p + 0.8 x_q - 0.5; the gradient of ln G_A + ln G_B at (0, 1) is
// (-2, +2), so the package gives p to A and q to B, gains 0.3 each.
Scenario CorridorForCorridor(std::optional<Interval> b_red_line_on_p = std::nullopt) {
  return MakeScenario({{"A"}, {"B"}}, {{"p", 50.0}, {"q", 50.0}},
                      {{"A", "p", 0, 0.8},
                       {"A", "q", 0, 0.2},
                       {"B", "p", 100, 0.2, b_red_line_on_p},
                       {"B", "q", 100, 0.8}});
}

TEST(Packages, TradesAcrossIssuesWhereSaliencesDiffer) {
  const Scenario scenario = CorridorForCorridor();
  auto result = FindPackage(scenario);
  ASSERT_TRUE(result);
  ASSERT_EQ(result->status, PackageStatus::kFound);
  EXPECT_NEAR(OutcomeOn(scenario, result->package, "p"), 0.0, kSearch);
  EXPECT_NEAR(OutcomeOn(scenario, result->package, "q"), 100.0, kSearch);
  EXPECT_NEAR(result->gains[0].gain, 0.3, kSearch);
  EXPECT_NEAR(result->log_nash_product, 2.0 * std::log(0.3), kSearch);
}

// Each issue alone: any move helps one and hurts the other, so both stay at 50.
TEST(Packages, PerIssueObjectiveCannotTradeAcrossIssues) {
  const Scenario scenario = CorridorForCorridor();
  PackageOptions options;
  options.objective = PackageObjective::kPerIssue;
  auto result = FindPackage(scenario, options);
  ASSERT_TRUE(result);
  ASSERT_EQ(result->status, PackageStatus::kFound);
  EXPECT_NEAR(OutcomeOn(scenario, result->package, "p"), 50.0, kSearch);
  EXPECT_NEAR(OutcomeOn(scenario, result->package, "q"), 50.0, kSearch);
}

// B's red line p >= 30 binds; with x_p = 0.3 the first-order condition in x_q,
// 0.8 (0.26 - 0.2 x) = 0.2 (0.8 x - 0.44), gives x_q = 0.296 / 0.32 = 0.925.
TEST(Packages, FindsTheInteriorOptimumOnTheIssueNoRedLineBinds) {
  const Scenario scenario = CorridorForCorridor(Interval{30, 100});
  auto result = FindPackage(scenario);
  ASSERT_TRUE(result);
  ASSERT_EQ(result->status, PackageStatus::kFound);
  EXPECT_NEAR(OutcomeOn(scenario, result->package, "p"), 30.0, kSearch);
  EXPECT_NEAR(OutcomeOn(scenario, result->package, "q"), 92.5, kSearch);
}

// A [0, 30], B [20, 60], C [50, 100]: no common point. The deepest points hold
// two red lines ({A, B} at 20, {B, C} at 50), so dropping C or dropping A suffices.
TEST(Packages, ReportsTheSmallestSetOfRedLinesThatMakesTheProblemInfeasible) {
  const Scenario scenario = MakeScenario({{"A"}, {"B"}, {"C"}}, {{"k", 50.0}},
                                         {{"A", "k", 0, 1, Interval{0, 30}},
                                          {"B", "k", 40, 1, Interval{20, 60}},
                                          {"C", "k", 100, 1, Interval{50, 100}}});
  auto result = FindPackage(scenario);
  ASSERT_TRUE(result);
  ASSERT_EQ(result->status, PackageStatus::kRedLinesConflict);
  EXPECT_EQ(result->minimal_removal_count, 1u);
  const IssueFeasibility& issue = result->issues[0];
  ASSERT_EQ(issue.minimal_removals.size(), 2u);
  EXPECT_EQ(issue.minimal_removals[0][0].actor, 0u);  // drop A's [0, 30]
  EXPECT_EQ(issue.minimal_removals[1][0].actor, 2u);  // or C's [50, 100]
  ASSERT_EQ(issue.conflicting_pair.size(), 2u);       // A ends at 30, C starts at 50
  EXPECT_EQ(issue.conflicting_pair[0].actor, 0u);
  EXPECT_EQ(issue.conflicting_pair[1].actor, 2u);
}

// Two camps at each end and a broker in the middle: the deepest points hold two
// red lines, so three must go: {B-camp, broker} or {A-camp, broker}.
TEST(Packages, CountsEveryRedLineAMinimalRemovalNeeds) {
  const Scenario scenario = MakeScenario({{"A1"}, {"A2"}, {"B1"}, {"B2"}, {"M"}}, {{"k"}},
                                         {{"A1", "k", 0, 1, Interval{0, 10}},
                                          {"A2", "k", 5, 1, Interval{0, 10}},
                                          {"B1", "k", 95, 1, Interval{90, 100}},
                                          {"B2", "k", 100, 1, Interval{90, 100}},
                                          {"M", "k", 50, 1, Interval{40, 60}}});
  auto result = FindPackage(scenario);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->minimal_removal_count, 3u);
  EXPECT_EQ(result->issues[0].minimal_removal_total, 2u);
  EXPECT_EQ(result->issues[0].minimal_removals[0].size(), 3u);
}

// Status is blocked (A [0, 20] against B [80, 100]); set aside, trade is the
// first test's case again: q = 0, A at 40, B at 100, so the open package is 40.
TEST(Packages, SetsBlockedIssuesAsideAndSearchesTheOpenOnes) {
  const Scenario scenario = MakeScenario({{"A"}, {"B"}}, {{"status", 50.0}, {"trade", 0.0}},
                                         {{"A", "status", 0, 0.9, Interval{0, 20}},
                                          {"B", "status", 100, 0.9, Interval{80, 100}},
                                          {"A", "trade", 40, 1.0},
                                          {"B", "trade", 100, 1.0}});
  auto result = FindPackage(scenario);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, PackageStatus::kRedLinesConflict);
  EXPECT_TRUE(result->package.empty());
  ASSERT_EQ(result->open_package.size(), 1u);
  EXPECT_NEAR(OutcomeOn(scenario, result->open_package, "trade"), 40.0, kSearch);
}

// Status quo 0 is A's ideal and its red line is [0, 20]; B accepts only [10, 100],
// so every acceptable point costs A: no package beats the status quo for both.
TEST(Packages, NamesTheActorWhoCannotGainInsideTheRedLines) {
  const Scenario scenario =
      MakeScenario({{"A"}, {"B"}}, {{"k", 0.0}},
                   {{"A", "k", 0, 1, Interval{0, 20}}, {"B", "k", 100, 1, Interval{10, 100}}});
  auto result = FindPackage(scenario);
  ASSERT_TRUE(result);
  EXPECT_EQ(result->status, PackageStatus::kNoMutualGain);
  EXPECT_EQ(result->actors_without_gain, std::vector<std::size_t>{0});
  EXPECT_NEAR(result->gains[0].best_gain, -0.1, kSearch);  // at 10: -|0.1 - 0|
  EXPECT_TRUE(result->package.empty());
}

// Invariant: without red lines, one issue, the package is RunNash's outcome.
TEST(Packages, QuadraticOneIssuePackageEqualsTheNashModel) {
  const Scenario scenario = MakeScenario({{"A", 3.0}, {"B", 1.0}}, {{"k", 10.0}},
                                         {{"A", "k", 40, 0.5}, {"B", "k", 100, 0.9}});
  PackageOptions options;
  options.utility = NashUtility::kQuadratic;
  auto package = FindPackage(scenario, options);
  NashOptions nash;
  nash.utility = NashUtility::kQuadratic;
  auto forecast = RunNash(*MakeIssueProblem(scenario, 0), nash);
  ASSERT_TRUE(package && forecast);
  EXPECT_NEAR(OutcomeOn(scenario, package->package, "k"), forecast->outcome, kSearch);
}

TEST(Packages, RejectsAToleranceOutsideItsRange) {
  PackageOptions options;
  options.tolerance = 0.5;
  auto result = FindPackage(CorridorForCorridor(), options);
  ASSERT_FALSE(result);
  EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument);
  EXPECT_NE(result.error().message.find("tolerance"), std::string::npos);
}

}  // namespace
}  // namespace parley::packages_test
