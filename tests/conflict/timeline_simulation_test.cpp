// Rule T5 of docs/mechanisms/timeline-events.md (carry forward) and the
// simulation over the built-in Lachin timeline.
#include <gtest/gtest.h>

#include <algorithm>

#include "carry_scenario.h"
#include "conflict_test_support.h"
#include "parley/builtin_scenarios.h"
#include "parley/classic_models.h"
#include "parley/eum.h"
#include "parley/io.h"
#include "parley/timeline.h"

namespace parley::timeline_simulation_test {
namespace {

constexpr double kExact = 1e-9;

// BDM 1994-like three actors on one issue, no events.
constexpr const char* kThree = testing::kCarryScenario;

TEST(TimelineCarryForward, OneEumRoundPerPeriodForThreePeriodsEqualsThreeEumRounds) {
  // Rule T5: with a fixed range R (the scale) one EUM round per period, positions carried,
  // is the same computation as one run of three rounds.
  auto scenario = ParseScenarioText(kThree, "carry.yaml");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  const ConfiguredModel eum = testing::Configured(EumModel()).With("range", "scale").value();
  SimulationOptions options;
  options.model = eum;
  options.periods = 3;
  auto trajectory = SimulateTimeline(*scenario, options);
  ASSERT_TRUE(trajectory) << trajectory.error().ToString();
  auto direct = eum.With("max_rounds", "3")->Run(*scenario);
  ASSERT_TRUE(direct) << direct.error().ToString();
  EXPECT_NEAR(trajectory->periods[3].outcomes[0].outcome, direct->issues[0].forecast.outcome,
              kExact);
}

TEST(TimelineCarryForward, OneShotModelsDoNotMovePositionsBetweenPeriods) {
  // Without events the weighted median of a one-shot model stays at 6 (A 2.4, B 1.8, C 1.0:
  // half of 5.2 is reached at B).
  auto scenario = ParseScenarioText(kThree, "carry.yaml");
  ASSERT_TRUE(scenario);
  SimulationOptions options;
  options.model = testing::Configured(WeightedMedianModel());
  options.periods = 4;
  auto trajectory = SimulateTimeline(*scenario, options);
  ASSERT_TRUE(trajectory) << trajectory.error().ToString();
  for (const TimelinePeriod& period : trajectory->periods) {
    EXPECT_NEAR(period.outcomes[0].outcome, 6.0, kExact);
  }
}

TEST(TimelineOptionsCheck, ZeroRoundsPerPeriodIsAnInvalidArgument) {
  SimulationOptions options;
  options.model = testing::Configured(EumModel());
  options.rounds_per_period = 0;
  const Status status = ValidateSimulationOptions(options);
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().code, ErrorCode::kInvalidArgument);
}

TEST(TimelineOptionsCheck, PeriodsOverTenThousandAreRefusedNamingTheRangeAndTheFlag) {
  SimulationOptions options;
  options.model = testing::Configured(EumModel());
  options.periods = 10001;
  const Status status = ValidateSimulationOptions(options);
  ASSERT_FALSE(status);
  EXPECT_EQ(status.error().message, "periods (--periods) must be in [0, 10000], got 10001");
}

TEST(LachinTimeline, RunsEightFortnightsWithVardanyansDismissalInPeriodSix) {
  // seed001 para. 29: dismissed 23 February 2023, 73 days after 12 December 2022 -> period 6.
  auto scenario = LoadBuiltinScenario("lachin-blockade-2022");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  SimulationOptions options;
  options.model = testing::Configured(WeightedMedianModel());
  auto trajectory = SimulateTimeline(*scenario, options);
  ASSERT_TRUE(trajectory) << trajectory.error().ToString();
  ASSERT_EQ(trajectory->periods.size(), 9u);
  const TimelinePeriod& period = trajectory->periods[6];
  EXPECT_EQ(period.date, "2023-02-20");
  EXPECT_NE(std::find(period.events.begin(), period.events.end(), "vardanyan_dismissed"),
            period.events.end());
  const std::size_t vardanyan = *scenario->FindActor("VAR");
  EXPECT_EQ(std::find(period.active.begin(), period.active.end(), vardanyan), period.active.end());
}

}  // namespace
}  // namespace parley::timeline_simulation_test
