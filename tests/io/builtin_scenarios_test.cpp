// Every scenario shipped in scenarios/*.yaml loads, validates, and carries a
// source or an estimate reason for every value (the rule of issue 4, part 6).
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "parley/builtin_scenarios.h"

namespace parley {
namespace {

// A source is usable when it names a document the scenario declares, or gives
// an estimate reason.
bool IsUsableSource(const Scenario& scenario, const Source& source) {
  if (source.IsEstimate()) return true;
  return scenario.documents.count(source.document) > 0;
}

// Every missing or unusable source, as "actor 'AZE': capability" lines.
std::vector<std::string> UnsourcedValues(const Scenario& scenario) {
  std::vector<std::string> missing;
  auto check = [&](const Provenance& provenance, const std::string& field, const std::string& who) {
    const auto found = provenance.find(field);
    if (found == provenance.end() || !IsUsableSource(scenario, found->second)) {
      missing.push_back(who + ": " + field);
    }
  };
  for (const Actor& actor : scenario.actors) {
    check(actor.provenance, "capability", "actor '" + actor.id + "'");
  }
  for (const Issue& issue : scenario.issues) {
    if (issue.status_quo) check(issue.provenance, "status_quo", "issue '" + issue.id + "'");
  }
  for (const Stance& stance : scenario.stances) {
    const std::string who = "stance " + scenario.actors[stance.actor].id + "/" +
                            scenario.issues[stance.issue].id;
    check(stance.provenance, "position", who);
    check(stance.provenance, "salience", who);
    if (stance.red_line) check(stance.provenance, "red_line", who);
  }
  return missing;
}

TEST(BuiltinScenarios, TheDefaultScenarioIsLachin2023) {
  EXPECT_EQ(DefaultScenarioId(), "lachin-2023");
}

TEST(BuiltinScenarios, TheDefaultScenarioLoadsAndValidates) {
  const auto scenario = LoadBuiltinScenario("lachin-2023");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  EXPECT_EQ(scenario->id, "lachin-2023");
  EXPECT_EQ(scenario->as_of, "2023-02-15");
}

TEST(BuiltinScenarios, TheDefaultScenarioStaysSmallEnoughForIssueTwo) {
  // Brief for the default scenario: 6-10 actors, 2-3 issues.
  const auto scenario = LoadBuiltinScenario("lachin-2023");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  EXPECT_GE(scenario->actors.size(), 6u);
  EXPECT_LE(scenario->actors.size(), 10u);
  EXPECT_GE(scenario->issues.size(), 2u);
  EXPECT_LE(scenario->issues.size(), 3u);
}

TEST(BuiltinScenarios, TheDefaultScenarioCodesAzerbaijansCheckpointDemandAtTheScaleTop) {
  // seed001 para. 15: "an Azerbaijani demand for checkpoints along the Lachin Corridor";
  // the checkpoints scale puts "Azerbaijani checkpoints" at 100.
  constexpr double kExact = 1e-12;
  const auto scenario = LoadBuiltinScenario("lachin-2023");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  const Stance* stance = scenario->FindStance(*scenario->FindActor("AZE"),
                                              *scenario->FindIssue("checkpoints"));
  ASSERT_NE(stance, nullptr);
  EXPECT_NEAR(stance->position, 100.0, kExact);
  EXPECT_NEAR(stance->salience, 0.90, kExact);  // 90 on salience_scale 100
}

TEST(BuiltinScenarios, EveryBuiltinScenarioIsListed) {
  const std::vector<BuiltinScenarioInfo> list = ListBuiltinScenarios();
  std::vector<std::string> ids;
  for (const BuiltinScenarioInfo& info : list) ids.push_back(info.id);
  EXPECT_NE(std::find(ids.begin(), ids.end(), "lachin-2023"), ids.end());
}

TEST(BuiltinScenarios, EveryBuiltinScenarioLoadsAndValidates) {
  for (const BuiltinScenarioInfo& info : ListBuiltinScenarios()) {
    const auto scenario = LoadBuiltinScenario(info.id);
    EXPECT_TRUE(scenario) << info.id << ": " << scenario.error().ToString();
  }
}

TEST(BuiltinScenarios, EveryValueInEveryBuiltinScenarioHasASourceOrAnEstimateReason) {
  for (const BuiltinScenarioInfo& info : ListBuiltinScenarios()) {
    const auto scenario = LoadBuiltinScenario(info.id);
    ASSERT_TRUE(scenario) << info.id << ": " << scenario.error().ToString();
    const std::vector<std::string> missing = UnsourcedValues(*scenario);
    std::string listing;
    for (const std::string& line : missing) listing += "\n  " + line;
    EXPECT_TRUE(missing.empty()) << info.id << " has values without a source:" << listing;
  }
}

}  // namespace
}  // namespace parley
