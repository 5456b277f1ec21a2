// How a run of the expected-utility model ends: cycles found by default, the
// forecast of a cycle (the mean of the medians of one period), runs cut by the
// cap, and Scholz's fixed-round run kept for the BDM 1994 oracle.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parley/eum.h"

namespace parley::eum_stopping_test {
namespace {

// Found by a search over small integer cases: the two actors at 0 and 100
// each lose a confrontation to the other from round 2 on and swap every round,
// so the median alternates between 0 and 100 (rounds 2, 3, 4 = 0, 100, 0).
IssueProblem SwappingPair() {
  return MakeIssueProblem({0.0, 50.0, 100.0}, {4.0, 1.0, 4.0}, {0.7, 0.5, 0.7});
}

EumOptions FixedRounds(int rounds) {
  EumOptions options;
  options.max_rounds = rounds;
  options.detect_cycles = false;
  return options;
}

bool Contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST(EumStopping, DetectsCyclesWithACapOfAThousandRoundsByDefault) {
  const EumOptions options;
  EXPECT_TRUE(options.detect_cycles);
  EXPECT_EQ(options.max_rounds, 1000);
}

TEST(EumStopping, ReportsACycleWithItsPeriodRoundsAndRangeOfMedians) {
  const Forecast forecast = RunEum(SwappingPair()).value();
  EXPECT_EQ(forecast.termination, Termination::kCycle);
  EXPECT_EQ(forecast.RoundCount(), 4);
  EXPECT_TRUE(Contains(forecast.message, "cycle of period 2 between rounds 2 and 4"))
      << forecast.message;
  EXPECT_TRUE(Contains(forecast.message, "[0, 100]")) << forecast.message;
}

// The mean of the medians of one period, (100 + 0) / 2.
TEST(EumStopping, ForecastsTheMeanOfTheMediansOfOnePeriod) {
  EXPECT_EQ(RunEum(SwappingPair()).value().outcome, 50.0);
}

// Scholz's fixed rounds forecast whichever median the cap lands on: 100 after
// 10 rounds, 0 after 11. With cycle detection the forecast is 50 at every cap.
TEST(EumStopping, GivesACycleForecastThatDoesNotDependOnTheParityOfTheCap) {
  EXPECT_EQ(RunEum(SwappingPair(), FixedRounds(10)).value().outcome, 100.0);
  EXPECT_EQ(RunEum(SwappingPair(), FixedRounds(11)).value().outcome, 0.0);
  for (int cap : {10, 11, 12, 50}) {
    EumOptions options;
    options.max_rounds = cap;
    EXPECT_EQ(RunEum(SwappingPair(), options).value().outcome, 50.0) << "cap " << cap;
  }
}

// Found by the same search: a period-3 cycle between rounds 3 and 6.
TEST(EumStopping, AveragesEveryMedianOfALongerPeriod) {
  const IssueProblem problem =
      MakeIssueProblem({60.0, 60.0, 0.0, 30.0}, {3.0, 3.0, 2.0, 1.0}, {0.6, 0.5, 0.9, 0.4});
  const Forecast forecast = RunEum(problem).value();
  ASSERT_EQ(forecast.termination, Termination::kCycle);
  ASSERT_EQ(forecast.RoundCount(), 6);
  EXPECT_EQ(forecast.rounds[6].position, forecast.rounds[3].position);
  const double mean =
      (forecast.rounds[4].outcome + forecast.rounds[5].outcome + forecast.rounds[6].outcome) / 3.0;
  EXPECT_EQ(forecast.outcome, mean);
  EXPECT_GT(forecast.rounds[5].outcome - forecast.rounds[4].outcome, 1.0);  // a real cycle
}

// BDM 1994 (models.md 3.6.1; Scholz's "does not converge"): no state repeats
// within 100 rounds, so the run is cut and reported as still moving; the
// forecast is the mean of the medians of rounds 91-100.
TEST(EumStopping, ReportsARunCutByTheCapAsStillMoving) {
  const IssueProblem problem =
      MakeIssueProblem({4, 7, 4, 4, 10, 10, 10, 7, 4, 7},
                       {0.08, 0.08, 0.03, 0.16, 0.16, 0.16, 0.16, 0.05, 0.05, 0.08},
                       {0.8, 0.4, 0.2, 0.8, 0.6, 0.6, 0.9, 0.1, 1.0, 0.7}, 4.0, 10.0);
  EumOptions options;
  options.max_rounds = 100;
  const Forecast forecast = RunEum(problem, options).value();
  EXPECT_EQ(forecast.termination, Termination::kMaxRounds);
  EXPECT_TRUE(Contains(forecast.message, "the median still moved by")) << forecast.message;
  EXPECT_TRUE(Contains(forecast.message, "rounds 91-100")) << forecast.message;
  double sum = 0.0;
  for (int t = 91; t <= 100; ++t) sum += forecast.rounds[t].outcome;
  EXPECT_EQ(forecast.outcome, sum / 10.0);
  // Regression value of this implementation, not an oracle: with the default
  // cap the same case ends on a cycle of period 70 (rounds 270-340).
  const Forecast long_run = RunEum(problem).value();
  EXPECT_EQ(long_run.termination, Termination::kCycle);
  EXPECT_TRUE(Contains(long_run.message, "period 70 between rounds 270 and 340"))
      << long_run.message;
  EXPECT_NEAR(long_run.outcome, 8.394884, 1e-6);
}

TEST(EumStopping, ForecastsTheLastMedianOfAFixedRoundRun) {
  const Forecast forecast = RunEum(SwappingPair(), FixedRounds(7)).value();
  EXPECT_EQ(forecast.termination, Termination::kMaxRounds);
  EXPECT_EQ(forecast.outcome, forecast.rounds.back().outcome);
  EXPECT_TRUE(Contains(forecast.message, "fixed 7 rounds")) << forecast.message;
}

}  // namespace
}  // namespace parley::eum_stopping_test
