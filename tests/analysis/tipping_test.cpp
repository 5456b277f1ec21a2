// Tipping points against thresholds solved by hand.
#include "parley/tipping.h"

#include <gtest/gtest.h>

#include "parley/io.h"

namespace parley::tipping_test {
namespace {

// A (capability 1, position 0, red line [0, 40]) and B (capability 1, position
// 100), both salience 100. Compromise = (c_A 0 + c_B x_B) / (c_A + c_B) = 50.
// Down to 40: B's position x_B / 2 = 40 -> 80; A's capability 100 / (1 + c) = 40
// -> c = 1.5; B's capability 100 c / (1 + c) = 40 -> c = 2/3; B's salience
// 100 s / (1 + s) = 40 -> s = 2/3. A cannot move below 0 nor gain salience.
constexpr const char* kPair = R"(parley: 1
id: pair
actors:
  - {id: A, role: parent_state, capability: 1}
  - {id: B, role: de_facto_authority, capability: 1}
issues:
  - {id: status, scale: {min: 0, max: 100}}
stances:
  - {actor: A, issue: status, position: 0, salience: 100, red_line: [0, 40]}
  - {actor: B, issue: status, position: 100, salience: 100}
)";

// Bisection halves a step of at most 100 / 24 (or a factor 10^(1/24)) 48 times.
constexpr double kBisectionTolerance = 1e-9;

const TippingChange* Find(const TippingThreshold& threshold, std::size_t actor,
                          UncertainField field) {
  for (const TippingChange& change : threshold.changes) {
    if (change.actor == actor && change.field == field) return &change;
  }
  return nullptr;
}

TEST(Tipping, CrossingFortyNeedsBAtEightyOrACapabilityTimesOnePointFive) {
  auto scenario = ParseScenarioText(kPair, "pair.yaml");
  ASSERT_TRUE(scenario.has_value()) << scenario.error().ToString();
  auto models = ConfigureModels(BuiltinModels(), "compromise", *scenario);
  ASSERT_TRUE(models.has_value());
  auto issues = FindTippingPoints(*scenario, models->front(), {}, {}, nullptr);
  ASSERT_TRUE(issues.has_value()) << issues.error().ToString();
  const IssueTipping& issue = (*issues)[0];
  EXPECT_DOUBLE_EQ(*issue.point, 50.0);
  ASSERT_EQ(issue.thresholds.size(), 2u);  // A's red line end 40; the midpoint 50
  const TippingThreshold& forty = issue.thresholds[0];
  EXPECT_DOUBLE_EQ(forty.value, 40.0);
  EXPECT_EQ(forty.actors, std::vector<std::size_t>{0});
  EXPECT_TRUE(forty.forecast_above);
  EXPECT_TRUE(issue.thresholds[1].midpoint);
  EXPECT_TRUE(issue.thresholds[1].on_threshold);  // the forecast is 50

  const TippingChange* b_position = Find(forty, 1, UncertainField::kPosition);
  ASSERT_NE(b_position, nullptr);
  EXPECT_NEAR(b_position->to, 80.0, kBisectionTolerance * 100);
  const TippingChange* a_capability = Find(forty, 0, UncertainField::kCapability);
  ASSERT_NE(a_capability, nullptr);
  EXPECT_NEAR(a_capability->factor, 1.5, kBisectionTolerance);
  const TippingChange* b_capability = Find(forty, 1, UncertainField::kCapability);
  ASSERT_NE(b_capability, nullptr);
  EXPECT_NEAR(b_capability->factor, 2.0 / 3.0, kBisectionTolerance);
  const TippingChange* b_salience = Find(forty, 1, UncertainField::kSalience);
  ASSERT_NE(b_salience, nullptr);
  EXPECT_NEAR(b_salience->to, 2.0 / 3.0, kBisectionTolerance);
  EXPECT_EQ(Find(forty, 0, UncertainField::kPosition), nullptr);  // 0 is the scale's end
  EXPECT_EQ(Find(forty, 0, UncertainField::kSalience), nullptr);  // already full
  // Ranked: a capability x1.5 (log10 1.5 = 0.176) before B's position (20 / 100).
  EXPECT_EQ(forty.changes.front().field, UncertainField::kCapability);
  EXPECT_LT(a_capability->size, b_position->size);
}

TEST(Tipping, RejectsACapabilityRangeThatExcludesTheCurrentValue) {
  auto scenario = ParseScenarioText(kPair, "pair.yaml");
  auto models = ConfigureModels(BuiltinModels(), "compromise", *scenario);
  TippingOptions options;
  options.capability_min_factor = 1.5;
  EXPECT_FALSE(FindTippingPoints(*scenario, models->front(), options, {}, nullptr).has_value());
}

}  // namespace
}  // namespace parley::tipping_test
