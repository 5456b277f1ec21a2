// The force coding of the Karabakh, Georgia and Syria built-ins: the values load
// as coded, and `parley force` gives every issue a finite bargaining range and a
// verdict. One bound per scenario is derived by hand from the coded values with
// rules F1-F4 of docs/mechanisms/force.md (tolerance 1e-9: exact arithmetic).
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>
#include <string>

#include "cli_test_support.h"
#include "parley/builtin_scenarios.h"

namespace parley::force_builtin_cli_test {
namespace {

using testing::RunCli;
constexpr double kExact = 1e-9;

const Actor& ActorOf(const Scenario& scenario, const std::string& id) {
  return scenario.actors[*scenario.FindActor(id)];
}

double ShareOf(const Scenario& scenario, const std::string& patron, const std::string& client) {
  for (const ForceCommitment& c : scenario.force.commitments) {
    if (scenario.actors[c.patron].id == patron && scenario.actors[c.client].id == client) {
      return c.share;
    }
  }
  return -1.0;
}

// `parley force ID --format json`: every issue has a non-empty range of finite
// bounds inside the scale, a finite negotiated outcome, and a verdict (in range,
// or a named imposer).
nlohmann::json ForceJsonWithAVerdictOnEveryIssue(const std::string& id) {
  const auto result = RunCli({"force", id, "--format", "json"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  const Scenario scenario = *LoadBuiltinScenario(id);
  EXPECT_EQ(json["issues"].size(), scenario.issues.size());
  for (const auto& issue : json["issues"]) {
    const std::string name = issue["issue"].get<std::string>();
    EXPECT_FALSE(issue["bargaining_range"].empty()) << id << " " << name;
    for (const auto& piece : issue["bargaining_range"]) {
      const double low = piece[0].get<double>();
      const double high = piece[1].get<double>();
      EXPECT_TRUE(std::isfinite(low) && std::isfinite(high)) << id << " " << name;
      EXPECT_LE(0.0, low) << id << " " << name;
      EXPECT_LE(low, high) << id << " " << name;
      EXPECT_LE(high, 100.0) << id << " " << name;
    }
    EXPECT_TRUE(std::isfinite(issue["negotiated"].get<double>())) << id << " " << name;
    if (!issue["in_range"].get<bool>()) {
      EXPECT_TRUE(issue["imposer"].is_string()) << id << " " << name;
    }
  }
  return json;
}

TEST(ForceBuiltins, KarabakhLoadsItsStrengthsAndArmeniasPledgeToStepanakert) {
  const auto scenario = LoadBuiltinScenario("karabakh-2016");
  ASSERT_TRUE(scenario) << scenario.error().message;
  EXPECT_EQ(ActorOf(*scenario, "AZE").military, 55.0);
  EXPECT_EQ(ActorOf(*scenario, "ARM").military, 35.0);
  EXPECT_EQ(ActorOf(*scenario, "NKR").military, 15.0);
  EXPECT_EQ(ShareOf(*scenario, "ARM", "NKR"), 0.6);
  EXPECT_EQ(ShareOf(*scenario, "RUS", "ARM"), 0.0);
}

TEST(ForceBuiltins, KarabakhStatusRangeEndsWhereBakuAndStepanakertPreferForce) {
  // Between 5 and 50 the sides are AZE (55, at 5) against ARM's free 0.4 x 35 = 14
  // at 90, its pledge 0.6 x 35 = 21 and NKR's 15 at 100 (Russia: cost 1, pledge 0):
  // 50 at mean (14 x 90 + 36 x 100) / 50 = 97.2.
  // NKR: p = 50/105, W = p + (1 - p) x 0.05 - 0.1; range starts at 100 - 100(1 - W).
  // AZE: p = 55/105, W = p + (1 - p)(1 - 0.922) - 0.2; range ends at 5 + 100(1 - W).
  const auto json = ForceJsonWithAVerdictOnEveryIssue("karabakh-2016");
  const double p_nkr = 50.0 / 105.0;
  const double w_nkr = p_nkr + (1.0 - p_nkr) * 0.05 - 0.1;
  const double p_aze = 55.0 / 105.0;
  const double w_aze = p_aze + (1.0 - p_aze) * (1.0 - 0.922) - 0.2;
  const auto& range = json["issues"][0]["bargaining_range"];
  ASSERT_EQ(range.size(), 1u);
  EXPECT_NEAR(range[0][0].get<double>(), 100.0 * w_nkr, kExact);                // 40.24
  EXPECT_NEAR(range[0][1].get<double>(), 5.0 + 100.0 * (1.0 - w_aze), kExact);  // 68.90
}

TEST(ForceBuiltins, GeorgiaLoadsRussiasBasesAsPledgesToBothEntities) {
  const auto scenario = LoadBuiltinScenario("georgia-2018");
  ASSERT_TRUE(scenario) << scenario.error().message;
  EXPECT_EQ(ActorOf(*scenario, "GEO").military, 20.0);
  EXPECT_EQ(ActorOf(*scenario, "RUS").military, 70.0);
  EXPECT_EQ(ShareOf(*scenario, "RUS", "ABK"), 0.25);
  EXPECT_EQ(ShareOf(*scenario, "RUS", "SOS"), 0.25);
}

TEST(ForceBuiltins, GeorgiaStatusRangeStartsWhereAbkhaziaWouldRatherFight) {
  // Everyone armed but Georgia stands at 100: ABK 4 + SOS 2 + RUS 70 = 76 against
  // GEO's 20 at 0. ABK: p = 76/96, W = p - 0.1 = 0.6917; range [100 W, 100] =
  // [69.17, 100]. Georgia (cost 0.4) never prefers force: W = 20/96 - 0.4 < 0.
  const auto json = ForceJsonWithAVerdictOnEveryIssue("georgia-2018");
  const auto& range = json["issues"][0]["bargaining_range"];
  ASSERT_EQ(range.size(), 1u);
  EXPECT_NEAR(range[0][0].get<double>(), 100.0 * (76.0 / 96.0 - 0.1), kExact);
  EXPECT_NEAR(range[0][1].get<double>(), 100.0, kExact);
  // Nobody fights over a Georgian law or a trade agreement (costs 1): the whole scale.
  for (int issue : {2, 3}) {
    EXPECT_EQ(json["issues"][issue]["bargaining_range"], nlohmann::json::parse("[[0.0, 100.0]]"));
  }
}

TEST(ForceBuiltins, SyriaLoadsTheGovernmentsBackersAsFullPledges) {
  const auto scenario = LoadBuiltinScenario("syria-astana-2017");
  ASSERT_TRUE(scenario) << scenario.error().message;
  EXPECT_EQ(ActorOf(*scenario, "SYR").military, 40.0);
  EXPECT_EQ(ShareOf(*scenario, "RUS", "SYR"), 1.0);
  EXPECT_EQ(ShareOf(*scenario, "IRN", "SYR"), 1.0);
  EXPECT_EQ(ShareOf(*scenario, "TUR", "OPP"), 0.3);
}

TEST(ForceBuiltins, SyriaZonesRangeLiesBetweenTheOppositionsAndTheGovernmentsForce) {
  // Zones, between 10 and 80: SYR 40 + Russia's 30 + Iran's 20 (all pledged) = 90 at
  // 0, against Turkey's free 10.5 at 80, its pledge 4.5, OPP 20 and EXC 15 at 100:
  // 50 at mean 4790 / 50 = 95.8.
  // OPP: p = 50/140, W = p - 0.1; range starts at 100 - 100(1 - W) = 25.71.
  // SYR: p = 90/140, W = p + (1 - p)(1 - 0.958) - 0.1; range ends at 100(1 - W) = 44.21.
  const auto json = ForceJsonWithAVerdictOnEveryIssue("syria-astana-2017");
  const double p_opp = 50.0 / 140.0;
  const double p_syr = 90.0 / 140.0;
  const double w_syr = p_syr + (1.0 - p_syr) * (1.0 - 0.958) - 0.1;
  const auto& range = json["issues"][1]["bargaining_range"];
  ASSERT_EQ(range.size(), 1u);
  EXPECT_NEAR(range[0][0].get<double>(), 100.0 * (p_opp - 0.1), kExact);
  EXPECT_NEAR(range[0][1].get<double>(), 100.0 * (1.0 - w_syr), kExact);
}

}  // namespace
}  // namespace parley::force_builtin_cli_test
