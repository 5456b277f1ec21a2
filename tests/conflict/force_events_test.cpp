// Timeline events that change strength and commitment (docs/mechanisms/force.md
// F7): a patron's withdrawal moves the bargaining range by the change in p.
#include <gtest/gtest.h>

#include "parley/force.h"
#include "parley/io.h"
#include "parley/timeline.h"

namespace parley::force_events_test {
namespace {

// A at 1 (strength 3) against B at 0 (strength 1), P (strength 2, no stance)
// commits half its strength to B; the event withdraws it in round 1.
constexpr const char* kWithdrawal = R"(parley: 1
id: withdrawal
actors:
  - {id: A, capability: 1, military: 3}
  - {id: B, capability: 1, military: 1}
  - {id: P, role: guarantor, capability: 1, military: 2}
issues:
  - {id: status, scale: {min: 0, max: 1}}
stances:
  - {actor: A, issue: status, position: 1, salience: 100}
  - {actor: B, issue: status, position: 0, salience: 100}
force:
  costs:
    - {actor: A, issue: status, cost: 0.1}
    - {actor: B, issue: status, cost: 0.2}
  commitments:
    - {patron: P, client: B, share: 0.5}
events:
  items:
    - id: leaves
      kind: patron_withdrawal
      round: 1
      label: "P withdraws its force"
      commitments: [{patron: P, client: B, share: 0}]
      military: {P: 0.5}
)";

TEST(ForceEvents, APatronsWithdrawalMovesTheRangeByTheChangeInP) {
  auto scenario = ParseScenarioText(kWithdrawal, "w.yaml");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  const TimelineState before = InitialTimelineState(*scenario, {});
  std::vector<std::string> notes;
  auto after = ApplyEvent(before, scenario->timeline.events[0], notes);
  ASSERT_TRUE(after) << after.error().ToString();
  // Before: p = 3 / (3 + 1 + 0.5 x 2) = 0.6, range [0.5, 0.8]. After: p = 3 / 4 = 0.75,
  // range [0.65, 0.95]: both ends move by 0.15.
  const auto range_before = BargainingRange(MakeForceIssue(before.scenario, 0, {}), {});
  const auto range_after = BargainingRange(MakeForceIssue(after->scenario, 0, {}), {});
  ASSERT_EQ(range_before.size(), 1u);
  ASSERT_EQ(range_after.size(), 1u);
  EXPECT_NEAR(range_before[0].low, 0.5, 1e-12);
  EXPECT_NEAR(range_after[0].low - range_before[0].low, 0.15, 1e-12);
  EXPECT_NEAR(range_after[0].high - range_before[0].high, 0.15, 1e-12);
  EXPECT_DOUBLE_EQ(*after->scenario.actors[2].military, 1.0);  // 2 x 0.5
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_EQ(notes[1], "P commits 0 of its strength to B (was 0.5)");
}

TEST(ForceEvents, AStrengthChangeForAnActorWithoutStrengthIsRefused) {
  std::string text = kWithdrawal;
  text.replace(text.find("{id: B, capability: 1, military: 1}"),
               std::string("{id: B, capability: 1, military: 1}").size(), "{id: B, capability: 1}");
  text.replace(text.find("military: {P: 0.5}"), std::string("military: {P: 0.5}").size(),
               "military: {B: 0.5}");
  auto scenario = ParseScenarioText(text, "w.yaml");
  ASSERT_FALSE(scenario);
  EXPECT_NE(scenario.error().message.find("actor 'B' has no military strength to change"),
            std::string::npos)
      << scenario.error().ToString();
}

}  // namespace
}  // namespace parley::force_events_test
