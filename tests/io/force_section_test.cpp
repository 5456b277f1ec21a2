// Military strength and the `force:` section in scenario files: what the
// reader keeps, the messages it gives for bad values, and the writer's round trip.
#include <gtest/gtest.h>

#include "parley/io.h"
#include "test_files.h"

namespace parley::force_section_test {
namespace {

using testing::Replace;

constexpr const char* kForce = R"(parley: 1
id: armed
actors:
  - {id: A, capability: 10, military: {value: 3, low: 2, high: 4}}
  - id: B
    capability: 5
    military: 1
    sources:
      military: {estimate: "a third of A's force"}
  - {id: P, role: guarantor, capability: 8, military: 2}
issues:
  - {id: status, scale: {min: 0, max: 1}}
stances:
  - {actor: A, issue: status, position: 1, salience: 100}
  - {actor: B, issue: status, position: 0, salience: 100}
force:
  cost: {value: 0.1, low: 0.05, high: 0.2}
  costs:
    - {actor: B, issue: status, cost: 0.2, sources: {cost: {estimate: "B fights at home"}}}
  commitments:
    - {patron: P, client: B, share: 0.5}
  indivisible: [status]
  sources:
    cost: {estimate: "a tenth of the scale"}
)";

std::string ErrorOf(const std::string& text) {
  auto scenario = ParseScenarioText(text, "f.yaml");
  return scenario ? "read" : scenario.error().ToString();
}

TEST(ForceSection, ReadsStrengthsCostsCommitmentsAndIndivisibleIssues) {
  auto scenario = ParseScenarioText(kForce, "f.yaml");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  EXPECT_DOUBLE_EQ(*scenario->actors[0].military, 3.0);
  EXPECT_DOUBLE_EQ(scenario->actors[0].military_range->high, 4.0);
  EXPECT_EQ(scenario->actors[1].provenance.at("military").estimate_reason, "a third of A's force");
  const ForceSettings& force = scenario->force;
  EXPECT_DOUBLE_EQ(*force.default_cost, 0.1);
  EXPECT_DOUBLE_EQ(force.default_cost_range->low, 0.05);
  ASSERT_EQ(force.costs.size(), 1u);
  EXPECT_EQ(force.costs[0].actor, 1u);
  EXPECT_DOUBLE_EQ(force.costs[0].cost, 0.2);
  ASSERT_EQ(force.commitments.size(), 1u);
  EXPECT_EQ(force.commitments[0].patron, 2u);
  EXPECT_DOUBLE_EQ(force.commitments[0].share, 0.5);
  EXPECT_EQ(force.indivisible, std::vector<std::size_t>{0});
}

TEST(ForceSection, AnActorWithoutMilitaryHasNoStrength) {
  auto scenario = ParseScenarioText(Replace(kForce, "    military: 1\n", ""), "f.yaml");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  EXPECT_FALSE(scenario->actors[1].military);
}

TEST(ForceSection, YamlAndJsonRoundTripsKeepEveryForceValue) {
  auto scenario = ParseScenarioText(kForce, "f.yaml");
  ASSERT_TRUE(scenario);
  for (const std::string& text : {ScenarioToYaml(*scenario), ScenarioToJson(*scenario)}) {
    auto again = ParseScenarioText(text, "again.yaml");
    ASSERT_TRUE(again) << again.error().ToString();
    EXPECT_EQ(ScenarioToYaml(*again), ScenarioToYaml(*scenario));
    EXPECT_DOUBLE_EQ(*again->actors[0].military, 3.0);
    EXPECT_DOUBLE_EQ(again->force.commitments[0].share, 0.5);
    EXPECT_EQ(again->force.costs[0].provenance.at("cost").estimate_reason, "B fights at home");
    EXPECT_EQ(again->force.indivisible.size(), 1u);
  }
}

TEST(ForceSection, ANegativeStrengthNamesTheActorAndTheAllowedRange) {
  const std::string error = ErrorOf(Replace(kForce, "military: 1\n", "military: -1\n"));
  EXPECT_NE(error.find("f.yaml"), std::string::npos) << error;
  EXPECT_NE(error.find("actor 'B' military -1 outside (0, 1e+09]"), std::string::npos) << error;
}

TEST(ForceSection, ACostAboveOneIsRefused) {
  const std::string error = ErrorOf(Replace(kForce, "cost: 0.2,", "cost: 1.5,"));
  EXPECT_NE(error.find("cost of actor 'B' on issue 'status' 1.5 outside [0, 1]"), std::string::npos)
      << error;
}

TEST(ForceSection, SharesOfOnePatronMustNotExceedItsWholeStrength) {
  const std::string error = ErrorOf(Replace(kForce, "    - {patron: P, client: B, share: 0.5}\n",
                                            "    - {patron: P, client: B, share: 0.5}\n"
                                            "    - {patron: P, client: A, share: 0.7}\n"));
  EXPECT_NE(error.find("the shares 'P' commits to its clients sum to 1.2"), std::string::npos)
      << error;
}

TEST(ForceSection, AnUnknownActorOrIssueIsNamed) {
  EXPECT_NE(ErrorOf(Replace(kForce, "patron: P", "patron: Q")).find("unknown actor 'Q'"),
            std::string::npos);
  EXPECT_NE(ErrorOf(Replace(kForce, "indivisible: [status]", "indivisible: [stat]"))
                .find("unknown issue 'stat'"),
            std::string::npos);
}

TEST(ForceSection, AMisspelledKeyIsRefused) {
  const std::string error = ErrorOf(Replace(kForce, "commitments:", "commitment:"));
  EXPECT_NE(error.find("commitment"), std::string::npos) << error;
  EXPECT_NE(ErrorOf(Replace(kForce, "commitments:", "commitment:")), "read");
}

TEST(ForceSection, AStrengthRangeMustContainItsValue) {
  const std::string error =
      ErrorOf(Replace(kForce, "{value: 3, low: 2, high: 4}", "{value: 5, low: 2, high: 4}"));
  EXPECT_NE(error.find("actor 'A' military range needs low <= value <= high"), std::string::npos)
      << error;
}

}  // namespace
}  // namespace parley::force_section_test
