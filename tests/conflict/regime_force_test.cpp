// The hierarchical regime's force before talks derived from the military
// balance (`force_shock: strength`; docs/mechanisms/mediation-regimes.md),
// with the compromise model so every number is hand-derivable.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "conflict_test_support.h"
#include "parley/classic_models.h"
#include "parley/io.h"
#include "parley/regimes.h"

namespace parley::regime_force_test {
namespace {

using testing::Configured;
using testing::MakeScenario;

constexpr double kExact = 1e-9;

ScenarioModel Compromise() { return TableModel(Configured(CompromiseModel())); }

// G guarantor (c 2, at 80, strength 3), P (c 2, at 20, strength 1), D (c 1,
// at 100, unarmed); salience 1; status quo 50.
Scenario ArmedTriangle(double guarantor_strength) {
  Scenario scenario = MakeScenario(
      {{"G", 2, ActorRole::kGuarantor},
       {"P", 2, ActorRole::kParentState},
       {"D", 1, ActorRole::kDeFactoAuthority}},
      {{"status", 50.0}}, {{"G", "status", 80}, {"P", "status", 20}, {"D", "status", 100}});
  scenario.actors[0].military = guarantor_strength;
  scenario.actors[1].military = 1.0;
  return scenario;
}

// Attacking the status quo 50, G's side is G (and the unarmed D) against P:
// p = 3 / (3 + 1) = 0.75 (ratio form, decisiveness 1). P 20 -> 20 + 0.75 x 60
// = 65, D 100 -> 100 - 0.75 x 20 = 85; compromise (2 x 80 + 2 x 65 + 85) / 5
// = 375 / 5 = 75.
TEST(RegimeForce, TheGuarantorsChanceOfWinningSetsTheShareMoved) {
  RegimeSettings settings;
  settings.hierarchical.force_from_strength = true;
  auto regime = RunRegime(ArmedTriangle(3.0), RegimeKind::kHierarchical, settings, Compromise());
  ASSERT_TRUE(regime) << regime.error().ToString();
  EXPECT_NEAR(regime->outcomes[0].outcome, 75.0, kExact);
}

// Strength 1 against 1: p = 0.5, P -> 50, D -> 90; (160 + 100 + 90) / 5 = 70,
// the same as a given force_shock of 0.5.
TEST(RegimeForce, AnEvenBalanceMovesTheOthersHalfWay) {
  RegimeSettings settings;
  settings.hierarchical.force_from_strength = true;
  auto derived = RunRegime(ArmedTriangle(1.0), RegimeKind::kHierarchical, settings, Compromise());
  RegimeSettings given;
  given.hierarchical.force_shock = 0.5;
  auto shocked = RunRegime(ArmedTriangle(1.0), RegimeKind::kHierarchical, given, Compromise());
  ASSERT_TRUE(derived && shocked);
  EXPECT_NEAR(derived->outcomes[0].outcome, 70.0, kExact);
  EXPECT_NEAR(derived->outcomes[0].outcome, shocked->outcomes[0].outcome, kExact);
}

// An unarmed guarantor has no force to use: the plain compromise
// (160 + 40 + 100) / 5 = 60.
TEST(RegimeForce, AnUnarmedGuarantorMovesNobody) {
  RegimeSettings settings;
  settings.hierarchical.force_from_strength = true;
  Scenario scenario = ArmedTriangle(3.0);
  scenario.actors[0].military.reset();
  auto regime = RunRegime(scenario, RegimeKind::kHierarchical, settings, Compromise());
  ASSERT_TRUE(regime);
  EXPECT_NEAR(regime->outcomes[0].outcome, 60.0, kExact);
}

TEST(RegimeForce, ForceShockStrengthIsReadAndWrittenBack) {
  std::ifstream in(std::string(PARLEY_SOURCE_DIR) + "/tests/conflict/data/regimes.yaml");
  std::stringstream text;
  text << in.rdbuf();
  std::string yaml = text.str();
  const std::string from = "force_shock: 0.25";
  ASSERT_NE(yaml.find(from), std::string::npos);
  yaml.replace(yaml.find(from), from.size(), "force_shock: strength");
  auto scenario = ParseScenarioText(yaml, "regimes.yaml");
  ASSERT_TRUE(scenario) << scenario.error().ToString();
  EXPECT_TRUE(scenario->regimes.hierarchical.force_from_strength);
  EXPECT_EQ(scenario->regimes.hierarchical.force_shock, 0.0);
  auto again = ParseScenarioText(ScenarioToYaml(*scenario), "again.yaml");
  ASSERT_TRUE(again) << again.error().ToString();
  EXPECT_TRUE(again->regimes.hierarchical.force_from_strength);
}

}  // namespace
}  // namespace parley::regime_force_test
