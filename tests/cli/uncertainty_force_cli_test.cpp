// `parley uncertainty` with force: the probability of imposition per issue in
// the table and the JSON, the same counts `parley force --draws` gives.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_test_support.h"

namespace parley::uncertainty_force_cli_test {
namespace {

using testing::RunCli;
using testing::TempDir;

// Compromise 13 / 20 = 0.65 in every draw; A's strength M uniform on [1, 5]
// against B's 1, costs 0.1: A prefers force when M / (M + 1) - 0.1 > 0.65,
// i.e. M > 3 (probability 0.5); B when 1 / (M + 1) - 0.1 > 0.35, i.e. M < 11/9
// (probability 1/18). docs/mechanisms/force.md F1, F3, F8.
constexpr const char* kOdds = R"(parley: 1
id: odds
actors:
  - {id: A, capability: 13, military: {value: 3, low: 1, high: 5, dist: uniform}}
  - {id: B, capability: 7, military: 1}
issues:
  - {id: status, scale: {min: 0, max: 1}}
stances:
  - {actor: A, issue: status, position: 1, salience: 100}
  - {actor: B, issue: status, position: 0, salience: 100}
force:
  cost: 0.1
)";

TEST(UncertaintyForceCli, TheTableGivesTheProbabilityOfImpositionInOneLinePerIssue) {
  TempDir dir;
  const std::string file = dir.Write("odds.yaml", kOdds);
  const auto result =
      RunCli({"uncertainty", file, "--model", "compromise", "--runs", "2000", "--seed", "7"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto at = result.out.find("    force: P ");
  ASSERT_NE(at, std::string::npos) << result.out;
  // 0.5556 with a standard error of 0.011 at 2000 draws: the printed value
  // starts 0.5 (0.53 to 0.58 with four standard errors).
  const std::string line = result.out.substr(at, result.out.find('\n', at) - at);
  EXPECT_NE(line.find("of 2000 judged draws (A 0."), std::string::npos) << line;
  const double p = std::stod(line.substr(std::string("    force: P ").size()));
  EXPECT_NEAR(p, 0.5556, 4 * 0.0111);
  std::istringstream lines(result.out);
  for (std::string text; std::getline(lines, text);) EXPECT_LE(text.size(), 100u) << text;
}

TEST(UncertaintyForceCli, JsonCarriesTheImpositionAndParleyForceCountsTheSameDraws) {
  TempDir dir;
  const std::string file = dir.Write("odds.yaml", kOdds);
  const auto engine = RunCli({"uncertainty", file, "--model", "compromise", "--runs", "300",
                              "--seed", "5", "--format", "json"});
  ASSERT_EQ(engine.exit_code, 0) << engine.err;
  const auto json = nlohmann::json::parse(engine.out);
  EXPECT_EQ(json["force"]["decisiveness"], 1.0);
  const auto& imposition = json["models"][0]["issues"][0]["imposition"];
  EXPECT_EQ(imposition["judged"], 300);
  const auto force = RunCli({"force", file, "--model", "compromise", "--draws", "300", "--seed",
                             "5", "--format", "json"});
  ASSERT_EQ(force.exit_code, 0) << force.err;
  const auto odds = nlohmann::json::parse(force.out);
  EXPECT_DOUBLE_EQ(odds["issues"][0]["probability"].get<double>(),
                   imposition["probability"].get<double>());
  EXPECT_DOUBLE_EQ(odds["issues"][0]["imposer_share"]["A"].get<double>(),
                   imposition["imposers"]["A"].get<double>());
}

TEST(UncertaintyForceCli, WithoutStrengthsThereIsNoImpositionLine) {
  TempDir dir;
  std::string text = kOdds;
  text.replace(text.find(", military: {value: 3, low: 1, high: 5, dist: uniform}"),
               std::string(", military: {value: 3, low: 1, high: 5, dist: uniform}").size(), "");
  text.replace(text.find(", military: 1"), std::string(", military: 1").size(), "");
  const std::string file = dir.Write("plain.yaml", text);
  const auto result =
      RunCli({"uncertainty", file, "--model", "compromise", "--runs", "20", "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_TRUE(json["force"].is_null());
  EXPECT_TRUE(json["models"][0]["issues"][0]["imposition"].is_null());
}

}  // namespace
}  // namespace parley::uncertainty_force_cli_test
