// The `regimes:` section of a scenario file: reading, checking, round trip.
#include <gtest/gtest.h>

#include <string>

#include "parley/io.h"
#include "test_files.h"

namespace parley::regimes_section_test {
namespace {

using testing::Replace;

const std::string kFile = std::string(PARLEY_SOURCE_DIR) + "/tests/conflict/data/regimes.yaml";

TEST(RegimesSection, ReadsEveryRegimesSetting) {
  auto scenario = LoadScenario(kFile);
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  const RegimeSettings& regimes = scenario->regimes;
  EXPECT_EQ(regimes.inclusive.mediator, "MED");
  EXPECT_EQ(regimes.hierarchical.guarantor, "GUA");
  EXPECT_EQ(regimes.hierarchical.excluded, std::vector<std::string>{"DEF"});
  EXPECT_EQ(regimes.hierarchical.agenda, std::vector<std::string>{"status"});
  EXPECT_DOUBLE_EQ(regimes.hierarchical.coercion_factor, 2.0);
  EXPECT_DOUBLE_EQ(regimes.hierarchical.force_shock, 0.25);
  ASSERT_EQ(regimes.multipolar.clients.size(), 1u);
  EXPECT_EQ(regimes.multipolar.clients[0].patron, "GUA");
  EXPECT_DOUBLE_EQ(regimes.multipolar.client_pull, 0.75);
}

TEST(RegimesSection, SurvivesAWriteAndReadBack) {
  auto scenario = LoadScenario(kFile);
  ASSERT_TRUE(scenario);
  auto again = ParseScenarioText(ScenarioToYaml(*scenario), "round-trip.yaml");
  ASSERT_TRUE(again) << again.error().ToString();
  EXPECT_EQ(ScenarioToJson(*again), ScenarioToJson(*scenario));
  EXPECT_EQ(again->regimes.hierarchical.proxies, std::vector<std::string>{"PAR"});
}

TEST(RegimesSection, NamesTheLineAndFieldOfAnUnknownActor) {
  auto text = ReadTextFile(kFile);
  ASSERT_TRUE(text);
  auto scenario =
      ParseScenarioText(Replace(*text, "excluded: [DEF]", "excluded: [NOPE]"), "s.yaml");
  ASSERT_FALSE(scenario);
  EXPECT_EQ(scenario.error().field, "excluded");
  EXPECT_EQ(scenario.error().line, 26);  // "    excluded: [DEF]" in data/regimes.yaml
  EXPECT_NE(scenario.error().message.find("unknown actor 'NOPE'"), std::string::npos);
}

TEST(RegimesSection, RejectsACoercionFactorBelowOne) {
  auto text = ReadTextFile(kFile);
  ASSERT_TRUE(text);
  auto scenario =
      ParseScenarioText(Replace(*text, "coercion_factor: 2", "coercion_factor: 0.5"), "s.yaml");
  ASSERT_FALSE(scenario);
  EXPECT_NE(scenario.error().message.find("coercion_factor 0.5 outside [1, 100]"),
            std::string::npos);
}

TEST(RegimesSection, RejectsAMisspelledKey) {
  auto text = ReadTextFile(kFile);
  ASSERT_TRUE(text);
  auto scenario = ParseScenarioText(Replace(*text, "client_pull:", "client_pul:"), "s.yaml");
  ASSERT_FALSE(scenario);
  EXPECT_NE(scenario.error().message.find("unknown field 'client_pul'"), std::string::npos);
}

}  // namespace
}  // namespace parley::regimes_section_test
