// The plain actor table (actor,capability,position,salience) read as a one-issue scenario.
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "parley/io.h"
#include "parley/scenario_warnings.h"

namespace parley::actor_csv_test {
namespace {

constexpr const char* kTable =
    "# Bueno de Mesquita style table\n"
    "# issue: Control of the corridor\n"
    "# scale: 0 100\n"
    "actor,capability,position,salience,red_line_low,red_line_high\n"
    "AZE,60,100,90,60,100\n"
    "ARM,25,0,70,,\n"
    "RUS,45,20,50,,\n";

TEST(ActorCsv, ReadsOneIssueWithItsNameScaleAndRedLines) {
  auto scenario = ParseActorCsv(kTable, "data/corridor.csv");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  EXPECT_EQ(scenario->id, "corridor");
  ASSERT_EQ(scenario->issues.size(), 1u);
  EXPECT_EQ(scenario->issues[0].id, "control_of_the_corridor");
  EXPECT_EQ(scenario->issues[0].name, "Control of the corridor");
  EXPECT_DOUBLE_EQ(scenario->issues[0].scale.max, 100.0);
  ASSERT_EQ(scenario->actors.size(), 3u);
  EXPECT_DOUBLE_EQ(scenario->actors[2].capability, 45.0);
  EXPECT_EQ(scenario->stances[0].line, 5);
  EXPECT_DOUBLE_EQ(scenario->stances[0].salience, 0.9);  // 90 of 100
  ASSERT_TRUE(scenario->stances[0].red_line.has_value());
  EXPECT_DOUBLE_EQ(scenario->stances[0].red_line->low, 60.0);
  EXPECT_FALSE(scenario->stances[1].red_line.has_value());
}

TEST(ActorCsv, IsDetectedFromItsHeaderWhateverTheColumnOrderAndCase) {
  const std::string text =
      "# scale: -10 10\n# status_quo: 2\nActor, Salience, Position, "
      "Capability\nA,1,5,3\nB,0.5,-5,1\n";
  auto scenario = ParseActorCsv(text, "t.csv");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  EXPECT_EQ(scenario->issues[0].id, "t");  // no issue line: named after the file
  EXPECT_DOUBLE_EQ(scenario->issues[0].scale.min, -10.0);
  EXPECT_DOUBLE_EQ(*scenario->issues[0].status_quo, 2.0);
  EXPECT_DOUBLE_EQ(scenario->stances[1].position, -5.0);
  EXPECT_DOUBLE_EQ(scenario->actors[0].capability, 3.0);
}

TEST(ActorCsv, TakesSaliencesOnZeroToOneWhenTheFileSaysSo) {
  const std::string text =
      "# salience_scale: 1\nactor,capability,position,salience\nA,1,10,0.5\n"
      "B,1,90,1\n";
  auto scenario = ParseActorCsv(text, "t.csv");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  EXPECT_DOUBLE_EQ(scenario->stances[0].salience, 0.5);
  EXPECT_TRUE(FindLikelyMistakes(*scenario).empty());
}

TEST(ActorCsv, ABadNumberNamesFileLineFieldActorAndAllowedRange) {
  const std::string text = "# scale: 0 10\nactor,capability,position,salience\nA,1,left,50\n";
  auto scenario = ParseActorCsv(text, "t.csv");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().ToString(),
            "t.csv:3: position 'left' for actor 'A' is not a number (allowed: a number in the "
            "scale [0, 10])");
  EXPECT_EQ(scenario.error().field, "position");
}

TEST(ActorCsv, APositionOutsideTheScaleIsRefusedWithTheScale) {
  const std::string text = "actor,capability,position,salience\nA,1,120,50\n";
  auto scenario = ParseActorCsv(text, "t.csv");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().ToString(),
            "t.csv:2: actor 'A': position 120 on issue 't' outside the scale [0, 100]");
}

TEST(ActorCsv, HalfARedLineIsRefused) {
  const std::string text =
      "actor,capability,position,salience,red_line_low,red_line_high\nA,1,20,50,10,\n";
  auto scenario = ParseActorCsv(text, "t.csv");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().line, 2);
  EXPECT_EQ(scenario.error().field, "red_line");
}

TEST(ActorCsv, AnUnknownColumnListsTheAllowedOnes) {
  auto scenario = ParseActorCsv("actor,capability,position,salience,power\nA,1,2,3,4\n", "t.csv");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().ToString(),
            "t.csv:1: unknown column 'power' in the actor table (allowed: actor, capability, "
            "position, salience, red_line_low, red_line_high)");
}

TEST(ActorCsv, AReversedScaleLineIsRefused) {
  auto scenario = ParseActorCsv("# scale: 100 0\nactor,capability,position,salience\n", "t.csv");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().ToString(),
            "t.csv:1: scale '100 0' must be two numbers MIN MAX with MIN < MAX, e.g. '# scale: 0 "
            "100'");
}

TEST(ActorCsv, LoadScenarioDetectsTheFormatOfTheExampleFile) {
  auto scenario = LoadScenario(PARLEY_SOURCE_DIR "/examples/actors.csv");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  EXPECT_EQ(scenario->actors.size(), 8u);
  EXPECT_EQ(scenario->issues[0].id, "control_of_movement_on_the_lachin_corridor");
  EXPECT_DOUBLE_EQ(*scenario->issues[0].status_quo, 75.0);
  EXPECT_TRUE(FindLikelyMistakes(*scenario).empty());
}

TEST(ActorCsv, ATableWithAMisspeltColumnIsToldSoNotTakenForKtab) {
  const std::string path = ::testing::TempDir() + "/misspelt_actor_table.csv";
  { std::ofstream(path) << "actor,capability,position,salence\nA,1,2,3\n"; }
  auto scenario = LoadScenario(path);
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().ToString(),
            path +
                ":1: unknown column 'salence' in the actor table (allowed: actor, capability, "
                "position, salience, red_line_low, red_line_high)");
}

TEST(ActorCsv, RoundTripsThroughYaml) {
  auto scenario = ParseActorCsv(kTable, "corridor.csv");
  ASSERT_TRUE(scenario);
  auto again = ParseScenarioText(ScenarioToYaml(*scenario), "corridor.yaml");
  ASSERT_TRUE(again) << again.error().ToString();
  EXPECT_EQ(again->actors.size(), 3u);
  EXPECT_DOUBLE_EQ(again->stances[0].red_line->low, 60.0);
  EXPECT_DOUBLE_EQ(again->stances[2].salience, 0.5);
}

// A small deterministic sweep (the libFuzzer target fuzz/fuzz_actor_csv.cpp
// goes further): every prefix of the table and every one-byte deletion either
// reads as a valid scenario or is refused with the file named.
TEST(ActorCsv, EveryPrefixAndEveryDeletedByteIsAScenarioOrAnError) {
  const std::string text = kTable;
  std::vector<std::string> variants;
  for (std::size_t n = 0; n <= text.size(); ++n) variants.push_back(text.substr(0, n));
  for (std::size_t at = 0; at < text.size(); ++at) {
    variants.push_back(text.substr(0, at) + text.substr(at + 1));
  }
  int read = 0;
  for (const std::string& variant : variants) {
    auto scenario = ParseActorCsv(variant, "v.csv");
    if (scenario) {
      ++read;
      EXPECT_TRUE(ValidateScenario(*scenario)) << variant;
    } else {
      EXPECT_EQ(scenario.error().file, "v.csv") << variant;
    }
  }
  EXPECT_GT(read, 0);
}

}  // namespace
}  // namespace parley::actor_csv_test
