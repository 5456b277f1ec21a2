// `parley uncertainty`, `parley sensitivity` and `parley tipping` end to end.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli_test_support.h"

namespace parley::monte_carlo_cli_test {
namespace {

using testing::RunCli;
using testing::TempDir;

TEST(UncertaintyCli, OneTwoAndFourThreadsGiveByteIdenticalJson) {
  std::vector<std::string> outputs;
  for (const char* threads : {"1", "2", "4"}) {
    auto result = RunCli({"uncertainty", "lachin-2023", "--model", "all", "--runs", "300",
                          "--threads", threads, "--format", "json", "--accept-round-cap"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    outputs.push_back(result.out);
  }
  EXPECT_EQ(outputs[0], outputs[1]);
  EXPECT_EQ(outputs[0], outputs[2]);
}

TEST(UncertaintyCli, JsonFollowsTheSchemaWithAnEnsembleRow) {
  auto result = RunCli({"uncertainty", "lachin-2023", "--model", "compromise,weighted_median",
                        "--runs", "200", "--seed", "5", "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["schema"], "parley.uncertainty/1");
  EXPECT_EQ(json["seed"], 5);
  ASSERT_EQ(json["models"].size(), 3u);
  EXPECT_EQ(json["models"][2]["model"], "ensemble");
  const auto& issue = json["models"][0]["issues"][0];
  EXPECT_EQ(issue["issue"], "checkpoints");
  EXPECT_LE(issue["quantiles"]["p05"].get<double>(), issue["quantiles"]["p95"].get<double>());
  EXPECT_EQ(issue["histogram"]["counts"].size(), 20u);
  EXPECT_FALSE(issue["red_lines"].empty());
  EXPECT_TRUE(issue["red_lines"][0].contains("p_crossed"));
}

TEST(UncertaintyCli, DrawsFileHasOneLinePerRunAndTheTableFitsInAHundredColumns) {
  TempDir dir;
  const std::string draws = dir.Path("draws.csv");
  auto result = RunCli({"uncertainty", "--model", "all", "--runs", "50", "--draws", draws});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::ifstream file(draws);
  std::string line;
  std::size_t lines = 0;
  while (std::getline(file, line)) ++lines;
  EXPECT_EQ(lines, 51u);  // header + 50 draws
  std::istringstream table(result.out);
  while (std::getline(table, line)) EXPECT_LE(line.size(), 100u) << line;
}

// The point of a timeline run is `parley simulate`'s last period, issue by issue.
TEST(UncertaintyCli, OnTheTimelineThePointIsTheLastPeriodOfSimulate) {
  auto simulated =
      RunCli({"simulate", "lachin-blockade-2022", "--model", "compromise", "--format", "json"});
  ASSERT_EQ(simulated.exit_code, 0) << simulated.err;
  const auto last = nlohmann::json::parse(simulated.out)["periods"].back()["outcomes"];
  auto result = RunCli({"uncertainty", "lachin-blockade-2022", "--model", "compromise",
                        "--timeline", "--runs", "40", "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["timeline"], true);
  std::size_t compared = 0;
  for (const auto& issue : json["models"][0]["issues"]) {
    const std::string id = issue["issue"];
    if (!last.contains(id)) continue;
    EXPECT_DOUBLE_EQ(issue["point"].get<double>(), last[id].get<double>()) << id;
    EXPECT_LE(issue["quantiles"]["p05"].get<double>(), issue["quantiles"]["p95"].get<double>());
    ++compared;
  }
  EXPECT_GT(compared, 0u);
}

TEST(UncertaintyCli, ATimelineOnAScenarioWithoutEventsIsAnErrorNamingIt) {
  auto result = RunCli({"uncertainty", "lachin-2023", "--model", "compromise", "--timeline"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("no timeline events"), std::string::npos) << result.err;
}

TEST(SensitivityCli, RunsAtTheTableOfARegimeAndSaysSo) {
  auto result = RunCli({"sensitivity", "lachin-2023", "--model", "compromise", "--runs", "64",
                        "--bootstrap", "0", "--regime", "inclusive", "--format", "json"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["regime"], "inclusive");
  EXPECT_FALSE(json["issues"].empty());
}

TEST(TippingCli, RunsAtTheTableOfARegimeAndSaysSo) {
  auto result =
      RunCli({"tipping", "lachin-2023", "--model", "compromise", "--regime", "hierarchical"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("under the hierarchical regime"), std::string::npos) << result.out;
}

TEST(UncertaintyCli, RejectsAnUnknownFormatAndANegativeSd) {
  EXPECT_EQ(RunCli({"uncertainty", "--format", "xml"}).exit_code, 2);
  auto result = RunCli({"uncertainty", "--position-sd", "-1"});
  EXPECT_NE(result.exit_code, 0);
  EXPECT_NE(result.err.find("--position-sd"), std::string::npos) << result.err;
}

TEST(UncertaintyCli, SaysWhenTheRegimeDoesNotApplyAndRunsWithoutIt) {
  // georgia-2018 has no guarantor: `forecast` drops the hierarchical regime with a note.
  auto result = RunCli({"uncertainty", "georgia-2018", "--model", "compromise", "--runs", "20",
                        "--regime", "hierarchical"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("the hierarchical regime does not apply"), std::string::npos)
      << result.out;
  std::istringstream table(result.out);
  for (std::string line; std::getline(table, line);) EXPECT_LE(line.size(), 100u) << line;
  auto applies = RunCli({"uncertainty", "lachin-2023", "--model", "compromise", "--runs", "20",
                         "--regime", "inclusive", "--format", "json"});
  ASSERT_EQ(applies.exit_code, 0) << applies.err;
  EXPECT_EQ(nlohmann::json::parse(applies.out)["regime"], "inclusive");
}

TEST(SensitivityCli, JsonRanksInputsByTotalIndexAndTopLimitsThem) {
  auto result = RunCli({"sensitivity", "lachin-2023", "--model", "compromise", "--runs", "200",
                        "--top", "3", "--format", "json", "--threads", "2"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["schema"], "parley.sensitivity/1");
  const auto& inputs = json["issues"][0]["inputs"];
  ASSERT_EQ(inputs.size(), 3u);
  EXPECT_GE(inputs[0]["total"].get<double>(), inputs[1]["total"].get<double>());
  EXPECT_EQ(inputs[0]["total_interval"].size(), 2u);
  EXPECT_TRUE(inputs[0].contains("first_order"));
  auto one_thread = RunCli({"sensitivity", "lachin-2023", "--model", "compromise", "--runs", "200",
                            "--top", "3", "--format", "json"});
  EXPECT_EQ(one_thread.out, result.out);
}

TEST(SensitivityCli, TakesOneModelOnly) {
  auto result = RunCli({"sensitivity", "--model", "all", "--runs", "10"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("one model"), std::string::npos) << result.err;
}

TEST(TippingCli, SaysInWordsWhatMovesAForecastAcrossARedLine) {
  TempDir dir;
  const std::string file = dir.Write("pair.yaml", R"(parley: 1
id: pair
actors:
  - {id: A, role: parent_state, capability: 1}
  - {id: B, role: de_facto_authority, capability: 1}
issues:
  - {id: status, scale: {min: 0, max: 100}}
stances:
  - {actor: A, issue: status, position: 0, salience: 100, red_line: [0, 40]}
  - {actor: B, issue: status, position: 100, salience: 100}
)");
  auto table = RunCli({"tipping", file, "--model", "compromise", "--top", "0"});
  ASSERT_EQ(table.exit_code, 0) << table.err;
  EXPECT_NE(table.out.find("A capability x1.5 moves status across A's red line at 40"),
            std::string::npos)
      << table.out;
  EXPECT_NE(table.out.find("B position 100 -> 80 moves status across A's red line at 40"),
            std::string::npos)
      << table.out;
  auto json = RunCli({"tipping", file, "--model", "compromise", "--format", "json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const auto parsed = nlohmann::json::parse(json.out);
  EXPECT_EQ(parsed["schema"], "parley.tipping/1");
  EXPECT_EQ(parsed["issues"][0]["thresholds"][0]["value"], 40.0);
  // A's capability x1.5 and B's x2/3 tie in size (|log10| 0.176): find A's by name.
  bool found = false;
  for (const auto& change : parsed["issues"][0]["thresholds"][0]["changes"]) {
    if (change["actor"] != "A" || change["field"] != "capability") continue;
    found = true;
    EXPECT_NEAR(change["factor"].get<double>(), 1.5, 1e-9);
  }
  EXPECT_TRUE(found) << json.out;
}

}  // namespace
}  // namespace parley::monte_carlo_cli_test
