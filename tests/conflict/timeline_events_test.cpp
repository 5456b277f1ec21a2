// Rules T1-T6 of docs/mechanisms/timeline-events.md, each with a number
// worked by hand.
#include <gtest/gtest.h>

#include <string>

#include "conflict_test_support.h"
#include "parley/classic_models.h"
#include "parley/io.h"
#include "parley/timeline.h"

namespace parley::timeline_events_test {
namespace {

constexpr double kExact = 1e-9;

// Compromise over A (0), B (100) and V (100), all capability 1 except V (2),
// salience 1: (0 + 100 + 200) / 4 = 75. V leaves in round 2: (0 + 100) / 2 = 50.
constexpr const char* kTimeline = R"(parley: 1
id: timeline
actors:
  - {id: A, role: parent_state, capability: 1}
  - {id: B, role: de_facto_authority, capability: 1}
  - {id: V, role: other, capability: 2}
  - {id: G, role: guarantor, capability: 1}
issues:
  - {id: corridor, scale: {min: 0, max: 100}, status_quo: 30}
stances:
  - {actor: A, issue: corridor, position: 0, salience: 100}
  - {actor: B, issue: corridor, position: 100, salience: 100}
  - {actor: V, issue: corridor, position: 100, salience: 100}
regimes:
  hierarchical: {guarantor: G, excluded: [V]}
events:
  calendar: {start: "2022-12-12", period_days: 14}
  items:
    - {id: blockade, kind: blockade, date: "2022-12-12", capability: {B: 0.5}, status_quo: {corridor: 75}}
    - {id: dismissal, kind: actor_exit, date: "2022-12-26", leaves: [V]}
    - {id: dated_late, kind: other, date: "2023-02-23"}
)";

Scenario Load(const char* text = kTimeline) {
  auto scenario = ParseScenarioText(text, "timeline.yaml");
  EXPECT_TRUE(scenario) << scenario.error().ToString();
  return *scenario;
}

SimulationOptions Compromise() {
  SimulationOptions options;
  options.model = testing::Configured(CompromiseModel());
  return options;
}

TEST(TimelineCalendar, ADateFallsInThePeriodCountedFromTheCalendarStart) {
  // 2023-02-23 is 73 days after 2022-12-12: 73 / 14 = 5 whole periods, so period 6.
  const Scenario scenario = Load();
  EXPECT_EQ(scenario.timeline.events[0].round, 1);
  EXPECT_EQ(scenario.timeline.events[1].round, 2);
  EXPECT_EQ(scenario.timeline.events[2].round, 6);
}

TEST(TimelineEvents, ABlockadeMultipliesCapabilityAndMovesTheStatusQuo) {
  // Rule T2: 1 x 0.5 = 0.5; status quo 30 -> 75.
  const Scenario scenario = Load();
  std::vector<std::string> notes;
  auto next = ApplyEvent(InitialTimelineState(scenario, {}), scenario.timeline.events[0], notes);
  ASSERT_TRUE(next) << next.error().ToString();
  EXPECT_NEAR(next->scenario.actors[1].capability, 0.5, kExact);
  EXPECT_NEAR(*next->scenario.issues[0].status_quo, 75.0, kExact);
  EXPECT_EQ(notes.size(), 2u);
}

TEST(TimelineEvents, AnActorWhoLeavesDropsOutOfTheForecast) {
  // Rule T3 with the compromise model: 75 in period 0; the blockade halves B's capability,
  // (0 + 50 + 200) / 3.5 = 71.43 in period 1; V leaves in period 2: 50 / 1.5 = 33.33.
  auto trajectory = SimulateTimeline(Load(), Compromise());
  ASSERT_TRUE(trajectory) << trajectory.error().ToString();
  const auto& periods = trajectory->periods;
  ASSERT_EQ(periods.size(), 7u);  // periods 0..6, the last event's round
  EXPECT_NEAR(periods[0].outcomes[0].outcome, 75.0, kExact);
  EXPECT_NEAR(periods[1].outcomes[0].outcome, (0.0 + 50.0 + 200.0) / 3.5, kExact);
  EXPECT_NEAR(periods[2].outcomes[0].outcome, 50.0 / 1.5, kExact);
  EXPECT_EQ(periods[2].events, std::vector<std::string>{"dismissal"});
  EXPECT_EQ(periods[2].active.size(), 3u);
}

TEST(TimelineEvents, AnActorWhoEntersIsAbsentUntilItsEvent) {
  std::string text = kTimeline;
  const std::string exit = "kind: actor_exit, date: \"2022-12-26\", leaves";
  text.replace(text.find(exit), exit.size(), "kind: actor_entry, date: \"2022-12-26\", enters");
  auto trajectory = SimulateTimeline(Load(text.c_str()), Compromise());
  ASSERT_TRUE(trajectory) << trajectory.error().ToString();
  EXPECT_NEAR(trajectory->periods[0].outcomes[0].outcome, 50.0, kExact);         // A and B only
  EXPECT_NEAR(trajectory->periods[2].outcomes[0].outcome, 250.0 / 3.5, kExact);  // V joins
}

TEST(TimelineEvents, ARegimeChangeRunsTheModelUnderTheNewRegime) {
  // Rule T6: under the hierarchical regime V is excluded even before it leaves:
  // (0 + 0.5 x 100) / 1.5 = 33.33 from period 1 on.
  std::string text = kTimeline;
  text += "    - {id: format, kind: regime_change, round: 1, regime: hierarchical}\n";
  auto trajectory = SimulateTimeline(Load(text.c_str()), Compromise());
  ASSERT_TRUE(trajectory) << trajectory.error().ToString();
  EXPECT_EQ(trajectory->periods[0].regime, "");
  EXPECT_EQ(trajectory->periods[1].regime, "hierarchical");
  EXPECT_NEAR(trajectory->periods[1].outcomes[0].outcome, 50.0 / 1.5, kExact);
}

TEST(TimelineEvents, RhetoricInAnEventLowersTrust) {
  // Engagement rule R through an event: default trust 0.3 x 0.8 = 0.24.
  std::string text = kTimeline;
  text += "    - {id: speech, kind: rhetoric, round: 1, bellicose: [A]}\n";
  auto trajectory = SimulateTimeline(Load(text.c_str()), Compromise());
  ASSERT_TRUE(trajectory) << trajectory.error().ToString();
  EXPECT_NEAR(trajectory->periods[1].trust[0][1], 0.24, kExact);
  EXPECT_NEAR(trajectory->periods[0].trust[0][1], 0.3, kExact);
}

TEST(TimelineEvents, AnEventKindWithoutItsEffectIsRejectedNamingTheKind) {
  // Rule T1: actor_exit needs `leaves`.
  std::string text = kTimeline;
  text += "    - {id: empty, kind: actor_exit, round: 3}\n";
  auto scenario = ParseScenarioText(text, "timeline.yaml");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().field, "kind");
  EXPECT_NE(scenario.error().message.find("needs leaves"), std::string::npos);
}

TEST(TimelineEvents, ADateBeforeTheCalendarStartIsRejected) {
  std::string text = kTimeline;
  text += "    - {id: early, kind: other, date: \"2022-12-01\"}\n";
  auto scenario = ParseScenarioText(text, "timeline.yaml");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().field, "date");
}

TEST(TimelineEvents, EventsAndEngagementSurviveAWriteAndReadBack) {
  const Scenario scenario = Load();
  auto again = ParseScenarioText(ScenarioToYaml(scenario), "again.yaml");
  ASSERT_TRUE(again) << again.error().ToString() << "\n" << ScenarioToYaml(scenario);
  ASSERT_EQ(again->timeline.events.size(), 3u);
  EXPECT_EQ(again->timeline.events[2].round, 6);
  EXPECT_NEAR(again->timeline.events[0].capability[0].factor, 0.5, kExact);
  EXPECT_EQ(again->timeline.calendar.period_days, 14);
}

}  // namespace
}  // namespace parley::timeline_events_test
