// Probabilistic scores against hand-derived values and the closed-form CRPS
// of a normal distribution.
#include "parley/scores.h"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "parley/uncertainty.h"

namespace parley::scores_test {
namespace {

TEST(SampleCrps, TwoDrawsScoreTheAreaBetweenTheirStepFunctionAndTheOutcome) {
  // F = 0.5 on [0, 10): integral of (F - 1{x >= 4})^2 = 4 * 0.25 + 6 * 0.25 = 2.5;
  // energy form: mean |x - 4| = 5, mean |x - x'| = 5, 5 - 2.5 = 2.5.
  EXPECT_DOUBLE_EQ(SampleCrps({0.0, 10.0}, 4.0), 2.5);
}

TEST(SampleCrps, OneDrawScoresItsAbsoluteError) {
  EXPECT_DOUBLE_EQ(SampleCrps({37.0}, 60.0), 23.0);
}

TEST(SampleCrps, DrawsAtNormalQuantilesApproachTheClosedFormNormalCrps) {
  // Gneiting, Raftery, Westveld & Goldman 2005 (MWR 133, eq. 5): for N(mu, s^2)
  // and y = mu, CRPS = s (2 phi(0) - 1/sqrt(pi)) = s * 0.2336949772.
  constexpr double kSd = 10.0;
  constexpr int kDraws = 20000;
  std::vector<double> draws;
  for (int i = 0; i < kDraws; ++i) draws.push_back(kSd * InverseNormalCdf((i + 0.5) / kDraws));
  constexpr double kQuadratureTolerance = 1e-3;  // O(1/n) error of the quantile grid
  EXPECT_NEAR(SampleCrps(draws, 0.0), kSd * 0.2336949772, kQuadratureTolerance);
}

TEST(MidPit, SplitsTiesInHalf) {
  // One draw below 2, one equal: (1 + 0.5) / 4.
  EXPECT_DOUBLE_EQ(MidPit({1, 2, 3, 4}, 2.0), 0.375);
  EXPECT_DOUBLE_EQ(MidPit({5, 5, 5}, 5.0), 0.5);
}

TEST(CentralInterval, UsesType7QuantilesAtTheTails) {
  std::vector<double> sorted;
  for (int i = 1; i <= 100; ++i) sorted.push_back(i);
  // 50%: p = 0.25, h = 99 * 0.25 = 24.75 -> 25.75; p = 0.75 -> 75.25.
  const CentralInterval half = CentralIntervalOf(sorted, 0.5);
  EXPECT_DOUBLE_EQ(half.low, 25.75);
  EXPECT_DOUBLE_EQ(half.high, 75.25);
  EXPECT_FALSE(half.Covers(25.0));
  EXPECT_TRUE(half.Covers(26.0));
}

TEST(ProbabilisticScorer, AveragesCrpsAndCountsCoverageAndPit) {
  ProbabilisticScorer scorer;
  std::vector<double> draws;
  for (int i = 0; i <= 100; ++i) draws.push_back(i);
  scorer.Add(draws, 50.0);   // central: inside every interval, PIT 0.5
  scorer.Add(draws, 200.0);  // above every draw: outside, PIT 1
  const ProbabilisticScores scores = scorer.Finish();
  EXPECT_EQ(scores.scored, 2);
  EXPECT_DOUBLE_EQ(scores.coverage[0], 0.5);
  EXPECT_DOUBLE_EQ(scores.coverage[2], 0.5);
  EXPECT_EQ(scores.pit_histogram[5], 1);
  EXPECT_EQ(scores.pit_histogram[9], 1);
  EXPECT_DOUBLE_EQ(scores.crps, (SampleCrps(draws, 50.0) + SampleCrps(draws, 200.0)) / 2.0);
}

}  // namespace
}  // namespace parley::scores_test

namespace parley::scores_test {
namespace {

TEST(QuantileCrps, APointForecastScoresItsAbsoluteError) {
  // Every quantile 30, outcome 50: each QS = (0 - tau)(30 - 50) = 20 tau;
  // 2/3 (20 (0.25 + 0.5 + 0.75)) = 20.
  EXPECT_DOUBLE_EQ(QuantileCrps({0.25, 0.5, 0.75}, {30, 30, 30}, 50.0), 20.0);
}

TEST(QuantileCrps, ApproachesTheSampleCrpsOfTheSameDistribution) {
  // Uniform on [0, 100], outcome 50: CRPS = E|X - 50| - E|X - X'| / 2 = 25 - 100/6.
  std::vector<double> levels, quantiles;
  for (int k = 1; k <= 999; ++k) {
    levels.push_back(k / 1000.0);
    quantiles.push_back(k / 10.0);
  }
  constexpr double kQuadratureTolerance = 0.02;  // 999 levels: the rule is 8.3416 here
  EXPECT_NEAR(QuantileCrps(levels, quantiles, 50.0), 25.0 - 100.0 / 6.0, kQuadratureTolerance);
}

}  // namespace
}  // namespace parley::scores_test
