// Monte Carlo engine against distributions derived by hand.
#include "parley/monte_carlo.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "parley/io.h"

namespace parley::monte_carlo_test {
namespace {

Scenario Parse(const char* text) {
  auto scenario = ParseScenarioText(text, "test.yaml");
  EXPECT_TRUE(scenario.has_value()) << (scenario ? "" : scenario.error().ToString());
  return scenario ? *scenario : Scenario{};
}

std::vector<ConfiguredModel> Models(const Scenario& scenario, const char* names) {
  auto models = ConfigureModels(BuiltinModels(), names, scenario);
  EXPECT_TRUE(models.has_value());
  return models ? *models : std::vector<ConfiguredModel>{};
}

MonteCarloOptions Options(std::size_t runs, std::uint64_t seed) {
  MonteCarloOptions options;
  options.runs = runs;
  options.seed = seed;
  return options;
}

// A at 0 (capability 1, salience 100, red line [0, 30]); B's position
// triangular(0, 50, 100). The compromise model is the capability x salience
// weighted mean (docs/models.md 4.1): outcome = B / 2 ~ triangular(0, 25, 50).
constexpr const char* kTriangle = R"(parley: 1
id: triangle
actors:
  - {id: A, role: parent_state, capability: 1}
  - {id: B, role: de_facto_authority, capability: 1}
issues:
  - {id: status, scale: {min: 0, max: 100}}
stances:
  - {actor: A, issue: status, position: 0, salience: 100, red_line: [0, 30]}
  - {actor: B, issue: status, position: {value: 50, low: 0, high: 100}, salience: 100}
)";

// Quantile q of triangular(0, c, 2c) with c = 25 and the density there.
double TriangleQuantile(double p) {
  return p <= 0.5 ? 50.0 * std::sqrt(p / 2.0) : 50.0 - 50.0 * std::sqrt((1.0 - p) / 2.0);
}
double TriangleDensity(double x) { return (x <= 25.0 ? x : 50.0 - x) / 625.0; }

TEST(MonteCarlo, CompromiseOfATriangularPositionIsTriangular) {
  const Scenario scenario = Parse(kTriangle);
  constexpr std::size_t kRuns = 20000;
  auto result = RunMonteCarlo(scenario, Models(scenario, "compromise"), Options(kRuns, 7), nullptr);
  ASSERT_TRUE(result.has_value()) << result.error().ToString();
  ASSERT_EQ(result->models.size(), 1u);
  const IssueSummary& issue = result->models[0].issues[0];
  EXPECT_DOUBLE_EQ(*issue.point, 25.0);
  EXPECT_EQ(issue.with_outcome, kRuns);
  // Quantiles 7.906, 17.678, 25, 32.322, 42.094. A sample quantile's standard
  // error is sqrt(p (1 - p) / N) / f(x_p); allow four of them.
  for (std::size_t q = 0; q < kSummaryProbabilities.size(); ++q) {
    const double p = kSummaryProbabilities[q];
    const double expected = TriangleQuantile(p);
    const double kTolerance = 4.0 * std::sqrt(p * (1 - p) / kRuns) / TriangleDensity(expected);
    EXPECT_NEAR(issue.quantiles[q], expected, kTolerance) << "p = " << p;
  }
  EXPECT_NEAR(TriangleQuantile(0.05), 7.906, 1e-3);
  // Mean 25 and sd sqrt((a^2 + b^2 + c^2 - ab - ac - bc) / 18) = sqrt(1875 / 18) = 10.206.
  const double kMeanTolerance = 4.0 * 10.206 / std::sqrt(kRuns);
  EXPECT_NEAR(issue.mean, 25.0, kMeanTolerance);
  EXPECT_NEAR(issue.sd, 10.206, 0.15);
  // A's red line [0, 30] is crossed when B > 60: (100 - 60)^2 / (100 x 50) = 0.32.
  ASSERT_EQ(issue.red_lines.size(), 1u);
  const double kShareTolerance = 4.0 * std::sqrt(0.32 * 0.68 / kRuns);
  EXPECT_NEAR(issue.red_lines[0].p_crossed, 0.32, kShareTolerance);
  // Histogram: bins of 5 over [0, 100]; nothing above 50.
  std::size_t total = 0;
  for (std::size_t b = 0; b < issue.histogram.size(); ++b) {
    total += issue.histogram[b];
    if (b >= 10) {
      EXPECT_EQ(issue.histogram[b], 0u) << "bin " << b;
    }
  }
  EXPECT_EQ(total, kRuns);
}

TEST(MonteCarlo, WithoutRangesEveryDrawIsThePointForecast) {
  const Scenario scenario = Parse(R"(parley: 1
id: fixed
actors:
  - {id: A, role: parent_state, capability: 3}
  - {id: B, role: de_facto_authority, capability: 1}
issues:
  - {id: status, scale: {min: 0, max: 100}}
stances:
  - {actor: A, issue: status, position: 20, salience: 100}
  - {actor: B, issue: status, position: 100, salience: 100}
)");
  auto result = RunMonteCarlo(scenario, Models(scenario, "compromise,weighted_median"),
                              Options(50, 1), nullptr);
  ASSERT_TRUE(result.has_value());
  ASSERT_EQ(result->models.size(), 3u);  // two models and the ensemble
  EXPECT_EQ(result->models[2].model, "ensemble");
  const IssueSummary& compromise = result->models[0].issues[0];
  EXPECT_DOUBLE_EQ(*compromise.point, 40.0);  // (3 x 20 + 100) / 4
  EXPECT_DOUBLE_EQ(compromise.quantiles[0], 40.0);
  EXPECT_DOUBLE_EQ(compromise.quantiles[4], 40.0);
  EXPECT_DOUBLE_EQ(compromise.sd, 0.0);
  EXPECT_EQ(result->models[2].issues[0].draws, 100u);
}

TEST(MonteCarlo, ResultsDoNotDependOnTheThreadCount) {
  const Scenario scenario = Parse(kTriangle);
  const auto models = Models(scenario, "compromise,nash");
  auto alone = RunMonteCarlo(scenario, models, Options(600, 3), nullptr);
  ThreadPool pool(2);
  auto shared = RunMonteCarlo(scenario, models, Options(600, 3), &pool);
  ASSERT_TRUE(alone && shared);
  for (std::size_t m = 0; m < models.size(); ++m) {
    for (std::size_t r = 0; r < 600; ++r) {
      EXPECT_EQ(alone->draws.At(m, r, 0).outcome, shared->draws.At(m, r, 0).outcome);
    }
  }
}

TEST(DrawOutcomesOf, ACutOffRunIsNoOutcomeWithItsReasonUnlessTheRoundCapIsAccepted) {
  Scenario scenario;
  scenario.issues.resize(4);
  ScenarioForecast forecast;
  const Termination endings[] = {Termination::kConverged, Termination::kCycle,
                                 Termination::kMaxRounds};
  for (std::size_t k = 0; k < 3; ++k) {
    IssueForecast issue;
    issue.issue = k;
    issue.forecast.outcome = 10.0 * (k + 1);
    issue.forecast.termination = endings[k];
    issue.forecast.point_defined = k == 0;  // the cycle here has no point its model defines
    forecast.issues.push_back(issue);
  }
  // Issue 3 has no forecast: skipped.
  const auto strict = DrawOutcomesOf(scenario, forecast);
  EXPECT_TRUE(strict[0].HasOutcome());
  EXPECT_EQ(strict[1].reason, NoOutcomeReason::kCycle);
  EXPECT_EQ(strict[2].reason, NoOutcomeReason::kRoundCap);
  EXPECT_EQ(strict[3].reason, NoOutcomeReason::kSkipped);
  const auto accepting = DrawOutcomesOf(scenario, forecast, /*accept_round_cap=*/true);
  EXPECT_TRUE(accepting[2].HasOutcome());
  EXPECT_DOUBLE_EQ(accepting[2].outcome, 30.0);
  EXPECT_EQ(accepting[1].reason, NoOutcomeReason::kCycle);
  forecast.issues[1].forecast.point_defined = true;  // EUM: the mean over one period
  EXPECT_TRUE(DrawOutcomesOf(scenario, forecast)[1].HasOutcome());
}

// What a run writes into its row of the table overwrites whatever the row held
// (the last run's outcomes): an issue without a forecast is skipped.
TEST(WriteDrawOutcomes, OverwritesEveryCellOfTheRowWithTheForecastOrSkipped) {
  ScenarioForecast forecast;
  IssueForecast issue;
  issue.issue = 1;
  issue.forecast.outcome = 42.5;
  issue.forecast.termination = Termination::kMaxRounds;
  forecast.issues.push_back(issue);
  std::vector<DrawOutcome> row(3, DrawOutcome{7.0, std::nullopt});
  WriteDrawOutcomes(forecast, /*accept_round_cap=*/false, row);
  EXPECT_EQ(row[0].reason, NoOutcomeReason::kSkipped);
  EXPECT_EQ(row[1].reason, NoOutcomeReason::kRoundCap);
  EXPECT_DOUBLE_EQ(row[1].outcome, 42.5);
  EXPECT_EQ(row[2].reason, NoOutcomeReason::kSkipped);
  WriteDrawOutcomes(forecast, /*accept_round_cap=*/true, row);
  EXPECT_TRUE(row[1].HasOutcome());
}

TEST(SummariseIssue, CountsNoOutcomeDrawsByReasonAndLeavesThemOutOfTheQuantiles) {
  Scenario scenario;
  scenario.issues.resize(1);
  const DrawOutcome draws[] = {
      {20.0, {}}, {40.0, {}}, {0.0, NoOutcomeReason::kCycle}, {0.0, NoOutcomeReason::kCycle}};
  const IssueSummary summary = SummariseIssue(scenario, 0, DrawColumn{draws, 4, 1}, &draws[2]);
  EXPECT_FALSE(summary.point.has_value());
  EXPECT_EQ(summary.point_reason, NoOutcomeReason::kCycle);
  EXPECT_EQ(summary.with_outcome, 2u);
  EXPECT_EQ(summary.no_outcome[static_cast<std::size_t>(NoOutcomeReason::kCycle)], 2u);
  EXPECT_DOUBLE_EQ(summary.mean, 30.0);
  EXPECT_DOUBLE_EQ(summary.quantiles[2], 30.0);  // type 7 median of {20, 40}
  EXPECT_NEAR(summary.sd, std::sqrt(200.0), 1e-12);
  EXPECT_EQ(summary.histogram[4], 1u);  // 20 in [20, 25)
  EXPECT_EQ(summary.histogram[8], 1u);  // 40 in [40, 45)
}

// 20 bins of 5 on the scale 0 to 100 (the default): 4.999 in the first, 5 on
// a boundary in the second, 100 in the last; below the scale in the first,
// above it in the last.
TEST(SummariseIssue, PutsABoundaryInTheBinAboveAndValuesOffTheScaleInTheEndBins) {
  Scenario scenario;
  scenario.issues.resize(1);
  const DrawOutcome draws[] = {{4.999, {}}, {5.0, {}}, {100.0, {}},
                               {-3.0, {}},  {1e9, {}}, {99.999, {}}};
  const IssueSummary summary = SummariseIssue(scenario, 0, DrawColumn{draws, 6, 1}, nullptr);
  EXPECT_EQ(summary.histogram[0], 2u);   // 4.999 and -3
  EXPECT_EQ(summary.histogram[1], 1u);   // 5
  EXPECT_EQ(summary.histogram[19], 3u);  // 100, 1e9 and 99.999
}

TEST(QuantileType7, InterpolatesBetweenOrderStatistics) {
  EXPECT_DOUBLE_EQ(QuantileType7({1, 2, 3, 4}, 0.25), 1.75);
  EXPECT_DOUBLE_EQ(QuantileType7({1, 2, 3, 4}, 1.0), 4.0);
  EXPECT_DOUBLE_EQ(QuantileType7({5}, 0.5), 5.0);
}

// Selection finds the order statistics a sort does: on {4, 1, 3, 2} the type 7
// quartile is 1.75 (as above), and on 1,001 values with ties, drawn from
// SplitMix64, every quantile equals QuantileType7 of the sorted values exactly.
TEST(SelectQuantilesType7, EqualsQuantileType7OfTheSortedValuesToTheBit) {
  std::vector<double> few = {4, 1, 3, 2};
  EXPECT_EQ(SelectQuantilesType7(few, {0.25, 1.0}), (std::vector<double>{1.75, 4.0}));
  SplitMix64 generator(7);
  std::vector<double> values;
  for (int i = 0; i < 1001; ++i) values.push_back(std::floor(200.0 * generator.NextUnit()));
  std::vector<double> sorted = values;
  std::sort(sorted.begin(), sorted.end());
  const std::vector<double> probabilities = {0.0, 0.05, 0.05, 0.25, 0.5, 0.7501, 0.95, 1.0};
  const std::vector<double> selected = SelectQuantilesType7(values, probabilities);
  for (std::size_t q = 0; q < probabilities.size(); ++q) {
    EXPECT_EQ(selected[q], QuantileType7(sorted, probabilities[q])) << probabilities[q];
  }
}

// The same on every size from 1 to 60 values (ties included), where the ranks
// wanted fall at the ends of their ranges, next to each other and on the same
// value: the summary's five quantiles and the bootstrap's 2.5 and 97.5 %.
TEST(SelectQuantilesType7, EqualsTheSortedQuantilesOnEverySizeFromOneToSixty) {
  SplitMix64 generator(11);
  const std::vector<std::vector<double>> probability_sets = {
      {0.05, 0.25, 0.5, 0.75, 0.95}, {0.025, 0.975}, {0.0, 1.0}, {0.5, 0.5}};
  for (std::size_t n = 1; n <= 60; ++n) {
    std::vector<double> values;
    for (std::size_t i = 0; i < n; ++i) values.push_back(std::floor(20.0 * generator.NextUnit()));
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    for (const std::vector<double>& probabilities : probability_sets) {
      std::vector<double> scratch = values;
      const std::vector<double> selected = SelectQuantilesType7(scratch, probabilities);
      for (std::size_t q = 0; q < probabilities.size(); ++q) {
        EXPECT_EQ(selected[q], QuantileType7(sorted, probabilities[q]))
            << n << " values, p = " << probabilities[q];
      }
    }
  }
}

// Selection spreads the values over buckets between the least and the
// greatest: crowded into a few buckets by far outliers, all equal, spanning an
// infinite range, or 10,000 of them, the quantiles still equal those of the
// sorted values to the bit.
TEST(SelectQuantilesType7, EqualsTheSortedQuantilesWhenTheValuesCrowdIntoFewBuckets) {
  SplitMix64 generator(13);
  std::vector<std::vector<double>> cases(4);
  for (int i = 0; i < 1990; ++i) cases[0].push_back(50.0 + 0.001 * generator.NextUnit());
  for (int i = 0; i < 5; ++i) cases[0].insert(cases[0].begin() + 7 * i, {0.0, 1e6});
  cases[1].assign(500, 3.0);
  for (int i = 0; i < 300; ++i) cases[2].push_back(std::floor(10.0 * generator.NextUnit()));
  cases[2][17] = std::numeric_limits<double>::infinity();
  cases[2][250] = -std::numeric_limits<double>::infinity();
  for (int i = 0; i < 10000; ++i) cases[3].push_back(100.0 * generator.NextUnit());
  const std::vector<double> probabilities = {0.0, 0.025, 0.05, 0.25, 0.5, 0.75, 0.95, 0.975, 1.0};
  for (std::size_t c = 0; c < cases.size(); ++c) {
    std::vector<double> sorted = cases[c];
    std::sort(sorted.begin(), sorted.end());
    const std::vector<double> selected = SelectQuantilesType7(cases[c], probabilities);
    for (std::size_t q = 0; q < probabilities.size(); ++q) {
      // At an infinite end, type 7 gives -inf + 0 x inf: NaN either way.
      const double expected = QuantileType7(sorted, probabilities[q]);
      EXPECT_TRUE(selected[q] == expected || (std::isnan(selected[q]) && std::isnan(expected)))
          << "case " << c << ", p = " << probabilities[q] << ": " << selected[q] << " against "
          << expected;
    }
  }
}

}  // namespace
}  // namespace parley::monte_carlo_test
