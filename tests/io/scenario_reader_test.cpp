// The native YAML/JSON reader: what it accepts and the messages it gives.
#include <gtest/gtest.h>

#include "parley/io.h"
#include "test_files.h"

namespace parley::scenario_reader_test {
namespace {

using testing::Replace;

constexpr const char* kMinimal = R"(parley: 1
id: mini
salience_scale: 100
actors:
  - {id: A, role: parent_state, capability: 2}
  - {id: B, role: de_facto_authority, capability: 1}
issues:
  - id: status
    scale: {min: 0, max: 100, min_label: reintegration, max_label: independence}
    status_quo: 50
stances:
  - {actor: A, issue: status, position: 0, salience: 80, red_line: [0, 40]}
  - {actor: B, issue: status, position: 100, salience: 60}
)";

TEST(ScenarioReader, ReadsActorsIssuesAndStancesWithSalienceOnZeroToOne) {
  auto scenario = ParseScenarioText(kMinimal, "mini.yaml");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  ASSERT_EQ(scenario->stances.size(), 2u);
  EXPECT_DOUBLE_EQ(scenario->stances[0].salience, 0.8);
  EXPECT_EQ(scenario->actors[1].role, ActorRole::kDeFactoAuthority);
  EXPECT_DOUBLE_EQ(scenario->stances[0].red_line->high, 40.0);
  EXPECT_EQ(scenario->issues[0].scale.max_label, "independence");
}

TEST(ScenarioReader, RejectsSalienceAboveTheScaleNamingActorAndLine) {
  auto scenario =
      ParseScenarioText(Replace(kMinimal, "salience: 60", "salience: 120"), "mini.yaml");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().ToString(),
            "mini.yaml:13: salience 120 for actor 'B' on issue 'status' outside [0, 100]");
  EXPECT_EQ(scenario.error().field, "salience");
}

TEST(ScenarioReader, RejectsNegativeCapability) {
  auto scenario = ParseScenarioText(Replace(kMinimal, "capability: 1", "capability: -1"), "m.yaml");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().ToString(),
            "m.yaml:6: capability -1 for actor 'B' must be a number in (0, 1e9]");
}

TEST(ScenarioReader, RejectsNaN) {
  auto scenario = ParseScenarioText(Replace(kMinimal, "position: 100", "position: .nan"), "m.yaml");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().ToString(),
            "m.yaml:13: actor 'B' on issue 'status': position is '.nan', not a finite number");
}

TEST(ScenarioReader, RejectsUnknownActor) {
  auto scenario = ParseScenarioText(Replace(kMinimal, "{actor: B,", "{actor: C,"), "m.yaml");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().ToString(), "m.yaml:13: unknown actor 'C' (declare it under actors)");
}

TEST(ScenarioReader, RejectsDuplicateActorIds) {
  auto scenario = ParseScenarioText(Replace(kMinimal, "{id: B,", "{id: A,"), "m.yaml");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().ToString(), "m.yaml:6: duplicate actor id 'A'");
}

TEST(ScenarioReader, RejectsPositionOutsideTheScale) {
  auto scenario = ParseScenarioText(Replace(kMinimal, "position: 100", "position: 140"), "m.yaml");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().ToString(),
            "m.yaml:13: actor 'B': position 140 on issue 'status' outside the scale [0, 100]");
}

TEST(ScenarioReader, RejectsMisspelledFieldsListingTheAllowedOnes) {
  auto scenario = ParseScenarioText(Replace(kMinimal, "salience: 60", "salence: 60"), "m.yaml");
  ASSERT_FALSE(scenario);
  EXPECT_NE(scenario.error().message.find("unknown field 'salence'"), std::string::npos);
}

TEST(ScenarioReader, ReportsMalformedYamlWithItsLine) {
  auto scenario = ParseScenarioText("actors:\n  - {id: A, capability: 1\nissues: [", "bad.yaml");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().file, "bad.yaml");
  EXPECT_NE(scenario.error().message.find("malformed YAML"), std::string::npos);
}

TEST(ScenarioReader, ReadsTheSameSchemaAsJson) {
  auto yaml = ParseScenarioText(kMinimal, "mini.yaml");
  ASSERT_TRUE(yaml);
  auto json = ParseScenarioText(ScenarioToJson(*yaml), "mini.json");
  ASSERT_TRUE(json) << json.error().ToString();
  EXPECT_EQ(ScenarioToYaml(*json), ScenarioToYaml(*yaml));
}

TEST(ScenarioReader, RoundTripsThroughItsOwnYaml) {
  auto first = ParseScenarioText(kMinimal, "mini.yaml");
  ASSERT_TRUE(first);
  auto second = ParseScenarioText(ScenarioToYaml(*first), "again.yaml");
  ASSERT_TRUE(second) << second.error().ToString();
  EXPECT_EQ(ScenarioToJson(*second), ScenarioToJson(*first));
}

}  // namespace
}  // namespace parley::scenario_reader_test

namespace parley::scenario_reader_test {
namespace {

TEST(LoadScenario, RejectsAJsonFileWithATrailingCommaNamingItsLine) {
  // YAML flow syntax would accept the trailing comma; a .json file must be JSON.
  const std::string path = ::testing::TempDir() + "trailing.json";
  ASSERT_TRUE(WriteTextFileAtomically(path, "{\n  \"actors\": [\n    {\"id\": \"A\"},\n  ]\n}\n"));
  auto scenario = LoadScenario(path);
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().line, 4);
  EXPECT_NE(scenario.error().message.find("malformed JSON: syntax error"), std::string::npos)
      << scenario.error().message;
}

TEST(ScenarioReader, CallsAnOverflowingNumberOutsideTheAllowedRange) {
  auto scenario = ParseScenarioText("actors:\n  - {id: A, capability: 1e400}\n", "huge.yaml");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().ToString(),
            "huge.yaml:2: actor 'A': capability '1e400' is outside the allowed range of numbers "
            "(magnitude at most 1.8e308)");
}

}  // namespace
}  // namespace parley::scenario_reader_test

namespace parley::scenario_reader_test {
namespace {

constexpr const char* kVoting = R"(parley: 1
id: vote
actors:
  - {id: A, role: other, capability: 1}
issues:
  - id: levy
    scale: {min: 0, max: 100}
    voting_rule: qualified_majority
stances:
  - {actor: A, issue: levy, position: 10, salience: 50}
)";

TEST(ScenarioReader, ReadsAnIssuesVotingRuleAndWritesItBackInYamlAndJson) {
  auto scenario = ParseScenarioText(kVoting, "vote.yaml");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  EXPECT_EQ(scenario->issues[0].voting_rule, VotingRule::kQualifiedMajority);
  for (const std::string& text : {ScenarioToYaml(*scenario), ScenarioToJson(*scenario)}) {
    auto back = ParseScenarioText(text, "back");
    ASSERT_TRUE(back) << back.error().ToString();
    EXPECT_EQ(back->issues[0].voting_rule, VotingRule::kQualifiedMajority);
  }
}

TEST(ScenarioReader, RejectsAnUnknownVotingRuleNamingLineAndChoices) {
  std::string text = kVoting;
  text.replace(text.find("qualified_majority"), 18, "consensus");
  auto scenario = ParseScenarioText(text, "vote.yaml");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().ToString(),
            "vote.yaml:8: issue 'levy': unknown voting_rule 'consensus' (allowed: unanimity, "
            "qualified_majority, simple_majority)");
}

}  // namespace
}  // namespace parley::scenario_reader_test
