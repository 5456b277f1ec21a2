// A timeline run of SMP (src/conflict/timeline_simulation.cpp, PeriodModel): one
// turn per period must lower SMP's minimum number of turns. Here and not in
// tests/conflict because it needs SMP, which the conflict subsystem does not link.
#include <gtest/gtest.h>

#include "conflict/carry_scenario.h"
#include "parley/io.h"
#include "parley/model.h"
#include "parley/smp.h"
#include "parley/timeline.h"

namespace parley::timeline_smp_test {
namespace {

constexpr double kExact = 1e-9;

// BDM 1994-like three actors on one issue, no events.
constexpr const char* kThree = testing::kCarryScenario;

TEST(TimelineCarryForward, OneSmpTurnPerPeriodLowersSmpsMinimumOfTwoTurns) {
  // SMP's default min_turns is 2; one turn per period must lower it, not refuse the run
  // (it once failed georgia-2018 with "min_turns 2 outside [1, max_turns = 1]"). Period
  // 1 is then SMP's first turn, run directly with max_turns = min_turns = 1.
  auto scenario = ParseScenarioText(kThree, "carry.yaml");
  ASSERT_TRUE(scenario);
  const ConfiguredModel smp = Configure(std::make_shared<const ModelSpec>(SmpModel())).value();
  SimulationOptions options;
  options.model = smp;
  options.periods = 2;
  auto trajectory = SimulateTimeline(*scenario, options);
  ASSERT_TRUE(trajectory) << trajectory.error().ToString();
  auto direct = smp.With("min_turns", "1")->With("max_turns", "1")->Run(*scenario);
  ASSERT_TRUE(direct) << direct.error().ToString();
  EXPECT_NEAR(trajectory->periods[1].outcomes[0].outcome, direct->issues[0].forecast.outcome,
              kExact);
}

}  // namespace
}  // namespace parley::timeline_smp_test
